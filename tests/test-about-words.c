/* test-about-words.c - the words of a sentence as the about stage reads them and
 * the table of what is known of each word (xc-about-words.c): word edges,
 * possessives, clause breaks, and answers that survive the table growing
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"
#include "xc-about-words-private.h"

typedef struct {
  const char *sentence;
  const char *words;        /* the words read, joined by '|' */
  const char *possessive;   /* one letter per word: p possessive, . not */
  const char *breaks;       /* one digit per word: its clause breaks from the first word */
} WordsCase;

static const WordsCase words_cases[] = {
  { "Rahman's record, 45 wins", "Rahman|record|45|wins", "p...", "0011" },
  /* apostrophes and hyphens inside a word keep it whole; at its edges they go */
  { "the 'Ukrainian-born' boxer's rock-n-roll", "the|Ukrainian-born|boxer|rock-n-roll", "..p.", "0000" },
  /* a curly possessive, a spaced dash, brackets and a quote break the clause */
  { "Orlova’s fleet - 12 ships (three \"old\") sailed", "Orlova|fleet|12|ships|three|old|sailed", "p......", "0011234" },
  /* "'s" is read by its form ("it's" too); UTF-8 stays in the word; a comma splits
   * digits (the claim's span, not the words, holds "3,000") */
  { "it's Zürich's 3,000-strong crowd", "it|Zürich|3|000-strong|crowd", "pp...", "00011" },
  { "", "", "", "" },
};

START_TEST (test_words_read)
{
  const WordsCase *c = &words_cases[_i];
  XcWords w = { 0 };
  xc_words_read (&w, c->sentence, 0, strlen (c->sentence));
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) poss = g_string_new (NULL);
  g_autoptr(GString) breaks = g_string_new (NULL);
  for (guint k = 0; k < w.len; k++)
    {
      const XcWord *a = xc_words_at (&w, k);
      if (k > 0)
        g_string_append_c (got, '|');
      g_string_append_len (got, c->sentence + a->start, (gssize) (a->end - a->start));
      g_string_append_c (poss, a->possessive ? 'p' : '.');
      g_string_append_printf (breaks, "%u", a->breaks);
    }
  ck_assert_str_eq (got->str, c->words);
  ck_assert_str_eq (poss->str, c->possessive);
  ck_assert_str_eq (breaks->str, c->breaks);
  /* the capitalized possessives are listed for the owner search */
  guint owners = 0;
  for (guint k = 0; k < w.len; k++)
    owners += xc_words_at (&w, k)->possessive && xc_words_at (&w, k)->cap;
  ck_assert_uint_eq (w.n_owners, owners);
  if (w.len > 0)
    ck_assert (xc_words_at (&w, 0)->first);
  xc_words_clear (&w);
}
END_TEST

/* Answers written for a word are found again by the same bytes, also after the
 * table has grown (its slots moved) many times over. */
START_TEST (test_table_keeps_answers)
{
  XcWordTable *table = xc_word_table_new ();
  GString *text = g_string_new (NULL);
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "w%u ", i);
  const char *t = text->str, *end = text->str + text->len;
  XcWords w = { 0 };
  xc_words_read (&w, t, 0, text->len);
  ck_assert_uint_eq (w.len, 20000);
  for (guint k = 0; k < w.len; k++)
    {
      XcWordInfo *info = xc_word_table_info (table, t, end, xc_words_at (&w, k));
      ck_assert_int_eq (info->mask, -1);   /* new: nothing asked yet */
      info->mask = (gint8) (k % 16);
      info->lemma[1] = xc_word_table_keep (table, "kept");
    }
  /* a second reading of the text: other XcWord structs, the same answers */
  XcWords again = { 0 };
  xc_words_read (&again, t, 0, text->len);
  for (guint k = 0; k < again.len; k++)
    {
      XcWordInfo *info = xc_word_table_info (table, t, end, xc_words_at (&again, k));
      ck_assert_int_eq (info->mask, (gint8) (k % 16));
      ck_assert_str_eq (info->lemma[1], "kept");
    }
  /* the first reading's words, whose slots moved as the table grew, look again */
  XcWordInfo *first = xc_word_table_info (table, t, end, xc_words_at (&w, 0));
  ck_assert_int_eq (first->mask, 0);
  /* a word that is a prefix of another, and one longer than eight bytes */
  const char *other = "w1 w10 abcdefghijkl abcdefghijkm";
  XcWords o = { 0 };
  xc_words_read (&o, other, 0, strlen (other));
  ck_assert_int_eq (xc_word_table_info (table, other, other + strlen (other), xc_words_at (&o, 0))->mask, 1);
  ck_assert_int_eq (xc_word_table_info (table, other, other + strlen (other), xc_words_at (&o, 1))->mask, 10);
  xc_word_table_info (table, other, other + strlen (other), xc_words_at (&o, 2))->mask = 7;
  ck_assert_int_eq (xc_word_table_info (table, other, other + strlen (other), xc_words_at (&o, 3))->mask, -1);
  xc_words_clear (&w);
  xc_words_clear (&again);
  xc_words_clear (&o);
  g_string_free (text, TRUE);
  xc_word_table_free (table);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("about-words");
  TCase *tc = tcase_create ("about-words");
  tcase_add_loop_test (tc, test_words_read, 0, G_N_ELEMENTS (words_cases));
  tcase_add_test (tc, test_table_keeps_answers);
  suite_add_tcase (s, tc);
  return s;
}
