/* xc-about.c - what each claim is about, from the local syntax of its clause:
 * the measure (the counted noun, the attribute measured, or the verb that governs a
 * bare count), the event of the clause, and the names it belongs to (who, where).
 *
 * A shallow reading, by design: the words of the claim's clause are tagged with
 * closed-class tables (determiners, prepositions, auxiliaries, reporting verbs) and
 * WordNet's parts of speech and lemmas (xc-lexicon.c); a few patterns of news syntax
 * around a figure are then read in order of how directly they name its measure:
 *   "killing 12", "wounding 40"       a participle right before a bare count
 *   "12 were killed", "60 hurt"        a passive or participle right after it
 *   "a weight of 130 pounds"           NOUN of FIGURE
 *   "$2 million in damage"             FIGURE in NOUN
 *   "weighing 130 pounds"              a verb right before a measure
 *   "a $141 billion bailout"           the noun a figure qualifies
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"
#include "xc-about-private.h"
#include "xc-lexicon-private.h"
#include "xc-wordset-private.h"

typedef struct {
  gsize    start, end;   /* byte offsets in the document text */
  gboolean cap;          /* starts with a capital */
  gboolean first;        /* first word of the sentence */
  gboolean possessive;   /* ends in 's */
  gboolean infinitive;   /* after "to" or a modal: "to save", "will cut" (a verb if
                            WordNet knows one) */
} Word;

/* Words after which a verb stands in its base form. */
static const char * const base_form_before[] = {
  "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", NULL,
};

/* Words that never carry what a figure is about. */
static const char * const function_words[] = {
  "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
  "my", "your", "some", "any", "each", "every", "no", "another", "other", "such",
  "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over",
  "under", "about", "around", "after", "before", "since", "during", "between", "among",
  "than", "as", "per", "up", "down", "out", "off", "near", "through", "across",
  "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "because", "who",
  "which", "whom", "whose", "where", "he", "she", "it", "they", "we", "i", "you",
  "him", "them", "us", "me", "not", "also", "only", "just", "nearly", "almost",
  "more", "less", "least", "most", "some", "roughly", "approximately", "estimated",
  "all", "both", "half", "total", "last", "next", "first", "latest", NULL,
};

/* Auxiliaries and copulas: they stand between a figure and its verb. */
static const char * const auxiliaries[] = {
  "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had",
  "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
  "may", "might", "must", "reportedly", "reported", "allegedly", "also", "all", NULL,
};

/* Verbs that state or move a figure rather than say what it is about. */
static const char * const empty_verbs[] = {
  "say", "tell", "report", "add", "state", "note", "claim", "quote", "announce",
  "estimate", "put", "reach", "rise", "fall", "climb", "drop", "hit", "stand", "total",
  "number", "make", "get", "go", "come", "take", "give", "see", "include", "be", "have",
  "do", "become", "remain", "according", "accord", "increase", "decrease", "grow",
  "jump", "surge", "slip", "ease", "top", "exceed", "near", NULL,
};

/* Prepositions after which a capitalized word is a place. */
static const char * const place_prepositions[] = {
  "in", "at", "near", "outside", "inside", "across", "from", NULL,
};

struct _XcAbout {
  XcWordSet *function_words;
  XcWordSet *auxiliaries;
  XcWordSet *empty_verbs;
  XcWordSet *place_prepositions;
};

XcAbout *
xc_about_new (GError **error)
{
  if (!xc_lexicon_open (error))
    return NULL;
  XcAbout *self = g_new0 (XcAbout, 1);
  self->function_words = xc_word_set_new (function_words);
  self->auxiliaries = xc_word_set_new (auxiliaries);
  self->empty_verbs = xc_word_set_new (empty_verbs);
  self->place_prepositions = xc_word_set_new (place_prepositions);
  return self;
}

void
xc_about_free (XcAbout *self)
{
  if (self == NULL)
    return;
  xc_word_set_free (self->function_words);
  xc_word_set_free (self->auxiliaries);
  xc_word_set_free (self->empty_verbs);
  xc_word_set_free (self->place_prepositions);
  g_free (self);
}

static gboolean
word_byte (const char *t, gsize i)
{
  unsigned char c = (unsigned char) t[i];
  return g_ascii_isalnum (c) || c == '-' || c >= 0x80 || c == '\'';
}

/* The words of [from, to) of @t. Apostrophes and hyphens inside a word keep it
 * whole; a trailing possessive is marked and left out of the word. */
static GArray *
words_of (const char *t, gsize from, gsize to)
{
  GArray *w = g_array_new (FALSE, FALSE, sizeof (Word));
  gsize i = from;
  while (i < to)
    {
      while (i < to && !word_byte (t, i))
        i++;
      gsize s = i;
      while (i < to && word_byte (t, i))
        i++;
      if (i == s)
        break;
      gsize e = i;
      while (e > s && (t[e - 1] == '-' || t[e - 1] == '\''))
        e--;
      while (s < e && (t[s] == '\'' || t[s] == '-'))
        s++;
      if (e <= s)
        continue;
      Word wd = { s, e, g_ascii_isupper (t[s]), w->len == 0 && s - from < 4, FALSE, FALSE };
      if (w->len > 0)
        {
          const Word *b = &g_array_index (w, Word, w->len - 1);
          wd.infinitive = xc_word_in (t, b->start, b->end, base_form_before) && b->end + 1 == s;
        }
      gsize pl = xc_word_possessive_len (t + s, e - s);
      if (pl > 0 && e - s > pl)
        {
          wd.possessive = TRUE;
          wd.end = e - pl;
        }
      g_array_append_val (w, wd);
    }
  return w;
}

static gboolean
is_number_word (const char *t, const Word *w)
{
  if (g_ascii_isdigit (t[w->start]))
    return TRUE;
  XcNumber n;
  return xc_number_parse (t + w->start, (gssize) (w->end - w->start), &n);
}

/* Whether the word is a content word of @pos (WordNet knows it so, and no table
 * says it is a function word). */
static gboolean
content (XcAbout *self, const char *t, const Word *w, XcPos pos)
{
  gsize len = w->end - w->start;
  if (len < 2 || is_number_word (t, w) || xc_word_set_has (self->function_words, t + w->start, len))
    return FALSE;
  return (xc_lexicon_pos_mask (t + w->start, len) & pos) != 0;
}

/* A participle or past form: "-ing", "-ed", or irregular ("hurt", "shot") when WordNet
 * reads it as a verb and the word is not its own base form's noun. */
static gboolean
verb_form (XcAbout *self, const char *t, const Word *w)
{
  gsize len = w->end - w->start;
  if (!content (self, t, w, XC_POS_VERB) || xc_word_set_has (self->auxiliaries, t + w->start, len))
    return FALSE;
  if (len > 4 && (g_ascii_strncasecmp (t + w->end - 3, "ing", 3) == 0
                  || g_ascii_strncasecmp (t + w->end - 2, "ed", 2) == 0))
    return TRUE;
  /* "to save", "will cut": a base form where syntax wants a verb */
  if (w->infinitive && !w->cap)
    return TRUE;
  /* an adverb is read as one ("a further 3,000", "almost") */
  if (xc_lexicon_pos_mask (t + w->start, len) & XC_POS_ADV)
    return FALSE;
  char lemma[64];
  xc_lexicon_lemma (t + w->start, len, XC_POS_VERB, lemma, sizeof lemma);
  /* an irregular past: "hurt", "shot", "held" (the lemma differs, or WordNet has no noun) */
  return g_ascii_strncasecmp (lemma, t + w->start, len) != 0 || !(xc_lexicon_pos_mask (t + w->start, len) & XC_POS_NOUN);
}

static char *
lemma_of (const char *t, const Word *w, XcPos pos)
{
  char lemma[64];
  xc_lexicon_lemma (t + w->start, w->end - w->start, pos, lemma, sizeof lemma);
  return g_strdup (lemma);
}

static gboolean
empty_verb (XcAbout *self, const char *t, const Word *w)
{
  char lemma[64];
  xc_lexicon_lemma (t + w->start, w->end - w->start, XC_POS_VERB, lemma, sizeof lemma);
  return xc_word_set_has_str (self->empty_verbs, lemma);
}

static gboolean
word_is (const char *t, const Word *w, const char *s)
{
  gsize n = strlen (s);
  return w->end - w->start == n && g_ascii_strncasecmp (t + w->start, s, n) == 0;
}

/* A name: capitalized and not the sentence's first word (unless possessive), not a
 * function word. */
static gboolean
is_name (XcAbout *self, const char *t, const Word *w)
{
  /* a sentence's first word is a name when possessive or unknown to WordNet ("Bowe (45-1)") */
  return w->cap && (!w->first || w->possessive || xc_lexicon_pos_mask (t + w->start, w->end - w->start) == 0)
         && !is_number_word (t, w)
         && !xc_word_set_has (self->function_words, t + w->start, w->end - w->start)
         && !xc_word_in (t, w->start, w->end, xc_words_calendar);
}

/* A clause boundary between words a and b (a before b): , ; : ( ) or a spaced dash. */
static gboolean
clause_break (const char *t, gsize a_end, gsize b_start)
{
  for (gsize i = a_end; i < b_start; i++)
    if (strchr (",;:()\"", t[i]) || (t[i] == '-' && i > a_end && t[i - 1] == ' '))
      return TRUE;
  return FALSE;
}

/* The measure of a count without a telling noun, from a verb that governs it:
 * "killing 12" (a participle right before it), "12 were killed", "60 hurt". */
static char *
governing_verb (XcAbout *self, const char *t, GArray *w, guint first, guint last)
{
  if (first > 0)
    {
      /* before the count only a participle governs it ("killing 12", "wounding 40",
       * "arrested 23"): "a further 20,000" or "some 300" are no verbs */
      const Word *b = &g_array_index (w, Word, first - 1);
      gsize bl = b->end - b->start;
      gboolean participle = bl > 4 && (g_ascii_strncasecmp (t + b->end - 3, "ing", 3) == 0
                                       || g_ascii_strncasecmp (t + b->end - 2, "ed", 2) == 0);
      if (participle && !clause_break (t, b->end, g_array_index (w, Word, first).start)
          && verb_form (self, t, b) && !empty_verb (self, t, b))
        return lemma_of (t, b, XC_POS_VERB);
    }
  for (guint k = last + 1, aux = 0; k < w->len && aux <= 3; k++)
    {
      const Word *a = &g_array_index (w, Word, k);
      if (clause_break (t, g_array_index (w, Word, k - 1).end, a->start))
        break;
      if (xc_word_set_has (self->auxiliaries, t + a->start, a->end - a->start))
        {
          aux++;
          continue;
        }
      if (verb_form (self, t, a) && !empty_verb (self, t, a))
        return lemma_of (t, a, XC_POS_VERB);
      break;
    }
  return NULL;
}

/* The attribute a money, percent or measure figure is of: "a weight of FIG", "FIG in
 * damage", "weighing FIG", "a FIG bailout". */
static char *
attribute (XcAbout *self, const char *t, GArray *w, guint first, guint last)
{
  if (first >= 2)
    {
      const Word *of = &g_array_index (w, Word, first - 1), *n = &g_array_index (w, Word, first - 2);
      if (word_is (t, of, "of") && content (self, t, n, XC_POS_NOUN) && !is_name (self, t, n))
        return lemma_of (t, n, XC_POS_NOUN);
    }
  if (last + 2 < w->len)
    {
      const Word *in = &g_array_index (w, Word, last + 1), *n = &g_array_index (w, Word, last + 2);
      if ((word_is (t, in, "in") || word_is (t, in, "of")) && content (self, t, n, XC_POS_NOUN)
          && !is_name (self, t, n) && !(xc_lexicon_pos_mask (t + n->start, n->end - n->start) & XC_POS_ADJ))
        return lemma_of (t, n, XC_POS_NOUN);
    }
  if (first >= 1)
    {
      const Word *v = &g_array_index (w, Word, first - 1);
      if (verb_form (self, t, v) && !empty_verb (self, t, v))
        return lemma_of (t, v, XC_POS_VERB);
    }
  if (last + 1 < w->len)
    {
      const Word *n = &g_array_index (w, Word, last + 1);
      if (!clause_break (t, g_array_index (w, Word, last).end, n->start) && content (self, t, n, XC_POS_NOUN)
          && !is_name (self, t, n) && !verb_form (self, t, n))
        return lemma_of (t, n, XC_POS_NOUN);
    }
  return NULL;
}

/* The event of the clause: the nearest verb form that is not auxiliary, reporting or
 * a figure verb, left first (within 8 words), then right. */
static char *
clause_event (XcAbout *self, const char *t, GArray *w, guint first, guint last)
{
  for (guint d = 1; d <= 8; d++)
    {
      if (first >= d)
        {
          guint k = first - d;
          const Word *a = &g_array_index (w, Word, k);
          if (clause_break (t, a->end, g_array_index (w, Word, k + 1).start) && d > 1)
            ;
          else if (verb_form (self, t, a) && !empty_verb (self, t, a))
            return lemma_of (t, a, XC_POS_VERB);
        }
      if (last + d < w->len)
        {
          const Word *a = &g_array_index (w, Word, last + d);
          if (verb_form (self, t, a) && !empty_verb (self, t, a))
            return lemma_of (t, a, XC_POS_VERB);
        }
    }
  return NULL;
}

/* Who the figure belongs to: a possessive name before it in its clause ("Rahman's
 * record"), else the nearest name of its clause within 8 words, not a describing
 * adjective ("Indian commandos") nor a place (after "in", "at", ...). */
/* A describing adjective, also as the first part of a compound ("Ukrainian-born"). */
static gboolean
adjectival (const char *t, const Word *a)
{
  gsize len = a->end - a->start;
  const char *dash = memchr (t + a->start, '-', len);
  if (dash)
    len = (gsize) (dash - (t + a->start));
  return (xc_lexicon_pos_mask (t + a->start, len) & XC_POS_ADJ) != 0;
}

/* The owner of a figure in parentheses right after a name: "Hasim Rahman (45-7-2,
 * 36 KOs)". */
static const Word *
parenthesis_owner (XcAbout *self, const char *t, GArray *w, guint first, gsize sentence_start)
{
  gsize at = g_array_index (w, Word, first).start;
  for (gsize i = at; i > sentence_start; i--)
    {
      char ch = t[i - 1];
      if (ch == ')')
        return NULL;
      if (ch != '(')
        continue;
      for (guint k = first; k-- > 0;)
        {
          const Word *a = &g_array_index (w, Word, k);
          if (a->end <= i - 1)
            return is_name (self, t, a) && !adjectival (t, a) ? a : NULL;
        }
      return NULL;
    }
  return NULL;
}

static char *
clause_who (XcAbout *self, const char *t, GArray *w, guint first, guint last, gsize sentence_start)
{
  const Word *owner = parenthesis_owner (self, t, w, first, sentence_start);
  if (owner)
    return g_strndup (t + owner->start, owner->end - owner->start);
  const Word *best = NULL;
  guint best_d = G_MAXUINT;
  for (guint k = 0; k < w->len; k++)
    {
      if (k >= first && k <= last)
        continue;
      const Word *a = &g_array_index (w, Word, k);
      if (!is_name (self, t, a))
        continue;
      /* "Indian commandos", "Greek police": a describing adjective names no owner */
      if (adjectival (t, a))
        continue;
      /* only the figure's own clause */
      gboolean crossed = FALSE;
      guint lo = MIN (k, first), hi = k < first ? first : k;
      for (guint m = lo; m < hi && !crossed; m++)
        crossed = clause_break (t, g_array_index (w, Word, m).end, g_array_index (w, Word, m + 1).start);
      if (crossed && !(k == last + 1 || k + 1 == first))
        continue;
      if (k > 0 && xc_word_set_has (self->place_prepositions, t + g_array_index (w, Word, k - 1).start,
                                    g_array_index (w, Word, k - 1).end - g_array_index (w, Word, k - 1).start))
        continue;   /* a place */
      guint d = k < first ? first - k : k - last;
      if (a->possessive && k < first)
        d = 0;
      if (d < best_d && d <= 8)
        best = a, best_d = d;
    }
  return best ? g_strndup (t + best->start, best->end - best->start) : NULL;
}

/* Where: a capitalized word after "in", "at", "near" in the sentence. */
static char *
sentence_where (XcAbout *self, const char *t, GArray *w)
{
  for (guint k = 1; k < w->len; k++)
    {
      const Word *p = &g_array_index (w, Word, k - 1), *a = &g_array_index (w, Word, k);
      if (xc_word_set_has (self->place_prepositions, t + p->start, p->end - p->start) && a->cap && !a->possessive
          && !is_number_word (t, a) && !xc_word_set_has (self->function_words, t + a->start, a->end - a->start)
          && !xc_word_in (t, a->start, a->end, xc_words_calendar))
        return g_strndup (t + a->start, a->end - a->start);
    }
  return NULL;
}

/* The first content word (or figure) after word @k: "since [that] win", "since 2001". */
static char *
anchor_after (XcAbout *self, const char *t, GArray *w, guint k)
{
  for (guint j = k + 1; j < w->len && j <= k + 3; j++)
    {
      const Word *a = &g_array_index (w, Word, j);
      if (clause_break (t, g_array_index (w, Word, j - 1).end, a->start))
        return NULL;
      if (xc_word_set_has (self->function_words, t + a->start, a->end - a->start))
        continue;
      char lemma[64];
      xc_lexicon_lemma (t + a->start, a->end - a->start,
                        verb_form (self, t, a) ? XC_POS_VERB : XC_POS_NOUN, lemma, sizeof lemma);
      return lemma[0] ? g_strdup (lemma) : NULL;
    }
  return NULL;
}

/* The start of a period the figure is counted from: "since that win, he has gone 4-2-1",
 * "is 10-5-2 since knocking out Lewis", "30 killed since Monday". A sentence that opens
 * with "since" gives its start to every figure of the sentence; after a figure, "since"
 * belongs to it when no clause break and no other figure stand between. Returns the
 * lemma of the word after "since" ("win", "knock", "monday", "2001"). */
static char *
clause_since (XcAbout *self, const char *t, GArray *w, guint last)
{
  if (w->len > 1 && word_is (t, &g_array_index (w, Word, 0), "since"))
    return anchor_after (self, t, w, 0);
  for (guint k = last + 1; k < w->len && k <= last + 10; k++)
    {
      const Word *a = &g_array_index (w, Word, k);
      if (clause_break (t, g_array_index (w, Word, k - 1).end, a->start) || g_ascii_isdigit (t[a->start]))
        return NULL;
      if (word_is (t, a, "since"))
        return anchor_after (self, t, w, k);
    }
  return NULL;
}

/* Phrases that make a figure a running or summed total rather than one occasion's:
 * "seized a total of 14 rifles", "so far", "in all", "to date". */
static const char * const total_phrases[] = {
  "a total of", "in total", "in all", "all told", "altogether", "so far", "thus far", "to date",
  "cumulative", "combined", NULL,
};

/* Whether the sentence [@s, @e) of @t says its figures are totals. */
static gboolean
clause_total (const char *t, gsize s, gsize e)
{
  for (guint k = 0; total_phrases[k]; k++)
    {
      gsize n = strlen (total_phrases[k]);
      for (gsize i = s; i + n <= e; i++)
        if ((i == s || !g_ascii_isalnum (t[i - 1])) && g_ascii_strncasecmp (t + i, total_phrases[k], n) == 0
            && (i + n == e || !g_ascii_isalnum (t[i + n])))
          return TRUE;
    }
  return FALSE;
}

/* Counted nouns that say who is counted but not what happened to them. */
static gboolean
generic_noun (const char *unit)
{
  return unit == NULL || unit[0] == '\0' || xc_lexicon_is_a (unit, "person", 8)
         || g_str_equal (unit, "time");
}

gboolean
xc_about_annotate (XcAbout *self, XcScan *scan, GError **error)
{
  const char *t = scan->text;
  /* claims come in text order: a sentence's words are read once for all its claims */
  g_autoptr(GArray) w = NULL;
  guint w_sentence = G_MAXUINT;
  for (guint i = 0; i < scan->claims->len; i++)
    {
      XcClaim *c = scan->claims->pdata[i];
      guint si = xc_segment_find (scan->sentences, c->offset);
      if (si >= scan->sentences->len)
        continue;
      const XcSpan *sp = &g_array_index (scan->sentences, XcSpan, si);
      if (si != w_sentence)
        {
          g_clear_pointer (&w, g_array_unref);
          w = words_of (t, sp->start, sp->end);
          w_sentence = si;
        }
      guint first = G_MAXUINT, last = 0;
      for (guint k = 0; k < w->len; k++)
        {
          const Word *a = &g_array_index (w, Word, k);
          if (a->end > c->offset && a->start < c->offset + c->length)
            {
              first = MIN (first, k);
              last = k;
            }
        }
      if (first == G_MAXUINT)
        continue;
      g_clear_pointer (&c->about_measure, g_free);
      g_clear_pointer (&c->about_event, g_free);
      g_clear_pointer (&c->about_who, g_free);
      g_clear_pointer (&c->about_where, g_free);
      g_clear_pointer (&c->about_since, g_free);
      switch (c->kind)
        {
        case XC_KIND_COUNT:
          if (generic_noun (c->unit))
            c->about_measure = governing_verb (self, t, w, first, last);
          if (c->about_measure == NULL && c->unit && c->unit[0])
            c->about_measure = g_strdup (c->unit);
          break;
        case XC_KIND_MONEY:
        case XC_KIND_PERCENT:
        case XC_KIND_MEASURE:
        case XC_KIND_DURATION:
          c->about_measure = attribute (self, t, w, first, last);
          break;
        default:
          break;
        }
      c->about_event = clause_event (self, t, w, first, last);
      c->about_who = clause_who (self, t, w, first, last, sp->start);
      c->about_where = sentence_where (self, t, w);
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_TIME)
        c->about_since = clause_since (self, t, w, last);
      c->about_total = c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_TIME
                       && clause_total (t, sp->start, sp->end);
    }
  (void) error;
  return TRUE;
}
