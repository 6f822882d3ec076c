/* test-quantity-forms.c - figures that name a point: ages, ordinals, records and scores
 * (expression -> kind, value, unit, parts), their near misses, JSON and comparison
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

/* One row: the first age, ordinal or record claim of @text must have these
 * fields; kind NULL: none of those kinds at all. @span NULL: not checked.
 * @parts: a record's parts as "45-7-2". */
typedef struct {
  const char *text;
  const char *kind;
  double      value;
  const char *unit;
  const char *span;
  const char *parts;
  const char *qualifier;
} FormCase;

#define AGE(t, v, s) { t, "age", v, "years", s, NULL, NULL }
#define ORD(t, v, u, s) { t, "ordinal", v, u, s, NULL, NULL }
#define REC(t, p, s) { t, "record", 0, NULL, s, p, NULL }
#define NO_FORM(t) { t, NULL, 0, NULL, NULL, NULL, NULL }

static const FormCase form_cases[] = {
  /* ages: the compound, words, "years old", a range */
  AGE ("Police detained a 19-year-old student.", 19, "19-year-old"),
  AGE ("The 72-year-old farmer refused to leave.", 72, "72-year-old"),
  AGE ("A 44-year old cook was hurt.", 44, "44-year old"),
  AGE ("Twelve-year-old Mira won the prize.", 12, "Twelve-year-old"),
  AGE ("The 8-year-old's parents spoke.", 8, "8-year-old"),
  AGE ("The driver was 58 years old.", 58, "58 years old"),
  AGE ("She was 90 years of age.", 90, "90 years of age"),
  { "Two guards, between 20 and 25 years old, fled.", "age", 20, "years", "between 20 and 25 years old", NULL, "range" },
  /* ages after a name, and after "aged"/"ages" */
  AGE ("Tomas Brenner, 63, chairs the board.", 63, "63"),
  AGE ("The mayor thanked Ines Okafor, 29, for her help.", 29, "29"),
  AGE ("The coach praised Kovac (Kiki), 17, after the game.", 17, "17"),
  AGE ("The winner was Dana Ruiz, 34.", 34, "34"),
  AGE ("A woman aged 81 was rescued.", 81, "81"),
  AGE ("He leaves three daughters, ages 4 and 9.", 4, "4"),
  AGE ("The pension age will rise to 67.", 67, "67"),
  AGE ("Workers may retire at the age of 60.", 60, "60"),
  /* ordinals: a noun after the rank, modifiers, compounds, bare ranks, digits */
  ORD ("She won in the ninth round.", 9, "round", "ninth round"),
  ORD ("It was the crew's fourth rescue operation.", 4, "operation", "fourth rescue operation"),
  ORD ("It was their third straight loss.", 3, "loss", "third straight loss"),
  ORD ("The port closed for the sixth time this year.", 6, "time", "sixth time"),
  ORD ("He scored a tenth-minute goal.", 10, "minute", "tenth-minute"),
  ORD ("The ferry made its 12th crossing.", 12, "crossing", "12th crossing"),
  ORD ("He lost a 3rd-round match.", 3, "round", "3rd-round"),
  ORD ("It was his seventh successful title defense.", 7, "defense", "seventh successful title defense"),
  ORD ("She tired in the eighth, and lost.", 8, NULL, "eighth"),
  ORD ("The team's fifth of the season came late.", 5, NULL, "fifth"),
  ORD ("It was the twenty-first meeting of the two.", 21, "meeting", "twenty-first meeting"),
  ORD ("He became the fourth Harbour Board Chairman to quit.", 4, "chairman", "fourth Harbour Board Chairman"),
  ORD ("She lost a bitterly one-sided ninth round.", 9, "round", "ninth round"),
  ORD ("It was a dominant tenth-round stoppage.", 10, "round", "tenth-round"),
  ORD ("In the fifth Ortega landed a hook.", 5, NULL, "fifth"),
  NO_FORM ("The fifth Ortega landed a hook."),
  NO_FORM ("He finished third in the race."),
  /* records and scores */
  REC ("The champion (38-2, 30 KOs) defended his belt.", "38-2", "38-2"),
  REC ("The veteran is 27-9-3 as a professional.", "27-9-3", "27-9-3"),
  REC ("The visitors won 4-1 on Sunday.", "4-1", "4-1"),
  REC ("The hosts lost 1-3 at home.", "1-3", "1-3"),
  REC ("They finished with a 6-10 record.", "6-10", "6-10"),
  REC ("It ended in a 2–0 win for the league leaders.", "2-0", "2–0"),
  REC ("The challenger, 19-0, stayed unbeaten.", "19-0", "19-0"),

  /* near misses: none of the three kinds */
  NO_FORM ("A two-year-long drought ended."),
  NO_FORM ("The 40-year bond sold well."),
  NO_FORM ("In Madrid, 40 people were hurt."),
  NO_FORM ("Paris, 2024, was the venue."),
  NO_FORM ("Items 3, 12 and 14 were sold."),
  NO_FORM ("On June 24, 35 people marched."),
  NO_FORM ("The children, aged 5 months to 2 years, were safe."),
  NO_FORM ("NEWPORT, 12 June: the talks began."),
  NO_FORM ("He lives on Fifth Avenue."),
  NO_FORM ("They ate a fifth of the cake."),
  NO_FORM ("A second witness came forward."),
  NO_FORM ("It faced a third-party claim."),
  NO_FORM ("He was charged with second-degree murder."),
  NO_FORM ("The third quarter was weak."),
  NO_FORM ("Income in the second quarter fell 4%."),
  NO_FORM ("In the second half rose the tide."),
  NO_FORM ("Profits rose in the second half."),
  NO_FORM ("It was the third-largest port."),
  NO_FORM ("The Seventh Fleet sailed."),
  NO_FORM ("Wait a second, he said."),
  NO_FORM ("They met on the 5th."),
  NO_FORM ("Pay 20-30 percent more."),
  NO_FORM ("The 1995-96 season was long."),
  NO_FORM ("Read pages 5-10 first."),
  NO_FORM ("A Boeing 737-800 landed."),
  NO_FORM ("An F-16 and an AK-47 were shown."),
  NO_FORM ("Call 555-1234 now."),
  NO_FORM ("It took 3-5 years."),
  NO_FORM ("They seized 4-6 boats."),
};

static const XcClaim *
first_form (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      if (xc_kind_is_exact (c->kind))
        return c;
    }
  return NULL;
}

static char *
parts_string (const XcClaim *c)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < c->n_parts; i++)
    g_string_append_printf (s, "%s%u", i ? "-" : "", c->parts[i]);
  return g_string_free (s, FALSE);
}

START_TEST (test_form_expression)
{
  const FormCase *k = &form_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, "2024-04-09");
  const XcClaim *c = first_form (claims);
  if (k->kind == NULL)
    {
      ck_assert_msg (c == NULL, "'%s': unexpected %s claim '%s'", k->text, c ? xc_kind_to_string (c->kind) : "",
                     c ? c->text : "");
      return;
    }
  ck_assert_msg (c != NULL, "'%s': no %s claim", k->text, k->kind);
  ck_assert_msg (g_str_equal (xc_kind_to_string (c->kind), k->kind), "'%s': kind %s, expected %s", k->text,
                 xc_kind_to_string (c->kind), k->kind);
  if (k->span)
    ck_assert_msg (g_str_equal (c->text, k->span), "'%s': span '%s', expected '%s'", k->text, c->text, k->span);
  const char *q = k->qualifier ? k->qualifier : "exact";
  ck_assert_msg (g_str_equal (xc_qualifier_to_string (c->qualifier), q), "'%s': qualifier %s, expected %s",
                 k->text, xc_qualifier_to_string (c->qualifier), q);
  ck_assert_msg (c->direction == XC_DIRECTION_NONE, "'%s': a point has no direction", k->text);
  if (k->parts)
    {
      g_autofree char *p = parts_string (c);
      ck_assert_msg (g_str_equal (p, k->parts), "'%s': parts %s, expected %s", k->text, p, k->parts);
      ck_assert_msg (c->interval.lo == c->interval.hi
                     && c->interval.lo == xc_record_key (c->parts, c->n_parts),
                     "'%s': a record's interval is its key", k->text);
      return;
    }
  ck_assert_msg (c->value == k->value, "'%s': value %g, expected %g", k->text, c->value, k->value);
  ck_assert_msg (g_strcmp0 (c->unit, k->unit) == 0, "'%s': unit '%s', expected '%s'", k->text, c->unit, k->unit);
  if (c->qualifier == XC_QUALIFIER_EXACT)
    ck_assert_msg (c->interval.lo == c->value && c->interval.hi == c->value && !c->interval.lo_open
                   && !c->interval.hi_open, "'%s': a point's interval is its value", k->text);
}
END_TEST

/* A record keeps its parts through JSON and a copy, and shows them as its value. */
START_TEST (test_form_record_json)
{
  g_autoptr(GPtrArray) claims = xc_test_extract ("The veteran is 27-9-3 as a professional.", NULL);
  const XcClaim *c = first_form (claims);
  ck_assert_ptr_nonnull (c);
  g_autofree char *value = xc_claim_value_string (c);
  ck_assert_str_eq (value, "27-9-3");
  g_autofree char *interval = xc_interval_string (c);
  ck_assert_str_eq (interval, "27-9-3");
  g_autoptr(JsonBuilder) b = json_builder_new ();
  xc_claim_to_json (c, b);
  g_autoptr(JsonNode) node = json_builder_get_root (b);
  JsonObject *o = json_node_get_object (node);
  ck_assert_str_eq (json_object_get_string_member (o, "kind"), "record");
  JsonArray *parts = json_object_get_array_member (o, "parts");
  ck_assert_uint_eq (json_array_get_length (parts), 3);
  ck_assert_int_eq (json_array_get_int_element (parts, 1), 9);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcClaim) back = xc_claim_from_json (o, &error);
  ck_assert_ptr_nonnull (back);
  ck_assert_int_eq (back->kind, XC_KIND_RECORD);
  ck_assert_uint_eq (back->n_parts, 3);
  ck_assert_uint_eq (back->parts[2], 3);
  ck_assert (back->interval.lo == c->interval.lo);
  g_autoptr(XcClaim) copy = xc_claim_copy (c);
  ck_assert_uint_eq (copy->parts[0], 27);
  XcKind k;
  ck_assert (xc_kind_from_string ("age", &k) && k == XC_KIND_AGE);
  ck_assert (xc_kind_from_string ("ordinal", &k) && k == XC_KIND_ORDINAL);
}
END_TEST

/* Comparison: points agree only when equal, even with a tolerance; kinds never mix. */
typedef struct { const char *a; const char *b; double tolerance; gboolean compatible; } PairCase;

static const PairCase pair_cases[] = {
  { "The champion is 38-2 now.", "The champion is 38-2 now.", 0, TRUE },
  { "The champion is 38-2 now.", "The champion is 39-2 now.", 0, FALSE },
  { "The champion is 38-2 now.", "The champion is 38-2-1 now.", 0, FALSE },
  { "The champion is 38-2 now.", "The champion is 39-2 now.", 0.1, FALSE },
  { "Tomas Brenner, 63, spoke.", "Tomas Brenner, 63, spoke.", 0, TRUE },
  { "Tomas Brenner, 63, spoke.", "Tomas Brenner, 64, spoke.", 0, FALSE },
  { "Tomas Brenner, 63, spoke.", "Tomas Brenner, 64, spoke.", 0.1, FALSE },
  { "She won in the ninth round.", "She won in the ninth round.", 0, TRUE },
  { "She won in the ninth round.", "She won in the tenth round.", 0.2, FALSE },
  /* different kinds or ranked nouns: not comparable, so never a conflict */
  { "She won in the ninth round.", "She won in the tenth minute.", 0, TRUE },
  { "Tomas Brenner, 63, spoke.", "It sent 64 boats.", 0, TRUE },
  { "She won in the ninth round.", "She lost 9-1 at home.", 0, TRUE },
};

static const XcClaim *
first_any (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_DURATION)
        return c;
    }
  return NULL;
}

START_TEST (test_form_compare)
{
  const PairCase *k = &pair_cases[_i];
  g_autoptr(GPtrArray) ca = xc_test_extract (k->a, NULL);
  g_autoptr(GPtrArray) cb = xc_test_extract (k->b, NULL);
  const XcClaim *a = first_any (ca), *b = first_any (cb);
  ck_assert_msg (a && b, "'%s' / '%s': no claim", k->a, k->b);
  ck_assert_msg (xc_claims_compatible (a, b, k->tolerance) == k->compatible, "'%s' / '%s' (tolerance %g): %s",
                 k->a, k->b, k->tolerance, k->compatible ? "should be compatible" : "should conflict");
}
END_TEST

/* A bare rank ranks what the last rank of the text ranked: the second ordinal of
 * @text, and what it ranks (NULL: nothing said). */
typedef struct {
  const char *text;
  const char *second_unit;
} RankCase;

static const RankCase rank_cases[] = {
  { "Venn stopped Okafor in the ninth round. Okafor had been down in the sixth.", "round" },
  { "It was her fourth rescue operation. She had failed in the third.", "operation" },
  /* no rank before it: nothing said */
  { "Okafor fell early. He had been down in the sixth, and in the eighth.", NULL },
};

START_TEST (test_form_rank_antecedent)
{
  const RankCase *k = &rank_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, NULL);
  const XcClaim *second = NULL;
  guint n = 0;
  for (guint i = 0; i < claims->len && second == NULL; i++)
    if (((const XcClaim *) claims->pdata[i])->kind == XC_KIND_ORDINAL && ++n == 2)
      second = claims->pdata[i];
  ck_assert_msg (second != NULL, "%s: fewer than two ranks", k->text);
  ck_assert_msg (g_strcmp0 (second->unit, k->second_unit) == 0, "%s: '%s' ranks '%s', expected '%s'", k->text,
                 second->text, second->unit, k->second_unit);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("quantity-forms");
  TCase *tc = tcase_create ("forms");
  tcase_add_loop_test (tc, test_form_expression, 0, G_N_ELEMENTS (form_cases));
  tcase_add_test (tc, test_form_record_json);
  tcase_add_loop_test (tc, test_form_rank_antecedent, 0, G_N_ELEMENTS (rank_cases));
  tcase_add_loop_test (tc, test_form_compare, 0, G_N_ELEMENTS (pair_cases));
  suite_add_tcase (s, tc);
  return s;
}
