/* xc-date-duration.c - durations ("three years", "more than a decade", "the
 * past two weeks"), their ranges ("two to three years"), and the dates "ago"
 * makes of them ("three years ago")
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-date-private.h"

/* ---------- durations ---------- */

typedef struct {
  const char *stem;
  const char *unit;      /* claim->unit */
  double      factor;    /* in that unit */
  double      days;      /* one unit in days */
  char        designator;
  gboolean    time;      /* after "T" in ISO 8601 */
} XcDurUnit;

static const XcDurUnit xc_dur_units[] = {
  { "year", "year", 1, 365.25, 'Y', FALSE },
  { "decade", "year", 10, 365.25, 'Y', FALSE },
  { "centur", "year", 100, 365.25, 'Y', FALSE },
  { "month", "month", 1, 30.44, 'M', FALSE },
  { "fortnight", "week", 2, 7, 'W', FALSE },
  { "week", "week", 1, 7, 'W', FALSE },
  { "day", "day", 1, 1, 'D', FALSE },
  { "hour", "hour", 1, 1.0 / 24, 'H', TRUE },
  { "minute", "minute", 1, 1.0 / 1440, 'M', TRUE },
  { "second", "second", 1, 1.0 / 86400, 'S', TRUE },
};

static const XcDurUnit *
dur_unit (const char *w)
{
  for (gsize i = 0; i < G_N_ELEMENTS (xc_dur_units); i++)
    if (g_str_has_prefix (w, xc_dur_units[i].stem))
      return &xc_dur_units[i];
  return NULL;
}

static XcQualifier
qualifier_of (const char *q)
{
  static const struct { const char *word; XcQualifier q; } map[] = {
    { "more than", XC_QUALIFIER_MORE_THAN }, { "just over", XC_QUALIFIER_MORE_THAN },
    { "over", XC_QUALIFIER_MORE_THAN }, { "at least", XC_QUALIFIER_AT_LEAST },
    { "less than", XC_QUALIFIER_LESS_THAN }, { "fewer than", XC_QUALIFIER_LESS_THAN },
    { "under", XC_QUALIFIER_LESS_THAN }, { "just under", XC_QUALIFIER_LESS_THAN },
    { "up to", XC_QUALIFIER_AT_MOST }, { "no more than", XC_QUALIFIER_AT_MOST },
    { "at most", XC_QUALIFIER_AT_MOST }, { "within", XC_QUALIFIER_AT_MOST },
  };
  if (q[0] == '\0')
    return XC_QUALIFIER_EXACT;
  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (q, map[i].word))
      return map[i].q;
  return XC_QUALIFIER_APPROX;   /* nearly, almost, about, around, roughly, some, close to */
}

static void
set_duration (XcClaim *c, const XcNumber *n, const XcDurUnit *u, XcQualifier q)
{
  double v = n->value * u->factor;
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  if (v == floor (v))
    g_snprintf (num, sizeof num, "%.0f", v);
  else
    g_ascii_formatd (num, sizeof num, "%.6g", v);
  c->kind = XC_KIND_DURATION;
  g_free (c->iso);
  c->iso = g_strdup_printf ("P%s%s%c", u->time ? "T" : "", num, u->designator);
  c->value = v;
  g_free (c->unit);
  c->unit = g_strdup (u->unit);
  c->qualifier = q;
  /* the interval in days, at the precision of one stated unit ("a decade": ±5 years) */
  XcNumber days = { .value = v * u->days, .step = n->step * u->factor * u->days };
  xc_interval_from_number (&c->interval, &days, q);
}

gboolean
xc_date_on_duration (XcDateMatch *m, gboolean past)
{
  char unit_w[16], num_w[40], qual[24], pw[16], nw[16], punct;
  gsize ns = 0, ne = 0, us, ue;
  XcNumber n = { .value = 1, .step = 1 };
  gboolean have_num = xc_date_group (m, "num", &ns, &ne);
  xc_date_group (m, "dunit", &us, &ue);
  xc_date_group_lower (m, "dunit", unit_w, sizeof unit_w);
  xc_date_group_lower (m, "num", num_w, sizeof num_w);
  xc_date_group_lower (m, "qual", qual, sizeof qual);
  const XcDurUnit *u = dur_unit (unit_w);
  if (u == NULL)
    return FALSE;
  if (have_num && !xc_number_parse (m->scan->text + ns, (gssize) (ne - ns), &n))
    return FALSE;
  if (n.value <= 0)
    return FALSE;
  xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  const char *after = m->scan->text + m->end;
  gsize left = m->scan->len - m->end;
  /* ages are not durations: "a 45-year-old man", "45 years old", "45 years of age" */
  if ((left >= 4 && strncmp (after, "-old", 4) == 0) || g_str_equal (nw, "old")
      || (g_str_equal (nw, "of") && left > 8 && g_ascii_strncasecmp (after + 1, "of age", 6) == 0))
    return FALSE;
  if (!past)
    {
      gsize ss, se;
      xc_date_group (m, "dsep", &ss, &se);
      gboolean hyphen = memchr (m->scan->text + ss, '-', se - ss) != NULL;
      if (hyphen && unit_w[strlen (unit_w) - 1] == 's' && !g_str_has_prefix (unit_w, "centur"))
        return FALSE;   /* "two-days" */
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (g_str_equal (pw, "aged"))
        return FALSE;
      /* "a year", "one day": only as a length ("for a year", "a one-day visit", "a decade") */
      if ((g_str_equal (num_w, "a") || g_str_equal (num_w, "an") || g_str_equal (num_w, "one")) && !hyphen
          && qual[0] == '\0' && u->factor == 1
          && !(g_str_equal (pw, "for") || g_str_equal (pw, "within") || g_str_equal (pw, "lasting")
               || g_str_equal (pw, "after") || g_str_equal (pw, "in") || g_str_equal (pw, "nearly")
               || g_str_equal (nw, "ago")))
        return FALSE;
      if (g_str_equal (nw, "earlier") || g_str_equal (nw, "before") || g_str_equal (nw, "prior"))
        {
          if (!have_num || g_str_equal (num_w, "a") || g_str_equal (num_w, "an"))
            return FALSE;   /* "from a year earlier": a basis, not a length */
        }
      if (g_str_equal (nw, "ago") && !u->time)
        {
          /* "three years ago": a date at the unit's precision */
          gsize ago = m->end;
          while (ago < m->scan->len && g_ascii_isspace (m->scan->text[ago]))
            ago++;
          XcClaim *c = xc_date_add_claim (m, XC_KIND_DATE, m->start, ago + 3);
          const GDate *pub = m->scan->published;
          if (pub == NULL)
            {
              xc_date_set_unresolved (c, m->scan);
              return TRUE;
            }
          if (n.value != floor (n.value))
            {
              g_ptr_array_remove (m->scan->claims, c);
              return FALSE;
            }
          GDate d = *pub;
          int k = (int) (n.value * u->factor);
          const XcClaim *dq = k == 1 && u->designator == 'Y' ? xc_date_doc_quarter (m, m->start) : NULL;
          GDate qf, ql;
          if (dq && xc_iso_date_bounds (dq->start, &qf, &ql))
            {
              /* "a year ago" in a report about a quarter: that quarter, a year back */
              xc_date_set_quarter (c, g_date_get_year (&qf) - 1, ((int) g_date_get_month (&qf) - 1) / 3 + 1);
              return TRUE;
            }
          if (u->designator == 'Y')
            {
              xc_date_set (c, g_date_get_year (pub) - k, 0, 0);
              return TRUE;
            }
          if (u->designator == 'M')
            {
              g_date_subtract_months (&d, k);
              xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), 0);
              return TRUE;
            }
          g_date_subtract_days (&d, (guint) (k * (u->designator == 'W' ? 7 : 1)));
          xc_date_set (c, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
          if (u->designator == 'W')
            {
              GDate a = d, b = d;
              g_date_subtract_days (&a, 3);
              g_date_add_days (&b, 3);
              xc_date_narrow (c, &a, &b);
            }
          return TRUE;
        }
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DURATION);
  set_duration (c, &n, u, qualifier_of (qual));
  return TRUE;
}

gboolean
xc_date_add_duration (XcDateMatch *m, gsize start, gsize end, const XcNumber *n, const char *unit)
{
  const XcDurUnit *u = dur_unit (unit);
  if (u == NULL || n->value <= 0)
    return FALSE;
  XcClaim *c = xc_date_add_claim (m, XC_KIND_DURATION, start, end);
  set_duration (c, n, u, XC_QUALIFIER_EXACT);
  return TRUE;
}

/* ---------- duration ranges ---------- */

/* "two to three years", "three or four weeks", "between two and five days":
 * a duration with qualifier range; iso the low end, start/end both ends. */
gboolean
xc_date_on_duration_range (XcDateMatch *m)
{
  char unit_w[16], pw[16], nw[16], punct;
  gsize s1, e1, s2, e2;
  XcNumber lo, hi;
  xc_date_group (m, "num", &s1, &e1);
  xc_date_group (m, "num2", &s2, &e2);
  xc_date_group_lower (m, "dunit", unit_w, sizeof unit_w);
  const XcDurUnit *u = dur_unit (unit_w);
  if (u == NULL || !xc_number_parse (m->scan->text + s1, (gssize) (e1 - s1), &lo)
      || !xc_number_parse (m->scan->text + s2, (gssize) (e2 - s2), &hi))
    return FALSE;
  if (!(hi.value > lo.value) || lo.value <= 0 || hi.value > 20 * lo.value)
    return FALSE;
  /* ages ("aged 18 to 25 years", "5-10 years old") and dates ("2 to 3 years ago") */
  const char *after = m->scan->text + m->end;
  gsize left = m->scan->len - m->end;
  xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
  if ((left >= 4 && strncmp (after, "-old", 4) == 0) || g_str_equal (nw, "old") || g_str_equal (nw, "ago")
      || g_str_equal (pw, "aged") || g_str_equal (pw, "ages"))
    return FALSE;
  gsize ss, se;
  xc_date_group (m, "dsep", &ss, &se);
  gboolean hyphen = memchr (m->scan->text + ss, '-', se - ss) != NULL;
  if (hyphen && unit_w[strlen (unit_w) - 1] == 's')
    return FALSE;   /* "two-to-three-years" */
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DURATION);
  set_duration (c, &lo, u, XC_QUALIFIER_EXACT);
  XcClaim tmp = { 0 };
  set_duration (&tmp, &hi, u, XC_QUALIFIER_EXACT);
  c->start = g_strdup (c->iso);
  c->end = g_steal_pointer (&tmp.iso);
  g_free (tmp.unit);
  c->value_high = tmp.value;
  c->qualifier = XC_QUALIFIER_RANGE;
  c->interval.hi = tmp.interval.hi;
  c->interval.hi_open = tmp.interval.hi_open;
  return TRUE;
}

/* "several years", "a few days", "the next several days", "coming weeks": a
 * duration of no stated number, valued as TimeML writes it (PXY, PXD, PXQ,
 * PTXH), vague (never judged); "a couple of years" is two (P2Y). "a few
 * years ago" is left to what reads "ago". */
gboolean
xc_date_on_duration_vague (XcDateMatch *m)
{
  char q[24], unit_w[16], nw[16], punct = 0;
  xc_date_group_lower (m, "vq", q, sizeof q);
  xc_date_group_lower (m, "vunit", unit_w, sizeof unit_w);
  xc_date_next_word (m, m->end, nw, sizeof nw, &punct, NULL);
  if (g_str_equal (nw, "ago") || g_str_equal (nw, "old") || m->scan->text[m->end] == '-')
    return FALSE;
  if (xc_date_has (m, "vbare"))
    {
      /* "for years", "within weeks", "for the first time in years"; not
       * "in years past", "for years to come" is still years */
      char pw[16];
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if ((!g_str_equal (pw, "for") && !g_str_equal (pw, "within") && !g_str_equal (pw, "in"))
          || g_str_equal (nw, "of") || g_str_equal (nw, "past"))
        return FALSE;
    }
  else if (g_str_equal (q, "recent"))
    {
      char pw[16];
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (!g_str_equal (pw, "in") && !g_str_equal (pw, "of") && !g_str_equal (pw, "over"))
        return FALSE;   /* "in recent years"; not "the recent days of ..." */
    }
  gboolean couple = strstr (q, "couple") != NULL;
  char d;
  gboolean time = FALSE;
  if (g_str_has_prefix (unit_w, "quarter"))
    d = 'Q';
  else if (g_str_has_prefix (unit_w, "decade"))
    d = 'E';
  else
    {
      const XcDurUnit *u = dur_unit (unit_w);
      if (u == NULL)
        return FALSE;
      d = u->designator;
      time = u->time;
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DURATION);
  c->iso = g_strdup_printf ("P%s%s%c", time ? "T" : "", couple ? "2" : "X", d);
  c->vague = TRUE;
  if (couple)
    c->value = 2;
  return TRUE;
}
