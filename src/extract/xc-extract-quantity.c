/* xc-extract-quantity.c - money, percent, measure and count claims: one pattern finds a
 * number token (this file: the scan, the token and the claim it makes), the words
 * around it say what it counts (xc-quantity-qualify.c, -right.c, -nouns.c; rules in docs/claims.md)
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-simd-private.h"
#include "xc-quantity-private.h"

#define RE_UNITS_1_9 "(?:one|two|three|four|five|six|seven|eight|nine)"
#define RE_W1 "(?:" XC_RE_TENS_WORD "(?:[- ]" RE_UNITS_1_9 ")?|" XC_RE_UNITS_WORD ")"
#define RE_BIG "(?:million|billion|trillion)"

/* One pattern, anchored (\\G) where next_candidate() finds something that can
 * start a number: a currency sign or code, a digit, or a number word.
 * Everything after the token is read in C. */
/* An abbreviated scale may end in a full stop before a currency word: "110 b. Euro",
 * "3 mln. dollars" (not "the 100 m. race" nor the end of a sentence). */
#define XC_RE_SCALE_DOT "(?:\\.(?= ?(?i:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?)\\b))?"

static const char number_regex[] =
  /* not inside a word, a number, a URL or a time; "F-16" is a name, "magnitude-5.9" is not,
   * nor a number word after a plural run into it by a dash ("three workers-two women and
   * a man-were killed") */
  "\\G(?<![\\p{L}\\p{N}_.,/#@&'’:\\\\])(?:(?<=magnitude-)|(?<=[a-z]s-)(?=[a-z])|(?<![\\p{L}\\p{N}]-))"
  "(?:"
  "(?<cur>(?-i:(?:US ?|U\\.S\\.|HK|NT|AU?|CA?|S|R|NZ)?\\$|(?:USD|EUR|GBP|CNY|RMB|JPY|RUB|INR|CHF|CAD|AUD|HKD)(?=[ \\d])|€|£|¥|₹|₽"
  "|(?:euro|Euro|EURO)(?=\\d)) ?)?"
  "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(?!\\d)"
  "(?<scale>(?:[ -]|\\n(?!\\n))?(?:thousand|million|billion|trillion)\\b| ?(?:mn|mln|bln|bn|tn|trn)\\b" XC_RE_SCALE_DOT "|(?:k|m|b)\\b" XC_RE_SCALE_DOT "| (?:m|b)\\.(?= ?(?i:euros?|dollars?|pounds?)\\b))?"
  "|(?<ord>(?:" XC_RE_TENS_WORD "-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
  "|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
  "|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth)\\b"
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
  XcWordSet *first_words;   /* first_words */
  int        g_cur, g_num, g_scale, g_vague, g_few, g_words, g_frac, g_ord;
  char      *dollar;
};


/* ---------- where a number can start ---------- */

/* The first three letters of every word the pattern's word branches start with. */
static const char * const candidate_words[] = {
  "one", "two", "thr", "fou", "fiv", "six", "sev", "eig", "nin", "ten", "ele", "twe", "thi",
  "fif", "for", "hun", "tho", "mil", "bil", "tri", "doz", "hal", "sec", NULL
};

/* Every word a match of number_regex can begin with when it begins with a letter
 * and not with "a"/"an" or a currency: whole words, as the pattern ends each
 * with a space, a hyphen or a word boundary. A candidate whose first three
 * letters pass but whose word is none of these ("for", "this", "those",
 * "second" is one) is not tried: the pattern would fail there. */
static const char * const first_words[] = {
  /* RE_W1 and the ordinals' tens */
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  /* ord */
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
  "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
  "seventieth", "eightieth", "ninetieth", "hundredth",
  /* vague, few, frac, words */
  "tens", "hundreds", "dozens", "thousands", "millions", "billions", "trillions", "several",
  "half", "dozen", NULL
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

/* The end of the run of ASCII letters from @i: sixteen bytes at a time where
 * SSE2 is there (most words fit one block), else byte by byte. */
static inline gsize
alpha_end (const char *t, gsize len, gsize i)
{
#ifdef __SSE2__
  for (; i + 16 <= len; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (t + i));
      int alpha = xc_simd_letters (v);
      if (alpha != 0xFFFF)
        return i + (gsize) __builtin_ctz ((unsigned) ~alpha);
    }
#endif
  while (i < len && XC_IS_ALPHA (t[i]))
    i++;
  return i;
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
          gsize w = alpha_end (t, len, i + 1);
          if (g_ascii_isupper (c) && w - i == 3 && g_ascii_isupper (t[i + 1]) && g_ascii_isupper (t[i + 2])
              && (w == len || t[w] == ' ' || g_ascii_isdigit (t[w])))
            return i;   /* "USD 5", "RMB20" */
          if (word_candidate (self, t, len, i, w))
            {
              /* a word the pattern can begin with; after a word followed by a
               * non-ASCII byte the pattern decides (caseless, "ſ" is an "s") */
              if (w - i <= 2 || (w < len && (guchar) t[w] >= 0x80)
                  || xc_word_set_has (self->first_words, t + i, w - i))
                return i;
              /* as if the pattern had been tried here and failed: on past the word */
              pos = w;
              i = w - 1;
              continue;
            }
          if (w - i == 4 && w < len && g_ascii_isdigit (t[w]) && g_ascii_strncasecmp (t + i, "euro", 4) == 0)
            return i;   /* "euro30 billion" */
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

/* Whether a match cannot start right after the ASCII byte @c: the pattern's
 * opening lookbehind, (?<![\p{L}\p{N}_.,/#@&'’:\\]), for the ASCII bytes it names
 * (other bytes are left to the pattern). */
static inline gboolean
inside_word (char c)
{
  return c != '\0' && (guchar) c < 0x80 && (g_ascii_isalnum (c) || strchr ("_.,/#@&':\\", c) != NULL);
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
  self->g_ord = xc_pattern_group_number (p, "ord");
  self->number = g_steal_pointer (&p);
  self->dollar = g_strdup ("USD");
  self->first_words = xc_word_set_new (first_words);
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
  xc_word_set_free (self->first_words);
  g_free (self->dollar);
  g_free (self);
}

/* ---------- the token ---------- */

static gboolean
is_year_like (const XcQty *q)
{
  if (!q->digits || q->range || q->n.scaled || q->iso || q->percent || q->measure || q->age || q->ordinal
      || q->n_parts)
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
gboolean
xc_qty_bad_digit_tail (const char *t, gsize len, gsize i, gboolean scaled)
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

gboolean
xc_qty_parse_span (const char *t, gsize s, gsize e, XcNumber *out)
{
  return xc_number_parse (t + s, (gssize) (e - s), out);
}

/* "3 1/2": a whole number, a space and a proper fraction with a one-digit
 * denominator; q->n and q->core_end take it in. */
static void
read_mixed_fraction (XcQty *q, gsize len)
{
  const char *t = q->t;
  gsize i = q->core_end;
  if (i + 4 > len || t[i] != ' ' || !g_ascii_isdigit (t[i + 1]) || t[i + 2] != '/' || !g_ascii_isdigit (t[i + 3])
      || (i + 4 < len && (g_ascii_isdigit (t[i + 4]) || t[i + 4] == '/')) || q->n.value != floor (q->n.value))
    return;
  int num = t[i + 1] - '0', den = t[i + 3] - '0';
  if (num < 1 || den < 2 || num >= den)
    return;
  q->n.value += (double) num / den;
  q->n.step = 1.0 / den;
  q->core_end = i + 4;
}

/* Word numbers: the longest prefix that parses ("two hundred and" -> "two hundred"). */
static gboolean
parse_words (XcQty *q, gsize s, gsize e)
{
  while (e > s)
    {
      if (xc_qty_parse_span (q->t, s, e, &q->n))
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

/* A bound before the first of counts joined by "and" bounds each: "averaged more than
 * 30 home runs and 100 RBIs" says more than 100 RBIs. Only a count with no hedge of its
 * own, right after a count with a bound ("more than", "at least", "fewer than"); "about
 * 20 Democrats and 15 Republicans" leaves the second as stated. */
static void
hedge_shared (XcQty *q, GPtrArray *claims)
{
  if (q->qualifier != XC_QUALIFIER_EXACT || q->vague || q->range || q->percent || q->measure || q->iso
      || q->age || q->ordinal || q->n_parts || claims->len == 0)
    return;
  const XcClaim *pc = claims->pdata[claims->len - 1];
  if (pc->kind != XC_KIND_COUNT || pc->qualifier == XC_QUALIFIER_EXACT || pc->qualifier == XC_QUALIFIER_RANGE
      || pc->qualifier == XC_QUALIFIER_APPROX || pc->offset + pc->length > q->start)
    return;
  gsize i = pc->offset + pc->length;
  while (i < q->start && q->t[i] == ' ')
    i++;
  if (q->start - i != 4 || strncmp (q->t + i, "and ", 4) != 0)
    return;
  q->qualifier = pc->qualifier;
}

static XcClaim *
make_claim (const XcQty *q)
{
  XcKind kind = q->age ? XC_KIND_AGE
              : q->ordinal ? XC_KIND_ORDINAL
              : q->n_parts ? XC_KIND_RECORD
              : q->iso ? XC_KIND_MONEY
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
  else if (kind == XC_KIND_AGE)
    c->unit = g_strdup ("years");
  else if (kind == XC_KIND_RECORD)
    {
      memcpy (c->parts, q->parts, sizeof c->parts);
      c->n_parts = q->n_parts;
    }
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
  if (xc_kind_is_exact (kind))
    d = XC_DIRECTION_NONE;   /* "improved to 53-3": the record, not a change of it */
  c->direction = d;
  set_interval (c, q);
  if (kind == XC_KIND_RECORD || kind == XC_KIND_ORDINAL || (kind == XC_KIND_AGE && !q->range))
    {
      /* a point, named exactly: no rounding, no tolerance */
      double v = kind == XC_KIND_RECORD ? xc_record_key (c->parts, c->n_parts) : c->value;
      c->interval = (XcInterval) { v, v, FALSE, FALSE };
    }
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
      if (xc_word_is (t, s, e, "than"))
        return TRUE;
      if (xc_word_is (t, s, e, "against") || xc_word_is (t, s, e, "versus") || xc_word_is (t, s, e, "vs"))
        return same_as_before;   /* "marched against 5 new mines": no comparison */
      if (xc_word_is (t, s, e, "with") || xc_word_is (t, s, e, "to"))
        {
          static const char * const compare_words[] = {
            "compared", "comparison", "compares", "compare", "comparing", "relative", NULL
          };
          gsize s2, e2;
          return xc_word_before (t, q->floor, s, &s2, &e2) && xc_word_in (t, s2, e2, compare_words);
        }
      if (xc_word_is (t, s, e, "from"))
        {
          /* "up from", "rose from", "an increase from": after a change */
          gsize s2, e2;
          if (xc_word_before (t, q->floor, s, &s2, &e2))
            {
              if (xc_word_is_adverb (t, s2, e2) && !xc_word_before (t, q->floor, s2, &s2, &e2))
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
      if (cand > 0 && inside_word (t[cand - 1]))
        {
          /* the pattern's first test, "not inside a word, a number, a URL", fails
           * here: it is not run ("1,000" and "3.5" are candidates at each digit run) */
          pos = skip_candidate (t, scan->len, cand);
          continue;
        }
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
          if (me > sent_end && me <= scan->len)
            {
              /* "1.2⏎million people": a hard-wrapped line split the number from its scale;
               * the figure reads on in the sentence its scale word stands in */
              XcSpan *sp2 = &g_array_index (scan->sentences, XcSpan, xc_segment_find (scan->sentences, me - 1));
              if (sp2->start < me && me <= sp2->end)
                sent_end = sp2->end;
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
          /* "110 b. Euro": the scale's full stop is no part of the number */
          ok = xc_qty_parse_span (t, s, scaled && me > s && t[me - 1] == '.' ? me - 1 : me, &q.n);
          if (ok && !scaled && q.iso == NULL)
            read_mixed_fraction (&q, scan->len);
          if (ok && scaled && se - ss == 1 && (t[ss] == 'm' || t[ss] == 'M') && q.iso == NULL)
            q.glued_m = TRUE;
          /* "$27.5MM": financial shorthand for millions, in capitals right after an
           * amount of money (a bare "5mm" stays millimetres) */
          if (ok && !scaled && q.iso != NULL && me + 2 <= scan->len && t[me] == 'M' && t[me + 1] == 'M'
              && (me + 2 == scan->len || !g_ascii_isalnum (t[me + 2])))
            {
              q.n.value *= 1e6;
              q.n.step *= 1e6;
              q.n.scaled = TRUE;
              q.core_end = me + 2;
            }
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
      else if (xc_pattern_group (self->number, self->g_ord, &s, &e))
        {
          /* "the seventh round": a rank */
          q.words = TRUE;
          q.ordinal_token = TRUE;
          q.num_start = s;
          q.core_end = e;
          q.n = (XcNumber) { .step = 1, .words = TRUE };
          ok = xc_qty_parse_ordinal (t, s, e, &q.n.value);
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

      if (ok && prev.valid && prev.kind == XC_KIND_AGE && prev.end <= ms)
        {
          /* "ages 6 and 16", "aged 4, 7 and 9" */
          g_autofree char *gap = g_strstrip (g_strndup (t + prev.end, ms - prev.end));
          q.after_age = g_str_equal (gap, "and") || g_str_equal (gap, "or") || g_str_equal (gap, ",")
                        || g_str_equal (gap, ", and");
        }
      if (ok)
        {
          /* the counted noun of the last count nearby, for "two of them" */
          for (guint k = scan->claims->len; k-- > 0;)
            {
              const XcClaim *pc = scan->claims->pdata[k];
              if (pc->offset + 600 < ms)
                break;
              if (pc->kind == XC_KIND_COUNT && pc->unit)
                {
                  q.antecedent = pc->unit;
                  q.antecedent_end = pc->offset + pc->length;
                  break;
                }
            }
          /* what the last rank of the text ranks, for a bare "in the sixth" */
          for (guint k = scan->claims->len; k-- > 0;)
            {
              const XcClaim *pc = scan->claims->pdata[k];
              if (pc->offset + 3000 < ms)
                break;
              if (pc->kind == XC_KIND_ORDINAL && pc->unit)
                {
                  q.rank_antecedent = pc->unit;
                  break;
                }
            }
          xc_qty_read_left (&q);
          ok = xc_qty_read_right (&q, self->dollar);
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
      xc_qty_read_direction_after (&q);
      hedge_shared (&q, scan->claims);
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
      c->share = xc_qty_read_share (&q);
      c->previous = read_previous (&q, &prev, c->kind, c->unit);
      prev = (XcPrevious) { q.end, q.start, c->kind, q.from_direction, TRUE, c };
      g_ptr_array_add (scan->claims, c);
      g_free (q.noun);
      pos = q.end > ms ? q.end : ms + 1;
    }
  return TRUE;
}
