/* xc-quantity-nouns.c - the counted noun of a count: "840,000 Chinese vehicles",
 * "one large tanker", "42 of the 120 seats"
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-quantity-private.h"
#include "xc-lexicon-private.h"
#include "xc-wordset-private.h"

/* A capitalized plural that is still a count ("20 Democrats and 15 Republicans
 * voted", "40 House Republicans"): not after "the" ("the 3 Gorges"), not in
 * a title ("5 Seconds Of Summer"): the next word is not capitalized. */
static gboolean
capital_count (const XcQty *q, gsize noun_end)
{
  gsize s, e;
  if (xc_word_before (q->t, q->floor, q->start, &s, &e) && xc_word_in (q->t, s, e, xc_words_determiner))
    return FALSE;
  gsize i = noun_end;
  while (i < q->len && (q->t[i] == ' ' || q->t[i] == '\t'))
    i++;
  /* "THREE PEOPLE HAVE DIED", "6 PEOPLE HAVE DIED": a line in capitals, not a name.
   * A number word in capitals says so by itself; after digits the next word must be
   * in capitals too ("40 SENATORS VOTED", not "40 SENATORS Inc.") */
  gboolean shout = TRUE;
  for (gsize k = q->num_start; k < noun_end && shout; k++)
    shout = !g_ascii_islower (q->t[k]);
  if (shout && !q->words)
    {
      gsize ns, ne;
      shout = xc_word_after (q->t, q->len, noun_end, &ns, &ne) && ne - ns >= 2;
      for (gsize k = ns; shout && k < ne; k++)
        shout = !g_ascii_islower (q->t[k]);
    }
  if (shout)
    return TRUE;
  return i >= q->len || !(g_ascii_isupper (q->t[i]) || g_ascii_isdigit (q->t[i]));
}

/* Words after "one" that make no count of one: "one another", "one day",
 * "at one point", "one side ... the other", "one more time". */
static const char * const one_idioms[] = {
  "another", "time", "times", "way", "ways", "thing", "point", "side", "hand", "reason", "more",
  "less", "other", "half", "third", "quarter", "fifth", "tenth", "kind", "sort", "part", "bit",
  "instance", "example", "moment", "piece", "step", "lot", "such", "single", "only", "last",
  "first", "next", "same", "whole", "big", "hell", "heck", "anyone", "someone", "nothing",
  "something", "everything", "all", "too", "and", "or", "way", "end", "direction", "go",
  "voice", "accord", "possibility", "option", "source", "market", "currency", NULL
};

/* Before "one": "no one", "any one", "at one point", "for one", "as one", "the one". */
static const char * const one_blockers[] = {
  "no", "any", "every", "each", "which", "the", "this", "that", "at", "for", "as", "like",
  "not", "among", "all", "of", NULL
};

/* Adjectives that stand before a noun after "one": "one large tanker". */
static const char * const one_modifiers[] = {
  "large", "small", "big", "new", "old", "major", "minor", "foreign", "local", "senior", "junior",
  "former", "additional", "extra", "lone", "remaining", "main", "young", "elderly", "armed",
  "unarmed", "civilian", "military", "naval", "private", "public", "commercial", "injured",
  "wounded", "dead", "missing", "damaged", "suspected", "unidentified", "unnamed", "domestic",
  "international", "regional", "federal", "national", "state", "key", "top", "leading", NULL
};

static gboolean
is_plain_word (const char *t, gsize s, gsize e)
{
  if (e - s < 3)
    return FALSE;
  for (gsize k = s; k < e; k++)
    if (!XC_IS_ALPHA (t[k]) && t[k] != '-')
      return FALSE;
  return TRUE;
}

/* Can the lowercase word [@s, @e) be the counted noun of "one"? */
static gboolean
singular_noun_like (const char *t, gsize s, gsize e)
{
  if (!is_plain_word (t, s, e) || g_ascii_isupper (t[s]) || xc_word_in (t, s, e, xc_words_stop)
      || xc_word_in (t, s, e, one_idioms) || xc_word_is_adverb (t, s, e))
    return FALSE;
  if ((t[e - 1] == 's' || t[e - 1] == 'S') && e - s > 3)
    {
      char a = xc_lower (t[e - 2]);
      if (a != 's' && a != 'u' && a != 'i')
        return FALSE;   /* "one remains", "one ships": no singular noun; "one bus", "one crisis" are */
    }
  return TRUE;
}

/* A noun that opens a compound with a participle ("one rocket propelled grenade
 * launcher", "a laser guided bomb", "one diesel powered pump", hyphens lost): the
 * thing counted is the compound's head, the last of up to two nouns after the
 * participle. Moves [@s, @e) to it. */
static void
compound_head (const char *t, gsize len, gsize *s, gsize *e)
{
  gsize ps, pe, ns, ne;
  if (!xc_word_after (t, len, *e, &ps, &pe) || ps != *e + 1 || pe - ps < 5
      || !g_ascii_islower (t[ps]) || g_ascii_strncasecmp (t + pe - 2, "ed", 2) != 0)
    return;
  gsize hs = 0, he = 0, at = pe;
  /* the words after the participle must be nouns and nothing else ("sailed west": an
   * adverb; "rocket propelled grenade launcher": nouns) */
  for (int k = 0; k < 2 && xc_word_after (t, len, at, &ns, &ne) && ns == at + 1
                  && singular_noun_like (t, ns, ne)
                  && (xc_lexicon_pos_mask (t + ns, ne - ns) & (XC_POS_NOUN | XC_POS_ADV | XC_POS_ADJ)) == XC_POS_NOUN; k++)
    {
      hs = ns, he = ne;
      at = ne;
    }
  if (he > hs)
    *s = hs, *e = he;
}

/* The counted noun of a count of one ("one tanker", "a single vessel", "one
 * Chinese tanker", "one large oil tanker" -> "oil"): a singular noun right
 * after the number, or after one adjective. */
gboolean
xc_qty_read_singular (XcQty *q, gsize pos, gsize *out_end)
{
  const char *t = q->t;
  gsize s, e, s2, e2;
  if (pos < q->len && (t[pos] == '-' || XC_IS_ALPHA (t[pos])))
    return FALSE;   /* "one-off", "one-sided" */
  if (xc_word_before (t, q->floor, q->start, &s, &e) && xc_word_in (t, s, e, one_blockers))
    return FALSE;
  if (!xc_word_after (t, q->len, pos, &s, &e))
    return FALSE;
  gboolean w2 = xc_word_after (t, q->len, e, &s2, &e2) && singular_noun_like (t, s2, e2);
  if (g_ascii_isupper (t[s]))
    {
      /* "one Chinese tanker": a capitalized modifier, then the noun */
      if (!w2 || !is_plain_word (t, s, e))
        return FALSE;
      s = s2, e = e2;
    }
  else if (xc_word_in (t, s, e, one_modifiers)
           || (e - s > 4 && g_ascii_strncasecmp (t + e - 2, "ed", 2) == 0))
    {
      if (!w2)
        return FALSE;
      s = s2, e = e2;
    }
  else if (!singular_noun_like (t, s, e))
    return FALSE;
  if (xc_time_unit (t, s, e))
    return FALSE;   /* "one day": a duration or an idiom */
  compound_head (t, q->len, &s, &e);
  q->noun = g_ascii_strdown (t + s, (gssize) (e - s));
  *out_end = e;
  return TRUE;
}

/* A model designation at @pos after blanks: capital letters (up to four
 * letters, the first a capital), an optional hyphen or space, up to four
 * digits and an optional capital ("AK-47", "AK 47", "M16", "T-72", "MiG-29"),
 * a plural "s" or "'s" glued after it (*@out_plural). [*@out_start,
 * *@out_model_end) is the model; *@out_end after any plural ending. */
static gboolean
model_at (const char *t, gsize len, gsize pos, gsize *out_start, gsize *out_model_end, gsize *out_end,
          gboolean *out_plural)
{
  gsize i = pos;
  while (i < len && t[i] == ' ')
    i++;
  if (i == pos || i >= len || !g_ascii_isupper (t[i]))
    return FALSE;
  gsize s = i, caps = 0;
  while (i < len && XC_IS_ALPHA (t[i]) && i - s < 4)
    caps += g_ascii_isupper (t[i++]);
  if (caps < 1 || (i < len && XC_IS_ALPHA (t[i])))
    return FALSE;
  if (i < len && (t[i] == '-' || t[i] == ' '))
    i++;
  gsize d = i;
  while (i < len && g_ascii_isdigit (t[i]) && i - d < 4)
    i++;
  if (i == d || (i < len && g_ascii_isdigit (t[i])))
    return FALSE;
  if (t[d - 1] == ' ' && caps < 2)
    return FALSE;   /* "Oct 12", "Room 5": a name and a number, not a model */
  if (i < len && g_ascii_isupper (t[i]) && (i + 1 >= len || !XC_IS_ALPHA (t[i + 1])))
    i++;
  gsize model_end = i;
  gboolean plural = FALSE;
  if (i < len && t[i] == 's')
    i++, plural = TRUE;
  else if (i + 1 < len && t[i] == '\'' && t[i + 1] == 's')
    i += 2, plural = TRUE;
  if (i < len && (XC_IS_ALNUM (t[i]) || t[i] == '-'))
    return FALSE;
  *out_start = s;
  *out_model_end = model_end;
  *out_end = i;
  *out_plural = plural;
  return TRUE;
}

/* "AK 47" -> "ak-47". (transfer full) */
static char *
model_name (const char *t, gsize s, gsize e)
{
  char *m = g_ascii_strdown (t + s, (gssize) (e - s));
  for (char *c = m; *c; c++)
    if (*c == ' ')
      *c = '-';
  return m;
}

/* An abbreviation in capitals with a plural ending at @pos: "KOs", "KO's", "MPs"
 * (@floor: where a word may start). (transfer full) its singular, lowercase, or NULL. */
static char *
abbreviation_plural (const char *t, gsize len, gsize floor, gsize pos, gsize *out_end)
{
  gsize i = pos;
  (void) floor;
  while (i < len && g_ascii_isupper (t[i]) && i - pos < 6)
    i++;
  gsize caps_end = i;
  if (caps_end - pos < 2)
    return NULL;
  if (i < len && t[i] == 's')
    i++;
  else if (i + 1 < len && t[i] == '\'' && t[i + 1] == 's')
    i += 2;
  else if (i + 3 < len && (guchar) t[i] == 0xE2 && (guchar) t[i + 1] == 0x80 && (guchar) t[i + 2] == 0x99
           && t[i + 3] == 's')
    i += 4;   /* ’s */
  else
    return NULL;
  if (i < len && XC_IS_ALNUM (t[i]))
    return NULL;
  *out_end = i;
  return g_ascii_strdown (t + pos, (gssize) (caps_end - pos));
}

/* Endings of nationality words ("Somali", "Yemeni", "Indian", "Chinese", "British"). */
static const char * const demonym_endings[] = { "i", "an", "ese", "ish", NULL };

/* A nationality counted by itself: "12 Somalis and 11 Yemenis", "(12 Somali and 11
 * Yemeni)", "11 Yemeni." — a capitalized word ending as nationalities do, in the
 * plural in "-is", or in the singular, followed by a conjunction, punctuation or
 * the end. (transfer full) the singular, lowercase, or NULL. */
static char *
demonym_count (const char *t, gsize len, gsize s, gsize e)
{
  if (e - s < 4 || !g_ascii_isupper (t[s]))
    return NULL;
  for (gsize k = s + 1; k < e; k++)
    if (!g_ascii_islower (t[k]))
      return NULL;
  gsize ns, ne;
  gboolean next = xc_word_after (t, len, e, &ns, &ne);
  gboolean punct = e >= len || t[e] == ',' || t[e] == ')' || t[e] == '.' || t[e] == ';';
  if (e - s >= 6 && t[e - 1] == 's' && t[e - 2] == 'i' && t[e - 3] != t[e - 4])
    {
      /* "Somalis", "Iraqis"; not "Paris", "Harris", "Davis"; no noun may follow ("12 Somalis
       * were held", not "12 Mavis trucks") */
      g_autofree char *plural = next ? xc_plural_noun (t, ns, ne) : NULL;
      if (punct || (next && !g_ascii_isupper (t[ns]) && plural == NULL))
        return g_ascii_strdown (t + s, (gssize) (e - s - 1));
      return NULL;
    }
  if (!(punct || (next && (xc_word_is (t, ns, ne, "and") || xc_word_is (t, ns, ne, "or")))))
    return NULL;
  if (!(punct || xc_word_is (t, ns, ne, "and") || xc_word_is (t, ns, ne, "or")))
    return NULL;
  for (int k = 0; demonym_endings[k]; k++)
    {
      gsize n = strlen (demonym_endings[k]);
      if (g_ascii_strncasecmp (t + e - n, demonym_endings[k], n) == 0)
        return g_ascii_strdown (t + s, (gssize) (e - s));
    }
  return NULL;
}

/* Second words of a hyphenated number compound that name no counted thing:
 * "two-way", "one-off", "two-thirds", "three-dimensional". */
static const char * const compound_not_nouns[] = {
  "way", "fold", "off", "on", "up", "out", "thirds", "third", "quarters", "quarter", "half",
  "dimensional", "d", "odd", "plus", "and", "or", "to", "for", "fifth", "fifths", "tenths", NULL
};

/* "a 300-seat parliament", "a five-boat attack", "a one-seat majority", "a
 * 10-fight winning streak": a number, a hyphen and a singular noun, modifying the
 * word after it, count that noun. @pos is at the hyphen. */
static gboolean
compound_count (XcQty *q, gsize pos, gsize *out_end)
{
  const char *t = q->t;
  gsize s, e, ns, ne;
  if (pos + 1 >= q->len || !g_ascii_islower (t[pos + 1]) || !xc_word_after (t, q->len, pos + 1, &s, &e) || s != pos + 1)
    return FALSE;
  if (e < q->len && (t[e] == '-' || t[e] == '\'' || XC_IS_ALNUM (t[e])))
    return FALSE;   /* "a 20-year-old", "two-thirds-majority" */
  if (e - s < 3 || xc_word_in (t, s, e, compound_not_nouns) || xc_word_in (t, s, e, xc_words_stop)
      || xc_word_is_adverb (t, s, e) || xc_lower (t[e - 1]) == 's'
      || (e - s > 4 && (g_ascii_strncasecmp (t + e - 2, "ed", 2) == 0 || g_ascii_strncasecmp (t + e - 3, "ing", 3) == 0)))
    return FALSE;   /* "one-sided", "two-thirds", "three-wheeling" */
  if (!xc_word_after (t, q->len, e, &ns, &ne) || ns != e + 1 || xc_word_in (t, ns, ne, xc_words_stop))
    return FALSE;   /* the compound modifies a noun: "a 300-seat Parliament", not "he was five-boat." */
  q->noun = g_ascii_strdown (t + s, (gssize) (e - s));
  *out_end = e;
  return TRUE;
}

/* Singular nouns that join a number without a hyphen to modify the next word. */
static const char * const space_compounds[] = { "round", "person", "man", "member", "seat", NULL };

/* Capitals that are no counted thing after a number: times, zones, places, units. */
static const char * const not_abbreviations[] = {
  "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "ist",
  "et", "pt", "ct", "mt", "eu", "us", "uk", "un", "usa", "ad", "bc", "bce", "ce", "hrs", "hr",
  "km", "kg", "mph", "kph", "mw", "gw", "kw", "tv", "ok", "id", NULL
};

/* "121 RBI.", "203 HR,": two to four capitals right after the number, counted
 * as they stand, when punctuation, "and" or the end follows. (transfer full) */
static char *
bare_abbreviation (const char *t, gsize len, gsize s, gsize e)
{
  if (e - s < 2 || e - s > 4 || xc_word_in (t, s, e, not_abbreviations))
    return NULL;
  for (gsize k = s; k < e; k++)
    if (!g_ascii_isupper (t[k]))
      return NULL;
  gsize ns, ne;
  if (!(e >= len || t[e] == ',' || t[e] == '.' || t[e] == ';' || t[e] == ')'
        || (xc_word_after (t, len, e, &ns, &ne) && (xc_word_is (t, ns, ne, "and") || xc_word_is (t, ns, ne, "in")))))
    return NULL;
  return g_ascii_strdown (t + s, (gssize) (e - s));
}

/* A modifier and the counted noun that WordNet lists as one noun ("33 home runs" count
 * home runs, not runs; "two fishing boats", "seven assault rifles"): the compound,
 * spelled with a space; otherwise @noun. [@ms, @me) is the word right before the noun
 * (starting at @s), empty when there is none. Takes @noun. (transfer full) */
static char *
compound_noun (const char *t, gsize ms, gsize me, gsize s, char *noun)
{
  if (me <= ms || me + 1 != s || t[me] != ' ' || !g_ascii_islower (t[ms]) || me - ms + strlen (noun) + 2 > 64)
    return noun;
  for (gsize k = ms; k < me; k++)
    if (!XC_IS_ALPHA (t[k]))
      return noun;
  g_autofree char *lower = g_ascii_strdown (t + ms, (gssize) (me - ms));
  g_autofree char *both = g_strconcat (lower, " ", noun, NULL);
  if (!(xc_lexicon_pos_mask (both, strlen (both)) & XC_POS_NOUN))
    return noun;
  g_free (noun);
  return g_steal_pointer (&both);
}

/* The counted noun after @pos: up to three modifiers, then a plural noun
 * ("840,000 Chinese vehicles"); a unit of time makes it a duration. */
XcNounResult
xc_qty_read_noun (XcQty *q, gsize pos, gsize *out_end)
{
  const char *t = q->t;
  if (pos < q->len && t[pos] == '-')
    {
      gsize s, e;
      if (pos + 1 < q->len && XC_IS_ALPHA (t[pos + 1]) && xc_word_after (t, q->len, pos + 1, &s, &e)
          && xc_time_unit (t, s, e))
        return XC_NOUN_TIME;
      return compound_count (q, pos, out_end) ? XC_NOUN_FOUND : XC_NOUN_NONE;
    }
  if (pos < q->len && XC_IS_ALPHA (t[pos]))
    {
      /* glued letters: "5G", "737MAX" are names; "12KOs" is a count */
      gsize e;
      char *abbr = abbreviation_plural (t, q->len, pos, pos, &e);
      if (abbr == NULL)
        return XC_NOUN_NONE;
      q->noun = abbr;
      *out_end = e;
      return XC_NOUN_FOUND;
    }
  gsize p = pos, mod_s = 0, mod_e = 0;   /* the modifier right before, if any */
  for (int k = 0, words = 0; k < 4 && words < 8; k++, words++)
    {
      gsize s, e, me;
      gboolean plural;
      if (model_at (t, q->len, p, &s, &me, &e, &plural))
        {
          /* "seven AK-47 assault rifles", "12 AK 47 guns"; "seven AK-47s" counts the model */
          if (plural)
            {
              q->noun = model_name (t, s, me);
              *out_end = e;
              return XC_NOUN_FOUND;
            }
          p = e;
          continue;
        }
      if (!xc_word_after (t, q->len, p, &s, &e))
        return XC_NOUN_NONE;
      if (g_ascii_isupper (t[s]))
        {
          char *other = abbreviation_plural (t, q->len, s, s, &e);
          if (other == NULL && k == 0)
            other = demonym_count (t, q->len, s, e);
          if (other)
            {
              q->noun = other;   /* "36 KO's", "12 Somalis", "11 Yemeni" */
              *out_end = e;
              return XC_NOUN_FOUND;
            }
        }
      if (xc_time_unit (t, s, e))
        {
          /* "six major-league seasons": after modifiers, a count of the unit */
          static const char * const counted_periods[] = { "seasons", "terms", "quarters", "semesters", NULL };
          char *unit = k > 0 && xc_word_in (t, s, e, counted_periods) ? xc_plural_noun (t, s, e) : NULL;
          if (unit == NULL)
            return XC_NOUN_TIME;
          q->noun = unit;
          *out_end = e;
          return XC_NOUN_FOUND;
        }
      if (xc_word_in (t, s, e, xc_words_stop))
        return XC_NOUN_NONE;
      if (k == 0 && q->n.value > 1 && xc_word_in (t, s, e, space_compounds))
        {
          /* "an eight round decision", "the 200 person crowd" */
          gsize ns, ne;
          g_autofree char *head_plural = NULL;
          if (xc_word_after (t, q->len, e, &ns, &ne) && ns == e + 1 && g_ascii_islower (t[ns])
              && !xc_word_in (t, ns, ne, xc_words_stop) && (head_plural = xc_plural_noun (t, ns, ne)) == NULL)
            {
              /* a singular head: "27 member states" counts states */
              q->noun = g_ascii_strdown (t + s, (gssize) (e - s));
              *out_end = e;
              return XC_NOUN_FOUND;
            }
        }
      if (k == 0)
        {
          char *abbr = bare_abbreviation (t, q->len, s, e);
          if (abbr)
            {
              q->noun = abbr;   /* "121 RBI" */
              *out_end = e;
              return XC_NOUN_FOUND;
            }
        }
      char *noun = xc_plural_noun (t, s, e);
      const char *dash = memchr (t + s, '-', e - s);
      if (noun == NULL && dash)
        {
          /* "workers-two women": a dash run into the next phrase */
          XcNumber rest;
          gsize d = (gsize) (dash - t);
          if (xc_number_parse (t + d + 1, (gssize) (e - d - 1), &rest) && (noun = xc_plural_noun (t, s, d)))
            e = d;
        }
      if (noun && g_ascii_isupper (t[s]) && !capital_count (q, e))
        {
          g_free (noun);
          return XC_NOUN_NONE;   /* "3 Gorges Dam", "the 3 Gorges", "Big 4 Banks": a name */
        }
      if (noun)
        {
          q->noun = compound_noun (t, mod_s, mod_e, s, noun);
          *out_end = e;
          return XC_NOUN_FOUND;
        }
      if (g_ascii_isupper (t[s]))
        k--;   /* "two Brooklyn South Anti Crime plainclothes officers": names do not use up the modifiers */
      mod_s = s, mod_e = e;
      p = e;
    }
  return XC_NOUN_NONE;
}

/* "42 of the 120 seats", "Seven of the nine board members", "42 of 120 seats":
 * a count of the noun after the total; the total is no claim of its own. */
gboolean
xc_qty_read_of_total (XcQty *q, gsize pos, gsize *out_end)
{
  const char *t = q->t;
  gsize i, s, e;
  if (q->range || q->vague || pos + 4 >= q->len || t[pos] != ' ' || (t[pos + 1] | 0x20) != 'o'
      || !xc_phrase_at (t, q->len, pos, " of", &i))
    return FALSE;
  xc_phrase_at (t, q->len, i, " the", &i);
  while (i < q->len && t[i] == ' ')
    i++;
  /* the total: digits, or a number word ("nine", "twenty-five") */
  if (i < q->len && g_ascii_isdigit (t[i]))
    {
      s = i;
      while (i < q->len && (g_ascii_isdigit (t[i]) || (t[i] == ',' && i + 1 < q->len && g_ascii_isdigit (t[i + 1]))))
        i++;
      e = i;
    }
  else if (!xc_word_after (t, q->len, i, &s, &e) || s != i)
    return FALSE;
  XcNumber total;
  if (!xc_number_parse (t + s, (gssize) (e - s), &total) || total.scaled || !(total.value > q->n.value)
      || q->n.value < 1 || q->n.value != floor (q->n.value)
      || (e - s == 4 && total.value >= 1800 && total.value <= 2199))
    return FALSE;   /* "five of the 2023 budget lines": a year, no total */
  XcQty probe = *q;
  probe.noun = NULL;
  gsize ne;
  if (xc_qty_read_noun (&probe, e, &ne) != XC_NOUN_FOUND)
    {
      g_free (probe.noun);
      return FALSE;
    }
  g_free (q->noun);
  q->noun = probe.noun;
  *out_end = ne;
  return TRUE;
}

/* What the number is of. Returns FALSE when it is no claim at all (a
 * duration, a year, a bare number). */

/* ---------- counts governed by the clause ---------- */

typedef struct { const char *form; const char *event; } XcEventVerb;

/* Forms of verbs whose object or subject is counted, and the participle that
 * names what the count is of ("killing 12" and "12 killed": killed). */
static const XcEventVerb event_verbs[] = {
  { "kill", "killed" }, { "kills", "killed" }, { "killed", "killed" }, { "killing", "killed" },
  { "injure", "injured" }, { "injures", "injured" }, { "injured", "injured" }, { "injuring", "injured" },
  { "wound", "wounded" }, { "wounds", "wounded" }, { "wounded", "wounded" }, { "wounding", "wounded" },
  { "hurt", "hurt" }, { "hurting", "hurt" },
  { "arrest", "arrested" }, { "arrests", "arrested" }, { "arrested", "arrested" }, { "arresting", "arrested" },
  { "detain", "detained" }, { "detained", "detained" }, { "detaining", "detained" },
  { "capture", "captured" }, { "captured", "captured" }, { "capturing", "captured" },
  { "nab", "nabbed" }, { "nabbed", "nabbed" }, { "nabbing", "nabbed" },
  { "rescue", "rescued" }, { "rescued", "rescued" }, { "rescuing", "rescued" },
  { "evacuate", "evacuated" }, { "evacuated", "evacuated" }, { "evacuating", "evacuated" },
  { "hijack", "hijacked" }, { "hijacked", "hijacked" }, { "hijacking", "hijacked" },
  { "free", "released" }, { "freed", "released" }, { "freeing", "released" },
  { "release", "released" }, { "released", "released" }, { "releasing", "released" },
  { "died", "dead" }, { "dead", "dead" }, { "missing", "missing" },
  { "displaced", "displaced" }, { "hospitalized", "hospitalized" }, { "hospitalised", "hospitalized" },
  { "charged", "charged" }, { "convicted", "convicted" }, { "fled", "fled" },
  { "surrendered", "surrendered" }, { "gathered", "gathered" }, { "marched", "marched" },
  { "protested", "protested" }, { "drowned", "drowned" }, { "sickened", "sickened" },
};

/* Words of the event table (lowercase), as a set for xc_word_in(). */
static const char * const *
event_forms (void)
{
  static const char **forms = NULL;
  if (g_once_init_enter (&forms))
    {
      const char **f = g_new (const char *, G_N_ELEMENTS (event_verbs) + 1);
      for (gsize k = 0; k < G_N_ELEMENTS (event_verbs); k++)
        f[k] = event_verbs[k].form;
      f[G_N_ELEMENTS (event_verbs)] = NULL;
      g_once_init_leave (&forms, f);   /* kept for the process, like the word sets */
    }
  return forms;
}

static const char *
event_of (const char *t, gsize s, gsize e)
{
  if (!xc_word_in (t, s, e, event_forms ()))
    return NULL;
  for (gsize k = 0; k < G_N_ELEMENTS (event_verbs); k++)
    if (xc_word_is (t, s, e, event_verbs[k].form))
      return event_verbs[k].event;
  return NULL;
}

/* Nouns a count of an event is the number of: "the number of dead", "the tally of injured". */
static const char * const number_nouns_of[] = { "number", "tally", "count", "total", NULL };

/* Auxiliaries between a count and its participle: "60 were injured", "12 had been arrested". */
static const char * const count_auxiliaries[] = {
  "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got", "reportedly",
  "reported", "confirmed", "also", "later", "all", "now", "still", "initially", NULL
};

/* Pronouns of a partitive: "three of them", "two of those". */
static const char * const partitive_pronouns[] = { "them", "those", "these", "us", "whom", "which", NULL };

/* Words before a bare number that refer back: "the remaining three", "the other four". */
static const char * const anaphoric_leads[] = { "remaining", "other", "another", "rest", NULL };

/* Verbs a counted subject may take whatever it counts: "Two managed to flee". */
static const char * const subject_verbs[] = {
  "were", "are", "was", "had", "have", "managed", "remain", "remained", "escaped", "fled", "survived",
  "returned", "stayed", "got", "went", "came", NULL
};

/* "father of two": children; "a town of 14,000": residents. */
static const char * const parent_words[] = { "father", "mother", "parent", "parents", NULL };
static const char * const place_words[] = {
  "town", "city", "village", "island", "nation", "country", "suburb", "community", "state", NULL
};
/* Nouns of a number that are no group in WordNet: "a majority of 160", "a toll of 12". */
static const char * const number_nouns[] = { "majority", "toll", "tally", NULL };

/* "a crowd of 5,000", "a force of 300", "a majority of 160": a group counted by the
 * number after "of" (WordNet: the noun is a kind of group); the noun itself, or NULL. */
static char *
group_of (const char *t, gsize s, gsize e)
{
  if (e - s < 3 || !g_ascii_islower (t[s]) || xc_word_in (t, s, e, xc_words_stop))
    return NULL;
  char lemma[64];
  if (!xc_lexicon_lemma (t + s, e - s, XC_POS_NOUN, lemma, sizeof lemma))
    return NULL;
  if (g_strv_contains (number_nouns, lemma) || xc_lexicon_is_a (lemma, "social_group", 8)
      || xc_lexicon_is_a (lemma, "gathering", 8))
    return g_strdup (lemma);
  return NULL;
}

/* "seven bullets, including three that entered his body" */
static const char * const relative_pronouns[] = { "that", "who", "which", "of", NULL };
static const char * const inclusion_words[] = { "including", "includes", "included", "among", "with", NULL };
/* "178 punches to just 30": the same thing counted for another side */
static const char * const versus_words[] = { "to", "versus", "vs", "against", NULL };

gboolean
xc_qty_read_governed (XcQty *q, gsize pos, gsize *out_end)
{
  const char *t = q->t;
  gsize s, e, i;
  if (q->designation || q->vague || q->iso || q->percent || q->measure || q->n.value < 1
      || (!q->range && q->n.value != floor (q->n.value)) || (pos < q->len && (XC_IS_ALPHA (t[pos]) || t[pos] == '-')))
    return FALSE;
  /* a partitive: "two of the skiffs", "three of them" */
  if (xc_phrase_at (t, q->len, pos, " of", &i) && xc_word_after (t, q->len, i, &s, &e))
    {
      if (xc_word_in (t, s, e, partitive_pronouns))
        {
          /* "like 40 or 50 of them": a count of what the text named before, or of
           * something it does not name */
          q->noun = q->antecedent ? g_strdup (q->antecedent) : NULL;
          *out_end = e;
          return TRUE;
        }
      if (xc_word_is (t, s, e, "the") || xc_word_is (t, s, e, "their") || xc_word_is (t, s, e, "its"))
        {
          /* "nine of the injured", "two of the dead": a part of those an event befell
           * (the word ends its phrase: "17 of the hijacked ships" counts ships) */
          gsize s3, e3, s4, e4;
          const char *ev = xc_word_after (t, q->len, e, &s3, &e3) && s3 == e + 1 ? event_of (t, s3, e3) : NULL;
          if (ev && xc_word_after (t, q->len, e3, &s4, &e4) && s4 == e3 + 1
              && (xc_lexicon_pos_mask (t + s4, e4 - s4) & XC_POS_NOUN))
            ev = NULL;
          if (ev)
            {
              q->noun = g_strdup (ev);
              *out_end = e3;
              return TRUE;
            }
          XcQty probe = *q;
          probe.noun = NULL;
          gsize ne;
          if (xc_qty_read_noun (&probe, e, &ne) == XC_NOUN_FOUND)
            {
              q->noun = probe.noun;
              *out_end = ne;
              return TRUE;
            }
          g_free (probe.noun);
        }
      return FALSE;
    }
  /* an event after it: "35 hurt", "60 were injured", "12 arrested" */
  gsize p = pos;
  for (int k = 0; k < 4 && xc_word_after (t, q->len, p, &s, &e) && s == p + 1; k++, p = e)
    {
      const char *ev = event_of (t, s, e);
      if (ev)
        {
          q->noun = g_strdup (ev);
          *out_end = pos;
          return TRUE;
        }
      if (!xc_word_in (t, s, e, count_auxiliaries))
        break;
    }
  /* an event before it: "killing 12 and wounding 40", "took 23 into custody", "the toll rose to 9" */
  gsize ws, we;
  if (xc_word_before (t, q->floor, q->start, &ws, &we))
    {
      const char *ev = event_of (t, ws, we);
      if (ev == NULL && (xc_word_is (t, ws, we, "took") || xc_word_is (t, ws, we, "taken")
                         || xc_word_is (t, ws, we, "taking"))
          && xc_phrase_at (t, q->len, pos, " into custody", NULL))
        ev = "arrested";
      if (ev == NULL && (xc_word_is (t, ws, we, "to") || xc_word_is (t, ws, we, "at")))
        {
          /* "the death toll rose to 9", "the toll from the crash stood at 9", "the
           * number of dead has risen to 31", "the number of people injured climbed to
           * 60": the subject of the clause, back to its start (punctuation ends it) */
          gsize p2 = ws, s2, e2;
          const char *told = NULL;   /* the nearest event word on the way ("dead") */
          for (int k = 0; k < 8 && ev == NULL && xc_word_before (t, q->floor, p2, &s2, &e2); k++, p2 = s2)
            {
              if (xc_word_is (t, s2, e2, "toll"))
                ev = "killed";
              else if (told && xc_word_in (t, s2, e2, number_nouns_of))
                ev = told;
              else if (told == NULL)
                told = event_of (t, s2, e2);
            }
        }
      if (ev)
        {
          q->noun = g_strdup (ev);
          *out_end = pos;
          return TRUE;
        }
    }
  /* "the father of two", "a town of 14,000" */
  if (xc_word_before (t, q->floor, q->start, &ws, &we) && xc_word_is (t, ws, we, "of")
      && xc_word_before (t, q->floor, ws, &s, &e))
    {
      const char *whole = xc_word_in (t, s, e, parent_words) ? "child"
                        : xc_word_in (t, s, e, place_words) ? "resident" : NULL;
      if (whole)
        {
          q->noun = g_strdup (whole);
          *out_end = pos;
          return TRUE;
        }
      char *group = group_of (t, s, e);
      if (group)
        {
          q->noun = group;
          *out_end = pos;
          return TRUE;
        }
    }
  if (q->antecedent == NULL)
    return FALSE;
  /* what was counted before: "the remaining three", "Two managed to flee", "seven
   * bullets, including three that entered", "seven bullets — three to the back",
   * "178 punches to just 30" */
  if (xc_word_after (t, q->len, pos, &s, &e) && s == pos + 1 && xc_word_in (t, s, e, relative_pronouns)
      && xc_word_before (t, q->floor, q->start, &ws, &we) && xc_word_in (t, ws, we, inclusion_words))
    {
      q->noun = g_strdup (q->antecedent);
      *out_end = pos;
      return TRUE;
    }
  gsize b = q->start;
  while (b > q->floor && t[b - 1] == ' ')
    b--;
  gboolean dash = (b >= 3 && (guchar) t[b - 3] == 0xE2 && (guchar) t[b - 2] == 0x80
                   && ((guchar) t[b - 1] == 0x94 || (guchar) t[b - 1] == 0x93))
                  || (b >= 2 && t[b - 1] == '-' && t[b - 2] == ' ');
  gboolean versus = xc_word_before (t, q->floor, q->start, &ws, &we);
  if (versus && (xc_word_is (t, ws, we, "just") || xc_word_is (t, ws, we, "only")))
    versus = xc_word_before (t, q->floor, ws, &ws, &we);
  versus = versus && xc_word_in (t, ws, we, versus_words) && q->antecedent_end <= ws && q->antecedent_end + 2 >= ws;
  if ((dash && q->antecedent_end <= b && q->antecedent_end + 4 >= b) || versus)
    {
      q->noun = g_strdup (q->antecedent);
      *out_end = pos;
      return TRUE;
    }
  gboolean lead = xc_word_before (t, q->floor, q->num_start, &ws, &we) && xc_word_in (t, ws, we, anaphoric_leads);
  /* a verb left out after "and": "12 are from Somalia and 11 from Yemen", "five died in
   * Orlek and three in Varenna" (the noun and the verb of the count before) */
  static const char * const gap_prepositions[] = { "from", "in", "at", "on", NULL };
  gboolean gapped = xc_word_before (t, q->floor, q->start, &ws, &we) && xc_word_is (t, ws, we, "and")
                    && xc_word_after (t, q->len, pos, &s, &e) && s == pos + 1 && xc_word_in (t, s, e, gap_prepositions)
                    && q->antecedent_end <= ws && q->antecedent_end + 200 >= ws;
  lead = lead || gapped;
  gboolean subject = xc_word_after (t, q->len, pos, &s, &e) && s == pos + 1 && xc_word_in (t, s, e, subject_verbs)
                     && (q->start == q->floor || !xc_word_before (t, q->floor, q->start, &ws, &we)
                         || xc_word_in (t, ws, we, xc_words_stop));
  if (!lead && !subject)
    return FALSE;
  q->noun = g_strdup (q->antecedent);
  *out_end = pos;
  return TRUE;
}
