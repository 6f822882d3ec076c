/* test-compare.c - a comparison run as a whole: input order never changes the
 * result, group ids and order, group lookup, the claims compatibility check
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"

typedef struct {
  const char *file;
  const char *source;
  XcKind      kind;
  const char *sentence;
  const char *text;
  double      lo, hi;
  const char *unit;      /* or the ISO date */
  XcDirection dir;
  const char *scope;
  gboolean    is_scope;
} Row;

#define UP XC_DIRECTION_UP
#define DOWN XC_DIRECTION_DOWN
#define NONE XC_DIRECTION_NONE

static const Row rows[] = {
  { "a.txt", "Alpha", XC_KIND_MONEY, "Cargo handled at the port of Valmora reached €3.2 billion in 2024, the port authority said.", "€3.2 billion", 3.15e9, 3.25e9, "EUR", NONE, "2024", FALSE },
  { "a.txt", "Alpha", XC_KIND_DATE, "Cargo handled at the port of Valmora reached €3.2 billion in 2024, the port authority said.", "2024", 0, 0, "2024", NONE, NULL, TRUE },
  { "a.txt", "Alpha", XC_KIND_PERCENT, "That was up 12 percent on the year before, the port authority said of Valmora's cargo.", "12 percent", 11.5, 12.5, "%", UP, "2024", FALSE },
  { "a.txt", "Alpha", XC_KIND_DATE, "Storm Edda struck the Valmora coast on March 2 with gusts of 140 km/h.", "March 2", 0, 0, "2025-03-02", NONE, NULL, FALSE },
  { "b.txt", "Beta", XC_KIND_MONEY, "The Valmora port authority put last year's cargo at €3.2 billion.", "€3.2 billion", 3.15e9, 3.25e9, "EUR", NONE, "2024", FALSE },
  { "b.txt", "Beta", XC_KIND_PERCENT, "Valmora's cargo grew 14 percent on the year, the port authority said.", "14 percent", 13.5, 14.5, "%", UP, "2024", FALSE },
  { "b.txt", "Beta", XC_KIND_DATE, "Edda hit the Valmora coast on March 2, tearing containers from the quay.", "March 2", 0, 0, "2025-03-02", NONE, NULL, FALSE },
  { "c.txt", "Gamma", XC_KIND_PERCENT, "Cargo through Valmora rose 12.4 percent on the year, the port authority reported.", "12.4 percent", 12.35, 12.45, "%", UP, "2024", FALSE },
  { "c.txt", "Gamma", XC_KIND_DATE, "Storm Edda struck the coast at Valmora on March 3, port officials said.", "March 3", 0, 0, "2025-03-03", NONE, NULL, FALSE },
  { "c.txt", "Gamma", XC_KIND_COUNT, "About 300 dock workers were sent home during the shutdown in Valmora.", "300 dock workers", 270, 330, "worker", NONE, NULL, FALSE },
  { "d.txt", NULL, XC_KIND_COUNT, "Some 300 dock workers in Valmora were sent home during the shutdown.", "300 dock workers", 299.5, 300.5, "worker", NONE, NULL, FALSE },
  { "d.txt", NULL, XC_KIND_MONEY, "Repairs to the Valmora breakwater will cost €18 million, the harbour master said.", "€18 million", 17.5e6, 18.5e6, "EUR", NONE, NULL, FALSE },
  { "d.txt", NULL, XC_KIND_PERCENT, "Cargo handled at the port of Valmora fell 3 percent in 2023, the port authority said.", "3 percent", 2.5, 3.5, "%", DOWN, "2023", FALSE },
};

static XcClaim *
make_claim (const Row *r, guint i)
{
  XcClaim *c = xc_claim_new (r->kind);
  c->file = g_strdup (r->file);
  c->source = g_strdup (r->source);
  c->sentence = g_strdup (r->sentence);
  c->text = g_strdup (r->text);
  const char *at = strstr (r->sentence, r->text);
  ck_assert (at != NULL);
  c->sentence_offset = 200 * i;
  c->offset = c->sentence_offset + (gsize) (at - r->sentence);
  c->length = strlen (r->text);
  c->direction = r->dir;
  c->scope = g_strdup (r->scope);
  c->is_scope = r->is_scope;
  if (r->kind == XC_KIND_DATE)
    c->iso = g_strdup (r->unit);
  else
    {
      c->unit = g_strdup (r->unit);
      c->value = (r->lo + r->hi) / 2;
      c->interval.lo = r->lo;
      c->interval.hi = r->hi;
      c->interval.hi_open = TRUE;
    }
  return c;
}

/* Documents in the order of @perm, each document's claims in reverse when @reverse. */
static XcComparison *
run_in_order (const guint *perm, gboolean reverse)
{
  static const char * const files[] = { "a.txt", "b.txt", "c.txt", "d.txt" };
  XcComparison *cmp = xc_comparison_new ();
  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      const char *file = files[perm[f]];
      GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      const char *source = NULL;
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        if (g_str_equal (rows[i].file, file))
          {
            g_ptr_array_insert (claims, reverse ? 0 : -1, make_claim (&rows[i], i));
            source = rows[i].source;
          }
      xc_comparison_add_document (cmp, file, source, NULL, NULL, claims);
    }
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  return cmp;
}

static char *
dump (const XcComparison *cmp)
{
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "%u %u %u\n", cmp->n_conflicts, cmp->n_agree, cmp->n_single);
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      const XcGroup *g = cmp->groups->pdata[i];
      g_string_append_printf (s, "%s|%s|%s|%s|%u|%u|%d\n", g->id, xc_verdict_to_string (g->verdict), g->label,
                              g->reason, g->n_sources, g->n_voices, g->outlier_tie);
      for (guint m = 0; m < g->members->len; m++)
        {
          const XcMember *mb = g->members->pdata[m];
          g_string_append_printf (s, "  %s:%zu %d %u %d\n", mb->claim->file, mb->claim->offset, mb->outlier,
                                  mb->voice, mb->wire_copy);
        }
    }
  return g_string_free (s, FALSE);
}

static const guint perms[][4] = {
  { 0, 1, 2, 3 }, { 3, 2, 1, 0 }, { 1, 3, 0, 2 }, { 2, 0, 3, 1 }, { 3, 0, 1, 2 }, { 1, 2, 3, 0 },
};

START_TEST (test_compare_order_independent)
{
  g_autoptr(XcComparison) base = run_in_order (perms[0], FALSE);
  g_autofree char *want = dump (base);
  g_autoptr(XcComparison) other = run_in_order (perms[_i / 2], _i % 2);
  g_autofree char *got = dump (other);
  ck_assert_str_eq (got, want);
}
END_TEST

START_TEST (test_compare_groups)
{
  g_autoptr(XcComparison) cmp = run_in_order (perms[0], FALSE);

  /* the growth figures conflict (14 is the odd one out), the storm day conflicts without a majority */
  ck_assert_uint_eq (cmp->n_conflicts, 2);
  ck_assert_uint_eq (cmp->n_conflicts + cmp->n_agree + cmp->n_single, cmp->groups->len);
  for (guint i = 1; i < cmp->groups->len; i++)
    {
      const XcGroup *a = cmp->groups->pdata[i - 1], *b = cmp->groups->pdata[i];
      int ra = a->verdict == XC_VERDICT_CONFLICT ? 0 : a->verdict == XC_VERDICT_AGREE ? 1 : 2;
      int rb = b->verdict == XC_VERDICT_CONFLICT ? 0 : b->verdict == XC_VERDICT_AGREE ? 1 : 2;
      ck_assert_int_le (ra, rb);
      if (ra == rb)
        ck_assert_int_le (strcmp (a->label, b->label), 0);
      ck_assert_str_ne (a->id, b->id);
    }
  for (guint i = 0; i < cmp->claims->len; i++)
    {
      XcClaim *c = cmp->claims->pdata[i];
      XcGroup *g = xc_comparison_group_of (cmp, c);
      if (c->is_scope)
        {
          ck_assert_ptr_null (g);
          continue;
        }
      ck_assert_ptr_nonnull (g);
      gboolean found = FALSE;
      for (guint m = 0; m < g->members->len; m++)
        found |= ((XcMember *) g->members->pdata[m])->claim == c;
      ck_assert (found);
      if (g_str_equal (c->text, "14 percent"))
        {
          ck_assert_int_eq (g->verdict, XC_VERDICT_CONFLICT);
          ck_assert_uint_eq (g->members->len, 3);
          for (guint m = 0; m < g->members->len; m++)
            {
              XcMember *mb = g->members->pdata[m];
              ck_assert_int_eq (mb->outlier, mb->claim == c);
            }
        }
      if (g_str_equal (c->text, "3 percent") || g_str_equal (c->text, "€18 million"))
        ck_assert_int_eq (g->verdict, XC_VERDICT_SINGLE);
      if (g_str_equal (c->text, "300 dock workers") || g_str_equal (c->text, "€3.2 billion"))
        ck_assert_int_eq (g->verdict, XC_VERDICT_AGREE);
    }
}
END_TEST

START_TEST (test_compare_ids_ignore_values)
{
  /* the same facts with other values keep their ids: diff matches groups by id */
  g_autoptr(XcComparison) a = run_in_order (perms[0], FALSE);
  g_autoptr(XcComparison) b = xc_comparison_new ();
  for (guint f = 0; f < 4; f++)
    {
      GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      const char *file = (const char *[]) { "a.txt", "b.txt", "c.txt", "d.txt" }[f];
      const char *source = NULL;
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        if (g_str_equal (rows[i].file, file))
          {
            XcClaim *c = make_claim (&rows[i], i);
            if (g_str_equal (c->text, "14 percent"))
              {
                c->interval.lo = 11.5;
                c->interval.hi = 12.5;
                c->value = 12;
              }
            g_ptr_array_add (claims, c);
            source = rows[i].source;
          }
      xc_comparison_add_document (b, file, source, NULL, NULL, claims);
    }
  ck_assert (xc_comparison_run (b, NULL, NULL));
  for (guint i = 0; i < a->claims->len; i++)
    {
      XcGroup *ga = xc_comparison_group_of (a, a->claims->pdata[i]);
      XcGroup *gb = xc_comparison_group_of (b, b->claims->pdata[i]);
      if (ga == NULL)
        continue;
      ck_assert_str_eq (ga->id, gb->id);
    }
}
END_TEST

/* A label shows a word as running text writes it: not in a dateline's
 * capitals when the run also writes it normally, not with a possessive ending. */
START_TEST (test_compare_label_words)
{
  static const Row label_rows[] = {
    { "a.txt", "Alpha", XC_KIND_DURATION, "KESTRIA CITY, May 15 (Wire) - Norland's president began a three-day visit to Kestria.", "three-day", 0, 0, "P3D", NONE, NULL, FALSE },
    { "b.txt", "Beta", XC_KIND_DURATION, "Norland's president is on a three-day visit to Kestria, her first.", "three-day", 0, 0, "P3D", NONE, NULL, FALSE },
  };
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  for (guint i = 0; i < G_N_ELEMENTS (label_rows); i++)
    {
      GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      XcClaim *c = make_claim (&label_rows[i], i);
      g_free (c->unit);
      c->unit = NULL;
      c->iso = g_strdup ("P3D");
      c->interval.lo = 2.5;
      c->interval.hi = 3.5;
      g_ptr_array_add (claims, c);
      xc_comparison_add_document (cmp, label_rows[i].file, label_rows[i].source, NULL, NULL, claims);
    }
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  ck_assert_uint_eq (cmp->groups->len, 1);
  const XcGroup *g = cmp->groups->pdata[0];
  ck_assert_msg (strstr (g->label, "Kestria") != NULL && strstr (g->label, "KESTRIA") == NULL, "label '%s'", g->label);
  ck_assert_msg (strstr (g->label, "Norland") != NULL && strstr (g->label, "Norland's") == NULL, "label '%s'", g->label);
}
END_TEST

START_TEST (test_compare_empty)
{
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  xc_comparison_add_document (cmp, "broken.txt", NULL, NULL, "cannot read", NULL);
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  ck_assert_uint_eq (cmp->groups->len, 0);
  ck_assert_uint_eq (cmp->documents->len, 1);
  /* running twice gives the same result */
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  ck_assert_uint_eq (cmp->groups->len, 0);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("compare");
  TCase *tc = tcase_create ("run");
  tcase_add_loop_test (tc, test_compare_order_independent, 0, 2 * G_N_ELEMENTS (perms));
  tcase_add_test (tc, test_compare_groups);
  tcase_add_test (tc, test_compare_ids_ignore_values);
  tcase_add_test (tc, test_compare_empty);
  tcase_add_test (tc, test_compare_label_words);
  suite_add_tcase (s, tc);
  return s;
}
