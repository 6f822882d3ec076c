/* test-lexicon.c - WordNet behind xc-lexicon: parts of speech, lemmas, "is a kind
 * of" between nouns, and the words labels take from it (a verb's act noun, a noun's
 * spelling, names)
 * SPDX-License-Identifier: MIT */
#include "xc-test.h"
#include "xc-private.h"
#include "xc-lexicon-private.h"

typedef struct {
  const char *word;
  XcPos       pos;
  const char *lemma;   /* expected base form */
  gboolean    known;
} LemmaCase;

static const LemmaCase lemma_cases[] = {
  { "ladders",   XC_POS_NOUN, "ladder", TRUE },
  { "Geese",     XC_POS_NOUN, "goose",  TRUE },     /* irregular plural, any case */
  { "women",     XC_POS_NOUN, "woman",  TRUE },
  { "Tunisians", XC_POS_NOUN, "tunisian", TRUE },   /* a nationality as a noun */
  { "stabbing",  XC_POS_VERB, "stab",   TRUE },
  { "arrested",  XC_POS_VERB, "arrest", TRUE },
  { "fled",      XC_POS_VERB, "flee",   TRUE },     /* irregular past */
  { "hurt",      XC_POS_VERB, "hurt",   TRUE },     /* a base form stays itself */
  { "qwzx",      XC_POS_NOUN, "qwzx",   FALSE },    /* unknown: lower-cased, FALSE */
  { "the",       XC_POS_VERB, "the",    FALSE },
};

START_TEST (test_lexicon_lemma)
{
  const LemmaCase *c = &lemma_cases[_i];
  char out[64];
  gboolean known = xc_lexicon_lemma (c->word, strlen (c->word), c->pos, out, sizeof out);
  ck_assert_msg (known == c->known, "%s: known %d", c->word, known);
  ck_assert_str_eq (out, c->lemma);
}
END_TEST

typedef struct {
  const char *word;
  guint       has;       /* bits that must be set */
  guint       lacks;     /* bits that must not be */
} PosCase;

static const PosCase pos_cases[] = {
  { "ladders",  XC_POS_NOUN, XC_POS_ADV },
  { "wounding", XC_POS_VERB, 0 },
  { "quickly",  XC_POS_ADV, XC_POS_NOUN | XC_POS_VERB },
  { "of",       0, XC_POS_NOUN | XC_POS_VERB | XC_POS_ADJ | XC_POS_ADV },
  { "green",    XC_POS_ADJ | XC_POS_NOUN, 0 },
};

START_TEST (test_lexicon_pos)
{
  const PosCase *c = &pos_cases[_i];
  guint m = xc_lexicon_pos_mask (c->word, strlen (c->word));
  ck_assert_msg ((m & c->has) == c->has && (m & c->lacks) == 0, "%s: mask %u", c->word, m);
}
END_TEST

typedef struct {
  const char *a, *b;
  gboolean    related;
} RelatedCase;

static const RelatedCase related_cases[] = {
  { "canoe",    "boat",     TRUE },    /* a kind of boat */
  { "boat",     "canoe",    TRUE },    /* either way round */
  { "pistol",   "weapon",   TRUE },
  { "tunisian", "person",   TRUE },
  { "nurse",    "person",   TRUE },
  { "car",      "auto",     TRUE },    /* synonyms */
  { "pistol",   "boat",     FALSE },   /* they meet only at "artifact" */
  { "magazine", "round",    FALSE },
  { "boat",     "person",   FALSE },
  { "mile",     "pound",    FALSE },
  { "ladder",   "ladder",   TRUE },
};

START_TEST (test_lexicon_related)
{
  const RelatedCase *c = &related_cases[_i];
  ck_assert_msg (xc_lexicon_nouns_related (c->a, c->b) == c->related, "%s / %s", c->a, c->b);
}
END_TEST

static const RelatedCase verb_cases[] = {
  { "injure", "wound",  TRUE },
  { "wound",  "injure", TRUE },
  { "kill",   "die",    TRUE },    /* killing causes dying */
  { "die",    "kill",   TRUE },
  { "kill",   "injure", FALSE },
  { "march",  "kill",   FALSE },
  { "dead",   "die",    TRUE },    /* an adjective that tells what happened stands for its verb */
  { "kill",   "dead",   TRUE },
  { "dead",   "injure", FALSE },
  { "killed", "kill",   TRUE },    /* an inflected form reads as its base */
  { "killed", "injured", FALSE },
  { "injure", "arrest", FALSE },
  { "sign",   "sign",   TRUE },
};

START_TEST (test_lexicon_verbs_related)
{
  const RelatedCase *c = &verb_cases[_i];
  ck_assert_msg (xc_lexicon_verbs_related (c->a, c->b) == c->related, "%s / %s", c->a, c->b);
}
END_TEST

typedef struct {
  const char *verb;
  gboolean    speech;
  gboolean    reporting;   /* xc_lexicon_reporting_verb () */
} SpeechCase;

static const SpeechCase speech_cases[] = {
  { "say",      TRUE,  TRUE },
  { "tell",     TRUE,  TRUE },
  { "report",   TRUE,  TRUE },
  { "announce", TRUE,  FALSE },   /* an announcement is an event of its own */
  { "approve",  TRUE,  FALSE },
  { "kill",     FALSE, FALSE },
  { "march",    FALSE, FALSE },
  { "seize",    FALSE, FALSE },
  { "trap",     FALSE, FALSE },
};

START_TEST (test_lexicon_speech)
{
  const SpeechCase *c = &speech_cases[_i];
  ck_assert_msg (xc_lexicon_verb_of_speech (c->verb) == c->speech, "%s", c->verb);
  ck_assert_msg (xc_lexicon_reporting_verb (c->verb) == c->reporting, "%s: reporting", c->verb);
}
END_TEST

static const RelatedCase synonym_cases[] = {
  { "Salonika", "Thessaloniki", TRUE },   /* one city, two names */
  { "Bombay",   "Mumbai",       TRUE },
  { "car",      "automobile",   TRUE },
  { "Athens",   "Greece",       FALSE },  /* a city is not its country */
  { "canoe",    "boat",         FALSE },  /* a kind of boat is no synonym */
  { "Qwzx",     "Qwzx",         TRUE },
};

START_TEST (test_lexicon_synonyms)
{
  const RelatedCase *c = &synonym_cases[_i];
  ck_assert_msg (xc_lexicon_synonyms (c->a, c->b) == c->related, "%s / %s", c->a, c->b);
}
END_TEST

START_TEST (test_lexicon_is_a)
{
  ck_assert (xc_lexicon_is_a ("policeman", "person", 6));
  ck_assert (xc_lexicon_is_a ("week", "time_period", 3));
  ck_assert (!xc_lexicon_is_a ("ladder", "person", 6));
  ck_assert (!xc_lexicon_is_a ("policeman", "person", 0));   /* depth is honoured */
}
END_TEST

typedef struct {
  const char *verb;
  const char *noun;    /* expected act noun, NULL: none */
} ActCase;

static const ActCase act_cases[] = {
  { "kill",    "killing" },     /* the -ing noun is far more common than "a kill" */
  { "shoot",   "shooting" },    /* not "shoot" (a sprout), "shooter" or "shot" */
  { "die",     "death" },       /* a noun of another stem, by derivation */
  { "elect",   "election" },
  { "arrest",  "arrest" },      /* the verb itself */
  { "marry",   "marriage" },
  { "bomb",    "bombing" },     /* not "bomber" (a doer) nor "bomb" (a thing) */
  { "meet",    "meeting" },
  { "march",   "march" },       /* "march" is more common than "marching" */
  { "explode", "explosion" },
  { "sign",    NULL },          /* only "signature" (a thing) and "signer" (a doer) */
  { "occur",   NULL },
};

START_TEST (test_lexicon_act_noun)
{
  const ActCase *c = &act_cases[_i];
  char noun[64];
  gboolean found = xc_lexicon_act_noun (c->verb, noun, sizeof noun);
  ck_assert_msg (found == (c->noun != NULL) && (!found || g_str_equal (noun, c->noun)),
                 "%s: '%s' (%d), expected '%s'", c->verb, noun, found, c->noun);
}
END_TEST

typedef struct {
  const char *word;
  const char *spelling;   /* expected, NULL: not a noun */
  gboolean    proper;     /* some sense is a name */
} SpellingCase;

static const SpellingCase spelling_cases[] = {
  { "somalis",   "Somali",   TRUE },    /* every sense a name: capitalized */
  { "athens",    "Athens",   TRUE },
  { "Magazines", "magazine", FALSE },
  { "March",     "march",    TRUE },    /* the month, but also a walk */
  { "bush",      "bush",     TRUE },    /* a shrub, and a president */
  { "police",    "police",   FALSE },
  { "Klitschko", NULL,       FALSE },   /* unknown to WordNet */
  { "injure",    NULL,       FALSE },   /* a verb only */
};

START_TEST (test_lexicon_spelling)
{
  const SpellingCase *c = &spelling_cases[_i];
  char spelling[64];
  gboolean found = xc_lexicon_noun_spelling (c->word, spelling, sizeof spelling);
  ck_assert_msg (found == (c->spelling != NULL) && (!found || g_str_equal (spelling, c->spelling)),
                 "%s: '%s', expected '%s'", c->word, spelling, c->spelling);
  ck_assert_msg (xc_lexicon_is_proper (c->word) == c->proper, "%s: proper", c->word);
}
END_TEST

START_TEST (test_lexicon_under)
{
  ck_assert (xc_lexicon_under ("dhow", "object"));          /* eleven links up */
  ck_assert (xc_lexicon_under ("gust", "phenomenon"));
  ck_assert (xc_lexicon_under ("Athens", "location"));     /* an instance */
  ck_assert (xc_lexicon_under ("weight", "attribute#2"));   /* an abstraction, not a trait */
  ck_assert (!xc_lexicon_under ("weight", "attribute"));
  ck_assert (xc_lexicon_under ("deal", "act#2"));           /* a deed, not a law */
  ck_assert (!xc_lexicon_under ("deal", "act"));
  ck_assert (!xc_lexicon_under ("deal", "physical_entity"));
  ck_assert (!xc_lexicon_under ("west", "person"));
  ck_assert (!xc_lexicon_under ("nosuchword", "object"));
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
  Suite *s = suite_create ("lexicon");
  TCase *tc = tcase_create ("lexicon");
  tcase_add_loop_test (tc, test_lexicon_lemma, 0, G_N_ELEMENTS (lemma_cases));
  tcase_add_loop_test (tc, test_lexicon_pos, 0, G_N_ELEMENTS (pos_cases));
  tcase_add_loop_test (tc, test_lexicon_related, 0, G_N_ELEMENTS (related_cases));
  tcase_add_loop_test (tc, test_lexicon_verbs_related, 0, G_N_ELEMENTS (verb_cases));
  tcase_add_loop_test (tc, test_lexicon_speech, 0, G_N_ELEMENTS (speech_cases));
  tcase_add_loop_test (tc, test_lexicon_synonyms, 0, G_N_ELEMENTS (synonym_cases));
  tcase_add_test (tc, test_lexicon_is_a);
  tcase_add_loop_test (tc, test_lexicon_act_noun, 0, G_N_ELEMENTS (act_cases));
  tcase_add_loop_test (tc, test_lexicon_spelling, 0, G_N_ELEMENTS (spelling_cases));
  tcase_add_test (tc, test_lexicon_under);
  suite_add_tcase (s, tc);
  return s;
}
