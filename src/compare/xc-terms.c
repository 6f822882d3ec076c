/* xc-terms.c - words of a claim's sentence as terms: tokens, stopwords, crude stems
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-compare-private.h"
#include "xc-wordset-private.h"

/* Function words of general English: they say nothing about which fact a
 * sentence states. Deliberately generic: no word of any particular story. */
static const char * const xc_stopwords[] = {
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
  "with", "from", "into", "onto", "over", "under", "about", "above", "below", "between",
  "among", "through", "during", "before", "after", "since", "until", "than", "then", "as",
  "per", "via", "up", "down", "out", "off", "upon", "within", "without", "against", "toward",
  "towards", "across", "around", "near", "along",
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
  "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
  "must", "it", "its", "this", "that", "these", "those", "there", "here", "which", "who",
  "whom", "whose", "what", "when", "where", "why", "how", "he", "she", "they", "we", "you",
  "i", "me", "him", "her", "them", "us", "our", "your", "their", "his", "my", "mine",
  "not", "no", "so", "such", "also", "only", "just", "very", "more", "most", "less", "least",
  "some", "any", "all", "each", "both", "either", "neither", "other", "another", "same",
  "own", "if", "while", "because", "though", "although", "whether", "yet", "still",
  "said", "say", "says", "saying", "told", "according", "mr", "mrs", "ms", "dr",
  "percent", "per cent", "pct", "year", "years", NULL
};

/* Verbs that move or state a figure ("inflation rose to 6.2%", "a quake struck"): beside a
 * figure they say nothing about what it measures, so they are no head terms (xc-align.c).
 * General news English only. Written as words; stemmed like every other word. */
static const char * const xc_figure_verbs[] = {
  "rise", "rose", "risen", "fall", "fell", "fallen", "climb", "hit", "reach", "accelerate",
  "slow", "stand", "stood", "grow", "grew", "grown", "jump", "drop", "decline", "increase",
  "decrease", "surge", "slump", "ease", "edge", "total", "top", "exceed", "hover", "soar",
  "plunge", "tumble", "gain", "lose", "lost", "dip", "slip", "sink", "sank", "rebound",
  "recover", "advance", "come", "came", "put", "estimate", "measure", "register", "record",
  "strike", "struck", "shake", "shook", "rock", "jolt", "amount", "remain", "stay", "show",
  "mark", "peak", "slide", "slid", "sit", "sat", "run", "ran", "average", "double", "triple",
  "halve", "narrow", "widen", "expand", "shrink", "shrank", "contract", "expect", "forecast",
  "see", "saw", "seen", "set", "reported", "report", "add", "cut", "raise", "lift", "lower",
  "bring", "brought", "take", "took", "taken", "make", "made", "give", "gave", "get", "got",
};

/* Besides the month and weekday names (xc_words_calendar), the days a report names
 * relative to itself. */
static const char * const xc_relative_days[] = { "today", "yesterday", "tomorrow", NULL };

gboolean
xc_terms_is_stopword (const char *lower)
{
  return xc_word_in_str (lower, xc_stopwords);
}

static gboolean
is_calendar (const char *lower)
{
  return xc_word_in_str (lower, xc_words_calendar) || xc_word_in_str (lower, xc_relative_days);
}

static GHashTable *
stem_set (const char * const *words, gsize n)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; i < n; i++)
    {
      char *st = xc_terms_stem (words[i]);
      if (st)
        g_hash_table_add (set, st);
    }
  return set;
}

gboolean
xc_terms_is_figure_verb (const char *stem)
{
  static GHashTable *set;
  if (g_once_init_enter (&set))
    g_once_init_leave (&set, stem_set (xc_figure_verbs, G_N_ELEMENTS (xc_figure_verbs)));
  return g_hash_table_contains (set, stem);
}

static gboolean
ends_with (const char *s, gsize len, const char *suffix)
{
  gsize n = strlen (suffix);
  return len >= n && memcmp (s + len - n, suffix, n) == 0;
}

/* Numbers as context: years stay as written, other numbers keep two
 * significant digits so "240.1" and "240" are one term. */
static char *
stem_number (const char *lower)
{
  g_autofree char *digits = g_strdup (lower);
  char *w = digits;
  for (char *r = digits; *r; r++)
    if (*r != ',')
      *w++ = *r;
  *w = '\0';
  char *end = NULL;
  double v = g_ascii_strtod (digits, &end);
  if (end == digits)
    return g_strdup (lower);
  if (*end == '\0' && strlen (digits) == 4 && v >= 1800 && v <= 2199)
    return g_strdup (digits);
  if (v == 0)
    return g_strdup ("0");
  double mag = pow (10, floor (log10 (fabs (v))) - 1);
  double r = round (v / mag) * mag;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (buf, sizeof buf, "%.6g", r);
  return g_strdup (buf);
}

/* A compound's head and its last word both keep at least this many letters
 * ("earthquak" = "earth" + "quak"; not "airport" ~ "port", not "ceasefir" ~ "fir") */
#define COMPOUND_HEAD 4
#define COMPOUND_TAIL 4

/* Latin prefixes: "inter|national", "re|affirm" are not two words */
static const char * const xc_prefixes[] = {
  "re", "de", "dis", "in", "im", "un", "inter", "intra", "trans", "super", "sub", "pre", "pro",
  "con", "com", "counter", "contra", "anti", "multi", "semi", "over", "under", "mis", "non", "ex",
};

static gboolean
is_vowel (char c)
{
  return c != '\0' && strchr ("aeiou", c) != NULL;
}

static gboolean
has_vowel (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (is_vowel (s[i]) || s[i] == 'y')
      return TRUE;
  return FALSE;
}

gboolean
xc_terms_compound_at (const char *stem, gsize at)
{
  gsize len = strlen (stem);
  if (at < COMPOUND_HEAD || at + COMPOUND_TAIL > len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (stem[i]))
      return FALSE;   /* numbers, abbreviations, words of other scripts */
  /* two words meet consonant to consonant ("earth|quake", "wild|fire", "rain|fall");
   * a vowel at the seam is a word's own syllable ("desti|nation", "assi|stance") */
  if (is_vowel (stem[at - 1]) || is_vowel (stem[at]) || stem[at] == 'y')
    return FALSE;
  if (!has_vowel (stem, at) || !has_vowel (stem + at, len - at))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (xc_prefixes); i++)
    if (g_str_has_prefix (stem, xc_prefixes[i]))
      return FALSE;
  return TRUE;
}

char *
xc_terms_stem (const char *lower)
{
  if (lower == NULL || *lower == '\0')
    return NULL;
  if (g_ascii_isdigit (lower[0]))
    return stem_number (lower);
  if (xc_terms_is_stopword (lower))
    return NULL;
  gsize len = strlen (lower);
  if (len < 2)
    return NULL;   /* a lone letter: "U.S.'s" leaves an "s" */
  g_autofree char *w = g_strdup (lower);
  /* crude suffix stripping: plural, past, progressive */
  if (len > 4 && ends_with (w, len, "ies"))
    {
      w[len - 3] = 'y';
      w[len - 2] = '\0';
    }
  else if (len > 4 && ends_with (w, len, "sses"))
    w[len - 2] = '\0';
  else if (len > 3 && w[len - 1] == 's' && !ends_with (w, len, "ss") && !ends_with (w, len, "us")
           && !ends_with (w, len, "is"))
    w[len - 1] = '\0';
  else if (len > 5 && ends_with (w, len, "ing"))
    w[len - 3] = '\0';
  else if (len > 4 && ends_with (w, len, "ied"))
    {
      w[len - 3] = 'y';
      w[len - 2] = '\0';
    }
  else if (len > 4 && ends_with (w, len, "ed"))
    w[len - 2] = '\0';
  len = strlen (w);
  /* "released"/"release", "traded"/"trade": drop a final e so both meet */
  if (len > 4 && w[len - 1] == 'e')
    w[len - 1] = '\0';
  if (xc_terms_is_stopword (w))
    return NULL;
  return g_steal_pointer (&w);
}

static void
token_clear (gpointer p)
{
  XcToken *t = p;
  g_free (t->stem);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* An apostrophe of any style. */
static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018;
}

/* What a lowercase word becomes: kept per word by xc_terms_tokenize_cached(). */
typedef struct {
  char     *stem;
  gboolean  calendar;
} StemEntry;

static void
stem_entry_free (gpointer p)
{
  StemEntry *e = p;
  g_free (e->stem);
  g_free (e);
}

GHashTable *
xc_terms_stem_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stem_entry_free);
}

static void
push_token (GArray *out, const char *s, gsize start, gsize end, gboolean initial, GHashTable *cache)
{
  XcToken t = { 0 };
  t.start = start;
  t.end = end;
  gunichar first = g_utf8_get_char (s + start);
  t.cap = g_unichar_isupper (first);
  t.initial = initial;
  char buf[64];
  g_autofree char *heap = NULL;
  char *lower = buf;
  gboolean ascii = end - start < sizeof buf;
  for (gsize i = start; ascii && i < end; i++)
    ascii = (guchar) s[i] < 0x80;
  if (ascii)
    {
      for (gsize i = start; i < end; i++)
        buf[i - start] = g_ascii_tolower (s[i]);
      buf[end - start] = '\0';
    }
  else
    {
      /* character by character: g_utf8_strdown() follows the locale ("I" is
       * "ı" in Turkish), and terms must not */
      GString *l = g_string_sized_new (end - start);
      for (const char *p = s + start; p < s + end; p = g_utf8_next_char (p))
        g_string_append_unichar (l, g_unichar_tolower (g_utf8_get_char (p)));
      lower = heap = g_string_free (l, FALSE);
    }
  /* possessive: "Russia's", "Russia’s" */
  gsize n = strlen (lower);
  gsize poss = xc_word_possessive_len (lower, n);
  if (poss)
    lower[n - poss] = '\0', t.possessive = TRUE;
  if (cache)
    {
      StemEntry *e = g_hash_table_lookup (cache, lower);
      if (e == NULL)
        {
          e = g_new (StemEntry, 1);
          e->calendar = is_calendar (lower);
          e->stem = e->calendar ? NULL : xc_terms_stem (lower);
          g_hash_table_insert (cache, g_strdup (lower), e);
        }
      t.calendar = e->calendar;
      t.stem = e->stem;   /* borrowed from the cache: the array has no clear func */
    }
  else
    {
      t.calendar = is_calendar (lower);
      t.stem = t.calendar ? NULL : xc_terms_stem (lower);
    }
  /* the key ignores apostrophes: "U.S." -> "u.s" stays distinct from "us" */
  gsize k = 0;
  for (const char *p = lower; *p && k < 4; p++)
    if (g_ascii_isalnum (*p) || (guchar) *p >= 0x80 || *p == '.')
      t.key[k++] = *p;
  t.key[k] = '\0';
  g_array_append_val (out, t);
}

static GArray *
tokenize (const char *s, GHashTable *cache)
{
  GArray *out = g_array_sized_new (FALSE, TRUE, sizeof (XcToken), 32);
  if (cache == NULL)
    g_array_set_clear_func (out, token_clear);
  if (s == NULL)
    return out;
  const char *p = s;
  gboolean initial = TRUE;
  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      if (!is_word_char (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      const char *start = p;
      const char *q = p;
      gboolean digit = g_unichar_isdigit (c);
      for (;;)
        {
          gunichar d = g_utf8_get_char (q);
          if (is_word_char (d))
            {
              q = g_utf8_next_char (q);
              continue;
            }
          const char *nx = g_utf8_next_char (q);
          gunichar e = *q ? g_utf8_get_char (nx) : 0;
          /* 240.1, 840,000 */
          if (digit && (d == '.' || d == ',') && g_unichar_isdigit (e))
            {
              q = nx;
              continue;
            }
          /* U.S., U.K.: single letters joined by dots */
          if (!digit && d == '.' && q - start >= 1 && g_unichar_isalpha (e)
              && (q == start + 1 || q[-2] == '.') && (!is_word_char (g_utf8_get_char (g_utf8_next_char (nx)))))
            {
              q = nx;
              continue;
            }
          /* possessive or contraction */
          if (is_apostrophe (d) && (e == 's' || e == 'S')
              && !is_word_char (g_utf8_get_char (g_utf8_next_char (nx))))
            {
              q = g_utf8_next_char (nx);
              break;
            }
          break;
        }
      push_token (out, s, (gsize) (start - s), (gsize) (q - s), initial, cache);
      initial = FALSE;
      p = q;
    }
  return out;
}

GArray *
xc_terms_tokenize (const char *s)
{
  return tokenize (s, NULL);
}

GArray *
xc_terms_tokenize_cached (const char *s, GHashTable *cache)
{
  return tokenize (s, cache);
}
