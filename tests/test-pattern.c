/* test-pattern.c - the PCRE2 wrapper: flags, anchoring, groups
 * SPDX-License-Identifier: MIT */
#include "xc-test.h"
#include "xc-private.h"
#include "xc-pattern-private.h"

typedef struct {
  const char *regex;
  guint32     flags;
  const char *text;
  gsize       start;
  gboolean    match;
  gsize       m_start, m_end;
} PatternCase;

static const PatternCase pattern_cases[] = {
  { "abc", 0, "xxABC", 0, TRUE, 2, 5 },                              /* caseless by default */
  { "abc", XC_PATTERN_CASE, "xxABC", 0, FALSE },
  { "abc", XC_PATTERN_CASE, "xxabc", 0, TRUE, 2, 5 },
  { "abc", PCRE2_ANCHORED, "xxabc", 0, FALSE },                       /* anchored at the start offset */
  { "abc", PCRE2_ANCHORED, "xxabc", 2, TRUE, 2, 5 },
  { "abc", PCRE2_ANCHORED | XC_PATTERN_CASE, "xxabc", 0, FALSE },     /* both flags hold together */
  { "abc", PCRE2_ANCHORED | XC_PATTERN_CASE, "xxABC", 2, FALSE },
  { "\\d+", 0, "é 42", 0, TRUE, 3, 5 },                               /* byte offsets in UTF-8 */
  { "\\bmay\\b", 0, "Mayor May", 0, TRUE, 6, 9 },
};

START_TEST (test_pattern_match)
{
  const PatternCase *c = &pattern_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(XcPattern) p = xc_pattern_new ("t", c->regex, c->flags, &error);
  ck_assert_ptr_nonnull (p);
  gboolean m = xc_pattern_match (p, c->text, strlen (c->text), c->start, &error);
  ck_assert_msg (m == c->match, "/%s/ on '%s' at %zu", c->regex, c->text, c->start);
  ck_assert_ptr_null (error);
  if (m)
    {
      gsize s, e;
      ck_assert (xc_pattern_group (p, 0, &s, &e));
      ck_assert_uint_eq (s, c->m_start);
      ck_assert_uint_eq (e, c->m_end);
    }
}
END_TEST

START_TEST (test_pattern_named_groups_and_errors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcPattern) p = xc_pattern_new ("t", "(?<a>x)|(?<a>y)(?<b>z)", PCRE2_DUPNAMES, &error);
  ck_assert_ptr_nonnull (p);
  ck_assert (xc_pattern_match (p, "yz", 2, 0, &error));
  gsize s, e;
  ck_assert (xc_pattern_named (p, "a", &s, &e));
  ck_assert_uint_eq (s, 0);
  ck_assert (xc_pattern_named (p, "b", &s, &e));
  ck_assert_uint_eq (s, 1);
  ck_assert (!xc_pattern_named (p, "nope", &s, &e));
  ck_assert_int_gt (xc_pattern_group_number (p, "b"), 0);
  /* a broken pattern names itself and the offset */
  g_autoptr(XcPattern) bad = xc_pattern_new ("broken", "(abc", 0, &error);
  ck_assert_ptr_null (bad);
  ck_assert (g_error_matches (error, XC_ERROR, XC_ERROR_PATTERN));
  ck_assert (strstr (error->message, "'broken'") != NULL);
}
END_TEST

START_TEST (test_pattern_flag_is_free)
{
  ck_assert_msg ((XC_PATTERN_CASE & (PCRE2_ANCHORED | PCRE2_CASELESS | PCRE2_DUPNAMES | PCRE2_MULTILINE
                                     | PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | PCRE2_NO_START_OPTIMIZE)) == 0,
                 "XC_PATTERN_CASE collides with a PCRE2 option");
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("pattern");
  TCase *tc = tcase_create ("pattern");
  tcase_add_loop_test (tc, test_pattern_match, 0, G_N_ELEMENTS (pattern_cases));
  tcase_add_test (tc, test_pattern_named_groups_and_errors);
  tcase_add_test (tc, test_pattern_flag_is_free);
  suite_add_tcase (s, tc);
  return s;
}
