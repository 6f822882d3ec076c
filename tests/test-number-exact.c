/* test-number-exact.c - digit values read without strtod equal g_ascii_strtod's, bit for bit
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

/* Edge rows: short and long mantissas (15 digits is the exact limit), many decimals. */
static const char * const digit_rows[] = {
  "0", "0.0", "0.1", "0.3", "0.7", "1.005", "4.35", "26.3", "2.675", "1,234.5", "999,999,999.999",
  "123456789012345", "1234567890123456", "12345678901234567", "9007199254740993",
  "0.000000000001", "0.1234567890123", "1.23456789012345", "98765.4321098765", ".5", ".0001",
  "1,000,000,000,000", "3.14159265358979", "0.30000000000000004",
};

static double
strtod_plain (const char *s)
{
  GString *plain = g_string_new (NULL);
  for (const char *p = s; *p; p++)
    if (*p != ',')
      g_string_append_c (plain, *p);
  if (plain->str[0] == '.')
    g_string_prepend_c (plain, '0');
  double v = g_ascii_strtod (plain->str, NULL);
  g_string_free (plain, TRUE);
  return v;
}

static void
check_same (const char *s)
{
  XcNumber n;
  ck_assert_msg (xc_number_parse (s, -1, &n), "%s: not parsed", s);
  double want = strtod_plain (s);
  ck_assert_msg (memcmp (&n.value, &want, sizeof want) == 0, "%s: %.17g, strtod %.17g", s, n.value, want);
}

START_TEST (test_digit_rows)
{
  check_same (digit_rows[_i]);
}
END_TEST

/* Random digit strings with up to 18 digits and up to 12 decimals. */
START_TEST (test_digit_random)
{
  GRand *r = g_rand_new_with_seed (20240410);
  char buf[48];
  for (int it = 0; it < 200000; it++)
    {
      int int_digits = g_rand_int_range (r, 1, 13), dec = g_rand_int_range (r, 0, 13);
      gsize k = 0;
      buf[k++] = (char) ('0' + g_rand_int_range (r, 1, 10));
      for (int d = 1; d < int_digits; d++)
        buf[k++] = (char) ('0' + g_rand_int_range (r, 0, 10));
      if (dec > 0)
        {
          buf[k++] = '.';
          for (int d = 0; d < dec; d++)
            buf[k++] = (char) ('0' + g_rand_int_range (r, 0, 10));
        }
      buf[k] = '\0';
      check_same (buf);
    }
  g_rand_free (r);
}
END_TEST

/* Near misses stay misses: separators that do not group by three, a bare point. */
START_TEST (test_digit_misses)
{
  static const char * const misses[] = { "1234,567", "12,34", "1,2345", "1.", "1.2.3", "1,234.5,6", NULL };
  XcNumber n;
  for (const char * const *m = misses; *m; m++)
    ck_assert_msg (!xc_number_parse (*m, -1, &n), "%s parsed", *m);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("number-exact");
  TCase *tc = tcase_create ("digits");
  tcase_set_timeout (tc, 60);
  tcase_add_loop_test (tc, test_digit_rows, 0, G_N_ELEMENTS (digit_rows));
  tcase_add_test (tc, test_digit_random);
  tcase_add_test (tc, test_digit_misses);
  suite_add_tcase (s, tc);
  return s;
}
