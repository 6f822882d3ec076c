/* test-number.c - number expressions: digits, words, scales; near misses
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include "xc-test.h"
#include "xc-private.h"

typedef struct {
  const char *text;
  gboolean    ok;
  double      value;
  double      step;
} NumberCase;

static const NumberCase number_cases[] = {
  { "240", TRUE, 240, 1 },
  { "26.3", TRUE, 26.3, 0.1 },
  { "1,234", TRUE, 1234, 1 },
  { "1,234,567.89", TRUE, 1234567.89, 0.01 },
  { "840,000", TRUE, 840000, 1 },
  { "0.5", TRUE, 0.5, 0.1 },
  { ".5", TRUE, 0.5, 0.1 },
  { "240 billion", TRUE, 240e9, 1e9 },
  { "240.1 billion", TRUE, 240.1e9, 0.1e9 },
  { "1.5 million", TRUE, 1.5e6, 0.1e6 },
  { "3bn", TRUE, 3e9, 1e9 },
  { "3 bn", TRUE, 3e9, 1e9 },
  { "12k", TRUE, 12e3, 1e3 },
  { "4.2tn", TRUE, 4.2e12, 0.1e12 },
  { "2 trillion", TRUE, 2e12, 1e12 },
  { "5m", TRUE, 5e6, 1e6 },
  { "7 mn", TRUE, 7e6, 1e6 },
  { "one", TRUE, 1, 1 },
  { "two", TRUE, 2, 1 },
  { "Nineteen", TRUE, 19, 1 },
  { "twenty", TRUE, 20, 1 },
  { "twenty-five", TRUE, 25, 1 },
  { "twenty five", TRUE, 25, 1 },
  { "ninety-nine", TRUE, 99, 1 },
  { "a hundred", TRUE, 100, 100 },
  { "one hundred", TRUE, 100, 100 },
  { "three hundred", TRUE, 300, 100 },
  { "three hundred and twenty", TRUE, 320, 1 },
  { "a thousand", TRUE, 1000, 1000 },
  { "four thousand", TRUE, 4000, 1000 },
  { "two million", TRUE, 2e6, 1e6 },
  { "a million", TRUE, 1e6, 1e6 },
  { "a dozen", TRUE, 12, 1 },
  { "dozen", TRUE, 12, 1 },
  { "half", TRUE, 0.5, 0.5 },
  { "a half", TRUE, 0.5, 0.5 },
  { "a third", TRUE, 1.0 / 3, 1.0 / 3 },
  { "a quarter", TRUE, 0.25, 0.25 },
  { "a", TRUE, 1, 1 },
  { "an", TRUE, 1, 1 },
  { "  42  ", TRUE, 42, 1 },
  { "half a million", TRUE, 5e5, 5e5 },
  { "a quarter of a million", TRUE, 2.5e5, 2.5e5 },
  { "a third of a billion", TRUE, 1e9 / 3, 1e9 / 3 },
  { "one and a half million", TRUE, 1.5e6, 0.5e6 },
  { "two and a half billion", TRUE, 2.5e9, 0.5e9 },
  { "two dozen", TRUE, 24, 12 },
  /* near misses */
  { "", FALSE, 0, 0 },
  { "abc", FALSE, 0, 0 },
  { "1,23", FALSE, 0, 0 },
  { "1,2345", FALSE, 0, 0 },
  { ",123", FALSE, 0, 0 },
  { "1234,567", FALSE, 0, 0 },
  { "12.", FALSE, 0, 0 },
  { "12 apples", FALSE, 0, 0 },
  { "a two", FALSE, 0, 0 },
  { "hundred", FALSE, 0, 0 },
  { "third", FALSE, 0, 0 },
  { "twenty-five hundred", TRUE, 2500, 100 },
  { "5 hundred", FALSE, 0, 0 },
  { "million", FALSE, 0, 0 },
  { "$5", FALSE, 0, 0 },
  { "half a", FALSE, 0, 0 },
  { "one and a", FALSE, 0, 0 },
  { "5%", FALSE, 0, 0 },
};

START_TEST (test_number_parse)
{
  const NumberCase *c = &number_cases[_i];
  XcNumber n;
  gboolean ok = xc_number_parse (c->text, -1, &n);
  ck_assert_msg (ok == c->ok, "'%s': parsed=%d, expected %d", c->text, ok, c->ok);
  if (ok)
    {
      ck_assert_msg (fabs (n.value - c->value) <= 1e-9 * MAX (1, fabs (c->value)),
                     "'%s': value %.17g, expected %.17g", c->text, n.value, c->value);
      ck_assert_msg (fabs (n.step - c->step) <= 1e-9 * MAX (1, fabs (c->step)),
                     "'%s': step %.17g, expected %.17g", c->text, n.step, c->step);
    }
}
END_TEST

START_TEST (test_number_scale)
{
  ck_assert (xc_number_scale ("billion", -1) == 1e9);
  ck_assert (xc_number_scale ("bn", -1) == 1e9);
  ck_assert (xc_number_scale ("K", -1) == 1e3);
  ck_assert (xc_number_scale ("hundred", -1) == 0);
  ck_assert (xc_number_scale ("apples", -1) == 0);
}
END_TEST

START_TEST (test_number_interval)
{
  XcNumber n;
  XcInterval iv;
  ck_assert (xc_number_parse ("26", -1, &n));
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_EXACT);
  ck_assert (iv.lo == 25.5 && iv.hi == 26.5 && !iv.lo_open && iv.hi_open);
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_MORE_THAN);
  ck_assert (iv.lo == 26 && iv.lo_open && isinf (iv.hi));
  ck_assert (xc_number_parse ("240 billion", -1, &n));
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_EXACT);
  ck_assert (iv.lo == 239.5e9 && iv.hi == 240.5e9);
  ck_assert (xc_number_parse ("300", -1, &n));
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_APPROX);
  ck_assert (iv.lo == 270 && iv.hi == 330);
  /* trailing zeros: rounded to at most 2.5% of the value (docs/claims.md) */
  ck_assert (xc_number_parse ("840,000", -1, &n));
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_EXACT);
  ck_assert (iv.lo == 835000 && iv.hi == 845000);
  ck_assert (xc_number_parse ("2,000", -1, &n));
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_EXACT);
  ck_assert (iv.lo == 1950 && iv.hi == 2050);
  ck_assert (xc_number_parse ("2,400", -1, &n));
  xc_interval_from_number (&iv, &n, XC_QUALIFIER_EXACT);
  ck_assert (iv.lo == 2399.5 && iv.hi == 2400.5);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("number");
  TCase *tc = tcase_create ("parse");
  tcase_add_loop_test (tc, test_number_parse, 0, G_N_ELEMENTS (number_cases));
  tcase_add_test (tc, test_number_scale);
  tcase_add_test (tc, test_number_interval);
  suite_add_tcase (s, tc);
  return s;
}
