/* xc-date-prefilter.c - the cheap byte scan in front of the patterns: the
 * word starts where a date may begin (anchors) and, for each start, the forms
 * it can be of, so that few patterns are ever run
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-simd-private.h"
#include "xc-date-private.h"
#include "xc-wordset-private.h"

/* ---------- anchors ---------- */

static inline guint32
pair_len_bit (gsize n)
{
  return n < 31 ? 1u << n : 1u << 31;
}

/* The index of a word's first two bytes in anchor_pairs, or -1 when they are not
 * two ASCII letters. */
static inline int
pair_index (const char *w)
{
  char a = xc_lower (w[0]), b = xc_lower (w[1]);
  if (a < 'a' || a > 'z' || b < 'a' || b > 'z')
    return -1;
  return (a - 'a') * 26 + (b - 'a');
}

void
xc_date_anchor_pairs_add (XcDateRecognizer *self, const char * const *words)
{
  for (guint i = 0; words[i]; i++)
    {
      gsize n = strlen (words[i]);
      int k = n >= 2 ? pair_index (words[i]) : -1;
      if (k >= 0)
        self->anchor_pairs[k] |= pair_len_bit (n);
    }
}

static gboolean
is_anchor (const XcDateRecognizer *self, const char *w, gsize n)
{
  if (g_ascii_isdigit (w[0]))
    return TRUE;
  if (n < 3 || n >= 16)
    return FALSE;   /* "Q1", "H2" are alnum runs with a digit: see xc_date_next_anchor() */
  /* most words begin with two letters that begin no anchor of their length: no
   * set is asked ("the", "said", "for") */
  int k = pair_index (w);
  if (k >= 0 && !(self->anchor_pairs[k] & pair_len_bit (n)))
    return FALSE;
  /* a month or weekday name (the word holds no dot, which those would drop) */
  if (g_ascii_isupper (w[0]) && xc_word_set_has (self->calendar, w, n))
    return TRUE;
  switch (xc_lower (w[0]))
    {
    case 'y': case 'm': case 'w': case 'd': case 'h': case 's': case 'c': case 'f': case 'q':
    case 't': case 'n': case 'p': case 'r': case 'a': case 'e':
      break;
    default:
      return FALSE;
    }
  return xc_word_set_has (self->anchors, w, n);
}

/* ASCII letters and digits (g_ascii_isalnum() as a table of our own: the loops
 * below run over every byte of a text). */
#define D10(x) x, x, x, x, x, x, x, x, x, x
#define L26(x) D10 (x), D10 (x), x, x, x, x, x, x
static const guint8 alnum[256] = {
  ['0'] = D10 (1), ['A'] = L26 (1), ['a'] = L26 (1),
};
#undef D10
#undef L26

static inline gboolean
is_alnum (char c)
{
  return alnum[(guchar) c];
}

/* The end of the run of ASCII letters and digits from @i: sixteen bytes at a
 * time where SSE2 is there (most words fit one block), else byte by byte. */
static inline gsize
alnum_end (const char *t, gsize len, gsize i)
{
#ifdef __SSE2__
  for (; i + 16 <= len; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (t + i));
      int word = xc_simd_digits (v) | xc_simd_letters (v);
      if (word != 0xFFFF)
        return i + (gsize) __builtin_ctz ((unsigned) ~word);
    }
#endif
  while (i < len && is_alnum (t[i]))
    i++;
  return i;
}

/* The next anchor word at or after @pos: [*out_start, *out_end). Every word
 * start passed goes into @ring. */
gboolean
xc_date_next_anchor (const XcDateRecognizer *self, const char *t, gsize len, gsize pos, XcDateWordRing *ring,
             gsize *out_start, gsize *out_end)
{
  gsize i = pos;
  while (i < len)
    {
      while (i < len && !is_alnum (t[i]))
        i++;
      if (i >= len)
        break;
      if (i > 0 && is_alnum (t[i - 1]))
        {
          /* @pos fell inside a word: no start before its end */
          i = alnum_end (t, len, i);
          continue;
        }
      gsize e = alnum_end (t, len, i + 1);
      ring->pos[ring->n++ % XC_RING] = i;
      if (is_anchor (self, t + i, e - i)
          || (e - i == 2 && (t[i] == 'Q' || t[i] == 'H') && t[i + 1] >= '1' && t[i + 1] <= '4')
          || (e - i >= 4 && t[i] == 'F' && t[i + 1] == 'Y' && g_ascii_isdigit (t[i + 2])))
        {
          *out_start = i;
          *out_end = e;
          return TRUE;
        }
      i = e;
    }
  return FALSE;
}

/* ---------- the forms a start can be of ---------- */

/* The forms whose pattern needs a day number right after a starting month name. */
#define MONTH_DAY_FORMS (FORM (F_RANGE_MDMD) | FORM (F_RANGE_MDD) | FORM (F_MDY))

/* \s with PCRE2_UCP: ASCII white space or (any byte of) a Unicode space. */
static inline gboolean
maybe_space (guchar c)
{
  return g_ascii_isspace (c) || c >= 0x80;
}

/* The forms a digit run of @n digits followed by the byte @c can begin: what
 * each form's pattern needs right after its first number. Most numbers in a
 * text are counts, which only F_DUR could take. */
static guint32
digit_forms (gsize n, guchar c)
{
  gboolean suffix = g_ascii_isalpha (c);   /* "1st", "21st" */
  guint32 forms = 0;
  if (c == ',' || c == '.' || c == '-' || maybe_space (c))
    forms |= FORM (F_DUR);
  if (n <= 2)
    {
      if (c == '/')
        forms |= FORM (F_SLASH);
      if (suffix || c == '-' || maybe_space (c))
        forms |= FORM (F_RANGE_DDM);
      if (suffix || maybe_space (c))
        forms |= FORM (F_DMY);
      if (n == 1 && suffix)
        forms |= FORM (F_QUARTER) | FORM (F_HALF);
    }
  if (n == 4)
    {
      forms |= FORM (F_YEAR);
      if (c == '-')
        forms |= FORM (F_ISO);
      if (c == '/')
        forms |= FORM (F_YMD_SLASH);
      if (c == '-' || maybe_space (c))
        forms |= FORM (F_RANGE_YY);
      if (c == 'Q' || maybe_space (c))
        forms |= FORM (F_QUARTER);
      if (c == 'H' || maybe_space (c))
        forms |= FORM (F_HALF);
      if (c == 's' || c == '\'' || c >= 0x80)
        forms |= FORM (F_DECADE);
    }
  return forms;
}

/* The filters below are necessary conditions of a form's match, read off
 * its pattern, so that the pattern is not run where it cannot match. Where a
 * byte >= 0x80 could be a Unicode space (\s) or a caseless match of "s"
 * (U+017F), they keep the form. */

static gboolean
is_ascii_space (guchar c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Can a duration (F_DUR, F_DUR_PAST) start at @w? Its words up to the unit
 * are at most three of a qualifier, "the past", two of a number or "an",
 * joined by blanks, hyphens and the digits, commas and points of a figure. */
static gboolean
duration_possible (const XcDateRecognizer *self, const char *w, gsize len)
{
  int words = 0;
  gsize i = 0;
  while (i < len)
    {
      guchar c = (guchar) w[i];
      if (c >= 0x80)
        return TRUE;
      if (g_ascii_isalpha (c))
        {
          gsize e = i;
          while (e < len && g_ascii_isalpha (w[e]))
            e++;
          if (xc_word_set_has (self->units, w + i, e - i))
            return TRUE;
          if (++words > 6)
            return FALSE;
          i = e;
        }
      else if (g_ascii_isdigit (c) || c == ',' || c == '.' || c == '-' || is_ascii_space (c))
        i++;
      else
        return FALSE;
    }
  return FALSE;
}

/* The words of a start, for the checks below: letters (with inner hyphens)
 * or a figure, up to @max of them; *@out_wide when a byte >= 0x80 (maybe a
 * Unicode space or dash) comes first. Returns how many were found. */
typedef struct { gsize s, e; gboolean dash_before; } StartWord;

static int
start_words (const char *w, gsize len, StartWord *out, int max, gboolean *out_wide)
{
  int n = 0;
  gsize i = 0;
  gboolean dash = FALSE;
  *out_wide = FALSE;
  while (i < len && n < max)
    {
      guchar c = (guchar) w[i];
      if (c >= 0x80)
        {
          *out_wide = TRUE;
          return n;
        }
      if (g_ascii_isalnum (c))
        {
          gsize e = i;
          gboolean digits = g_ascii_isdigit (c);
          while (e < len && (digits ? (g_ascii_isdigit (w[e]) || w[e] == ',' || w[e] == '.')
                                    : (g_ascii_isalpha (w[e]) || (w[e] == '-' && e + 1 < len && g_ascii_isalpha (w[e + 1])))))
            e++;
          out[n++] = (StartWord) { i, e, dash };
          dash = FALSE;
          i = e;
        }
      else if (c == '-')
        dash = TRUE, i++;
      else if (is_ascii_space (c))
        i++;
      else
        return n;
    }
  return n;
}

static gboolean
start_word_is (const char *w, const StartWord *x, const char *word)
{
  gsize n = strlen (word);
  return x->e - x->s == n && g_ascii_strncasecmp (w + x->s, word, n) == 0;
}

/* F_REL_BACK: a unit among the first words, "earlier"/"before"/"prior"/"previously"/"since" right after it. */
static gboolean
rel_back_possible (const XcDateRecognizer *self, const char *w, gsize len)
{
  StartWord x[5];
  gboolean wide;
  int n = start_words (w, len, x, 5, &wide);
  for (int k = 1; k < n; k++)
    if (xc_word_set_has (self->units, w + x[k].s, x[k].e - x[k].s))
      {
        if (k + 1 >= n)
          return wide;
        const StartWord *d = &x[k + 1];
        return start_word_is (w, d, "earlier") || start_word_is (w, d, "before") || start_word_is (w, d, "prior")
               || start_word_is (w, d, "previously") || start_word_is (w, d, "since");
      }
  return wide;
}

/* F_DUR_RANGE: "to"/"or"/"and" or a dash between the numbers, then a unit. */
static gboolean
dur_range_possible (const XcDateRecognizer *self, const char *w, gsize len)
{
  StartWord x[6];
  gboolean wide;
  int n = start_words (w, len, x, 6, &wide);
  gboolean link = FALSE;
  for (int k = 0; k < n; k++)
    {
      if (x[k].dash_before || start_word_is (w, &x[k], "to") || start_word_is (w, &x[k], "or")
          || start_word_is (w, &x[k], "and"))
        link = TRUE;
      else if (xc_word_set_has (self->units, w + x[k].s, x[k].e - x[k].s))
        return link;
    }
  return wide;
}

/* Where the word after the blanks at @w starts; @len when a byte >= 0x80
 * (maybe a Unicode space) comes first or there is no blank. */
static gsize
after_blanks (const char *w, gsize len)
{
  gsize i = 0;
  while (i < len && is_ascii_space ((guchar) w[i]))
    i++;
  if (i == 0 || i == len || (guchar) w[i] >= 0x80)
    return len;
  return i;
}

/* The forms a start at "the" (@n letters at @w) can be of, by its next word. */
static guint32
after_the_forms (const XcDateRecognizer *self, const char *w, gsize len, gsize n)
{
  if (n < len && (guchar) w[n] >= 0x80)
    return G_MAXUINT32;   /* maybe a Unicode space */
  gsize i = n + after_blanks (w + n, len - n);
  if (i >= len)
    return n < len && is_ascii_space ((guchar) w[n]) ? G_MAXUINT32 : 0;
  const char *x = w + i;
  if (g_ascii_isdigit (x[0]))
    return FORM (F_QUARTER) | FORM (F_HALF) | FORM (F_DECADE) | FORM (F_FISCAL) | FORM (F_TO_MONTH);
  if (i + 1 < len && g_ascii_isdigit (x[1]) && (xc_lower (x[0]) == 'q' || xc_lower (x[0]) == 'h'))
    return FORM (F_QUARTER) | FORM (F_HALF);
  gsize e = i;
  while (e < len && g_ascii_isalnum (w[e]))
    e++;
  if (e < len && (guchar) w[e] >= 0x80)
    return G_MAXUINT32;   /* maybe a caseless "s" */
  int k = xc_word_set_index (self->after_the, x, e - i);
  return k >= 0 ? xc_date_after_the[k].forms : 0;
}

/* After a month name (@n letters at @w): is there a day number (after an
 * optional point and blanks), as MONTH_DAY_FORMS need? */
static gboolean
month_day_possible (const char *w, gsize len, gsize n)
{
  if (n < len && w[n] == '.')
    n++;
  while (n < len && is_ascii_space ((guchar) w[n]))
    n++;
  return n < len && (g_ascii_isdigit (w[n]) || (guchar) w[n] >= 0x80);
}

/* The position after the ASCII blanks at @i; *@out_wide when a byte >= 0x80
 * (maybe a Unicode space) ends them. */
static gsize
skip_ascii_blanks (const char *w, gsize len, gsize i, gboolean *out_wide)
{
  while (i < len && is_ascii_space ((guchar) w[i]))
    i++;
  *out_wide = i < len && (guchar) w[i] >= 0x80;
  return i;
}

/* Do the 3 bytes at @w begin a month name of MON (case-sensitive)? */
static gboolean
month_prefix_at (const char *w, gsize len)
{
  static const char prefixes[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (len < 3)
    return FALSE;
  for (gsize k = 0; k < 36; k += 3)
    if (w[0] == prefixes[k] && w[1] == prefixes[k + 1] && w[2] == prefixes[k + 2])
      return TRUE;
  return FALSE;
}

/* F_DUR from a number: its digits (XC_RE_DIGITS), then blanks or a hyphen
 * between blanks, then a unit word (UNITS) that no letter or digit follows. */
static gboolean
digit_duration_possible (const XcDateRecognizer *self, const char *w, gsize len, gsize n)
{
  gsize i = n;
  while (i < len && (g_ascii_isdigit (w[i]) || w[i] == ',' || w[i] == '.'))
    i++;
  if (i >= len)
    return FALSE;
  if ((guchar) w[i] >= 0x80)
    return TRUE;   /* a Unicode digit or space */
  gboolean wide;
  gsize j = skip_ascii_blanks (w, len, i, &wide);
  if (wide)
    return TRUE;
  if (j < len && w[j] == '-')
    {
      j = skip_ascii_blanks (w, len, j + 1, &wide);
      if (wide)
        return TRUE;
    }
  else if (j == i)
    return FALSE;
  gsize e = j;
  while (e < len && g_ascii_isalpha (w[e]))
    e++;
  if (e == j)
    return FALSE;
  if (e < len && (guchar) w[e] >= 0x80)
    return TRUE;   /* maybe a caseless "s" (U+017F) ending the unit */
  return xc_word_set_has (self->units, w + j, e - j);
}

/* After a day of DAY at @w (@n digits): where its suffix ("st") ends. */
static gsize
day_end (const char *w, gsize len, gsize n)
{
  if (n + 1 < len
      && ((w[n] == 's' && w[n + 1] == 't') || (w[n] == 'n' && w[n + 1] == 'd')
          || (w[n] == 'r' && w[n + 1] == 'd') || (w[n] == 't' && w[n + 1] == 'h')))
    return n + 2;
  return n;
}

/* F_DMY from a day: blanks, then "of" or a month name. */
static gboolean
dmy_possible (const char *w, gsize len, gsize n)
{
  gsize p = day_end (w, len, n);
  if (p >= len)
    return FALSE;
  if ((guchar) w[p] >= 0x80)
    return TRUE;
  if (!is_ascii_space ((guchar) w[p]))
    return FALSE;
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, p, &wide);
  if (wide)
    return TRUE;
  if (q + 1 < len && (w[q] | 0x20) == 'o' && (w[q + 1] | 0x20) == 'f')
    return TRUE;
  return month_prefix_at (w + q, len - q);
}

/* F_RANGE_DDM from a day: a dash, or blanks and "to"/"until"/"through"/"till"
 * and a blank, then blanks and the second day's digit. */
static gboolean
range_ddm_possible (const char *w, gsize len, gsize n)
{
  static const char * const links[] = { "to", "until", "through", "till", NULL };
  gsize p = day_end (w, len, n);
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, p, &wide);
  if (wide)
    return TRUE;
  if (q >= len)
    return FALSE;
  gsize r = q;
  if (w[q] == '-')
    r = q + 1;
  else if (q > p)
    {
      while (r < len && g_ascii_isalpha (w[r]))
        r++;
      if (r >= len)
        return FALSE;
      if ((guchar) w[r] >= 0x80)
        return TRUE;   /* a Unicode space, or a letter caselessly in a link word */
      gboolean link = FALSE;
      for (const char * const *l = links; *l && !link; l++)
        link = strlen (*l) == r - q && g_ascii_strncasecmp (w + q, *l, r - q) == 0;
      if (!link || !is_ascii_space ((guchar) w[r]))
        return FALSE;
    }
  else
    return FALSE;
  r = skip_ascii_blanks (w, len, r, &wide);
  if (wide)
    return TRUE;
  return r < len && g_ascii_isdigit (w[r]);
}

/* The ranges from a month name of @n letters at @w (F_RANGE_MDD, F_RANGE_MDMD):
 * its day, then for F_RANGE_MDD what range_ddm_possible() wants, for
 * F_RANGE_MDMD (past any year, commas and blanks) a dash or a link word. */
static guint32
month_range_forms (const char *w, gsize len, gsize n)
{
  static const char * const links[] = { "to", "until", "through", "till", NULL };
  const guint32 both = FORM (F_RANGE_MDD) | FORM (F_RANGE_MDMD);
  gsize p = n;
  if (p < len && w[p] == '.')
    p++;
  gboolean wide;
  p = skip_ascii_blanks (w, len, p, &wide);
  if (wide)
    return both;
  gsize d = 0;
  while (p + d < len && g_ascii_isdigit (w[p + d]))
    d++;
  if (d == 0 || d > 2)
    return 0;
  guint32 forms = 0;
  if (range_ddm_possible (w + p, len - p, d))
    forms |= FORM (F_RANGE_MDD);
  gsize q = p + day_end (w + p, len - p, d);
  while (q < len && (w[q] == ',' || is_ascii_space ((guchar) w[q]) || g_ascii_isdigit (w[q])))
    q++;
  if (q >= len)
    return forms;
  if ((guchar) w[q] >= 0x80 || w[q] == '-')
    return forms | FORM (F_RANGE_MDMD);
  gsize r = q;
  while (r < len && g_ascii_isalpha (w[r]))
    r++;
  if (r < len && (guchar) w[r] >= 0x80)
    return forms | FORM (F_RANGE_MDMD);
  for (const char * const *l = links; *l; l++)
    if (r > q && strlen (*l) == r - q && g_ascii_strncasecmp (w + q, *l, r - q) == 0)
      return forms | FORM (F_RANGE_MDMD);
  return forms;
}

/* F_QUARTER ("2024 Q1") or F_HALF ("2024 H1") from a year and blanks: @letter next. */
static gboolean
year_letter_possible (const char *w, gsize len, gsize n, char letter)
{
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, n, &wide);
  return wide || (q < len && w[q] == letter);
}

/* F_QUARTER from a year and a word: "1988 third quarter", "1988 quarter",
 * "1989 period" (a letter f, s, t, q or p next, or a digit: "1988 2nd"). */
static gboolean
year_quarter_word_possible (const char *w, gsize len, gsize n)
{
  gboolean wide;
  gsize q = skip_ascii_blanks (w, len, n, &wide);
  if (wide)
    return TRUE;
  if (q == n || q >= len)
    return FALSE;
  char c = xc_lower (w[q]);
  return c == 'f' || c == 's' || c == 't' || c == 'q' || c == 'p' || (c >= '1' && c <= '4');
}

/* F_DUR_RANGE from a number: after its digits, a dash or "to"/"or" (a
 * Unicode dash or space: maybe). */
static gboolean
digit_range_possible (const char *w, gsize len, gsize n)
{
  gsize i = n;
  while (i < len && (g_ascii_isdigit (w[i]) || w[i] == ',' || w[i] == '.'))
    i++;
  gboolean wide;
  gsize j = skip_ascii_blanks (w, len, i, &wide);
  if (wide || (j < len && w[j] == '-'))
    return TRUE;
  return j > i && j + 2 < len && is_ascii_space ((guchar) w[j + 2])
         && (((w[j] | 0x20) == 't' && (w[j + 1] | 0x20) == 'o') || ((w[j] | 0x20) == 'o' && (w[j + 1] | 0x20) == 'r'));
}

/* F_FISCAL from a year: "2023 fiscal year", "2023-24 financial year": an
 * optional second year, blanks, then an "f". */
static gboolean
fiscal_after_year_possible (const char *w, gsize len, gsize n)
{
  gsize i = n;
  if (i < len && (w[i] == '-' || w[i] == '/' || (guchar) w[i] >= 0x80))
    {
      i++;
      while (i < len && ((guchar) w[i] >= 0x80 || g_ascii_isdigit (w[i])))
        i++;
    }
  gboolean wide;
  gsize j = skip_ascii_blanks (w, len, i, &wide);
  return wide || (j > i && j < len && (w[j] | 0x20) == 'f');
}

/* digit_forms() narrowed by what follows the first number, further on. */
static guint32
digit_forms_after (const XcDateRecognizer *self, const char *w, gsize len, gsize n, guint32 forms)
{
  if (forms & FORM (F_DUR))
    {
      if (digit_duration_possible (self, w, len, n))
        forms |= FORM (F_REL_BACK);   /* "2 years earlier" */
      else
        forms &= ~FORM (F_DUR);
      if (digit_range_possible (w, len, n))
        forms |= FORM (F_DUR_RANGE);   /* "2 to 3 years", "2-3 years" */
    }
  if (n == 4 && fiscal_after_year_possible (w, len, n))
    forms |= FORM (F_FISCAL);   /* "2023 fiscal year", "2023-24 financial year" */
  if ((forms & FORM (F_DMY)) && !dmy_possible (w, len, n))
    forms &= ~FORM (F_DMY);
  if ((forms & FORM (F_RANGE_DDM)) && !range_ddm_possible (w, len, n))
    forms &= ~FORM (F_RANGE_DDM);
  if (n == 4 && (forms & FORM (F_QUARTER)) && !year_letter_possible (w, len, n, 'Q')
      && !year_quarter_word_possible (w, len, n))
    forms &= ~FORM (F_QUARTER);
  if (n == 4 && (forms & FORM (F_HALF)) && !year_letter_possible (w, len, n, 'H'))
    forms &= ~FORM (F_HALF);
  return forms;
}

/* The forms (1 << XcDateForm) a match starting at the word @w can be of. */
guint32
xc_date_start_forms (const XcDateRecognizer *self, const char *w, gsize len)
{
  guint32 forms = 0;
  guint starts = 0;
  gsize n = 0;
  if (g_ascii_isdigit (w[0]))
    {
      while (n < len && g_ascii_isdigit (w[n]))
        n++;
      return digit_forms_after (self, w, len, n, digit_forms (n, n < len ? (guchar) w[n] : '\0'));
    }
  else
    {
      while (n < len && g_ascii_isalpha (w[n]) && n < 16)
        n++;
      int k = xc_word_set_index (self->first_words, w, n);
      if (k >= 0)
        forms = self->first_forms[k];
      if (g_ascii_isupper (w[0]) && xc_date_month_from_name (w, n))
        starts |= S_MONTH;
      if (g_ascii_isupper (w[0]) && xc_date_weekday_from_name (w, n) != G_DATE_BAD_WEEKDAY)
        starts |= S_WEEKDAY;
      if (n == 3 && xc_lower (w[0]) == 't' && xc_lower (w[1]) == 'h' && xc_lower (w[2]) == 'e')
        forms &= after_the_forms (self, w, len, n);
    }
  forms |= self->start_forms[starts];
  if (starts == S_MONTH && !month_day_possible (w, len, n))
    forms &= ~MONTH_DAY_FORMS;
  else if (starts == S_MONTH && (forms & (FORM (F_RANGE_MDD) | FORM (F_RANGE_MDMD))))
    forms &= ~(FORM (F_RANGE_MDD) | FORM (F_RANGE_MDMD)) | month_range_forms (w, len, n);
  const guint32 dur_forms = FORM (F_DUR) | FORM (F_DUR_PAST) | FORM (F_DUR_RANGE) | FORM (F_REL_BACK);
  if ((forms & dur_forms) && !duration_possible (self, w, len))
    forms &= ~dur_forms;
  if ((forms & FORM (F_REL_BACK)) && !rel_back_possible (self, w, len))
    forms &= ~FORM (F_REL_BACK);
  if ((forms & FORM (F_DUR_RANGE)) && !dur_range_possible (self, w, len))
    forms &= ~FORM (F_DUR_RANGE);
  return forms;
}
