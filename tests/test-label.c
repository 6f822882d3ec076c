/* test-label.c - the labels an editor reads (xc-label.c): English participles and
 * plurals (xc-inflect.c), labels of claims built by hand, and labels of small runs
 * of our own sentences
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"
#include "xc-inflect-private.h"
#include "xc-lexicon-private.h"
#include "xc-compare-private.h"

/* ---------- inflection ---------- */

typedef struct {
  const char *lemma;
  const char *form;
} InflectCase;

static const InflectCase participle_cases[] = {
  { "injure", "injured" },     /* -e: +d */
  { "kill", "killed" },
  { "arrest", "arrested" },
  { "carry", "carried" },      /* consonant + y */
  { "destroy", "destroyed" },  /* vowel + y: regular */
  { "stop", "stopped" },       /* one syllable, consonant-vowel-consonant: doubled */
  { "nab", "nabbed" },
  { "visit", "visited" },      /* two syllables, stress first: not doubled */
  { "open", "opened" },
  { "commit", "committed" },   /* stress last: doubled */
  { "control", "controlled" },
  { "fix", "fixed" },          /* never doubles x, w, y */
  { "show", "shown" },         /* irregular */
  { "shoot", "shot" },
  { "hurt", "hurt" },
  { "take", "taken" },
  { "hold", "held" },
  { "panic", "panicked" },     /* -c: +ked */
  { "die", "died" },
  { "free", "freed" },
  { "jail", "jailed" },        /* two vowels: not doubled */
  { "squat", "squatted" },     /* the u of qu is no vowel */
};

static const InflectCase plural_cases[] = {
  { "person", "people" },
  { "child", "children" },
  { "gunman", "gunmen" },      /* -man */
  { "woman", "women" },
  { "man", "men" },
  { "human", "humans" },       /* not -men */
  { "German", "Germans" },     /* case kept */
  { "police", "police" },      /* does not change */
  { "dead", "dead" },
  { "aircraft", "aircraft" },
  { "bus", "buses" },
  { "box", "boxes" },
  { "church", "churches" },
  { "company", "companies" },
  { "day", "days" },
  { "crisis", "crises" },
  { "knife", "knives" },
  { "roof", "roofs" },         /* not -ves */
  { "hero", "heroes" },
  { "photo", "photos" },
  { "AK-47", "AK-47s" },       /* ends in a figure: +s */
  { "Somali", "Somalis" },
  { "rifle", "rifles" },
};

START_TEST (test_label_participle)
{
  const InflectCase *c = &participle_cases[_i];
  g_autofree char *got = xc_inflect_participle (c->lemma);
  ck_assert_msg (g_str_equal (got, c->form), "%s: '%s', expected '%s'", c->lemma, got, c->form);
}
END_TEST

START_TEST (test_label_plural)
{
  const InflectCase *c = &plural_cases[_i];
  g_autofree char *got = xc_inflect_plural (c->lemma);
  ck_assert_msg (g_str_equal (got, c->form), "%s: '%s', expected '%s'", c->lemma, got, c->form);
}
END_TEST

/* ---------- claims built by hand ---------- */

typedef struct {
  XcKind      kind;
  const char *unit;
  const char *measure, *event, *who, *where;
} Member;

typedef struct {
  const char *what;
  Member      m[3];
  guint       n;
  const char *scope;
  const char *label;    /* expected; NULL: none (the keyword label stays) */
} HandCase;

#define COUNT(u, m, e, w, p) { XC_KIND_COUNT, u, m, e, w, p }
#define DATE(e, w, p) { XC_KIND_DATE, NULL, NULL, e, w, p }

static const HandCase hand_cases[] = {
  { "no member says what it is about",
    { DATE (NULL, NULL, NULL), DATE (NULL, NULL, NULL) }, 2, NULL, NULL },
  { "only the kind: an event named once among two, and no name",
    { DATE ("sign", NULL, NULL), DATE ("visit", NULL, NULL) }, 2, NULL, NULL },
  { "a verb with the counted noun",
    { COUNT ("person", "injure", "injure", NULL, NULL), COUNT ("person", "injure", NULL, NULL, NULL) }, 2, NULL,
    "people injured" },
  { "kill and die meet; the counted noun of those who tell it",
    { COUNT ("worker", "kill", NULL, NULL, NULL), COUNT ("worker", "die", NULL, NULL, NULL),
      COUNT ("person", "person", NULL, NULL, NULL) }, 3, NULL, "workers killed" },
  { "a noun as it is, plural; the place all name",
    { COUNT ("rifle", "rifle", NULL, NULL, "Tesk"), COUNT ("rifle", "rifle", NULL, NULL, "Tesk") }, 2, NULL,
    "rifles in Tesk" },
  { "a name half the members give is not agreed",
    { COUNT ("boat", "boat", NULL, "Dravic", NULL), COUNT ("boat", "boat", NULL, NULL, NULL) }, 2, NULL,
    "boats" },
  { "a day is no name, nor a title, nor a nationality",
    { COUNT ("boat", "boat", NULL, "Saturday", "Greek"), COUNT ("boat", "boat", NULL, "Saturday", "Greek") }, 2,
    NULL, "boats" },
  { "a place given as who is where",
    { DATE ("shoot", "Athens", NULL), DATE ("shoot", "Athens", NULL) }, 2, NULL,
    "date of the shooting in Athens" },
  { "an event without a noun of its own",
    { DATE ("sign", NULL, NULL), DATE ("sign", NULL, NULL) }, 2, NULL, "date " "\xe2\x80\x94" " sign" },
  { "a framing verb is no event",
    { DATE ("spark", NULL, NULL), DATE ("spark", NULL, NULL) }, 2, NULL, NULL },
  { "the period, after the name",
    { { XC_KIND_RECORD, NULL, NULL, "win", "Dravic", NULL }, { XC_KIND_RECORD, NULL, NULL, NULL, "Dravic", NULL } },
    2, "2023", "record " "\xe2\x80\x94" " Dravic, 2023" },
  { "a long name that does not fit is left out",
    { COUNT ("person", "arrest", NULL, "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL),
      COUNT ("person", "arrest", NULL, "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL) }, 2, NULL,
    "people arrested" },
};

/* Claims carrying only a kind, a unit and what they are about, as @m says. */
static void
claims_by_hand (const Member *m, guint n, XcClaim **claims)
{
  for (guint i = 0; i < n; i++)
    {
      claims[i] = xc_claim_new (m[i].kind);
      claims[i]->unit = g_strdup (m[i].unit);
      claims[i]->about_measure = g_strdup (m[i].measure);
      claims[i]->about_event = g_strdup (m[i].event);
      claims[i]->about_who = g_strdup (m[i].who);
      claims[i]->about_where = g_strdup (m[i].where);
    }
}

START_TEST (test_label_by_hand)
{
  const HandCase *c = &hand_cases[_i];
  XcClaim *claims[3] = { NULL, NULL, NULL };
  claims_by_hand (c->m, c->n, claims);
  g_autofree char *label = xc_label_from_about ((const XcClaim * const *) claims, c->n, c->scope);
  for (guint i = 0; i < c->n; i++)
    xc_claim_free (claims[i]);
  ck_assert_msg (g_strcmp0 (label, c->label) == 0, "%s: '%s', expected '%s'", c->what, label, c->label);
}
END_TEST

/* ---------- runs of our own sentences ---------- */

#define KEYWORDS "·"   /* expected: the keyword label ("trade · Ostland · growth") */

typedef struct {
  const char *docs[3];    /* each from another source */
  const char *claim;      /* a part of the text of a claim of the group */
  const char *label;      /* expected */
} RunCase;

static const RunCase run_cases[] = {
  { { "Police said 42 people were injured when protesters clashed with riot officers in Varenna on Tuesday.",
      "At least 42 people were injured in Varenna after the rally, the city hospital said." },
    "42 people", "people injured in Varenna" },
  { { "The explosion at the Tesk mill killed 12 workers on Monday.",
      "Twelve workers died in the explosion at the mill, the company said." },
    "12 workers", "workers killed" },
  { { "Dravic's record now stands at 31-2 after the win in Ostrava.",
      "With the victory Dravic improved his record to 31-2." },
    "31-2", "record " "\xe2\x80\x94" " Dravic" },
  { { "Customs officers in Tesk seized 240 rifles at the port.",
      "A haul of 240 rifles was seized by customs officers in Tesk." },
    "240 rifles", "rifles in Tesk" },
  { { "The suspect, who had a weight of 180 pounds, was arrested on Friday.",
      "Police described the suspect as having a weight of 180 pounds." },
    "180 pounds", "weight" },
  { { "About 5,000 people marched in Varenna on Sunday against the new tax.",
      "Some 5,000 people marched in Varenna, organisers said." },
    "5,000 people", "people marched in Varenna" },
  { { "The officer was shot on March 3 in Ostrava, police said.",
      "Investigators said the officer was shot on March 3 in Ostrava." },
    "March 3", "date of the shooting in Ostrava" },
  { { "Turnover of 12 percent was reported at the Tesk exchange in 2023.",
      "Brokers said turnover of 12 percent was reached at the Tesk exchange in 2023." },
    "12 percent", "turnover " "\xe2\x80\x94" " Tesk, 2023" },
  /* what grew is the subject of "grew", past the phrase that qualifies it */
  { { "Trade between Ostland and Vesmark grew 12 percent in 2023.",
      "In 2023 trade between the two countries grew 12 percent, officials said." },
    "12 percent", "trade growth, 2023" },
};

START_TEST (test_label_run)
{
  const RunCase *c = &run_cases[_i];
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  for (guint d = 0; d < G_N_ELEMENTS (c->docs) && c->docs[d]; d++)
    {
      g_autofree char *file = g_strdup_printf ("doc%u.txt", d);
      g_autofree char *source = g_strdup_printf ("Source %u", d);
      GPtrArray *claims = xc_test_extract (c->docs[d], "2024-03-08");
      for (guint i = 0; i < claims->len; i++)
        {
          XcClaim *cl = claims->pdata[i];
          g_free (cl->file);
          cl->file = g_strdup (file);
        }
      xc_comparison_add_document (cmp, file, source, NULL, NULL, claims);
    }
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  const XcGroup *group = NULL;
  for (guint i = 0; i < cmp->claims->len && !group; i++)
    {
      XcClaim *cl = cmp->claims->pdata[i];
      if (strstr (cl->text, c->claim))
        group = xc_comparison_group_of (cmp, cl);
    }
  ck_assert_msg (group != NULL, "no group of '%s'", c->claim);
  gboolean ok = g_str_equal (c->label, KEYWORDS) ? strstr (group->label, " " KEYWORDS " ") != NULL
                                                 : g_str_equal (group->label, c->label);
  ck_assert_msg (ok, "'%s': label '%s', expected '%s'", c->claim, group->label, c->label);
  ck_assert_uint_ge (group->members->len, 2);
}
END_TEST

/* What lined a group up, in words (the reason's "lined up by ..."). */
typedef struct {
  const char *what;
  Member      m[3];
  guint       n;
  const char *scope;
  const char *why;
} WhyCase;

static const WhyCase why_cases[] = {
  { "a verb measure reads as what happened; the place all name",
    { COUNT ("person", "injure", "injure", NULL, "Tesk"), COUNT ("person", "injure", "injure", NULL, "Tesk") }, 2, NULL,
    "same measure: injured; same place: Tesk" },
  { "a noun measure as it is, the event apart from it, the period",
    { COUNT ("rifle", "rifle", "seize", NULL, NULL), COUNT ("rifle", "rifle", "seize", NULL, NULL) }, 2, "2023",
    "same measure: rifle; same event: seize; same period: 2023" },
  { "an owner two of three give",
    { COUNT ("ko", "ko", NULL, "Dravic", NULL), COUNT ("ko", "ko", NULL, "Dravic", NULL),
      COUNT ("ko", "ko", NULL, NULL, NULL) }, 3, NULL, "same measure: ko; same owner: Dravic" },
  { "nothing in common but the words",
    { DATE (NULL, NULL, NULL), DATE (NULL, NULL, NULL) }, 2, NULL, "the words around the figures" },
};

START_TEST (test_label_lined_up_by)
{
  const WhyCase *c = &why_cases[_i];
  XcClaim *claims[3] = { NULL, NULL, NULL };
  claims_by_hand (c->m, c->n, claims);
  g_autofree char *why = xc_label_lined_up_by ((const XcClaim * const *) claims, c->n, c->scope);
  for (guint i = 0; i < c->n; i++)
    xc_claim_free (claims[i]);
  ck_assert_msg (g_strcmp0 (why, c->why) == 0, "%s: '%s', expected '%s'", c->what, why, c->why);
}
END_TEST

Suite *
xc_test_suite (void)
{
  g_autoptr(GError) error = NULL;
  if (!xc_lexicon_open (&error))
    {
      xc_test_skip_reason = "WordNet's database is not installed";
      return NULL;
    }
  (void) xc_test_extractor ();
  Suite *s = suite_create ("label");
  TCase *tc = tcase_create ("inflect");
  tcase_add_loop_test (tc, test_label_participle, 0, G_N_ELEMENTS (participle_cases));
  tcase_add_loop_test (tc, test_label_plural, 0, G_N_ELEMENTS (plural_cases));
  suite_add_tcase (s, tc);
  tc = tcase_create ("label");
  tcase_add_loop_test (tc, test_label_by_hand, 0, G_N_ELEMENTS (hand_cases));
  tcase_add_loop_test (tc, test_label_lined_up_by, 0, G_N_ELEMENTS (why_cases));
  tcase_add_loop_test (tc, test_label_run, 0, G_N_ELEMENTS (run_cases));
  suite_add_tcase (s, tc);
  return s;
}
