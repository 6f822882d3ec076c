/* test-quantity-fixtures.c - golden tests: fixtures/extract/quantity-<case>.txt -> .expected
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

/* The .expected format, one numeric claim (money, percent, measure, count) a
 * line, in text order, fields separated by one TAB:
 *
 *   KIND  VALUE  UNIT  QUALIFIER  DIRECTION  FLAGS  TEXT
 *
 * VALUE is the number as "%.15g" ("240000000000", "26.3"), a range "LO..HI";
 * UNIT, DIRECTION and FLAGS are "-" when empty; FLAGS is a comma list of
 * "share", "vague", "basis=<basis>" and "previous" (an old value compared
 * with: "up from 35", "against 18%"); TEXT is the claim's span as written.
 * Lines starting with '#' and blank lines are ignored. Every line must match,
 * and no other numeric claim may be found: the near-miss fixtures list none.
 * XC_WRITE_EXPECTED=1 rewrites the files from what is found (review the diff!). */

static const char * const fixture_cases[] = {
  "quantity-trade",
  "quantity-changes",
  "quantity-measures",
  "quantity-counts",
  "quantity-ranges",
  "quantity-near-misses",
  "quantity-forms",
  "quantity-comparisons",
};

static void
append_number (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.15g", v));
}

static char *
claim_line (const XcClaim *c)
{
  GString *s = g_string_new (xc_kind_to_string (c->kind));
  g_string_append_c (s, '\t');
  append_number (s, c->value);
  if (c->qualifier == XC_QUALIFIER_RANGE)
    {
      g_string_append (s, "..");
      append_number (s, c->value_high);
    }
  g_string_append_printf (s, "\t%s\t%s\t%s\t", c->unit ? c->unit : "-",
                          xc_qualifier_to_string (c->qualifier),
                          c->direction ? xc_direction_to_string (c->direction) : "-");
  g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func (g_free);
  if (c->share)
    g_ptr_array_add (flags, g_strdup ("share"));
  if (c->vague)
    g_ptr_array_add (flags, g_strdup ("vague"));
  if (c->basis)
    g_ptr_array_add (flags, g_strdup_printf ("basis=%s", c->basis));
  if (c->previous)
    g_ptr_array_add (flags, g_strdup ("previous"));
  if (flags->len == 0)
    g_string_append_c (s, '-');
  for (guint i = 0; i < flags->len; i++)
    g_string_append_printf (s, "%s%s", i ? "," : "", (char *) flags->pdata[i]);
  g_string_append_printf (s, "\t%s", c->text);
  return g_string_free (s, FALSE);
}

START_TEST (test_quantity_fixture)
{
  const char *name = fixture_cases[_i];
  g_autofree char *txt_rel = g_strdup_printf ("extract/%s.txt", name);
  g_autofree char *exp_rel = g_strdup_printf ("extract/%s.expected", name);
  g_autofree char *txt_path = xc_test_fixture_path (txt_rel);
  g_autofree char *exp_path = xc_test_fixture_path (exp_rel);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  ck_assert_msg (g_file_get_contents (txt_path, &text, NULL, &error), "%s", error ? error->message : "");
  g_autoptr(GPtrArray) claims = xc_test_extract (text, "2024-04-09");
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      if (c->kind == XC_KIND_MONEY || c->kind == XC_KIND_PERCENT || c->kind == XC_KIND_MEASURE
          || c->kind == XC_KIND_COUNT)
        g_ptr_array_add (found, claim_line (c));
    }
  if (g_getenv ("XC_WRITE_EXPECTED"))
    {
      GString *out = g_string_new ("# KIND\tVALUE\tUNIT\tQUALIFIER\tDIRECTION\tFLAGS\tTEXT (tests/test-quantity-fixtures.c)\n");
      for (guint i = 0; i < found->len; i++)
        g_string_append_printf (out, "%s\n", (char *) found->pdata[i]);
      g_file_set_contents (exp_path, out->str, -1, NULL);
      g_string_free (out, TRUE);
    }
  g_autofree char *expected = NULL;
  ck_assert_msg (g_file_get_contents (exp_path, &expected, NULL, &error), "%s", error ? error->message : "");
  g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);
  guint k = 0;
  for (guint i = 0; lines[i]; i++)
    {
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      ck_assert_msg (k < found->len, "%s: expected '%s', found nothing more", name, lines[i]);
      ck_assert_msg (g_str_equal (lines[i], found->pdata[k]), "%s: expected\n  '%s'\nfound\n  '%s'", name,
                     lines[i], (char *) found->pdata[k]);
      k++;
    }
  ck_assert_msg (k == found->len, "%s: unexpected claim '%s'", name,
                 k < found->len ? (char *) found->pdata[k] : "");
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("quantity-fixtures");
  TCase *tc = tcase_create ("golden");
  tcase_add_loop_test (tc, test_quantity_fixture, 0, G_N_ELEMENTS (fixture_cases));
  suite_add_tcase (s, tc);
  return s;
}
