/* xc-number.c - parsing number expressions: digits, words and scales
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-private.h"

typedef struct { const char *word; double value; } XcWordValue;

static const XcWordValue xc_small_words[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 },
  { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 },
  { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 },
  { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 },
  { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 },
  { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
  { "dozen", 12 },
};

static const XcWordValue xc_fraction_words[] = {
  { "half", 0.5 }, { "third", 1.0 / 3 }, { "quarter", 0.25 }, { "fifth", 0.2 },
};

static const XcWordValue xc_scales[] = {
  { "hundred", 1e2 }, { "thousand", 1e3 }, { "k", 1e3 },
  { "million", 1e6 }, { "mn", 1e6 }, { "mln", 1e6 }, { "m", 1e6 },
  { "billion", 1e9 }, { "bn", 1e9 }, { "bln", 1e9 }, { "b", 1e9 },
  { "trillion", 1e12 }, { "tn", 1e12 }, { "trn", 1e12 },
};

/* One token of a number expression: a span of the text, compared caselessly. */
typedef struct {
  const char *p;
  gsize       len;
} Tok;

static inline gboolean
tok_is (Tok t, const char *word)
{
  gsize n = strlen (word);
  return t.len == n && g_ascii_strncasecmp (t.p, word, n) == 0;
}

static double
lookup_len (const XcWordValue *table, gsize n, const char *word, gsize len, double missing)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (table[i].word) == len && g_ascii_strncasecmp (table[i].word, word, len) == 0)
      return table[i].value;
  return missing;
}

static double
lookup (const XcWordValue *table, gsize n, Tok t, double missing)
{
  return lookup_len (table, n, t.p, t.len, missing);
}

double
xc_number_scale (const char *word, gssize len)
{
  g_autofree char *w = g_strndup (word, len < 0 ? strlen (word) : (gsize) len);
  g_strstrip (w);
  double f = lookup_len (xc_scales, G_N_ELEMENTS (xc_scales), w, strlen (w), 0);
  return f == 1e2 ? 0 : f;   /* "hundred" is a number word, not a scale suffix */
}

/* Splits "twenty-five thousand" into word spans; digits stay one token,
 * and a digit token with a glued suffix ("12k", "3bn") is split in two.
 * Fills @tokens (room for @room) and returns the count, which may exceed @room:
 * then only the first @room are stored. */
static gsize
tokenize (const char *s, gsize len, Tok *tokens, gsize room)
{
  static const char unknown[] = "\x01";
  gsize n = 0;
  gsize i = 0;
  while (i < len)
    {
      while (i < len && (g_ascii_isspace (s[i]) || s[i] == '-'))
        i++;
      if (i >= len)
        break;
      gsize j = i;
      if (g_ascii_isdigit (s[i]) || (s[i] == '.' && i + 1 < len && g_ascii_isdigit (s[i + 1])))
        {
          while (j < len && (g_ascii_isdigit (s[j]) || s[j] == ',' || s[j] == '.'))
            j++;
        }
      else
        {
          while (j < len && !g_ascii_isspace (s[j]) && s[j] != '-' && !g_ascii_isdigit (s[j]))
            j++;
        }
      if (j == i)   /* a byte that fits neither class: not a number */
        {
          if (n < room)
            tokens[n] = (Tok) { unknown, 1 };
          n++;
          i++;
          continue;
        }
      if (n < room)
        tokens[n] = (Tok) { s + i, strnlen (s + i, j - i) };   /* a word stops at a NUL */
      n++;
      i = j;
    }
  return n;
}

/* Powers of ten exactly representable as doubles. */
static const double exact_pow10[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* "1,234.50" -> value 1234.5, decimals 2. Thousands separators must group by three.
 * The value is the one g_ascii_strtod() gives for the digits without separators:
 * computed exactly (mantissa and power of ten both exact doubles, one correctly
 * rounded division) when there are at most 15 digits, else by g_ascii_strtod(). */
static gboolean
parse_digits (Tok tok, double *out_value, int *out_decimals)
{
  const char *t = tok.p;
  const char *dot = memchr (t, '.', tok.len);
  gsize int_len = dot ? (gsize) (dot - t) : tok.len;
  gboolean any_comma = memchr (t, ',', tok.len) != NULL;
  int group = -1;
  gsize plain_len = 0;
  guint64 mant = 0;
  gsize ndigits = 0;
  for (gsize i = 0; i < int_len; i++)
    {
      if (t[i] == ',')
        {
          if (group == 0 || (group < 0 && i == 0) || (group > 0 && group != 3))
            return FALSE;
          group = 0;
          continue;
        }
      if (ndigits < 19)
        mant = mant * 10 + (guint64) (t[i] - '0');
      ndigits++;
      plain_len++;
      if (group >= 0)
        group++;
      else if (plain_len > 3 && any_comma)
        return FALSE;   /* "1234,567" */
    }
  if (group >= 0 && group != 3)
    return FALSE;
  int decimals = 0;
  if (dot)
    {
      const char *frac = dot + 1;
      gsize frac_len = tok.len - int_len - 1;
      if (frac_len == 0)
        return FALSE;
      for (gsize k = 0; k < frac_len; k++)
        if (!g_ascii_isdigit (frac[k]))
          return FALSE;
      for (gsize k = 0; k < frac_len; k++)
        {
          if (ndigits < 19)
            mant = mant * 10 + (guint64) (frac[k] - '0');
          ndigits++;
        }
      decimals = (int) frac_len;
    }
  if (ndigits <= 15 && decimals < (int) G_N_ELEMENTS (exact_pow10))
    *out_value = (double) mant / exact_pow10[decimals];
  else
    {
      g_autoptr(GString) plain = g_string_sized_new (tok.len + 2);
      for (gsize i = 0; i < int_len; i++)
        if (t[i] != ',')
          g_string_append_c (plain, t[i]);
      if (dot)
        g_string_append_len (plain, dot, (gssize) (tok.len - int_len));
      if (plain->len == 0)
        g_string_prepend_c (plain, '0');
      *out_value = g_ascii_strtod (plain->str, NULL);
    }
  *out_decimals = decimals;
  return TRUE;
}

gboolean
xc_number_parse (const char *s, gssize len, XcNumber *out)
{
  g_return_val_if_fail (s != NULL && out != NULL, FALSE);
  gsize n = len < 0 ? strlen (s) : (gsize) len;
  Tok small_tokens[16];
  g_autofree Tok *big_tokens = NULL;
  Tok *toks = small_tokens;
  gsize ntok = tokenize (s, n, small_tokens, G_N_ELEMENTS (small_tokens));
  if (ntok > G_N_ELEMENTS (small_tokens))
    {
      big_tokens = g_new (Tok, ntok);
      tokenize (s, n, big_tokens, ntok);
      toks = big_tokens;
    }
  struct { Tok *pdata; guint len; } tok_s = { toks, (guint) ntok }, *tok = &tok_s;
  memset (out, 0, sizeof *out);
  if (tok->len == 0)
    return FALSE;

  guint i = 0;
  Tok first = tok->pdata[0];
  double value;
  double step;

  if (g_ascii_isdigit (first.p[0]) || first.p[0] == '.')
    {
      int decimals;
      if (!parse_digits (first, &value, &decimals))
        return FALSE;
      step = pow (10, -decimals);
      i = 1;
    }
  else
    {
      /* words: [a|an] (unit | tens[-unit] | dozen | fraction) [hundred [and] [rest]] */
      gboolean article = FALSE;
      out->words = TRUE;
      if (tok_is (first, "a") || tok_is (first, "an") || tok_is (first, "one"))
        {
          article = TRUE;
          i = 1;
        }
      if (i >= tok->len)
        {
          /* "a"/"an"/"one" alone */
          out->value = 1;
          out->step = 1;
          return TRUE;
        }
      Tok w = tok->pdata[i];
      /* "one and a half million": "one" is the number, "and a half" follows */
      gboolean one_and = tok_is (first, "one") && tok_is (w, "and");
      double frac = lookup (xc_fraction_words, G_N_ELEMENTS (xc_fraction_words), w, -1);
      double small = lookup (xc_small_words, G_N_ELEMENTS (xc_small_words), w, -1);
      double scale_first = lookup (xc_scales, G_N_ELEMENTS (xc_scales), w, 0);
      if (frac >= 0 && (article || tok_is (w, "half")))
        {
          value = frac;
          step = frac;
          i++;
          /* "half a million", "a quarter of a billion" */
          guint j = i;
          if (j < tok->len && tok_is (tok->pdata[j], "of"))
            j++;
          if (j < tok->len && (tok_is (tok->pdata[j], "a") || tok_is (tok->pdata[j], "an")))
            j++;
          if (j > i && j < tok->len && lookup (xc_scales, G_N_ELEMENTS (xc_scales), tok->pdata[j], 0) > 100)
            i = j;
        }
      else if (one_and)
        {
          value = 1;
          step = 1;
        }
      else if (small >= 0)
        {
          value = small;
          step = 1;
          i++;
          if (small >= 20 && small < 100 && fmod (small, 10) == 0 && i < tok->len)
            {
              double unit = lookup (xc_small_words, G_N_ELEMENTS (xc_small_words), tok->pdata[i], -1);
              if (unit >= 1 && unit <= 9)
                {
                  value += unit;
                  i++;
                }
            }
          if (article && !tok_is (w, "dozen") && !tok_is (first, "one"))
            return FALSE;   /* "a two" */
          if (tok_is (first, "one") && i == 1 + 1 && small != 12)
            return FALSE;   /* "one two" */
          if (i < tok->len && tok_is (tok->pdata[i], "dozen") && small < 100)
            {
              value *= 12;   /* "two dozen" */
              step = 12;
              i++;
            }
        }
      else if (article && scale_first > 0)
        {
          value = 1;      /* "a hundred", "a million" */
          step = 1;
        }
      else
        return FALSE;
      /* "one and a half", "two and a half" (million) */
      if (i + 2 < tok->len && tok_is (tok->pdata[i], "and")
          && (tok_is (tok->pdata[i + 1], "a") || tok_is (tok->pdata[i + 1], "an"))
          && tok_is (tok->pdata[i + 2], "half") && value >= 1 && value < 100)
        {
          value += 0.5;
          step = 0.5;
          i += 3;
        }
      /* "three hundred [and] twenty" */
      if (i < tok->len && tok_is (tok->pdata[i], "hundred") && value >= 1 && value < 100)
        {
          value *= 100;
          step = 100;
          i++;
          if (i < tok->len && tok_is (tok->pdata[i], "and"))
            i++;
          if (i < tok->len)
            {
              double rest = lookup (xc_small_words, G_N_ELEMENTS (xc_small_words), tok->pdata[i], -1);
              if (rest >= 1 && rest < 100 && rest != 12)
                {
                  value += rest;
                  step = 1;
                  i++;
                  if (rest >= 20 && i < tok->len)
                    {
                      double unit = lookup (xc_small_words, G_N_ELEMENTS (xc_small_words), tok->pdata[i], -1);
                      if (unit >= 1 && unit <= 9)
                        {
                          value += unit;
                          i++;
                        }
                    }
                }
            }
        }
    }

  /* an optional scale: "million", "bn", "k"; "a half million" is not handled */
  if (i < tok->len)
    {
      double scale = lookup (xc_scales, G_N_ELEMENTS (xc_scales), tok->pdata[i], 0);
      if (scale == 0 || scale == 1e2)
        return FALSE;
      value *= scale;
      step *= scale;
      out->scaled = TRUE;
      i++;
    }
  if (i != tok->len)
    return FALSE;
  out->value = value;
  out->step = step;
  return TRUE;
}
