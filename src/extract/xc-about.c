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
#include "xc-about-words-private.h"

/* XcWords that never carry what a figure is about. */
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
  XcWordTable *words;      /* what is known of each word as written */
  const char  *text_end;   /* the end of the text being read */
  XcWords      sentence;   /* the words of the sentence being read */
  XcWordSet *function_words;
  XcWordSet *auxiliaries;
  XcWordSet *empty_verbs;
  XcWordSet *place_prepositions;
};

/* Phrases that make a figure a running or summed total rather than one occasion's:
 * "seized a total of 14 rifles", "so far", "in all", "to date". */
static const char * const total_phrases[] = {
  "a total of", "in total", "in all", "all told", "altogether", "so far", "thus far", "to date",
  "cumulative", "combined", NULL,
};

/* The bytes a total phrase starts with, either case (filled once). */
static guint8 total_first[256];

static void
total_first_init (void)
{
  for (guint k = 0; total_phrases[k]; k++)
    {
      guchar c = (guchar) total_phrases[k][0];
      total_first[c] = total_first[(guchar) g_ascii_toupper (c)] = 1;
    }
}

XcAbout *
xc_about_new (GError **error)
{
  if (!xc_lexicon_open (error))
    return NULL;
  static gsize tables_ready;
  if (g_once_init_enter (&tables_ready))
    {
      total_first_init ();
      g_once_init_leave (&tables_ready, 1);
    }
  XcAbout *self = g_new0 (XcAbout, 1);
  self->words = xc_word_table_new ();
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
  xc_word_table_free (self->words);
  xc_words_clear (&self->sentence);
  xc_word_set_free (self->function_words);
  xc_word_set_free (self->auxiliaries);
  xc_word_set_free (self->empty_verbs);
  xc_word_set_free (self->place_prepositions);
  g_free (self);
}

/* The kept answers for the word @w (found or added on first use); good until
 * another word is looked up. */
static inline XcWordInfo *
info (XcAbout *self, const char *t, XcWord *w)
{
  return xc_word_table_info (self->words, t, self->text_end, w);
}

static gboolean
is_number_word (XcAbout *self, const char *t, XcWord *w)
{
  XcWordInfo *i = info (self, t, w);
  if (i->number < 0)
    {
      XcNumber n;
      i->number = g_ascii_isdigit (t[w->start])
                  || xc_number_parse (t + w->start, (gssize) (w->end - w->start), &n);
    }
  return i->number;
}

static guint
pos_mask (XcAbout *self, const char *t, XcWord *w)
{
  XcWordInfo *i = info (self, t, w);
  if (i->mask < 0)
    i->mask = (gint8) xc_lexicon_pos_mask (t + w->start, w->end - w->start);
  return (guint) i->mask;
}

/* Whether the word is in @set (@memo: where its answer is kept). */
static gboolean
in_set (XcWordSet *set, const char *t, const XcWord *w, gint8 *memo)
{
  if (*memo < 0)
    *memo = xc_word_set_has (set, t + w->start, w->end - w->start);
  return *memo;
}

static gboolean
function_word (XcAbout *self, const char *t, XcWord *w)
{
  return in_set (self->function_words, t, w, &info (self, t, w)->function);
}

static gboolean
auxiliary (XcAbout *self, const char *t, XcWord *w)
{
  return in_set (self->auxiliaries, t, w, &info (self, t, w)->aux);
}

static gboolean
place_preposition (XcAbout *self, const char *t, XcWord *w)
{
  return in_set (self->place_prepositions, t, w, &info (self, t, w)->place);
}

static gboolean
calendar_word (XcAbout *self, const char *t, XcWord *w)
{
  XcWordInfo *i = info (self, t, w);
  if (i->calendar < 0)
    {
      /* "January-March", "Monday-Friday": a span of calendar words */
      const char *dash = memchr (t + w->start, '-', w->end - w->start);
      gsize d = dash ? (gsize) (dash - t) : w->end;
      i->calendar = xc_word_in (t, w->start, w->end, xc_words_calendar)
                    || (dash && xc_word_in (t, w->start, d, xc_words_calendar)
                        && xc_word_in (t, d + 1, w->end, xc_words_calendar));
    }
  return i->calendar;
}

/* The word's lemma as a noun or a verb (@pos), kept with its other answers. */
static const char *
kept_lemma (XcAbout *self, const char *t, XcWord *w, XcPos pos)
{
  int p = pos == XC_POS_VERB;
  const char *l = info (self, t, w)->lemma[p];
  if (l == NULL)
    {
      char lemma[64];
      xc_lexicon_lemma (t + w->start, w->end - w->start, pos, lemma, sizeof lemma);
      l = xc_word_table_keep (self->words, lemma);
      info (self, t, w)->lemma[p] = l;
    }
  return l;
}

/* Whether the word is a content word of @pos (WordNet knows it so, and no table
 * says it is a function word). */
static gboolean
content (XcAbout *self, const char *t, XcWord *w, XcPos pos)
{
  gsize len = w->end - w->start;
  if (len < 2 || is_number_word (self, t, w) || function_word (self, t, w))
    return FALSE;
  return (pos_mask (self, t, w) & pos) != 0;
}

/* A participle or past form: "-ing", "-ed", or irregular ("hurt", "shot") when WordNet
 * reads it as a verb and the word is not its own base form's noun. */
static gboolean
verb_form_of (XcAbout *self, const char *t, XcWord *w)
{
  gsize len = w->end - w->start;
  if (!content (self, t, w, XC_POS_VERB) || auxiliary (self, t, w))
    return FALSE;
  if (xc_ing_or_ed (t, w->start, w->end))
    return TRUE;
  /* an adverb is read as one ("a further 3,000", "almost") */
  if (pos_mask (self, t, w) & XC_POS_ADV)
    return FALSE;
  const char *lemma = kept_lemma (self, t, w, XC_POS_VERB);
  /* an irregular past: "hurt", "shot", "held" (the lemma differs, or WordNet has no noun) */
  return g_ascii_strncasecmp (lemma, t + w->start, len) != 0 || !(pos_mask (self, t, w) & XC_POS_NOUN);
}

static gboolean
verb_form (XcAbout *self, const char *t, XcWord *w)
{
  /* "to save", "will cut": a base form where syntax wants a verb (the word's own
   * answer, kept for every place it stands, says otherwise) */
  if (w->infinitive && !w->cap && content (self, t, w, XC_POS_VERB) && !auxiliary (self, t, w))
    return TRUE;
  if (info (self, t, w)->verb < 0)
    {
      gint8 v = (gint8) verb_form_of (self, t, w);
      info (self, t, w)->verb = v;
    }
  return info (self, t, w)->verb;
}

static char *
lemma_of (XcAbout *self, const char *t, XcWord *w, XcPos pos)
{
  return g_strdup (kept_lemma (self, t, w, pos));
}

static gboolean
empty_verb (XcAbout *self, const char *t, XcWord *w)
{
  if (info (self, t, w)->empty < 0)
    {
      gint8 e = (gint8) xc_word_set_has_str (self->empty_verbs, kept_lemma (self, t, w, XC_POS_VERB));
      info (self, t, w)->empty = e;
    }
  return info (self, t, w)->empty;
}

/* A verb form that tells what happened: not auxiliary, reporting or a figure verb. */
static gboolean
event_verb (XcAbout *self, const char *t, XcWord *w)
{
  return verb_form (self, t, w) && !empty_verb (self, t, w);
}

static gboolean
word_is (const char *t, const XcWord *w, const char *s)
{
  gsize n = strlen (s);
  return w->end - w->start == n && xc_caseless_is (t + w->start, s, n);
}

/* A verb of telling as written: "said", "told", "reported" (WordNet verb.communication). */
static gboolean
speech_verb (XcAbout *self, const char *t, XcWord *w)
{
  if (info (self, t, w)->speech < 0)
    {
      gboolean v = !w->cap && (pos_mask (self, t, w) & XC_POS_VERB)
                   && xc_lexicon_verb_of_speech (kept_lemma (self, t, w, XC_POS_VERB));
      info (self, t, w)->speech = (gint8) v;
    }
  return info (self, t, w)->speech;
}

/* Whether the name at word @k speaks of the figure rather than owns it: "Halvard
 * Resources said 17 miners ...", "..., governor Ines Marr told reporters", "said
 * Marr", "according to Marr". The name's own run of capitals is skipped first. */
static gboolean
speaker (XcAbout *self, const char *t, const XcWords *w, guint k)
{
  guint j = k + 1;
  while (j < w->len && xc_words_at (w, j)->cap && !xc_words_crossed (w, j - 1, j))
    j++;
  if (j < w->len && !xc_words_crossed (w, j - 1, j) && speech_verb (self, t, xc_words_at (w, j)))
    return TRUE;
  guint i = k;
  while (i > 0 && xc_words_at (w, i - 1)->cap && !xc_words_crossed (w, i - 1, i))
    i--;
  if (i > 0 && !xc_words_crossed (w, i - 1, i))
    {
      XcWord *b = xc_words_at (w, i - 1);
      if (speech_verb (self, t, b))
        return TRUE;
      if (i > 1 && word_is (t, b, "to") && word_is (t, xc_words_at (w, i - 2), "according"))
        return TRUE;
    }
  return FALSE;
}

/* A common word in a line set in capitals ("THREE PEOPLE HAVE DIED IN A BLAZE"): every
 * letter upper case, and WordNet knows the word and writes no sense of it as a name
 * ("NYPD" it does not know, "IMF" it writes as one: those stay names). */
static gboolean
common_in_capitals (XcAbout *self, const char *t, XcWord *w)
{
  gsize n = w->end - w->start;
  if (n < 2 || n >= 48)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_islower (t[w->start + i]))
      return FALSE;
  return pos_mask (self, t, w) != 0 && xc_lexicon_common_word (t + w->start, n);
}

/* A name: capitalized and not the sentence's first word (unless possessive), not a
 * function word, not a common word written in capitals. */
static gboolean
is_name (XcAbout *self, const char *t, XcWord *w)
{
  if (w->name < 0)
    /* a sentence's first word is a name when possessive or unknown to WordNet ("Bowe (45-1)") */
    w->name = w->cap && (!w->first || w->possessive || pos_mask (self, t, w) == 0)
              && !is_number_word (self, t, w)
              && !function_word (self, t, w)
              && !calendar_word (self, t, w)
              && !common_in_capitals (self, t, w);
  return w->name;
}


/* The measure of a count without a telling noun, from a verb that governs it:
 * "killing 12" (a participle right before it), "12 were killed", "60 hurt". */
static char *
governing_verb (XcAbout *self, const char *t, const XcWords *w, guint first, guint last)
{
  if (first > 0)
    {
      /* before the count only a participle governs it ("killing 12", "wounding 40",
       * "arrested 23"): "a further 20,000" or "some 300" are no verbs */
      XcWord *b = xc_words_at (w, first - 1);
      gboolean participle = xc_ing_or_ed (t, b->start, b->end);
      if (participle && !xc_words_crossed (w, first - 1, first) && event_verb (self, t, b))
        return lemma_of (self, t, b, XC_POS_VERB);
    }
  for (guint k = last + 1, aux = 0; k < w->len && aux <= 3; k++)
    {
      XcWord *a = xc_words_at (w, k);
      if (xc_words_crossed (w, k - 1, k))
        break;
      if (auxiliary (self, t, a))
        {
          aux++;
          continue;
        }
      if (event_verb (self, t, a))
        return lemma_of (self, t, a, XC_POS_VERB);
      /* "left three bank workers dead", "nine people were dead": the adjective tells
       * what happened to them (xc_lexicon_verbs_related () reads it as "die") */
      if (word_is (t, a, "dead"))
        return g_strdup ("dead");
      break;
    }
  return NULL;
}

/* Verbs that move or state a figure of their subject: "profit rose 18 percent", "sales
 * grew 9.5% to 31.2 billion euros", "revenue reached $3 billion". */
static const char * const figure_verbs[] = {
  "rise", "fall", "climb", "drop", "grow", "jump", "surge", "slip", "ease", "increase",
  "decrease", "decline", "soar", "plunge", "tumble", "slump", "gain", "rebound", "advance",
  "sink", "dip", "reach", "hit", "total", "stand", "top", "exceed", NULL,
};

/* Words between a figure verb and its figure: "rose by 18 percent", "grew 9.5% to 31.2
 * billion euros" (the second figure's words lead back to the same verb). */
static gboolean
figure_filler (XcAbout *self, const char *t, XcWord *a)
{
  static const char * const fillers[] = {
    "by", "to", "from", "percent", "per", "cent", "point", "points", "percentage", "billion",
    "million", "thousand", "trillion", "bn", "m", "euro", "euros", "dollar", "dollars", "pound",
    "pounds", "yen", "yuan", "some", "about", "nearly", "almost", "around", "roughly", "just",
    "over", "more", "than", "a", "an", NULL,
  };
  for (gsize i = a->start; i < a->end; i++)
    if (g_ascii_isdigit (t[i]))
      return TRUE;
  return is_number_word (self, t, a) || xc_word_in (t, a->start, a->end, fillers);
}

/* Prepositions that open a phrase qualifying a subject: "sales in the period", "trade
 * between the two countries". */
static const char * const subject_prepositions[] = {
  "in", "of", "for", "at", "between", "among", "from", "across", "with", "on", NULL,
};

/* Heads that only say a figure follows: the noun after "of" names what it is of. */
static const char * const number_heads[] = { "number", "amount", "total", "level", "value", "share", NULL };

/* The subject of a figure verb before the figure ("net profit rose 18 percent"): its
 * noun's lemma, or NULL. */
static char *
subject_of_figure_verb (XcAbout *self, const char *t, const XcWords *w, guint first)
{
  for (guint k = first; k-- > 0 && first - k <= 8;)
    {
      if (xc_words_crossed (w, k, k + 1))
        return NULL;
      XcWord *a = xc_words_at (w, k);
      if ((pos_mask (self, t, a) & XC_POS_VERB) && !a->cap
          && g_strv_contains (figure_verbs, kept_lemma (self, t, a, XC_POS_VERB)))
        {
          if (k == 0 || xc_words_crossed (w, k - 1, k))
            return NULL;
          guint h = k - 1;
          /* the head before a phrase that qualifies it: "sales in the January-March
           * period grew", "the price of oil rose" (not "the number of deaths rose") */
          for (guint j = h; j-- > 0 && h - j <= 4 && !xc_words_crossed (w, j, j + 1);)
            {
              XcWord *pr = xc_words_at (w, j);
              if (!xc_word_in (t, pr->start, pr->end, subject_prepositions))
                continue;
              if (j > 0 && !xc_words_crossed (w, j - 1, j))
                {
                  XcWord *hn = xc_words_at (w, j - 1);
                  if (content (self, t, hn, XC_POS_NOUN) && !is_name (self, t, hn)
                      && !xc_word_in (t, hn->start, hn->end, number_heads))
                    h = j - 1;
                }
              break;
            }
          XcWord *n = xc_words_at (w, h);
          return content (self, t, n, XC_POS_NOUN) && !is_name (self, t, n) ? lemma_of (self, t, n, XC_POS_NOUN)
                                                                             : NULL;
        }
      if (!figure_filler (self, t, a))
        return NULL;
    }
  return NULL;
}

/* The attribute a money, percent or measure figure is of: "a weight of FIG", "FIG in
 * damage", "profit rose FIG", "weighing FIG", "a FIG bailout". */
static char *
attribute (XcAbout *self, const char *t, const XcWords *w, guint first, guint last)
{
  if (first >= 2)
    {
      XcWord *of = xc_words_at (w, first - 1), *n = xc_words_at (w, first - 2);
      if (word_is (t, of, "of") && content (self, t, n, XC_POS_NOUN) && !is_name (self, t, n))
        return lemma_of (self, t, n, XC_POS_NOUN);
    }
  if (last + 2 < w->len)
    {
      XcWord *in = xc_words_at (w, last + 1), *n = xc_words_at (w, last + 2);
      if ((word_is (t, in, "in") || word_is (t, in, "of")) && content (self, t, n, XC_POS_NOUN)
          && !is_name (self, t, n) && !calendar_word (self, t, n) && !(pos_mask (self, t, n) & XC_POS_ADJ))
        return lemma_of (self, t, n, XC_POS_NOUN);
    }
  char *subject = subject_of_figure_verb (self, t, w, first);
  if (subject)
    return subject;
  if (first >= 1)
    {
      XcWord *v = xc_words_at (w, first - 1);
      if (event_verb (self, t, v))
        return lemma_of (self, t, v, XC_POS_VERB);
    }
  if (last + 1 < w->len)
    {
      XcWord *n = xc_words_at (w, last + 1);
      if (!xc_words_crossed (w, last, last + 1) && content (self, t, n, XC_POS_NOUN)
          && !is_name (self, t, n) && !verb_form (self, t, n))
        return lemma_of (self, t, n, XC_POS_NOUN);
    }
  return NULL;
}

/* The event of the clause: the nearest verb form that is not auxiliary, reporting or
 * a figure verb, left first (within 8 words), then right. */
static char *
clause_event (XcAbout *self, const char *t, const XcWords *w, guint first, guint last)
{
  for (guint d = 1; d <= 8; d++)
    {
      if (first >= d)
        {
          guint k = first - d;
          XcWord *a = xc_words_at (w, k);
          if (xc_words_crossed (w, k, k + 1) && d > 1)
            ;
          else if (event_verb (self, t, a))
            return lemma_of (self, t, a, XC_POS_VERB);
        }
      if (last + d < w->len)
        {
          XcWord *a = xc_words_at (w, last + d);
          if (event_verb (self, t, a))
            return lemma_of (self, t, a, XC_POS_VERB);
        }
    }
  return NULL;
}

/* A date the clause gives to a verb a source reports with ("the fire service said on
 * Wednesday", "told reporters Friday"): the day a source spoke, not the day of what it
 * tells. The verb's lemma, or NULL: the nearest verb within three words before the
 * date, in its clause, is a reporting verb (xc_lexicon_reporting_verb (); "announced
 * on Sunday" dates an announcement, an event of its own). */
static char *
speech_date (XcAbout *self, const char *t, const XcWords *w, guint first)
{
  for (guint d = 1; d <= 3 && first >= d; d++)
    {
      guint k = first - d;
      if (xc_words_crossed (w, k, k + 1))
        return NULL;
      XcWord *a = xc_words_at (w, k);
      if (!verb_form (self, t, a))
        continue;   /* "by an officer on Sunday": a noun, though WordNet has the verb */
      const char *lemma = kept_lemma (self, t, a, XC_POS_VERB);
      return xc_lexicon_reporting_verb (lemma) ? g_strdup (lemma) : NULL;
    }
  return NULL;
}

/* Who the figure belongs to: a possessive name before it in its clause ("Rahman's
 * record"), else the nearest name of its clause within 8 words, not a describing
 * adjective ("Indian commandos") nor a place (after "in", "at", ...). */
/* A describing adjective, also as the first part of a compound ("Ukrainian-born"). */
static gboolean
adjectival (XcAbout *self, const char *t, XcWord *a)
{
  XcWordInfo *i = info (self, t, a);
  if (i->adjectival < 0)
    {
      gsize len = a->end - a->start;
      const char *dash = memchr (t + a->start, '-', len);
      if (dash)
        len = (gsize) (dash - (t + a->start));
      i->adjectival = (xc_lexicon_pos_mask (t + a->start, len) & XC_POS_ADJ) != 0;
    }
  return i->adjectival;
}

/* The owner of a figure in parentheses right after a name: "Hasim Rahman (45-7-2,
 * 36 KOs)". */
static const XcWord *
parenthesis_owner (XcAbout *self, const char *t, const XcWords *w, guint first, gsize sentence_start)
{
  gsize at = xc_words_at (w, first)->start;
  for (gsize i = at; i > sentence_start; i--)
    {
      char ch = t[i - 1];
      if (ch == ')')
        return NULL;
      if (ch != '(')
        continue;
      for (guint k = first; k-- > 0;)
        {
          XcWord *a = xc_words_at (w, k);
          if (a->end <= i - 1)
            return is_name (self, t, a) && !adjectival (self, t, a) ? a : NULL;
        }
      return NULL;
    }
  return NULL;
}

/* A number written in letters ("Seven"), not a figure run into a word ("32-year-old":
 * "the 32-year-old Klitschko" is his age). */
static gboolean
spelled_number (XcAbout *self, const char *t, XcWord *w)
{
  for (gsize i = w->start; i < w->end; i++)
    if (!g_ascii_isalpha (t[i]))
      return FALSE;
  return is_number_word (self, t, w);
}

/* Whether word @a comes right after a figure ("46 KOs"): what the figure counts. */
static gboolean
after_figure (const char *t, const XcWord *a)
{
  gsize i = a->start;
  while (i > 0 && t[i - 1] == ' ')
    i--;
  return i < a->start && i > 0 && g_ascii_isdigit (t[i - 1]);
}

static char *
clause_who (XcAbout *self, const char *t, const XcWords *w, guint first, guint last, gsize sentence_start,
            gboolean parenthesis)
{
  /* @parenthesis: the sentence has a '(' (without one there is no owner to find) */
  const XcWord *owner = parenthesis ? parenthesis_owner (self, t, w, first, sentence_start) : NULL;
  if (owner)
    return g_strndup (t + owner->start, owner->end - owner->start);
  const XcWord *best = NULL;
  guint best_d = G_MAXUINT;
  /* a name more than 8 words away is only taken when possessive and before the
   * figure (its distance counts as 0): those first, from the sentence's list of
   * them, then the words within 8, all in the order of the text */
  guint near = first >= 8 ? first - 8 : 0, o = 0;
  for (guint step = 0;; step++)
    {
      guint k;
      if (o < w->n_owners && w->owners[o] < near)
        k = w->owners[o++];
      else
        {
          k = near + (step - o);
          if (k >= w->len || k > last + 8)
            break;
        }
      if (k >= first && k <= last)
        continue;
      XcWord *a = xc_words_at (w, k);
      if (!a->cap || !is_name (self, t, a))
        continue;
      /* "Indian commandos", "Greek police": a describing adjective names no owner */
      if (adjectival (self, t, a))
        continue;
      /* "with 46 KOs", "Seven AK-47s": the noun a figure counts owns nothing */
      if (after_figure (t, a)
          || (k > 0 && !xc_words_crossed (w, k - 1, k) && spelled_number (self, t, xc_words_at (w, k - 1))))
        continue;
      /* who tells of the figure is not whose it is ("Dravic's record" is his) */
      if (!a->possessive && speaker (self, t, w, k))
        continue;
      /* only the figure's own clause */
      guint lo = MIN (k, first), hi = k < first ? first : k;
      if (xc_words_crossed (w, lo, hi) && !(k == last + 1 || k + 1 == first))
        continue;
      if (k > 0 && place_preposition (self, t, xc_words_at (w, k - 1)))
        continue;   /* a place */
      guint d = k < first ? first - k : k - last;
      if (a->possessive && k < first)
        d = 0;
      if (d < best_d && d <= 8)
        best = a, best_d = d;
    }
  return best ? g_strndup (t + best->start, best->end - best->start) : NULL;
}

/* Where: a capitalized word after "in", "at", "near" in the sentence (its index in
 * @w, or G_MAXUINT). */
static guint
sentence_where (XcAbout *self, const char *t, const XcWords *w)
{
  for (guint k = 1; k < w->len; k++)
    {
      XcWord *p = xc_words_at (w, k - 1), *a = xc_words_at (w, k);
      if (place_preposition (self, t, p) && a->cap && !a->possessive
          && !is_number_word (self, t, a) && !function_word (self, t, a)
          && !calendar_word (self, t, a))
        return k;
    }
  return G_MAXUINT;
}

/* The first content word (or figure) after word @k: "since [that] win", "since 2001". */
static char *
anchor_after (XcAbout *self, const char *t, const XcWords *w, guint k)
{
  for (guint j = k + 1; j < w->len && j <= k + 3; j++)
    {
      XcWord *a = xc_words_at (w, j);
      if (xc_words_crossed (w, j - 1, j))
        return NULL;
      if (function_word (self, t, a))
        continue;
      const char *lemma = kept_lemma (self, t, a, verb_form (self, t, a) ? XC_POS_VERB : XC_POS_NOUN);
      return lemma && lemma[0] ? g_strdup (lemma) : NULL;
    }
  return NULL;
}

/* The start of a period the figure is counted from: "since that win, he has gone 4-2-1",
 * "is 10-5-2 since knocking out Lewis", "30 killed since Monday". A sentence that opens
 * with "since" gives its start to every figure of the sentence; after a figure, "since"
 * belongs to it when no clause break and no other figure stand between. Returns the
 * lemma of the word after "since" ("win", "knock", "monday", "2001"). */
static char *
clause_since (XcAbout *self, const char *t, const XcWords *w, guint last)
{
  if (w->len > 1 && word_is (t, xc_words_at (w, 0), "since"))
    return anchor_after (self, t, w, 0);
  for (guint k = last + 1; k < w->len && k <= last + 10; k++)
    {
      const XcWord *a = xc_words_at (w, k);
      if (xc_words_crossed (w, k - 1, k) || g_ascii_isdigit (t[a->start]))
        return NULL;
      if (word_is (t, a, "since"))
        return anchor_after (self, t, w, k);
    }
  return NULL;
}

/* Whether the sentence [@s, @e) of @t says its figures are totals: one of the
 * phrases, whole words, starts at the start of a word. */
static gboolean
clause_total (const char *t, gsize s, gsize e)
{
  for (gsize i = s; i < e; i++)
    {
      if (!total_first[(guchar) t[i]])
        continue;   /* no phrase starts so */
      if (i > s && g_ascii_isalnum (t[i - 1]))
        continue;
      char c = xc_lower (t[i]);
      for (guint k = 0; total_phrases[k]; k++)
        {
          if (total_phrases[k][0] != c)
            continue;
          gsize n = strlen (total_phrases[k]);
          if (i + n <= e && xc_caseless_is (t + i, total_phrases[k], n)
              && (i + n == e || !g_ascii_isalnum (t[i + n])))
            return TRUE;
        }
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
  /* claims come in text order: a sentence's words are read once for all its claims,
   * and so are its place and whether it speaks of totals */
  XcWords *w = &self->sentence;
  self->text_end = t + scan->len;
  guint w_sentence = G_MAXUINT, where = G_MAXUINT;
  gboolean parenthesis = FALSE;
  /* words point into the kept answers: they are forgotten between documents only */
  xc_word_table_trim (self->words);
  int total = -1;
  for (guint i = 0; i < scan->claims->len; i++)
    {
      XcClaim *c = scan->claims->pdata[i];
      guint si = xc_segment_find (scan->sentences, c->offset);
      if (si >= scan->sentences->len)
        continue;
      const XcSpan *sp = &g_array_index (scan->sentences, XcSpan, si);
      if (si != w_sentence)
        {
          xc_words_read (w, t, sp->start, sp->end);
          w_sentence = si;
          where = sentence_where (self, t, w);
          parenthesis = memchr (t + sp->start, '(', sp->end - sp->start) != NULL;
          total = -1;
        }
      /* the claim's words: the words are in text order and do not overlap, so
       * they are a run found by two binary searches */
      guint lo = 0, hi = w->len;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (xc_words_at (w, mid)->end > c->offset)
            hi = mid;
          else
            lo = mid + 1;
        }
      guint first = lo;
      hi = w->len;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (xc_words_at (w, mid)->start < c->offset + c->length)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo <= first)
        continue;   /* no word of the sentence is in the claim */
      guint last = lo - 1;
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
      if (c->kind == XC_KIND_DATE || c->kind == XC_KIND_TIME)
        c->about_event = speech_date (self, t, w, first);
      if (c->about_event == NULL)
        c->about_event = clause_event (self, t, w, first, last);
      c->about_who = clause_who (self, t, w, first, last, sp->start, parenthesis);
      if (where != G_MAXUINT)
        c->about_where = g_strndup (t + xc_words_at (w, where)->start, xc_words_at (w, where)->end - xc_words_at (w, where)->start);
      c->about_total = FALSE;
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_TIME)
        {
          /* a figure counted from an event ("4-2-1 since that win"); an age or a rank
           * is no count ("the 41-year-old was fighting for the first time since 2005") */
          if (c->kind != XC_KIND_AGE && c->kind != XC_KIND_ORDINAL)
            c->about_since = clause_since (self, t, w, last);
          if (total < 0)
            total = clause_total (t, sp->start, sp->end);
          c->about_total = total;
        }
    }
  (void) error;
  return TRUE;
}
