/* xc-quantity-words.c - the words around a number: phrases, qualifiers, change verbs, bases
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-quantity-private.h"
#include "xc-wordset-private.h"

/* ---------- blanks, words, phrases ---------- */

/* g_ascii_tolower() is a function call; these run per byte of every candidate. */
#define LOWER(c) ((char) ((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c)))

/* Bytes of the blank at @i (space, tab, CR, LF, no-break space), or 0. */
static gsize
blank_at (const char *t, gsize len, gsize i)
{
  if (i >= len)
    return 0;
  guchar c = (guchar) t[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
    return 1;
  if (c == 0xC2 && i + 1 < len && (guchar) t[i + 1] == 0xA0)
    return 2;
  return 0;
}

/* Bytes of the blank ending just before @i, or 0. */
static gsize
blank_before (const char *t, gsize floor, gsize i)
{
  if (i <= floor)
    return 0;
  guchar c = (guchar) t[i - 1];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
    return 1;
  if (c == 0xA0 && i >= floor + 2 && (guchar) t[i - 2] == 0xC2)
    return 2;
  return 0;
}

/* Skips a run of blanks holding at most one newline; returns the new position. */
static gsize
skip_blanks (const char *t, gsize len, gsize i, gboolean *out_any)
{
  guint newlines = 0;
  gsize b, start = i;
  while ((b = blank_at (t, len, i)) > 0)
    {
      if (t[i] == '\n' && ++newlines > 1)
        break;
      i += b;
    }
  if (out_any)
    *out_any = i > start;
  return i;
}

static gsize
skip_blanks_back (const char *t, gsize floor, gsize i, gboolean *out_any)
{
  guint newlines = 0;
  gsize b, start = i;
  while ((b = blank_before (t, floor, i)) > 0)
    {
      if (t[i - 1] == '\n' && ++newlines > 1)
        break;
      i -= b;
    }
  if (out_any)
    *out_any = i < start;
  return i;
}

gboolean
xc_phrase_at (const char *t, gsize len, gsize pos, const char *phrase, gsize *out_end)
{
  gsize i = pos;
  if (phrase[0] != ' ' && (pos >= len || LOWER (t[pos]) != phrase[0]))
    return FALSE;   /* the common case, decided before anything else */
  /* digits may stand right before a unit ("10km"), letters may not */
  if (XC_IS_ALNUM (phrase[0]) && pos > 0 && XC_IS_ALPHA (t[pos - 1]))
    return FALSE;
  for (const char *p = phrase; *p; p++)
    {
      if (*p == ' ')
        {
          gboolean any;
          i = skip_blanks (t, len, i, &any);
          if (!any)
            return FALSE;
          continue;
        }
      if (i >= len || LOWER (t[i]) != *p)
        return FALSE;
      i++;
    }
  gsize plen = strlen (phrase);
  if (plen > 0 && XC_IS_ALNUM (phrase[plen - 1]) && i < len && XC_IS_ALNUM (t[i]))
    return FALSE;
  if (out_end)
    *out_end = i;
  return TRUE;
}

/* xc_phrase_before() once the blanks before the end are skipped: the phrase ends at @j. */
static gboolean
phrase_ends_at (const char *t, gsize floor, gsize j, gboolean skipped, gsize end, const char *phrase,
                gsize plen, gsize *out_start)
{
  if (plen == 0 || j <= floor || LOWER (t[j - 1]) != phrase[plen - 1])
    return FALSE;
  if (!skipped && XC_IS_ALNUM (phrase[plen - 1]) && XC_IS_ALNUM (t[end]))
    return FALSE;
  for (gsize k = plen; k-- > 0;)
    {
      if (phrase[k] == ' ')
        {
          gboolean any;
          j = skip_blanks_back (t, floor, j, &any);
          if (!any)
            return FALSE;
          continue;
        }
      if (j <= floor || LOWER (t[j - 1]) != phrase[k])
        return FALSE;
      j--;
    }
  if (XC_IS_ALNUM (phrase[0]) && j > 0 && XC_IS_ALNUM (t[j - 1]))
    return FALSE;
  if (out_start)
    *out_start = j;
  return TRUE;
}

gboolean
xc_phrase_before (const char *t, gsize floor, gsize end, const char *phrase, gsize *out_start)
{
  gboolean skipped;
  gsize j = skip_blanks_back (t, floor, end, &skipped);
  return phrase_ends_at (t, floor, j, skipped, end, phrase, strlen (phrase), out_start);
}

int
xc_phrase_table_at (const char *t, gsize len, gsize pos, const char * const *table, gsize *out_end)
{
  /* the first-byte test of xc_phrase_at(), without the call; for a phrase
   * starting with a blank, the same test on the byte after the blanks, which
   * xc_phrase_at() skips the same way */
  char first = pos < len ? LOWER (t[pos]) : '\0';
  gboolean any;
  gsize after = skip_blanks (t, len, pos, &any);
  char after_first = after < len ? LOWER (t[after]) : '\0';
  for (int i = 0; table[i]; i++)
    {
      const char *ph = table[i];
      if (ph[0] == ' ')
        {
          if (!any || (ph[1] != ' ' && ph[1] != '\0' && (after >= len || ph[1] != after_first)))
            continue;
        }
      else if (pos >= len || ph[0] != first)
        continue;
      if (xc_phrase_at (t, len, pos, ph, out_end))
        return i;
    }
  return -1;
}

int
xc_phrase_table_before (const char *t, gsize floor, gsize end, const char * const *table,
                        gsize *out_start)
{
  gboolean skipped;
  gsize j = skip_blanks_back (t, floor, end, &skipped);
  if (j <= floor)
    return -1;
  for (int i = 0; table[i]; i++)
    if (phrase_ends_at (t, floor, j, skipped, end, table[i], strlen (table[i]), out_start))
      return i;
  return -1;
}

/* An apostrophe inside a word: ' or U+2019; its byte length or 0. */
static gsize
apostrophe_at (const char *t, gsize len, gsize i)
{
  if (i < len && t[i] == '\'')
    return 1;
  if (i + 2 < len && (guchar) t[i] == 0xE2 && (guchar) t[i + 1] == 0x80 && (guchar) t[i + 2] == 0x99)
    return 3;
  return 0;
}

gboolean
xc_word_after (const char *t, gsize len, gsize pos, gsize *out_start, gsize *out_end)
{
  gsize i = skip_blanks (t, len, pos, NULL);
  if (i >= len || !XC_IS_ALPHA (t[i]))
    return FALSE;
  gsize s = i;
  for (;;)
    {
      while (i < len && XC_IS_ALPHA (t[i]))
        i++;
      gsize a = t[i] == '-' ? 1 : apostrophe_at (t, len, i);
      if (a > 0 && i + a < len && XC_IS_ALPHA (t[i + a]))
        i += a;
      else
        break;
    }
  *out_start = s;
  *out_end = i;
  return TRUE;
}

gboolean
xc_word_before (const char *t, gsize floor, gsize pos, gsize *out_start, gsize *out_end)
{
  gsize j = skip_blanks_back (t, floor, pos, NULL);
  if (j <= floor || !XC_IS_ALPHA (t[j - 1]))
    return FALSE;
  gsize e = j;
  for (;;)
    {
      while (j > floor && XC_IS_ALPHA (t[j - 1]))
        j--;
      if (j >= floor + 2 && t[j - 1] == '-' && XC_IS_ALPHA (t[j - 2]))
        j--;
      else if (j >= floor + 2 && t[j - 1] == '\'' && XC_IS_ALPHA (t[j - 2]))
        j--;
      else if (j >= floor + 4 && (guchar) t[j - 1] == 0x99 && (guchar) t[j - 2] == 0x80
               && (guchar) t[j - 3] == 0xE2 && XC_IS_ALPHA (t[j - 4]))
        j -= 3;
      else
        break;
    }
  *out_start = j;
  *out_end = e;
  return TRUE;
}

/* ---------- word lists ---------- */

const char * const xc_words_stop[] = {
  "of", "to", "in", "on", "at", "for", "from", "with", "by", "and", "or", "but", "nor", "the",
  "a", "an", "was", "were", "is", "are", "be", "been", "being", "had", "have", "has", "will",
  "would", "could", "should", "may", "might", "can", "must", "shall", "that", "which", "who",
  "whom", "whose", "this", "these", "those", "as", "than", "per", "each", "said", "says",
  "into", "onto", "over", "under", "about", "after", "before", "since", "until", "while",
  "when", "where", "if", "so", "yet", "not", "no", "its", "his", "her", "their", "our",
  "your", "my", "it", "he", "she", "they", "we", "you", "i", "them", "us", "him", "do",
  "does", "did", "also", "percent", "pct",
  "january", "february", "march", "april", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec", "am", "pm", NULL
};

/* Capitalized words that still let a number be a count ("About 20 ships",
 * "China's 1.4 billion people" is handled by the possessive). */
const char * const xc_words_open_prefix[] = {
  "the", "a", "an", "in", "on", "at", "for", "by", "with", "about", "around", "some", "over",
  "nearly", "almost", "more", "less", "fewer", "only", "just", "all", "of", "from", "to",
  "and", "but", "or", "since", "after", "before", "until", "up", "down", "another", "its",
  "their", "his", "her", "our", "those", "these", "top", "between", "roughly", "approximately",
  "under", "below", "above", "exactly", "when", "while", "if", "as", "least", "than", "at",
  "estimated", "another", "nearly", "killing", "including", "among", "with", "without",
  "there", "here", "then", "now", "yet", "so", "both", "like", "despite", "during", "against",
  "across", "within", "almost", "barely", "still", "another", "once", "even", "every", "per",
  "via", "where", "and", "they", "we", "he", "she", "it", "i", "you", "officials", "police",
  NULL
};

const char * const xc_words_determiner[] = {
  "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "your", "my",
  "first", "last", "next", "other", "every", "each", "whose", "which", "one's", NULL
};

const char * const xc_words_designation[] = {
  "page", "pages", "p", "pp", "no", "nos", "number", "article", "articles", "chapter",
  "section", "rule", "room", "line", "route", "flight", "version", "level", "phase", "grade",
  "stage", "step", "type", "model", "item", "seat", "gate", "platform", "episode", "season",
  "volume", "vol", "issue", "part", "figure", "fig", "table", "verse", "act", "scene",
  "resolution", "code", "tier", "size", "division", "district", "ward", "zone", "channel",
  "category", "class", "row", "lane", "exit", "highway", "interstate", "apartment", "unit",
  "block", "paragraph", "clause", "amendment", "book", "bus", "train", "player", "shirt",
  "jersey", "ranked", "rank", "aged", "age", "ages", "week", "day", "round", "game", "match",
  "term", "group", "lot", "box", "suite", "floor", "building", "pier", "terminal", "runway",
  "road", "street", "avenue", "precinct", "batch", "wave", "plan", NULL
};

const char * const xc_words_month[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", NULL
};

/* Caseless: is [@s, @e) the word @w? */
gboolean
xc_word_is (const char *t, gsize s, gsize e, const char *w)
{
  return e - s == strlen (w) && g_ascii_strncasecmp (t + s, w, e - s) == 0;
}

/* An adverb in -ly ("sharply"), not "only", "early", "family". */
gboolean
xc_word_is_adverb (const char *t, gsize s, gsize e)
{
  static const char * const not_adverbs[] = { "only", "early", "family", "italy", "july", "rally", NULL };
  return e - s > 4 && g_ascii_strncasecmp (t + e - 2, "ly", 2) == 0 && !xc_word_in (t, s, e, not_adverbs);
}

/* ---------- qualifiers ---------- */

/* Longest first: "no more than" must win over "more than". */
const XcQualifierWord xc_qualifier_words[] = {
  { "in the neighbourhood of", sizeof ("in the neighbourhood of") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "in the neighborhood of", sizeof ("in the neighborhood of") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "in the region of", sizeof ("in the region of") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "no fewer than", sizeof ("no fewer than") - 1, XC_QUALIFIER_AT_LEAST, FALSE, FALSE },
  { "not fewer than", sizeof ("not fewer than") - 1, XC_QUALIFIER_AT_LEAST, FALSE, FALSE },
  { "no less than", sizeof ("no less than") - 1, XC_QUALIFIER_AT_LEAST, FALSE, FALSE },
  { "not less than", sizeof ("not less than") - 1, XC_QUALIFIER_AT_LEAST, FALSE, FALSE },
  { "no more than", sizeof ("no more than") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "not more than", sizeof ("not more than") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "a maximum of", sizeof ("a maximum of") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "a minimum of", sizeof ("a minimum of") - 1, XC_QUALIFIER_AT_LEAST, FALSE, FALSE },
  { "slightly more than", sizeof ("slightly more than") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "slightly less than", sizeof ("slightly less than") - 1, XC_QUALIFIER_LESS_THAN, FALSE, FALSE },
  { "in excess of", sizeof ("in excess of") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "approximately", sizeof ("approximately") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "an estimated", sizeof ("an estimated") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "as many as", sizeof ("as many as") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "as much as", sizeof ("as much as") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "upwards of", sizeof ("upwards of") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "greater than", sizeof ("greater than") - 1, XC_QUALIFIER_MORE_THAN, FALSE, TRUE },
  { "higher than", sizeof ("higher than") - 1, XC_QUALIFIER_MORE_THAN, FALSE, TRUE },
  { "lower than", sizeof ("lower than") - 1, XC_QUALIFIER_LESS_THAN, FALSE, TRUE },
  { "fewer than", sizeof ("fewer than") - 1, XC_QUALIFIER_LESS_THAN, FALSE, FALSE },
  { "more than", sizeof ("more than") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "less than", sizeof ("less than") - 1, XC_QUALIFIER_LESS_THAN, FALSE, FALSE },
  { "just under", sizeof ("just under") - 1, XC_QUALIFIER_LESS_THAN, FALSE, FALSE },
  { "just over", sizeof ("just over") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "well over", sizeof ("well over") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "just shy of", sizeof ("just shy of") - 1, XC_QUALIFIER_APPROX, TRUE, FALSE },
  { "close to", sizeof ("close to") - 1, XC_QUALIFIER_APPROX, TRUE, FALSE },
  { "at least", sizeof ("at least") - 1, XC_QUALIFIER_AT_LEAST, FALSE, FALSE },
  { "at most", sizeof ("at most") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "estimated", sizeof ("estimated") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "roughly", sizeof ("roughly") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "around", sizeof ("around") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "nearly", sizeof ("nearly") - 1, XC_QUALIFIER_APPROX, TRUE, FALSE },
  { "almost", sizeof ("almost") - 1, XC_QUALIFIER_APPROX, TRUE, FALSE },
  { "circa", sizeof ("circa") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "about", sizeof ("about") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "up to", sizeof ("up to") - 1, XC_QUALIFIER_AT_MOST, FALSE, FALSE },
  { "above", sizeof ("above") - 1, XC_QUALIFIER_MORE_THAN, FALSE, TRUE },
  { "below", sizeof ("below") - 1, XC_QUALIFIER_LESS_THAN, FALSE, TRUE },
  { "under", sizeof ("under") - 1, XC_QUALIFIER_LESS_THAN, FALSE, TRUE },
  { "some", sizeof ("some") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "over", sizeof ("over") - 1, XC_QUALIFIER_MORE_THAN, FALSE, FALSE },
  { "c.", sizeof ("c.") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "~", sizeof ("~") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { "≈", sizeof ("≈") - 1, XC_QUALIFIER_APPROX, FALSE, FALSE },
  { NULL, 0, 0, FALSE, FALSE }
};

const XcQualifierWord *
xc_qualifier_before (const char *t, gsize floor, gsize end, gsize *out_start)
{
  gboolean skipped;
  gsize j = skip_blanks_back (t, floor, end, &skipped);
  if (j <= floor)
    return NULL;
  char last = LOWER (t[j - 1]);
  for (const XcQualifierWord *q = xc_qualifier_words; q->phrase; q++)
    if (q->phrase[q->len - 1] == last
        && phrase_ends_at (t, floor, j, skipped, end, q->phrase, q->len, out_start))
      {
        /* "some of", "of some"... only as a qualifier directly before the number;
         * "c." must be a word of its own */
        if (q->phrase[0] == 'c' && q->phrase[1] == '.' && *out_start > 0
            && XC_IS_ALPHA (t[*out_start - 1]))
          continue;
        return q;
      }
  return NULL;
}

/* ---------- changes ---------- */

static const char * const up_verbs[] = {
  "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing",
  "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "jumping", "climbed",
  "climb", "climbs", "climbing", "surged", "surge", "surges", "surging", "soared", "soar",
  "soars", "soaring", "gained", "gain", "gains", "gaining", "rallied", "advanced", "expanded",
  "expands", "expanding", "spiked", "rocketed", "skyrocketed", "leapt", "leaped", "swelled",
  "up", "higher", "hiked", "boosted", "accelerated", NULL
};

static const char * const down_verbs[] = {
  "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping",
  "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases",
  "decreasing", "slid", "slide", "slides", "sliding", "plunged", "plunge", "plunges",
  "plunging", "slumped", "slump", "slumps", "slumping", "shrank", "shrink", "shrinks",
  "shrinking", "shrunk", "tumbled", "tumble", "tumbles", "sank", "sink", "sinks", "sunk",
  "dipped", "dip", "dips", "eased", "cut", "cuts", "reduced", "lowered", "contracted",
  "contracts", "retreated", "slipped", "slips", "plummeted", "plummets", "crashed",
  "down", "lower", "slowed", "narrowed", NULL
};

static const char * const up_nouns[] = {
  "growth", "rise", "increase", "jump", "gain", "surge", "hike", "climb", "boost",
  "expansion", "rebound", "uptick", "spike", "leap", NULL
};

static const char * const down_nouns[] = {
  "drop", "decline", "decrease", "fall", "slide", "plunge", "slump", "cut", "reduction",
  "contraction", "dip", "downturn", "shrinkage", NULL
};

XcDirection
xc_direction_of_word (const char *t, gsize start, gsize end, gboolean *out_noun)
{
  /* *out_noun: only a noun ("growth"), never a verb; "rise" and "cut" are both */
  if (out_noun)
    *out_noun = FALSE;
  if (xc_word_in (t, start, end, up_verbs))
    return XC_DIRECTION_UP;
  if (xc_word_in (t, start, end, down_verbs))
    return XC_DIRECTION_DOWN;
  if (out_noun)
    *out_noun = TRUE;
  if (xc_word_in (t, start, end, up_nouns))
    return XC_DIRECTION_UP;
  if (xc_word_in (t, start, end, down_nouns))
    return XC_DIRECTION_DOWN;
  if (out_noun)
    *out_noun = FALSE;
  return XC_DIRECTION_NONE;
}

gboolean
xc_direction_noun (const char *t, gsize start, gsize end, XcDirection *out_direction)
{
  if (xc_word_in (t, start, end, up_nouns))
    *out_direction = XC_DIRECTION_UP;
  else if (xc_word_in (t, start, end, down_nouns))
    *out_direction = XC_DIRECTION_DOWN;
  else
    return FALSE;
  return TRUE;
}

/* ---------- bases ---------- */

typedef struct {
  const char *phrase;
  const char *basis;
  gboolean    any;      /* stands without a change verb ("26% year on year") */
} XcBasisPhrase;

static const XcBasisPhrase basis_phrases[] = {
  { "from the same period last year", "previous year", FALSE },
  { "from the same period a year earlier", "previous year", FALSE },
  { "from the same period a year ago", "previous year", FALSE },
  { "from the same period of last year", "previous year", FALSE },
  { "over the same period last year", "previous year", FALSE },
  { "compared with the previous year", "previous year", FALSE },
  { "compared to the previous year", "previous year", FALSE },
  { "compared with a year earlier", "previous year", FALSE },
  { "compared with a year ago", "previous year", FALSE },
  { "compared to a year earlier", "previous year", FALSE },
  { "compared to a year ago", "previous year", FALSE },
  { "compared with last year", "previous year", FALSE },
  { "compared to last year", "previous year", FALSE },
  { "from the year-earlier period", "previous year", FALSE },
  { "from the previous year", "previous year", FALSE },
  { "from the prior year", "previous year", FALSE },
  { "from the year before", "previous year", FALSE },
  { "from a year earlier", "previous year", FALSE },
  { "from a year before", "previous year", FALSE },
  { "from a year ago", "previous year", FALSE },
  { "from last year", "previous year", FALSE },
  { "over the previous year", "previous year", FALSE },
  { "over the prior year", "previous year", FALSE },
  { "on the previous year", "previous year", FALSE },
  { "on a year earlier", "previous year", FALSE },
  { "than a year earlier", "previous year", FALSE },
  { "than a year ago", "previous year", FALSE },
  { "than a year before", "previous year", FALSE },
  { "than last year", "previous year", FALSE },
  { "versus a year earlier", "previous year", FALSE },
  { "year-on-year", "year on year", TRUE },
  { "year on year", "year on year", TRUE },
  { "year-over-year", "year on year", TRUE },
  { "year over year", "year on year", TRUE },
  { "y/y", "year on year", TRUE },
  { "yoy", "year on year", TRUE },
  { "on an annual basis", "year on year", TRUE },
  { "on a yearly basis", "year on year", TRUE },
  { "from the previous month", "previous month", FALSE },
  { "from a month earlier", "previous month", FALSE },
  { "from the month before", "previous month", FALSE },
  { "from last month", "previous month", FALSE },
  { "month-on-month", "month on month", TRUE },
  { "month on month", "month on month", TRUE },
  { "from the previous quarter", "previous quarter", FALSE },
  { "from the prior quarter", "previous quarter", FALSE },
  { "quarter-on-quarter", "quarter on quarter", TRUE },
  { "quarter on quarter", "quarter on quarter", TRUE },
  { NULL, NULL, FALSE }
};

/* Lead words for "compared with 2022". */
static const char * const basis_year_leads[] = {
  "compared with", "compared to", "from", "over", "versus", "vs.", "vs", "against",
  "than in", "on", NULL
};

char *
xc_basis_after (const char *t, gsize len, gsize pos, gboolean changed, gsize *out_end)
{
  gsize i = pos;
  while (i < len && (t[i] == ' ' || t[i] == ','))
    i++;
  char first = i < len ? LOWER (t[i]) : '\0';
  for (const XcBasisPhrase *b = basis_phrases; b->phrase; b++)
    if ((changed || b->any) && (b->phrase[0] == ' ' || (i < len && b->phrase[0] == first))
        && xc_phrase_at (t, len, i, b->phrase, out_end))
      return g_strdup (b->basis);
  if (!changed)
    return NULL;
  gsize e;
  int lead = xc_phrase_table_at (t, len, i, basis_year_leads, &e);
  if (lead < 0 || e >= len || t[e] != ' ')
    return NULL;
  e++;
  if (e + 4 <= len && (t[e] == '1' || t[e] == '2') && g_ascii_isdigit (t[e + 1])
      && g_ascii_isdigit (t[e + 2]) && g_ascii_isdigit (t[e + 3])
      && (e + 4 == len || !XC_IS_ALNUM (t[e + 4])))
    {
      guint y = (guint) g_ascii_strtoull (t + e, NULL, 10);
      if (y >= 1800 && y <= 2199)
        {
          *out_end = e + 4;
          return g_strndup (t + e, 4);
        }
    }
  return NULL;
}
