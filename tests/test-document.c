/* test-document.c - loading inputs: checks, front matter, markup, positions, manifests
 * SPDX-License-Identifier: MIT */
#include <glib/gstdio.h>
#include "xc-test.h"
#include "xc-private.h"

typedef struct {
  const char *data;
  gsize       len;        /* 0: strlen */
  const char *error;      /* substring of the message, or NULL for success */
} LoadCase;

static const LoadCase load_cases[] = {
  { "plain text", 0, NULL },
  { "", 0, "empty file" },
  { "abc\0def", 7, "NUL byte at byte 3" },
  { "caf\xC3\xA9 ok", 0, NULL },
  { "bad \xC3\x28 byte", 0, "not UTF-8 at byte 4" },
  { "\xFF", 0, "not UTF-8 at byte 0" },
  { "---\npublished: someday\n---\nText", 0, "'published' is not a date" },
};

START_TEST (test_document_load_checks)
{
  const LoadCase *c = &load_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("xc-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "in.txt", NULL);
  ck_assert (g_file_set_contents (path, c->data, c->len ? (gssize) c->len : (gssize) strlen (c->data), NULL));
  g_autoptr(XcDocument) doc = xc_document_load (path, &error);
  if (c->error == NULL)
    ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  else
    {
      ck_assert (doc == NULL);
      ck_assert_msg (strstr (error->message, c->error) != NULL, "got '%s'", error->message);
      ck_assert_msg (strstr (error->message, "in.txt") != NULL, "error names the file: '%s'", error->message);
    }
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_document_not_regular)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("xc-doc-XXXXXX", NULL);
  g_autoptr(XcDocument) doc = xc_document_load (dir, &error);
  ck_assert (doc == NULL);
  ck_assert (strstr (error->message, "not a regular file") != NULL);
  g_clear_error (&error);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  ck_assert (xc_document_load (missing, &error) == NULL);
  ck_assert (strstr (error->message, "no such file") != NULL);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_document_front_matter)
{
  const char *text = "---\nsource: \"Daily Planet\"\npublished: 2024-04-09\ntitle: A title\nurl: https://x.test/a\n---\nBody 42 here.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("a.md", text, -1, XC_FORMAT_MARKDOWN, &error);
  ck_assert_ptr_nonnull (doc);
  ck_assert_str_eq (doc->meta.source, "Daily Planet");
  ck_assert_str_eq (doc->meta.title, "A title");
  ck_assert_str_eq (doc->meta.url, "https://x.test/a");
  ck_assert (g_date_valid (&doc->meta.published));
  ck_assert_uint_eq (g_date_get_day (&doc->meta.published), 9);
  /* the block is blanked, offsets are kept */
  ck_assert_uint_eq (doc->text_len, doc->raw_len);
  ck_assert (strstr (doc->text, "Daily") == NULL);
  const char *body = strstr (doc->text, "Body");
  ck_assert_ptr_nonnull (body);
  guint line, col;
  xc_document_position (doc, (gsize) (body - doc->text), &line, &col);
  ck_assert_uint_eq (line, 7);
  ck_assert_uint_eq (col, 1);
}
END_TEST

typedef struct {
  const char *markdown;
  const char *must_have;     /* text that stays, at the same offset */
  const char *must_not;      /* markup that is blanked */
} MarkdownCase;

static const MarkdownCase markdown_cases[] = {
  { "# Heading 2024\n", "Heading 2024", "#" },
  { "1. first item\n", "first item", "1." },
  { "- bullet\n", "bullet", "- " },
  { "Some **bold** text\n", "bold", "**" },
  { "See [the report](https://x.test/2023/5) now\n", "the report", "2023/5" },
  { "![chart 2023](img/12.png)\n", "chart 2023", "12.png" },
  { "```\ncode 12345\n```\nprose\n", "prose", "12345" },
  { "Text <!-- crosscheck-disable-next-line --> more\n", "more", "disable" },
  { "| a | 12 |\n|---|---|\n", "12", "|" },
  { "> quoted 5 times\n", "quoted 5 times", ">" },
  { "[1]: https://x.test/99\n", "", "99" },
  /* code is never prose: spans, indented blocks, fences in a list item */
  { "Inline `code 12345` here\n", "Inline", "12345" },
  { "Two ``code `x` 808`` spans\n", "spans", "808" },
  { "Prose first.\n\n    indented 4242 code\n", "Prose first.", "4242" },
  { "~~~\nfenced 31337\n~~~\n", "", "31337" },
  { "- item 3\n\n  ```\n  77777\n  ```\n", "item 3", "77777" },
  { "| Year | Deaths |\n|---|---|\n| 2023 | `99` |\n", "2023", "99" },
  /* an autolink's address is not prose; a bare one stays text */
  { "Visit <https://x.test/2023/77> today\n", "today", "2023" },
  /* an HTML block keeps its text, not its tags; script bodies go */
  { "<div class=\"n\">\nBlock text 77\n</div>\n", "Block text 77", "div" },
  { "<script>\nvar n = 999;\n</script>\nAfter it\n", "After it", "999" },
  { "Inline <script>var k = 4096;</script> after\n", "after", "4096" },
  /* a setext underline is markup; intraword underscores are not emphasis */
  { "Setext 2024\n===========\n", "Setext 2024", "===" },
  { "The snake_case_name held 5\n", "snake_case_name held 5", NULL },
  { "5&nbsp;million people\n", "million people", "&nbsp;" },
};

START_TEST (test_document_markdown_mask)
{
  const MarkdownCase *c = &markdown_cases[_i];
  g_autoptr(XcDocument) doc = xc_test_document (c->markdown, XC_FORMAT_MARKDOWN, NULL);
  ck_assert_uint_eq (doc->text_len, doc->raw_len);
  if (*c->must_have)
    {
      const char *in_raw = strstr (doc->raw, c->must_have);
      ck_assert_ptr_nonnull (in_raw);
      ck_assert_msg (strncmp (doc->text + (in_raw - doc->raw), c->must_have, strlen (c->must_have)) == 0,
                     "'%s' kept in place: text is '%s'", c->must_have, doc->text);
    }
  if (c->must_not)
    ck_assert_msg (strstr (doc->text, c->must_not) == NULL, "'%s' blanked: text is '%s'", c->must_not, doc->text);
}
END_TEST

/* Claims of a Markdown article: none from code, positions in the file. */
START_TEST (test_document_markdown_claims)
{
  const char *md = "# Storm toll\n\n"
                   "The storm killed *12 people* on `2024-03-09 42 dead`.\n\n"
                   "    raw log: 77 people\n\n"
                   "```text\n500 boats\n```\n"
                   "Rescuers saved 31 sailors.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("storm.md", md, -1, XC_FORMAT_MARKDOWN, &error);
  ck_assert_ptr_nonnull (doc);
  g_autoptr(GPtrArray) claims = xc_extractor_run (xc_test_extractor (), doc, NULL, &error);
  ck_assert_msg (claims != NULL, "%s", error ? error->message : "");
  gboolean twelve = FALSE, thirty_one = FALSE;
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      ck_assert_msg (c->line == 3 || c->line == 10, "claim '%s' at line %u: from code", c->text, c->line);
      if (c->value == 12)
        {
          twelve = TRUE;
          ck_assert_uint_eq (c->line, 3);
          ck_assert_uint_eq (c->column, 19);
        }
      if (c->value == 31)
        {
          thirty_one = TRUE;
          ck_assert_uint_eq (c->column, 16);
        }
    }
  ck_assert (twelve && thirty_one);
}
END_TEST

/* Plain text: a suppression comment line is not prose; other // lines are. */
START_TEST (test_document_text_comment_lines)
{
  const char *txt = "The storm killed 12 people.\n"
                    "  // crosscheck-disable-next-line contradicted -- checked 3 times with the ministry\n"
                    "Rescuers saved 31 sailors.\n"
                    "// a note of 44 words\n";
  g_autoptr(XcDocument) doc = xc_test_document (txt, XC_FORMAT_TEXT, NULL);
  ck_assert_uint_eq (doc->text_len, doc->raw_len);
  ck_assert_ptr_null (strstr (doc->text, "ministry"));
  ck_assert_ptr_nonnull (strstr (doc->text, "31 sailors"));
  ck_assert_ptr_nonnull (strstr (doc->text, "44 words"));
  g_autoptr(XcDocument) md = xc_test_document (txt, XC_FORMAT_MARKDOWN, NULL);
  ck_assert_ptr_nonnull (strstr (md->text, "ministry"));   /* Markdown's comments are HTML comments */
}
END_TEST

/* Plain text that nothing blanks is searched in the file's own bytes (held
 * once); anything blanked gets a copy, so the raw bytes stay the file. */
typedef struct {
  const char *data;
  XcFormat    format;
  gboolean    shared;     /* text is raw itself */
} SharedCase;

static const SharedCase shared_cases[] = {
  { "The storm killed 12 people.\n", XC_FORMAT_TEXT, TRUE },
  { "The crosscheck-disable comment in prose is prose: 12 people.\n", XC_FORMAT_TEXT, TRUE },
  { "<!-- crosscheck-disable-next-line -->\n12 people.\n", XC_FORMAT_TEXT, TRUE },
  { "12 people.\n// crosscheck-disable-next-line -- 3 checks\n", XC_FORMAT_TEXT, FALSE },
  { "---\nsource: Daily\n---\n12 people.\n", XC_FORMAT_TEXT, FALSE },
  { "- 12 people\n", XC_FORMAT_TEXT, FALSE },   /* a leading '-' may open front matter: copied */
  { "\xEF\xBB\xBF" "12 people.\n", XC_FORMAT_TEXT, FALSE },
  { "12 *people*.\n", XC_FORMAT_MARKDOWN, FALSE },
  { "<p>12 people.</p>\n", XC_FORMAT_HTML, FALSE },
};

START_TEST (test_document_text_shared)
{
  const SharedCase *c = &shared_cases[_i];
  g_autoptr(XcDocument) doc = xc_test_document (c->data, c->format, NULL);
  ck_assert_msg ((doc->text == doc->raw) == c->shared, "'%s': text %s raw", c->data,
                 doc->text == doc->raw ? "is" : "is not");
  ck_assert_str_eq (doc->raw, c->data);   /* whatever was blanked, raw is the file */
}
END_TEST

/* xc_extractor_run_each() hands on the claims xc_extractor_run() returns, in
 * order, each complete; FALSE from the callback stops it. */
typedef struct {
  GString *out;
  guint    n;
  guint    stop_after;   /* 0: never */
} EachRun;

static gboolean
each_claim (XcClaim *c, gpointer user_data)
{
  EachRun *r = user_data;
  xc_claim_append_jsonl (c, r->out);
  g_string_append_c (r->out, '\n');
  xc_claim_free (c);
  return ++r->n != r->stop_after;
}

static const char *const each_texts[] = {
  "---\nsource: Daily\npublished: 2024-04-09\n---\nThe port handled 5,000 ships in 2023, up 4% from "
  "the year before. On Tuesday it said 12 cranes were idle.\n\nA second paragraph: €3.2 billion.\n",
  "No figures here at all.\n",
  "Last year 40 people came; on Friday, 41.\n",   /* no publication date: a warning */
};

START_TEST (test_document_run_each)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_test_document (each_texts[_i], XC_FORMAT_TEXT, NULL);
  g_autoptr(GPtrArray) w1 = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) w2 = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) claims = xc_extractor_run (xc_test_extractor (), doc, w1, &error);
  ck_assert_ptr_nonnull (claims);
  g_autoptr(GString) want = g_string_new (NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      xc_claim_append_jsonl (claims->pdata[i], want);
      g_string_append_c (want, '\n');
    }
  EachRun r = { g_string_new (NULL), 0, 0 };
  ck_assert (xc_extractor_run_each (xc_test_extractor (), doc, w2, each_claim, &r, &error));
  ck_assert_str_eq (r.out->str, want->str);
  ck_assert_uint_eq (r.n, claims->len);
  ck_assert_uint_eq (w2->len, w1->len);
  for (guint i = 0; i < w1->len; i++)
    ck_assert_str_eq (w2->pdata[i], w1->pdata[i]);
  g_string_free (r.out, TRUE);
  if (claims->len > 1)
    {
      EachRun first = { g_string_new (NULL), 0, 1 };
      ck_assert (xc_extractor_run_each (xc_test_extractor (), doc, NULL, each_claim, &first, &error));
      ck_assert_uint_eq (first.n, 1);
      g_string_free (first.out, TRUE);
    }
}
END_TEST

typedef struct {
  const char *data;
  const char *source;      /* expected, or NULL */
  const char *title;
  const char *published;   /* "YYYY-MM-DD", or NULL */
  const char *must_not;    /* gone from the text */
  const char *must_have;   /* still in the text */
  const char *error;       /* substring of the message, or NULL */
} FrontMatterCase;

static const FrontMatterCase front_matter_cases[] = {
  /* YAML, read by libyaml: folded and quoted scalars, '...' closing, CRLF, a BOM */
  { "---\nsource: >-\n  Daily\n  Planet\npublished: 2024-04-09\n---\nBody 5.\n",
    "Daily Planet", NULL, "2024-04-09", "Planet", "Body 5.", NULL },
  { "---\ntitle: \"Storm: 12 dead\"\nsource: 'The Bugle'\n...\nBody 5.\n",
    "The Bugle", "Storm: 12 dead", NULL, "12 dead", "Body 5.", NULL },
  { "---\r\nsource: Crlf Daily\r\ndate: 2024-04-11T08:00:00Z\r\n---\r\nBody 5.\r\n",
    "Crlf Daily", NULL, "2024-04-11", "Crlf", "Body 5.", NULL },
  { "\xEF\xBB\xBF---\nsource: Bom Post\n---\nBody 5.\n", "Bom Post", NULL, NULL, "Bom", "Body 5.", NULL },
  { "---\nsource: ~\ntags: [a, b]\n---\nBody 5.\n", NULL, NULL, NULL, "tags", "Body 5.", NULL },
  /* not a mapping: rules around a paragraph, not front matter */
  { "---\nA paragraph about 12 ferries.\n---\n", NULL, NULL, NULL, "---", "12 ferries", NULL },
  { "---\ntitle: Storm: 12 dead\n---\nBody.\n", NULL, NULL, NULL, NULL, NULL,
    "a.md:2:13: front matter is not valid YAML" },
  { "---\nsource: [a, b]\n---\nBody.\n", NULL, NULL, NULL, NULL, NULL, "'source' must be a single value" },
  { "---\npublished: April 9\n---\nBody.\n", NULL, NULL, NULL, NULL, NULL, "a.md:2: front matter: 'published'" },
  /* TOML: the one-line subset; table keys are not the document's */
  { "+++\nsource = \"The \\u0042ugle\"\ntitle = 'Ships: back' # a comment\ndate = 2024-04-10T08:00:00Z\n"
    "draft = false\ntags = [\"a\", \"b\"]\n[params]\nsource = \"not this\"\n+++\nBody 5.\n",
    "The Bugle", "Ships: back", "2024-04-10", "2024", "Body 5.", NULL },
  { "+++\ntitle = \"\"\"\nlong\n\"\"\"\n+++\nBody.\n", NULL, NULL, NULL, NULL, NULL,
    "a.md:2: TOML front matter: multi-line strings are not read" },
  { "+++\nthis is not toml\n+++\nBody.\n", NULL, NULL, NULL, NULL, NULL, "not a 'key = value' line" },
  { "+++\nsource = \"open\n+++\nBody.\n", NULL, NULL, NULL, NULL, NULL, "a.md:2: TOML" },
};

START_TEST (test_document_front_matter_forms)
{
  const FrontMatterCase *c = &front_matter_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("a.md", c->data, -1, XC_FORMAT_MARKDOWN, &error);
  if (c->error)
    {
      ck_assert_msg (doc == NULL, "case %d loads", _i);
      ck_assert_msg (strstr (error->message, c->error) != NULL, "got '%s'", error->message);
      return;
    }
  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (doc->text_len, doc->raw_len);
  if (c->source)
    ck_assert_str_eq (doc->meta.source, c->source);
  else
    ck_assert_ptr_null (doc->meta.source);
  if (c->title)
    ck_assert_str_eq (doc->meta.title, c->title);
  if (c->published)
    {
      char iso[11];
      ck_assert (g_date_valid (&doc->meta.published));
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &doc->meta.published);
      ck_assert_str_eq (iso, c->published);
    }
  if (c->must_not)
    ck_assert_msg (strstr (doc->text, c->must_not) == NULL, "'%s' blanked: '%s'", c->must_not, doc->text);
  const char *at = strstr (doc->text, c->must_have);
  ck_assert_msg (at != NULL, "'%s' kept: '%s'", c->must_have, doc->text);
  ck_assert (strncmp (doc->raw + (at - doc->text), c->must_have, strlen (c->must_have)) == 0);
}
END_TEST

START_TEST (test_document_html)
{
  const char *html =
    "<html><head><title>T</title><style>p{x:1}</style><script>var n = 999;</script></head>\n"
    "<body><p>Trade hit <b>$240 billion</b> in 2023.</p>\n<p>Fish &amp; chips cost 5 pounds.</p></body></html>";
  g_autoptr(XcDocument) doc = xc_test_document (html, XC_FORMAT_HTML, NULL);
  ck_assert (strstr (doc->text, "999") == NULL);
  ck_assert (strstr (doc->text, "x:1") == NULL);
  ck_assert_ptr_nonnull (strstr (doc->text, "Trade hit $240 billion in 2023."));
  ck_assert_ptr_nonnull (strstr (doc->text, "Fish & chips"));
  /* "$240 billion" maps back to its place in the file */
  gsize t = (gsize) (strstr (doc->text, "$240") - doc->text);
  gsize r = xc_document_raw_offset (doc, t);
  ck_assert (strncmp (doc->raw + r, "$240 billion", 12) == 0);
  guint line, col;
  xc_document_position (doc, r, &line, &col);
  ck_assert_uint_eq (line, 2);
  gsize t5 = (gsize) (strstr (doc->text, "5 pounds") - doc->text);
  ck_assert (strncmp (doc->raw + xc_document_raw_offset (doc, t5), "5 pounds", 8) == 0);
  ck_assert (g_utf8_validate (doc->text, (gssize) doc->text_len, NULL));
}
END_TEST

START_TEST (test_document_html_front_matter)
{
  const char *html = "---\nsource: The Bugle\npublished: 2024-04-10\n---\n<p>Ships came back on March 10.</p>\n";
  g_autoptr(XcDocument) doc = xc_test_document (html, XC_FORMAT_HTML, NULL);
  ck_assert_str_eq (doc->meta.source, "The Bugle");
  ck_assert (g_date_valid (&doc->meta.published));
  ck_assert (strstr (doc->text, "Bugle") == NULL);
  ck_assert (strstr (doc->text, "2024") == NULL);
  gsize t = (gsize) (strstr (doc->text, "March 10") - doc->text);
  guint line, col;
  xc_document_position (doc, xc_document_raw_offset (doc, t), &line, &col);
  ck_assert_uint_eq (line, 5);
  ck_assert_uint_eq (col, 23);
}
END_TEST

START_TEST (test_document_columns_in_characters)
{
  g_autoptr(XcDocument) doc = xc_test_document ("line one\n“Quoted” é 42\n", XC_FORMAT_TEXT, NULL);
  const char *p = strstr (doc->raw, "42");
  guint line, col;
  xc_document_position (doc, (gsize) (p - doc->raw), &line, &col);
  ck_assert_uint_eq (line, 2);
  ck_assert_uint_eq (col, 12);
}
END_TEST

START_TEST (test_document_manifest)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("xc-man-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sources.tsv", NULL);
  const char *tsv = "file\tsource\tpublished\tnote\r\na.txt\tDaily Planet\t2024-04-09\tx\r\n\nb.txt\tThe Bugle\t\t\n"
                    "sub/c.txt\tThe Gazette\t2024-04-10\t\n";
  ck_assert (g_file_set_contents (path, tsv, -1, NULL));
  g_autoptr(XcManifest) m = xc_manifest_load (path, &error);
  ck_assert_msg (m != NULL, "%s", error ? error->message : "");
  const XcMeta *a = xc_manifest_lookup (m, "some/dir/a.txt");
  ck_assert_ptr_nonnull (a);
  ck_assert_str_eq (a->source, "Daily Planet");
  ck_assert (g_date_valid (&a->published));
  const XcMeta *b = xc_manifest_lookup (m, "b.txt");
  ck_assert_ptr_nonnull (b);
  ck_assert (!g_date_valid (&b->published));
  /* a row's path is relative to the manifest's folder */
  g_autofree char *c_path = g_build_filename (dir, "sub", "c.txt", NULL);
  const XcMeta *c = xc_manifest_lookup (m, c_path);
  ck_assert_ptr_nonnull (c);
  ck_assert_str_eq (c->source, "The Gazette");
  ck_assert_ptr_null (xc_manifest_lookup (m, "d.txt"));

  ck_assert (g_file_set_contents (path, "name\twhen\nx\ty\n", -1, NULL));
  ck_assert_ptr_null (xc_manifest_load (path, &error));
  ck_assert (strstr (error->message, "'file', 'source' and 'published'") != NULL);
  g_clear_error (&error);
  ck_assert (g_file_set_contents (path, "file\tsource\tpublished\na.txt\tX\t2024-13-01\n", -1, NULL));
  ck_assert_ptr_null (xc_manifest_load (path, &error));
  ck_assert (strstr (error->message, "sources.tsv:2") != NULL);
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_document_inputs_walk)
{
  g_autofree char *dir = g_dir_make_tmp ("xc-walk-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *hidden = g_build_filename (dir, ".git", NULL);
  g_mkdir (sub, 0700);
  g_mkdir (hidden, 0700);
  const char *names[] = { "b.txt", "a.md", "sub/c.html", "skip.json", ".git/d.txt", "sub/e.XHTML",
                          "f.xhtml.bak", "g.txtx" };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (dir, names[i], NULL);
      g_file_set_contents (p, "x", 1, NULL);
    }
  const char *args[] = { dir, NULL };
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) files = xc_inputs_collect (args, &errors);
  ck_assert_uint_eq (errors->len, 0);
  ck_assert_uint_eq (files->len, 4);   /* .xhtml too, as the loader reads it; not f.xhtml.bak, g.txtx */
  /* a folder with nothing to read is named, not passed over */
  g_autofree char *empty = g_build_filename (dir, "empty", NULL);
  g_mkdir (empty, 0700);
  const char *empty_args[] = { empty, NULL };
  g_autoptr(GPtrArray) empty_errors = NULL;
  g_autoptr(GPtrArray) none = xc_inputs_collect (empty_args, &empty_errors);
  ck_assert_uint_eq (none->len, 0);
  ck_assert_uint_eq (empty_errors->len, 1);
  ck_assert (strstr (empty_errors->pdata[0], "no .txt, .md, .markdown, .html, .htm or .xhtml file") != NULL);
  g_rmdir (empty);
  ck_assert (g_str_has_suffix (files->pdata[0], "/a.md"));
  ck_assert (g_str_has_suffix (files->pdata[1], "/b.txt"));
  ck_assert (g_str_has_suffix (files->pdata[2], "/sub/c.html"));
  ck_assert (g_str_has_suffix (files->pdata[3], "/sub/e.XHTML"));
  /* the walker takes what the loader reads, in the format it reads it as */
  for (guint i = 0; i < files->len; i++)
    ck_assert_int_eq (xc_format_from_path (files->pdata[i]),
                      g_str_has_suffix (files->pdata[i], ".txt") ? XC_FORMAT_TEXT
                      : g_str_has_suffix (files->pdata[i], ".md") ? XC_FORMAT_MARKDOWN : XC_FORMAT_HTML);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (dir, names[i], NULL);
      g_unlink (p);
    }
  g_rmdir (sub);
  g_rmdir (hidden);
  g_rmdir (dir);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("document");
  TCase *tc = tcase_create ("load");
  tcase_add_loop_test (tc, test_document_load_checks, 0, G_N_ELEMENTS (load_cases));
  tcase_add_test (tc, test_document_not_regular);
  tcase_add_test (tc, test_document_front_matter);
  tcase_add_loop_test (tc, test_document_markdown_mask, 0, G_N_ELEMENTS (markdown_cases));
  tcase_add_test (tc, test_document_markdown_claims);
  tcase_add_test (tc, test_document_text_comment_lines);
  tcase_add_loop_test (tc, test_document_text_shared, 0, G_N_ELEMENTS (shared_cases));
  tcase_add_loop_test (tc, test_document_run_each, 0, G_N_ELEMENTS (each_texts));
  tcase_add_loop_test (tc, test_document_front_matter_forms, 0, G_N_ELEMENTS (front_matter_cases));
  tcase_add_test (tc, test_document_html);
  tcase_add_test (tc, test_document_html_front_matter);
  tcase_add_test (tc, test_document_columns_in_characters);
  tcase_add_test (tc, test_document_manifest);
  tcase_add_test (tc, test_document_inputs_walk);
  suite_add_tcase (s, tc);
  return s;
}
