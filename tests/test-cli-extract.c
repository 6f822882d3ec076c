/* test-cli-extract.c - `crosscheck extract` and the program itself, end to end:
 * options, help, errors that name the file, exit status, output formats, order
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <glib/gstdio.h>
#include "xc-test.h"
#include "xc-test-cli.h"

static char *dir;   /* inputs made for this run */

static const char * const input_files[] = {
  "good.txt", "Trade rose to $5 billion in 2023, officials said on Tuesday.\n",
  "plain.txt", "Nothing countable is said here.\n",
  "bad.txt", "caf\xC3 broken\n",
  "empty.txt", "",
  "undated.txt", "The minister arrived on Tuesday and left last year.\n",
  "dated.md", "---\nsource: The Bugle\npublished: 2024-04-10\n---\nThe minister arrived on Tuesday.\n",
  "bad-manifest.tsv", "name\twhen\nx\ty\n",
  "manifest.tsv", "file\tsource\tpublished\nundated.txt\tThe Gazette\t2024-04-10\n",
  "sub/deep.html", "<html><body><p>Ships returned on March 10, 2025.</p><script>var x = 5;</script></body></html>",
  NULL
};

typedef struct {
  const char *args[8];      /* after the program name; "DIR/" is replaced by the inputs folder */
  int         status;
  const char *out_has[4];
  const char *err_has[4];
  const char *out_not;
} CliCase;

static const CliCase cli_cases[] = {
  { { NULL }, 2, { NULL }, { "Usage: crosscheck COMMAND" } },
  { { "--help" }, 0, { "Commands:", "extract", "check" }, { NULL } },
  { { "--version" }, 0, { "crosscheck 0." }, { NULL } },
  { { "frobnicate" }, 2, { NULL }, { "unknown command 'frobnicate'" } },
  { { "help", "extract" }, 0, { "--manifest", "--published", "--format", "Exit status" }, { NULL } },
  { { "extract", "--help" }, 0, { "text", "json", "jsonl", "front matter" }, { NULL } },
  { { "extract" }, 2, { NULL }, { "no input" } },
  { { "extract", "--format", "xml", "DIR/good.txt" }, 2, { NULL }, { "unknown format 'xml'" } },
  { { "extract", "--bogus", "DIR/good.txt" }, 2, { NULL }, { "unknown option --bogus" } },
  { { "extract", "--published", "2024-13-01", "DIR/good.txt" }, 2, { NULL }, { "not a date" } },
  { { "extract", "--manifest", "DIR/bad-manifest.tsv", "DIR/good.txt" }, 2, { NULL },
    { "bad-manifest.tsv:1", "'file', 'source' and 'published'" } },
  { { "extract", "--manifest", "DIR/none.tsv", "DIR/good.txt" }, 2, { NULL }, { "none.tsv" } },
  /* a bad input is named with its reason; the others are still read */
  { { "extract", "DIR/missing.txt", "DIR/plain.txt" }, 2, { "missing.txt: error", "plain.txt: no claims" },
    { "missing.txt: no such file" } },
  { { "extract", "DIR/bad.txt", "DIR/plain.txt" }, 2, { "plain.txt: no claims" }, { "bad.txt: not UTF-8 at byte 3" } },
  { { "extract", "DIR/empty.txt" }, 2, { "empty.txt: error" }, { "empty.txt: empty file" } },
  { { "extract", "DIR/nul.txt" }, 2, { NULL }, { "nul.txt: NUL byte at byte 2" } },
  { { "extract", "DIR/plain.txt" }, 0, { "plain.txt: no claims" }, { NULL } },
  /* directories are walked; scripts in HTML are not text */
  { { "extract", "DIR/sub" }, 0, { "deep.html:1:", "2025-03-10" }, { NULL }, "var x" },
  /* relative dates: unresolved without a publication date, with one warning */
  { { "extract", "DIR/undated.txt" }, 0, { "unresolved" }, { "undated.txt: no publication date" } },
  { { "extract", "--published", "2024-04-10", "DIR/undated.txt" }, 0, { "2024-04-09", "2023" }, { NULL }, "unresolved" },
  { { "extract", "--manifest", "DIR/manifest.tsv", "DIR/undated.txt" }, 0, { "2024-04-09" }, { NULL }, "unresolved" },
  { { "extract", "DIR/dated.md" }, 0, { "dated.md:5:", "2024-04-09" }, { NULL }, "unresolved" },
  { { "extract", "--format", "jsonl", "DIR/plain.txt", "DIR/dated.md" }, 0,
    { "{\"file\":", "\"source\":\"The Bugle\"", "\"published\":\"2024-04-10\"" }, { NULL } },
};

static char *
expand (const char *arg)
{
  if (g_str_has_prefix (arg, "DIR/"))
    return g_build_filename (dir, arg + 4, NULL);
  return g_strdup (arg);
}

START_TEST (test_cli_case)
{
  const CliCase *c = &cli_cases[_i];
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; c->args[i]; i++)
    g_ptr_array_add (argv, expand (c->args[i]));
  g_ptr_array_add (argv, NULL);
  g_autoptr(XcRun) run = xc_test_run (NULL, (const char * const *) argv->pdata);
  ck_assert_msg (run->status == c->status, "case %d: exit %d, expected %d\nstdout: %s\nstderr: %s",
                 _i, run->status, c->status, run->out, run->err);
  for (guint i = 0; i < G_N_ELEMENTS (c->out_has) && c->out_has[i]; i++)
    ck_assert_msg (strstr (run->out, c->out_has[i]) != NULL, "case %d: stdout lacks '%s':\n%s", _i,
                   c->out_has[i], run->out);
  for (guint i = 0; i < G_N_ELEMENTS (c->err_has) && c->err_has[i]; i++)
    ck_assert_msg (strstr (run->err, c->err_has[i]) != NULL, "case %d: stderr lacks '%s':\n%s", _i,
                   c->err_has[i], run->err);
  if (c->out_not)
    ck_assert_msg (strstr (run->out, c->out_not) == NULL, "case %d: stdout has '%s':\n%s", _i,
                   c->out_not, run->out);
}
END_TEST

/* Every input appears in the JSON, with its claims or its error. */
START_TEST (test_cli_extract_json_accounts_for_every_file)
{
  g_autofree char *good = expand ("DIR/good.txt");
  g_autofree char *bad = expand ("DIR/bad.txt");
  g_autofree char *sub = expand ("DIR/sub");
  const char *argv[] = { "extract", "--format", "json", "--published", "2024-04-10", good, bad, sub, NULL };
  g_autoptr(XcRun) run = xc_test_run (NULL, argv);
  ck_assert_int_eq (run->status, 2);
  g_autoptr(JsonParser) p = json_parser_new ();
  g_autoptr(GError) error = NULL;
  ck_assert_msg (json_parser_load_from_data (p, run->out, -1, &error), "invalid JSON: %s\n%s",
                 error ? error->message : "", run->out);
  JsonObject *root = json_node_get_object (json_parser_get_root (p));
  ck_assert_int_eq (json_object_get_int_member (root, "version"), 1);
  JsonArray *docs = json_object_get_array_member (root, "documents");
  ck_assert_uint_eq (json_array_get_length (docs), 3);
  guint errors = 0, claims = 0;
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *d = json_array_get_object_element (docs, i);
      ck_assert (json_object_has_member (d, "file"));
      if (json_object_has_member (d, "error"))
        errors++;
      else
        {
          JsonArray *cs = json_object_get_array_member (d, "claims");
          for (guint j = 0; j < json_array_get_length (cs); j++)
            {
              JsonObject *c = json_array_get_object_element (cs, j);
              ck_assert (json_object_has_member (c, "kind"));
              ck_assert (json_object_has_member (c, "line"));
              ck_assert (json_object_has_member (c, "column"));
              ck_assert (json_object_has_member (c, "interval"));
              ck_assert (json_object_has_member (c, "sentence"));
              claims++;
            }
        }
    }
  ck_assert_uint_eq (errors, 1);
  ck_assert_uint_gt (claims, 2);
}
END_TEST

/* The same inputs in another order give the same bytes. */
START_TEST (test_cli_extract_order_independent)
{
  g_autofree char *a = expand ("DIR/good.txt");
  g_autofree char *b = expand ("DIR/dated.md");
  g_autofree char *c = expand ("DIR/sub");
  const char *one[] = { "extract", "--format", "json", a, b, c, NULL };
  const char *two[] = { "extract", "--format", "json", c, b, a, a, NULL };
  g_autoptr(XcRun) r1 = xc_test_run (NULL, one);
  g_autoptr(XcRun) r2 = xc_test_run (NULL, two);
  ck_assert_int_eq (r1->status, 0);
  ck_assert_str_eq (r1->out, r2->out);
}
END_TEST

static void
make_inputs (void)
{
  dir = xc_test_tmpdir (input_files);
  g_autofree char *nul = g_build_filename (dir, "nul.txt", NULL);
  ck_assert (g_file_set_contents (nul, "ab\0cd", 5, NULL));
}

static void
remove_inputs (void)
{
  xc_test_rmdir (dir);
  g_clear_pointer (&dir, g_free);
}

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("cli-extract");
  TCase *tc = tcase_create ("extract");
  tcase_add_checked_fixture (tc, make_inputs, remove_inputs);
  tcase_set_timeout (tc, 60);
  tcase_add_loop_test (tc, test_cli_case, 0, G_N_ELEMENTS (cli_cases));
  tcase_add_test (tc, test_cli_extract_json_accounts_for_every_file);
  tcase_add_test (tc, test_cli_extract_order_independent);
  suite_add_tcase (s, tc);
  return s;
}
