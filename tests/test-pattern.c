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

/* XC_PATTERN_CASE must leave every PCRE2 option the project passes beside it
 * in force: each row is a pattern that behaves differently when the option
 * is lost. */
typedef struct {
  const char *regex;
  guint32     option;
  const char *text;
  gsize       start;
  gboolean    match;
} FlagCase;

static const FlagCase flag_cases[] = {
  { "b", PCRE2_ANCHORED, "ab", 0, FALSE },
  { "^b", PCRE2_MULTILINE, "a\nb", 0, TRUE },
  { "(?<n>a)|(?<n>b)", PCRE2_DUPNAMES, "b", 0, TRUE },
  { "^.$", PCRE2_UTF, "é", 0, TRUE },
  { "^\\w$", PCRE2_UTF | PCRE2_UCP, "é", 0, TRUE },
};

START_TEST (test_pattern_flag_keeps_options)
{
  const FlagCase *c = &flag_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(XcPattern) p = xc_pattern_new ("flag", c->regex, c->option | XC_PATTERN_CASE, &error);
  ck_assert_msg (p != NULL, "/%s/: %s", c->regex, error ? error->message : "?");
  gboolean m = xc_pattern_match (p, c->text, strlen (c->text), c->start, &error);
  ck_assert_msg (m == c->match, "/%s/ with option 0x%x on '%s'", c->regex, c->option, c->text);
  /* and the case stays exact */
  g_autofree char *upper = g_ascii_strup (c->text, -1);
  if (c->match && strcmp (upper, c->text) != 0 && g_str_is_ascii (c->text))
    ck_assert (!xc_pattern_match (p, upper, strlen (upper), c->start, &error));
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("pattern");
  TCase *tc = tcase_create ("pattern");
  tcase_add_loop_test (tc, test_pattern_match, 0, G_N_ELEMENTS (pattern_cases));
  tcase_add_test (tc, test_pattern_named_groups_and_errors);
  tcase_add_loop_test (tc, test_pattern_flag_keeps_options, 0, G_N_ELEMENTS (flag_cases));
  suite_add_tcase (s, tc);
  return s;
}
