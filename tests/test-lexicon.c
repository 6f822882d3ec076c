/* test-lexicon.c - WordNet behind xc-lexicon: parts of speech, lemmas and
 * "is a kind of" between nouns
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
  { "injure", "arrest", FALSE },
  { "sign",   "sign",   TRUE },
};

START_TEST (test_lexicon_verbs_related)
{
  const RelatedCase *c = &verb_cases[_i];
  ck_assert_msg (xc_lexicon_verbs_related (c->a, c->b) == c->related, "%s / %s", c->a, c->b);
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
  tcase_add_test (tc, test_lexicon_is_a);
  suite_add_tcase (s, tc);
  return s;
}
