/* xc-context.c - scope and attribution of quantity claims, from their clause
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"
#include "xc-wordset-private.h"

/* Where a figure comes from: the source phrase is the named group "src". */
typedef struct {
  const char *name;
  const char *regex;
  guint32     flags;
  /* Words one of which every match holds at the start of a word: the
   * pattern is only run on a sentence with a word beginning with one (as
   * written for a case-sensitive pattern, in any case otherwise: a filter,
   * the pattern decides). A caseless pattern also runs on a word beginning
   * with U+017F or U+212A, which caseless UTF matching reads as "s" and "k". */
  const char *needs[5];
} XcAttributionDef;

#define SRC_STOP "(?=\\s+(?:released|published|issued|which|that|who|on|in|last|this|as|and|at|showed|shows|show)\\b|\\s*[,.;:()\"“”]\\s|\\s*[,.;:()\"“”]?$)"

static const XcAttributionDef xc_attribution_defs[] = {
  { "according-to", "\\baccording\\s+to\\s+(?:the\\s+)?(?<src>[^,;:()\"“”]+?)" SRC_STOP, 0,
    { "according" } },
  { "data-from", "\\b(?:data|figures|statistics|numbers)\\s+(?:released\\s+|published\\s+)?(?:from|by)\\s+(?:the\\s+)?"
    "(?<src>[^,;:()\"“”]+?)\\s+(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed"
    "|suggest|suggests|suggested)\\b", 0, { "data", "figure", "statistic", "number" } },
  { "x-data", "(?<![\\w’'-])(?<src>(?:\\p{Lu}[\\w’'-]*\\s+)+(?:[a-z]+\\s+)?(?:data|figures|statistics))\\s+"
    "(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed)\\b", XC_PATTERN_CASE,
    { "data", "figures", "statistics" } },
  { "said-end", ",\\s*(?<src>(?:the\\s+)?\\p{Lu}[^,;:\"“”]{0,60}?|the\\s+[a-z][^,;:\"“”]{0,40}?)\\s+"
    "(?:said|says|reported|reports|estimated|estimates|announced)\\s*[.!?\"”’]*\\s*$", XC_PATTERN_CASE,
    { "said", "says", "report", "estimate", "announced" } },
};

struct _XcContext {
  XcPattern *attribution[G_N_ELEMENTS (xc_attribution_defs)];
  guint32    first[256];   /* byte -> the patterns one of whose words it can begin */
};

void
xc_context_free (XcContext *self)
{
  if (self == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (xc_attribution_defs); i++)
    xc_pattern_free (self->attribution[i]);
  g_free (self);
}

XcContext *
xc_context_new (GError **error)
{
  XcContext *self = g_new0 (XcContext, 1);
  for (gsize i = 0; i < G_N_ELEMENTS (xc_attribution_defs); i++)
    {
      const XcAttributionDef *d = &xc_attribution_defs[i];
      if (!(self->attribution[i] = xc_pattern_new (d->name, d->regex, d->flags, error)))
        {
          xc_context_free (self);
          return NULL;
        }
      for (gsize k = 0; k < G_N_ELEMENTS (d->needs) && d->needs[k]; k++)
        {
          guchar c = (guchar) d->needs[k][0];
          self->first[c] |= 1u << i;
          if (!(d->flags & XC_PATTERN_CASE))
            self->first[(guchar) g_ascii_toupper ((char) c)] |= 1u << i;
        }
      if (!(d->flags & XC_PATTERN_CASE))
        {
          self->first[0xC5] |= 1u << i;
          self->first[0xE2] |= 1u << i;
        }
    }
  return self;
}

static gboolean
is_quantity (const XcClaim *c)
{
  return c->kind == XC_KIND_MONEY || c->kind == XC_KIND_PERCENT || c->kind == XC_KIND_MEASURE
         || c->kind == XC_KIND_COUNT;
}

static gboolean
is_period (const XcClaim *c)
{
  return (c->kind == XC_KIND_DATE && c->iso && !c->vague) || (c->kind == XC_KIND_DATERANGE && c->start && c->end);
}

/* Lower-cased word ending at or before @pos (skipping spaces), into @buf; returns its start. */
static gsize
word_before (const char *t, gsize lo, gsize pos, char *buf, gsize size)
{
  gsize i = pos;
  while (i > lo && g_ascii_isspace (t[i - 1]))
    i--;
  gsize e = i;
  while (i > lo && (g_ascii_isalpha (t[i - 1]) || t[i - 1] == '.'))
    i--;
  gsize n = MIN (e - i, size - 1);
  for (gsize k = 0; k < n; k++)
    buf[k] = g_ascii_tolower (t[i + k]);
  buf[n] = '\0';
  return i;
}

static const char * const xc_basis_words[] = {
  "from", "than", "over", "versus", "vs", "vs.", "against", "since", "on", NULL,
};

/* "up 26 percent compared with 2022", "than in 2022", "from 2022": the date a change is measured against. */
static gboolean
is_basis (const char *t, gsize lo, const XcClaim *date)
{
  char w[16], w2[16];
  gsize s = word_before (t, lo, date->offset, w, sizeof w);
  if (xc_word_in_str (w, xc_basis_words))
    return TRUE;
  if (g_str_equal (w, "in") || g_str_equal (w, "the") || g_str_equal (w, "of"))
    {
      s = word_before (t, lo, s, w2, sizeof w2);
      if (g_str_equal (w2, "than") || g_str_equal (w2, "from") || g_str_equal (w2, "over")
          || g_str_equal (w2, "versus") || g_str_equal (w2, "that"))
        return TRUE;
      g_strlcpy (w, w2, sizeof w);
    }
  if (g_str_equal (w, "with") || g_str_equal (w, "to"))
    {
      word_before (t, lo, s, w2, sizeof w2);
      return g_str_equal (w2, "compared") || g_str_equal (w2, "comparison") || g_str_equal (w2, "relative");
    }
  return FALSE;
}

/* Does a clause break start at @i (before @lim): " but ", " — ", and with
 * @contrast " while ", " whereas "? */
static inline gboolean
clause_break_at (const char *t, gsize i, gsize lim, gboolean contrast)
{
  if (t[i] != ' ' || i + 5 > lim)
    return FALSE;
  if (memcmp (t + i, " but ", 5) == 0 || memcmp (t + i, " — ", 5) == 0)
    return TRUE;
  return contrast && t[i + 1] == 'w'
         && ((i + 7 <= lim && memcmp (t + i, " while ", 7) == 0)
             || (i + 9 <= lim && memcmp (t + i, " whereas ", 9) == 0));
}

/* A clause break of a sentence: ";", ":" before a non-digit, " but ", " — "
 * (@len bytes at @pos), or " while "/" whereas " (@contrast). */
typedef struct {
  gsize    pos;
  gsize    len;
  gboolean contrast;
} XcBreak;

/* The breaks of @sent, in order: found once per sentence, not once per figure. */
static void
sentence_breaks (const char *t, const XcSpan *sent, GArray *out)
{
  g_array_set_size (out, 0);
  for (gsize i = sent->start; i < sent->end; i++)
    {
      XcBreak b = { i, 1, FALSE };
      if (t[i] == ';' || (t[i] == ':' && i + 1 < sent->end && !g_ascii_isdigit (t[i + 1])))
        g_array_append_val (out, b);
      else if (t[i] == ' ' && i + 5 <= sent->end
               && (memcmp (t + i, " but ", 5) == 0 || memcmp (t + i, " — ", 5) == 0))
        {
          b.len = 5;
          g_array_append_val (out, b);
        }
      else if (t[i] == ' ' && clause_break_at (t, i, sent->end, TRUE))
        {
          b.len = t[i + 2] == 'h' && t[i + 3] == 'i' ? 7 : 9;
          b.contrast = TRUE;
          g_array_append_val (out, b);
        }
    }
}

/* The clause of [@start, @end) inside its sentence: cut at ";", ":", " but ",
 * dashes; after the figure also at " while ", " whereas ": a date after them
 * is the contrasted clause's ("rose 7% in 2023, while profit fell 2% in the
 * first half"), but a date before them still reaches into it ("rose 5% in
 * 2023, while imports fell 3%"). A break must lie whole before the figure to
 * open its clause. */
static void
clause_bounds (const XcSpan *sent, const GArray *breaks, gsize start, gsize end, gsize *out_lo, gsize *out_hi)
{
  gsize lo = sent->start, hi = sent->end;
  for (guint k = 0; k < breaks->len; k++)
    {
      const XcBreak *b = &g_array_index (breaks, XcBreak, k);
      if (b->pos + b->len <= start && !b->contrast)
        lo = b->pos + 1;
      else if (b->pos >= end)
        {
          hi = b->pos;
          break;
        }
    }
  *out_lo = lo;
  *out_hi = hi;
}

/* Only white space, commas and "in"/"for"/"during"/"as of" between a figure and the date after it. */
static gboolean
directly_after (const char *t, gsize from, gsize to)
{
  g_autofree char *gap = g_ascii_strdown (t + from, (gssize) (to - from));
  g_strstrip (gap);
  return gap[0] == '\0' || g_str_equal (gap, "in") || g_str_equal (gap, "for") || g_str_equal (gap, "during")
         || g_str_equal (gap, "as of") || g_str_equal (gap, "by") || g_str_equal (gap, "through");
}

static void
set_scope (XcClaim *q, XcClaim *date)
{
  g_free (q->scope);
  /* a fiscal year is its own kind of period: "FY2023" never meets calendar "2023" */
  const char *fy = date->fiscal ? "FY" : "";
  q->scope = date->kind == XC_KIND_DATE ? g_strconcat (fy, date->iso, NULL)
                                        : g_strdup_printf ("%s%s/%s", fy, date->start, date->end);
  date->is_scope = TRUE;
}

/* Is @date bound to a figure right before it that is no current value: a
 * bare number ("up from 35 in 2021") or an old value ("from $1.25bn a year
 * ago")? Such a date is the period of that figure, never of @q (unless
 * it is @q's own). @first: the index of the clause's first claim; @lo: the
 * clause's start. */
static gboolean
bound_to_other (const XcScan *scan, guint first, gsize lo, const XcClaim *q, XcClaim *date)
{
  const char *t = scan->text;
  gsize i = date->offset;
  while (i > lo && t[i - 1] == ' ')
    i--;
  char w[16];
  gsize ws = word_before (t, lo, i, w, sizeof w);
  if (g_str_equal (w, "in") || g_str_equal (w, "for") || g_str_equal (w, "during"))
    {
      i = ws;
      while (i > lo && t[i - 1] == ' ')
        i--;
    }
  if (i <= lo || !(g_ascii_isdigit (t[i - 1]) || g_ascii_isalpha (t[i - 1]) || t[i - 1] == '%'))
    return FALSE;
  for (guint j = first; j < scan->claims->len; j++)
    {
      const XcClaim *c = scan->claims->pdata[j];
      if (c->offset >= i)
        break;
      if (c->offset + c->length == i && is_quantity (c))
        return c->offset != q->offset && c->previous;
    }
  /* no figure ends there: a bare number ("35 in 2021") binds it, as the
   * period of that number (no event date either); a word does not */
  if (!g_ascii_isdigit (t[i - 1]))
    return FALSE;
  date->is_scope = TRUE;
  return TRUE;
}

/* Whether the text from @from to @to turns to an old value the figure is compared
 * with, stated or not as a claim of its own: "621,000 vehicles, compared with 580,000
 * in the same quarter last year", "612,000, up from 580,000 a year earlier", "more
 * than the 2.8 billion of 2027". A period after it is the old value's. */
static gboolean
basis_between (const char *t, gsize from, gsize to)
{
  static const char * const basis[] = { "compared", "comparison", "versus", "vs", "against", "than", NULL };
  for (gsize i = from; i < to; i++)
    {
      if (!g_ascii_isalpha (t[i]) || (i > from && g_ascii_isalpha (t[i - 1])))
        continue;
      gsize e = i;
      while (e < to && g_ascii_isalpha (t[e]))
        e++;
      if (xc_word_in (t, i, e, basis))
        return TRUE;
      if (e - i == 4 && g_ascii_strncasecmp (t + i, "from", 4) == 0)
        {
          gsize k = e;
          while (k < to && (t[k] == ' ' || t[k] == '$' || (guchar) t[k] >= 0x80))
            k++;
          if (k < to && g_ascii_isdigit (t[k]))
            return TRUE;
        }
      i = e;
    }
  return FALSE;
}

static void
annotate_scope (XcScan *scan, guint qi, const XcSpan *sent, const GArray *breaks)
{
  GPtrArray *claims = scan->claims;
  XcClaim *q = claims->pdata[qi];
  gsize lo, hi;
  clause_bounds (sent, breaks, q->offset, q->offset + q->length, &lo, &hi);
  XcClaim *before = NULL, *after = NULL, *direct = NULL;
  /* claims are sorted by offset: only those of the clause are looked at */
  guint first = qi;
  while (first > 0 && ((XcClaim *) claims->pdata[first - 1])->offset >= lo)
    first--;
  /* a date after an old value ("against 18% in 2024") is that value's; an old
   * value takes only the date right after it */
  gboolean after_blocked = FALSE;
  for (guint j = first; j < claims->len && ((XcClaim *) claims->pdata[j])->offset < hi; j++)
    {
      XcClaim *d = claims->pdata[j];
      if (j > qi && is_quantity (d) && (q->previous || d->previous))
        after_blocked = TRUE;
      if (!is_period (d) || d->offset < lo || d->offset + d->length > hi)
        continue;
      if (j > qi && after_blocked)
        break;
      if (is_basis (scan->text, lo, d))
        {
          /* "up 15 percent over 2023": the period a change is measured
           * against is not an event of its own either */
          if (q->direction != XC_DIRECTION_NONE)
            d->is_basis = TRUE;
          continue;
        }
      if (j > qi && !q->previous && d->offset > q->offset + q->length
          && basis_between (scan->text, q->offset + q->length, d->offset))
        break;   /* the old value's period, as with after_blocked */
      if (d->offset + d->length <= q->offset)
        {
          /* claims are sorted: the last one is the nearest */
          if (!q->previous && !bound_to_other (scan, first, lo, q, d))
            before = d;
        }
      else if (d->offset >= q->offset + q->length)
        {
          if (bound_to_other (scan, first, lo, q, d))
            break;   /* "42 seats, up from 35 in 2021": 2021 is the 35's */
          if (direct == NULL && after == NULL && directly_after (scan->text, q->offset + q->length, d->offset))
            direct = d;
          if (after == NULL)
            after = d;
        }
    }
  XcClaim *pick = direct ? direct : before ? before : after;
  if (pick)
    set_scope (q, pick);
}

/* Only blanks, commas, brackets, "on"/"at"/"of"/"the" and other times of day
 * between @from and @to: a date there is the time's own ("5:10 a.m. local
 * time (11:10 p.m. ET) on April 9"). */
static gboolean
time_adjacent (const XcScan *scan, guint first, guint last, gsize from, gsize to)
{
  const char *t = scan->text;
  gsize i = from;
  while (i < to)
    {
      if (t[i] == ' ' || t[i] == ',' || t[i] == '(' || t[i] == ')')
        {
          i++;
          continue;
        }
      gsize e = i;
      while (e < to && g_ascii_isalnum (t[e]))
        e++;
      gboolean skip = FALSE;
      for (guint j = first; j < last && !skip; j++)
        {
          const XcClaim *c = scan->claims->pdata[j];
          if (c->kind == XC_KIND_TIME && c->offset == i)
            {
              e = c->offset + c->length;
              skip = TRUE;
            }
        }
      static const char * const glue[] = { "on", "at", "of", "the", NULL };
      for (const char * const *g = glue; *g && !skip; g++)
        skip = e - i == strlen (*g) && g_ascii_strncasecmp (t + i, *g, e - i) == 0;
      if (!skip || e == i)
        return FALSE;
      i = e;
    }
  return TRUE;
}

/* The day of a time of day: a date right before or after it, else the nearest
 * date of its clause that names a day ("shortly before midnight on Friday",
 * "Saturday at about 3 p.m."). */
static void
tie_time (XcScan *scan, guint ti, GArray *breaks)
{
  GPtrArray *claims = scan->claims;
  XcClaim *t = claims->pdata[ti];
  guint si = xc_segment_find (scan->sentences, t->offset);
  const XcSpan *sent = &g_array_index (scan->sentences, XcSpan, si);
  gsize lo, hi;
  sentence_breaks (scan->text, sent, breaks);
  clause_bounds (sent, breaks, t->offset, t->offset + t->length, &lo, &hi);
  const XcClaim *best = NULL;
  gsize best_gap = G_MAXSIZE;
  /* claims are sorted by offset: only the clause's are looked at */
  guint first = ti, last = ti + 1;
  while (first > 0 && ((XcClaim *) claims->pdata[first - 1])->offset >= lo)
    first--;
  while (last < claims->len && ((XcClaim *) claims->pdata[last])->offset < hi)
    last++;
  for (guint j = first; j < last; j++)
    {
      const XcClaim *d = claims->pdata[j];
      if (d->kind != XC_KIND_DATE || d->iso == NULL || strlen (d->iso) != 10 || d->is_basis)
        continue;
      gsize gap = d->offset > t->offset ? d->offset - (t->offset + t->length) : t->offset - (d->offset + d->length);
      if (d->offset > t->offset ? time_adjacent (scan, first, last, t->offset + t->length, d->offset)
                                : time_adjacent (scan, first, last, d->offset + d->length, t->offset))
        gap = 0;
      if (gap < best_gap)
        {
          best = d;
          best_gap = gap;
        }
    }
  if (best)
    xc_time_tie_date (t, best->iso);
}

static gboolean
is_pronoun (const char *s)
{
  static const char * const pronouns[] = { "he", "she", "they", "it", "we", "i", "you", "this", "that", NULL };
  return xc_word_in_str (s, pronouns);
}

/* Does the word at @w (@n bytes on) begin with @prefix (in any case unless @exact)? */
static gboolean
word_begins (const char *w, gsize n, const char *prefix, gboolean exact)
{
  gsize k = 0;
  for (; prefix[k]; k++)
    if (k >= n || (exact ? w[k] : xc_lower (w[k])) != prefix[k])
      return FALSE;
  return TRUE;
}

/* The attribution patterns (bit i: xc_attribution_defs[i]) worth running on
 * the @n bytes at @t: those one of whose words begins a word there (as
 * written for a case-sensitive pattern). One pass over the words instead of
 * a search per word and pattern; @self->first tells, per first byte, which
 * patterns can begin there at all. */
static guint32
attribution_candidates (const XcContext *self, const char *t, gsize n)
{
  const guint32 all = (1u << G_N_ELEMENTS (xc_attribution_defs)) - 1;
  guint32 found = 0;
  for (gsize i = 0; i < n && found != all; i++)
    {
      guchar c = (guchar) t[i];
      guint32 maybe = self->first[c] & ~found;
      if (maybe == 0 || (i > 0 && g_ascii_isalpha (t[i - 1])))
        continue;
      if (c >= 0x80)
        {
          /* U+017F (long s) and U+212A (Kelvin sign): caseless UTF matching
           * reads them as "s" and "k" */
          if ((c == 0xC5 && i + 1 < n && (guchar) t[i + 1] == 0xBF)
              || (c == 0xE2 && i + 2 < n && (guchar) t[i + 1] == 0x84 && (guchar) t[i + 2] == 0xAA))
            found |= maybe;
          continue;
        }
      for (guint d = 0; d < G_N_ELEMENTS (xc_attribution_defs); d++)
        {
          const XcAttributionDef *def = &xc_attribution_defs[d];
          gboolean exact = def->flags & XC_PATTERN_CASE;
          for (guint k = 0; (maybe & (1u << d)) && k < G_N_ELEMENTS (def->needs) && def->needs[k]; k++)
            if (word_begins (t + i, n - i, def->needs[k], exact))
              {
                found |= 1u << d;
                break;
              }
        }
    }
  return found;
}

static char *
find_attribution (XcContext *self, XcScan *scan, const XcSpan *sent, GError **error)
{
  gsize end = sent->end;
  while (end > sent->start && g_ascii_isspace (scan->text[end - 1]))
    end--;
  guint32 candidates = attribution_candidates (self, scan->text + sent->start, end - sent->start);
  for (gsize i = 0; i < G_N_ELEMENTS (xc_attribution_defs); i++)
    {
      XcPattern *p = self->attribution[i];
      if (!(candidates & (1u << i)))
        continue;
      if (!xc_pattern_match (p, scan->text, end, sent->start, error))
        {
          if (error && *error)
            return NULL;
          continue;
        }
      gsize s, e;
      if (!xc_pattern_named (p, "src", &s, &e))
        continue;
      g_autofree char *src = g_strndup (scan->text + s, e - s);
      g_strstrip (src);
      if (g_str_has_prefix (src, "The ") || g_str_has_prefix (src, "the "))
        memmove (src, src + 4, strlen (src + 4) + 1);
      if (src[0] == '\0' || is_pronoun (src) || g_str_equal (src, "data") || g_str_equal (src, "figures")
          || g_str_equal (src, "statistics"))
        continue;
      return g_steal_pointer (&src);
    }
  return NULL;
}

gboolean
xc_context_annotate (XcContext *self, XcScan *scan, GError **error)
{
  g_return_val_if_fail (self != NULL && scan != NULL, FALSE);
  if (scan->sentences == NULL || scan->sentences->len == 0)
    return TRUE;
  guint cached_sent = G_MAXUINT;
  g_autofree char *cached_src = NULL;
  g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (XcBreak));
  for (guint i = 0; i < scan->claims->len; i++)
    {
      XcClaim *q = scan->claims->pdata[i];
      if (!is_quantity (q))
        continue;
      guint si = xc_segment_find (scan->sentences, q->offset);
      const XcSpan *sent = &g_array_index (scan->sentences, XcSpan, si);
      if (si != cached_sent)
        sentence_breaks (scan->text, sent, breaks);
      annotate_scope (scan, i, sent, breaks);
      if (si != cached_sent)
        {
          GError *local = NULL;
          g_free (cached_src);
          cached_src = find_attribution (self, scan, sent, &local);
          if (local)
            {
              g_propagate_error (error, local);
              return FALSE;
            }
          cached_sent = si;
        }
      if (cached_src && q->attribution == NULL)
        q->attribution = g_strdup (cached_src);
    }
  for (guint i = 0; i < scan->claims->len; i++)
    if (((XcClaim *) scan->claims->pdata[i])->kind == XC_KIND_TIME)
      tie_time (scan, i, breaks);
  return TRUE;
}
