/* test-lint.c - lint: classification, messages, every output format, suppressions, baselines, exit levels
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "lint-build.h"
#include "xc-lint-private.h"

static const char * const drafts[] = { "draft.md", NULL };

/* ---------- classification, table-driven ---------- */

typedef struct {
  const char     *name;
  double          lo, hi;          /* the draft's interval */
  double          src[4][2];       /* sources' intervals; {NAN} ends */
  double          tolerance;
  XcFindingKind   kind;
  guint           n_agree;
  guint           n_disagree;
} ClassifyCase;

static const ClassifyCase classify_cases[] = {
  { "all-agree", 240, 240, { { 240, 240 }, { 239.95, 240.15 }, { NAN } }, 0, XC_FINDING_SUPPORTED, 2, 0 },
  { "one-agrees", 26, 26, { { 25.5, 26.5 }, { NAN } }, 0, XC_FINDING_SUPPORTED, 1, 0 },
  { "wrong-figure", 22, 22, { { 26.25, 26.35 }, { 25.5, 26.5 }, { 26, INFINITY }, { 24.5, 25.5 } }, 0,
    XC_FINDING_CONTRADICTED, 0, 4 },
  { "sides-with-majority", 26, 26, { { 26.25, 26.35 }, { 25.5, 26.5 }, { 26, INFINITY }, { 24.5, 25.5 } }, 0,
    XC_FINDING_CONTESTED, 2, 2 },
  { "sides-with-minority", 25, 25, { { 26.25, 26.35 }, { 25.5, 26.5 }, { 24.5, 25.5 }, { NAN } }, 0,
    XC_FINDING_CONTESTED, 1, 2 },
  { "near-miss-no-tolerance", 22, 22, { { 22.1, 22.1 }, { NAN } }, 0, XC_FINDING_CONTRADICTED, 0, 1 },
  { "near-miss-with-tolerance", 22, 22, { { 22.1, 22.1 }, { NAN } }, 0.01, XC_FINDING_SUPPORTED, 1, 0 },
  { "beyond-tolerance", 22, 22, { { 23, 23 }, { NAN } }, 0.01, XC_FINDING_CONTRADICTED, 0, 1 },
  { "touching-bounds", 10, 20, { { 20, 30 }, { NAN } }, 0, XC_FINDING_SUPPORTED, 1, 0 },
  { "no-source-states-it", 5, 5, { { NAN } }, 0, XC_FINDING_UNSUPPORTED, 0, 0 },
};

START_TEST (test_lint_classify)
{
  const ClassifyCase *row = &classify_cases[_i];
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "draft.md", NULL);
  XcGroup *g = lb_group (cmp, "g1", "trade · growth", XC_VERDICT_CONFLICT);
  lb_add (cmp, g, lb_claim ("draft.md", NULL, 3, 7, "the figure", row->lo, row->hi, NULL));
  for (guint i = 0; i < 4 && !isnan (row->src[i][0]); i++)
    {
      g_autofree char *file = g_strdup_printf ("%03u.txt", i);
      lb_document (cmp, file, "Paper");
      lb_add (cmp, g, lb_claim (file, "Paper", 10 + i, 1, "x", row->src[i][0], row->src[i][1], NULL));
    }
  XcLintOptions o;
  xc_lint_options_init (&o);
  o.tolerance = row->tolerance;
  g_autoptr(XcLint) lint = xc_lint_classify (cmp, drafts, &o);
  ck_assert_uint_eq (lint->findings->len, 1);
  const XcFinding *f = lint->findings->pdata[0];
  ck_assert_msg (f->kind == row->kind, "%s: got %s", row->name, xc_finding_kind_to_string (f->kind));
  ck_assert_uint_eq (f->agreeing->len, row->n_agree);
  ck_assert_uint_eq (f->disagreeing->len, row->n_disagree);
  ck_assert_int_eq (f->severity, o.severity[row->kind]);
  ck_assert_uint_eq (f->end_column, 7 + strlen ("the figure"));
  lb_free (cmp);
}
END_TEST

/* A claim of another draft is not a source; a claim in no group is unsupported. */
START_TEST (test_lint_other_drafts_are_not_sources)
{
  static const char * const two[] = { "a.md", "b.md", NULL };
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "a.md", NULL);
  lb_document (cmp, "b.md", NULL);
  lb_document (cmp, "s.txt", "Wire");
  XcGroup *g = lb_group (cmp, "g", "x", XC_VERDICT_CONFLICT);
  lb_add (cmp, g, lb_claim ("a.md", NULL, 1, 1, "10%", 10, 10, NULL));
  lb_add (cmp, g, lb_claim ("b.md", NULL, 1, 1, "12%", 12, 12, NULL));
  lb_add (cmp, NULL, lb_claim ("a.md", NULL, 2, 1, "7%", 7, 7, NULL));
  lb_add (cmp, NULL, lb_claim ("s.txt", "Wire", 2, 1, "7%", 7, 7, NULL));
  /* a scope date is part of its quantity's fact: no finding of its own */
  XcClaim *scope = lb_claim ("a.md", NULL, 2, 9, "2023", 2023, 2023, NULL);
  scope->is_scope = TRUE;
  lb_add (cmp, NULL, scope);
  XcLintOptions o;
  xc_lint_options_init (&o);
  g_autoptr(XcLint) lint = xc_lint_classify (cmp, two, &o);
  ck_assert_uint_eq (lint->findings->len, 3);
  ck_assert_uint_eq (lint->n_sources, 1);
  for (guint i = 0; i < 3; i++)
    ck_assert_int_eq (((XcFinding *) lint->findings->pdata[i])->kind, XC_FINDING_UNSUPPORTED);
  /* fixed order: file, then line */
  ck_assert_str_eq (((XcFinding *) lint->findings->pdata[0])->file, "a.md");
  ck_assert_uint_eq (((XcFinding *) lint->findings->pdata[1])->line, 2);
  ck_assert_str_eq (((XcFinding *) lint->findings->pdata[2])->file, "b.md");
  lb_free (cmp);
}
END_TEST

/* The seeds' shape: four sources, the draft says 22 percent. */
static XcComparison *
seeds_like (double draft_value, guint draft_line)
{
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "draft.md", NULL);
  static const struct { const char *file, *source, *text; guint line; double lo, hi; } src[] = {
    { "seeds/000.txt", "The Epoch Times", "26.3 percent", 24, 26.25, 26.35 },
    { "seeds/001.txt", "The Epoch Times", "26 percent", 13, 25.5, 26.5 },
    { "seeds/003.txt", "news wire", "over 26%", 39, 26, INFINITY },
    { "seeds/004.txt", "The Epoch Times", "25 percent", 33, 24.5, 25.5 },
  };
  XcGroup *g = lb_group (cmp, "growth-2023", "trade · China–Russia · 2023 · growth", XC_VERDICT_CONFLICT);
  g_autofree char *text = g_strdup_printf ("%g percent", draft_value);
  lb_add (cmp, g, lb_claim ("draft.md", NULL, draft_line, 41, text, draft_value - 0.4, draft_value + 0.4,
                            "Trade grew by that much in 2023."));
  for (guint i = 0; i < G_N_ELEMENTS (src); i++)
    {
      lb_document (cmp, src[i].file, src[i].source);
      lb_add (cmp, g, lb_claim (src[i].file, src[i].source, src[i].line, 5, src[i].text, src[i].lo, src[i].hi, NULL));
    }
  XcGroup *u = lb_group (cmp, "ships", "ships", XC_VERDICT_SINGLE);
  lb_add (cmp, u, lb_claim ("draft.md", NULL, draft_line + 4, 3, "12 percent", 12, 12, "Ships: 12 percent."));
  return cmp;
}

static XcLint *
lint_of (XcComparison *cmp)
{
  XcLintOptions o;
  xc_lint_options_init (&o);
  return xc_lint_classify (cmp, drafts, &o);
}

typedef struct {
  double      value;
  const char *message;
} MessageCase;

static const MessageCase message_cases[] = {
  { 22, "\"22 percent\" contradicts \"26.3 percent\" (The Epoch Times, 000.txt:24) and 3 more sources" },
  { 26, "\"26 percent\" is contested: 3 sources agree (\"26.3 percent\" (The Epoch Times, 000.txt:24), "
        "\"26 percent\" (The Epoch Times, 001.txt:13) and 1 more source), 1 disagrees (\"25 percent\" "
        "(The Epoch Times, 004.txt:33))" },
};

START_TEST (test_lint_message)
{
  XcComparison *cmp = seeds_like (message_cases[_i].value, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *msg = xc_finding_message (lint->findings->pdata[0]);
  ck_assert_str_eq (msg, message_cases[_i].message);
  g_autofree char *unsup = xc_finding_message (lint->findings->pdata[1]);
  ck_assert_str_eq (unsup, "\"12 percent\" is stated by none of the 4 sources checked");
  lb_free (cmp);
}
END_TEST

/* ---------- exit levels ---------- */

typedef struct {
  double     value;
  XcSeverity fail_on;
  gboolean   fails;
} FailCase;

static const FailCase fail_cases[] = {
  { 22, XC_SEVERITY_ERROR, TRUE },
  { 22, XC_SEVERITY_OFF, FALSE },
  { 26, XC_SEVERITY_ERROR, FALSE },     /* contested = warning */
  { 26, XC_SEVERITY_WARNING, TRUE },
  { 26, XC_SEVERITY_NOTE, TRUE },
  { 26.3, XC_SEVERITY_ERROR, FALSE },   /* agrees with three, not with "25" */
};

START_TEST (test_lint_fail_on)
{
  const FailCase *row = &fail_cases[_i];
  XcComparison *cmp = seeds_like (row->value, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  ck_assert_int_eq (xc_lint_fails (lint, row->fail_on), row->fails);
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_fail_on_unsupported_off)
{
  XcComparison *cmp = seeds_like (26.3, 12);
  XcLintOptions o;
  xc_lint_options_init (&o);
  o.severity[XC_FINDING_UNSUPPORTED] = XC_SEVERITY_OFF;
  o.severity[XC_FINDING_CONTESTED] = XC_SEVERITY_OFF;
  g_autoptr(XcLint) lint = xc_lint_classify (cmp, drafts, &o);
  ck_assert (!xc_lint_fails (lint, XC_SEVERITY_WARNING));
  ck_assert_uint_eq (xc_lint_count (lint, XC_SEVERITY_WARNING), 0);
  lb_free (cmp);
}
END_TEST

/* ---------- formats ---------- */

static char *
write_fmt (const XcLint *lint, const char *format, gboolean verbose)
{
  XcLintWriteOptions w = { .verbose = verbose, .root = "/repo", .cwd = "/repo/docs", .version = "9.8.7" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  ck_assert_msg (xc_lint_write (lint, format, &w, out, &error), "%s", error ? error->message : "");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

START_TEST (test_lint_format_gnu)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *out = write_fmt (lint, "gnu", FALSE);
  ck_assert_str_eq (out,
    "draft.md:12:41: error: \"22 percent\" contradicts \"26.3 percent\" (The Epoch Times, 000.txt:24) "
    "and 3 more sources [contradicted]\n"
    "draft.md:16:3: warning: \"12 percent\" is stated by none of the 4 sources checked [unsupported]\n");
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_format_gnu_verbose_notes)
{
  XcComparison *cmp = seeds_like (26.3, 12);
  /* 26.3 ± 0.5 agrees with all but "25 percent": make it agree with every source */
  ((XcClaim *) cmp->claims->pdata[4])->interval.lo = 25.8;
  ((XcClaim *) cmp->claims->pdata[4])->interval.hi = 26.8;
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *quiet = write_fmt (lint, "gnu", FALSE);
  g_autofree char *loud = write_fmt (lint, "gnu", TRUE);
  ck_assert_ptr_null (strstr (quiet, "[supported]"));
  ck_assert_ptr_nonnull (strstr (loud, "draft.md:12:41: note: \"26.3 percent\" is supported by"));
  lb_free (cmp);
}
END_TEST

static JsonNode *
parse (const char *s)
{
  g_autoptr(JsonParser) p = json_parser_new ();
  g_autoptr(GError) error = NULL;
  ck_assert_msg (json_parser_load_from_data (p, s, -1, &error), "%s", error ? error->message : "");
  return json_node_copy (json_parser_get_root (p));
}

START_TEST (test_lint_format_json)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *out = write_fmt (lint, "json", FALSE);
  g_autoptr(JsonNode) root = parse (out);
  JsonObject *o = json_node_get_object (root);
  ck_assert_str_eq (json_object_get_string_member (o, "version"), "9.8.7");
  JsonObject *sum = json_object_get_object_member (o, "summary");
  ck_assert_int_eq (json_object_get_int_member (sum, "error"), 1);
  ck_assert_int_eq (json_object_get_int_member (sum, "warning"), 1);
  JsonArray *fs = json_object_get_array_member (o, "findings");
  ck_assert_uint_eq (json_array_get_length (fs), 2);
  JsonObject *f = json_array_get_object_element (fs, 0);
  ck_assert_str_eq (json_object_get_string_member (f, "kind"), "contradicted");
  ck_assert_str_eq (json_object_get_string_member (f, "severity"), "error");
  ck_assert_int_eq (json_object_get_int_member (f, "line"), 12);
  ck_assert_int_eq (json_object_get_int_member (f, "end_column"), 51);
  ck_assert_str_eq (json_object_get_string_member (f, "group"), "growth-2023");
  JsonArray *dis = json_object_get_array_member (f, "disagreeing");
  ck_assert_uint_eq (json_array_get_length (dis), 4);
  ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (dis, 0), "source"),
                    "The Epoch Times");
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_format_sarif)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *out = write_fmt (lint, "sarif", FALSE);
  g_autoptr(JsonNode) root = parse (out);
  JsonObject *o = json_node_get_object (root);
  ck_assert_ptr_nonnull (strstr (json_object_get_string_member (o, "$schema"), "sarif"));
  ck_assert_str_eq (json_object_get_string_member (o, "version"), "2.1.0");
  JsonArray *runs = json_object_get_array_member (o, "runs");
  ck_assert_uint_eq (json_array_get_length (runs), 1);
  JsonObject *run = json_array_get_object_element (runs, 0);
  JsonObject *driver = json_object_get_object_member (json_object_get_object_member (run, "tool"), "driver");
  ck_assert_str_eq (json_object_get_string_member (driver, "name"), "crosscheck");
  ck_assert_str_eq (json_object_get_string_member (driver, "semanticVersion"), "9.8.7");
  JsonArray *rules = json_object_get_array_member (driver, "rules");
  ck_assert_uint_eq (json_array_get_length (rules), XC_FINDING_N_KINDS);
  static const char * const levels[] = { "error", "warning", "warning", "note", "warning" };
  for (guint k = 0; k < XC_FINDING_N_KINDS; k++)
    {
      JsonObject *r = json_array_get_object_element (rules, k);
      ck_assert_str_eq (json_object_get_string_member (r, "id"), xc_finding_kind_to_string ((XcFindingKind) k));
      ck_assert (*json_object_get_string_member (json_object_get_object_member (r, "shortDescription"), "text"));
      ck_assert (*json_object_get_string_member (json_object_get_object_member (r, "fullDescription"), "text"));
      ck_assert (*json_object_get_string_member (json_object_get_object_member (r, "help"), "text"));
      ck_assert_str_eq (json_object_get_string_member (json_object_get_object_member (r, "defaultConfiguration"),
                                                       "level"), levels[k]);
    }
  JsonArray *results = json_object_get_array_member (run, "results");
  ck_assert_uint_eq (json_array_get_length (results), 2);
  JsonObject *r = json_array_get_object_element (results, 0);
  ck_assert_str_eq (json_object_get_string_member (r, "ruleId"), "contradicted");
  ck_assert_str_eq (json_object_get_string_member (r, "level"), "error");
  /* the evidence is a link to its related location, [text](id) */
  const char *text = json_object_get_string_member (json_object_get_object_member (r, "message"), "text");
  ck_assert_msg (strstr (text, "contradicts [\"26.3 percent\" (") != NULL && strstr (text, ")](1)") != NULL,
                 "message: %s", text);
  JsonArray *locs = json_object_get_array_member (r, "locations");
  ck_assert_uint_eq (json_array_get_length (locs), 1);
  JsonObject *pl = json_object_get_object_member (json_array_get_object_element (locs, 0), "physicalLocation");
  /* repository-relative: the draft is in docs/ under /repo */
  ck_assert_str_eq (json_object_get_string_member (json_object_get_object_member (pl, "artifactLocation"), "uri"),
                    "docs/draft.md");
  JsonObject *region = json_object_get_object_member (pl, "region");
  ck_assert_int_eq (json_object_get_int_member (region, "startLine"), 12);
  ck_assert_int_eq (json_object_get_int_member (region, "startColumn"), 41);
  ck_assert_int_eq (json_object_get_int_member (region, "endLine"), 12);
  ck_assert_int_eq (json_object_get_int_member (region, "endColumn"), 51);
  JsonArray *rel = json_object_get_array_member (r, "relatedLocations");
  ck_assert_uint_eq (json_array_get_length (rel), 4);
  JsonObject *rl = json_object_get_object_member (json_array_get_object_element (rel, 0), "physicalLocation");
  ck_assert_str_eq (json_object_get_string_member (json_object_get_object_member (rl, "artifactLocation"), "uri"),
                    "docs/seeds/000.txt");
  ck_assert_int_eq (json_object_get_int_member (json_object_get_object_member (rl, "region"), "startLine"), 24);
  ck_assert_int_eq (json_object_get_int_member (json_array_get_object_element (rel, 0), "id"), 1);
  ck_assert (!json_object_has_member (r, "suppressions"));
  JsonArray *inv = json_object_get_array_member (run, "invocations");
  ck_assert_uint_eq (json_array_get_length (inv), 1);
  ck_assert (json_object_get_boolean_member (json_array_get_object_element (inv, 0), "executionSuccessful"));
  JsonObject *fp = json_object_get_object_member (r, "partialFingerprints");
  const char *fp1 = json_object_get_string_member (fp, "crosscheckFinding/v1");
  ck_assert (fp1 && strlen (fp1) > 16);

  /* moving the paragraph (lines 12 -> 30) keeps the fingerprint */
  XcComparison *moved = seeds_like (22, 30);
  g_autoptr(XcLint) lint2 = lint_of (moved);
  ck_assert_str_eq (((XcFinding *) lint2->findings->pdata[0])->fingerprint,
                    ((XcFinding *) lint->findings->pdata[0])->fingerprint);
  ck_assert_str_eq (((XcFinding *) lint2->findings->pdata[0])->fingerprint, fp1);
  lb_free (moved);
  lb_free (cmp);
}
END_TEST

/* Suppressed and baselined findings stay in SARIF, marked; a failed input is
 * a notification and the run is not successful; brackets in text are escaped. */
START_TEST (test_lint_format_sarif_kept)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  ck_assert_uint_ge (lint->findings->len, 2);
  ((XcFinding *) lint->findings->pdata[0])->suppressed = TRUE;
  ((XcFinding *) lint->findings->pdata[1])->baselined = TRUE;
  XcLintFailure *fail = g_new0 (XcLintFailure, 1);
  fail->file = g_strdup ("docs/gone [1].md");
  fail->message = g_strdup ("docs/gone [1].md: no such file");
  g_ptr_array_add (lint->failures, fail);
  g_autofree char *out = write_fmt (lint, "sarif", FALSE);
  g_autoptr(JsonNode) root = parse (out);
  JsonObject *run = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "runs"), 0);
  JsonArray *results = json_object_get_array_member (run, "results");
  ck_assert_uint_eq (json_array_get_length (results), 2);
  static const char * const kinds[] = { "inSource", "external" };
  for (guint i = 0; i < 2; i++)
    {
      JsonArray *sup = json_object_get_array_member (json_array_get_object_element (results, i), "suppressions");
      ck_assert_ptr_nonnull (sup);
      ck_assert_uint_eq (json_array_get_length (sup), 1);
      ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (sup, 0), "kind"), kinds[i]);
    }
  JsonObject *inv = json_array_get_object_element (json_object_get_array_member (run, "invocations"), 0);
  ck_assert (!json_object_get_boolean_member (inv, "executionSuccessful"));
  JsonArray *notes = json_object_get_array_member (inv, "toolExecutionNotifications");
  ck_assert_uint_eq (json_array_get_length (notes), 1);
  JsonObject *n = json_array_get_object_element (notes, 0);
  ck_assert_str_eq (json_object_get_string_member (n, "level"), "error");
  ck_assert_str_eq (json_object_get_string_member (json_object_get_object_member (n, "message"), "text"),
                    "docs/gone \\[1\\].md: no such file");
  /* the other formats still leave them out */
  g_autofree char *gnu = write_fmt (lint, "gnu", FALSE);
  ck_assert_ptr_null (strstr (gnu, "contradicts"));
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_format_rdjsonl)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *out = write_fmt (lint, "rdjsonl", FALSE);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 3);    /* two lines and the empty tail */
  g_autoptr(JsonNode) root = parse (lines[0]);
  JsonObject *o = json_node_get_object (root);
  ck_assert_ptr_nonnull (strstr (json_object_get_string_member (o, "message"), "contradicts"));
  JsonObject *loc = json_object_get_object_member (o, "location");
  ck_assert_str_eq (json_object_get_string_member (loc, "path"), "draft.md");
  JsonObject *start = json_object_get_object_member (json_object_get_object_member (loc, "range"), "start");
  ck_assert_int_eq (json_object_get_int_member (start, "line"), 12);
  ck_assert_int_eq (json_object_get_int_member (start, "column"), 41);
  ck_assert_str_eq (json_object_get_string_member (o, "severity"), "ERROR");
  ck_assert_str_eq (json_object_get_string_member (json_object_get_object_member (o, "code"), "value"),
                    "contradicted");
  g_autoptr(JsonNode) second = parse (lines[1]);
  ck_assert_str_eq (json_object_get_string_member (json_node_get_object (second), "severity"), "WARNING");
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_format_github_limits)
{
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "draft.md", NULL);
  lb_document (cmp, "s.txt", "Wire");
  /* 13 contradicted, 12 unsupported */
  for (guint i = 0; i < 13; i++)
    {
      g_autofree char *id = g_strdup_printf ("g%02u", i);
      XcGroup *g = lb_group (cmp, id, id, XC_VERDICT_CONFLICT);
      lb_add (cmp, g, lb_claim ("draft.md", NULL, i + 1, 1, "5%, really", 5, 5, id));
      lb_add (cmp, g, lb_claim ("s.txt", "Wire", i + 1, 1, "9%", 9, 9, NULL));
    }
  for (guint i = 0; i < 12; i++)
    lb_add (cmp, NULL, lb_claim ("draft.md", NULL, 100 + i, 1, "1%", 1, 1, NULL));
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *out = write_fmt (lint, "github", FALSE);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint errors = 0, warnings = 0;
  for (guint i = 0; lines[i]; i++)
    {
      errors += g_str_has_prefix (lines[i], "::error file=draft.md,line=");
      warnings += g_str_has_prefix (lines[i], "::warning file=draft.md,line=");
    }
  ck_assert_uint_eq (errors, 10);
  ck_assert_uint_eq (warnings, 10);
  ck_assert_ptr_nonnull (strstr (out, "crosscheck: 3 more errors, 2 more warnings and 0 more notes not annotated"));
  /* the property values escape ',' and ':'; the message keeps them */
  ck_assert_ptr_nonnull (strstr (lines[0], ",title=crosscheck%3A contradicted::\"5%25, really\" contradicts \"9%25\""));
  ck_assert_ptr_nonnull (strstr (lines[0], "line=1,col=1,endLine=1,endColumn=11"));
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_format_markdown)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autofree char *out = write_fmt (lint, "markdown", FALSE);
  ck_assert (g_str_has_prefix (out, "### crosscheck lint: 1 error, 1 warning\n"));
  ck_assert_ptr_nonnull (strstr (out, "| Severity | Where | Claim | Finding | Details |\n| --- |"));
  ck_assert_ptr_nonnull (strstr (out, "| error | `draft.md:12:41` | 22 percent | contradicted | "));
  lb_free (cmp);
}
END_TEST

START_TEST (test_lint_format_unknown)
{
  XcComparison *cmp = seeds_like (22, 12);
  g_autoptr(XcLint) lint = lint_of (cmp);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  ck_assert (!xc_lint_write (lint, "xml", NULL, out, &error));
  ck_assert_int_eq (error->code, XC_ERROR_USAGE);
  lb_free (cmp);
}
END_TEST

/* ---------- suppressions ---------- */

typedef struct {
  const char *name;
  const char *raw;
  guint       lines[3];     /* lines of draft findings, 0 = none */
  gboolean    suppressed[3];
  guint       unused;       /* how many unused-suppression findings */
  guint       unused_line;
} SuppressCase;

static const SuppressCase suppress_cases[] = {
  { "next-line",
    "# T\n<!-- crosscheck-disable-next-line -->\nTrade grew 22 percent.\nShips: 12 percent.\n",
    { 3, 4, 0 }, { TRUE, FALSE }, 0, 0 },
  { "next-line-skips-blank",
    "<!-- crosscheck-disable-next-line -->\n\nTrade grew 22 percent.\n",
    { 3, 0, 0 }, { TRUE }, 0, 0 },
  { "next-line-only-one",
    "<!--crosscheck-disable-next-line-->\na 1%\nb 2%\n",
    { 2, 3, 0 }, { TRUE, FALSE }, 0, 0 },
  { "block",
    "x\n<!-- crosscheck-disable -->\na 1%\nb 2%\n<!-- crosscheck-enable -->\nc 3%\n",
    { 3, 4, 6 }, { TRUE, TRUE, FALSE }, 0, 0 },
  { "unclosed-block-runs-to-end",
    "<!-- crosscheck-disable -->\na\nb 2%\n\nc 3%\n",
    { 3, 5, 0 }, { TRUE, TRUE }, 0, 0 },
  { "unused",
    "a 1%\n<!-- crosscheck-disable-next-line -->\nnothing here\n",
    { 1, 0, 0 }, { FALSE }, 1, 2 },
  { "other-comments-ignored",
    "<!-- crosscheck-disabled -->\n<!-- note: crosscheck-disable -->\na 1%\n",
    { 3, 0, 0 }, { FALSE }, 0, 0 },
  /* per rule: the draft's claims here are unsupported (no source) */
  { "rule-named",
    "<!-- crosscheck-disable-next-line unsupported -- our own survey -->\na 1%\nb 2%\n",
    { 2, 3, 0 }, { TRUE, FALSE }, 0, 0 },
  { "rules-listed",
    "<!-- crosscheck-disable-next-line contradicted, unsupported -->\na 1%\n",
    { 2, 0, 0 }, { TRUE }, 0, 0 },
  { "other-rule-hides-nothing",
    "<!-- crosscheck-disable-next-line contradicted,contested -- checked with the ministry -->\na 1%\n",
    { 2, 0, 0 }, { FALSE }, 1, 1 },
  { "unknown-rule-hides-nothing",
    "<!-- crosscheck-disable-next-line unsuported -->\na 1%\n",
    { 2, 0, 0 }, { FALSE }, 1, 1 },
  { "block-per-rule",
    "<!-- crosscheck-disable unsupported -- quoted as written -->\na 1%\n<!-- crosscheck-enable -->\nb 2%\n",
    { 2, 4, 0 }, { TRUE, FALSE }, 0, 0 },
  { "reason-only",
    "<!-- crosscheck-disable-next-line -- the agency's own figure -->\na 1%\n",
    { 2, 0, 0 }, { TRUE }, 0, 0 },
  { "dashes-in-a-word-are-not-a-reason",
    "<!-- crosscheck-disable-next-line unsupported--x -->\na 1%\n",
    { 2, 0, 0 }, { FALSE }, 1, 1 },
};

START_TEST (test_lint_suppress)
{
  const SuppressCase *row = &suppress_cases[_i];
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "draft.md", NULL);
  for (guint i = 0; i < 3 && row->lines[i]; i++)
    lb_add (cmp, NULL, lb_claim ("draft.md", NULL, row->lines[i], 3, "1%", 1, 1, NULL));
  XcLintOptions o;
  xc_lint_options_init (&o);
  g_autoptr(XcLint) lint = xc_lint_classify (cmp, drafts, &o);
  g_autoptr(XcSuppressions) sup = xc_suppressions_scan ("draft.md", row->raw, strlen (row->raw));
  xc_lint_apply_suppressions (lint, sup, &o);
  guint unused = 0;
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (f->kind == XC_FINDING_UNUSED_SUPPRESSION)
        {
          unused++;
          ck_assert_uint_eq (f->line, row->unused_line);
          ck_assert_int_eq (f->severity, XC_SEVERITY_WARNING);
          continue;
        }
      for (guint k = 0; k < 3 && row->lines[k]; k++)
        if (f->line == row->lines[k])
          ck_assert_msg (f->suppressed == row->suppressed[k], "%s: line %u", row->name, f->line);
    }
  ck_assert_msg (unused == row->unused, "%s: %u unused", row->name, unused);
  lb_free (cmp);
}
END_TEST

/* The reason after " -- " is the finding's justification; plain-text drafts
 * take "//" lines; an unknown rule is told. */
START_TEST (test_lint_suppress_reason_and_text)
{
  static const struct {
    const char *file;
    const char *raw;
    gboolean    suppressed;
    const char *reason;
    guint       warnings;
  } rows[] = {
    { "draft.md", "<!-- crosscheck-disable-next-line unsupported -- our own survey, 2024 -->\na 1%\n", TRUE,
      "our own survey, 2024", 0 },
    { "draft.txt", "// crosscheck-disable-next-line unsupported -- checked with the ministry\na 1%\n", TRUE,
      "checked with the ministry", 0 },
    { "draft.txt", "  //crosscheck-disable-next-line\na 1%\n", TRUE, NULL, 0 },
    { "draft.txt", "see http://x.test // crosscheck-disable-next-line\na 1%\n", FALSE, NULL, 0 },
    { "draft.md", "// crosscheck-disable-next-line\na 1%\n", FALSE, NULL, 0 },
    { "draft.txt", "// crosscheck-disable-next-line contradictd, unsupported\na 1%\n", TRUE, NULL, 1 },
  };
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      const char * const files[] = { rows[r].file, NULL };
      XcComparison *cmp = xc_comparison_new ();
      lb_document (cmp, rows[r].file, NULL);
      lb_add (cmp, NULL, lb_claim (rows[r].file, NULL, 2, 3, "1%", 1, 1, NULL));
      XcLintOptions o;
      xc_lint_options_init (&o);
      g_autoptr(XcLint) lint = xc_lint_classify (cmp, files, &o);
      g_autoptr(XcSuppressions) sup = xc_suppressions_scan (rows[r].file, rows[r].raw, strlen (rows[r].raw));
      ck_assert_uint_eq (xc_suppressions_warnings (sup)->len, rows[r].warnings);
      if (rows[r].warnings)
        ck_assert_ptr_nonnull (strstr (xc_suppressions_warnings (sup)->pdata[0], ":1: crosscheck-disable-next-line: "
                                                                                  "unknown rule 'contradictd'"));
      xc_lint_apply_suppressions (lint, sup, &o);
      const XcFinding *f = lint->findings->pdata[0];
      ck_assert_int_eq (f->kind, XC_FINDING_UNSUPPORTED);
      ck_assert_msg (f->suppressed == rows[r].suppressed, "row %u", r);
      ck_assert_str_eq (f->justification ? f->justification : "(none)", rows[r].reason ? rows[r].reason : "(none)");
      lb_free (cmp);
    }
}
END_TEST

/* A suppression in another file suppresses nothing here. */
START_TEST (test_lint_suppress_other_file)
{
  XcComparison *cmp = seeds_like (22, 2);
  g_autoptr(XcLint) lint = lint_of (cmp);
  const char *raw = "x\n<!-- crosscheck-disable-next-line -->\n22 percent\n";
  g_autoptr(XcSuppressions) sup = xc_suppressions_scan ("other.md", raw, strlen (raw));
  XcLintOptions o;
  xc_lint_options_init (&o);
  xc_lint_apply_suppressions (lint, sup, &o);
  ck_assert (xc_lint_fails (lint, XC_SEVERITY_ERROR));
  lb_free (cmp);
}
END_TEST

/* ---------- baselines ---------- */

static char *
baseline_of (XcLint *lint)
{
  g_autoptr(GString) b = g_string_new (NULL);
  xc_baseline_write (lint, b);
  return g_string_free (g_steal_pointer (&b), FALSE);
}

START_TEST (test_lint_baseline_moved_lines)
{
  XcComparison *first = seeds_like (22, 12);
  g_autoptr(XcLint) a = lint_of (first);
  g_autofree char *data = baseline_of (a);
  /* the paragraph moved down by 18 lines: nothing is new */
  XcComparison *moved = seeds_like (22, 30);
  g_autoptr(XcLint) b = lint_of (moved);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (data, -1, &error);
  ck_assert_ptr_nonnull (bl);
  ck_assert_uint_eq (xc_baseline_apply (bl, b), 2);
  ck_assert (!xc_lint_fails (b, XC_SEVERITY_NOTE));
  ck_assert_uint_eq (xc_lint_count (b, XC_SEVERITY_ERROR), 0);
  lb_free (moved);
  lb_free (first);
}
END_TEST

START_TEST (test_lint_baseline_new_finding)
{
  XcComparison *first = seeds_like (22, 12);
  g_autoptr(XcLint) a = lint_of (first);
  g_autofree char *data = baseline_of (a);
  /* unrelated text edited elsewhere and a new wrong figure added */
  XcComparison *edited = seeds_like (22, 14);
  XcGroup *g = lb_group (edited, "value", "value", XC_VERDICT_AGREE);
  lb_add (edited, g, lb_claim ("draft.md", NULL, 3, 1, "$250 billion", 250, 250, "It was $250 billion."));
  lb_document (edited, "s.txt", "Wire");
  lb_add (edited, g, lb_claim ("s.txt", "Wire", 3, 1, "$240 billion", 240, 240, NULL));
  g_autoptr(XcLint) b = lint_of (edited);
  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (data, -1, NULL);
  xc_baseline_apply (bl, b);
  ck_assert_uint_eq (xc_lint_count (b, XC_SEVERITY_ERROR), 1);
  for (guint i = 0; i < b->findings->len; i++)
    {
      const XcFinding *f = b->findings->pdata[i];
      if (xc_finding_active (f))
        ck_assert_str_eq (f->text, "$250 billion");
    }
  lb_free (edited);
  lb_free (first);
}
END_TEST

/* Changing the claim's own sentence makes it a different finding. */
START_TEST (test_lint_baseline_content_change)
{
  XcComparison *first = seeds_like (22, 12);
  g_autoptr(XcLint) a = lint_of (first);
  g_autofree char *data = baseline_of (a);
  XcComparison *second = seeds_like (21, 12);
  g_autoptr(XcLint) b = lint_of (second);
  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (data, -1, NULL);
  xc_baseline_apply (bl, b);
  ck_assert_uint_eq (xc_lint_count (b, XC_SEVERITY_ERROR), 1);
  lb_free (second);
  lb_free (first);
}
END_TEST

/* Two identical findings need two baseline entries. */
START_TEST (test_lint_baseline_counts_duplicates)
{
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "draft.md", NULL);
  lb_add (cmp, NULL, lb_claim ("draft.md", NULL, 1, 1, "1%", 1, 1, "Same."));
  XcLintOptions o;
  xc_lint_options_init (&o);
  g_autoptr(XcLint) a = xc_lint_classify (cmp, drafts, &o);
  g_autofree char *data = baseline_of (a);
  lb_add (cmp, NULL, lb_claim ("draft.md", NULL, 9, 1, "1%", 1, 1, "Same."));
  g_autoptr(XcLint) b = xc_lint_classify (cmp, drafts, &o);
  ck_assert_str_ne (((XcFinding *) b->findings->pdata[0])->fingerprint,
                    ((XcFinding *) b->findings->pdata[1])->fingerprint);
  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (data, -1, NULL);
  ck_assert_uint_eq (xc_baseline_apply (bl, b), 1);
  ck_assert_uint_eq (xc_lint_count (b, XC_SEVERITY_WARNING), 1);
  lb_free (cmp);
}
END_TEST

static const char * const bad_baselines[] = {
  "",
  "[]",
  "{\"findings\": 3}",
  "{\"findings\": [{\"kind\": \"contradicted\"}]}",
  "{\"findings\": [{\"fingerprint\": 7}]}",
};

START_TEST (test_lint_baseline_bad)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcBaseline) bl = xc_baseline_new_from_data (bad_baselines[_i], -1, &error);
  ck_assert_ptr_null (bl);
  ck_assert_ptr_nonnull (error);
}
END_TEST

START_TEST (test_lint_names_round_trip)
{
  for (guint k = 0; k < XC_FINDING_N_KINDS; k++)
    {
      XcFindingKind back;
      ck_assert (xc_finding_kind_from_string (xc_finding_kind_to_string ((XcFindingKind) k), &back));
      ck_assert_int_eq (back, k);
    }
  XcSeverity s;
  ck_assert (xc_severity_from_string ("none", &s) && s == XC_SEVERITY_OFF);
  ck_assert (xc_severity_from_string ("warning", &s) && s == XC_SEVERITY_WARNING);
  ck_assert (!xc_severity_from_string ("Warning", &s));
  ck_assert (!xc_severity_from_string ("fatal", &s));
  XcFindingKind k;
  ck_assert (!xc_finding_kind_from_string ("contradiction", &k));
}
END_TEST

/* ---------- the whole run (xc_lint_run) ---------- */

typedef struct {
  GPtrArray *problems;   /* char* */
  guint      warnings;
} Notices;

static void
collect_notice (const char *message, gboolean is_warning, gpointer user_data)
{
  Notices *n = user_data;
  if (is_warning)
    n->warnings++;
  else
    g_ptr_array_add (n->problems, g_strdup (message));
}

static guint
count_kind (const XcLint *lint, XcFindingKind kind, const char *file_suffix)
{
  guint n = 0;
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      n += f->kind == kind && g_str_has_suffix (f->file, file_suffix);
    }
  return n;
}

/* Two drafts against a folder (one file excluded by a glob) and a missing
 * file: the run goes on past the missing one, counts it, and tells it; each
 * draft is classified against the sources. */
START_TEST (test_lint_run)
{
  g_autofree char *wrong = xc_test_fixture_path ("lint/drafts/wrong-figure.md");
  g_autofree char *contested = xc_test_fixture_path ("lint/drafts/contested.md");
  g_autofree char *sources = xc_test_fixture_path ("lint/sources");
  g_autofree char *missing = xc_test_fixture_path ("lint/sources/missing.txt");
  const char *draft_paths[] = { wrong, contested, NULL };
  const char *against[] = { sources, missing, NULL };
  g_autoptr(GPtrArray) exclude = g_ptr_array_new ();
  g_ptr_array_add (exclude, (gpointer) "valley-*");
  Notices notices = { g_ptr_array_new_with_free_func (g_free), 0 };

  XcLintRunOptions o;
  xc_lint_run_options_init (&o);
  ck_assert (!g_date_valid (&o.published));
  ck_assert_int_eq (o.lint.severity[XC_FINDING_CONTRADICTED], XC_SEVERITY_ERROR);
  o.drafts = draft_paths;
  o.against = against;
  o.exclude = exclude;
  o.notice = collect_notice;
  o.user_data = &notices;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLint) lint = xc_lint_run (&o, &error);
  ck_assert_ptr_nonnull (lint);
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (lint->n_drafts, 2);
  ck_assert_uint_eq (lint->n_failed, 1);
  ck_assert_uint_eq (notices.problems->len, 1);
  ck_assert (strstr (notices.problems->pdata[0], "missing.txt") != NULL);
  ck_assert_uint_eq (lint->n_sources, 2);   /* the two that loaded; valley-ledger excluded */
  ck_assert_uint_eq (g_strv_length (lint->sources), 3);   /* the missing one is named too */
  ck_assert (g_str_has_suffix (lint->sources[0], "/missing.txt"));
  ck_assert (g_str_has_suffix (lint->sources[1], "/northgate-courier.txt"));
  ck_assert (g_str_has_suffix (lint->sources[2], "/river-wire.txt"));
  ck_assert_uint_eq (count_kind (lint, XC_FINDING_CONTRADICTED, "/wrong-figure.md"), 1);
  ck_assert_uint_eq (count_kind (lint, XC_FINDING_CONTESTED, "/contested.md"), 1);
  ck_assert_uint_eq (xc_lint_count (lint, XC_SEVERITY_ERROR), 1);
  g_ptr_array_unref (notices.problems);
}
END_TEST

/* Every draft missing or excluded: an error, not an empty report. */
START_TEST (test_lint_run_no_draft)
{
  g_autofree char *draft = xc_test_fixture_path ("lint/drafts/suppressed.md");
  g_autofree char *sources = xc_test_fixture_path ("lint/sources");
  g_autofree char *drafts_dir = xc_test_fixture_path ("lint/drafts");
  const char *against[] = { sources, NULL };
  const char *missing[] = { "no-such-draft.md", NULL };
  const char *walked[] = { drafts_dir, NULL };
  g_autoptr(GPtrArray) exclude = g_ptr_array_new ();
  g_ptr_array_add (exclude, (gpointer) "*.md");
  Notices notices = { g_ptr_array_new_with_free_func (g_free), 0 };
  XcLintRunOptions o;
  xc_lint_run_options_init (&o);
  o.against = against;
  o.notice = collect_notice;
  o.user_data = &notices;

  /* a missing file is still a draft: it fails to load, and is told */
  o.drafts = missing;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLint) lint = xc_lint_run (&o, &error);
  ck_assert_ptr_nonnull (lint);
  ck_assert_uint_eq (lint->n_failed, 1);
  ck_assert_uint_eq (notices.problems->len, 1);

  /* a walked folder whose every file is excluded: nothing to check */
  o.drafts = walked;
  o.exclude = exclude;
  g_autoptr(XcLint) none = xc_lint_run (&o, &error);
  ck_assert_ptr_null (none);
  ck_assert (g_error_matches (error, XC_ERROR, XC_ERROR_USAGE));
  g_clear_error (&error);

  /* a draft named directly is never excluded; its inline suppressions apply */
  o.drafts = (const char * const[]) { draft, NULL };
  g_autoptr(XcLint) named = xc_lint_run (&o, &error);
  ck_assert_ptr_nonnull (named);
  ck_assert_uint_eq (named->n_drafts, 1);
  ck_assert_uint_eq (count_kind (named, XC_FINDING_UNUSED_SUPPRESSION, "/suppressed.md"), 1);
  g_ptr_array_unref (notices.problems);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("lint");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_lint_classify, 0, G_N_ELEMENTS (classify_cases));
  tcase_add_test (tc, test_lint_other_drafts_are_not_sources);
  tcase_add_loop_test (tc, test_lint_message, 0, G_N_ELEMENTS (message_cases));
  tcase_add_loop_test (tc, test_lint_fail_on, 0, G_N_ELEMENTS (fail_cases));
  tcase_add_test (tc, test_lint_fail_on_unsupported_off);
  tcase_add_test (tc, test_lint_format_gnu);
  tcase_add_test (tc, test_lint_format_gnu_verbose_notes);
  tcase_add_test (tc, test_lint_format_json);
  tcase_add_test (tc, test_lint_format_sarif);
  tcase_add_test (tc, test_lint_format_sarif_kept);
  tcase_add_test (tc, test_lint_format_rdjsonl);
  tcase_add_test (tc, test_lint_format_github_limits);
  tcase_add_test (tc, test_lint_format_markdown);
  tcase_add_test (tc, test_lint_format_unknown);
  tcase_add_loop_test (tc, test_lint_suppress, 0, G_N_ELEMENTS (suppress_cases));
  tcase_add_test (tc, test_lint_suppress_other_file);
  tcase_add_test (tc, test_lint_suppress_reason_and_text);
  tcase_add_test (tc, test_lint_baseline_moved_lines);
  tcase_add_test (tc, test_lint_baseline_new_finding);
  tcase_add_test (tc, test_lint_baseline_content_change);
  tcase_add_test (tc, test_lint_baseline_counts_duplicates);
  tcase_add_loop_test (tc, test_lint_baseline_bad, 0, G_N_ELEMENTS (bad_baselines));
  tcase_add_test (tc, test_lint_names_round_trip);
  tcase_add_test (tc, test_lint_run);
  tcase_add_test (tc, test_lint_run_no_draft);
  suite_add_tcase (s, tc);
  return s;
}
