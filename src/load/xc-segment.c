/* xc-segment.c - splitting text into sentences
 * SPDX-License-Identifier: MIT */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "xc-private.h"
#include "xc-wordset-private.h"

/* Words that end with a full stop without ending the sentence. */
static const char * const xc_abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
  "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp",
  "inc", "co", "corp", "ltd", "bros", "dept", "univ", "assn", "est", "approx",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "ch", "art", "sec", "para",
  "vs", "v", "cf", "al", "mt", "ft", "ave", "blvd", "rd", "hwy", "ste",
  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "d.c", "ph.d",
  NULL,
};
static XcWordSet *xc_abbreviation_set;

static gboolean
is_abbreviation (const char *text, gsize dot)
{
  gsize start = dot;
  while (start > 0 && (g_ascii_isalpha (text[start - 1]) || text[start - 1] == '.'))
    start--;
  gsize n = dot - start;
  if (n == 0 || n > 8)
    return FALSE;
  if (n == 1 && g_ascii_isupper (text[start]))
    return TRUE;   /* an initial: "J. Smith" */
  return xc_word_set_has (xc_word_set_once (&xc_abbreviation_set, xc_abbreviations), text + start, n);
}

/* Closing quotes and brackets that belong to the sentence before the break. */
static gsize
skip_closers (const char *t, gsize i, gsize len)
{
  for (;;)
    {
      if (i < len && (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']'))
        i++;
      else if (i + 3 <= len && (memcmp (t + i, "\xE2\x80\x9D", 3) == 0      /* ” */
                                || memcmp (t + i, "\xE2\x80\x99", 3) == 0   /* ’ */
                                || memcmp (t + i, "\xC2\xBB", 2) == 0))     /* » */
        i += t[i] == '\xC2' ? 2 : 3;
      else
        return i;
    }
}

/* Does what follows position @i (after white space) start a new sentence? */
static gboolean
starts_sentence (const char *t, gsize i, gsize len)
{
  while (i < len && g_ascii_isspace (t[i]))
    i++;
  while (i < len && (t[i] == '"' || t[i] == '\'' || t[i] == '(' || t[i] == '['))
    i++;
  if (i + 3 <= len && (memcmp (t + i, "\xE2\x80\x9C", 3) == 0 || memcmp (t + i, "\xE2\x80\x98", 3) == 0))
    i += 3;
  if (i >= len)
    return TRUE;
  gunichar c = g_utf8_get_char (t + i);
  return g_unichar_isupper (c) || g_unichar_isdigit (c) || g_unichar_istitle (c);
}

static void
push (GArray *out, const char *t, gsize start, gsize end)
{
  while (start < end && g_ascii_isspace (t[start]))
    start++;
  while (end > start && g_ascii_isspace (t[end - 1]))
    end--;
  while (end - start > XC_SENTENCE_MAX)
    {
      /* cut at the last space of the second half of the piece, else at a
       * character boundary */
      gsize cut = start + XC_SENTENCE_MAX;
      while (cut > start + XC_SENTENCE_MAX / 2 && !g_ascii_isspace (t[cut]))
        cut--;
      if (!g_ascii_isspace (t[cut]))
        for (cut = start + XC_SENTENCE_MAX; ((guchar) t[cut] & 0xC0) == 0x80; cut--)
          ;
      gsize piece_end = cut;
      while (piece_end > start && g_ascii_isspace (t[piece_end - 1]))
        piece_end--;
      XcSpan s = { start, piece_end };
      g_array_append_val (out, s);
      start = cut;
      while (start < end && g_ascii_isspace (t[start]))
        start++;
    }
  if (end > start)
    {
      XcSpan s = { start, end };
      g_array_append_val (out, s);
    }
}

GArray *
xc_segment_sentences (const char *t, gsize len, gboolean soft_newlines)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (XcSpan));
  gsize start = 0;
  gsize i = 0;
  /* the bytes that can end a sentence or a line: all others are skipped in one test */
  static const guint8 stop_byte[256] = {
    ['\n'] = 1, ['!'] = 1, ['?'] = 1, ['.'] = 1, [0xE2] = 1,
  };
  while (i < len)
    {
#ifdef __SSE2__
      /* sixteen bytes at a time: most blocks of a text hold no stop byte */
      while (i + 16 <= len)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (t + i));
          __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n')),
                                                    _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('!'))),
                                      _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('?')),
                                                                  _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.'))),
                                                    _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xE2))));
          int m = _mm_movemask_epi8 (hit);
          if (m != 0)
            {
              i += (gsize) __builtin_ctz ((unsigned) m);
              break;
            }
          i += 16;
        }
      if (i >= len)
        break;
#endif
      char c = t[i];
      if (!stop_byte[(guchar) c])
        {
          i++;
          continue;
        }
      if (c == '\n')
        {
          gsize j = i + 1;
          gboolean blank = FALSE;
          while (j < len && g_ascii_isspace (t[j]))
            {
              if (t[j] == '\n')
                blank = TRUE;
              j++;
            }
          if (blank || !soft_newlines)
            {
              push (out, t, start, i);
              start = j;
            }
          i = j;
          continue;
        }
      gsize end = 0;   /* one past the terminator, when this is one */
      if (c == '!' || c == '?')
        end = i + 1;
      else if (c == '.')
        {
          gsize k = i;
          while (k < len && t[k] == '.')
            k++;
          if (k - i >= 2)
            end = k;                             /* "..." */
          else if (i + 1 < len && g_ascii_isdigit (t[i + 1]))
            end = 0;                             /* "26.3" */
          else if (!is_abbreviation (t, i))
            end = i + 1;
          else
            end = 0;
          if (end == 0)
            {
              i = k;
              continue;
            }
        }
      else if (i + 3 <= len && memcmp (t + i, "\xE2\x80\xA6", 3) == 0)   /* … */
        end = i + 3;
      if (end == 0)
        {
          i++;
          continue;
        }
      gsize after = skip_closers (t, end, len);
      if (after >= len || (g_ascii_isspace (t[after]) && starts_sentence (t, after + 1, len)))
        {
          if (after < len && t[after] == '\n' && !soft_newlines)
            {
              /* the newline handling above ends the sentence (a soft newline, in
               * Markdown's paragraphs, does not: the full stop before it does) */
              i = after;
              continue;
            }
          push (out, t, start, after);
          start = after;
        }
      i = after > i ? after : i + 1;
    }
  push (out, t, start, len);
  return out;
}

guint
xc_segment_find (GArray *sentences, gsize offset)
{
  guint lo = 0, hi = sentences->len;
  if (hi == 0)
    return 0;
  /* Lookups come in runs near each other: try the last answer and the one
   * after it first. Each is checked against the array, so a stale hint
   * only costs the check. */
  static _Thread_local guint hint = 0;
  for (guint h = hint; h < hi && h <= hint + 1; h++)
    if (g_array_index (sentences, XcSpan, h).start <= offset
        && (h + 1 == hi || g_array_index (sentences, XcSpan, h + 1).start > offset))
      {
        hint = h;
        return h;
      }
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (sentences, XcSpan, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  hint = lo;
  return lo;
}
