/* xc-extract-quantity.c - money, percent, measure and count claims: one pattern finds a
 * number token, the words around it say what it counts (rules in docs/claims.md)
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-quantity-private.h"
#include "xc-wordset-private.h"

#define RE_UNITS_1_9 "(?:one|two|three|four|five|six|seven|eight|nine)"
#define RE_W1 "(?:" XC_RE_TENS_WORD "(?:[- ]" RE_UNITS_1_9 ")?|" XC_RE_UNITS_WORD ")"
#define RE_BIG "(?:million|billion|trillion)"

/* One pattern, anchored (\\G) where next_candidate() finds something that can
 * start a number: a currency sign or code, a digit, or a number word.
 * Everything after the token is read in C. */
static const char number_regex[] =
  /* not inside a word, a number, a URL or a time; "F-16" is a name, "magnitude-5.9" is not */
  "\\G(?<![\\p{L}\\p{N}_.,/#@&'’:\\\\])(?:(?<=magnitude-)|(?<![\\p{L}\\p{N}]-))"
  "(?:"
  "(?<cur>(?-i:(?:US ?|U\\.S\\.|HK|NT|AU?|CA?|S|R|NZ)?\\$|(?:USD|EUR|GBP|CNY|RMB|JPY|RUB|INR|CHF|CAD|AUD|HKD)(?=[ \\d])|€|£|¥|₹|₽) ?)?"
  "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(?!\\d)"
  "(?<scale>[ -]?(?:thousand|million|billion|trillion)\\b| ?(?:mn|mln|bn|tn|trn)\\b|(?:k|m|b)\\b)?"
  "|(?<vague>(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions|trillions)(?=\\s+of\\b)"
  "|(?<few>(?:several|a\\s+few)\\s+(?:hundred|thousand|million|billion)(?:\\s+thousand)?)\\b"
  "|(?<frac>half\\s+an?|an?\\s+half|an?\\s+quarter(?:\\s+of\\s+an?)?|three[- ]quarters\\s+of\\s+an?)"
  "(?=[ -](?:percentage[ -])?points?\\b)"
  "|(?<words>(?:half\\s+an?\\s+" RE_BIG
  "|an?\\s+(?:quarter|third)\\s+(?:of\\s+)?an?\\s+" RE_BIG
  "|(?:an?|one)\\s+and\\s+an?\\s+half\\s+" RE_BIG
  "|a\\s+single(?=\\s)"
  "|an?\\s+(?:dozen|hundred|thousand|million|billion|trillion)(?:\\s+(?:thousand|million))?"
  "|(?:" RE_W1 "|dozen)(?:\\s+hundred(?:\\s+(?:and\\s+)?" RE_W1 ")?)?(?:[ -](?:thousand|million|billion|trillion|dozen))?"
  ")\\b)"
  ")";

struct _XcQuantityRecognizer {
  XcPattern *number;
  guint8     word_starts[26 * 26 * 26 / 8 + 1];   /* first three letters of number words */
  guint8     article_starts[26 * 26 * 26 / 8 + 1];   /* ... and of the words after "a"/"an" */
  int        g_cur, g_num, g_scale, g_vague, g_few, g_words, g_frac;
  char      *dollar;
};

/* A quantity being read: the token, then the words around it. */
typedef struct {
  const char *t;
  gsize       len;          /* end of the sentence: nothing is read past it */
  gsize       floor;        /* start of the sentence, or the end of the previous claim */
  gsize       start, end;   /* the claim's span */
  gsize       num_start;    /* the number itself (after any currency sign) */
  gsize       core_end;     /* end of number + scale (+ range) */
  XcNumber    n, high;
  gboolean    range, digits, words, vague;
  double      vague_lo, vague_hi;
  const char *iso;
  gboolean    percent, pp;
  const XcMeasureUnit *measure;
  char       *noun;
  gboolean    glued_m;      /* "5m": million or metres */
  XcQualifier qualifier;
  gboolean    below, level;
  XcDirection direction;
  gboolean    direction_adverb;   /* from "up"/"down": money and percent only */
  XcDirection from_direction;     /* "rose from X": the verb before "from" */
  gboolean    designation, anaphora, between, few;
  gboolean    frac;           /* "half a", "a quarter of a": before "(percentage) point" only */
  gsize       between_start;
  gsize       direction_end;  /* after "higher" in "5% higher": where a basis may follow */
} XcQty;

/* ---------- where a number can start ---------- */

/* The first three letters of every word the pattern's word branches start with. */
static const char * const candidate_words[] = {
  "one", "two", "thr", "fou", "fiv", "six", "sev", "eig", "nin", "ten", "ele", "twe", "thi",
  "fif", "for", "hun", "tho", "mil", "bil", "tri", "doz", "hal", NULL
};

/* After "a"/"an": the words of "a dozen", "a hundred", "a quarter of a million", "a few",
 * "a half point". */
static const char * const article_words[] = {
  "doz", "hun", "tho", "mil", "bil", "tri", "qua", "thi", "few", "sin", "hal", NULL
};

/* ASCII lower case of a letter, inline (g_ascii_tolower is a call). */
#define LOWER_LETTER(c) ((c) | 0x20)

static guint
tri_index (char a, char b, char c)
{
  return (guint) ((LOWER_LETTER (a) - 'a') * 676 + (LOWER_LETTER (b) - 'a') * 26 + (LOWER_LETTER (c) - 'a'));
}

static gboolean
three_letters (const char *t, gsize len, gsize i)
{
  return i + 3 <= len && XC_IS_ALPHA (t[i]) && XC_IS_ALPHA (t[i + 1]) && XC_IS_ALPHA (t[i + 2]);
}

/* Is the word [@i, @n) one the pattern may match? */
static gboolean
word_candidate (const XcQuantityRecognizer *self, const char *t, gsize len, gsize i, gsize n)
{
  if ((n - i == 1 && (t[i] == 'a' || t[i] == 'A'))
      || (n - i == 2 && (t[i] == 'a' || t[i] == 'A') && (t[i + 1] == 'n' || t[i + 1] == 'N')))
    {
      gsize j = n;
      while (j < len && (t[j] == ' ' || t[j] == '\n'))
        j++;
      if (j == n || !three_letters (t, len, j))
        return FALSE;
      guint a = tri_index (t[j], t[j + 1], t[j + 2]);
      return (self->article_starts[a / 8] >> (a % 8)) & 1;
    }
  if (n - i < 3)
    return FALSE;
  guint k = tri_index (t[i], t[i + 1], t[i + 2]);
  return (self->word_starts[k / 8] >> (k % 8)) & 1;
}

/* The next position at or after @pos where the pattern may match: a digit, a
 * currency sign (with the letters of "US$", "HK$"), a capitalized code, a
 * number word. Plain byte tests: the pattern runs only there. */
static gsize
next_candidate (const XcQuantityRecognizer *self, const char *t, gsize len, gsize pos)
{
  /* 1: digit, 2: '.', 3: '$', 4: 0xC2/0xE2 (£ ¥ € ₹ ₽), 5: letter */
  static const guint8 byte_class[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['.'] = 2, ['$'] = 3, [0xC2] = 4, [0xE2] = 4,
    ['A'] = 5, ['B'] = 5, ['C'] = 5, ['D'] = 5, ['E'] = 5, ['F'] = 5, ['G'] = 5, ['H'] = 5,
    ['I'] = 5, ['J'] = 5, ['K'] = 5, ['L'] = 5, ['M'] = 5, ['N'] = 5, ['O'] = 5, ['P'] = 5,
    ['Q'] = 5, ['R'] = 5, ['S'] = 5, ['T'] = 5, ['U'] = 5, ['V'] = 5, ['W'] = 5, ['X'] = 5,
    ['Y'] = 5, ['Z'] = 5, ['a'] = 5, ['b'] = 5, ['c'] = 5, ['d'] = 5, ['e'] = 5, ['f'] = 5,
    ['g'] = 5, ['h'] = 5, ['i'] = 5, ['j'] = 5, ['k'] = 5, ['l'] = 5, ['m'] = 5, ['n'] = 5,
    ['o'] = 5, ['p'] = 5, ['q'] = 5, ['r'] = 5, ['s'] = 5, ['t'] = 5, ['u'] = 5, ['v'] = 5,
    ['w'] = 5, ['x'] = 5, ['y'] = 5, ['z'] = 5,
  };
  for (gsize i = pos; i < len; i++)
    {
      guchar c = (guchar) t[i];
      guint8 k = byte_class[c];
      if (k == 0)
        continue;
      if (k == 5)
        {
          if (i > 0 && XC_IS_ALPHA (t[i - 1]))
            continue;
          gsize w = i + 1;
          while (w < len && XC_IS_ALPHA (t[w]))
            w++;
          if (g_ascii_isupper (c) && w - i == 3 && g_ascii_isupper (t[i + 1]) && g_ascii_isupper (t[i + 2])
              && (w == len || t[w] == ' ' || g_ascii_isdigit (t[w])))
            return i;   /* "USD 5", "RMB20" */
          if (word_candidate (self, t, len, i, w))
            return i;
          if (w < len && t[w] == '$')
            {
              i = w - 1;   /* "US$": the sign's branch below backs up over it */
              continue;
            }
          i = w - 1;
          continue;
        }
      if (k == 1)
        return i;
      if (c == '.' && i + 1 < len && g_ascii_isdigit (t[i + 1]))
        return i;
      if (c == '$')
        {
          /* back over "US", "HK", "U.S.", "US " to where the sign's prefix starts */
          gsize s = i;
          while (s > pos && s + 5 > i && (g_ascii_isupper (t[s - 1]) || t[s - 1] == '.'
                                          || (t[s - 1] == ' ' && s == i && s >= 3
                                              && g_ascii_isupper (t[s - 2]))))
            s--;
          return s < i && g_ascii_isupper (t[s]) ? s : i;
        }
      if (c == 0xC2 && i + 1 < len && ((guchar) t[i + 1] == 0xA3 || (guchar) t[i + 1] == 0xA5))
        return i;   /* £ ¥ */
      if (c == 0xE2 && i + 2 < len && (guchar) t[i + 1] == 0x82
          && ((guchar) t[i + 2] == 0xAC || (guchar) t[i + 2] == 0xB9 || (guchar) t[i + 2] == 0xBD))
        return i;   /* € ₹ ₽ */
    }
  return len;
}

/* Where to look next after a candidate that did not match: past its word or digit run. */
static gsize
skip_candidate (const char *t, gsize len, gsize i)
{
  gsize j = i + 1;
  if (XC_IS_ALPHA (t[i]))
    while (j < len && XC_IS_ALPHA (t[j]))
      j++;
  else if (g_ascii_isdigit (t[i]))
    while (j < len && g_ascii_isdigit (t[j]))
      j++;
  else
    while (j < len && ((guchar) t[j] & 0xC0) == 0x80)
      j++;
  return j;
}

XcQuantityRecognizer *
xc_quantity_recognizer_new (GError **error)
{
  g_autoptr(XcPattern) p = xc_pattern_new ("quantity", number_regex, 0, error);
  if (p == NULL)
    return NULL;
  XcQuantityRecognizer *self = g_new0 (XcQuantityRecognizer, 1);
  self->g_cur = xc_pattern_group_number (p, "cur");
  self->g_num = xc_pattern_group_number (p, "num");
  self->g_scale = xc_pattern_group_number (p, "scale");
  self->g_vague = xc_pattern_group_number (p, "vague");
  self->g_few = xc_pattern_group_number (p, "few");
  self->g_words = xc_pattern_group_number (p, "words");
  self->g_frac = xc_pattern_group_number (p, "frac");
  self->number = g_steal_pointer (&p);
  self->dollar = g_strdup ("USD");
  for (const char * const *w = candidate_words; *w; w++)
    {
      guint k = tri_index ((*w)[0], (*w)[1], (*w)[2]);
      self->word_starts[k / 8] |= (guint8) (1u << (k % 8));
    }
  for (const char * const *w = article_words; *w; w++)
    {
      guint k = tri_index ((*w)[0], (*w)[1], (*w)[2]);
      self->article_starts[k / 8] |= (guint8) (1u << (k % 8));
    }
  return self;
}

void
xc_quantity_recognizer_set_dollar (XcQuantityRecognizer *self, const char *iso_code)
{
  g_return_if_fail (self != NULL);
  g_free (self->dollar);
  self->dollar = g_strdup (iso_code && *iso_code ? iso_code : "USD");
}

void
xc_quantity_recognizer_free (XcQuantityRecognizer *self)
{
  if (self == NULL)
    return;
  xc_pattern_free (self->number);
  g_free (self->dollar);
  g_free (self);
}

/* ---------- the token ---------- */

static gboolean
is_year_like (const XcQty *q)
{
  if (!q->digits || q->range || q->n.scaled || q->iso || q->percent || q->measure)
    return FALSE;
  gsize n = q->core_end - q->num_start;
  if (n != 4)
    return FALSE;
  for (gsize i = 0; i < 4; i++)
    if (!g_ascii_isdigit (q->t[q->num_start + i]))
      return FALSE;
  return q->n.value >= 1800 && q->n.value <= 2199;
}

/* What follows a digit token and makes it no quantity: "3rd", "1990s", "10:30",
 * "24/7", "1.2.3", "5G". Returns TRUE to drop it. */
static gboolean
bad_digit_tail (const char *t, gsize len, gsize i, gboolean scaled)
{
  if (i >= len)
    return FALSE;
  char c = t[i], d = i + 1 < len ? t[i + 1] : '\0';
  if ((c == ':' || c == '/' || c == '.' || c == ',') && g_ascii_isdigit (d))
    return TRUE;
  if (scaled)
    return FALSE;
  if (i + 1 < len && (g_ascii_strncasecmp (t + i, "st", 2) == 0 || g_ascii_strncasecmp (t + i, "nd", 2) == 0
                      || g_ascii_strncasecmp (t + i, "rd", 2) == 0 || g_ascii_strncasecmp (t + i, "th", 2) == 0)
      && (i + 2 >= len || !XC_IS_ALPHA (t[i + 2])))
    return TRUE;
  if ((c == 's' || c == 'S') && (d == '\0' || !XC_IS_ALPHA (d)))
    return TRUE;   /* "1990s" */
  return FALSE;
}

static gboolean
parse_span (const char *t, gsize s, gsize e, XcNumber *out)
{
  return xc_number_parse (t + s, (gssize) (e - s), out);
}

/* Word numbers: the longest prefix that parses ("two hundred and" -> "two hundred"). */
static gboolean
parse_words (XcQty *q, gsize s, gsize e)
{
  while (e > s)
    {
      if (parse_span (q->t, s, e, &q->n))
        {
          q->core_end = e;
          return TRUE;
        }
      gsize ws, we;
      if (!xc_word_before (q->t, s, e, &ws, &we) || ws <= s)
        return FALSE;
      e = ws;
      while (e > s && (q->t[e - 1] == ' ' || q->t[e - 1] == '-' || q->t[e - 1] == '\n'))
        e--;
    }
  return FALSE;
}

static void
vague_bounds (XcQty *q, gsize s, gsize e)
{
  g_autofree char *w = g_ascii_strdown (q->t + s, e - s);
  double base = 1;
  if (strstr (w, "dozens"))
    {
      q->vague_lo = 24;
      q->vague_hi = 144;
      return;
    }
  if (strstr (w, "trillion"))
    base = 1e12;
  else if (strstr (w, "billion"))
    base = 1e9;
  else if (strstr (w, "million"))
    base = 1e6;
  else if (strstr (w, "thousand"))
    base = 1e3;
  if (strstr (w, "hundred"))
    base *= 100;
  if (g_str_has_prefix (w, "tens"))
    base *= 10;
  if (g_str_has_prefix (w, "several") || g_str_has_prefix (w, "a"))
    {
      /* "several hundred": two to nine of them */
      q->vague_lo = 2 * base;
      q->vague_hi = 10 * base;
      return;
    }
  q->vague_lo = base;
  /* a bare plural of a scale word ("thousands of") is used loosely for tens of
   * them too; "hundreds of", "tens of thousands" name one order */
  gboolean bare = g_str_has_prefix (w, "thousands") || g_str_has_prefix (w, "millions")
                  || g_str_has_prefix (w, "billions") || g_str_has_prefix (w, "trillions");
  q->vague_hi = base * (bare ? 100 : 10);
}

/* ---------- the words before ---------- */

static gboolean
word_is (const char *t, gsize s, gsize e, const char *w)
{
  return e - s == strlen (w) && g_ascii_strncasecmp (t + s, w, e - s) == 0;
}

static gboolean
is_adverb (const char *t, gsize s, gsize e)
{
  static const char * const not_adverbs[] = { "only", "early", "family", "italy", "july", "rally", NULL };
  return e - s > 4 && g_ascii_strncasecmp (t + e - 2, "ly", 2) == 0 && !xc_word_in (t, s, e, not_adverbs);
}

/* The direction of the change verb or noun that governs a number starting at @pos:
 * "rose [sharply] [by]", "up [by]", "growth of", "an increase of". */
static void
read_direction (XcQty *q, gsize pos)
{
  gsize s, e;
  if (!xc_word_before (q->t, q->floor, pos, &s, &e))
    return;
  if (word_is (q->t, s, e, "by") && !xc_word_before (q->t, q->floor, s, &s, &e))
    return;
  if (word_is (q->t, s, e, "from"))
    {
      /* "rose from X to Y", "up from X": X is the old level */
      gsize s2, e2;
      if (xc_word_before (q->t, q->floor, s, &s2, &e2))
        {
          if (is_adverb (q->t, s2, e2) && !xc_word_before (q->t, q->floor, s2, &s2, &e2))
            return;
          gboolean noun;
          q->from_direction = xc_direction_of_word (q->t, s2, e2, &noun);
        }
      return;
    }
  if (word_is (q->t, s, e, "of"))
    {
      gsize s2, e2;
      XcDirection d;
      if (xc_word_before (q->t, q->floor, s, &s2, &e2) && xc_direction_noun (q->t, s2, e2, &d))
        q->direction = d;
      return;
    }
  if (is_adverb (q->t, s, e) && !xc_word_before (q->t, q->floor, s, &s, &e))
    return;
  gboolean noun;
  XcDirection d = xc_direction_of_word (q->t, s, e, &noun);
  if (d == XC_DIRECTION_NONE || noun)
    return;
  if (word_is (q->t, s, e, "up") || word_is (q->t, s, e, "down"))
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
  if (word_is (q->t, s, e, "up") || word_is (q->t, s, e, "down") || word_is (q->t, s, e, "higher")
      || word_is (q->t, s, e, "lower"))
    {
      /* "set up 5 centres": only a money or percent figure takes "up" */
      q->direction_adverb = TRUE;
      if (word_is (q->t, s, e, "higher") || word_is (q->t, s, e, "lower"))
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
    q->designation = TRUE;
  else if (g_ascii_isupper (q->t[s]) && !xc_word_in (q->t, s, e, xc_words_open_prefix))
    {
      gboolean possessive = (e - s > 2 && q->t[e - 2] == '\'' && (q->t[e - 1] == 's' || q->t[e - 1] == 'S'))
                            || (e - s > 4 && (guchar) q->t[e - 2] == 0x99 && q->t[e - 1] == 's');
      if (!possessive)
        q->designation = TRUE;
    }
  if (q->words && xc_word_in (q->t, s, e, xc_words_determiner))
    q->anaphora = TRUE;
  /* "one in five voters", "1 in 3 adults": a ratio, not a count */
  gsize s2, e2;
  if (word_is (q->t, s, e, "in") && s > q->floor)
    {
      gsize b = s;
      while (b > q->floor && q->t[b - 1] == ' ')
        b--;
      if (b > q->floor && g_ascii_isdigit (q->t[b - 1]))
        q->anaphora = TRUE;
      else if (xc_word_before (q->t, q->floor, s, &s2, &e2))
        {
          XcNumber n;
          if (xc_number_parse (q->t + s2, (gssize) (e2 - s2), &n) && !word_is (q->t, s2, e2, "a"))
            q->anaphora = TRUE;
        }
    }
}

static void
read_left (XcQty *q)
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
  if (bad_digit_tail (t, q->len, ne, FALSE))
    return FALSE;
  XcNumber hi, hi_plain;
  if (!parse_span (t, ns, ne, &hi) || !parse_span (t, ns, de, &hi_plain))
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
      if (!parse_span (q->t, i, ends[k], &hi) || !parse_span (q->t, i, ends[0], &hi_plain))
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

static const char * const direction_adjectives[] = {
  "annual", "yearly", "monthly", "quarterly", "year-on-year", "year-over-year", "sharp", "steep",
  "further", "modest", "slight", "significant", "record", "massive", "huge", "dramatic",
  "marked", "small", "big", "large", "nominal", "real", NULL
};

/* "a 5% rise", "a 5 percent annual increase", "5% higher". */
static void
read_direction_after (XcQty *q)
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
  if (word_is (q->t, s, e, "higher") || word_is (q->t, s, e, "lower"))
    {
      q->direction = word_is (q->t, s, e, "higher") ? XC_DIRECTION_UP : XC_DIRECTION_DOWN;
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

static gboolean
read_share (XcQty *q)
{
  gsize s, e;
  if (!q->percent || q->pp || q->direction != XC_DIRECTION_NONE)
    return FALSE;
  if (xc_word_after (q->t, q->len, q->end, &s, &e))
    {
      if (word_is (q->t, s, e, "of"))
        return TRUE;
      if (xc_word_in (q->t, s, e, share_nouns))
        return TRUE;
      gsize s2, e2;
      if (!xc_word_in (q->t, s, e, xc_words_stop) && xc_word_after (q->t, q->len, e, &s2, &e2)
          && xc_word_in (q->t, s2, e2, share_nouns) && !word_is (q->t, s2, e2, "interest"))
        return TRUE;
    }
  return xc_phrase_table_before (q->t, q->floor, q->start, share_leads, &s) >= 0;
}

typedef enum { NOUN_NONE, NOUN_FOUND, NOUN_TIME } XcNounResult;

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
      || xc_word_in (t, s, e, one_idioms) || is_adverb (t, s, e))
    return FALSE;
  if ((t[e - 1] == 's' || t[e - 1] == 'S') && e - s > 3)
    {
      char a = xc_lower (t[e - 2]);
      if (a != 's' && a != 'u' && a != 'i')
        return FALSE;   /* "one remains", "one ships": no singular noun; "one bus", "one crisis" are */
    }
  return TRUE;
}

/* The counted noun of a count of one ("one tanker", "a single vessel", "one
 * Chinese tanker", "one large oil tanker" -> "oil"): a singular noun right
 * after the number, or after one adjective. */
static gboolean
read_singular (XcQty *q, gsize pos, gsize *out_end)
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
  q->noun = g_ascii_strdown (t + s, (gssize) (e - s));
  *out_end = e;
  return TRUE;
}

/* The counted noun after @pos: up to three modifiers, then a plural noun
 * ("840,000 Chinese vehicles"); a unit of time makes it a duration. */
static XcNounResult
read_noun (XcQty *q, gsize pos, gsize *out_end)
{
  const char *t = q->t;
  if (pos < q->len && t[pos] == '-')
    {
      gsize s, e;
      if (pos + 1 < q->len && XC_IS_ALPHA (t[pos + 1]) && xc_word_after (t, q->len, pos + 1, &s, &e)
          && xc_time_unit (t, s, e))
        return NOUN_TIME;
      return NOUN_NONE;   /* "a 20-member panel": no count from compounds */
    }
  if (pos < q->len && XC_IS_ALPHA (t[pos]))
    return NOUN_NONE;     /* glued letters: "5G", "737MAX" */
  gsize p = pos;
  for (int k = 0; k < 4; k++)
    {
      gsize s, e;
      if (!xc_word_after (t, q->len, p, &s, &e))
        return NOUN_NONE;
      if (xc_time_unit (t, s, e))
        return NOUN_TIME;
      if (xc_word_in (t, s, e, xc_words_stop))
        return NOUN_NONE;
      char *noun = xc_plural_noun (t, s, e);
      if (noun && g_ascii_isupper (t[s]) && !capital_count (q, e))
        {
          g_free (noun);
          return NOUN_NONE;   /* "3 Gorges Dam", "the 3 Gorges", "Big 4 Banks": a name */
        }
      if (noun)
        {
          q->noun = noun;
          *out_end = e;
          return NOUN_FOUND;
        }
      p = e;
    }
  return NOUN_NONE;
}

/* "42 of the 120 seats", "Seven of the nine board members", "42 of 120 seats":
 * a count of the noun after the total; the total is no claim of its own. */
static gboolean
read_of_total (XcQty *q, gsize pos, gsize *out_end)
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
  if (read_noun (&probe, e, &ne) != NOUN_FOUND)
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
static gboolean
read_right (XcQuantityRecognizer *self, XcQty *q)
{
  const char *t = q->t;
  gsize pos = q->core_end, e;
  gboolean pound = FALSE;

  if (q->digits && bad_digit_tail (t, q->len, pos, q->n.scaled))
    return FALSE;
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
      gboolean count = read_noun (&probe, pos, &ne) == NOUN_FOUND;
      g_free (probe.noun);
      if (!count && !xc_currency_suffix_at (t, q->len, pos, self->dollar, &ne, &pound))
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
      const char *iso = xc_currency_suffix_at (t, q->len, pos, self->dollar, &e, &pound);
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
  if (!q->range && q->n.value == 1 && !q->n.scaled)
    {
      /* a count of one: "one tanker caught fire", "a single vessel" */
      if (q->designation || q->anaphora || !read_singular (q, pos, &e))
        return FALSE;
      q->end = e;
      return TRUE;
    }
  if (read_of_total (q, pos, &e))
    {
      q->end = e;
      return !q->designation;
    }
  XcNounResult r = read_noun (q, pos, &e);
  if (r != NOUN_FOUND)
    return FALSE;
  if (q->designation || q->anaphora || (q->words && q->n.value < 1))
    return FALSE;
  q->end = e;
  return TRUE;
}

/* ---------- the claim ---------- */

static void
set_interval (XcClaim *c, const XcQty *q)
{
  XcInterval *iv = &c->interval;
  if (q->vague)
    {
      iv->lo = q->vague_lo;
      iv->hi = q->vague_hi;
      iv->lo_open = FALSE;
      iv->hi_open = TRUE;
    }
  else if (q->range)
    {
      XcInterval a, b;
      xc_interval_from_number (&a, &q->n, XC_QUALIFIER_EXACT);
      xc_interval_from_number (&b, &q->high, XC_QUALIFIER_EXACT);
      iv->lo = a.lo;
      iv->lo_open = a.lo_open;
      iv->hi = b.hi;
      iv->hi_open = b.hi_open;
    }
  else
    {
      xc_interval_from_number (iv, &q->n, q->qualifier);
      if (q->below)
        {
          /* "nearly 300": close to 300, from below */
          iv->hi = q->n.value;
          iv->hi_open = FALSE;
        }
    }
  if (q->measure)
    {
      double f = q->measure->factor, o = q->measure->offset;
      if (isfinite (iv->lo))
        iv->lo = iv->lo * f + o;
      if (isfinite (iv->hi))
        iv->hi = iv->hi * f + o;
    }
}

static XcClaim *
make_claim (const XcQty *q)
{
  XcKind kind = q->iso ? XC_KIND_MONEY
              : q->percent ? XC_KIND_PERCENT
              : q->measure ? XC_KIND_MEASURE : XC_KIND_COUNT;
  XcClaim *c = xc_claim_new (kind);
  c->offset = q->start;
  c->length = q->end - q->start;
  c->value = q->vague ? q->vague_lo : q->n.value;
  c->qualifier = q->vague ? XC_QUALIFIER_APPROX : q->qualifier;
  if (q->range)
    c->value_high = q->high.value;
  c->vague = q->vague;
  if (kind == XC_KIND_MONEY)
    c->unit = g_strdup (q->iso);
  else if (kind == XC_KIND_PERCENT)
    c->unit = g_strdup (q->pp ? "pp" : "%");
  else if (kind == XC_KIND_MEASURE)
    {
      c->unit = g_strdup (q->measure->unit);
      c->si_unit = g_strdup (q->measure->si_unit);
      c->value_si = c->value * q->measure->factor + q->measure->offset;
    }
  else
    c->unit = g_strdup (q->noun);
  XcDirection d = q->direction;
  if (q->direction_adverb && kind != XC_KIND_MONEY && kind != XC_KIND_PERCENT)
    d = XC_DIRECTION_NONE;
  if (kind == XC_KIND_MEASURE && d != XC_DIRECTION_NONE)
    {
      /* "sank 3 nautical miles offshore", "fell 20 metres from a ledge": a place */
      static const char * const places[] = {
        "offshore", "away", "from", "off", "south", "north", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "outside", "inland", "deep", "below", "above",
        "short", "into", "underground", "high", "long", "wide", "tall", "down", "up", NULL
      };
      gsize s, e;
      if (xc_word_after (q->t, q->len, q->end, &s, &e) && xc_word_in (q->t, s, e, places))
        d = XC_DIRECTION_NONE;
    }
  c->direction = d;
  set_interval (c, q);
  return c;
}

/* The state carried from one claim to the next in a sentence, for "from X to Y". */
typedef struct {
  gsize       end;
  gsize       start;
  XcKind      kind;
  XcDirection from_direction;
  gboolean    valid;
  const XcClaim *claim;   /* owned by the scan's claims */
} XcPrevious;

/* Words that may stand between a comparison marker and the old value:
 * "from a forecast of 1.9%", "than the 9% rise", "compared with last year's 3%". */
static const char * const previous_fillers[] = {
  "a", "an", "the", "its", "their", "his", "her", "our", "of", "last", "year's", "month's", "quarter's",
  "forecast", "forecasts", "estimate", "estimates", "projection", "expectation", "expectations",
  "expected", "previous", "prior", "earlier", "initial", "original", "revised", "record", "high",
  "low", "peak", "level", "figure", "reading", "rate", "target", NULL
};

/* Is the figure of @q, of kind @kind and unit @unit, an old value it is
 * compared with ("up from 35", "to 4.75% from 4.25%", "against 18%",
 * "compared with 95 cents", "versus 2%", "than the 9% rise")? */
static gboolean
read_previous (const XcQty *q, const XcPrevious *prev, XcKind kind, const char *unit)
{
  const char *t = q->t;
  gsize pos = q->start, s, e;
  /* a figure of the same kind (and counted noun) earlier in the sentence, nothing between */
  gboolean same_as_before = prev->valid && prev->claim && prev->end == q->floor && prev->kind == kind
                            && (kind != XC_KIND_COUNT || g_strcmp0 (prev->claim->unit, unit) == 0);
  for (int k = 0; k < 5; k++)
    {
      gsize j = pos;
      while (j > q->floor && t[j - 1] == ' ')
        j--;
      if (j >= q->floor + 3 && t[j - 1] == '.' && (t[j - 2] | 0x20) == 's' && (t[j - 3] | 0x20) == 'v')
        return same_as_before;   /* "vs." */
      if (!xc_word_before (t, q->floor, pos, &s, &e))
        return FALSE;
      if (word_is (t, s, e, "than"))
        return TRUE;
      if (word_is (t, s, e, "against") || word_is (t, s, e, "versus") || word_is (t, s, e, "vs"))
        return same_as_before;   /* "marched against 5 new mines": no comparison */
      if (word_is (t, s, e, "with") || word_is (t, s, e, "to"))
        {
          static const char * const compare_words[] = {
            "compared", "comparison", "compares", "compare", "comparing", "relative", NULL
          };
          gsize s2, e2;
          return xc_word_before (t, q->floor, s, &s2, &e2) && xc_word_in (t, s2, e2, compare_words);
        }
      if (word_is (t, s, e, "from"))
        {
          /* "up from", "rose from", "an increase from": after a change */
          gsize s2, e2;
          if (xc_word_before (t, q->floor, s, &s2, &e2))
            {
              if (is_adverb (t, s2, e2) && !xc_word_before (t, q->floor, s2, &s2, &e2))
                return FALSE;
              return xc_direction_of_word (t, s2, e2, NULL) != XC_DIRECTION_NONE
                     || xc_direction_noun (t, s2, e2, &(XcDirection) { 0 });
            }
          /* "to 4.75 percent from 4.25 percent": right after a figure of the same kind */
          if (!same_as_before)
            return FALSE;
          for (gsize i = prev->end; i < s; i++)
            if (t[i] != ' ' && t[i] != ',' && t[i] != '\n')
              return FALSE;
          return TRUE;
        }
      if (!xc_word_in (t, s, e, previous_fillers))
        return FALSE;
      pos = s;
    }
  return FALSE;
}

static void
qty_init (XcQty *q, const XcScan *scan, gsize floor, gsize ceil)
{
  memset (q, 0, sizeof *q);
  q->t = scan->text;
  q->len = ceil;
  q->floor = floor;
}

gboolean
xc_quantity_recognizer_run (XcQuantityRecognizer *self, XcScan *scan, GError **error)
{
  g_return_val_if_fail (self != NULL && scan != NULL, FALSE);
  const char *t = scan->text;
  gsize pos = 0;
  XcPrevious prev = { 0 };
  while (pos < scan->len)
    {
      g_autoptr(GError) local = NULL;
      gsize cand = next_candidate (self, t, scan->len, pos);
      if (cand >= scan->len)
        break;
      if (!xc_pattern_match (self->number, t, scan->len, cand, &local))
        {
          if (local)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          pos = skip_candidate (t, scan->len, cand);
          continue;
        }
      gsize ms, me;
      xc_pattern_group (self->number, 0, &ms, &me);
      gsize sent_start = 0, sent_end = scan->len;
      if (scan->sentences && scan->sentences->len > 0)
        {
          XcSpan *sp = &g_array_index (scan->sentences, XcSpan, xc_segment_find (scan->sentences, ms));
          if (sp->start <= ms && ms < sp->end)
            {
              sent_start = sp->start;
              sent_end = sp->end;
            }
        }
      gsize floor = prev.valid && prev.end > sent_start && prev.end <= ms ? prev.end : sent_start;
      XcQty q;
      qty_init (&q, scan, floor, sent_end);
      q.start = ms;
      q.core_end = me;
      gsize s, e;
      gboolean ok = TRUE;
      if (xc_pattern_group (self->number, self->g_num, &s, &e))
        {
          q.digits = TRUE;
          q.num_start = s;
          gsize cs, ce;
          if (xc_pattern_group (self->number, self->g_cur, &cs, &ce))
            q.iso = xc_currency_prefix (t + cs, ce - cs, self->dollar);
          gsize ss, se;
          gboolean scaled = xc_pattern_group (self->number, self->g_scale, &ss, &se);
          ok = parse_span (t, s, me, &q.n);
          if (ok && scaled && se - ss == 1 && (t[ss] == 'm' || t[ss] == 'M') && q.iso == NULL)
            q.glued_m = TRUE;
        }
      else if (xc_pattern_group (self->number, self->g_vague, &s, &e)
               || (q.few = xc_pattern_group (self->number, self->g_few, &s, &e)))
        {
          q.vague = TRUE;
          q.num_start = s;
          vague_bounds (&q, s, e);
        }
      else if (xc_pattern_group (self->number, self->g_frac, &s, &e))
        {
          /* "half a percentage point", "a quarter point", "three-quarters of a point" */
          char c0 = (char) (t[s] | 0x20);
          /* "half a", "a half" hold an "h"; "a quarter (of a)" none; "three-quarters of a" starts with "t" */
          double v = c0 == 't' ? 0.75 : memchr (t + s, 'h', e - s) || memchr (t + s, 'H', e - s) ? 0.5 : 0.25;
          q.words = TRUE;
          q.frac = TRUE;
          q.num_start = s;
          q.n = (XcNumber) { .value = v, .step = 0.01, .words = TRUE };
          q.core_end = e;
        }
      else if (xc_pattern_group (self->number, self->g_words, &s, &e))
        {
          q.words = TRUE;
          q.num_start = s;
          if (e - s > 6 && g_ascii_strncasecmp (t + e - 6, "single", 6) == 0)
            {
              /* "a single tanker": a count of one */
              q.n = (XcNumber) { .value = 1, .step = 1, .words = TRUE };
              q.core_end = e;
            }
          else
            ok = parse_words (&q, s, e);
        }
      else
        ok = FALSE;

      if (ok)
        {
          read_left (&q);
          ok = read_right (self, &q);
          if (ok && is_year_like (&q))
            ok = FALSE;
        }
      if (!ok)
        {
          g_free (q.noun);
          pos = MAX (q.core_end, me);
          if (pos <= ms)
            pos = ms + 1;
          continue;
        }
      read_direction_after (&q);
      XcClaim *c = make_claim (&q);
      gboolean changed = c->direction != XC_DIRECTION_NONE;
      /* "rose from $1bn to $2bn": the second figure is the change's result */
      gsize to_start;
      if (!changed && prev.valid && prev.from_direction != XC_DIRECTION_NONE && prev.kind == c->kind
          && xc_phrase_before (t, prev.end, q.start, "to", &to_start) && to_start >= prev.end)
        {
          gboolean blank = TRUE;
          for (gsize k = prev.end; k < to_start; k++)
            blank = blank && (t[k] == ' ' || t[k] == '\n');
          if (blank)
            {
              c->direction = prev.from_direction;
              c->basis = g_strndup (t + prev.start, prev.end - prev.start);
              changed = TRUE;
            }
        }
      if (c->basis == NULL)
        c->basis = xc_basis_after (t, q.len, MAX (q.end, q.direction_end), changed, &e);
      c->share = read_share (&q);
      c->previous = read_previous (&q, &prev, c->kind, c->unit);
      prev = (XcPrevious) { q.end, q.start, c->kind, q.from_direction, TRUE, c };
      g_ptr_array_add (scan->claims, c);
      g_free (q.noun);
      pos = q.end > ms ? q.end : ms + 1;
    }
  return TRUE;
}
