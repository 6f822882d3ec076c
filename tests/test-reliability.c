/* test-reliability.c - hostile input handled, never a crash: JSON nested too
 * deep for the parser, limits on what is read, the identity of documents
 * (docs/reliability.md)
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "xc-test.h"
#include "xc-private.h"

/* @n levels of @open, a value, then as many closers */
static char *
nested (guint n, char open, const char *inner)
{
  char close = open == '[' ? ']' : '}';
  GString *s = g_string_new ("{\"tool\":\"crosscheck\",\"findings\":");
  for (guint i = 0; i < n; i++)
    g_string_append (s, open == '[' ? "[" : "{\"a\":");
  g_string_append (s, inner);
  for (guint i = 0; i < n; i++)
    g_string_append_c (s, close);
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static const struct {
  guint depth;
  char  open;
  gboolean refused;
} depth_cases[] = {
  { 100000, '[', TRUE },
  { 100000, '{', TRUE },
  { 300, '[', TRUE },
  { 250, '[', FALSE },   /* within the limit: read (and found to be no report) */
  { 250, '{', FALSE },
};

START_TEST (test_json_depth)
{
  g_autofree char *data = nested (depth_cases[_i].depth, depth_cases[_i].open, "1");
  gboolean refused = depth_cases[_i].refused;
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL;

  g_autoptr(XcComparison) cmp = xc_report_read_json (data, -1, &e1);
  ck_assert_ptr_null (cmp);
  ck_assert_msg ((strstr (e1->message, "deeper than 256") != NULL) == refused, "%s", e1->message);

  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (data, -1, &e2);
  ck_assert_ptr_null (bl);
  ck_assert_msg ((strstr (e2->message, "deeper than 256") != NULL) == refused, "%s", e2->message);

  /* the lint reader: a findings array at the top is a lint report */
  ck_assert (xc_lint_report_detect (data, -1) == (!refused && depth_cases[_i].open == '['));
  g_autoptr(XcLintDiff) d = xc_lint_diff_new ("old.json", data, -1, "new.json", data, -1, &e3);
  if (refused)
    {
      ck_assert_ptr_null (d);
      ck_assert_msg (g_str_has_prefix (e3->message, "old.json: ") && strstr (e3->message, "deeper than 256"),
                     "%s", e3->message);
    }
}
END_TEST

/* Brackets inside strings are text, not nesting. */
START_TEST (test_json_depth_strings)
{
  g_autofree char *brackets = g_strnfill (5000, '[');
  g_autofree char *inner = g_strdup_printf ("\"%s\\\"%s\"", brackets, brackets);
  g_autofree char *data = nested (3, '[', inner);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (data, -1, &error);
  ck_assert_ptr_null (bl);
  ck_assert_msg (strstr (error->message, "deeper") == NULL, "%s", error->message);
}
END_TEST

/* ---------- limits ---------- */

/* A paragraph of @n figures with no sentence end: every claim is kept, and
 * none stores more than XC_SENTENCE_MAX bytes of sentence. */
START_TEST (test_sentence_cap)
{
  g_autoptr(GString) t = g_string_new ("Rates were");
  const guint n = 12000;   /* about 100 KB */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (t, " %u%%", i % 97 + 1);
  g_string_append (t, " over the years.\n");
  g_autoptr(GPtrArray) claims = xc_test_extract (t->str, NULL);
  guint percents = 0;
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      ck_assert_ptr_nonnull (c->sentence);
      ck_assert_msg (strlen (c->sentence) <= XC_SENTENCE_MAX, "a sentence of %zu bytes stored",
                     strlen (c->sentence));
      ck_assert_msg (strstr (c->sentence, c->text) != NULL, "'%s' is not in its sentence", c->text);
      percents += c->kind == XC_KIND_PERCENT;
    }
  ck_assert_uint_eq (percents, n);
}
END_TEST

static const struct {
  guint    words;       /* of "abcd " */
  gboolean spaces;     /* else one run of letters */
  guint    pieces;
} cut_cases[] = {
  { 380, TRUE, 1 },     /* 1,900 bytes: a sentence, left whole */
  { 400, TRUE, 1 },     /* 2,000 bytes less the trailing space */
  { 401, TRUE, 2 },
  { 1000, TRUE, 3 },
  { 1001, FALSE, 3 },   /* no space: cut on character boundaries */
};

START_TEST (test_sentence_cut)
{
  g_autoptr(GString) t = g_string_new (NULL);
  for (guint i = 0; i < cut_cases[_i].words; i++)
    g_string_append (t, cut_cases[_i].spaces ? "abcd " : "ab\xc3\xa9");   /* é: 2 bytes */
  g_autoptr(GArray) spans = xc_segment_sentences (t->str, t->len, FALSE);
  ck_assert_uint_eq (spans->len, cut_cases[_i].pieces);
  gsize covered = 0;
  for (guint i = 0; i < spans->len; i++)
    {
      const XcSpan *s = &g_array_index (spans, XcSpan, i);
      ck_assert (s->end - s->start <= XC_SENTENCE_MAX);
      ck_assert (g_utf8_validate (t->str + s->start, (gssize) (s->end - s->start), NULL));
      ck_assert (i == 0 || s->start >= g_array_index (spans, XcSpan, i - 1).end);
      covered += s->end - s->start;
    }
  /* only the spaces at the cuts are left out */
  ck_assert (covered + spans->len + 1 >= t->len);
}
END_TEST

static double
extract_seconds (const char *text, guint *out_claims, GPtrArray **out)
{
  clock_t t0 = clock ();
  GPtrArray *claims = xc_test_extract (text, "2024-05-01");
  double s = (double) (clock () - t0) / CLOCKS_PER_SEC;
  *out_claims = claims->len;
  *out = claims;
  return s;
}

/* Columns are counted on from the claim before: one long line costs what
 * the same text with line breaks costs (it was quadratic: 22 s for 2 MB). */
START_TEST (test_column_linear)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  while (lines->len < 600000)
    g_string_append_printf (lines, "The fund paid \xe2\x82\xac%u million to %u towns, up %u%% on 2019.\n",
                            (guint) (lines->len % 900 + 1), (guint) (lines->len % 80 + 2),
                            (guint) (lines->len % 40 + 1));
  g_autofree char *one = g_strdup (lines->str);
  for (char *p = one; *p; p++)
    if (*p == '\n' && p[1] != '\0')
      *p = ' ';
  guint n_lines, n_one;
  g_autoptr(GPtrArray) c_lines = NULL, c_one = NULL;
  double t_lines = extract_seconds (lines->str, &n_lines, &c_lines);
  double t_one = extract_seconds (one, &n_one, &c_one);
  ck_assert_uint_eq (n_lines, n_one);
  ck_assert_uint_gt (n_one, 20000);
  ck_assert_msg (t_one < 4 * t_lines + 0.2, "one line: %.2f s, with line breaks: %.2f s", t_one, t_lines);
  /* and the columns are right: characters (the euro sign is one) before it, plus one */
  for (guint i = 0; i < c_one->len; i += 997)
    {
      const XcClaim *c = c_one->pdata[i];
      ck_assert_uint_eq (c->line, 1);
      ck_assert_uint_eq (c->column, (guint) g_utf8_strlen (one, (gssize) c->offset) + 1);
    }
}
END_TEST

static char *
tmp_path (const char *dir, const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* What is read whole is a regular file of bounded size; a FIFO is refused
 * without blocking (the test would time out), a large file by its size. */
START_TEST (test_read_bounded)
{
  g_autofree char *dir = g_dir_make_tmp ("xc-rel-XXXXXX", NULL);
  g_autofree char *fifo = tmp_path (dir, "pipe.txt");
  ck_assert_int_eq (mkfifo (fifo, 0600), 0);
  g_autofree char *big = tmp_path (dir, "big.txt");
  int fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  ck_assert (fd >= 0 && ftruncate (fd, XC_ARTICLE_MAX_BYTES + 1) == 0 && close (fd) == 0);   /* sparse */
  g_autofree char *ini = tmp_path (dir, "big.ini");
  fd = g_open (ini, O_WRONLY | O_CREAT, 0600);
  ck_assert (fd >= 0 && ftruncate (fd, XC_CONFIG_MAX_BYTES + 1) == 0 && close (fd) == 0);

  GError *e = NULL;
  ck_assert_ptr_null (xc_manifest_load (fifo, &e));
  ck_assert_msg (g_str_has_prefix (e->message, fifo) && strstr (e->message, "not a regular file (a FIFO)"),
                 "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_manifest_load ("/dev/zero", &e));
  ck_assert_msg (strstr (e->message, "/dev/zero: the manifest is not a regular file"), "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_config_load (fifo, &e));
  ck_assert_msg (strstr (e->message, "the configuration is not a regular file"), "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_config_load (ini, &e));
  ck_assert_msg (strstr (e->message, "larger than the limit of 1 MiB"), "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_baseline_load (fifo, &e));
  ck_assert_msg (strstr (e->message, "the baseline is not a regular file"), "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_baseline_load (dir, &e));
  ck_assert_msg (strstr (e->message, "not a regular file (a directory)"), "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_document_load (big, &e));
  ck_assert_msg (g_str_has_prefix (e->message, big) && strstr (e->message, "larger than the limit of 16 MiB"),
                 "%s", e->message);
  g_clear_error (&e);
  ck_assert_ptr_null (xc_document_load (fifo, &e));
  ck_assert_msg (strstr (e->message, "not a regular file"), "%s", e->message);
  g_clear_error (&e);

  g_remove (fifo);
  g_remove (big);
  g_remove (ini);
  g_rmdir (dir);
}
END_TEST

/* ---------- content not lost, markup not read ---------- */

/* The claims of @text in @format, as "TEXT|TEXT|..." */
static char *
claim_texts (const char *text, XcFormat format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_data (format == XC_FORMAT_HTML ? "t.html" : "t.md", text,
                                                         -1, format, &error);
  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  g_autoptr(GPtrArray) claims = xc_extractor_run (xc_test_extractor (), doc, NULL, &error);
  ck_assert_msg (claims != NULL, "%s", error ? error->message : "");
  g_autoptr(GString) s = g_string_new (NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      g_string_append_printf (s, "%s%s", i ? "|" : "", c->text);
      /* the position leads back to the same words in the file */
      ck_assert_msg (strncmp (doc->raw + c->offset, c->text, strlen (c->text)) == 0, "%s", c->text);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static const guint html_depths[] = { 10, 255, 300, 3000, 100000 };

/* HTML nested past libxml2's default of 255 levels keeps its text, before
 * and after the deep part (it gave no claims at all). */
START_TEST (test_html_deep)
{
  guint n = html_depths[_i];
  g_autoptr(GString) t = g_string_new ("<html><body><p>The port handled 40 ships.</p>");
  for (guint i = 0; i < n; i++)
    g_string_append (t, i % 2 ? "<span>" : "<div>");
  g_string_append (t, "<p>The city spent $5 million on roads.</p>");
  for (guint i = n; i-- > 0;)
    g_string_append (t, i % 2 ? "</span>" : "</div>");
  g_string_append (t, "<p>Then 7 bridges closed.</p></body></html>");
  g_autofree char *got = claim_texts (t->str, XC_FORMAT_HTML);
  ck_assert_str_eq (got, "40 ships|$5 million|7 bridges");
}
END_TEST

static const struct {
  const char *md;
  const char *claims;
} markdown_cases[] = {
  { "The city spent $5 million.\n\n<script>\nvar limit = 4500; // 12 percent\n</script>\n\nThen 7 bridges closed.\n",
    "$5 million|7 bridges" },
  { "Costs rose 3 percent.\n<style type=\"text/css\">p { width: 30%; }</style>\nThen 7 bridges closed.\n",
    "3 percent|7 bridges" },
  { "Costs rose 3 percent.\n<SCRIPT src=\"x.js\">/* 81 percent */</Script> Then 7 bridges closed.\n",
    "3 percent|7 bridges" },
  /* near misses: a tag named in prose, no closing tag; elements that are text */
  { "Put a `<script>` tag on 4 pages, said the 2 editors.\n", "4 pages|2 editors" },
  { "The <scripted> tour took 9 hours.\n<b>Then</b> 7 bridges closed.\n", "9 hours|7 bridges" },
  { "<p>The fund paid $8 million.</p>\n", "$8 million" },
  { "Wages rose 3 percent.\n\n<style>\nbody { margin: 0 }\n\nStill 12 towns waited.\n", "3 percent|12 towns" },
};

START_TEST (test_markdown_raw_text)
{
  g_autofree char *got = claim_texts (markdown_cases[_i].md, XC_FORMAT_MARKDOWN);
  ck_assert_str_eq (got, markdown_cases[_i].claims);
}
END_TEST

/* ---------- identity ---------- */

static const struct {
  const char *in, *out;
} normalize_cases[] = {
  { "x.txt", "x.txt" },
  { "./x.txt", "x.txt" },
  { "a/../x.txt", "x.txt" },
  { "a/./b//c.md", "a/b/c.md" },
  { "a/b/../../x.txt", "x.txt" },
  { "a/..", "." },
  { ".", "." },
  { "/srv/a/../b.txt", "/srv/b.txt" },
  { "/../b.txt", "/b.txt" },
  { "../../nowhere-near/x.txt", "../../nowhere-near/x.txt" },   /* outside: kept */
  { "a..b/x.txt", "a..b/x.txt" },                               /* near miss: not ".." */
  { ".hidden/x.txt", ".hidden/x.txt" },
};

START_TEST (test_path_normalize)
{
  g_autofree char *got = xc_path_normalize (normalize_cases[_i].in);
  ck_assert_str_eq (got, normalize_cases[_i].out);
}
END_TEST

/* One file under several names is one input. */
START_TEST (test_inputs_one_per_file)
{
  g_autofree char *dir = g_dir_make_tmp ("xc-rel-XXXXXX", NULL);
  ck_assert_int_eq (g_chdir (dir), 0);
  ck_assert_int_eq (g_mkdir ("a", 0700), 0);
  ck_assert_int_eq (g_mkdir ("here", 0700), 0);
  ck_assert (g_file_set_contents ("x.txt", "The port handled 40 ships.\n", -1, NULL));
  ck_assert (g_file_set_contents ("other.txt", "The port handled 40 ships.\n", -1, NULL));   /* a copy is another file */
  ck_assert_int_eq (symlink ("x.txt", "link.txt"), 0);
  const char *args[] = { "x.txt", "./x.txt", "a/../x.txt", "link.txt", "./a/../other.txt", "missing.txt",
                         "./missing.txt", NULL };
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) files = xc_inputs_collect (args, &errors);
  g_autoptr(GString) got = g_string_new (NULL);
  for (guint i = 0; i < files->len; i++)
    g_string_append_printf (got, "%s%s", i ? " " : "", (char *) files->pdata[i]);
  ck_assert_str_eq (got->str, "link.txt missing.txt other.txt");   /* the first name in byte order */
  /* and from inside a folder, up and back down */
  ck_assert_int_eq (g_chdir ("here"), 0);
  ck_assert (g_file_set_contents ("d.md", "x\n", -1, NULL));
  const char *up[] = { "d.md", "../here/d.md", "../here", NULL };
  g_autoptr(GPtrArray) errors2 = NULL;
  g_autoptr(GPtrArray) files2 = xc_inputs_collect (up, &errors2);
  ck_assert_uint_eq (files2->len, 1);
  ck_assert_str_eq (files2->pdata[0], "d.md");
  g_remove ("d.md");
  g_chdir ("..");
  g_remove ("link.txt");
  g_remove ("x.txt");
  g_remove ("other.txt");
  g_rmdir ("a");
  g_rmdir ("here");
  g_rmdir (dir);
}
END_TEST

START_TEST (test_manifest_rows)
{
  g_autofree char *dir = g_dir_make_tmp ("xc-rel-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sources.tsv", NULL);
  const char *tsv = "file\tsource\tpublished\n"
                    "a.txt\tDaily Wire \t2024-05-01\n"          /* line 2: trailing space */
                    "b.txt\tThe Bugle\t2024-05-02\n"
                    " a.txt \tRiver Post\t 2024-05-03 \n"        /* line 4: a.txt again */
                    "c.txt\tNobody\t2024-05-04\n"               /* line 5: matched by no input */
                    "./b.txt\tBugle Online\t2024-05-02\n";       /* line 6: b.txt again */
  ck_assert (g_file_set_contents (path, tsv, -1, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(XcManifest) m = xc_manifest_load (path, &error);
  ck_assert_msg (m != NULL, "%s", error ? error->message : "");
  const XcMeta *a = xc_manifest_lookup (m, "a.txt");
  ck_assert_str_eq (a->source, "River Post");
  g_autofree char *b_path = g_build_filename (dir, "b.txt", NULL);
  ck_assert_str_eq (xc_manifest_lookup (m, b_path)->source, "Bugle Online");
  ck_assert_str_eq (xc_manifest_lookup (m, "b.txt")->source, "Bugle Online");   /* not the row it overrides */
  g_autoptr(GPtrArray) w = xc_manifest_warnings (m);
  ck_assert_uint_eq (w->len, 3);
  g_autofree char *w0 = g_strdup_printf ("%s:2: 'a.txt' has another row at line 4, which counts", path);
  g_autofree char *w1 = g_strdup_printf ("%s:3: 'b.txt' has another row at line 6, which counts", path);
  g_autofree char *w2 = g_strdup_printf ("%s:5: no input matches the row for 'c.txt'", path);
  ck_assert_str_eq (w->pdata[0], w0);
  ck_assert_str_eq (w->pdata[1], w1);
  ck_assert_str_eq (w->pdata[2], w2);

  /* the trailing space is gone from a source read alone */
  ck_assert (g_file_set_contents (path, "file\tsource\tpublished\nd.txt\t Daily Wire \t\n", -1, NULL));
  g_autoptr(XcManifest) m2 = xc_manifest_load (path, &error);
  ck_assert_str_eq (xc_manifest_lookup (m2, "d.txt")->source, "Daily Wire");
  g_autoptr(GPtrArray) w2s = xc_manifest_warnings (m2);
  ck_assert_uint_eq (w2s->len, 0);
  g_remove (path);
  g_rmdir (dir);
}
END_TEST

/* A configuration's group names are not interned: a file full of made-up
 * [groups] grew the process's quark table for good (found by fuzz-config). */
START_TEST (test_config_groups_not_interned)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcConfig) c = xc_config_new_from_data ("x/.crosscheck.ini",
                                                   "[xc-made-up-group-4711]\nkey = 1\n", -1, &error);
  ck_assert_ptr_null (c);
  ck_assert_msg (strstr (error->message, "unknown group [xc-made-up-group-4711]"), "%s", error->message);
  ck_assert_uint_eq (g_quark_try_string ("xc-made-up-group-4711"), 0);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("reliability");
  TCase *tc = tcase_create ("json");
  tcase_add_loop_test (tc, test_json_depth, 0, G_N_ELEMENTS (depth_cases));
  tcase_add_test (tc, test_json_depth_strings);
  suite_add_tcase (s, tc);
  TCase *limits = tcase_create ("limits");
  tcase_set_timeout (limits, 60);
  tcase_add_test (limits, test_sentence_cap);
  tcase_add_loop_test (limits, test_sentence_cut, 0, G_N_ELEMENTS (cut_cases));
  tcase_add_test (limits, test_column_linear);
  suite_add_tcase (s, limits);
  TCase *content = tcase_create ("content");
  tcase_set_timeout (content, 30);
  tcase_add_loop_test (content, test_html_deep, 0, G_N_ELEMENTS (html_depths));
  tcase_add_loop_test (content, test_markdown_raw_text, 0, G_N_ELEMENTS (markdown_cases));
  suite_add_tcase (s, content);
  TCase *identity = tcase_create ("identity");
  tcase_add_loop_test (identity, test_path_normalize, 0, G_N_ELEMENTS (normalize_cases));
  tcase_add_test (identity, test_inputs_one_per_file);
  tcase_add_test (identity, test_manifest_rows);
  suite_add_tcase (s, identity);
  TCase *files = tcase_create ("files");
  tcase_set_timeout (files, 5);
  tcase_add_test (files, test_read_bounded);
  tcase_add_test (files, test_config_groups_not_interned);
  suite_add_tcase (s, files);
  return s;
}
