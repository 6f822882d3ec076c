/* xc-quantity-forms.c - figures that name a point rather than an amount: a person's
 * age ("a 15-year-old", "Marsh, 52,", "ages 6 and 16"), a rank in a series ("the
 * seventh round", "for the fourth time", "his 10th straight win") and a sports
 * record or score ("52-3", "45-7-2", "won 3-1"); rules in docs/claims.md
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-quantity-private.h"
#include "xc-wordset-private.h"

/* ---------- ages ---------- */

/* After the number: "-year-old", "years old", "years of age". */
static const char * const age_suffixes[] = {
  "-year-old", "-years-old", "-year old", "-years old", " year-old", " years-old", " year old",
  " years old", "-yr-old", " years of age", NULL
};

/* Words right before a bare number that make it an age: "aged 15", "ages 6 and 16",
 * "at age 65". */
static const char * const age_leads[] = { "aged", "age", "ages", NULL };

/* Capitalized words before ", N," that are no name: "June 24, 35 people", "On Friday, 12, ...". */
static const char * const not_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "and",
  "yesterday", "today", "however", "meanwhile", "instead", "still", "also", "then", "now",
  "overall", "in", "of", "so", "yes", "no", "well", "besides", "total", "altogether", NULL
};

/* A plain whole number that can be a person's age. */
static gboolean
age_value (const XcQty *q)
{
  double v = q->n.value;
  return !q->iso && !q->vague && !q->n.scaled && !q->percent && !q->measure && !q->frac
         && v >= 1 && v <= 125 && v == floor (v) && q->qualifier != XC_QUALIFIER_RANGE;
}

/* "Marsh, 52," "Kimani Gray, 16, who": a name, a comma, the number, then a comma,
 * a closing bracket, a semicolon or the sentence's end. */
static gboolean
age_after_name (const XcQty *q, gsize end)
{
  const char *t = q->t;
  gsize s = q->num_start, ws, we;
  if (!q->digits || q->start != q->num_start || end - s > 3 || s < q->floor + 3 || t[s - 1] != ' '
      || t[s - 2] != ',')
    return FALSE;
  gsize name_end = s - 2;
  if (t[name_end - 1] == ')')
    {
      /* "Kovac (Kiki), 17,": the name before the nickname */
      const char *open = g_strrstr_len (t + q->floor, (gssize) (name_end - q->floor), "(");
      if (open == NULL)
        return FALSE;
      name_end = (gsize) (open - t);
      while (name_end > q->floor && t[name_end - 1] == ' ')
        name_end--;
    }
  if (!xc_word_before (t, q->floor, name_end, &ws, &we) || we != name_end || !g_ascii_isupper (t[ws])
      || we - ws < 2 || xc_word_in (t, ws, we, not_names) || xc_word_in (t, ws, we, xc_words_month)
      || xc_word_in (t, ws, we, xc_words_designation))
    return FALSE;
  for (gsize k = ws + 1; k < we; k++)
    if (g_ascii_isupper (t[k]) && k + 1 < we && g_ascii_isupper (t[k + 1]))
      return FALSE;   /* "ATHENS, 15": a dateline or an acronym, no name */
  if (end >= q->len)
    return TRUE;
  char c = t[end];
  if (c == ',' || c == ')' || c == ';')
    return !(end + 2 < q->len && g_ascii_isdigit (t[end + 1 + (t[end + 1] == ' ')]));   /* "3, 12, 14": a list */
  return c == '.' && (end + 1 >= q->len || t[end + 1] == ' ' || t[end + 1] == '\n');
}

gboolean
xc_qty_read_age (XcQty *q, gsize pos)
{
  const char *t = q->t;
  gsize e, s, we;
  if (q->iso || q->vague || q->percent || q->n.scaled || q->frac)
    return FALSE;
  if (xc_phrase_table_at (t, q->len, pos, age_suffixes, &e) >= 0)
    {
      /* "a 15-year-old", "Sixteen-year-old", "between 30 and 40 years old" */
      if (!(q->n.value >= 0 && q->n.value <= 125) || q->designation)
        return FALSE;
      q->age = TRUE;
      q->end = e;
      return TRUE;
    }
  if (!age_value (q) || (pos < q->len && (t[pos] == '-' || t[pos] == '%' || XC_IS_ALPHA (t[pos]))))
    return FALSE;
  gboolean lead = FALSE;
  if (xc_word_before (t, q->floor, q->num_start, &s, &we))
    {
      if (xc_word_in (t, s, we, age_leads))
        lead = TRUE;
      else if ((xc_word_is (t, s, we, "of") || xc_word_is (t, s, we, "at") || xc_word_is (t, s, we, "to"))
               && s > q->floor)
        {
          /* "the age of 65", "retirement age for women to 65": "age" at most four words back */
          gsize p = s, ws2, we2;
          for (int k = 0; k < 4 && !lead && xc_word_before (t, q->floor, p, &ws2, &we2); k++, p = ws2)
            lead = xc_word_is (t, ws2, we2, "age");
        }
      else if ((xc_word_is (t, s, we, "and") || xc_word_is (t, s, we, "or")) && q->after_age)
        lead = TRUE;   /* "ages 6 and 16" */
    }
  if (!lead && !age_after_name (q, pos))
    return FALSE;
  /* no counted noun may follow: "aged 15 months" is a duration, "age 5 children" no
   * age (asked last: the tests above are cheaper and turn most numbers away) */
  if (xc_word_after (t, q->len, pos, &s, &we))
    {
      g_autofree char *plural = xc_plural_noun (t, s, we);
      if (plural || xc_time_unit (t, s, we) || xc_word_is (t, s, we, "percent") || xc_word_is (t, s, we, "pct")
          || xc_word_is (t, s, we, "per"))
        return FALSE;
    }
  q->age = TRUE;
  q->designation = FALSE;
  q->end = pos;
  return TRUE;
}

/* ---------- records and scores ---------- */

/* Before a record whose first part is the smaller ("lost 1-2", "a 3-5 record"). */
static const char * const record_leads[] = {
  "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beating",
  "drew", "draw", "tied", "tie", "record", "score", "scored", "defeated", "defeating", "trailed",
  "trailing", "led", "leading", "improved", "fell", "dropped", "moved", NULL
};

/* After a record: "a 3-5 record", "a 2-1 win". */
static const char * const record_nouns[] = {
  "record", "win", "victory", "loss", "defeat", "draw", "tie", "lead", "decision", "vote",
  "margin", "scoreline", "score", "mark", "season", "start", "finish", NULL
};

/* A run of one to three digits at @i (no thousands separator, no decimals). */
static gboolean
small_digits_at (const char *t, gsize len, gsize i, guint *out, gsize *out_end)
{
  gsize j = i;
  guint v = 0;
  while (j < len && j < i + 4 && g_ascii_isdigit (t[j]))
    v = v * 10 + (guint) (t[j++] - '0');
  if (j == i || j - i > 3 || (j < len && g_ascii_isdigit (t[j])))
    return FALSE;
  if (j + 1 < len && (t[j] == '.' || t[j] == ',' || t[j] == ':' || t[j] == '/') && g_ascii_isdigit (t[j + 1]))
    return FALSE;
  *out = v;
  *out_end = j;
  return TRUE;
}

/* A hyphen or an en dash at @i; its length, or 0. */
static gsize
dash_at (const char *t, gsize len, gsize i)
{
  if (i < len && t[i] == '-')
    return 1;
  if (i + 2 < len && (guchar) t[i] == 0xE2 && (guchar) t[i + 1] == 0x80 && (guchar) t[i + 2] == 0x93)
    return 3;
  return 0;
}

gboolean
xc_qty_read_record (XcQty *q, gsize pos)
{
  const char *t = q->t;
  if (!q->digits || q->iso || q->vague || q->n.scaled || q->designation || q->range
      || q->core_end - q->num_start > 3 || q->n.value != floor (q->n.value))
    return FALSE;
  for (gsize k = q->num_start; k < q->core_end; k++)
    if (!g_ascii_isdigit (t[k]))
      return FALSE;
  guint parts[3] = { (guint) q->n.value, 0, 0 }, n = 1;
  gsize i = pos, d, e;
  while (n < 3 && (d = dash_at (t, q->len, i)) > 0 && small_digits_at (t, q->len, i + d, &parts[n], &e))
    {
      n++;
      i = e;
    }
  if (n < 2 || dash_at (t, q->len, i) || (i < q->len && (XC_IS_ALPHA (t[i]) || t[i] == '%')))
    return FALSE;   /* "1-2-3-4", "3-2a", "5-10%" */
  gsize s, we;
  if (parts[0] <= parts[1] && n == 2)
    {
      /* "3-5" is a range unless a result is named: "lost 3-5", "a 3-5 record" */
      gboolean lead = xc_word_before (t, q->floor, q->num_start, &s, &we) && xc_word_in (t, s, we, record_leads);
      gboolean noun = xc_word_after (t, q->len, i, &s, &we) && xc_word_in (t, s, we, record_nouns);
      if (!lead && !noun)
        return FALSE;
    }
  memcpy (q->parts, parts, sizeof parts);
  q->n_parts = n;
  q->end = i;
  return TRUE;
}

/* ---------- ordinals ---------- */

typedef struct { const char *word; guint value; } XcOrdinalWord;

/* Longest first where one is the start of another. */
static const XcOrdinalWord ordinal_words[] = {
  { "second", 2 }, { "third", 3 }, { "fourth", 4 }, { "fifth", 5 }, { "sixth", 6 },
  { "seventh", 7 }, { "eighth", 8 }, { "ninth", 9 }, { "tenth", 10 }, { "eleventh", 11 },
  { "twelfth", 12 }, { "thirteenth", 13 }, { "fourteenth", 14 }, { "fifteenth", 15 },
  { "sixteenth", 16 }, { "seventeenth", 17 }, { "eighteenth", 18 }, { "nineteenth", 19 },
  { "twentieth", 20 }, { "thirtieth", 30 }, { "fortieth", 40 }, { "fiftieth", 50 },
  { "sixtieth", 60 }, { "seventieth", 70 }, { "eightieth", 80 }, { "ninetieth", 90 },
  { "hundredth", 100 }, { "first", 1 },
};

static const char * const tens_words[] = {
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL
};

gboolean
xc_qty_parse_ordinal (const char *t, gsize s, gsize e, double *out)
{
  double base = 0;
  for (int k = 0; tens_words[k]; k++)
    {
      gsize n = strlen (tens_words[k]);
      if (e - s > n + 1 && g_ascii_strncasecmp (t + s, tens_words[k], n) == 0
          && (t[s + n] == '-' || t[s + n] == ' '))
        {
          base = 20 + 10 * k;   /* "twenty-first" */
          s += n + 1;
          break;
        }
    }
  for (gsize k = 0; k < G_N_ELEMENTS (ordinal_words); k++)
    if (xc_word_is (t, s, e, ordinal_words[k].word))
      {
        if (base > 0 && ordinal_words[k].value >= 10)
          return FALSE;
        *out = base + ordinal_words[k].value;
        return TRUE;
      }
  return FALSE;
}

/* Words before an ordinal that make it a rank: "the fifth", "his sixth", "Klitschko's third". */
static const char * const ordinal_dets[] = {
  "the", "his", "her", "its", "their", "our", "my", "your", "this", "a", "an", NULL
};

/* Heads that make no rank of the ordinal, or a rank another reader handles:
 * "a third party", "second-degree", "the third quarter" (a period), "the
 * second half". */
static const char * const ordinal_not_heads[] = {
  "party", "parties", "degree", "hand", "rate", "class", "person", "world", "string", "guessing",
  "quarter", "half", "nature", "thought", "thoughts", "opinion", "cousin", "wind", "fiddle",
  "sight", "nothing", "largest", "biggest", "highest", "lowest", "most", "least", "best",
  "worst", NULL
};

/* Words after a bare rank ("in the sixth, ...", "the seventh of ten"). */
static const char * const ordinal_bare_after[] = {
  "of", "in", "this", "that", "and", "or", "with", "since", "on", "at", "for", "after", "before",
  "to", "as", "when", "but", NULL
};

/* Adjectives and participles that stand before the head of a ranked noun phrase. */
static const char * const ordinal_modifiers[] = {
  "straight", "consecutive", "successive", "successful", "smaller", "larger", "big", "small",
  "new", "major", "annual", "title", "career", "world", "championship", "playoff", "league", NULL
};

static gboolean
modifier_like (const char *t, gsize s, gsize e)
{
  static const char * const endings[] = { "ful", "ive", "ous", "ic", "ed", "ing", "est", "less", "al", NULL };
  if (memchr (t + s, '-', e - s) || xc_word_in (t, s, e, ordinal_modifiers))
    return TRUE;
  for (int k = 0; endings[k]; k++)
    {
      gsize n = strlen (endings[k]);
      if (e - s > n + 2 && g_ascii_strncasecmp (t + e - n, endings[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
possessive_word (const char *t, gsize s, gsize e)
{
  return (e - s > 2 && t[e - 2] == '\'' && (t[e - 1] == 's' || t[e - 1] == 'S'))
         || (e - s > 4 && (guchar) t[e - 2] == 0x99 && t[e - 1] == 's');
}

/* The word before the ordinal, past at most two lowercase modifiers ("a horribly
 * one-sided sixth round", "a dominant seventh-round stoppage", "his 10th straight"):
 * is it a determiner or a possessive? *@out_article when "a"/"an"; *@out_skipped
 * when modifiers stood between. */
static gboolean
ordinal_determined (const XcQty *q, gboolean *out_article, gboolean *out_skipped)
{
  const char *t = q->t;
  gsize j = q->num_start;
  *out_article = FALSE;
  *out_skipped = FALSE;
  for (int k = 0; k < 3; k++)
    {
      while (j > q->floor && t[j - 1] == ' ')
        j--;
      gsize b = j;
      while (b > q->floor && (XC_IS_ALPHA (t[b - 1]) || t[b - 1] == '-' || t[b - 1] == '\''
                              || (guchar) t[b - 1] >= 0x80))
        b--;
      while (b < j && !XC_IS_ALPHA (t[b]))
        b++;   /* a dash or a quote before the word */
      if (b == j)
        return FALSE;
      if (xc_word_in (t, b, j, ordinal_dets) || possessive_word (t, b, j))
        {
          *out_article = xc_word_is (t, b, j, "a") || xc_word_is (t, b, j, "an");
          return TRUE;
        }
      if (k == 2 || !g_ascii_islower (t[b]) || xc_word_in (t, b, j, xc_words_stop))
        return FALSE;
      *out_skipped = TRUE;
      j = b;
    }
  return FALSE;
}

/* "In the sixth Klitschko landed": a bare rank after a preposition and "the" may be
 * followed by anything. */
static const char * const ordinal_preps[] = {
  "in", "by", "into", "during", "after", "before", "until", "till", "through", "of", "from", NULL
};

gboolean
xc_qty_read_ordinal (XcQty *q, gsize pos)
{
  const char *t = q->t;
  gsize s, e, head_s = 0, head_e = 0;
  gboolean article, skipped, head_modifier = FALSE;
  if (q->designation && !g_ascii_isdigit (t[q->num_start]))
    q->designation = FALSE;   /* "Klitschko's sixth": the possessive is no name of the number */
  if (!ordinal_determined (q, &article, &skipped) || q->n.value < 1 || (article && q->n.value == 2))
    return FALSE;   /* "a second deputy": another one, no rank */
  if (pos < q->len && t[pos] == '-')
    {
      /* "seventh-round", "11th-round knockout" */
      if (!xc_word_after (t, q->len, pos + 1, &s, &e) || s != pos + 1 || g_ascii_isupper (t[s]))
        return FALSE;
      head_s = s;
      head_e = e;
      q->end = e;
    }
  else
    {
      /* modifiers, then the head: "fifth successful anti-piracy operation"; a word
       * that reads as a modifier ("straight", "ended") is the head only when no
       * word follows it */
      gsize p = pos;
      for (int k = 0; k < 4; k++)
        {
          if (!xc_word_after (t, q->len, p, &s, &e) || (k > 0 && s == p)
              || g_ascii_isupper (t[s]) || xc_word_in (t, s, e, xc_words_stop))
            break;
          while (e < q->len && t[e] == '-' && e + 1 < q->len && XC_IS_ALPHA (t[e + 1]))
            {
              gsize s2, e2;
              if (!xc_word_after (t, q->len, e + 1, &s2, &e2))
                break;
              e = e2;   /* "anti-piracy", "five-year" */
            }
          gboolean modifier = modifier_like (t, s, e);
          if (modifier && k > 0 && head_e > 0 && !head_modifier)
            break;
          head_s = s;
          head_e = e;
          head_modifier = modifier;
          p = e;
          if (!modifier)
            break;
        }
      if (head_e > 0 && head_modifier && head_s == pos + 1 && head_e - head_s > 4
          && g_ascii_strncasecmp (t + head_e - 2, "ed", 2) == 0)
        head_e = 0;   /* "the seventh ended": a verb, a bare rank */
      gsize ns, ne, fs, fe;
      if (head_e > 0 && xc_word_in (t, head_s, head_e, ordinal_not_heads))
        return FALSE;   /* "the third quarter fell": a period, whatever follows */
      if (head_e > 0 && !head_modifier && xc_word_after (t, q->len, head_e, &ns, &ne) && ns == head_e + 1
          && g_ascii_islower (t[ns]) && !xc_word_in (t, ns, ne, xc_words_stop) && !modifier_like (t, ns, ne)
          && !xc_word_is_adverb (t, ns, ne) && xc_lower (t[ne - 1]) != 's'
          && (!xc_word_after (t, q->len, ne, &fs, &fe) || fs != ne + 1 || xc_word_in (t, fs, fe, xc_words_stop)))
        head_s = ns, head_e = ne;   /* a compound noun: "fourth rescue operation" (a verb would take an object) */
      if (head_e == 0 && !article && g_ascii_islower (t[q->num_start]) && xc_word_after (t, q->len, pos, &s, &e) && s == pos + 1
          && g_ascii_isupper (t[s]))
        {
          /* "the fifth Lakewood Sheriff Deputy": a rank among a named kind, the last capitalized word */
          gsize p2 = pos;
          int n = 0;
          for (; n < 4 && xc_word_after (t, q->len, p2, &s, &e) && s == p2 + 1 && g_ascii_isupper (t[s]); n++)
            {
              head_s = s;
              head_e = e;
              p2 = e;
            }
          if (n < 2)
            head_e = 0;   /* "in the sixth Klitschko landed": one name is no kind */
        }
      if (head_e > 0)
        {
          /* the head ends the phrase: "anti-piracy operation" -> "operation" */
          q->end = head_e;
        }
      else
        {
          /* a bare rank: "in the sixth", "the seventh.", "Klitschko's third of the year" */
          if (article || skipped || g_ascii_isdigit (t[q->num_start]))
            return FALSE;
          gsize ds, de, ps, pe;
          gboolean after_prep = xc_word_before (t, q->floor, q->num_start, &ds, &de) && xc_word_is (t, ds, de, "the")
                                && xc_word_before (t, q->floor, ds, &ps, &pe) && xc_word_in (t, ps, pe, ordinal_preps);
          if (pos < q->len && XC_IS_ALPHA (t[pos]))
            return FALSE;
          if (xc_word_after (t, q->len, pos, &ns, &ne))
            {
              gboolean verb = ne - ns > 3 && g_ascii_strncasecmp (t + ne - 2, "ed", 2) == 0;
              if (!after_prep && ((!xc_word_in (t, ns, ne, ordinal_bare_after) && !verb) || g_ascii_isupper (t[ns])))
                return FALSE;
              gsize ms, me;
              if (xc_word_is (t, ns, ne, "of") && xc_word_after (t, q->len, ne, &ms, &me)
                  && xc_word_in (t, ms, me, xc_words_month))
                return FALSE;   /* "the fifth of May": a date */
            }
          q->end = pos;
          /* "Klitschko stopped him in the seventh round ... knocked down in the sixth":
           * a bare rank ranks what the rank before it in the text ranked */
          if (q->rank_antecedent && after_prep)
            {
              g_free (q->noun);
              q->noun = g_strdup (q->rank_antecedent);
            }
        }
    }
  if (head_e > 0)
    {
      if (xc_word_in (t, head_s, head_e, ordinal_not_heads))
        return FALSE;
      if (article && xc_word_is (t, head_s, head_e, "of"))
        return FALSE;
      g_free (q->noun);
      char *plural = xc_plural_noun (t, head_s, head_e);
      q->noun = plural ? plural : g_ascii_strdown (t + head_s, (gssize) (head_e - head_s));
    }
  q->ordinal = TRUE;
  return TRUE;
}
