/* test-about.c - what a claim is about (xc-about.c): the measure, the event of its
 * clause, and the names it belongs to, on sentences of our own
 * SPDX-License-Identifier: MIT */
#include "xc-test.h"
#include "xc-private.h"

/* The first claim whose text holds @part, or NULL. */
static XcClaim *
find_claim (GPtrArray *claims, const char *part)
{
  for (guint i = 0; i < claims->len; i++)
    if (strstr (((XcClaim *) claims->pdata[i])->text, part))
      return claims->pdata[i];
  return NULL;
}

typedef struct {
  const char *sentence;
  const char *claim;      /* a part of the claim's text */
  const char *measure;    /* expected, NULL: none */
  const char *event;      /* expected, "*": not checked */
  const char *who;        /* "*": not checked */
} AboutCase;

static const AboutCase about_cases[] = {
  /* a verb governs a count of people: before it (a participle) or after it (a passive) */
  { "Gunmen opened fire on the ferry, killing 14 people near the pier.", "14 people", "kill", "kill", "*" },
  { "Nineteen people were injured when the roof of the depot gave way.", "Nineteen people", "injure", "injure", "*" },
  { "At least 31 demonstrators were arrested outside the ministry.", "31 demonstrators", "arrest", "arrest", "*" },
  /* a noun that tells what is counted keeps it */
  { "Customs officers seized 240 cartons of cigarettes at the border.", "240 cartons", "carton", "seize", "*" },
  /* the attribute of a measure or an amount */
  { "The suspect was described as having a weight of 160 pounds.", "160 pounds", "weight", "*", "*" },
  { "The flood caused $3 million in damage to the harbour.", "$3 million", "damage", "cause", "*" },
  { "The ministry approved a $45 million subsidy for the mill.", "$45 million", "subsidy", "approve", "*" },
  { "The courier, weighing 72 kilograms, finished first.", "72 kilograms", "weigh", "*", "*" },
  /* who: a possessive name in the clause */
  { "Ostrova's budget grew to $12 million this year.", "$12 million", "*", "*", "Ostrova" },
  /* ... but who tells of a figure does not own it: "X said", "said X", "according to X" */
  { "Ostrova's budget grew to $12 million, finance minister Ilse Karp said.", "$12 million", "*", "*", "Ostrova" },
  { "Halvard Resources said 17 miners were cut off by the collapse.", "17 miners", "*", "*", NULL },
  { "The depot held 300 tonnes of grain, according to Mayor Tomas Rell.", "300 tonnes", "*", "*", NULL },
  { "Seventeen miners are trapped, said Ines Marr on Thursday.", "Seventeen miners", "*", "*", NULL },
  /* the noun a figure counts owns nothing: "18 KOs" is no name */
  { "Okafor fell to 22-6 with 18 KOs after the bout.", "22-6", "*", "*", "Okafor" },
  { "Seven AK-47s and three other rifles were found on board.", "three other rifles", "*", "*", NULL },
  { "Officers said the 41-year-old Venn (31-2) had trained in Harlen.", "31-2", "*", "*", "Venn" },
  /* a crowd: what the people did is what is counted (a march is not a death toll) */
  { "About 5,000 people marched through Varenna on Sunday.", "5,000 people", "march", "march", "*" },
  /* a word before the count that is no participle governs nothing: "a further" */
  { "In Orlek a further 3,000 people joined the strike.", "3,000 people", "join", "join", "*" },
  /* a base form after "to" or a modal is a verb, though WordNet also has the noun */
  { "The council hopes to save $8 million by closing two depots.", "$8 million", "save", "save", "*" },
  { "The port authority will cut 40 million dollars from its budget.", "40 million dollars", "cut", "cut", "*" },
  /* a near miss: "the cut" before a figure is a noun, not a verb */
  { "The cut of 12 percent hit the pensions.", "12 percent", "cut", "*", "*" },
  /* an adjective after the count tells what happened to it: "dead" (read as "die") */
  { "The landslide left four quarry workers dead near Tolva.", "four quarry workers", "dead", "*", "*" },
  { "Eleven villagers were dead by the time the boats arrived.", "Eleven villagers", "dead", "*", "*" },
  /* a line set in capitals: its common words are no names, a name in it still is */
  { "NINE MINERS HAVE DIED AFTER A FLOOD AT THE VELKA PIT", "NINE MINERS", "*", "*", "VELKA" },
  { "FOUR SAILORS RESCUED AFTER STORM", "FOUR SAILORS", "*", "*", NULL },
  /* a date given to a reporting verb is the day a source spoke ("said on Wednesday") */
  { "The fire service said on Wednesday that the blaze was out.", "Wednesday", "*", "say", "*" },
  { "Harbour officials told reporters on Monday that the quay would reopen.", "Monday", "*", "tell", "*" },
  /* near misses: a noun WordNet also has as a verb of telling ("officer"), and an
   * announcement, an event of its own */
  { "The student was shot by an officer on Sunday in Pelvo.", "Sunday", "*", "shoot", "*" },
  { "The ministry announced on Friday that the plant would close.", "Friday", "*", "close", "*" },
  /* what a moved figure is of: the subject of the verb that moves it, past a phrase
   * that qualifies it ("in the period"), or the noun after a head that only counts */
  { "Net profit rose 18 percent to 2.4 billion euros.", "18 percent", "profit", "*", "*" },
  { "Net profit rose 18 percent to 2.4 billion euros.", "2.4 billion euros", "profit", "*", "*" },
  { "Sales in the January-March period grew 9.5% to 31.2 billion euros.", "9.5%", "sale", "*", NULL },
  { "The number of visitors fell 12 percent in May.", "12 percent", "visitor", "*", "*" },
  /* a near miss: a verb that moves no figure leaves the subject alone */
  { "The mayor approved a 12 percent cut.", "12 percent", "cut", "*", "*" },
  /* a near miss: a people count with no verb of its own keeps its noun */
  { "The village of Orlek has 900 residents and one school.", "900 residents", "resident", "*", "*" },
};

START_TEST (test_about_table)
{
  const AboutCase *c = &about_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (c->sentence, "2025-06-01");
  XcClaim *found = find_claim (claims, c->claim);
  ck_assert_msg (found != NULL, "no claim '%s' in: %s", c->claim, c->sentence);
  if (g_strcmp0 (c->measure, "*") != 0)
    ck_assert_msg (g_strcmp0 (found->about_measure, c->measure) == 0, "%s: measure '%s', expected '%s'",
                   c->sentence, found->about_measure, c->measure);
  if (g_strcmp0 (c->event, "*") != 0)
    ck_assert_msg (g_strcmp0 (found->about_event, c->event) == 0, "%s: event '%s', expected '%s'",
                   c->sentence, found->about_event, c->event);
  if (g_strcmp0 (c->who, "*") != 0)
    ck_assert_msg (g_strcmp0 (found->about_who, c->who) == 0, "%s: who '%s', expected '%s'",
                   c->sentence, found->about_who, c->who);
}
END_TEST

/* A running or summed total is not one occasion's figure. */
typedef struct {
  const char *sentence;
  const char *claim;
  gboolean    total;
} TotalCase;

static const TotalCase total_cases[] = {
  { "The frigate has seized a total of 40 rifles on its patrol.", "40 rifles", TRUE },
  { "Customs have found 120 parcels so far this year.", "120 parcels", TRUE },
  { "In all, 17 villages were cut off by the floods.", "17 villages", TRUE },
  { "The frigate seized nine rifles from the dhow on Tuesday.", "nine rifles", FALSE },
  { "Far from the coast, 12 boats waited.", "12 boats", FALSE },   /* "far" is not "so far" */
};

/* The start of the period a figure is counted over: "since ..." in its clause, or
 * opening its sentence. */
typedef struct {
  const char *sentence;
  const char *claim;
  const char *since;      /* NULL: none */
} SinceCase;

static const SinceCase since_cases[] = {
  { "Since that defeat in Lorvik, the champion has gone 6-1.", "6-1", "defeat" },
  { "The club is 9-3 since firing its coach in March.", "9-3", "fire" },
  { "Forty people have been arrested since Friday, police said.", "Forty people", "friday" },
  /* near misses: "since" after another figure, or past a clause break, is not this one's */
  { "The champion fell to 30-4 and is 2-2 since his comeback.", "30-4", NULL },
  { "The club is 9-3, its best start since 1998.", "9-3", NULL },
  /* an age or a rank is counted from no event ("for the first time since 2005") */
  { "The 41-year-old Varn was boxing for the first time since 2019.", "41-year-old", NULL },
  { "Dace played his 300th game since 2020 on Friday.", "300th", NULL },
  { "Officials counted 300 boats on the river.", "300 boats", NULL },
};

START_TEST (test_about_since)
{
  const SinceCase *c = &since_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (c->sentence, "2025-06-01");
  XcClaim *found = find_claim (claims, c->claim);
  ck_assert_msg (found != NULL, "no claim '%s' in: %s", c->claim, c->sentence);
  ck_assert_msg (g_strcmp0 (found->about_since, c->since) == 0, "%s: since '%s', expected '%s'", c->sentence,
                 found->about_since, c->since);
}
END_TEST

START_TEST (test_about_total)
{
  const TotalCase *c = &total_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (c->sentence, "2025-06-01");
  XcClaim *found = find_claim (claims, c->claim);
  ck_assert_msg (found != NULL, "no claim '%s' in: %s", c->claim, c->sentence);
  ck_assert_msg (found->about_total == c->total, "%s: total %d", c->sentence, found->about_total);
}
END_TEST

/* about survives the claim's JSON form (reports are read back by diff and baselines) */
START_TEST (test_about_json_round_trip)
{
  g_autoptr(GPtrArray) claims = xc_test_extract ("Gunmen opened fire on the ferry, killing 14 people near the pier.", NULL);
  ck_assert_uint_ge (claims->len, 1);
  XcClaim *c = claims->pdata[0];
  g_autoptr(JsonBuilder) b = json_builder_new ();
  xc_claim_to_json (c, b);
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcClaim) back = xc_claim_from_json (json_node_get_object (root), &error);
  ck_assert_ptr_nonnull (back);
  ck_assert_str_eq (back->about_measure, "kill");
  ck_assert_str_eq (back->about_event, c->about_event);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("about");
  TCase *tc = tcase_create ("about");
  tcase_add_loop_test (tc, test_about_table, 0, G_N_ELEMENTS (about_cases));
  tcase_add_loop_test (tc, test_about_since, 0, G_N_ELEMENTS (since_cases));
  tcase_add_loop_test (tc, test_about_total, 0, G_N_ELEMENTS (total_cases));
  tcase_add_test (tc, test_about_json_round_trip);
  suite_add_tcase (s, tc);
  return s;
}
