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
  { "billion", 1e9 }, { "bn", 1e9 }, { "b", 1e9 },
  { "trillion", 1e12 }, { "tn", 1e12 }, { "trn", 1e12 },
};

static double
lookup (const XcWordValue *table, gsize n, const char *word, double missing)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (table[i].word, word) == 0)
      return table[i].value;
  return missing;
}

double
xc_number_scale (const char *word, gssize len)
{
  g_autofree char *w = g_strndup (word, len < 0 ? strlen (word) : (gsize) len);
  double f = lookup (xc_scales, G_N_ELEMENTS (xc_scales), g_strstrip (w), 0);
  return f == 1e2 ? 0 : f;   /* "hundred" is a number word, not a scale suffix */
}

/* Splits "twenty-five thousand" into lowercase words; digits stay one token,
 * and a digit token with a glued suffix ("12k", "3bn") is split in two. */
static GPtrArray *
tokenize (const char *s, gsize len)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
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
          g_ptr_array_add (tokens, g_strdup ("\x01"));
          i++;
          continue;
        }
      g_ptr_array_add (tokens, g_ascii_strdown (s + i, j - i));
      i = j;
    }
  return tokens;
}

/* "1,234.50" -> value 1234.5, decimals 2. Thousands separators must group by three. */
static gboolean
parse_digits (const char *tok, double *out_value, int *out_decimals)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *dot = strchr (tok, '.');
  gsize int_len = dot ? (gsize) (dot - tok) : strlen (tok);
  int group = -1;
  for (gsize i = 0; i < int_len; i++)
    {
      if (tok[i] == ',')
        {
          if (group == 0 || (group < 0 && i == 0) || (group > 0 && group != 3))
            return FALSE;
          group = 0;
          continue;
        }
      g_string_append_c (plain, tok[i]);
      if (group >= 0)
        group++;
      else if (plain->len > 3 && strchr (tok, ',') != NULL)
        return FALSE;   /* "1234,567" */
    }
  if (group >= 0 && group != 3)
    return FALSE;
  int decimals = 0;
  if (dot)
    {
      const char *frac = dot + 1;
      if (*frac == '\0')
        return FALSE;
      for (const char *p = frac; *p; p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
      decimals = (int) strlen (frac);
      g_string_append_c (plain, '.');
      g_string_append (plain, frac);
    }
  if (plain->len == 0)
    g_string_prepend_c (plain, '0');
  *out_value = g_ascii_strtod (plain->str, NULL);
  *out_decimals = decimals;
  return TRUE;
}

gboolean
xc_number_parse (const char *s, gssize len, XcNumber *out)
{
  g_return_val_if_fail (s != NULL && out != NULL, FALSE);
  gsize n = len < 0 ? strlen (s) : (gsize) len;
  g_autoptr(GPtrArray) tok = tokenize (s, n);
  memset (out, 0, sizeof *out);
  if (tok->len == 0)
    return FALSE;

  guint i = 0;
  const char *first = tok->pdata[0];
  double value;
  double step;

  if (g_ascii_isdigit (first[0]) || first[0] == '.')
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
      if (g_str_equal (first, "a") || g_str_equal (first, "an") || g_str_equal (first, "one"))
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
      const char *w = tok->pdata[i];
      /* "one and a half million": "one" is the number, "and a half" follows */
      gboolean one_and = g_str_equal (first, "one") && g_str_equal (w, "and");
      double frac = lookup (xc_fraction_words, G_N_ELEMENTS (xc_fraction_words), w, -1);
      double small = lookup (xc_small_words, G_N_ELEMENTS (xc_small_words), w, -1);
      double scale_first = lookup (xc_scales, G_N_ELEMENTS (xc_scales), w, 0);
      if (frac >= 0 && (article || g_str_equal (w, "half")))
        {
          value = frac;
          step = frac;
          i++;
          /* "half a million", "a quarter of a billion" */
          guint j = i;
          if (j < tok->len && g_str_equal (tok->pdata[j], "of"))
            j++;
          if (j < tok->len && (g_str_equal (tok->pdata[j], "a") || g_str_equal (tok->pdata[j], "an")))
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
          if (article && !g_str_equal (w, "dozen") && !g_str_equal (first, "one"))
            return FALSE;   /* "a two" */
          if (g_str_equal (first, "one") && i == 1 + 1 && small != 12)
            return FALSE;   /* "one two" */
          if (i < tok->len && g_str_equal (tok->pdata[i], "dozen") && small < 100)
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
      if (i + 2 < tok->len && g_str_equal (tok->pdata[i], "and")
          && (g_str_equal (tok->pdata[i + 1], "a") || g_str_equal (tok->pdata[i + 1], "an"))
          && g_str_equal (tok->pdata[i + 2], "half") && value >= 1 && value < 100)
        {
          value += 0.5;
          step = 0.5;
          i += 3;
        }
      /* "three hundred [and] twenty" */
      if (i < tok->len && g_str_equal (tok->pdata[i], "hundred") && value >= 1 && value < 100)
        {
          value *= 100;
          step = 100;
          i++;
          if (i < tok->len && g_str_equal (tok->pdata[i], "and"))
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
