/* xc-date-relative.c - dates relative to the publication date ("today",
 * "last Tuesday", "next month", "March last year") and back from the
 * sentence's own date ("a year earlier")
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-date-private.h"
#include "xc-lexicon-private.h"

/* ---------- relative to the publication date ---------- */

static void
week_bounds (const GDate *day, GDate *mon, GDate *sun)
{
  *mon = *day;
  g_date_subtract_days (mon, g_date_get_weekday (day) - G_DATE_MONDAY);
  *sun = *mon;
  g_date_add_days (sun, 6);
}

gboolean
xc_date_on_month_rel (XcDateMatch *m)
{
  char rel[24];
  int mo = xc_date_group_month (m, "mon");
  xc_date_group_lower (m, "rel", rel, sizeof rel);
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  if (m->scan->published == NULL)
    xc_date_set_unresolved (c, m->scan);
  else
    xc_date_set (c, g_date_get_year (m->scan->published) + xc_date_rel_offset (rel), mo, 0);
  return TRUE;
}

static const XcClaim *sentence_date_before (XcDateMatch *m, gsize pos);
static gboolean set_back_from (XcDateMatch *m, XcClaim *c, const XcClaim *ref, char unit, int k);

static const char * const xc_basis_words[] = {
  "from", "than", "over", "versus", "vs.", "vs", "with", "to", "against", "on", NULL,
};

gboolean
xc_date_on_relative (XcDateMatch *m)
{
  char edge[16], rel[24], unit[16];
  xc_date_group_lower (m, "edge", edge, sizeof edge);
  xc_date_group_lower (m, "rel", rel, sizeof rel);
  xc_date_group_lower (m, "runit", unit, sizeof unit);
  int off = xc_date_rel_offset (rel);
  if (g_str_has_prefix (rel, "the previous"))
    {
      /* "up 26% from the previous year": relative to the figure's period, not to the publication */
      char pw[16];
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (xc_date_in_list (pw, xc_basis_words))
        return FALSE;
    }
  gboolean week = g_str_equal (unit, "week"), quarter = g_str_equal (unit, "quarter");
  if (off < 0 && g_str_has_prefix (rel, "the ") && (unit[0] == 'y' || unit[0] == 'm'))
    {
      /* "In March ... the previous year": back from the sentence's own date */
      const XcClaim *ref = sentence_date_before (m, m->start);
      if (ref)
        {
          XcClaim *c = xc_claim_new (XC_KIND_DATE);
          c->offset = m->start;
          c->length = m->end - m->start;
          if (set_back_from (m, c, ref, unit[0] == 'y' ? 'Y' : 'M', 1))
            {
              g_ptr_array_add (m->scan->claims, c);
              return TRUE;
            }
          xc_claim_free (c);
        }
    }
  XcClaim *c = xc_date_add_match_claim (m, week || quarter ? XC_KIND_DATERANGE : XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  /* earlier/later this X: up to / from the publication day; early/late: a third */
  gboolean upto = g_str_equal (edge, "earlier") && off == 0;
  gboolean from = g_str_equal (edge, "later") && off == 0;
  int part = edge[0] == '\0' || upto || from ? 0 : xc_date_part_of (edge);
  GDate a, b;
  if (week)
    {
      GDate ref = *pub;
      if (off < 0)
        g_date_subtract_days (&ref, 7);
      else if (off > 0)
        g_date_add_days (&ref, 7);
      week_bounds (&ref, &a, &b);
      if (upto)
        b = *pub;
      if (from)
        a = *pub;
      xc_date_set_range_days (c, &a, &b);
      return TRUE;
    }
  int y = g_date_get_year (pub), mo = g_date_get_month (pub);
  if (quarter)
    {
      int q = (mo - 1) / 3 + off;   /* 0-based, may leave the year */
      int qy = y + (q < 0 ? -1 : q > 3 ? 1 : 0);
      q = (q + 4) % 4;
      xc_date_gdate (&a, qy, q * 3 + 1, 1);
      xc_date_gdate (&b, qy, q * 3 + 3, xc_date_days_in (qy, q * 3 + 3));
      if (upto)
        b = *pub;
      if (from)
        a = *pub;
      xc_date_set_range_days (c, &a, &b);
      return TRUE;
    }
  if (g_str_equal (unit, "month"))
    {
      int idx = y * 12 + mo - 1 + off;
      y = idx / 12;
      mo = idx % 12 + 1;
    }
  else
    {
      y += off;
      mo = 0;
    }
  xc_date_set (c, y, mo, 0);
  if (part)
    xc_date_narrow_part (c, part, y, mo);
  else if (upto || from)
    {
      GDate f, l;
      xc_iso_date_bounds (c->iso, &f, &l);
      xc_date_narrow (c, upto ? &f : pub, upto ? pub : &l);
    }
  return TRUE;
}

static const char * const xc_month_preps[] = {
  "in", "since", "by", "until", "till", "through", "throughout", "during", "from", "before",
  "after", "around", NULL,
};

gboolean
xc_date_on_month (XcDateMatch *m)
{
  char rel[24], pw[16];
  gsize s, e;
  xc_date_group (m, "mon", &s, &e);
  int mo = xc_date_month_from_name (m->scan->text + s, e - s);
  xc_date_group_lower (m, "rel", rel, sizeof rel);
  if (!rel[0])
    {
      /* a bare month needs a preposition, and an abbreviation its full stop ("Jan Smith") */
      static const int full_len[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
      if (m->scan->text[e - 1] != '.' && (int) (e - s) < full_len[mo - 1])
        return FALSE;
      xc_date_prev_word (m, s, pw, sizeof pw, NULL, NULL);
      /* "the October slaying", "for October": not "May", a name and a verb too */
      char nw[16], punct = 0;
      gboolean next_cap = FALSE;
      xc_date_next_word (m, m->end, nw, sizeof nw, &punct, &next_cap);
      gboolean modifier = mo != 5 && (int) (e - s) == full_len[mo - 1]
                          && ((xc_date_in_list (pw, xc_date_modifier_dets) && nw[0] && !next_cap
                               && (xc_lexicon_pos_mask (nw, strlen (nw)) & XC_POS_NOUN)
                               && !xc_date_in_list (nw, xc_date_after_year_ok))
                              || g_str_equal (pw, "for") || g_str_equal (pw, "into"));
      if (!xc_date_in_list (pw, xc_month_preps) && !modifier)
        return FALSE;
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  int y = g_date_get_year (pub), pm = g_date_get_month (pub);
  int off = xc_date_rel_offset (rel);
  if (!rel[0])
    y = xc_date_match_year (m, mo, 0);
  else if (off < 0)
    y = mo < pm ? y : y - 1;   /* "last August": the latest August before this month */
  else if (off > 0)
    y = mo > pm ? y : y + 1;
  xc_date_set (c, y, mo, 0);
  return TRUE;
}

static const char * const xc_weekday_preps[] = {
  "on", "since", "by", "until", "till", "from", "before", "after", "said", "late", "early",
  "and", "or", NULL,
};

/* Capitalized words that make a weekday after them the name of a day of its
 * own ("Good Friday", "Super Tuesday", "Super Bowl Sunday"): any other
 * capitalized word before a weekday is a name the day is said with ("The
 * World Court Friday rejected", "Also Friday", "in Iraq Friday"). */
static const char * const xc_named_day_words[] = {
  "good", "black", "super", "holy", "ash", "palm", "easter", "cyber", "bloody", "maundy", "fat",
  "shrove", "giving", "great", "blue", "manic", "casual", "girl", "man", "bowl", "whit", "low",
  "trinity", "pentecost", "mothering", "orthodox", "passion", "spy", "small", "red", "green",
  "white", "mad", "bank", "election", NULL,
};

gboolean
xc_date_on_weekday (XcDateMatch *m)
{
  char rel[24], pw[16];
  gboolean cap, initial;
  gsize s, e;
  xc_date_group (m, "wday", &s, &e);
  GDateWeekday wd = xc_date_weekday_from_name (m->scan->text + s, e - s);
  xc_date_group_lower (m, "rel", rel, sizeof rel);
  if (!rel[0])
    {
      char nw[16], punct = 0;
      gboolean next_cap = FALSE;
      xc_date_prev_word (m, s, pw, sizeof pw, &cap, &initial);
      xc_date_next_word (m, m->end, nw, sizeof nw, &punct, &next_cap);
      /* "Good Friday", "Super Tuesday"; "Sunday Times" after a name; "every Monday" recurs */
      if ((cap && !xc_date_in_list (pw, xc_weekday_preps)
           && (xc_date_in_list (pw, xc_named_day_words) || (next_cap && !punct && nw[0])))
          || g_str_equal (pw, "every") || g_str_equal (pw, "each"))
        return FALSE;
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  int pwd = g_date_get_weekday (pub);
  int back = (pwd - (int) wd + 7) % 7, fwd = ((int) wd - pwd + 7) % 7;
  int delta;
  if (g_str_equal (rel, "this"))
    delta = (int) wd - pwd;   /* in the same Monday-to-Sunday week */
  else if (xc_date_rel_offset (rel) < 0)
    delta = -(back ? back : 7);
  else if (xc_date_rel_offset (rel) > 0)
    delta = fwd ? fwd : 7;
  else
    delta = xc_date_match_tense (m) == XC_TENSE_FUTURE ? fwd : -back;
  GDate d = *pub;
  if (delta < 0)
    g_date_subtract_days (&d, (guint) -delta);
  else
    g_date_add_days (&d, (guint) delta);
  xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
  return TRUE;
}

/* Words after "in the past" that end the phrase ("In the past, ...", "in
 * the past it considered"), where "the past few years" goes on. */
static const char * const xc_after_past_ok[] = {
  "that", "it", "they", "he", "she", "we", "i", "you", "the", "a", "an", "and", "but", "or",
  "when", "as", "has", "have", "had", "was", "were", "is", "are", "to", "by", "in", "on", "at",
  "for", "with", "than", NULL,
};

/* "now", "currently": a date with the value PRESENT_REF (as TimeML writes
 * it), vague: the time of writing, no day to compare (never a scope, never
 * judged). "from now" after a duration counts forward and is left out.
 * "recently" ("more recently"; not "most recently", "the recently passed
 * law") is PAST_REF, "in the past" (its end: "In the past, ...") too; "in
 * the future", "into the future", "about the (near) future" (not "the
 * future of ...") FUTURE_REF. */
gboolean
xc_date_on_now (XcDateMatch *m)
{
  char pw[16], nw[16], punct = 0;
  xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
  const char *value = "PRESENT_REF";
  if (xc_date_has (m, "now"))
    {
      if (g_str_equal (pw, "from"))
        return FALSE;
    }
  else if (xc_date_has (m, "recent"))
    {
      if (g_str_equal (pw, "most") || g_str_equal (pw, "the"))
        return FALSE;
      value = "PAST_REF";
    }
  else
    {
      static const char * const preps_future[] = { "in", "into", "about", NULL };
      gboolean past = xc_date_has (m, "past");
      xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
      if (past ? !g_str_equal (pw, "in") : !xc_date_in_list (pw, preps_future))
        return FALSE;
      if (nw[0] && (g_str_equal (nw, "of") || (past && !xc_date_in_list (nw, xc_after_past_ok))))
        return FALSE;
      value = past ? "PAST_REF" : "FUTURE_REF";
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  c->iso = g_strdup (value);
  c->vague = TRUE;
  return TRUE;
}

gboolean
xc_date_on_today (XcDateMatch *m)
{
  char w[16], pw[16];
  gboolean cap, initial;
  xc_date_group_lower (m, "today", w, sizeof w);
  xc_date_prev_word (m, m->start, pw, sizeof pw, &cap, &initial);
  if (cap && !initial && g_ascii_isupper (m->scan->text[m->start]))
    return FALSE;   /* "USA Today", "Psychology Today"; not "Baghdad today" */
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  GDate d = *pub;
  if (g_str_equal (w, "yesterday"))
    g_date_subtract_days (&d, 1);
  else if (g_str_equal (w, "tomorrow"))
    g_date_add_days (&d, 1);
  xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
  return TRUE;
}

/* ---------- back from the sentence's own date ---------- */

/* An ISO date "YYYY[-MM[-DD]]" moved back @k units ('Y', 'M', 'D'; weeks as
 * 7 days) at its own precision; NULL when it is coarser than the unit. */
static char *
iso_back (const char *iso, char unit, int k)
{
  gsize n = strlen (iso);
  GDate f, l;
  if (!xc_iso_date_bounds (iso, &f, &l))
    return NULL;
  if ((unit == 'M' && n < 7) || ((unit == 'D' || unit == 'W') && n < 10))
    return NULL;
  if (unit == 'Y')
    g_date_subtract_years (&f, (guint) k);
  else if (unit == 'M')
    g_date_subtract_months (&f, (guint) k);
  else
    g_date_subtract_days (&f, (guint) (k * (unit == 'W' ? 7 : 1)));
  char *out = xc_iso_from_date (&f);   /* "YYYY-MM-DD", cut to the precision */
  out[n] = '\0';
  return out;
}

/* The last dated claim of the sentence before @pos: the date "a year
 * earlier" counts back from. */
static const XcClaim *
sentence_date_before (XcDateMatch *m, gsize pos)
{
  GPtrArray *claims = m->scan->claims;
  for (guint i = claims->len; i-- > 0;)
    {
      const XcClaim *c = claims->pdata[i];
      /* this recognizer's claims come last, in text order, after the
       * quantities: before them, or before the sentence, there is none
       * (walking on was quadratic in a document without dates) */
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_DURATION)
        return NULL;
      if (c->offset < m->sent_start)
        return NULL;
      if (c->kind != XC_KIND_DURATION && c->offset + c->length <= pos && !c->fiscal && !c->vague)
        return c;
    }
  return NULL;
}

/* Sets @c to @ref moved back @k units; FALSE when it cannot be. */
static gboolean
set_back_from (XcDateMatch *m, XcClaim *c, const XcClaim *ref, char unit, int k)
{
  if (!ref->resolved)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  if (ref->kind == XC_KIND_DATE)
    {
      g_autofree char *iso = ref->iso ? iso_back (ref->iso, unit, k) : NULL;
      if (iso == NULL)
        return FALSE;
      GDate f, l;
      xc_iso_date_bounds (iso, &f, &l);
      xc_date_set (c, g_date_get_year (&f), strlen (iso) >= 7 ? g_date_get_month (&f) : 0,
                   strlen (iso) >= 10 ? g_date_get_day (&f) : 0);
      return TRUE;
    }
  g_autofree char *a = ref->start ? iso_back (ref->start, unit, k) : NULL;
  g_autofree char *b = ref->end ? iso_back (ref->end, unit, k) : NULL;
  return a && b && xc_date_set_range (c, a, b);
}

static char
unit_letter (const char *w)
{
  switch (w[0])
    {
    case 'y': return 'Y';
    case 'm': return 'M';
    case 'w': return 'W';
    default: return 'D';
    }
}

/* "a year earlier", "the month before", "two years earlier": the date the
 * sentence states before it, moved back. Without one, nothing: "from a year
 * earlier" after a change is a basis (docs/claims.md), not a date. */
gboolean
xc_date_on_rel_back (XcDateMatch *m)
{
  char unit[16], num[40], dir[16], nw[16], punct;
  xc_date_group_lower (m, "bunit", unit, sizeof unit);
  xc_date_group_lower (m, "bnum", num, sizeof num);
  xc_date_group_lower (m, "bdir", dir, sizeof dir);
  int k = 1;
  gsize ns, ne;
  if (xc_date_group (m, "bnum", &ns, &ne) && !g_str_equal (num, "a") && !g_str_equal (num, "an"))
    {
      XcNumber n;
      if (!xc_number_parse (m->scan->text + ns, (gssize) (ne - ns), &n) || n.value != floor (n.value)
          || n.value < 1 || n.value > 100)
        return FALSE;
      k = (int) n.value;
    }
  /* "two weeks before the shooting", "a week since the shooting", "three
   * weeks before", "six months prior": a length of time counted from an
   * event, read as the duration it states */
  gsize us, ue;
  xc_date_group (m, "bunit", &us, &ue);
  XcNumber length = { .value = k, .step = 1 };
  gboolean counted = xc_date_has (m, "bnum");   /* not "the year before" */
  gboolean explicit_num = counted && !g_str_equal (num, "a") && !g_str_equal (num, "an");
  gboolean from_event = g_str_equal (dir, "before") || g_str_equal (dir, "prior") || g_str_equal (dir, "since");
  if (g_str_equal (dir, "since"))
    return counted && xc_date_add_duration (m, m->start, ue, &length, unit);
  /* "a year before the election", "a month earlier than planned": another reference */
  xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  if ((punct == '\0' && !xc_date_in_list (nw, xc_date_after_year_ok))
      || g_str_equal (nw, "than") || g_str_equal (nw, "the") || g_str_equal (nw, "a") || g_str_equal (nw, "an")
      || g_str_equal (nw, "that") || g_str_equal (nw, "its") || g_str_equal (nw, "his") || g_str_equal (nw, "her")
      || g_str_equal (nw, "their"))
    return from_event && explicit_num && !g_str_equal (nw, "than") && xc_date_add_duration (m, m->start, ue, &length, unit);
  const XcClaim *ref = sentence_date_before (m, m->start);
  /* "net income rose to $5 million from $4 million a year earlier" after
   * the report named its quarter: that quarter, a year back */
  if (ref == NULL && unit_letter (unit) == 'Y' && k == 1)
    ref = xc_date_doc_quarter (m, m->start);
  if (ref == NULL)
    return from_event && explicit_num && xc_date_add_duration (m, m->start, ue, &length, unit);
  XcClaim *c = xc_claim_new (XC_KIND_DATE);
  c->offset = m->start;
  c->length = m->end - m->start;
  if (!set_back_from (m, c, ref, unit_letter (unit), k))
    {
      xc_claim_free (c);
      return FALSE;
    }
  g_ptr_array_add (m->scan->claims, c);
  return TRUE;
}

/* ---------- the quarter of an earnings report ---------- */

/* How far back a named quarter still sets the period of "the quarter" and
 * "a year earlier": a short report's length. */
#define XC_QUARTER_REACH 3000

void
xc_date_set_quarter (XcClaim *c, int y, int q)
{
  GDate a, b;
  xc_date_gdate (&a, y, q * 3 - 2, 1);
  xc_date_gdate (&b, y, q * 3, xc_date_days_in (y, q * 3));
  xc_date_set_range_days (c, &a, &b);
}

/* The quarter (1..4) a daterange is, with its year; 0 when it is none. */
static int
quarter_of (const XcClaim *c, int *out_year)
{
  GDate f1, l1, f2, l2;
  if (c->kind != XC_KIND_DATERANGE || c->fiscal || !c->resolved
      || !xc_iso_date_bounds (c->start, &f1, &l1) || !xc_iso_date_bounds (c->end, &f2, &l2))
    return 0;
  int m = g_date_get_month (&f1);
  if (g_date_get_day (&f1) != 1 || (m - 1) % 3 != 0 || g_date_get_year (&f1) != g_date_get_year (&l2)
      || (int) g_date_get_month (&l2) != m + 2 || g_date_get_day (&l2) != xc_date_days_in (g_date_get_year (&l2), m + 2))
    return 0;
  *out_year = g_date_get_year (&f1);
  return (m - 1) / 3 + 1;
}

/* Is the expression one counted back from another ("a year earlier", "the
 * year-ago quarter")? It is no quarter the report names of its own. */
static gboolean
counts_back (const char *s, gsize len)
{
  static const char * const words[] = { "ago", "earlier", "before", "prior", NULL };
  for (const char * const *w = words; *w; w++)
    {
      gsize n = strlen (*w);
      for (gsize i = 0; i + n <= len; i++)
        if (g_ascii_strncasecmp (s + i, *w, n) == 0)
          return TRUE;
    }
  return FALSE;
}

const XcClaim *
xc_date_doc_quarter (XcDateMatch *m, gsize pos)
{
  GPtrArray *claims = m->scan->claims;
  for (guint i = claims->len; i-- > 0;)
    {
      const XcClaim *c = claims->pdata[i];
      int y;
      /* this recognizer's claims come last, in text order */
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE && c->kind != XC_KIND_DURATION)
        return NULL;
      if (c->offset + XC_QUARTER_REACH < pos)
        return NULL;
      if (c->offset < pos && quarter_of (c, &y) && !counts_back (m->scan->text + c->offset, c->length)
          && (m->scan->published == NULL || c->interval.hi < xc_date_day_number (m->scan->published)))
        return c;   /* a quarter reported on: over by publication ("the fourth quarter" ahead is a forecast) */
    }
  return NULL;
}

/* "the latest quarter", "the year-ago quarter", "the year-earlier third
 * quarter", "the quarter", "year-earlier" (results): the quarter the report
 * last named (a year back after year-ago/year-earlier); without one, the
 * last quarter that ended before publication for "latest", the year before
 * publication for a bare "year-earlier", and nothing for "the quarter". */
gboolean
xc_date_on_qperiod (XcDateMatch *m)
{
  static const char * const ordinals[] = { "first", "second", "third", "fourth", NULL };
  char mod[24], ord[16];
  xc_date_group_lower (m, "qpm", mod, sizeof mod);
  xc_date_group_lower (m, "qpo", ord, sizeof ord);
  gboolean back = g_str_has_prefix (mod, "year");
  gboolean unit = xc_date_has (m, "qpu");
  const XcClaim *dq = xc_date_doc_quarter (m, m->start);
  const GDate *pub = m->scan->published;
  int y = 0, q = 0;
  if (dq)
    q = quarter_of (dq, &y);
  else if (mod[0] == '\0')
    return FALSE;   /* "the quarter" with no quarter named before */
  else if (pub == NULL)
    {
      xc_date_set_unresolved (xc_date_add_match_claim (m, unit ? XC_KIND_DATERANGE : XC_KIND_DATE), m->scan);
      return TRUE;
    }
  else if (back && !unit)
    {
      /* "year-earlier results" outside a quarterly report: the year before */
      xc_date_set (xc_date_add_match_claim (m, XC_KIND_DATE), g_date_get_year (pub) - 1, 0, 0);
      return TRUE;
    }
  else
    {
      /* the last quarter ended by publication */
      y = g_date_get_year (pub);
      q = ((int) g_date_get_month (pub) - 1) / 3;
      if (q == 0)
        {
          q = 4;
          y--;
        }
    }
  for (int k = 0; ord[0] && ordinals[k]; k++)
    if (g_str_equal (ord, ordinals[k]))
      q = k + 1;
  if (back)
    y--;
  xc_date_set_quarter (xc_date_add_match_claim (m, XC_KIND_DATERANGE), y, q);
  return TRUE;
}
