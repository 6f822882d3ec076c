/* xc-quantity-right.c - what a number is of, from the words after it: a percent, a
 * range's high end, a currency, a unit of measure, or a count of a noun
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-quantity-private.h"
#include "xc-lexicon-private.h"

static const char * const percent_phrases[] = {
  " percentage points", " percentage point", "-percentage-point", " basis points", " basis point",
  " bps", " per cent", "-per-cent", " percent", "-percent", " pct", "%", " %", NULL
};

/* Reads "%", "percent", "percentage points" at @pos. */
static gboolean
read_percent (XcQty *q, gsize pos, gsize *out_end)
{
  int k = xc_phrase_table_at (q->t, q->len, pos, percent_phrases, out_end);
  if (k < 0)
    return FALSE;
  q->percent = TRUE;
  const char *p = percent_phrases[k];
  q->pp = strstr (p, "point") != NULL || strstr (p, "bps") != NULL;
  if (strstr (p, "basis") || strstr (p, "bps"))
    {
      q->n.value /= 100;
      q->n.step /= 100;
      q->high.value /= 100;
      q->high.step /= 100;
    }
  return TRUE;
}

/* A second number after a range connector: "20–30", "20 to 30", "$1bn-$2bn", "between 20 and 30". */
static gboolean
read_range (XcQty *q, gsize pos, gboolean low_percent)
{
  gsize i = pos, e;
  const char *t = q->t;
  while (i < q->len && t[i] == ' ')
    i++;
  gboolean spaced = i > pos, either = FALSE;
  if (q->between && xc_phrase_at (t, q->len, i, "and ", &e))
    i = e;
  else if (!q->between && spaced && xc_phrase_at (t, q->len, i, "or ", &e))
    {
      /* "20 or 30 percent", "$5 or $6 million": a range, unless the low end is a year */
      if (q->digits && !q->n.scaled && q->n.value >= 1800 && q->n.value <= 2199 && q->core_end - q->num_start == 4)
        return FALSE;
      either = TRUE;
      i = e;
    }
  else if (!q->between && xc_phrase_at (t, q->len, i, "to ", &e))
    {
      /* "rose 5% to 20%", "rose $1bn to $2bn" and "rose from $1bn to $2bn" are
       * changes, not ranges; "grew 2 to 3 percent" is a range */
      if ((q->direction != XC_DIRECTION_NONE && (low_percent || q->iso))
          || q->from_direction != XC_DIRECTION_NONE)
        return FALSE;
      i = e;
    }
  else if (!q->between && i < q->len && t[i] == '-')
    i++;
  else if (!q->between && i + 3 <= q->len && (guchar) t[i] == 0xE2 && (guchar) t[i + 1] == 0x80
           && ((guchar) t[i + 2] == 0x93 || (guchar) t[i + 2] == 0x94))
    i += 3;
  else
    return FALSE;
  if (i < q->len && t[i] == ' ')
    {
      if (!spaced && t[i - 1] == '-')
        return FALSE;   /* "20- 30" */
      i++;
    }
  /* an optional currency sign again: "$1bn-$2bn", "€1 to €2 million" */
  if (q->iso && i < q->len && !g_ascii_isdigit (t[i]))
    {
      gsize k = i;
      while (k < q->len && k < i + 4 && !g_ascii_isdigit (t[k]))
        k++;
      if (k > i && xc_currency_prefix (t + i, k - i, q->iso) != NULL)
        i = k;
    }
  if (i >= q->len || !g_ascii_isdigit (t[i]))
    return FALSE;
  gsize ns = i;
  while (i < q->len && (g_ascii_isdigit (t[i]) || ((t[i] == ',' || t[i] == '.') && i + 1 < q->len
                                                     && g_ascii_isdigit (t[i + 1]))))
    i++;
  gsize de = i, ne = i;
  /* a scale word after the high end */
  static const char * const scales[] = {
    " thousand", " million", " billion", " trillion", "-million", "-billion", " mn", " bn", " tn",
    "mn", "bn", "tn", "k", "m", "b", NULL
  };
  if (xc_phrase_table_at (t, q->len, de, scales, &e) >= 0)
    ne = e;
  if (xc_qty_bad_digit_tail (t, q->len, ne, FALSE))
    return FALSE;
  XcNumber hi, hi_plain;
  if (!xc_qty_parse_span (t, ns, ne, &hi) || !xc_qty_parse_span (t, ns, de, &hi_plain))
    return FALSE;
  XcNumber lo = q->n;
  if (!lo.scaled && hi.scaled && hi_plain.value > 0)
    {
      /* "2-3 million": the high end's scale is the low end's too */
      double f = hi.value / hi_plain.value;
      if (f > 1 && lo.value * f <= hi.value)
        {
          lo.value *= f;
          lo.step *= f;
          lo.scaled = TRUE;
        }
    }
  if (!(hi.value > lo.value) || (either && hi.value > 10 * lo.value))
    return FALSE;   /* "or" joins two guesses at one figure: "one or 100" is no range */
  if (low_percent && !(ne < q->len && t[ne] == '%') && !xc_phrase_at (t, q->len, ne, " percent", NULL))
    return FALSE;
  q->n = lo;
  q->high = hi;
  q->range = TRUE;
  q->qualifier = XC_QUALIFIER_RANGE;
  if (q->between)
    q->start = q->between_start;
  q->core_end = ne;
  return TRUE;
}

/* "two or three ships", "two or three million people": spelled-out ends joined by "or". */
static gboolean
read_words_range (XcQty *q, gsize pos)
{
  gsize i, ws, we, ends[3];
  int n = 0;
  if (!xc_phrase_at (q->t, q->len, pos, " or ", &i))
    return FALSE;
  for (gsize p = i; n < 3 && xc_word_after (q->t, q->len, p, &ws, &we) && (n > 0 || ws == i); p = we)
    ends[n++] = we;
  XcNumber hi, hi_plain;
  for (int k = n; k-- > 0;)
    {
      if (!xc_qty_parse_span (q->t, i, ends[k], &hi) || !xc_qty_parse_span (q->t, i, ends[0], &hi_plain))
        continue;
      XcNumber lo = q->n;
      if (!lo.scaled && hi.scaled && hi_plain.value > 0 && hi.value > hi_plain.value)
        {
          double f = hi.value / hi_plain.value;
          lo.value *= f;
          lo.step *= f;
          lo.scaled = TRUE;
        }
      if (!(hi.value > lo.value) || hi.value > 10 * lo.value)
        return FALSE;
      q->n = lo;
      q->high = hi;
      q->range = TRUE;
      q->qualifier = XC_QUALIFIER_RANGE;
      q->core_end = ends[k];
      return TRUE;
    }
  return FALSE;
}

static gboolean
sentence_has_money (const XcQty *q)
{
  static const char * const money_words[] = {
    "£", "cost", "paid", "pay", "price", "fine", "worth", "salary", "budget", "fund", "spen",
    "sterling", "fee", "bill", "tax", "sold", "bought", "revenue", "profit", "loss", "wage",
    "earn", "bank", "money", "deal", "contract", "compensation", "raised", "donat", "invest",
    "loan", "debt", "award", "prize", NULL
  };
  g_autofree char *s = g_ascii_strdown (q->t + q->floor, q->len - q->floor);
  for (int i = 0; money_words[i]; i++)
    if (strstr (s, money_words[i]))
      return TRUE;
  return FALSE;
}

/* Words around a batting average: "hit .308", "a career .290 hitter", ".290 average". */
static const char * const average_leads[] = { "hit", "hits", "hitting", "batted", "batting", "career", NULL };
static const char * const average_nouns[] = { "average", "avg", "hitter", "batting", NULL };

/* ".308": three decimals with no whole part, after a verb of batting or before
 * "average"/"hitter": a measure in "avg". */
static gboolean
batting_average (XcQty *q, gsize pos)
{
  const char *t = q->t;
  gsize s, e;
  if (!q->digits || q->iso || q->range || t[q->num_start] != '.' || q->core_end - q->num_start != 4)
    return FALSE;
  if (!(xc_word_before (t, q->floor, q->num_start, &s, &e) && xc_word_in (t, s, e, average_leads))
      && !(xc_word_after (t, q->len, pos, &s, &e) && xc_word_in (t, s, e, average_nouns)))
    return FALSE;
  q->measure = xc_measure_batting_average ();
  q->end = pos;
  return TRUE;
}

/* An amount whose currency sign was lost on the way ("lend? 22.4bn", "a ��110
 * billion bailout", "earns? 900 a month"): a question mark glued to the word
 * before, or U+FFFD, right before the number. Money in "XXX", the ISO 4217
 * code for no currency: never a guess at which one. */
static gboolean
garbled_money (XcQty *q, gsize pos)
{
  const char *t = q->t;
  gsize i = q->num_start;
  if (!q->digits || q->iso || q->percent || q->measure || q->designation || q->start != q->num_start)
    return FALSE;
  if (i > 0 && t[i - 1] == ' ')
    i--;   /* the sign may stand before the sentence's floor: "lend? 22.4bn" splits there */
  gboolean lost = FALSE;
  if (i >= 2 && t[i - 1] == '?' && XC_IS_ALPHA (t[i - 2]))
    lost = TRUE;
  else if (i >= 3 && (guchar) t[i - 3] == 0xEF && (guchar) t[i - 2] == 0xBF && (guchar) t[i - 1] == 0xBD)
    lost = TRUE;
  if (!lost)
    return FALSE;
  if (!q->n.scaled && !xc_phrase_at (t, q->len, pos, " a month", NULL) && !xc_phrase_at (t, q->len, pos, " a year", NULL)
      && !xc_phrase_at (t, q->len, pos, " (", NULL))
    return FALSE;
  q->iso = "XXX";
  q->end = pos;
  return TRUE;
}

/* After "the two women": what makes a pair named before a count the clause states —
 * a list of the parts it is made of ("and a man", "and one child"), or for people a
 * passive verb ("were killed", "were later arrested"): what happened to them. */
static gboolean
pair_told (const char *t, gsize len, gsize pos, const char *noun)
{
  gsize s, e;
  if (!xc_word_after (t, len, pos, &s, &e))
    return FALSE;
  if (xc_word_is (t, s, e, "and"))
    {
      gsize s2, e2;
      XcNumber n;
      return xc_word_after (t, len, e, &s2, &e2)
             && (xc_word_is (t, s2, e2, "a") || xc_word_is (t, s2, e2, "an")
                 || (xc_number_parse (t + s2, (gssize) (e2 - s2), &n) && n.value >= 1 && n.value < 100));
    }
  if (!(xc_word_is (t, s, e, "were") || xc_word_is (t, s, e, "was")) || noun == NULL
      || !xc_lexicon_is_a (noun, "person", 8))
    return FALSE;
  gsize s2, e2;
  if (!xc_word_after (t, len, e, &s2, &e2))
    return FALSE;
  if (xc_word_is (t, s2, e2, "later") || xc_word_is (t, s2, e2, "also") || xc_word_is (t, s2, e2, "both"))
    if (!xc_word_after (t, len, e2, &s2, &e2))
      return FALSE;
  return e2 - s2 > 4 && g_ascii_islower (t[s2]) && g_ascii_strncasecmp (t + e2 - 2, "ed", 2) == 0;
}

gboolean
xc_qty_read_right (XcQty *q, const char *dollar)
{
  const char *t = q->t;
  gsize pos = q->core_end, e;
  gboolean pound = FALSE;

  if (q->ordinal_token)
    return xc_qty_read_ordinal (q, pos);
  if (q->digits && !q->iso && !q->n.scaled && pos + 2 <= q->len && (pos + 2 == q->len || !XC_IS_ALPHA (t[pos + 2]))
      && (g_ascii_strncasecmp (t + pos, "st", 2) == 0 || g_ascii_strncasecmp (t + pos, "nd", 2) == 0
          || g_ascii_strncasecmp (t + pos, "rd", 2) == 0 || g_ascii_strncasecmp (t + pos, "th", 2) == 0))
    {
      /* "his 10th straight win", "an 11th-round knockout" */
      q->ordinal_token = TRUE;
      return q->n.value == floor (q->n.value) && xc_qty_read_ordinal (q, pos + 2);
    }
  if (q->digits && xc_qty_bad_digit_tail (t, q->len, pos, q->n.scaled))
    return FALSE;
  if (q->digits && !q->vague && xc_qty_read_record (q, pos))
    return TRUE;
  if (q->digits && !q->vague)
    {
      gboolean low_percent = pos < q->len && t[pos] == '%';
      if (read_range (q, low_percent ? pos + 1 : pos, low_percent))
        pos = q->core_end;
      else if (pos < q->len && (t[pos] == '-' || (pos + 1 < q->len && (guchar) t[pos] == 0xE2))
               && pos + 1 < q->len && g_ascii_isdigit (t[pos + 1]))
        return FALSE;   /* "3-1": a score, not a range */
      if (q->range && q->designation && !q->iso)
        return FALSE;
    }
  else if (q->words && !q->vague && !q->n.scaled && read_words_range (q, pos))
    {
      pos = q->core_end;
      if (q->designation)
        return FALSE;
    }
  if (xc_qty_read_age (q, pos))
    return TRUE;
  if (q->vague && !q->few)
    {
      /* "tens of thousands of troops": read what follows "of" */
      if (!xc_phrase_at (t, q->len, pos, " of ", &e))
        return FALSE;
      pos = e - 1;
    }

  if (q->measure && q->measure == xc_measure_magnitude ())
    {
      q->end = pos;
      if (q->n.value > 10.5 || q->range)
        return FALSE;
      return TRUE;
    }
  if (q->frac)
    {
      static const char * const points[] = { " percentage points", " percentage point", "-percentage-point",
                                             " points", " point", "-point", NULL };
      if (xc_phrase_table_at (t, q->len, pos, points, &e) < 0)
        return FALSE;
      q->percent = TRUE;
      q->pp = TRUE;
      q->end = e;
      return TRUE;
    }
  if (read_percent (q, pos, &e))
    {
      q->end = e;
      return TRUE;
    }
  if (q->glued_m)
    {
      /* "5m": million before a counted noun or a currency; metres otherwise */
      gsize ne;
      XcQty probe = *q;
      probe.noun = NULL;
      gboolean count = xc_qty_read_noun (&probe, pos, &ne) == XC_NOUN_FOUND;
      g_free (probe.noun);
      if (!count && !xc_currency_suffix_at (t, q->len, pos, dollar, &ne, &pound))
        {
          q->n.value /= 1e6;
          q->n.step /= 1e6;
          q->n.scaled = FALSE;
          q->measure = xc_measure_unit_at (t, q->len, q->core_end - 1, &e);
          q->end = e;
          return q->measure != NULL;
        }
    }
  if (q->iso == NULL)
    {
      const char *iso = xc_currency_suffix_at (t, q->len, pos, dollar, &e, &pound);
      if (iso && pound)
        {
          gsize e2;
          gboolean of = xc_phrase_at (t, q->len, e, " of", &e2);
          if (!xc_phrase_at (t, q->len, e, " sterling", &e2) && (of || !(q->n.scaled || sentence_has_money (q))))
            {
              q->measure = xc_measure_pound ();
              q->end = e;
              return TRUE;
            }
        }
      if (iso)
        {
          q->iso = iso;
          q->end = e;
          return TRUE;
        }
    }
  else
    {
      q->end = pos;
      /* "$5 million dollars" is rare; "US$5bn" ends here */
      return TRUE;
    }
  const XcMeasureUnit *u = xc_measure_unit_at (t, q->len, pos, &e);
  if (u)
    {
      q->measure = u;
      q->end = e;
      if (xc_phrase_at (t, q->len, e, " on the richter scale", &e))
        q->end = e;
      return TRUE;
    }
  if (xc_phrase_at (t, q->len, pos, " on the richter scale", &e))
    {
      q->measure = xc_measure_magnitude ();
      q->end = e;
      return TRUE;
    }
  if (batting_average (q, pos))
    return TRUE;
  /* a count */
  if (q->qualifier == XC_QUALIFIER_EXACT && !q->range && xc_phrase_at (t, q->len, pos, " or so", &e))
    {
      q->qualifier = XC_QUALIFIER_APPROX;   /* "20 or so firms" */
      pos = e;
    }
  if (pos < q->len && t[pos] == '+' && q->qualifier == XC_QUALIFIER_EXACT)
    {
      q->qualifier = XC_QUALIFIER_MORE_THAN;
      pos++;
    }
  else if (xc_phrase_at (t, q->len, pos, "-plus", &e) && q->qualifier == XC_QUALIFIER_EXACT)
    {
      q->qualifier = XC_QUALIFIER_MORE_THAN;
      pos = e;
    }
  if (!q->range && q->n.value == 1 && !q->n.scaled && !(pos < q->len && t[pos] == '-'))
    {
      /* a count of one: "one tanker caught fire", "a single vessel" */
      if (q->designation || q->anaphora || q->ratio || !xc_qty_read_singular (q, pos, &e))
        return FALSE;
      q->end = e;
      return TRUE;
    }
  if (xc_qty_read_of_total (q, pos, &e))
    {
      q->end = e;
      return !q->designation;
    }
  XcNounResult r = xc_qty_read_noun (q, pos, &e);
  if (r == XC_NOUN_NONE && !q->ratio && !(q->anaphora && q->n.value <= 2) && xc_qty_read_governed (q, pos, &e))
    {
      q->end = e;
      return TRUE;
    }
  if (r != XC_NOUN_FOUND)
    return r == XC_NOUN_NONE && garbled_money (q, pos);
  if (q->designation && (q->designation_soft || (q->designation_name && g_str_equal (q->noun, "time"))))
    q->designation = FALSE;   /* "three doors away", "hit Gray eleven times" */
  /* "the two sides": a pair named before; "the five operations" is a count, and so is
   * a pair the clause tells of ("the two women and a man were killed") */
  if (q->designation || q->ratio || (q->anaphora && q->n.value <= 2 && !pair_told (t, q->len, e, q->noun))
      || (q->words && q->n.value < 1))
    return FALSE;
  q->end = e;
  return TRUE;
}
