/* xc-align-facts.c - lining up claims as facts: each source states a fact once.
 *
 * Every pair of claims of one block from two documents that may state one fact
 * (xc_align_pair_allowed, counted nouns of one kind, no proper adjective on one side
 * only) is scored by context. A pair is kept when its context is strong, or when each
 * claim is the other's best match in the other's document; a pair whose values
 * disagree is kept only in the second case and when what the figures are about is
 * known to be the same (about_same). Kept pairs join groups agreement first; a group
 * holds one statement per document (a second only when it agrees), and two groups
 * whose members would disagree join only when every disagreeing pair is about one
 * thing and alike in context on the whole, so a conflict never comes by chaining.
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-align-private.h"
#include "xc-lexicon-private.h"
#include "xc-wordset-private.h"

/* The words of an item the aligner keeps answers about, per pair of words. */
enum { ID_UNIT, ID_MEASURE, ID_EVENT, N_IDS };


/* A date or a span of dates: told apart by its event, not by its size. */
static gboolean
dated (const XcItem *x)
{
  return x->claim->kind == XC_KIND_DATE || x->claim->kind == XC_KIND_DATERANGE;
}

/* The weekday and the month and day an item's date names or falls on (0: unknown),
 * read once per item: weekday + 8 * month-day, + 1. */
static guint
calendar_of (XcAligner *self, const XcItem *x)
{
  if (!dated (x))
    return 0;
  if (self->fact_calendar == NULL)
    self->fact_calendar = g_new0 (guint16, MAX (1, self->items->len));
  guint i = (guint) (x - &g_array_index (self->items, XcItem, 0));
  if (self->fact_calendar[i] == 0)
    self->fact_calendar[i] = (guint16) (xc_claim_weekday (x->claim) + 8 * xc_claim_month_day (x->claim) + 1);
  return self->fact_calendar[i] - 1u;
}

/* Whether two values share a point, or one is never judged; a date with no year
 * ("on Saturday", "Dec. 6" in a report with no date) is judged by the weekday or the
 * day of the month it names against any date that has one. */
static inline gboolean
values_agree (XcAligner *self, const XcItem *x, const XcItem *y)
{
  if (x->judged && y->judged)
    {
      /* xc_interval_overlaps (), inlined: asked for every pair of a block */
      const XcInterval *a = &x->iv, *b = &y->iv;
      return (a->lo < b->hi || (a->lo == b->hi && !a->lo_open && !b->hi_open))
             && (b->lo < a->hi || (b->lo == a->hi && !b->lo_open && !a->hi_open));
    }
  guint cx = calendar_of (self, x), cy = cx ? calendar_of (self, y) : 0;
  guint wx = cx % 8, wy = cy % 8, mx = cx / 8, my = cy / 8;
  return !(wx && wy && wx != wy) && !(mx && my && mx != my);
}

/* A day with no year ("on Saturday", "Dec. 6" in a report with no date) and a date
 * known only to its month or year ("in 1974", "in March 2008"): nothing says they
 * are one date, and nothing can tell them apart, so they are never one fact. */
static gboolean
day_and_period (XcAligner *self, const XcItem *x, const XcItem *y)
{
  if (!dated (x) || !dated (y) || x->claim->resolved == y->claim->resolved)
    return FALSE;
  const XcItem *u = x->claim->resolved ? y : x, *r = x->claim->resolved ? x : y;
  return calendar_of (self, u) != 0 && r->claim->kind == XC_KIND_DATE && r->claim->iso != NULL
         && strlen (r->claim->iso) < 10;
}

/* A pair of claims of one block, from two documents, that may state one fact (24
 * bytes: a block of thousands of figures holds millions of them at once). */
typedef struct {
  double   sim;           /* score: context and bonuses (xc_align_pair_score) */
  double   ctx;           /* context similarity alone */
  guint    a : 31;        /* local indices in the block, a < b (fact_block_max is far below 2^31) */
  guint    agree : 1;     /* their values share a point (or one is never judged) */
  guint    b : 31;
  guint    kind_only : 1; /* counts of other nouns of one kind ("officers", "people") */
} FactPair;

/* Counted nouns that say little of what is counted: a count of them is told apart by
 * what happened to them (its head words), not by the noun. */
static const char * const generic_count_nouns[] = {
  "person", "man", "woman", "child", "people", "time", "member", "resident", "other", NULL,
};

/* Kinds of things a counted noun may belong to: two nouns of one kind may count one
 * thing told in other words ("boats" and "skiffs", "gunmen" and "attackers"). */
static const char * const count_classes[] = {
  "person", "vessel", "weapon", "building", "animal", "aircraft", NULL,
};

/* Whether a counted noun counts things of @cls: a kind of it, or for people a group
 * of them ("26 Somali crew", "a 12-member team" count persons). */
static gboolean
counted_as (const char *noun, const char *cls)
{
  return xc_lexicon_is_a (noun, cls, 8)
         || (g_str_equal (cls, "person") && xc_lexicon_is_a (noun, "social_group", 8));
}

/* A count the extractor names by what befell what it counts ("12 killed", "the toll
 * rose to 16", "nine of the injured", "31 dead"): people, told apart by the verb. */
static gboolean
event_count_unit (const char *unit)
{
  static const char * const states[] = { "dead", "hurt", "missing", NULL };
  if (unit == NULL || unit[0] == '\0')
    return FALSE;
  if (g_strv_contains (states, unit))
    return TRUE;
  gsize n = strlen (unit);
  char lemma[64];
  return n > 3 && g_str_has_suffix (unit, "ed") && xc_lexicon_lemma (unit, n, XC_POS_VERB, lemma, sizeof lemma)
         && !g_str_equal (lemma, unit);
}

static gboolean
count_nouns_compatible (const char *a, const char *b, gboolean *same_kind_only)
{
  *same_kind_only = FALSE;
  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  if (a == NULL || b == NULL || a[0] == '\0' || b[0] == '\0')
    return FALSE;
  /* "16 killed" and "14 people" or "14 pilgrims": people on both sides, the verbs decide */
  gboolean ea = event_count_unit (a), eb = event_count_unit (b);
  if (ea || eb)
    {
      *same_kind_only = !(ea && eb);
      return (ea && eb) || counted_as (ea ? b : a, "person");
    }
  if (xc_lexicon_nouns_related (a, b))
    return TRUE;
  /* a compound counts what its last noun names: "automatic rifles" are rifles, "speed
   * boats" boats (WordNet files some compounds under another branch: an automatic
   * rifle is an automatic firearm) */
  const char *ta = strrchr (a, ' '), *tb = strrchr (b, ' ');
  ta = ta ? ta + 1 : a;
  tb = tb ? tb + 1 : b;
  if ((ta != a || tb != b) && g_ascii_strcasecmp (ta, tb) == 0)
    return TRUE;
  for (guint i = 0; count_classes[i] != NULL; i++)
    if (counted_as (a, count_classes[i]) && counted_as (b, count_classes[i]))
      {
        *same_kind_only = TRUE;
        return TRUE;
      }
  return FALSE;
}

/* The verb that governs a count ("killing 12", "60 were injured"), when its measure
 * is one (xc-about.c sets the counted noun otherwise), or the event a count is named
 * by ("12 killed"). */
static const char *
count_verb (const XcItem *x)
{
  const XcClaim *c = x->claim;
  if (c->kind != XC_KIND_COUNT || c->about_measure == NULL
      || (g_strcmp0 (c->about_measure, c->unit) == 0 && !event_count_unit (c->unit)))
    return NULL;
  return c->about_measure;
}

/* Two counts whose verbs tell of other happenings ("killing 12" and "60 were arrested";
 * a march and a death toll) are not one fact to disagree on, whatever their nouns.
 * (Agreeing counts may still meet: WordNet does not relate every pair of verbs news uses
 * for one happening, "captured" and "arrested".) */
static gboolean words_related (XcAligner *self, const XcItem *x, const XcItem *y, guint which);

/* A count governed by a verb ("6 people have died") and one whose clause tells of that
 * happening though its noun stands apart from the verb ("the three workers, a man and
 * two women, died"): what happened to them is said on both sides. */
static gboolean
verb_meets_event (const XcItem *x, const XcItem *y)
{
  const char *v = count_verb (x), *e = y->claim->about_event;
  return v != NULL && e != NULL && count_verb (y) == NULL && xc_lexicon_verbs_related (v, e);
}

static gboolean
count_verbs_clash (XcAligner *self, const XcItem *x, const XcItem *y)
{
  const char *vx = count_verb (x), *vy = count_verb (y);
  return vx && vy && !words_related (self, x, y, ID_MEASURE);
}

static gboolean same_model (XcAligner *self, const XcItem *x, const XcItem *y);
static guint string_id (XcAligner *self, const char *s);


static G_GNUC_NO_INLINE guint
item_id_read (XcAligner *self, guint i, guint which)
{
  if (self->fact_ids == NULL)
    self->fact_ids = g_new0 (guint, (gsize) N_IDS * MAX (1, self->items->len));
  guint *id = &self->fact_ids[(gsize) i * N_IDS + which];
  if (*id == 0)
    {
      const XcClaim *c = xc_align_item (self, i)->claim;
      *id = string_id (self, which == ID_UNIT ? c->unit : which == ID_MEASURE ? c->about_measure : c->about_event);
    }
  return *id;
}

/* The id (string_id ()) of an item's counted noun, measure or event word, read once per
 * item: pairing asks about each item once per other item. */
static inline guint
item_id (XcAligner *self, const XcItem *x, guint which)
{
  guint i = (guint) (x - &g_array_index (self->items, XcItem, 0));
  guint id = self->fact_ids ? self->fact_ids[(gsize) i * N_IDS + which] : 0;
  return G_LIKELY (id != 0) ? id : item_id_read (self, i, which);
}

/* xc_lexicon_verbs_related () of two items' words (@which: ID_MEASURE or ID_EVENT),
 * kept per pair of words. */
static gboolean
words_related (XcAligner *self, const XcItem *x, const XcItem *y, guint which)
{
  guint64 key = xc_pair_key (item_id (self, x, which), item_id (self, y, which));
  guint8 hit;
  if (xc_pair_memo_get (&self->fact_verbs, key, &hit))
    return hit - 1u;
  const XcClaim *a = x->claim, *b = y->claim;
  gboolean r = which == ID_EVENT ? xc_lexicon_verbs_related (a->about_event, b->about_event)
                                 : xc_lexicon_verbs_related (a->about_measure, b->about_measure);
  xc_pair_memo_put (&self->fact_verbs, key, (guint8) (r + 1u));
  return r;
}

static gboolean measure_named_same (XcAligner *self, const XcItem *x, const XcItem *y);
static gboolean about_named_same (XcAligner *self, const XcItem *x, const XcItem *y);

/* Two figures whose clauses name one owner ("Klitschko's record", "Klitschko (52-3)"):
 * what they belong to is known, and other names near them do not make them two facts. */
static gboolean
same_owner (const XcClaim *a, const XcClaim *b)
{
  return a->about_who != NULL && b->about_who != NULL && g_ascii_strncasecmp (a->about_who, b->about_who, 4) == 0
         && strlen (a->about_who) >= 4;
}
static gboolean who_clash (const XcClaim *a, const XcClaim *b);

/* Whether two counts may count one thing: a model both name, or nouns WordNet relates. */
static gboolean
counts_compatible (XcAligner *self, const XcItem *x, const XcItem *y, gboolean *kind_only)
{
  *kind_only = FALSE;
  if (same_model (self, x, y))
    return TRUE;
  /* the nouns' answer is asked for every pair of a block: kept per pair of nouns (the
   * run pools its strings, so one noun is one pointer) */
  guint64 key = xc_pair_key (item_id (self, x, ID_UNIT), item_id (self, y, ID_UNIT));
  guint8 hit;
  if (xc_pair_memo_get (&self->fact_compat, key, &hit))
    {
      guint r = hit - 1u;
      *kind_only = (r & 2) != 0;
      return (r & 1) != 0;
    }
  gboolean ok = count_nouns_compatible (x->claim->unit, y->claim->unit, kind_only);
  xc_pair_memo_put (&self->fact_compat, key, (guint8) ((ok ? 1u : 0u) + (*kind_only ? 2u : 0u) + 1u));
  return ok;
}

/* A count that names nothing counted ("23 were captured"). */
static gboolean
bare_count (const XcItem *x)
{
  return x->claim->kind == XC_KIND_COUNT && (x->claim->unit == NULL || x->claim->unit[0] == '\0');
}

static gboolean
generic_count_read (const XcItem *x)
{
  if (x->claim->kind != XC_KIND_COUNT)
    return FALSE;
  if (x->claim->unit == NULL || x->claim->unit[0] == '\0')
    return TRUE;
  return g_strv_contains (generic_count_nouns, x->claim->unit);
}

/* What marks a part of what a count counts, read from the count's own text after its
 * first word: a proper adjective ("11 Yemeni pirates", "five Indian vessels") and a
 * model designation ("seven AK-47 rifles", "12 AK 47 guns", "seven AK-47s": all
 * capitals or digits, the pieces joined without punctuation: "AK47"). */
typedef struct {
  char     proper[32];
  char     model[32];
  gboolean increment;   /* "19 more seats", "300 additional troops": an amount added
                           to another, not a total */
  gboolean other;       /* "five other young men": besides those already named, so a
                           count without "other" may hold more ("a group of six") */
  gboolean joined;      /* "some 420 passengers and crew": the count of a union, not of
                           its first noun ("246 passengers") */
  gboolean apposed;     /* "the three workers, two men and a woman, died": a part of the
                           count before it, set off in apposition (count_apposed ()) */
  gboolean running;     /* a duration still running (running_span ()) */
  gboolean generic;     /* a count of a noun that says little (generic_count_read ()) */
  guint    klass;       /* 1...: items with equal proper, model, increment, other and
                           joined share it (what modifiers_match () and modifiers_differ ()
                           read), so most pairs are answered without reading the marks */
} CountMarks;

/* after the number: "19 more seats", "300 additional troops" ("another 20,000" and "a
 * further 20,000" before it count a crowd of their own, elsewhere: not increments) */
static const char * const increment_words[] = {
  "more", "additional", "extra", NULL,
};

static gboolean
model_piece (const char *w, gsize n)
{
  gboolean digit = FALSE, lower = FALSE;
  for (gsize i = 0; i < n; i++)
    {
      digit |= g_ascii_isdigit (w[i]);
      lower |= g_ascii_islower (w[i]);
    }
  return digit ? !lower || n > 1 : (!lower && n >= 2);
}

/* The counted noun itself written in capitals: an abbreviation ("46 KOs", "12 MPs"),
 * or a common word of a line set in capitals ("THREE PEOPLE HAVE DIED": WordNet knows
 * "people" and writes no sense of it as a name), not a proper adjective or a model
 * naming a part. */
static gboolean
abbreviated_unit (const XcClaim *c, const char *w, gsize n)
{
  gsize k = 0;
  while (k < n && g_ascii_isupper (w[k]))
    k++;
  if (k < 2 || c->unit == NULL)
    return FALSE;
  if (k == n && xc_lexicon_common_word (w, n))
    return TRUE;
  if (strlen (c->unit) != k || g_ascii_strncasecmp (w, c->unit, k) != 0)
    return FALSE;
  return k == n || (w[k] == 's' && k + 1 == n) || (w[k] == '\'' && k + 2 == n && w[k + 1] == 's');
}

/* Whether a duration measures a span still running when the report was written: "the
 * past eight days", "the last three weeks", "five days of rioting", "a sixth straight
 * day". Reports written on other days give other values of it, rightly. */
static gboolean
running_span (const XcClaim *c)
{
  if (c->kind != XC_KIND_DURATION || c->text == NULL)
    return FALSE;
  static const char * const running_words[] = { "past", "last", "straight", "consecutive", "running", NULL };
  for (const char *p = c->text; *p; p++)
    if ((p == c->text || !g_ascii_isalpha (p[-1])))
      {
        const char *e = p;
        while (g_ascii_isalpha (*e))
          e++;
        if (e > p && xc_word_in (p, 0, (gsize) (e - p), running_words))
          return TRUE;
      }
  const char *at = xc_claim_in_sentence (c);
  if (at == NULL)
    return FALSE;
  const char *after = at + strlen (c->text);
  return g_ascii_strncasecmp (after, " of ", 4) == 0 && g_ascii_isalpha (after[4]) && g_ascii_islower (after[4]);
}

/* Words after "and" that start a phrase of its own, not a second noun of the count. */
static const char * const joined_not[] = {
  "a", "an", "the", "his", "her", "their", "its", "our", "some", "other", "another", "then", "that",
  "which", "who", "were", "was", "are", "is", "had", "have", "has", "will", "would", "said", NULL,
};

/* Whether the count's noun is the first of two joined ones: "420 passengers and
 * crew", "12 soldiers and police" (not "12 Somalis and 11 Yemenis", "two women and
 * a man", "300 people and injured 40"). Read in the claim's sentence. */
static gboolean
count_joined (const XcClaim *c)
{
  const char *at = xc_claim_in_sentence (c);
  if (at == NULL)
    return FALSE;
  const char *p = at + strlen (c->text);
  while (*p == ' ')
    p++;
  if (!(g_ascii_strncasecmp (p, "and ", 4) == 0 || g_ascii_strncasecmp (p, "or ", 3) == 0))
    return FALSE;
  p += p[0] == 'a' || p[0] == 'A' ? 4 : 3;
  while (*p == ' ')
    p++;
  const char *w = p;
  while (g_ascii_isalpha (*p))
    p++;
  gsize n = (gsize) (p - w);
  if (n < 3 || g_ascii_isupper (*w) || xc_word_in (w, 0, n, joined_not))
    return FALSE;
  /* another count follows: "two women and one man", "14 vessels and more than 300 crew" */
  const char *q = w;
  for (int k = 0; k < 4 && *q; k++)
    {
      while (*q == ' ')
        q++;
      const char *qe = q;
      while (g_ascii_isalnum (*qe) || *qe == ',' || *qe == '.')
        qe++;
      XcNumber num;
      if (qe > q && (g_ascii_isdigit (*q) || xc_number_parse (q, (gssize) (qe - q), &num)))
        return FALSE;
      if (qe == q)
        break;
      q = qe;
    }
  /* a noun, not a verb of its own: "and crew", "and police"; not "and injured" */
  guint pos = xc_lexicon_pos_mask (w, n);
  return (pos & XC_POS_NOUN) && !(g_ascii_strncasecmp (p - 2, "ed", 2) == 0 && (pos & XC_POS_VERB));
}

/* Whether the text ending at @end (after @start) ends a counted noun phrase: a number
 * (digits or a word, not "a") followed by at most three lower-case words ("three
 * workers", "the 12 bank employees"). */
static gboolean
ends_count_phrase (const char *start, const char *end)
{
  const char *p = end;
  for (guint words = 0; words <= 3; words++)
    {
      while (p > start && p[-1] == ' ')
        p--;
      const char *we = p;
      while (p > start && (g_ascii_isalnum (p[-1]) || p[-1] == '-' || p[-1] == ','))
        p--;
      if (p == we)
        return FALSE;
      XcNumber num;   /* "a" is no count here: "a government building, four shops and two banks" */
      if (g_ascii_isdigit (*p) || (we - p > 2 && xc_number_parse (p, (gssize) (we - p), &num)))
        return words > 0;
      if (!g_ascii_islower (*p))
        return FALSE;
    }
  return FALSE;
}

/* A count set off in apposition to the count before it, which it breaks down: "the
 * three workers, two men and a woman, died", "four crew, one of them the captain";
 * also when it is the second of two joined parts ("..., a man and two women"). */
static gboolean
count_apposed (const XcClaim *c)
{
  const char *at = xc_claim_in_sentence (c);
  if (at == NULL || c->sentence == NULL)
    return FALSE;
  const char *s = c->sentence, *p = at;
  while (p > s && p[-1] == ' ')
    p--;
  /* "a man and [two women]": step over the first part and its "and" */
  if (p - s >= 4 && g_ascii_strncasecmp (p - 4, " and", 4) == 0)
    {
      p -= 4;
      const char *q = p;
      for (guint words = 0; words < 3 && q > s && q[-1] != ','; words++)
        {
          while (q > s && q[-1] == ' ')
            q--;
          while (q > s && g_ascii_isalpha (q[-1]))
            q--;
        }
      while (q > s && q[-1] == ' ')
        q--;
      p = q;
    }
  if (p == s || p[-1] != ',' || !ends_count_phrase (s, p - 1))
    return FALSE;
  /* closed by a comma that gives the sentence back to its verb ("..., died when"), not
   * one more item of a list ("eight pistols, two other rifles and a crate of ...") */
  const char *q = at + strlen (c->text);
  for (guint words = 0; words < 5 && *q && *q != ','; words++)
    {
      while (*q == ' ')
        q++;
      while (g_ascii_isalnum (*q) || *q == '-' || *q == '\'')
        q++;
    }
  if (*q != ',')
    return FALSE;
  q++;
  while (*q == ' ')
    q++;
  const char *w = q;
  while (g_ascii_isalpha (*q))
    q++;
  static const char * const list_words[] = { "and", "or", "but", "plus", "then", NULL };
  return q > w && !xc_word_in (w, 0, (gsize) (q - w), list_words) && (xc_lexicon_pos_mask (w, (gsize) (q - w)) & XC_POS_VERB);
}

static void
count_marks (const XcClaim *c, CountMarks *m)
{
  m->proper[0] = m->model[0] = '\0';
  m->increment = m->other = FALSE;
  m->running = running_span (c);
  m->joined = m->apposed = FALSE;
  const char *t = c->text;
  if (t == NULL || c->kind != XC_KIND_COUNT)
    return;
  m->joined = count_joined (c);
  m->apposed = count_apposed (c);
  gboolean first = TRUE, in_model = FALSE;
  for (const char *p = t; *p;)
    {
      while (*p && !g_ascii_isalnum (*p))
        p++;
      const char *w = p;
      while (*p && (g_ascii_isalnum (*p) || *p == '-' || *p == '\''))
        p++;
      gsize n = (gsize) (p - w);
      if (n == 0)
        break;
      /* "more than 300" is a hedge, "19 more seats" an increment */
      if (xc_word_in (w, 0, n, increment_words)
          && !(n == 4 && g_ascii_strncasecmp (w, "more", 4) == 0 && g_ascii_strncasecmp (p, " than", 5) == 0))
        m->increment = TRUE;
      if (n == 5 && g_ascii_strncasecmp (w, "other", 5) == 0)
        m->other = TRUE;
      /* "121 RBI": the counted noun in capitals is no model ("121 RBIs" names none) */
      if (!first && model_piece (w, n) && (in_model || g_ascii_isalpha (*w)) && !abbreviated_unit (c, w, n))
        {
          for (gsize i = 0; i < n; i++)
            if (g_ascii_isalnum (w[i]) && strlen (m->model) + 1 < sizeof m->model)
              {
                char ch[2] = { g_ascii_toupper (w[i]), 0 };
                g_strlcat (m->model, ch, sizeof m->model);
              }
          /* "AK-47s": a plural s after the digits is not part of the name */
          gsize ml = strlen (m->model);
          if (ml > 2 && m->model[ml - 1] == 'S' && g_ascii_isdigit (m->model[ml - 2]))
            m->model[ml - 1] = '\0';
          in_model = TRUE;
        }
      else
        {
          in_model = FALSE;
          if (!first && m->proper[0] == '\0' && g_ascii_isupper (*w) && n < sizeof m->proper
              && !abbreviated_unit (c, w, n))
            {
              memcpy (m->proper, w, n);
              m->proper[n] = '\0';
            }
        }
      first = FALSE;
    }
}

/* The class of marks @m carries (CountMarks.klass), numbered on first sight. */
static guint
marks_class (XcAligner *self, const CountMarks *m)
{
  if (self->fact_mark_classes == NULL)
    self->fact_mark_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%d%d%d%d", m->proper, m->model, m->increment != 0,
                                          m->other != 0, m->joined != 0, m->apposed != 0);
  guint k = GPOINTER_TO_UINT (g_hash_table_lookup (self->fact_mark_classes, key));
  if (k == 0)
    {
      k = g_hash_table_size (self->fact_mark_classes) + 1;
      g_hash_table_insert (self->fact_mark_classes, g_steal_pointer (&key), GUINT_TO_POINTER (k));
    }
  return k;
}

static G_GNUC_NO_INLINE const CountMarks *
marks_read (XcAligner *self, guint i)
{
  guint n = self->items->len;
  if (self->fact_marks == NULL)
    {
      self->fact_marks = g_new0 (CountMarks, MAX (1, n));
      self->fact_marks_read = g_new0 (guint8, MAX (1, n));
    }
  CountMarks *m = &((CountMarks *) self->fact_marks)[i];
  if (!self->fact_marks_read[i])
    {
      count_marks (xc_align_item (self, i)->claim, m);
      m->klass = marks_class (self, m);
      m->generic = generic_count_read (xc_align_item (self, i));
      self->fact_marks_read[i] = 1;
    }
  return m;
}

/* The marks of an item's count, read once per item and kept by the aligner: pairing
 * asks about each item once per other item. */
static inline const CountMarks *
marks_of (XcAligner *self, const XcItem *x)
{
  guint i = (guint) (x - &g_array_index (self->items, XcItem, 0));
  if (G_LIKELY (self->fact_marks_read != NULL && self->fact_marks_read[i]))
    return &((const CountMarks *) self->fact_marks)[i];
  return marks_read (self, i);
}

/* A count of a noun that says little, or of none: read once per item. */
static inline gboolean
generic_count (XcAligner *self, const XcItem *x)
{
  return x->claim->kind == XC_KIND_COUNT && marks_of (self, x)->generic;
}

/* Two proper adjectives name one people or place when one begins the other ("Somali",
 * "Somalis"); empty matches only empty. */
static gboolean
same_proper (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  if (la == 0 || lb == 0)
    return la == lb;
  /* "KOs", "KO's" and "KOs": short, but the same (a plural ending set aside) */
  gsize sa = la, sb = lb;
  if (sa > 2 && a[sa - 1] == 's')
    sa -= a[sa - 2] == '\'' ? 2 : 1;
  if (sb > 2 && b[sb - 1] == 's')
    sb -= b[sb - 2] == '\'' ? 2 : 1;
  if (sa == sb && g_ascii_strncasecmp (a, b, sa) == 0)
    return TRUE;
  return g_ascii_strncasecmp (a, b, MIN (la, lb)) == 0 && MIN (la, lb) >= 4;
}

/* Whether two counts name the same part of what they count: the same proper adjective
 * or none on both sides ("two Yemeni fishing boats" is not "two boats"), the same
 * model or none ("seven AK-47s" is "7 AK-47 rifles"; "three other rifles" is not),
 * both amounts or both increments ("19 more seats" is not "61 seats"), and "other" on
 * both sides or neither ("five other young men" and "a group of six" may both be right). */
static gboolean
modifiers_match (XcAligner *self, const XcItem *x, const XcItem *y)
{
  const CountMarks *a = marks_of (self, x), *b = marks_of (self, y);
  if (a->klass == b->klass)
    return TRUE;
  return same_proper (a->proper, b->proper) && g_strcmp0 (a->model, b->model) == 0
         && a->increment == b->increment && a->other == b->other && a->joined == b->joined
         && a->apposed == b->apposed;
}

/* Whether two agreeing counts name two parts for certain: both say which, and not
 * the same ("12 Somalis" and "12 Yemenis"; "seven AK-47s" and "seven M16s"). One
 * saying it and the other not ("23 Somali pirates", "23 pirates") may be one fact. */
static gboolean
modifiers_differ (XcAligner *self, const XcItem *x, const XcItem *y)
{
  const CountMarks *a = marks_of (self, x), *b = marks_of (self, y);
  if (a->klass == b->klass)
    return FALSE;
  return (a->proper[0] && b->proper[0] && !same_proper (a->proper, b->proper))
         || (a->model[0] && b->model[0] && g_strcmp0 (a->model, b->model) != 0)
         || a->increment != b->increment;
}

/* Whether one of two counts is of a model the other names ("seven AK-47s" counts
 * "AK-47"; "seven AK-47 rifles" counts rifles of that model). */
static gboolean
same_model (XcAligner *self, const XcItem *x, const XcItem *y)
{
  const CountMarks *a = marks_of (self, x), *b = marks_of (self, y);
  return a->model[0] && (a->klass == b->klass || g_strcmp0 (a->model, b->model) == 0);
}

/* A relative date written alike in two documents ("today" and "today") whose values
 * differ: each names its own day of writing, so the sources tell of two days. */
static gboolean
same_deictic (const XcItem *x, const XcItem *y)
{
  return dated (x) && x->claim->text && y->claim->text && g_ascii_strcasecmp (x->claim->text, y->claim->text) == 0
         && strpbrk (x->claim->text, "0123456789") == NULL;
}

/* A date the clause gives to a reporting verb (xc-about.c: "said on Wednesday"; a
 * clause's event is never one otherwise). */
static gboolean
spoken_day (const XcClaim *c)
{
  return c->about_event != NULL && xc_lexicon_reporting_verb (c->about_event);
}

/* What is known of whether two disagreeing figures are about the same thing. */
typedef enum {
  ABOUT_OTHER,   /* something says they are not: other owners, periods, events, verbs, parts */
  ABOUT_UNSURE,  /* counts of nouns of one particular kind ("two other rifles", "three other
                    automatic weapons") with no head word in common, and nothing against them */
  ABOUT_SAME,
} About;

/* Whether what two disagreeing figures are about is known to be the same.
 * Counts: the same counted noun, or nouns WordNet relates; nouns only of one kind
 * ("officers" and "people"), or nouns that say little ("people", "times"), need a head
 * word in common beside the figure; a proper adjective in one and not the other ("11
 * Yemeni pirates" / "23 pirates") counts a part. Dates: the same event, and strong
 * context. Other figures (percent, durations): strong context and a head word in common. */
static About
about_check (XcAligner *self, const XcItem *x, const XcItem *y, double sim, gboolean kind_only,
             gboolean linking, const XcAlignParams *p)
{
  /* the figures of two people ("Rahman's 36 knockouts", "Bowe, 33 knockouts"), or of
   * two periods ("4-2-1 since that win", "10-5-2 since beating Lewis", "52-3") */
  if (who_clash (x->claim, y->claim) || g_strcmp0 (x->claim->about_since, y->claim->about_since) != 0)
    return ABOUT_OTHER;
  /* a time of day or a rank dates or orders one happening: "the crowd dispersed around
   * 8:30" is not "the march began at 10:30"; "knocked down in the sixth" is not
   * "stopped in the third" */
  if (x->claim->kind == XC_KIND_TIME || x->claim->kind == XC_KIND_ORDINAL)
    {
      const char *ex = x->claim->about_event, *ey = y->claim->about_event;
      return (ex && ey && words_related (self, x, y, ID_EVENT)) || sim >= p->conflict ? ABOUT_SAME : ABOUT_OTHER;
    }
  if (dated (x))
    {
      /* one named event ("killed on Sunday", "shot dead on Saturday night"), or the verb
       * the clauses tell of, the same or related ("sunk a trawler on November 19",
       * "sank it on November 18"), is what the dates are about: their best match in
       * each other's report is enough; without it, only strong context */
      /* the day a source spoke ("the police said on Wednesday") is not the day of what
       * it tells ("the fire on Tuesday"); two such days may still be one statement */
      if (spoken_day (x->claim) != spoken_day (y->claim))
        return ABOUT_OTHER;
      gboolean one_event = about_named_same (self, x, y);
      /* days of the month with no year that differ (judged as a conflict) need the
       * event itself in common, not only context */
      if (!(x->judged && y->judged) && !one_event)
        {
          guint mx = calendar_of (self, x) / 8, my = calendar_of (self, y) / 8;
          if (mx && my && mx != my)
            return ABOUT_OTHER;
        }
      return (one_event || x->event == 0 || y->event == 0)
             && sim >= (one_event ? p->fact_conflict : p->conflict) && !same_deictic (x, y) ? ABOUT_SAME : ABOUT_OTHER;
    }
  /* a year's figure and a month's ("will average 7.4% in 2030", "reached 7.2% in May
   * 2030") are figures of two periods, though one holds the other */
  if (x->claim->scope && y->claim->scope && g_strcmp0 (x->claim->scope, y->claim->scope) != 0)
    return ABOUT_OTHER;
  /* spans still running ("the past eight days", "four days of riots") in reports of
   * other days: other values of a figure that moves, not a disagreement */
  if (marks_of (self, x)->running || marks_of (self, y)->running)
    return ABOUT_OTHER;
  if (x->claim->kind == XC_KIND_PERCENT || x->claim->kind == XC_KIND_DURATION)
    return xc_align_heads_shared (self, x, y) || sim >= p->conflict ? ABOUT_SAME : ABOUT_OTHER;
  if (x->claim->kind == XC_KIND_COUNT)
    {
      /* the pair that links two groups names the same part; across the groups only
       * parts named differently on both sides keep them apart */
      if (linking ? !modifiers_match (self, x, y) : modifiers_differ (self, x, y))
        return ABOUT_OTHER;
      if (count_verbs_clash (self, x, y))
        return ABOUT_OTHER;
      if (count_verb (x) && count_verb (y))
        return ABOUT_SAME;   /* related verbs: "killing 12" and "14 were killed" */
      gboolean generic = generic_count (self, x) || generic_count (self, y);
      if ((kind_only || generic) && !xc_align_heads_shared (self, x, y) && !verb_meets_event (x, y)
          && !verb_meets_event (y, x))
        return generic ? ABOUT_OTHER : ABOUT_UNSURE;
    }
  return ABOUT_SAME;
}

static gboolean
about_same (XcAligner *self, const XcItem *x, const XcItem *y, double sim, gboolean kind_only,
            gboolean linking, const XcAlignParams *p)
{
  return about_check (self, x, y, sim, kind_only, linking, p) == ABOUT_SAME;
}

/* Measures that name no particular thing: a count's default nouns and the words any
 * amount may be said to measure. */
static const char * const vague_measures[] = {
  "amount", "number", "person", "people", "man", "woman", "time", "value", "figure", "total",
  "other", "member", NULL,
};

/* Whether two claims say they measure one named thing: the same measure, or measures
 * WordNet relates ("injure"/"wound", "saving"/"savings"), neither of them vague. This is
 * what a figure is about, read from its clause; it stands in for context words, which
 * differ between outlets that tell one fact in their own words. */
static gboolean measures_related (const char *a, const char *b);

/* The pooled string's id in the aligner's table (xc_pair_key ()), given on first sight. */
static guint
string_id (XcAligner *self, const char *s)
{
  if (self->fact_units == NULL)
    self->fact_units = g_hash_table_new (NULL, NULL);
  gpointer v = g_hash_table_lookup (self->fact_units, s);
  if (v == NULL)
    {
      v = GUINT_TO_POINTER (g_hash_table_size (self->fact_units) + 1);
      g_hash_table_insert (self->fact_units, (gpointer) s, v);
    }
  return GPOINTER_TO_UINT (v);
}

static gboolean
measure_named_same (XcAligner *self, const XcItem *x, const XcItem *y)
{
  const char *a = x->claim->about_measure, *b = y->claim->about_measure;
  if (a == NULL || b == NULL)
    return FALSE;
  /* asked for every pair of a block: kept per pair of measures (pooled strings) */
  guint64 key = xc_pair_key (item_id (self, x, ID_MEASURE), item_id (self, y, ID_MEASURE));
  guint8 hit;
  if (xc_pair_memo_get (&self->fact_measures, key, &hit))
    return hit - 1u;
  gboolean r = measures_related (a, b);
  xc_pair_memo_put (&self->fact_measures, key, (guint8) (r + 1u));
  return r;
}

static gboolean
measures_related (const char *a, const char *b)
{
  if (a == NULL || b == NULL || a[0] == '\0' || b[0] == '\0'
      || g_strv_contains (vague_measures, a) || g_strv_contains (vague_measures, b))
    return FALSE;
  if (g_str_equal (a, b) || xc_lexicon_nouns_related (a, b) || xc_lexicon_verbs_related (a, b))
    return TRUE;
  /* a verb and the noun of its act or result: "save" and "saving", "injure" and
   * "injured", "arrest" and "arrests" */
  char va[64], vb[64];
  return xc_lexicon_lemma (a, strlen (a), XC_POS_VERB, va, sizeof va)
         && xc_lexicon_lemma (b, strlen (b), XC_POS_VERB, vb, sizeof vb) && g_str_equal (va, vb);
}

/* Whether two figures' clauses say what they are about alike: the same named measure,
 * or for dates the same event ("killed on Sunday", "the killing on Saturday night"). */
static gboolean
about_named_same (XcAligner *self, const XcItem *x, const XcItem *y)
{
  if (dated (x))
    {
      const char *ex = x->claim->about_event, *ey = y->claim->about_event;
      return (x->event != 0 && x->event == y->event) || (ex && ey && words_related (self, x, y, ID_EVENT));
    }
  return measure_named_same (self, x, y);
}

/* Two claims whose clauses name their owners, and not the same one (first four letters:
 * "Russia" is "Russian"), neither named in the other's sentence. */
static gboolean
sentence_names (const char *sentence, const char *name)
{
  gsize n = MIN (strlen (name), 4);
  for (const char *p = sentence; p && *p; p++)
    if ((p == sentence || !g_ascii_isalnum (p[-1])) && g_ascii_strncasecmp (p, name, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
who_clash (const XcClaim *a, const XcClaim *b)
{
  if (a->about_who == NULL || b->about_who == NULL || g_ascii_strncasecmp (a->about_who, b->about_who, 4) == 0)
    return FALSE;
  /* each owner is absent from the other's sentence: "Rahman (36 KOs)" / "Bowe (33 KOs)";
   * "Lumeria's Green Alliance" and "the Alliance" name one owner */
  return !sentence_names (b->sentence, a->about_who) && !sentence_names (a->sentence, b->about_who);
}

/* Whether two values are within XcAlignParams.fact_ratio of each other: a best match
 * on little context is one fact told twice only with values of one size ("130 pounds",
 * "135 pounds"), not "$10.6 million" and "$240 billion". Dates are told apart by events. */
static gboolean
same_magnitude (const XcItem *x, const XcItem *y, const XcAlignParams *p)
{
  if (dated (x))
    return TRUE;
  double a = MAX (fabs (x->iv.lo), fabs (x->iv.hi)), b = MAX (fabs (y->iv.lo), fabs (y->iv.hi));
  if (!isfinite (a) || !isfinite (b))
    a = fabs (x->claim->value), b = fabs (y->claim->value);
  return MIN (a, b) > 0 && MAX (a, b) <= p->fact_ratio * MIN (a, b);
}

/* Whether two amounts restate, in other money, figures that agree ("110 billion euros
 * ($141 billion)", "110 billion euros ($158 billion)"): one fact converted twice. */
static gboolean
conversions_of_one (XcAligner *self, const XcItem *x, const XcItem *y)
{
  return x->conv_of >= 0 && y->conv_of >= 0
         && values_agree (self, xc_align_item (self, (guint) x->conv_of), xc_align_item (self, (guint) y->conv_of));
}

static gboolean
same_specific_thing (XcAligner *self, const XcItem *x, const XcItem *y, gboolean kind_only)
{
  return x->claim->kind == XC_KIND_COUNT && !kind_only && !generic_count (self, x) && !generic_count (self, y);
}

static int
cmp_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : (x > y);
}

/* Whether pair @a comes before pair @b: agreement is settled before any conflict, then
 * the higher score, then by place. No two pairs are equal (each pair of places once),
 * so the order is total and any sort gives the same one. */
static inline gboolean
fact_pair_before (const FactPair *a, const FactPair *b)
{
  if (a->agree != b->agree)
    return a->agree;
  if (a->sim != b->sim)
    return a->sim > b->sim;
  if (a->a != b->a)
    return a->a < b->a;
  return a->b < b->b;
}

/* Sorts @n pairs (fact_pair_before ()): a merge sort with the comparison inlined, a
 * block holding hundreds of thousands of pairs. */
static void
fact_pairs_sort (FactPair *v, gsize n)
{
  if (n < 2)
    return;
  g_autofree FactPair *tmp = g_new (FactPair, n);
  /* runs of 16 by insertion, then merges of runs doubling in length */
  const gsize run = 16;
  for (gsize lo = 0; lo < n; lo += run)
    {
      gsize hi = MIN (n, lo + run);
      for (gsize i = lo + 1; i < hi; i++)
        {
          FactPair x = v[i];
          gsize j = i;
          for (; j > lo && fact_pair_before (&x, &v[j - 1]); j--)
            v[j] = v[j - 1];
          v[j] = x;
        }
    }
  FactPair *src = v, *dst = tmp;
  for (gsize w = run; w < n; w *= 2)
    {
      for (gsize lo = 0; lo < n; lo += 2 * w)
        {
          gsize mid = MIN (n, lo + w), hi = MIN (n, lo + 2 * w), i = lo, j = mid, k = lo;
          while (i < mid && j < hi)
            dst[k++] = fact_pair_before (&src[j], &src[i]) ? src[j++] : src[i++];
          while (i < mid)
            dst[k++] = src[i++];
          while (j < hi)
            dst[k++] = src[j++];
        }
      FactPair *t = src;
      src = dst;
      dst = t;
    }
  if (src != v)
    memcpy (v, src, n * sizeof *v);
}

/* fact_merge_ok ()'s answer when it refuses, said under XC_DEBUG_ALIGN. */
static gboolean
merge_refused (const XcItem *x, const XcItem *y, const char *why)
{
  if (xc_align_debug ())
    g_printerr ("fact merge check: %s%s%s%s%s\n", why, x ? " at " : "", x ? x->claim->text : "", x ? " ~ " : "",
                y ? y->claim->text : "");
  return FALSE;
}

/* What one member of a group met in the other group when the two would merge. */
typedef struct {
  gboolean named;    /* a disagreeing member with one owner or a name in common, and no clash */
  gboolean clash;    /* a disagreeing member whose names clash with its */
  gboolean near;     /* a disagreeing member it is about the same thing as */
  gboolean far;      /* a disagreeing member it has no head word in common with (weak) */
  double   closest;  /* its highest similarity with a disagreeing member */
} MergeSide;

/* Whether half the members of a side (at least one) met only clashing names
 * (@names), or only members with no head word in common. */
static gboolean
merge_side_lost (const MergeSide *side, guint n, gboolean names)
{
  guint lost = 0;
  for (guint i = 0; i < n; i++)
    lost += names ? side[i].clash && !side[i].named : side[i].far && !side[i].near;
  return lost > 0 && 2 * lost >= n;
}

/* Whether the groups rooted at @ra and @rb may become one: a document states a fact
 * once (two of its figures join only when they agree), an old value never stands on
 * a side of a disagreement, nothing is against any two disagreeing members (owners,
 * periods, events, verbs, parts), and names and head words, weighed over the
 * groups, do not keep the smaller one apart (docs/design-compare.md, "Groups"). */
static gboolean
fact_merge_ok (XcAligner *self, GArray *idx, GPtrArray *members, guint ra, guint rb,
               const XcAlignParams *p)
{
  GArray *ma = members->pdata[ra], *mb = members->pdata[rb];
  if ((gsize) ma->len * mb->len > p->cross_check_cap)
    return merge_refused (NULL, NULL, "too many pairs");
  /* what each member of the two groups met across: sa[i] for ma's, sb[j] for mb's */
  g_autofree MergeSide *sa = g_new0 (MergeSide, ma->len), *sb = g_new0 (MergeSide, mb->len);
  gboolean a_small = ma->len <= mb->len, b_small = mb->len <= ma->len;
  guint n_disagree = 0;
  const XcItem *clash_x = NULL, *clash_y = NULL;
  for (guint i = 0; i < ma->len; i++)
    for (guint j = 0; j < mb->len; j++)
      {
        XcItem *x = xc_align_item (self, g_array_index (idx, guint, g_array_index (ma, guint, i)));
        XcItem *y = xc_align_item (self, g_array_index (idx, guint, g_array_index (mb, guint, j)));
        gboolean agree = values_agree (self, x, y);
        if (x->doc == y->doc && (!agree || xc_items_same_sentence (x, y)))
          return merge_refused (x, y, "one document twice");
        if (x->claim->about_total != y->claim->about_total || day_and_period (self, x, y))
          return merge_refused (x, y, "total or period");
        /* the pair that links the groups matched in full (fact_block); across the rest
         * only parts named differently on both sides keep two groups apart */
        if (x->claim->kind == XC_KIND_COUNT && modifiers_differ (self, x, y))
          return merge_refused (x, y, "modifiers differ");
        if (agree)
          continue;
        /* no conflict by chaining: every two disagreeing members must have nothing
         * against them, and be alike on their own, not only through members between */
        gboolean kind_only = FALSE;
        if (x->claim->kind == XC_KIND_COUNT
            && !counts_compatible (self, x, y, &kind_only))
          return merge_refused (x, y, "counted nouns");
        /* the same specific thing counted ("boats", "rifles"): the noun is the evidence,
         * and only names right beside the figures tell two of them apart */
        gboolean same_thing = same_specific_thing (self, x, y, kind_only) || measure_named_same (self, x, y)
                              || conversions_of_one (self, x, y);
        if (x->claim->previous || y->claim->previous)
          return merge_refused (x, y, "previous");
        /* names, weighed over the groups (below): agreeing members state one fact, and
         * one that names less around its figure ("the Ukrainian-born fighter") does not
         * make the fact another; a member that names no one near its figure vouches for
         * nothing */
        guint window = same_thing ? p->name_window_agree : p->name_window;
        if (same_owner (x->claim, y->claim))
          sa[i].named = sb[j].named = TRUE;
        else if ((about_named_same (self, x, y) ? xc_items_names_clash_in_story : xc_items_names_clash) (self, x, y, window))
          {
            sa[i].clash = sb[j].clash = TRUE;
            clash_x = x, clash_y = y;
          }
        else if (xc_items_share_a_name (x, y, window))
          sa[i].named = sb[j].named = TRUE;
        if (x->event != 0 && y->event != 0 && xc_events_clash (x->event, x->events, y->event, y->events))
          return merge_refused (x, y, "events clash");
        double sim = xc_align_pair_score (self, x, y, p, NULL, NULL, NULL);
        About about = about_check (self, x, y, sim, kind_only, FALSE, p);
        if (about == ABOUT_OTHER)
          return merge_refused (x, y, "not about the same");
        if (about == ABOUT_UNSURE)
          {
            /* no head word in common: weak evidence, weighed like names over the groups */
            sa[i].far = sb[j].far = TRUE;
            continue;
          }
        sa[i].near = sb[j].near = TRUE;
        if (same_thing)
          continue;
        n_disagree++;
        /* each member of the smaller group, its closest disagreeing member in the other */
        if (a_small)
          sa[i].closest = MAX (sa[i].closest, sim);
        else
          sb[j].closest = MAX (sb[j].closest, sim);
      }
  /* the smaller group stays apart when half its members clash by names with every
   * disagreeing member of the other, or lack a head word in common with every one */
  if ((a_small && merge_side_lost (sa, ma->len, FALSE)) || (b_small && merge_side_lost (sb, mb->len, FALSE)))
    return merge_refused (NULL, NULL, "not about the same (half a group)");
  if ((a_small && merge_side_lost (sa, ma->len, TRUE)) || (b_small && merge_side_lost (sb, mb->len, TRUE)))
    return merge_refused (clash_x, clash_y, "names clash (half a group)");
  /* ... and alike on the whole: each member of the smaller group close to its closest
   * disagreeing member of the other, on average */
  if (n_disagree == 0)
    return TRUE;
  const MergeSide *small = a_small ? sa : sb;
  double sum = 0;
  guint n = 0;
  for (guint i = 0; i < (a_small ? ma->len : mb->len); i++)
    if (small[i].closest > 0)
      sum += small[i].closest, n++;
  if (n > 0 && sum / n >= p->fact_conflict)
    return TRUE;
  return merge_refused (NULL, NULL, "not alike on the whole");
}

/* Aligns one block as facts: every pair of claims from two documents that may state
 * one fact is scored by context; a pair is kept when the context is strong, or when
 * each claim is the other's best match in the other's document (each source states a
 * fact once), and for disagreeing values only then, with what they are about the same.
 * Kept pairs join groups agreement first, one statement per document per group. */
void
xc_align_fact_block (XcAligner *self, GArray *idx, GPtrArray *groups, const XcAlignParams *p)
{
  guint n = idx->len;
  g_autoptr(GHashTable) doc_local = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      XcItem *x = xc_align_item (self, g_array_index (idx, guint, i));
      if (!g_hash_table_contains (doc_local, GUINT_TO_POINTER (x->doc + 1)))
        g_hash_table_insert (doc_local, GUINT_TO_POINTER (x->doc + 1),
                             GUINT_TO_POINTER (g_hash_table_size (doc_local) + 1));
    }
  guint nd = g_hash_table_size (doc_local);
  g_autofree guint *dl = g_new (guint, MAX (1, n));   /* each item's document, numbered in the block */
  for (guint i = 0; i < n; i++)
    dl[i] = GPOINTER_TO_UINT (g_hash_table_lookup (
              doc_local, GUINT_TO_POINTER (xc_align_item (self, g_array_index (idx, guint, i))->doc + 1))) - 1;
  g_autofree guint *best = g_new (guint, (gsize) n * nd);
  g_autofree double *best_sim = g_new (double, (gsize) n * nd);
  g_autofree guint *best_ag = g_new (guint, (gsize) n * nd);
  g_autofree double *best_ag_sim = g_new (double, (gsize) n * nd);
  for (gsize k = 0; k < (gsize) n * nd; k++)
    {
      best[k] = G_MAXUINT;
      best_sim[k] = -1;
      best_ag[k] = G_MAXUINT;
      best_ag_sim[k] = -1;
    }
  /* whether a claim's value is stated in a document (filled once the pairs are known) */
  g_autofree gboolean *stated = g_new0 (gboolean, (gsize) n * nd);
  /* the pairs, in a plain buffer (a block may hold hundreds of thousands) */
  g_autofree FactPair *pair_buf = NULL;
  gsize n_pairs = 0, cap_pairs = 0;
  g_autofree XcItem **items = g_new (XcItem *, MAX (1, n));
  for (guint i = 0; i < n; i++)
    items[i] = xc_align_item (self, g_array_index (idx, guint, i));
  XcAlignDense dense = { 0 };   /* the terms of x, for its dot with every y */
  for (guint i = 0; i < n; i++)
    {
      XcItem *x = items[i];
      guint dx = dl[i];
      xc_align_dense_set (&dense, self, x);
      for (guint j = i + 1; j < n; j++)
        {
          XcItem *y = items[j];
          if (x->doc == y->doc)
            continue;
          const char *why = NULL;
          gboolean agree = values_agree (self, x, y);
          /* two judged figures that disagree with less context than any kept disagreement
           * needs (XcAlignParams.fact_floor), and no bonus to lift them (only a shared
           * period could): never kept, and never a closest match that a kept pair would
           * have to beat, so not weighed at all (most pairs of a large block) */
          double dot = xc_align_dense_dot (&dense, y);
          if (!agree && dot < p->fact_floor && x->judged && y->judged
              && (x->claim->scope == NULL || y->claim->scope == NULL) && !xc_align_debug ())
            continue;
          gboolean kind_only = FALSE;
          double ctx = 0;
          gboolean veto = FALSE;
          double sim = 0;
          if (!xc_align_pair_allowed (self, x, y))
            why = "not allowed (sentence, scope, event or measured noun)";
          else if (day_and_period (self, x, y))
            why = "a day with no year and a month or a year";
          /* a total ("a total of 14 rifles so far") is not one occasion's figure ("six
           * rifles were seized from the boat"), agreeing or not */
          else if (x->claim->about_total != y->claim->about_total)
            why = "total and occasion";
          /* agreeing counts: a bare count ("23 were captured") or one that names its
           * part ("23 Somali pirates") may be the fact another states in full */
          else if (x->claim->kind == XC_KIND_COUNT
                   && (agree ? (modifiers_differ (self, x, y)
                                || (!bare_count (x) && !bare_count (y) && !counts_compatible (self, x, y, &kind_only)))
                             : (!counts_compatible (self, x, y, &kind_only) || !modifiers_match (self, x, y))))
            why = "counted nouns or their parts";
          /* a count named by its event ("12 arrested") is of those it befell: another
           * verb ("12 people were injured") counts others, agreeing or not */
          else if (x->claim->kind == XC_KIND_COUNT && (event_count_unit (x->claim->unit) || event_count_unit (y->claim->unit))
                   && count_verbs_clash (self, x, y))
            why = "counted nouns or their parts";
          else
            {
              sim = xc_align_pair_score_sim (self, x, y, p, dot, &ctx, &veto, NULL);
              if (veto || xc_align_other_place_in_copy (x, y, ctx))
                why = "veto or other place in a copy";
              else if (!same_owner (x->claim, y->claim)
                       && (about_named_same (self, x, y) ? xc_items_names_clash_in_story : xc_items_names_clash) (self, x, y, agree || same_specific_thing (self, x, y, kind_only) || conversions_of_one (self, x, y) ? p->name_window_agree
                                                                                             : p->name_window))
                why = "names clash";
            }
          if (why != NULL)
            {
              if (xc_align_debug ())
                g_printerr ("fact skip %s:%u '%s' ~ %s:%u '%s': %s\n", x->claim->file, x->claim->line,
                            x->claim->text, y->claim->file, y->claim->line, y->claim->text, why);
              continue;
            }
          guint dy = dl[j];
          if (n_pairs == cap_pairs)
            {
              cap_pairs = MAX (1024, 2 * cap_pairs);
              pair_buf = g_renew (FactPair, pair_buf, cap_pairs);
            }
          pair_buf[n_pairs++] = (FactPair) { .sim = sim, .ctx = ctx, .a = i, .agree = agree != 0, .b = j,
                                             .kind_only = kind_only != 0 };
          gsize kx = (gsize) i * nd + dy, ky = (gsize) j * nd + dx;
          if (sim > best_sim[kx])
            best_sim[kx] = sim, best[kx] = j;
          if (sim > best_sim[ky])
            best_sim[ky] = sim, best[ky] = i;
          if (agree && sim > best_ag_sim[kx])
            best_ag_sim[kx] = sim, best_ag[kx] = j;
          if (agree && sim > best_ag_sim[ky])
            best_ag_sim[ky] = sim, best_ag[ky] = i;
        }
    }
  xc_align_dense_clear (&dense);
  /* agreeing pairs first: which are kept, and so whether a claim's value is stated in
   * a document by a claim lined up with it (with context): that document then states
   * the fact once, with the same value, and its other figures of the block are other
   * facts */
  g_autofree guint8 *kept_agree = g_new0 (guint8, MAX (1, n_pairs));
  for (guint e = 0; e < n_pairs; e++)
    {
      FactPair *fp = &pair_buf[e];
      if (!fp->agree)
        continue;
      XcItem *x = xc_align_item (self, g_array_index (idx, guint, fp->a));
      XcItem *y = xc_align_item (self, g_array_index (idx, guint, fp->b));
      guint dx = dl[fp->a], dy = dl[fp->b];
      /* agreement first: each is the other's best match among the figures of the other
       * report that agree with it (a closer figure that disagrees, "freed 3 miners"
       * beside "14 miners were trapped", does not take its place) */
      gboolean mutual = best_ag[(gsize) fp->a * nd + dy] == fp->b && best_ag[(gsize) fp->b * nd + dx] == fp->a;
      kept_agree[e] = fp->sim >= p->agree || (mutual && (fp->ctx >= p->fact_floor || measure_named_same (self, x, y)));
      if (kept_agree[e] && x->judged && y->judged && fp->ctx >= p->fact_floor)
        stated[(gsize) fp->a * nd + dy] = stated[(gsize) fp->b * nd + dx] = TRUE;
      if (xc_align_debug () && fp->sim > 0.05)
        g_printerr ("fact %s:%u '%s' ~ %s:%u '%s': sim %.3f agree 1 mutual %d keep %d\n", x->claim->file,
                    x->claim->line, x->claim->text, y->claim->file, y->claim->line, y->claim->text, fp->sim,
                    mutual, kept_agree[e]);
    }
  guint kept = 0;
  for (guint e = 0; e < n_pairs; e++)
    {
      FactPair *fp = &pair_buf[e];
      if (fp->agree)
        {
          if (kept_agree[e])
            pair_buf[kept++] = *fp;
          continue;
        }
      XcItem *x = xc_align_item (self, g_array_index (idx, guint, fp->a));
      XcItem *y = xc_align_item (self, g_array_index (idx, guint, fp->b));
      guint dx = dl[fp->a], dy = dl[fp->b];
      gboolean mutual = best[(gsize) fp->a * nd + dy] == fp->b && best[(gsize) fp->b * nd + dx] == fp->a;
      /* a disagreeing pair: kept only with nothing lacking, the first lack said */
      const char *lack = !mutual ? "not mutual"
                         : stated[(gsize) fp->a * nd + dy] || stated[(gsize) fp->b * nd + dx] ? "value stated there"
                         : fp->ctx < (measure_named_same (self, x, y) ? p->fact_floor : p->fact_conflict) ? "context"
                         : !about_same (self, x, y, fp->sim, fp->kind_only, TRUE, p) ? "not about the same"
                         : !(fp->sim >= p->conflict || same_magnitude (x, y, p)) ? "magnitude"
                         : x->claim->previous || y->claim->previous ? "previous" : NULL;
      if (xc_align_debug () && fp->sim > 0.05)
        {
          /* when not mutual: each side's closest match in the other report */
          guint bx = best[(gsize) fp->a * nd + dy], by = best[(gsize) fp->b * nd + dx];
          g_printerr ("fact %s:%u '%s' ~ %s:%u '%s': sim %.3f agree 0 mutual %d keep %d%s%s%s", x->claim->file,
                      x->claim->line, x->claim->text, y->claim->file, y->claim->line, y->claim->text, fp->sim,
                      mutual, lack == NULL, lack ? " (" : "", lack ? lack : "", lack ? ")" : "");
          if (!mutual)
            g_printerr (" [closest: '%s' %.3f / '%s' %.3f]", bx == G_MAXUINT ? "-" : items[bx]->claim->text,
                        best_sim[(gsize) fp->a * nd + dy], by == G_MAXUINT ? "-" : items[by]->claim->text,
                        best_sim[(gsize) fp->b * nd + dx]);
          g_printerr ("\n");
        }
      if (lack == NULL)
        pair_buf[kept++] = *fp;
    }
  n_pairs = kept;
  fact_pairs_sort (pair_buf, n_pairs);

  g_autofree guint *parent = g_new (guint, MAX (1, n));
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      GArray *m = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (m, i);
      g_ptr_array_add (members, m);
    }
  /* two groups refused stay refused until one of them grows: the refusal is kept with
   * each group's count of growths (ver), and asked again only after one (under
   * XC_DEBUG_ALIGN always asked again, for its account of why) */
  g_autofree guint *ver = g_new0 (guint, MAX (1, n));
  g_autoptr(GHashTable) refused = g_hash_table_new_full (xc_pair_key_hash, xc_pair_key_equal, g_free, g_free);
  for (guint e = 0; e < n_pairs; e++)
    {
      FactPair *fp = &pair_buf[e];
      guint ra = xc_uf_find (parent, fp->a), rb = xc_uf_find (parent, fp->b);
      gboolean ok = ra != rb;
      if (ok)
        {
          /* asked in this order: fact_merge_ok () need not answer alike both ways */
          guint64 key = xc_pair_key (ra, rb);
          guint64 when = xc_pair_key (ver[ra], ver[rb]);
          const guint64 *at = xc_align_debug () ? NULL : g_hash_table_lookup (refused, &key);
          if (at != NULL && *at == when)
            ok = FALSE;
          else if (!fact_merge_ok (self, idx, members, ra, rb, p))
            {
              ok = FALSE;
              g_hash_table_replace (refused, g_memdup2 (&key, sizeof key), g_memdup2 (&when, sizeof when));
            }
        }
      if (!ok)
        {
          if (xc_align_debug () && ra != rb)
            g_printerr ("fact merge refused at %s %u ~ %s %u (%.3f)\n", xc_align_item (self, g_array_index (idx, guint, fp->a))->claim->text, xc_align_item (self, g_array_index (idx, guint, fp->a))->claim->line, xc_align_item (self, g_array_index (idx, guint, fp->b))->claim->text,
                        xc_align_item (self, g_array_index (idx, guint, fp->b))->claim->line, fp->sim);
          continue;
        }
      guint keep = MIN (ra, rb), gone = MAX (ra, rb);
      parent[gone] = keep;
      ver[keep]++;
      GArray *mk = members->pdata[keep], *mg = members->pdata[gone];
      g_array_append_vals (mk, mg->data, mg->len);
      g_array_set_size (mg, 0);
    }
  for (guint i = 0; i < n; i++)
    {
      GArray *m = members->pdata[i];
      if (xc_uf_find (parent, i) != i || m->len == 0)
        continue;
      GArray *g = g_array_sized_new (FALSE, FALSE, sizeof (guint), m->len);
      for (guint k = 0; k < m->len; k++)
        g_array_append_val (g, g_array_index (idx, guint, g_array_index (m, guint, k)));
      g_array_sort (g, cmp_uint);
      for (guint k = 0; k < g->len; k++)
        xc_align_item (self, g_array_index (g, guint, k))->cluster = (gint) groups->len;
      g_ptr_array_add (groups, g);
    }
}
