/* xc-interval.c - what a claim's value is for comparing: its block (which claims may be
 * compared at all), its effective interval, whether two claims can both be true, and
 * the common part of many intervals with the odd ones out (1-D Helly). Judge, align
 * and lint all ask here.
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-interval-private.h"

/* ---------- claims: blocks, intervals, scopes ---------- */

char *
xc_claim_block_key (const XcClaim *c)
{
  const char *chg = c->direction != XC_DIRECTION_NONE ? "|chg" : "";
  switch (c->kind)
    {
    case XC_KIND_MONEY:
      return g_strdup_printf ("money|%s%s", c->unit ? c->unit : "?", chg);
    case XC_KIND_PERCENT:
      if (c->unit && g_str_equal (c->unit, "pp"))
        return g_strdup_printf ("pp%s", chg);
      if (c->direction != XC_DIRECTION_NONE)
        return g_strdup ("pct|chg");
      return g_strdup (c->share ? "pct|share" : "pct|level");
    case XC_KIND_COUNT:
      return g_strdup_printf ("count|%s%s", c->unit ? c->unit : "", chg);
    case XC_KIND_MEASURE:
      return g_strdup_printf ("measure|%s%s", c->si_unit ? c->si_unit : (c->unit ? c->unit : "?"), chg);
    case XC_KIND_DATE:
    case XC_KIND_DATERANGE:
      /* the period of a quantity ("in 2023") is not an event date of its own; a finer
       * one may still be an event the quantity shares its sentence with: it may join
       * a group, but is never judged (see xc_align_items_build) */
      if (c->is_scope && (c->kind != XC_KIND_DATE || c->iso == NULL || strlen (c->iso) < 7))
        return NULL;
      if (c->is_basis || c->vague)
        return NULL;   /* "up 4% over 2022": what a change is measured against; "now" */
      return g_strdup ("date");
    case XC_KIND_DURATION:
      return c->vague ? NULL : g_strdup ("duration");   /* "for years", "several days" */
    case XC_KIND_TIME:   /* instants (UTC minutes) apart from local readings: never judged together */
      return g_strdup (c->has_offset ? "time|utc" : "time");
    case XC_KIND_AGE: case XC_KIND_ORDINAL: case XC_KIND_RECORD:   /* exact: see xc_kind_is_exact() */
      return g_strdup_printf ("%s|%s", xc_kind_to_string (c->kind), c->unit ? c->unit : "");
    case XC_KIND_N_KINDS:
    default:
      return NULL;
    }
}

gboolean
xc_scopes_compatible (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return TRUE;
  GDate af, al, bf, bl;
  if (!xc_iso_date_bounds (a, &af, &al) || !xc_iso_date_bounds (b, &bf, &bl))
    return g_ascii_strcasecmp (a, b) == 0;
  return g_date_compare (&af, &bl) <= 0 && g_date_compare (&bf, &al) <= 0;
}

static gboolean
iso_interval (const char *first_iso, const char *last_iso, XcInterval *out)
{
  GDate f1, l1, f2, l2;
  if (!xc_iso_date_bounds (first_iso, &f1, &l1) || !xc_iso_date_bounds (last_iso, &f2, &l2))
    return FALSE;
  out->lo = xc_date_day_number (&f1);
  out->hi = xc_date_day_number (&l2);
  out->lo_open = out->hi_open = FALSE;
  return out->lo <= out->hi;
}

/* "P2D", "P3W", "P6Y", "P1M": days, with months and years spanning their lengths. */
static gboolean
duration_interval (const char *iso, XcInterval *out)
{
  if (iso == NULL || iso[0] != 'P')
    return FALSE;
  char *end = NULL;
  double n = g_ascii_strtod (iso + 1, &end);
  if (end == iso + 1 || end[0] == '\0' || end[1] != '\0')
    return FALSE;
  out->lo_open = out->hi_open = FALSE;
  switch (end[0])
    {
    case 'D': out->lo = out->hi = n; break;
    case 'W': out->lo = out->hi = 7 * n; break;
    case 'M': out->lo = 28 * n; out->hi = 31 * n; break;
    case 'Y': out->lo = 365 * n; out->hi = 366 * n; break;
    default: return FALSE;
    }
  return TRUE;
}

gboolean
xc_claim_effective_interval (const XcClaim *c, double tolerance, XcInterval *out)
{
  if (c->vague || !c->resolved)
    return FALSE;
  XcInterval iv = c->interval;
  gboolean unbounded = isinf (iv.lo) && isinf (iv.hi);
  switch (c->kind)
    {
    case XC_KIND_DATE:
      if (unbounded && !iso_interval (c->iso, c->iso, &iv))
        return FALSE;
      *out = iv;
      return TRUE;
    case XC_KIND_DATERANGE:
      if (unbounded && !iso_interval (c->start, c->end, &iv))
        return FALSE;
      *out = iv;
      return TRUE;
    case XC_KIND_TIME:   /* its window in minutes, as extracted; none: not judged */
      *out = iv;
      return !unbounded;
    case XC_KIND_DURATION:
      if (unbounded && !duration_interval (c->iso, &iv))
        return FALSE;
      break;
    default:
      if (unbounded)
        return FALSE;
      break;
    }
  /* hedges as people read them: "more than 40" is not 412, "as many as 20,000" is
   * not 5,000 (docs/design-compare.md, "Hedges") */
  if (c->qualifier == XC_QUALIFIER_MORE_THAN || c->qualifier == XC_QUALIFIER_AT_LEAST)
    {
      if (iv.lo > 0 && isinf (iv.hi))
        iv.hi = iv.lo * XC_HEDGE_FACTOR, iv.hi_open = FALSE;
    }
  else if (c->qualifier == XC_QUALIFIER_LESS_THAN || c->qualifier == XC_QUALIFIER_AT_MOST)
    {
      if (iv.hi > 0 && isfinite (iv.hi) && iv.lo <= 0)
        iv.lo = iv.hi / XC_HEDGE_FACTOR, iv.lo_open = FALSE;
    }
  if (c->direction == XC_DIRECTION_DOWN)
    {
      XcInterval neg = { -iv.hi, -iv.lo, iv.hi_open, iv.lo_open };
      iv = neg;
    }
  if (tolerance > 0 && !xc_kind_is_exact (c->kind))
    {
      double base = c->qualifier == XC_QUALIFIER_RANGE ? MAX (fabs (c->value), fabs (c->value_high))
                                                       : fabs (c->value);
      if (c->kind == XC_KIND_DURATION)
        base = MAX (fabs (iv.lo), fabs (iv.hi));
      iv.lo -= tolerance * base;
      iv.hi += tolerance * base;
    }
  *out = iv;
  return TRUE;
}

gboolean
xc_claims_compatible (const XcClaim *a, const XcClaim *b, double tolerance)
{
  g_return_val_if_fail (a != NULL && b != NULL, TRUE);
  g_autofree char *ka = xc_claim_block_key (a);
  g_autofree char *kb = xc_claim_block_key (b);
  gboolean dated_a = a->kind == XC_KIND_DATE || a->kind == XC_KIND_DATERANGE;
  gboolean dated_b = b->kind == XC_KIND_DATE || b->kind == XC_KIND_DATERANGE;
  if (!(dated_a && dated_b) && (ka == NULL || kb == NULL || !g_str_equal (ka, kb)))
    return TRUE;   /* not comparable: nothing says they cannot both be true */
  XcInterval ia, ib;
  if (!xc_claim_effective_interval (a, tolerance, &ia) || !xc_claim_effective_interval (b, tolerance, &ib))
    return TRUE;
  return xc_interval_overlaps (&ia, &ib);
}

/* ---------- the common part of intervals ---------- */

gboolean
xc_interval_intersect (const XcInterval *a, const XcInterval *b, XcInterval *out)
{
  XcInterval r;
  if (a->lo > b->lo || (a->lo == b->lo && a->lo_open))
    r.lo = a->lo, r.lo_open = a->lo_open;
  else
    r.lo = b->lo, r.lo_open = b->lo_open;
  if (a->hi < b->hi || (a->hi == b->hi && a->hi_open))
    r.hi = a->hi, r.hi_open = a->hi_open;
  else
    r.hi = b->hi, r.hi_open = b->hi_open;
  if (r.lo > r.hi || (r.lo == r.hi && (r.lo_open || r.hi_open)))
    return FALSE;
  if (out)
    *out = r;
  return TRUE;
}

static gboolean
point_in (const XcInterval *iv, double x)
{
  gboolean lo = iv->lo < x || (iv->lo == x && !iv->lo_open);
  gboolean hi = x < iv->hi || (x == iv->hi && !iv->hi_open);
  return lo && hi;
}

gboolean
xc_intervals_common (const XcInterval * const *ivs, guint n, XcInterval *out)
{
  if (n == 0)
    return FALSE;
  /* 1-D Helly: a common point exists iff max(lo) <= min(hi), open ends respected; the
   * first interval meets itself, so that an empty one has no common point either */
  XcInterval r = *ivs[0];
  for (guint i = 0; i < n; i++)
    if (!xc_interval_intersect (&r, ivs[i], &r))
      return FALSE;
  if (out)
    *out = r;
  return TRUE;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

guint
xc_outliers_find (const XcInterval * const *ivs, guint n, gboolean *out_keep, gboolean *out_tie,
                  XcInterval *out_common)
{
  *out_tie = FALSE;
  if (n == 0)
    return 0;
  /* candidate points: every finite end, the midpoints between neighbours, and beyond both sides */
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < n; i++)
    {
      if (isfinite (ivs[i]->lo))
        g_array_append_val (ends, ivs[i]->lo);
      if (isfinite (ivs[i]->hi))
        g_array_append_val (ends, ivs[i]->hi);
    }
  g_array_sort (ends, cmp_double);
  guint u = 0;
  for (guint i = 0; i < ends->len; i++)
    if (u == 0 || g_array_index (ends, double, i) != g_array_index (ends, double, u - 1))
      g_array_index (ends, double, u++) = g_array_index (ends, double, i);
  g_array_set_size (ends, u);
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (double));
  if (ends->len == 0)
    {
      double z = 0;
      g_array_append_val (pts, z);
    }
  for (guint i = 0; i < ends->len; i++)
    {
      double e = g_array_index (ends, double, i);
      if (i == 0)
        {
          double before = e - MAX (1.0, fabs (e));
          g_array_append_val (pts, before);
        }
      g_array_append_val (pts, e);
      if (i + 1 < ends->len)
        {
          double mid = e + (g_array_index (ends, double, i + 1) - e) / 2;
          g_array_append_val (pts, mid);
        }
      else
        {
          double after = e + MAX (1.0, fabs (e));
          g_array_append_val (pts, after);
        }
    }
  guint best = 0;
  g_autofree gboolean *in = g_new0 (gboolean, n);
  gboolean have = FALSE;
  for (guint p = 0; p < pts->len; p++)
    {
      double x = g_array_index (pts, double, p);
      guint count = 0;
      for (guint i = 0; i < n; i++)
        count += point_in (ivs[i], x);
      if (count == 0 || count < best)
        continue;
      gboolean same = have && count == best;
      for (guint i = 0; same && i < n; i++)
        same = out_keep[i] == point_in (ivs[i], x);
      if (count > best)
        {
          best = count;
          *out_tie = FALSE;
          for (guint i = 0; i < n; i++)
            out_keep[i] = point_in (ivs[i], x);
          have = TRUE;
        }
      else if (!same)
        *out_tie = TRUE;
    }
  if (out_common)
    {
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();
      for (guint i = 0; i < n; i++)
        if (out_keep[i])
          g_ptr_array_add (kept, (gpointer) ivs[i]);
      xc_intervals_common ((const XcInterval * const *) kept->pdata, kept->len, out_common);
    }
  (void) in;
  return best;
}
