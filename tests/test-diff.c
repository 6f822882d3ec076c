/* test-diff.c - comparing two comparisons: new and resolved conflicts, changed values, sources
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "lint-build.h"

/* A run over the same three sources; @growth_004 is what the third says. */
static XcComparison *
run_of (double growth_004, gboolean with_extra_source, gboolean rename_ids)
{
  XcComparison *cmp = xc_comparison_new ();
  lb_document (cmp, "000.txt", "Paper A");
  lb_document (cmp, "001.txt", "Paper B");
  lb_document (cmp, "004.txt", "Paper C");
  if (with_extra_source)
    lb_document (cmp, "005.txt", "Paper D");
  gboolean conflict = growth_004 != 26;
  XcGroup *g = lb_group (cmp, rename_ids ? "growth-x" : "growth", "trade · 2023 · growth",
                         conflict ? XC_VERDICT_CONFLICT : XC_VERDICT_AGREE);
  lb_add (cmp, g, lb_claim ("000.txt", "Paper A", 4, 1, "26 percent", 26, 26, NULL));
  lb_add (cmp, g, lb_claim ("001.txt", "Paper B", 9, 1, "26 percent", 26, 26, NULL));
  g_autofree char *t = g_strdup_printf ("%g percent", growth_004);
  lb_add (cmp, g, lb_claim ("004.txt", "Paper C", 2, 1, t, growth_004, growth_004, NULL));
  XcGroup *v = lb_group (cmp, rename_ids ? "value-x" : "value", "trade · 2023 · value", XC_VERDICT_AGREE);
  lb_add (cmp, v, lb_claim ("000.txt", "Paper A", 4, 30, "240", 240, 240, NULL));
  lb_add (cmp, v, lb_claim ("001.txt", "Paper B", 9, 30, "240", 240, 240, NULL));
  XcGroup *s = lb_group (cmp, "single", "ships", XC_VERDICT_SINGLE);
  lb_add (cmp, s, lb_claim ("000.txt", "Paper A", 7, 1, "12", 12, 12, NULL));
  return cmp;
}

typedef struct {
  const char *name;
  double      old_growth, new_growth;
  gboolean    extra_old, extra_new;
  gboolean    rename;
  guint       count[XC_CHANGE_N];
  guint       added, removed;
  const char *detail;    /* expected in the first listed change's details, or NULL */
} DiffCase;

static const DiffCase diff_cases[] = {
  { "same", 25, 25, FALSE, FALSE, FALSE, { 0, 0, 0, 0, 0, 3 }, 0, 0, NULL },
  { "resolved", 25, 26, FALSE, FALSE, FALSE, { 0, 1, 0, 0, 0, 2 }, 0, 0,
    "004.txt: \"25 percent\" (25 %) -> \"26 percent\" (26 %)" },
  { "new-conflict", 26, 27, FALSE, FALSE, FALSE, { 1, 0, 0, 0, 0, 2 }, 0, 0,
    "004.txt: \"26 percent\" (26 %) -> \"27 percent\" (27 %)" },
  { "changed-still-conflict", 25, 24, FALSE, FALSE, FALSE, { 0, 0, 1, 0, 0, 2 }, 0, 0,
    "004.txt: \"25 percent\" (25 %) -> \"24 percent\" (24 %)" },
  { "source-added", 25, 25, FALSE, TRUE, FALSE, { 0, 0, 0, 0, 0, 3 }, 1, 0, NULL },
  { "source-removed", 25, 25, TRUE, FALSE, FALSE, { 0, 0, 0, 0, 0, 3 }, 0, 1, NULL },
  /* ids that moved are paired by their unique label */
  { "ids-moved", 25, 24, FALSE, FALSE, TRUE, { 0, 0, 1, 0, 0, 2 }, 0, 0, NULL },
};

START_TEST (test_diff_table)
{
  const DiffCase *row = &diff_cases[_i];
  XcComparison *a = run_of (row->old_growth, row->extra_old, FALSE);
  XcComparison *b = run_of (row->new_growth, row->extra_new, row->rename);
  g_autoptr(XcDiff) d = xc_diff_comparisons (a, b);
  for (guint k = 0; k < XC_CHANGE_N; k++)
    ck_assert_msg (d->count[k] == row->count[k], "%s: %s = %u", row->name,
                   xc_change_kind_to_string ((XcChangeKind) k), d->count[k]);
  ck_assert_uint_eq (d->sources_added->len, row->added);
  ck_assert_uint_eq (d->sources_removed->len, row->removed);
  if (row->detail)
    {
      const XcChange *c = d->changes->pdata[0];
      ck_assert_uint_eq (c->details->len, 1);
      ck_assert_str_eq (c->details->pdata[0], row->detail);
    }
  lb_free (a);
  lb_free (b);
}
END_TEST

START_TEST (test_diff_added_removed_groups)
{
  XcComparison *a = run_of (25, FALSE, FALSE);
  XcComparison *b = run_of (25, FALSE, FALSE);
  XcGroup *n = lb_group (b, "new-fact", "new fact", XC_VERDICT_CONFLICT);
  lb_add (b, n, lb_claim ("000.txt", "Paper A", 20, 1, "1", 1, 1, NULL));
  lb_add (b, n, lb_claim ("001.txt", "Paper B", 20, 1, "2", 2, 2, NULL));
  XcGroup *o = lb_group (a, "old-fact", "old fact", XC_VERDICT_AGREE);
  lb_add (a, o, lb_claim ("000.txt", "Paper A", 21, 1, "3", 3, 3, NULL));
  g_autoptr(XcDiff) d = xc_diff_comparisons (a, b);
  ck_assert_uint_eq (d->count[XC_CHANGE_NEW_CONFLICT], 1);
  ck_assert_uint_eq (d->count[XC_CHANGE_REMOVED], 1);
  ck_assert_uint_eq (d->count[XC_CHANGE_ADDED], 0);
  ck_assert (xc_diff_has_changes (d));
  lb_free (a);
  lb_free (b);
}
END_TEST

/* ids and labels that both moved: the members' places pair the facts */
START_TEST (test_diff_pairs_by_members)
{
  XcComparison *a = run_of (25, FALSE, FALSE);
  XcComparison *b = run_of (24, FALSE, TRUE);
  for (guint i = 0; i < b->groups->len; i++)
    {
      XcGroup *g = b->groups->pdata[i];
      g_free (g->label);
      g->label = g_strdup_printf ("relabelled %u", i);
    }
  g_autoptr(XcDiff) d = xc_diff_comparisons (a, b);
  ck_assert_uint_eq (d->count[XC_CHANGE_CHANGED], 1);
  ck_assert_uint_eq (d->count[XC_CHANGE_UNCHANGED], 2);
  ck_assert_uint_eq (d->count[XC_CHANGE_ADDED] + d->count[XC_CHANGE_REMOVED], 0);
  /* a group with other members is not paired */
  XcGroup *other = lb_group (b, "zz", "elsewhere", XC_VERDICT_AGREE);
  lb_add (b, other, lb_claim ("001.txt", "Paper B", 40, 1, "3", 3, 3, NULL));
  g_autoptr(XcDiff) d2 = xc_diff_comparisons (a, b);
  ck_assert_uint_eq (d2->count[XC_CHANGE_ADDED], 1);
  lb_free (a);
  lb_free (b);
}
END_TEST

START_TEST (test_diff_formats)
{
  XcComparison *a = run_of (26, FALSE, FALSE);
  XcComparison *b = run_of (27, TRUE, FALSE);
  g_autoptr(XcDiff) d = xc_diff_comparisons (a, b);
  g_autoptr(GString) text = g_string_new (NULL);
  ck_assert (xc_diff_write (d, "text", FALSE, text, NULL));
  ck_assert_str_eq (text->str,
    "1 new conflict, 0 resolved, 0 changed, 0 added, 0 removed; sources: 1 added, 0 removed\n"
    "\n"
    "New conflicts:\n"
    "  trade · 2023 · growth [growth]: agree -> conflict\n"
    "    004.txt: \"26 percent\" (26 %) -> \"27 percent\" (27 %)\n"
    "\n"
    "Sources added:\n"
    "  005.txt (Paper D)\n");
  /* unchanged facts only when asked */
  g_autoptr(GString) all = g_string_new (NULL);
  ck_assert (xc_diff_write (d, "text", TRUE, all, NULL));
  ck_assert_ptr_nonnull (strstr (all->str, "Unchanged:\n  ships [single]: single -> single\n"));

  g_autoptr(GString) md = g_string_new (NULL);
  ck_assert (xc_diff_write (d, "markdown", FALSE, md, NULL));
  ck_assert (g_str_has_prefix (md->str, "### crosscheck diff\n"));
  ck_assert_ptr_nonnull (strstr (md->str, "#### New conflicts (1)\n\n| Fact | Verdict | Values |\n"));
  ck_assert_ptr_nonnull (strstr (md->str, "| trade · 2023 · growth `growth` | agree → conflict | 004.txt:"));

  g_autoptr(GString) js = g_string_new (NULL);
  ck_assert (xc_diff_write (d, "json", FALSE, js, NULL));
  g_autoptr(JsonParser) p = json_parser_new ();
  ck_assert (json_parser_load_from_data (p, js->str, -1, NULL));
  JsonObject *o = json_node_get_object (json_parser_get_root (p));
  ck_assert_int_eq (json_object_get_int_member (json_object_get_object_member (o, "summary"), "new-conflict"), 1);
  JsonArray *ch = json_object_get_array_member (o, "changes");
  ck_assert_uint_eq (json_array_get_length (ch), 1);
  JsonObject *c0 = json_array_get_object_element (ch, 0);
  ck_assert_str_eq (json_object_get_string_member (c0, "change"), "new-conflict");
  ck_assert_str_eq (json_object_get_string_member (c0, "old_verdict"), "agree");
  ck_assert_str_eq (json_object_get_string_member (c0, "new_verdict"), "conflict");
  ck_assert_uint_eq (json_array_get_length (json_object_get_array_member (o, "sources_added")), 1);

  g_autoptr(GError) error = NULL;
  g_autoptr(GString) bad = g_string_new (NULL);
  ck_assert (!xc_diff_write (d, "html", FALSE, bad, &error));
  lb_free (a);
  lb_free (b);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("diff");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_diff_table, 0, G_N_ELEMENTS (diff_cases));
  tcase_add_test (tc, test_diff_added_removed_groups);
  tcase_add_test (tc, test_diff_pairs_by_members);
  tcase_add_test (tc, test_diff_formats);
  suite_add_tcase (s, tc);
  return s;
}
