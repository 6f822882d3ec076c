/* xc-quantity-qualify.c - what the words around a figure say of it: its qualifier
 * ("nearly", "more than"), a name it is part of ("Article 5"), the direction of a change
 * ("rose 5%", "a 5% rise") and whether it is a share ("a 30% stake")
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-quantity-private.h"

/* ---------- the words before ---------- */

/* The direction of the change verb or noun that governs a number starting at @pos:
 * "rose [sharply] [by]", "up [by]", "growth of", "an increase of". */
static void
read_direction (XcQty *q, gsize pos)
{
  gsize s, e;
  if (!xc_word_before (q->t, q->floor, pos, &s, &e))
    return;
  if (xc_word_is (q->t, s, e, "by") && !xc_word_before (q->t, q->floor, s, &s, &e))
    return;
  if (xc_word_is (q->t, s, e, "from"))
    {
      /* "rose from X to Y", "up from X": X is the old level */
      gsize s2, e2;
      if (xc_word_before (q->t, q->floor, s, &s2, &e2))
        {
          if (xc_word_is_adverb (q->t, s2, e2) && !xc_word_before (q->t, q->floor, s2, &s2, &e2))
            return;
          gboolean noun;
          q->from_direction = xc_direction_of_word (q->t, s2, e2, &noun);
        }
      return;
    }
  if (xc_word_is (q->t, s, e, "of"))
    {
      gsize s2, e2;
      XcDirection d;
      if (xc_word_before (q->t, q->floor, s, &s2, &e2) && xc_direction_noun (q->t, s2, e2, &d))
        q->direction = d;
      return;
    }
  if (xc_word_is_adverb (q->t, s, e) && !xc_word_before (q->t, q->floor, s, &s, &e))
    return;
  gboolean noun;
  XcDirection d = xc_direction_of_word (q->t, s, e, &noun);
  if (d == XC_DIRECTION_NONE || noun)
    return;
  if (xc_word_is (q->t, s, e, "up") || xc_word_is (q->t, s, e, "down"))
    {
      /* "make up 30%", "set up 5 centres", "shut down 3 plants": phrasal verbs */
      static const char * const phrasal[] = {
        "make", "makes", "made", "making", "set", "sets", "setting", "end", "ends", "ended",
        "pick", "picked", "take", "takes", "took", "taken", "add", "adds", "added", "sum",
        "summed", "show", "shows", "showed", "turn", "turns", "turned", "shut", "shuts",
        "broke", "break", "breaks", "put", "puts", "bring", "brought", "back", "backed",
        "step", "stepped", "signed", "sign", "sat", "sit", "wind", "wound", "close", "closed",
        "mark", "marked", "narrow", "narrowed", "write", "wrote", "written", "round", "rounded",
        "line", "lined", "open", "opened", "speak", "spoke", "stand", "stood", "hold", "held", NULL
      };
      gsize s2, e2;
      if (xc_word_before (q->t, q->floor, s, &s2, &e2) && xc_word_in (q->t, s2, e2, phrasal))
        return;
    }
  if (xc_word_is (q->t, s, e, "up") || xc_word_is (q->t, s, e, "down") || xc_word_is (q->t, s, e, "higher")
      || xc_word_is (q->t, s, e, "lower"))
    {
      /* "set up 5 centres": only a money or percent figure takes "up" */
      q->direction_adverb = TRUE;
      if (xc_word_is (q->t, s, e, "higher") || xc_word_is (q->t, s, e, "lower"))
        return;
    }
  q->direction = d;
}

/* Words before the number that make it a name, not a quantity: "Article 5",
 * "Boeing 737", "No. 3", "World War Two"; and "the two sides" (anaphora). */
static void
read_designation (XcQty *q, gsize pos)
{
  gsize s, e;
  gsize j = pos;
  while (j > q->floor && (q->t[j - 1] == ' ' || q->t[j - 1] == '\t'))
    j--;
  if (j > q->floor && q->t[j - 1] == '.')
    {
      /* "No. 5", "p. 12", "Vol. 3"; not a sentence's full stop (the floor stops that) */
      if (xc_word_before (q->t, q->floor, j - 1, &s, &e) && e == j - 1
          && xc_word_in (q->t, s, e, xc_words_designation))
        q->designation = TRUE;
      return;
    }
  if (j > q->floor && q->t[j - 1] == '#')
    {
      q->designation = TRUE;
      return;
    }
  if (!xc_word_before (q->t, q->floor, pos, &s, &e))
    return;
  if (xc_word_in (q->t, s, e, xc_words_designation) || xc_word_in (q->t, s, e, xc_words_month))
    {
      q->designation = TRUE;
      /* "an apartment three doors away": a spelled-out number after a lowercase
       * designation word may still count what follows it */
      q->designation_soft = q->words && g_ascii_islower (q->t[s]) && !xc_word_in (q->t, s, e, xc_words_month);
    }
  else if (g_ascii_isupper (q->t[s]) && !xc_word_in (q->t, s, e, xc_words_open_prefix))
    {
      q->designation_name = q->words;   /* "hitting Gray eleven times" */
      gboolean possessive = (e - s > 2 && q->t[e - 2] == '\'' && (q->t[e - 1] == 's' || q->t[e - 1] == 'S'))
                            || (e - s > 4 && (guchar) q->t[e - 2] == 0x99 && q->t[e - 1] == 's');
      if (!possessive)
        q->designation = TRUE;
    }
  if (q->words && xc_word_in (q->t, s, e, xc_words_determiner))
    q->anaphora = TRUE;
  /* "one in five voters", "1 in 3 adults": a ratio, not a count */
  gsize s2, e2;
  if (xc_word_is (q->t, s, e, "in") && s > q->floor)
    {
      gsize b = s;
      while (b > q->floor && q->t[b - 1] == ' ')
        b--;
      if (b > q->floor && g_ascii_isdigit (q->t[b - 1]))
        q->ratio = TRUE;
      else if (xc_word_before (q->t, q->floor, s, &s2, &e2))
        {
          XcNumber n;
          if (xc_number_parse (q->t + s2, (gssize) (e2 - s2), &n) && !xc_word_is (q->t, s2, e2, "a"))
            q->ratio = TRUE;
        }
    }
}

void
xc_qty_read_left (XcQty *q)
{
  gsize qs = q->start;
  if (xc_phrase_before (q->t, q->floor, q->start, "magnitude-", &qs)
      || xc_phrase_before (q->t, q->floor, q->start, "magnitude of", &qs)
      || xc_phrase_before (q->t, q->floor, q->start, "magnitude", &qs))
    {
      q->measure = xc_measure_magnitude ();
      q->start = qs;
      return;
    }
  read_designation (q, q->start);
  const XcQualifierWord *w = xc_qualifier_before (q->t, q->floor, q->start, &qs);
  if (w)
    {
      q->qualifier = w->qualifier;
      q->below = w->below;
      q->level = w->level;
      q->designation = FALSE;
      q->anaphora = FALSE;
      q->start = qs;
    }
  if (xc_phrase_before (q->t, q->floor, q->start, "between", &q->between_start))
    q->between = TRUE;
  if (!q->level)
    read_direction (q, q->start);
}

/* ---------- the words after ---------- */

static const char * const direction_adjectives[] = {
  "annual", "yearly", "monthly", "quarterly", "year-on-year", "year-over-year", "sharp", "steep",
  "further", "modest", "slight", "significant", "record", "massive", "huge", "dramatic",
  "marked", "small", "big", "large", "nominal", "real", NULL
};

/* "a 5% rise", "a 5 percent annual increase", "5% higher". */
void
xc_qty_read_direction_after (XcQty *q)
{
  gsize s, e;
  if (q->direction != XC_DIRECTION_NONE || !xc_word_after (q->t, q->len, q->end, &s, &e))
    return;
  XcDirection d;
  if (xc_direction_noun (q->t, s, e, &d))
    {
      q->direction = d;
      q->direction_end = e;
      return;
    }
  if (xc_word_is (q->t, s, e, "higher") || xc_word_is (q->t, s, e, "lower"))
    {
      q->direction = xc_word_is (q->t, s, e, "higher") ? XC_DIRECTION_UP : XC_DIRECTION_DOWN;
      q->direction_end = e;
      return;
    }
  if (xc_word_in (q->t, s, e, direction_adjectives) && xc_word_after (q->t, q->len, e, &s, &e)
      && xc_direction_noun (q->t, s, e, &d))
    {
      q->direction = d;
      q->direction_end = e;
    }
}

static const char * const share_nouns[] = {
  "stake", "share", "holding", "interest", "majority", "minority", "ownership", "chance",
  "probability", "likelihood", "turnout", NULL
};

static const char * const share_leads[] = {
  "accounted for", "accounts for", "accounting for", "account for", "made up", "makes up",
  "make up", "making up", "share of", "represented", "represents", "representing",
  "comprised", "comprises", NULL
};

gboolean
xc_qty_read_share (XcQty *q)
{
  gsize s, e;
  if (!q->percent || q->pp || q->direction != XC_DIRECTION_NONE)
    return FALSE;
  if (xc_word_after (q->t, q->len, q->end, &s, &e))
    {
      if (xc_word_is (q->t, s, e, "of"))
        return TRUE;
      if (xc_word_in (q->t, s, e, share_nouns))
        return TRUE;
      gsize s2, e2;
      if (!xc_word_in (q->t, s, e, xc_words_stop) && xc_word_after (q->t, q->len, e, &s2, &e2)
          && xc_word_in (q->t, s2, e2, share_nouns) && !xc_word_is (q->t, s2, e2, "interest"))
        return TRUE;
    }
  return xc_phrase_table_before (q->t, q->floor, q->start, share_leads, &s) >= 0;
}
