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
  if (g_str_equal (rel, "this") && !xc_date_has (m, "edge"))
    {
      /* "This Week" in capitals inside a sentence is a name (a programme: ABC's "This Week") */
      const char *t = m->scan->text;
      gsize u, ue;
      xc_date_group (m, "runit", &u, &ue);
      char pw[16];
      gboolean initial = FALSE;
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, &initial);
      if (g_ascii_isupper (t[m->start]) && g_ascii_isupper (t[u]) && !initial)
        return FALSE;
    }
  if (xc_date_has (m, "yend"))
    {
      /* "by year-end": December 31 of the publication year; "since year-end"
       * or a past clause: of the year before; not "year-end net" */
      static const char * const preps[] = {
        "by", "since", "at", "until", "till", "before", "after", "through", "around", NULL,
      };
      char pw[16];
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (!xc_date_in_list (pw, preps))
        return FALSE;
      XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
      const GDate *pub = m->scan->published;
      if (pub == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      int y = g_date_get_year (pub);
      if (xc_date_match_tense (m) == XC_TENSE_PAST || m->since)
        y--;
      xc_date_set (c, y, 12, 31);
      return TRUE;
    }
  if (xc_date_has (m, "rfull"))
    {
      /* "for the full year", "a high for the year", "the first nine months of
       * the year": the publication year; not "for the year ended Sept. 30",
       * "the year before" */
      static const char * const stop[] = {
        "ended", "ending", "to", "through", "before", "earlier", "ago", "prior", "that", "in", "when", NULL,
      };
      char pw[16], nw[16], punct = 0;
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
      if ((!g_str_equal (pw, "for") && !g_str_equal (pw, "of")) || xc_date_in_list (nw, stop)
          || g_ascii_isdigit (punct))
        return FALSE;
      XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
      if (m->scan->published == NULL)
        xc_date_set_unresolved (c, m->scan);
      else
        xc_date_set (c, g_date_get_year (m->scan->published), 0, 0);
      return TRUE;
    }
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
  if (g_str_equal (pw, "of") && (g_str_equal (w, "today") || g_str_equal (w, "tomorrow"))
      && m->end < m->scan->len && m->scan->text[m->end] != '\'' && (guchar) m->scan->text[m->end] != 0xE2)
    return FALSE;   /* "the people of tomorrow", "the world of today": any time to come, any present */
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
  /* and what names a year for the reported quarter ("the 1988 period",
   * "the 1988 quarter", "last year's quarter"): a comparison of it */
  static const char * const words[] = { "ago", "earlier", "before", "prior", "period", "last year", NULL };
  for (const char * const *w = words; *w; w++)
    {
      gsize n = strlen (*w);
      for (gsize i = 0; i + n <= len; i++)
        if (g_ascii_strncasecmp (s + i, *w, n) == 0)
          return TRUE;
    }
  for (gsize i = 1; i + 8 <= len; i++)
    if (g_ascii_isdigit (s[i - 1]) && g_ascii_strncasecmp (s + i, " quarter", 8) == 0)
      return TRUE;
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

int
xc_date_doc_quarter_number (XcDateMatch *m)
{
  const XcClaim *dq = xc_date_doc_quarter (m, m->start);
  int y;
  return dq ? quarter_of (dq, &y) : 0;
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

/* ---------- seasons and holidays ---------- */

/* Prepositions a bare "the summer" needs ("well into the summer", "over the
 * summer"): "the fall of the city", "a fall in prices" are no seasons. */
static const char * const xc_season_preps[] = {
  "in", "into", "over", "during", "since", "until", "till", "by", "through", "throughout",
  "before", "after", "from", "for", "of", "about", NULL,
};

/* The season's TimeML code and its middle month (winter: January). */
static const char *
season_code (const char *w, int *mid)
{
  switch (w[0])
    {
    case 's':
      *mid = w[1] == 'u' ? 7 : 4;
      return w[1] == 'u' ? "SU" : "SP";
    case 'w':
      *mid = 1;
      return "WI";
    default:
      *mid = 10;
      return "FA";
    }
}

/* The season a month is in (1 spring, 2 summer, 3 fall, 0 winter). */
static int
season_of_month (int mo)
{
  return mo >= 3 && mo <= 5 ? 1 : mo >= 6 && mo <= 8 ? 2 : mo >= 9 && mo <= 11 ? 3 : 0;
}

/* "last fall", "this summer", "the early summer", "in the winter of 1994":
 * a date valued YYYY-SU (-SP, -FA, -WI) as TimeML writes it, vague (a season
 * has no agreed first and last day). "last" is the season of the year before
 * publication, unless it is the one just over ("last fall" in February);
 * "this past" the latest one begun before publication; "this" the
 * publication year's; "next" the first after; "the summer" after a
 * preposition the nearest one, moved by the tense as a month is. */
static gboolean on_holiday (XcDateMatch *m);

/* "over the weekend", "this weekend", "ahead of the weekend": the Saturday
 * and Sunday as TimeML writes them (1990-W32-WE, the ISO week of the
 * Saturday), vague: "last" and "over/during the" the latest one begun by
 * publication, "next" and "ahead of the" the first one after, "this" by the
 * clause's tense. "the weekend" needs one of those words before it. */
static gboolean
on_weekend (XcDateMatch *m)
{
  char rel[8], pw[16];
  xc_date_group_lower (m, "wrel", rel, sizeof rel);
  xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
  int dir;   /* -1 the latest begun, 1 the next */
  if (g_str_equal (rel, "last"))
    dir = -1;
  else if (g_str_equal (rel, "next"))
    dir = 1;
  else if (g_str_equal (rel, "this"))
    dir = xc_date_match_tense (m) == XC_TENSE_PAST ? -1 : 1;
  else if (g_str_equal (pw, "over") || g_str_equal (pw, "during"))
    dir = xc_date_match_tense (m) == XC_TENSE_FUTURE ? 1 : -1;
  else if (g_str_equal (pw, "of") && m->start >= m->sent_start + 9
           && g_ascii_strncasecmp (m->scan->text + m->start - 9, "ahead of ", 9) == 0)
    dir = 1;
  else
    return FALSE;
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  GDate sat = *pub;
  int wd = g_date_get_weekday (pub);   /* Monday 1 .. Sunday 7 */
  if (wd == G_DATE_SUNDAY)
    g_date_subtract_days (&sat, 1);
  else if (wd != G_DATE_SATURDAY)
    {
      if (dir < 0)
        g_date_subtract_days (&sat, (guint) (wd + 1));   /* the Saturday before */
      else
        g_date_add_days (&sat, (guint) (G_DATE_SATURDAY - wd));
    }
  /* the ISO week's year is its Thursday's */
  GDate thu = sat;
  g_date_subtract_days (&thu, 2);
  g_free (c->iso);
  c->iso = g_strdup_printf ("%04u-W%02u-WE", (guint) g_date_get_year (&thu), g_date_get_iso8601_week_of_year (&sat));
  c->vague = TRUE;
  c->resolved = TRUE;
  return TRUE;
}

gboolean
xc_date_on_season (XcDateMatch *m)
{
  if (xc_date_has (m, "holiday"))
    return on_holiday (m);
  if (xc_date_has (m, "wknd"))
    return on_weekend (m);
  char rel[24], w[16], pw[16], nw[16], punct = 0;
  xc_date_group_lower (m, "srel", rel, sizeof rel);
  xc_date_group_lower (m, "season", w, sizeof w);
  int mid;
  const char *code = season_code (w, &mid);
  int s_idx = code[0] == 'S' ? (code[1] == 'P' ? 1 : 2) : code[0] == 'F' ? 3 : 0;
  xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
  xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  int y = xc_date_has (m, "syear") ? xc_date_spoken_year (m) : xc_date_group_int (m, "year");
  if (!rel[0] && !y)
    {
      /* bare: "into the summer", "the early summer"; not "the fall of Rome" */
      if (g_str_equal (nw, "of") || (!xc_date_has (m, "spart") && !xc_date_in_list (pw, xc_season_preps)))
        return FALSE;
      if (xc_date_has (m, "spart") && !xc_date_has (m, "sthe") && !xc_date_in_list (pw, xc_season_preps))
        return FALSE;
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (!y && pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  if (!y)
    {
      int py = g_date_get_year (pub), pm = g_date_get_month (pub);
      int cur = season_of_month (pm);
      /* the "season year" of publication: January and February are in the winter begun in December */
      int cur_y = cur == 0 && pm <= 2 ? py - 1 : py;
      /* seasons run spring, summer, fall, winter within a "season year" */
      int order = (s_idx + 3) % 4, cur_order = (cur + 3) % 4;
      if (g_str_equal (rel, "last") || g_str_equal (rel, "the past") || g_str_equal (rel, "the previous"))
        y = (cur_order - order + 4) % 4 == 1 ? (order < cur_order ? cur_y : cur_y - 1) : py - 1;
      else if (g_str_equal (rel, "this past"))
        y = order <= cur_order ? cur_y : cur_y - 1;
      else if (g_str_equal (rel, "this"))
        y = s_idx == 0 ? cur_y : py;
      else if (rel[0])   /* next, the coming */
        y = order > cur_order ? cur_y : cur_y + 1;
      else
        y = xc_date_match_year (m, mid, 0);
    }
  g_free (c->iso);
  c->iso = g_strdup_printf ("%04d-%s", y, code);
  c->vague = TRUE;
  c->resolved = TRUE;
  return TRUE;
}

/* Easter Sunday of year @y (the Gregorian computus). */
static void
easter (int y, int *mo, int *d)
{
  int a = y % 19, b = y / 100, c = y % 100, dd = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - dd - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, mm = (a + 11 * h + 22 * l) / 451;
  *mo = (h + l - 7 * mm + 114) / 31;
  *d = (h + l - 7 * mm + 114) % 31 + 1;
}

/* The day of holiday @h (lower case, as written) in year @y. */
static void
holiday_day (const char *h, int y, int *mo, int *d)
{
  if (h[0] == 't')   /* the fourth Thursday of November (US) */
    {
      GDate g;
      xc_date_gdate (&g, y, 11, 1);
      int wd = g_date_get_weekday (&g);
      *mo = 11;
      *d = 1 + (G_DATE_THURSDAY - wd + 7) % 7 + 21;
    }
  else if (h[0] == 'c')
    {
      *mo = 12;
      *d = strstr (h, "eve") ? 24 : 25;
    }
  else if (h[0] == 'n')
    {
      gboolean eve = strstr (h, "eve") != NULL;
      *mo = eve ? 12 : 1;
      *d = eve ? 31 : 1;
    }
  else if (h[0] == 'i')
    {
      *mo = 7;
      *d = 4;
    }
  else
    easter (y, mo, d);
}

/* "Thanksgiving Day", "last Christmas", "New Year's Day", "Easter": the
 * day, in the year before, of or after publication: "last" the latest
 * before publication, "next" the first after, else the nearest, moved a
 * year by the clause's tense as a year-less day is. */
static gboolean
on_holiday (XcDateMatch *m)
{
  char rel[24], h[32];
  xc_date_group_lower (m, "hrel", rel, sizeof rel);
  xc_date_group_lower (m, "holiday", h, sizeof h);
  char nw[16], punct = 0;
  xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  if (g_str_equal (nw, "week") || g_str_equal (nw, "weekend") || g_str_equal (nw, "season")
      || g_str_equal (nw, "holidays") || g_str_equal (nw, "break"))
    return FALSE;   /* "Easter week" is no day */
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  double pj = xc_date_day_number (pub);
  int py = g_date_get_year (pub), best_y = py, mo, d;
  double best = INFINITY, best_diff = 0;
  XcTense tense = xc_date_match_tense (m);
  for (int y = py - 1; y <= py + 1; y++)
    {
      GDate g;
      holiday_day (h, y, &mo, &d);
      xc_date_gdate (&g, y, mo, d);
      double diff = xc_date_day_number (&g) - pj;
      gboolean ok = g_str_equal (rel, "last") || g_str_equal (rel, "this past") ? diff < 0
                    : g_str_equal (rel, "next") ? diff > 0 : TRUE;
      if (ok && (fabs (diff) < best || (fabs (diff) == best && diff < 0)))
        {
          best = fabs (diff);
          best_y = y;
          best_diff = diff;
        }
    }
  if (!rel[0] && tense == XC_TENSE_PAST && best_diff > 60)
    best_y--;
  else if (!rel[0] && tense == XC_TENSE_FUTURE && best_diff < -60)
    best_y++;
  holiday_day (h, best_y, &mo, &d);
  xc_date_set (c, best_y, mo, d);
  return TRUE;
}
