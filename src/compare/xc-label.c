/* xc-label.c - the label an editor reads for a group, built from what its members are
 * about (XcClaim.about_*, src/extract/xc-about.c): "people injured in Athens",
 * "record — Klitschko", "trade growth, 2023", "date of the shooting".
 *
 *   head        what is counted or measured: the members' most common measure, a noun
 *               as it is ("weight", "rifles"), a verb as its past participle with the
 *               counted noun ("people killed"); for dates and times the event's noun
 *               ("date of the shooting"), else the kind's word ("age", "record")
 *   in WHERE    the place most members that name one name (an age has none)
 *   — WHO       the name most members that name one name
 *   , SCOPE     the period the figures are about
 *
 * Labels only say what a group is: they never decide what is grouped, nor its id
 * (xc-judge.c). A group whose members say no more than their kind gets no label here,
 * and keeps the keyword label.
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-compare-private.h"
#include "xc-inflect-private.h"
#include "xc-lexicon-private.h"

#define XC_LABEL_MAX 60         /* characters an editor takes in at a glance */
#define XC_LABEL_WORD 64
#define XC_LABEL_VERBS 16       /* distinct verbs of a group weighed against each other */
#define EM_DASH "\xe2\x80\x94"

/* ---------- votes ---------- */

typedef struct {
  const char *value;
  guint       count;
  guint       first;            /* the member that first gave it: ties go to the earlier */
} Vote;

static int
cmp_vote (gconstpointer pa, gconstpointer pb)
{
  const Vote *a = pa, *b = pb;
  if (a->count != b->count)
    return a->count > b->count ? -1 : 1;
  return a->first < b->first ? -1 : a->first > b->first;
}

/* Adds member @member's vote for @value (NULL or empty: none) to @votes. */
static void
vote (GArray *votes, const char *value, guint member)
{
  if (value == NULL || value[0] == '\0')
    return;
  for (guint i = 0; i < votes->len; i++)
    {
      Vote *v = &g_array_index (votes, Vote, i);
      if (g_str_equal (v->value, value))
        {
          v->count++;
          return;
        }
    }
  Vote v = { value, 1, member };
  g_array_append_val (votes, v);
}

/* The value with most votes (ties: given first), or NULL when it has fewer than @min. */
static const char *
winner (GArray *votes, guint min)
{
  if (votes->len == 0)
    return NULL;
  g_array_sort (votes, cmp_vote);
  const Vote *v = &g_array_index (votes, Vote, 0);
  return v->count >= min ? v->value : NULL;
}

/* ---------- what the members say ---------- */

const char *
xc_claim_in_sentence (const XcClaim *c)
{
  if (c->sentence == NULL || c->text == NULL || c->text[0] == '\0')
    return NULL;
  gsize hint = c->offset >= c->sentence_offset ? c->offset - c->sentence_offset : 0;
  const char *at = NULL;
  for (const char *p = strstr (c->sentence, c->text); p; p = strstr (p + 1, c->text))
    if (at == NULL || (gsize) (p - c->sentence) <= hint)
      at = p;
  return at;
}

/* Whether claim @c's measure is a verb ("injure" of "12 were injured", "pay" of "paid
 * $5 million") rather than a noun. A count's measure is its counted noun unless a verb
 * governs it; any other figure's measure is a verb when it is the inflected verb right
 * before the figure ("weighing 130 pounds"). */
static gboolean
measure_is_verb (const XcClaim *c)
{
  const char *m = c->about_measure;
  if (m == NULL)
    return FALSE;
  guint pos = xc_lexicon_pos_mask (m, strlen (m));
  if (c->kind == XC_KIND_COUNT)
    return g_strcmp0 (m, c->unit) != 0 && (pos & XC_POS_VERB);
  if (!(pos & XC_POS_VERB))
    return FALSE;
  if (!(pos & XC_POS_NOUN))
    return TRUE;
  const char *at = xc_claim_in_sentence (c);
  if (at == NULL)
    return FALSE;
  const char *end = at;
  while (end > c->sentence && end[-1] == ' ')
    end--;
  const char *start = end;
  while (start > c->sentence && (g_ascii_isalpha (start[-1]) || start[-1] == '-'))
    start--;
  if (start == end)
    return FALSE;
  char lemma[XC_LABEL_WORD];
  gsize len = (gsize) (end - start);
  if (!xc_lexicon_lemma (start, len, XC_POS_VERB, lemma, sizeof lemma) || !g_str_equal (lemma, m))
    return FALSE;
  if (len != strlen (m) || g_ascii_strncasecmp (start, m, len) != 0)
    return TRUE;
  /* the base form after "to" or a modal: "aims to save $18 billion", "will cut 40 jobs" */
  const char *pe = start;
  while (pe > c->sentence && pe[-1] == ' ')
    pe--;
  const char *ps = pe;
  while (ps > c->sentence && g_ascii_isalpha (ps[-1]))
    ps--;
  return ps < pe && xc_word_in (ps, 0, (gsize) (pe - ps), xc_words_before_base_form);
}

/* Words before a name, never one. */
static const char * const titles[] = {
  "Mr", "Mrs", "Ms", "Dr", "Sir", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep",
  "Prof", "St", NULL,
};

/* A name an editor would take for one: not a common word WordNet writes in lower case
 * ("Police", "Magazines", "There"), not a people or a language ("Greek", "Somali"),
 * not a day or a month ("Saturday"). */
static gboolean
usable_name (const char *name)
{
  gsize len = strlen (name);
  if (len == 0 || len >= XC_LABEL_WORD)
    return FALSE;
  if (len < 2 || g_strv_contains (titles, name))
    return FALSE;
  char lemma[XC_LABEL_WORD];
  xc_lexicon_lemma (name, len, XC_POS_NOUN, lemma, sizeof lemma);
  guint pos = xc_lexicon_pos_mask (name, len) | xc_lexicon_pos_mask (lemma, strlen (lemma));
  if (pos == 0)
    return TRUE;   /* a name WordNet does not know: "Klitschko", "Marfin" */
  if ((pos & XC_POS_ADJ) || !xc_lexicon_is_proper (name))
    return FALSE;
  return !xc_lexicon_is_a (lemma, "time_period", 6);
}

/* The value more than half of the members that give one give in the string field at
 * @offset of XcClaim, given by at least @min of them; with @usable, only values it
 * accepts count. NULL when none is agreed. */
static const char *
agreed_field (const XcClaim * const *claims, guint n, gsize offset, gboolean (*usable) (const char *),
              guint min)
{
  g_autoptr(GArray) votes = g_array_new (FALSE, FALSE, sizeof (Vote));
  guint giving = 0;
  for (guint i = 0; i < n; i++)
    {
      const char *v = G_STRUCT_MEMBER (const char *, claims[i], offset);
      if (v && v[0] && (usable == NULL || usable (v)))
        {
          vote (votes, v, i);
          giving++;
        }
    }
  const char *best = winner (votes, min);
  return best && g_array_index (votes, Vote, 0).count * 2 > giving ? best : NULL;
}

/* The name more than half of the members that give a usable one give in the field at
 * @offset of XcClaim (and at least two of them, in a group of several). */
static const char *
agreed_name (const XcClaim * const *claims, guint n, gsize offset)
{
  return agreed_field (claims, n, offset, usable_name, n > 1 ? 2 : 1);
}

/* The verb most members' governing verbs tell (a verb counts every member whose verb
 * WordNet relates to it: "kill" and "die" meet), with *support set; or NULL. */
static const char *
agreed_verb (const XcClaim * const *claims, guint n, const gboolean *is_verb, guint *support)
{
  g_autoptr(GArray) votes = g_array_new (FALSE, FALSE, sizeof (Vote));
  for (guint i = 0; i < n; i++)
    if (is_verb[i])
      vote (votes, claims[i]->about_measure, i);
  guint nv = MIN (votes->len, XC_LABEL_VERBS);
  const char *best = NULL;
  guint best_support = 0, best_count = 0, best_first = G_MAXUINT;
  for (guint a = 0; a < nv; a++)
    {
      const Vote *va = &g_array_index (votes, Vote, a);
      guint s = 0;
      for (guint b = 0; b < nv; b++)
        {
          const Vote *vb = &g_array_index (votes, Vote, b);
          if (a == b || xc_lexicon_verbs_related (va->value, vb->value))
            s += vb->count;
        }
      if (s > best_support || (s == best_support && (va->count > best_count
                                                     || (va->count == best_count && va->first < best_first))))
        {
          best = va->value;
          best_support = s;
          best_count = va->count;
          best_first = va->first;
        }
    }
  *support = best_support;
  return best;
}

/* Verbs that frame an event rather than name it ("the shooting sparked riots", "the
 * talks began"): no label says "date of the spark". */
static const char * const framing_verbs[] = {
  "spark", "trigger", "prompt", "cause", "provoke", "fuel", "lead", "follow", "precede",
  "begin", "start", "continue", "end", "finish", "mark", "hold", "show", "find", "seem",
  "appear", "remain", "become", "expect", "believe", "know", "want", "consider", "try",
  "attempt", "need", "help", "use", "let", "keep", "draw", "own", "look", "turn", "face",
  "occur", "happen", "take", "bring", "set", "call", "plan", "decide", "time", NULL,
};

/* Whether @c's event names what happened, as a lower-case verb of its sentence (not a
 * framing verb, nor a name read as one: "Gardens"). */
static gboolean
telling_event (const XcClaim *c)
{
  const char *ev = c->about_event;
  if (ev == NULL || g_strv_contains (framing_verbs, ev))
    return FALSE;
  if (c->sentence == NULL)
    return TRUE;
  for (const char *p = c->sentence; *p;)
    {
      while (*p && !g_ascii_isalpha (*p))
        p++;
      const char *w = p;
      while (g_ascii_isalpha (*p))
        p++;
      char lemma[XC_LABEL_WORD];
      if (p > w && g_ascii_islower (*w) && xc_lexicon_lemma (w, (gsize) (p - w), XC_POS_VERB, lemma, sizeof lemma)
          && g_str_equal (lemma, ev))
        return TRUE;
    }
  return FALSE;
}

/* ---------- words ---------- */

/* Whether @text writes @unit in capitals as an abbreviation ("30 RBIs" for "rbi"); a
 * longer word in capitals is a line in capitals ("2 PROTESTERS DIE"), no abbreviation. */
static gboolean
written_in_capitals (const char *text, const char *unit)
{
  gsize n = strlen (unit);
  if (text == NULL || n < 2 || n > 4)
    return FALSE;
  for (const char *p = text; *p; p++)
    if ((p == text || !g_ascii_isalpha (p[-1])) && g_ascii_strncasecmp (p, unit, n) == 0)
      {
        gboolean caps = TRUE;
        for (gsize i = 0; i < n && caps; i++)
          caps = !g_ascii_islower (p[i]);
        if (caps)
          return TRUE;
      }
  return FALSE;
}

/* A counted noun as a label shows it: plural, capitalized as WordNet writes it
 * ("Somalis", "rifles", "people") or as @text does ("RBIs"); a word WordNet does not
 * know as a noun as it is. */
static char *
counted_noun (const char *unit, const char *text)
{
  char spelling[XC_LABEL_WORD];
  if (written_in_capitals (text, unit))
    {
      g_autofree char *caps = g_ascii_strup (unit, -1);
      return g_strconcat (caps, "s", NULL);
    }
  if (!xc_lexicon_noun_spelling (unit, spelling, sizeof spelling) || strchr (spelling, ' '))
    return g_strdup (unit);
  return xc_inflect_plural (spelling);
}

/* The text of the first of @n claims whose unit is @unit. */
static const char *
text_of_unit (const XcClaim * const *claims, guint n, const char *unit)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (claims[i]->unit, unit) == 0)
      return claims[i]->text;
  return NULL;
}

/* "<what> of the <event's noun>" ("date of the shooting"); "<what> — <event>" when the
 * event has no noun and no name will follow (@named: a place or a name will); nothing
 * when there is no event. */
static gboolean
append_of_event (GString *s, const char *what, const char *event, gboolean named)
{
  char noun[XC_LABEL_WORD];
  g_string_append (s, what);
  if (event == NULL)
    return FALSE;
  if (xc_lexicon_act_noun (event, noun, sizeof noun))
    g_string_append_printf (s, " of the %s", noun);
  else if (!named)
    g_string_append_printf (s, " " EM_DASH " %s", event);
  else
    return FALSE;
  return TRUE;
}

/* The noun of what lasts, from a measure or event @word: the word itself when it is
 * such a noun ("deal", "rioting", "loan"; not a thing, a person, a group or a day:
 * "state" of "a state visit", "veteran", "anniversary"), else its verb's noun
 * ("marriage" of "marry"); NULL when there is none. */
static char *
what_lasts (const char *word)
{
  char noun[XC_LABEL_WORD];
  if ((xc_lexicon_pos_mask (word, strlen (word)) & XC_POS_NOUN) && !xc_lexicon_under (word, "physical_entity")
      && !xc_lexicon_under (word, "group") && !xc_lexicon_under (word, "time_period"))
    return g_strdup (word);
  return xc_lexicon_act_noun (word, noun, sizeof noun) ? g_strdup (noun) : NULL;
}

/* The word for what a measure measures, from its SI unit and unit. */
static const char *
dimension_word (const XcClaim *c)
{
  static const struct { const char *si, *word; } dims[] = {
    { "kg", "weight" }, { "m2", "area" }, { "m3", "volume" }, { "J", "energy" }, { "W", "power" },
    { "m/s", "speed" }, { "K", "temperature" }, { "magnitude", "magnitude" }, { "caliber", "caliber" },
  };
  if (g_strcmp0 (c->si_unit, "m") == 0)
    {
      static const char * const far[] = { "km", "mi", "nmi", NULL };
      return c->unit && g_strv_contains (far, c->unit) ? "distance" : "length";
    }
  for (guint i = 0; i < G_N_ELEMENTS (dims); i++)
    if (g_strcmp0 (c->si_unit, dims[i].si) == 0)
      return dims[i].word;
  return "measure";
}

/* Nouns that say a figure moves, which the percent's own word already says. */
static const char * const change_nouns[] = {
  "increase", "rise", "growth", "gain", "jump", "surge", "decline", "decrease", "fall",
  "drop", "slump", "change", "cut", "reduction", "percent", "percentage", NULL,
};

/* The percent's word: growth, decline or change when the figures move, else share
 * or percentage. */
static const char *
percent_word (const XcClaim * const *claims, guint n)
{
  guint up = 0, down = 0, share = 0;
  for (guint i = 0; i < n; i++)
    {
      up += claims[i]->direction == XC_DIRECTION_UP;
      down += claims[i]->direction == XC_DIRECTION_DOWN;
      share += claims[i]->share;
    }
  if (claims[0]->direction != XC_DIRECTION_NONE)
    return up && down ? "change" : up ? "growth" : "decline";
  return claims[0]->share || share * 2 > n ? "share" : "percentage";
}

/* ---------- the head ---------- */

/* What a group of counts counts: "people injured", "rifles". */
static gboolean
append_count (GString *s, const XcClaim * const *claims, guint n, const gboolean *is_verb)
{
  guint support = 0, plain = 0;
  const char *verb = agreed_verb (claims, n, is_verb, &support);
  for (guint i = 0; i < n; i++)
    plain += !is_verb[i];
  /* the verb names the fact when as many members tell it as only count a noun */
  if (verb && support >= plain)
    {
      g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (Vote));
      for (guint i = 0; i < n; i++)
        if (is_verb[i] && (g_str_equal (claims[i]->about_measure, verb)
                           || xc_lexicon_verbs_related (claims[i]->about_measure, verb)))
          vote (units, claims[i]->unit, i);
      const char *unit = winner (units, 1);
      g_autofree char *noun = unit ? counted_noun (unit, text_of_unit (claims, n, unit)) : NULL;
      g_autofree char *done = xc_inflect_participle (verb);
      g_string_append_printf (s, "%s %s", noun ? noun : "number", done);
      return TRUE;
    }
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (Vote));
  gboolean said = FALSE;
  for (guint i = 0; i < n; i++)
    {
      vote (units, claims[i]->unit, i);
      said |= claims[i]->about_measure != NULL;
    }
  const char *unit = winner (units, 1);
  g_autofree char *noun = unit ? counted_noun (unit, text_of_unit (claims, n, unit)) : NULL;
  g_string_append (s, noun ? noun : "count");
  return said && noun;
}

/* Appends what the group is; FALSE when that is only its kind ("date", "amount").
 * @named: a place or a name will follow. */
static gboolean
append_head (GString *s, const XcClaim * const *claims, guint n, gboolean named)
{
  const XcClaim *first = claims[0];
  g_autofree gboolean *is_verb = g_new0 (gboolean, n);
  g_autoptr(GArray) nouns = g_array_new (FALSE, FALSE, sizeof (Vote));
  g_autoptr(GArray) verbs = g_array_new (FALSE, FALSE, sizeof (Vote));
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Vote));
  for (guint i = 0; i < n; i++)
    {
      is_verb[i] = measure_is_verb (claims[i]);
      vote (is_verb[i] ? verbs : nouns, claims[i]->about_measure, i);
      if (telling_event (claims[i]))
        vote (events, claims[i]->about_event, i);
    }
  if (first->kind == XC_KIND_COUNT)
    return append_count (s, claims, n, is_verb);
  /* the measure: a noun when as many members name one as a verb */
  guint n_nouns = 0, n_verbs = 0;
  for (guint i = 0; i < nouns->len; i++)
    n_nouns += g_array_index (nouns, Vote, i).count;
  for (guint i = 0; i < verbs->len; i++)
    n_verbs += g_array_index (verbs, Vote, i).count;
  const char *noun = n_nouns >= n_verbs ? winner (nouns, 1) : NULL;
  const char *verb = noun ? NULL : winner (verbs, 1);
  if (verb && (xc_lexicon_pos_mask (verb, strlen (verb)) & XC_POS_NOUN))
    {
      /* "cost" of "costing": "amount cost" says less than the noun */
      g_autofree char *done = xc_inflect_participle (verb);
      if (g_str_equal (done, verb))
        noun = verb, verb = NULL;
    }
  /* a day or a period is when, not what ("yesterday", "year") */
  if (noun && xc_lexicon_under (noun, "time_period"))
    noun = NULL;
  /* an event named once among several members says little of them all */
  const char *event = winner (events, n > 1 ? 2 : 1);
  switch (first->kind)
    {
    case XC_KIND_PERCENT:
      {
        const char *word = percent_word (claims, n);
        if (noun && g_strv_contains (change_nouns, noun))
          noun = NULL;
        if (noun == NULL)
          {
            g_string_append (s, word);
            return FALSE;
          }
        if (g_str_equal (word, "share") && xc_lexicon_under (noun, "person"))
          {
            g_autofree char *people = counted_noun (noun, NULL);
            g_string_append_printf (s, "share of %s", people);
          }
        else if (g_str_equal (word, "percentage"))
          g_string_append (s, noun);
        else
          g_string_append_printf (s, "%s %s", noun, word);
        return TRUE;
      }
    case XC_KIND_MONEY:
      {
        gboolean change = first->direction != XC_DIRECTION_NONE;
        if (verb)
          {
            g_autofree char *done = xc_inflect_participle (verb);
            g_string_append_printf (s, "%s %s", change ? "change in amount" : "amount", done);
          }
        else if (noun)
          g_string_append_printf (s, "%s%s", noun, change ? " change" : "");
        else
          g_string_append (s, change ? "change" : "amount");
        return noun || verb;
      }
    case XC_KIND_MEASURE:
      {
        /* an attribute as it is ("depth"); a thing measured by its dimension ("length
         * of the bridge") */
        const char *dim = dimension_word (first);
        if (noun && (xc_lexicon_under (noun, "attribute#2") || xc_lexicon_under (noun, "measure#2")))
          g_string_append (s, noun);
        else if (noun && (xc_lexicon_under (noun, "object") || xc_lexicon_under (noun, "phenomenon"))
                 && !xc_lexicon_under (noun, "location") && !xc_lexicon_under (noun, "person"))
          g_string_append_printf (s, "%s of the %s", dim, noun);
        else
          {
            g_string_append (s, dim);
            return FALSE;
          }
        return TRUE;
      }
    case XC_KIND_DURATION:
      {
        const char *what = noun ? noun : verb ? verb : event;
        g_autofree char *lasting = what ? what_lasts (what) : NULL;
        if (lasting)
          g_string_append_printf (s, "duration of the %s", lasting);
        else if (what && what != noun && !named)
          g_string_append_printf (s, "duration " EM_DASH " %s", what);
        else
          {
            g_string_append (s, "duration");
            return FALSE;
          }
        return TRUE;
      }
    case XC_KIND_DATE:
    case XC_KIND_DATERANGE:
      return append_of_event (s, "date", event, named);
    case XC_KIND_TIME:
      return append_of_event (s, "time", event, named);
    case XC_KIND_AGE:
      g_string_append (s, "age");
      return FALSE;
    case XC_KIND_ORDINAL:
      /* "which round", "how many times" */
      if (g_strcmp0 (first->unit, "time") == 0)
        g_string_append (s, "how many times");
      else if (first->unit && first->unit[0])
        g_string_append_printf (s, "which %s", first->unit);
      else
        g_string_append (s, "rank");
      return FALSE;
    case XC_KIND_RECORD:
      g_string_append (s, "record");
      return FALSE;
    case XC_KIND_COUNT:
    case XC_KIND_N_KINDS:
    default:
      return FALSE;
    }
}

char *
xc_label_from_about (const XcClaim * const *claims, guint n, const char *scope)
{
  if (n == 0)
    return NULL;
  /* an age is a person's, wherever they are */
  gboolean placed = claims[0]->kind != XC_KIND_AGE;
  const char *where = placed ? agreed_name (claims, n, G_STRUCT_OFFSET (XcClaim, about_where)) : NULL;
  const char *who = agreed_name (claims, n, G_STRUCT_OFFSET (XcClaim, about_who));
  if (who && where && g_str_equal (who, where))
    who = NULL;
  /* a place named as the one the figure belongs to ("Athens's dead") is where it is */
  if (placed && who && where == NULL && strlen (who) > 2 && xc_lexicon_under (who, "location"))
    where = who, who = NULL;
  GString *s = g_string_sized_new (64);
  gboolean said = append_head (s, claims, n, who || where);
  /* the place and the name, while they fit beside the period */
  glong used = g_utf8_strlen (s->str, -1) + (scope ? (glong) strlen (scope) + 2 : 0);
  /* a distance is from a place, anything else in it */
  const char *at = claims[0]->kind == XC_KIND_MEASURE && g_str_has_prefix (s->str, "distance") ? "from" : "in";
  if (where && used + (glong) strlen (at) + 2 + g_utf8_strlen (where, -1) <= XC_LABEL_MAX)
    {
      g_string_append_printf (s, " %s %s", at, where);
      used += (glong) strlen (at) + 2 + g_utf8_strlen (where, -1);
      said = TRUE;
    }
  if (who && used + 3 + g_utf8_strlen (who, -1) <= XC_LABEL_MAX)
    {
      g_string_append_printf (s, " " EM_DASH " %s", who);
      said = TRUE;
    }
  if (!said)
    {
      /* only the kind's word: the members' about says nothing the keywords do not */
      g_string_free (s, TRUE);
      return NULL;
    }
  if (scope)
    g_string_append_printf (s, ", %s", scope);
  char *label = g_strndup (s->str, s->len);
  g_string_free (s, TRUE);
  return label;
}

char *
xc_label_lined_up_by (const XcClaim * const *claims, guint n, const char *scope)
{
  GString *s = g_string_new (NULL);
  const char *measure = agreed_field (claims, n, G_STRUCT_OFFSET (XcClaim, about_measure), NULL, 2);
  const char *event = agreed_field (claims, n, G_STRUCT_OFFSET (XcClaim, about_event), NULL, 2);
  const char *who = agreed_name (claims, n, G_STRUCT_OFFSET (XcClaim, about_who));
  const char *where = agreed_name (claims, n, G_STRUCT_OFFSET (XcClaim, about_where));
  /* a verb measure reads as what happened: "injured", "killed" */
  g_autofree char *measure_words = NULL;
  if (measure)
    {
      gboolean verb = FALSE;
      for (guint i = 0; i < n && !verb; i++)
        verb = g_strcmp0 (claims[i]->about_measure, measure) == 0 && measure_is_verb (claims[i]);
      measure_words = verb ? xc_inflect_participle (measure) : g_strdup (measure);
    }
  struct { const char *what, *value; } parts[] = {
    { "measure", measure_words }, { "event", event && g_strcmp0 (event, measure) != 0 ? event : NULL },
    { "owner", who }, { "place", where }, { "period", scope },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].value)
      g_string_append_printf (s, "%ssame %s: %s", s->len ? "; " : "", parts[i].what, parts[i].value);
  if (s->len == 0)
    g_string_append (s, "the words around the figures");
  return g_string_free (s, FALSE);
}
