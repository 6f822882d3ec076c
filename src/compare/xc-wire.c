/* xc-wire.c - wire copy: a sentence folded to its words, and how many words two
 * folded sentences share; alignment and judging both ask whether two claims stand
 * in one sentence carried by two sources
 * SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>
#include "xc-compare-private.h"

char *
xc_fold_sentence (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;
  for (const char *p = s ? s : ""; *p; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalnum (*p))
            {
              if (gap && out->len)
                g_string_append_c (out, ' ');
              gap = FALSE;
              g_string_append_c (out, g_ascii_tolower (*p));
            }
          else
            gap = TRUE;
          continue;
        }
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        {
          if (gap && out->len)
            g_string_append_c (out, ' ');
          gap = FALSE;
          g_string_append_unichar (out, g_unichar_tolower (c));
        }
      else
        gap = TRUE;
    }
  char *folded = g_strndup (out->str, out->len);   /* kept per sentence for the whole run */
  g_string_free (out, TRUE);
  return folded;
}

/* A word of a folded sentence: where it starts and its length. */
typedef struct {
  const char *s;
  guint       n;
} Word;

static int
cmp_word (gconstpointer pa, gconstpointer pb)
{
  const Word *a = pa, *b = pb;
  int r = memcmp (a->s, b->s, MIN (a->n, b->n));
  return r ? r : (a->n > b->n) - (a->n < b->n);
}

/* The words of @s split at each space (as g_strsplit (s, " ", -1) would), sorted. */
static guint
words_sorted (const char *s, Word *out)
{
  guint n = 0;
  for (const char *p = s;; p++)
    if (*p == ' ' || *p == '\0')
      {
        out[n].s = s;
        out[n].n = (guint) (p - s);
        n++;
        if (*p == '\0')
          break;
        s = p + 1;
      }
  qsort (out, n, sizeof (Word), cmp_word);
  return n;
}

static guint
count_words (const char *s)
{
  guint n = 1;
  for (; *s; s++)
    n += *s == ' ';
  return n;
}

/* The share of words two sorted word lists have in common, counted with their
 * repeats (a multiset), over the longer one's: both are walked together. */
static double
overlap_sorted (const Word *wa, guint na, const Word *wb, guint nb)
{
  guint shared = 0;
  for (guint i = 0, j = 0; i < na && j < nb;)
    {
      int r = cmp_word (&wa[i], &wb[j]);
      if (r == 0)
        shared++, i++, j++;
      else if (r < 0)
        i++;
      else
        j++;
    }
  return (double) shared / MAX (na, nb);
}

/* The share of words two folded sentences have in common, counted with their
 * repeats (a multiset), over the longer one's. Both word lists are sorted and
 * walked together: no allocation for sentences of up to 256 words. */
double
xc_fold_overlap (const char *a, const char *b)
{
  if (a == NULL || b == NULL || !*a || !*b)
    return 0;
  if (g_str_equal (a, b))
    return 1;
  Word sa[256], sb[256];
  guint ca = count_words (a), cb = count_words (b);
  g_autofree Word *ha = ca > G_N_ELEMENTS (sa) ? g_new (Word, ca) : NULL;
  g_autofree Word *hb = cb > G_N_ELEMENTS (sb) ? g_new (Word, cb) : NULL;
  Word *wa = ha ? ha : sa, *wb = hb ? hb : sb;
  guint na = words_sorted (a, wa), nb = words_sorted (b, wb);
  return overlap_sorted (wa, na, wb, nb);
}

void
xc_fold_words_init (XcFoldWords *w, const char *fold)
{
  w->fold = fold;
  w->words = NULL;
  w->n = 0;
  if (fold == NULL || !*fold)
    return;
  Word *words = g_new (Word, count_words (fold));
  w->n = words_sorted (fold, words);
  w->words = words;
}

void
xc_fold_words_clear (XcFoldWords *w)
{
  g_clear_pointer (&w->words, g_free);
  w->n = 0;
}

double
xc_fold_overlap_words (const XcFoldWords *a, const XcFoldWords *b)
{
  if (a->words == NULL || b->words == NULL)
    return 0;
  if (a->fold == b->fold || g_str_equal (a->fold, b->fold))
    return 1;
  return overlap_sorted (a->words, a->n, b->words, b->n);
}
