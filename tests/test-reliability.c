/* test-reliability.c - hostile input handled, never a crash: JSON nested too
 * deep for the parser, limits on what is read, the identity of documents
 * (docs/reliability.md)
 * SPDX-License-Identifier: MIT */
#include <string.h>
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

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("reliability");
  TCase *tc = tcase_create ("json");
  tcase_add_loop_test (tc, test_json_depth, 0, G_N_ELEMENTS (depth_cases));
  tcase_add_test (tc, test_json_depth_strings);
  suite_add_tcase (s, tc);
  return s;
}
