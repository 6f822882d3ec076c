/* xc-updated.c - figures that change: when the values of a group do not meet, whether
 * time explains it. A running toll that grew between two dated reports, or a figure its
 * own sentence marks as earlier ("initially", "preliminary") or as revised ("rose to",
 * "revised", "now stands at"), is the verdict `updated`, the later value named; ages
 * stated in reports years apart that agree on the birth year are no conflict at all
 * (docs/design-compare.md, "Figures that change")
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-compare-private.h"
#include "xc-document-private.h"

/* What the words beside a figure say about its time. */
typedef enum {
  MARK_NONE,
  MARK_RUNNING,   /* a running total: "so far", "to date", "a total of", "the toll" */
  MARK_EARLIER,   /* an earlier figure: "initially", "originally", "preliminary" */
  MARK_GREW,      /* a later figure that grew: "rose to", "climbed to", "has risen to" */
  MARK_REVISED,   /* a later figure, either way: "revised", "updated", "now stands at" */
} Mark;

/* Classes of language, not sentences: each phrase is whole words, lower case. Change
 * markers stand before the figure they mark ("rose to 25", "initially 18"); a running
 * total may be said on either side ("18 so far", "so far 18"). */
static const struct {
  const char *words;
  Mark        mark;
  gboolean    after;   /* may follow the figure too */
} xc_time_marks[] = {
  { "so far", MARK_RUNNING, TRUE },
  { "to date", MARK_RUNNING, TRUE },
  { "in all", MARK_RUNNING, TRUE },
  { "in total", MARK_RUNNING, TRUE },
  { "a total of", MARK_RUNNING, FALSE },
  { "toll", MARK_RUNNING, FALSE },
  { "tally", MARK_RUNNING, FALSE },
  { "as of", MARK_RUNNING, TRUE },
  { "initially", MARK_EARLIER, FALSE },
  { "initial", MARK_EARLIER, FALSE },
  { "originally", MARK_EARLIER, FALSE },
  { "original", MARK_EARLIER, FALSE },
  { "preliminary", MARK_EARLIER, FALSE },
  { "provisional", MARK_EARLIER, FALSE },
  { "first reported", MARK_EARLIER, FALSE },
  { "earlier reported", MARK_EARLIER, FALSE },
  { "previously reported", MARK_EARLIER, FALSE },
  { "rose to", MARK_GREW, FALSE },
  { "risen to", MARK_GREW, FALSE },
  { "rising to", MARK_GREW, FALSE },
  { "climbed to", MARK_GREW, FALSE },
  { "climbing to", MARK_GREW, FALSE },
  { "jumped to", MARK_GREW, FALSE },
  { "increased to", MARK_GREW, FALSE },
  { "grew to", MARK_GREW, FALSE },
  { "mounted to", MARK_GREW, FALSE },
  { "swelled to", MARK_GREW, FALSE },
  { "revised", MARK_REVISED, FALSE },
  { "updated", MARK_REVISED, FALSE },
  { "corrected", MARK_REVISED, FALSE },
  { "raised to", MARK_REVISED, FALSE },
  { "lowered to", MARK_REVISED, FALSE },
  { "upgraded to", MARK_REVISED, FALSE },
  { "downgraded to", MARK_REVISED, FALSE },
  { "now stands at", MARK_REVISED, FALSE },
  { "now stood at", MARK_REVISED, FALSE },
  { "now put at", MARK_REVISED, FALSE },
};

/* How far from the figure a marker counts, in words. */
#define MARK_BEFORE 6
#define MARK_AFTER  6

typedef struct {
  gsize start;
  gsize end;
} Word;

/* The words of @s (letters and digits), as byte spans. */
static GArray *
words_of (const char *s)
{
  GArray *w = g_array_new (FALSE, FALSE, sizeof (Word));
  for (gsize i = 0; s[i];)
    {
      if (!g_ascii_isalnum (s[i]))
        {
          i++;
          continue;
        }
      Word x = { i, i };
      while (g_ascii_isalnum (s[i]) || (s[i] == '\'' && g_ascii_isalpha (s[i + 1])))
        i++;
      x.end = i;
      g_array_append_val (w, x);
    }
  return w;
}

/* Whether the words from @at on spell @phrase (its words split by single spaces, read
 * in place: this runs for every word near every figure of a disagreeing group). */
static gboolean
phrase_at (const char *s, GArray *w, guint at, const char *phrase, guint *out_n)
{
  guint n = 0;
  for (const char *p = phrase; *p;)
    {
      const char *e = strchr (p, ' ');
      gsize plen = e ? (gsize) (e - p) : strlen (p);
      if (at + n >= w->len)
        return FALSE;
      const Word *x = &g_array_index (w, Word, at + n);
      if (x->end - x->start != plen || g_ascii_strncasecmp (s + x->start, p, plen) != 0)
        return FALSE;
      n++;
      p = e ? e + 1 : p + plen;
    }
  *out_n = n;
  return n > 0;
}

/* The marker nearest the claim in its sentence; the claim itself counts as running
 * when the extractor read it so (about_total). */
static Mark
mark_of (const XcClaim *c)
{
  Mark best = c->about_total ? MARK_RUNNING : MARK_NONE;
  if (c->sentence == NULL || c->text == NULL)
    return best;
  gsize slen = strlen (c->sentence), tlen = strlen (c->text);
  const char *at = NULL;
  if (c->offset >= c->sentence_offset && c->offset - c->sentence_offset + tlen <= slen
      && strncmp (c->sentence + (c->offset - c->sentence_offset), c->text, tlen) == 0)
    at = c->sentence + (c->offset - c->sentence_offset);
  else
    at = strstr (c->sentence, c->text);
  if (at == NULL)
    return best;
  gsize cs = (gsize) (at - c->sentence), ce = cs + tlen;
  g_autoptr(GArray) w = words_of (c->sentence);
  guint first = w->len, last = 0;   /* the claim's words */
  for (guint i = 0; i < w->len; i++)
    {
      const Word *x = &g_array_index (w, Word, i);
      if (x->end > cs && x->start < ce)
        {
          first = MIN (first, i);
          last = i;
        }
    }
  if (first == w->len)
    return best;
  guint best_dist = G_MAXUINT;
  for (guint i = first > MARK_BEFORE ? first - MARK_BEFORE : 0; i < MIN (w->len, last + 1 + MARK_AFTER); i++)
    {
      if (i >= first && i <= last)
        continue;
      for (guint m = 0; m < G_N_ELEMENTS (xc_time_marks); m++)
        {
          guint n;
          if (!phrase_at (c->sentence, w, i, xc_time_marks[m].words, &n))
            continue;
          gboolean before = i + n <= first;
          if (!before && !xc_time_marks[m].after)
            continue;
          if (before && first - (i + n) > MARK_BEFORE)
            continue;
          guint dist = before ? first - (i + n) : i - last - 1;
          /* the nearest says what the figure is; a change outranks a running total at one distance */
          if (dist < best_dist || (dist == best_dist && xc_time_marks[m].mark > best))
            {
              best = xc_time_marks[m].mark;
              best_dist = dist;
            }
        }
    }
  if (best == MARK_NONE && c->about_total)
    best = MARK_RUNNING;
  return best;
}

/* The publication day of a claim's document (a GLib Julian day), 0 when undated. */
static guint
published_day (const XcClaim *c, GHashTable *docs, const char **out_iso)
{
  *out_iso = NULL;
  const XcDocInfo *d = docs && c->file ? g_hash_table_lookup (docs, c->file) : NULL;
  GDate g;
  if (d == NULL || !xc_parse_iso_day (d->published, &g))
    return 0;
  *out_iso = d->published;
  return g_date_get_julian (&g);
}

/* A judged member as time sees it. */
typedef struct {
  XcItem     *it;
  guint       member;   /* its index in the group */
  guint       day;      /* publication day, 0 when undated */
  const char *iso;
  Mark        mark;
  double      value;    /* a representative value */
} Timed;

static double
representative (const XcInterval *iv)
{
  if (isfinite (iv->lo) && isfinite (iv->hi))
    return (iv->lo + iv->hi) / 2;
  return isfinite (iv->lo) ? iv->lo : iv->hi;
}

/* Earlier words first, then plain figures, then figures the words call new. */
static int
mark_rank (Mark m)
{
  return m == MARK_EARLIER ? 0 : m == MARK_GREW || m == MARK_REVISED ? 2 : 1;
}

/* Which is later: the later publication day when both are dated and differ, else
 * what the words say; 0 when nothing tells them apart. */
static int
cmp_time (const Timed *a, const Timed *b)
{
  if (a->day && b->day && a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return mark_rank (a->mark) - mark_rank (b->mark);
}

/* Whether the change from one to the other is a figure that moved on: of a fact some
 * member calls running or changed, told apart in time, that grew (or whose words say
 * it was revised, or that the earlier figure was a first one). */
static gboolean
explained (const Timed *a, const Timed *b)
{
  int c = cmp_time (a, b);
  if (c == 0)
    return FALSE;
  const Timed *e = c < 0 ? a : b, *l = c < 0 ? b : a;
  return l->value > e->value || l->mark == MARK_REVISED || e->mark == MARK_EARLIER;
}

static void
append_timed (GString *r, const Timed *t)
{
  const XcClaim *c = t->it->claim;
  g_string_append (r, "“");
  if (c->text)
    g_string_append (r, c->text);
  else
    {
      g_autofree char *v = xc_claim_value_string (c);
      g_string_append (r, v);
    }
  g_string_append_printf (r, "” (%s", t->it->source_key);
  if (t->iso)
    g_string_append_printf (r, ", %s", t->iso);
  if (t->mark == MARK_EARLIER)
    g_string_append (r, ", an earlier figure");
  else if (t->mark == MARK_GREW || t->mark == MARK_REVISED)
    g_string_append (r, ", a new figure");
  g_string_append_c (r, ')');
}

/* Ages: the birth days each allows, (published - age - 1 year, published - age]. */
static gboolean
ages_agree (Timed *t, guint n, GString *r)
{
  guint lo = 0, hi = G_MAXUINT, first_day = G_MAXUINT, last_day = 0;
  double youngest = G_MAXDOUBLE, oldest = -1;
  for (guint i = 0; i < n; i++)
    {
      const XcClaim *c = t[i].it->claim;
      if (c->vague || c->qualifier != XC_QUALIFIER_EXACT || c->value < 0 || c->value > 150
          || c->value != floor (c->value))
        return FALSE;
      if (t[i].day == 0)
        continue;   /* a report with no date: weighed below */
      youngest = MIN (youngest, c->value);
      oldest = MAX (oldest, c->value);
      GDate d;
      g_date_clear (&d, 1);
      g_date_set_julian (&d, t[i].day);
      g_date_subtract_years (&d, (guint) c->value);
      guint born_by = g_date_get_julian (&d);
      g_date_subtract_years (&d, 1);
      guint born_after = g_date_get_julian (&d);
      lo = MAX (lo, born_after + 1);
      hi = MIN (hi, born_by);
      first_day = MIN (first_day, t[i].day);
      last_day = MAX (last_day, t[i].day);
    }
  if (lo > hi || last_day == first_day || last_day == 0)
    return FALSE;
  /* a report with no date gives an age of some day: one the dated reports span */
  for (guint i = 0; i < n; i++)
    if (t[i].day == 0 && (t[i].it->claim->value < youngest || t[i].it->claim->value > oldest))
      return FALSE;
  guint years = (guint) floor ((last_day - first_day) / 365.25);
  if (years >= 1)
    g_string_append_printf (r, "ages in reports %u year%s apart agree on the birth year: ", years,
                            years == 1 ? "" : "s");
  else
    g_string_append_printf (r, "ages in reports %u days apart agree on the birth year: ", last_day - first_day);
  for (guint i = 0; i < n; i++)
    {
      if (i)
        g_string_append (r, ", ");
      append_timed (r, &t[i]);
    }
  GDate a, b;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, lo);
  g_date_set_julian (&b, hi);
  g_autofree char *from = xc_iso_from_date (&a), *to = xc_iso_from_date (&b);
  g_string_append_printf (r, "; born between %s and %s", from, to);
  return TRUE;
}

static gboolean
running_kind (XcKind k)
{
  return k == XC_KIND_COUNT || k == XC_KIND_MONEY || k == XC_KIND_MEASURE;
}

gboolean
xc_group_over_time (XcGroup *g, XcAligner *al, GArray *items, GHashTable *docs, GString *r, XcVerdict *out)
{
  guint n = items->len;
  g_autofree Timed *t = g_new0 (Timed, MAX (1, n));
  guint nt = 0;
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_aligner_item (al, g_array_index (items, guint, i));
      if (!it->judged)
        continue;
      Timed x = { it, i, 0, NULL, MARK_NONE, representative (&it->iv) };
      x.day = published_day (it->claim, docs, &x.iso);
      t[nt++] = x;
    }
  if (nt < 2)
    return FALSE;
  XcKind kind = t[0].it->claim->kind;
  if (kind == XC_KIND_AGE)
    {
      if (!ages_agree (t, nt, r))
        return FALSE;
      *out = XC_VERDICT_AGREE;
      return TRUE;
    }
  if (!running_kind (kind))
    return FALSE;
  /* a running figure: some member's words say so (one outlet writes "rose to 25",
   * the next just "25") */
  gboolean running = FALSE;
  for (guint i = 0; i < nt; i++)
    {
      t[i].mark = mark_of (t[i].it->claim);
      running |= t[i].mark != MARK_NONE;
    }
  if (!running)
    return FALSE;
  /* every pair that cannot both be true must be a figure that moved on */
  gboolean any = FALSE;
  for (guint i = 0; i < nt; i++)
    for (guint j = i + 1; j < nt; j++)
      {
        if (xc_interval_overlaps (&t[i].it->iv, &t[j].it->iv))
          continue;
        if (!explained (&t[i], &t[j]))
          return FALSE;
        any = TRUE;
      }
  if (!any)
    return FALSE;
  /* the latest statement, and every member it allows, is the later value */
  guint latest = 0;
  for (guint i = 1; i < nt; i++)
    if (cmp_time (&t[i], &t[latest]) > 0)
      latest = i;
  guint earliest = G_MAXUINT;
  for (guint i = 0; i < nt; i++)
    {
      gboolean later = TRUE;
      for (guint j = 0; j < nt && later; j++)
        if (cmp_time (&t[j], &t[latest]) == 0 && !xc_interval_overlaps (&t[i].it->iv, &t[j].it->iv))
          later = FALSE;
      ((XcMember *) g->members->pdata[t[i].member])->later = later;
      if (!later && (earliest == G_MAXUINT || cmp_time (&t[i], &t[earliest]) < 0))
        earliest = i;
    }
  if (earliest == G_MAXUINT)
    {
      for (guint i = 0; i < nt; i++)
        ((XcMember *) g->members->pdata[t[i].member])->later = FALSE;
      return FALSE;
    }
  const Timed *e = &t[earliest], *l = &t[latest];
  g_string_append_printf (r, "the figure changed between reports (%u sources): ", g->n_sources);
  append_timed (r, e);
  g_string_append (r, l->value > e->value ? " rose to " : l->value < e->value ? " was revised to " : " was updated to ");
  append_timed (r, l);
  g_string_append (r, "; the later value stands");
  *out = XC_VERDICT_UPDATED;
  return TRUE;
}
