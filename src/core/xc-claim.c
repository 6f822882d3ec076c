/* xc-claim.c - claims: lifetime, names of enums, value strings, JSON form
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "xc-private.h"

static const char * const xc_kind_names[XC_KIND_N_KINDS] = {
  "money", "percent", "measure", "count", "date", "daterange", "duration", "age", "ordinal", "record", "time",
};

static const char * const xc_qualifier_names[XC_QUALIFIER_N] = {
  "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range",
};

static const char * const xc_direction_names[] = { NULL, "up", "down" };

const char *
xc_kind_to_string (XcKind kind)
{
  return kind < XC_KIND_N_KINDS ? xc_kind_names[kind] : "unknown";
}

gboolean
xc_kind_from_string (const char *s, XcKind *out_kind)
{
  for (guint i = 0; s && i < XC_KIND_N_KINDS; i++)
    if (g_str_equal (s, xc_kind_names[i]))
      {
        *out_kind = (XcKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
xc_qualifier_to_string (XcQualifier q)
{
  return q < XC_QUALIFIER_N ? xc_qualifier_names[q] : "exact";
}

gboolean
xc_qualifier_from_string (const char *s, XcQualifier *out_q)
{
  for (guint i = 0; s && i < XC_QUALIFIER_N; i++)
    if (g_str_equal (s, xc_qualifier_names[i]))
      {
        *out_q = (XcQualifier) i;
        return TRUE;
      }
  return FALSE;
}

const char *
xc_direction_to_string (XcDirection d)
{
  return d <= XC_DIRECTION_DOWN ? xc_direction_names[d] : NULL;
}

gboolean
xc_kind_is_exact (XcKind kind)
{
  return kind == XC_KIND_AGE || kind == XC_KIND_ORDINAL || kind == XC_KIND_RECORD;
}

double
xc_record_key (const guint *parts, guint n_parts)
{
  double key = 0;
  for (guint i = 0; i < 3; i++)
    key = key * 1000 + (i < n_parts ? MIN (parts[i], 999u) : 0);
  return key;
}

/* "45-7-2" */
static void
append_record (GString *s, const XcClaim *c)
{
  for (guint i = 0; i < c->n_parts && i < 3; i++)
    g_string_append_printf (s, "%s%u", i ? "-" : "", c->parts[i]);
}

XcClaim *
xc_claim_new (XcKind kind)
{
  XcClaim *c = g_new0 (XcClaim, 1);
  c->kind = kind;
  c->resolved = TRUE;
  c->interval.lo = -INFINITY;
  c->interval.hi = INFINITY;
  return c;
}

const gsize xc_claim_string_offsets[XC_CLAIM_N_STRINGS] = {
  G_STRUCT_OFFSET (XcClaim, file),  G_STRUCT_OFFSET (XcClaim, source),
  G_STRUCT_OFFSET (XcClaim, sentence), G_STRUCT_OFFSET (XcClaim, iso),
  G_STRUCT_OFFSET (XcClaim, start), G_STRUCT_OFFSET (XcClaim, end),
  G_STRUCT_OFFSET (XcClaim, unit),  G_STRUCT_OFFSET (XcClaim, si_unit),
  G_STRUCT_OFFSET (XcClaim, basis), G_STRUCT_OFFSET (XcClaim, scope),
  G_STRUCT_OFFSET (XcClaim, attribution),
  G_STRUCT_OFFSET (XcClaim, about_measure), G_STRUCT_OFFSET (XcClaim, about_event),
  G_STRUCT_OFFSET (XcClaim, about_who), G_STRUCT_OFFSET (XcClaim, about_where),
  G_STRUCT_OFFSET (XcClaim, about_since),
  G_STRUCT_OFFSET (XcClaim, zone),  G_STRUCT_OFFSET (XcClaim, date),
  G_STRUCT_OFFSET (XcClaim, text),
};

XcClaim *
xc_claim_copy (const XcClaim *src)
{
  XcClaim *c = g_memdup2 (src, sizeof *src);
  for (guint k = 0; k < XC_CLAIM_N_STRINGS; k++)
    *xc_claim_string (c, k) = g_strdup (*xc_claim_string (c, k));
  return c;
}

void
xc_claim_free (XcClaim *c)
{
  if (c == NULL)
    return;
  for (guint k = 0; k < XC_CLAIM_N_STRINGS; k++)
    g_free (*xc_claim_string (c, k));
  g_free (c);
}

/* Shortest round-trip text for a double, locale-independent ("240000000000", "26.3"). */
static void
append_number (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  if (v == floor (v) && fabs (v) < 1e15)
    {
      /* what "%.0f" prints for a whole number, without printf */
      gint64 n = (gint64) v;
      gboolean neg = n < 0 || (n == 0 && signbit (v));
      guint64 u = n < 0 ? (guint64) -n : (guint64) n;
      char digits[24];
      gsize k = sizeof digits;
      do
        {
          digits[--k] = (char) ('0' + u % 10);
          u /= 10;
        }
      while (u > 0);
      if (neg)
        digits[--k] = '-';
      g_string_append_len (out, digits + k, (gssize) (sizeof digits - k));
    }
  else
    {
      g_ascii_formatd (buf, sizeof buf, "%.15g", v);   /* enough to show what was written */
      g_string_append (out, buf);
    }
}

void
xc_claim_append_value (const XcClaim *c, GString *s)
{
  switch (c->kind)
    {
    case XC_KIND_DURATION:
      if (c->qualifier == XC_QUALIFIER_RANGE && c->start && c->end)
        {
          /* "two to three years": "P2Y/P3Y" */
          g_string_append (s, c->start);
          g_string_append_c (s, '/');
          g_string_append (s, c->end);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case XC_KIND_DATE:
      if (c->fiscal && c->iso)
        g_string_append (s, "FY");
      g_string_append (s, c->iso ? c->iso : (c->resolved ? "?" : "unresolved"));
      break;
    case XC_KIND_TIME:
      /* "15:00", "15:00-05:00"; a zone without a known offset after it: "05:10 local" */
      g_string_append (s, c->iso ? c->iso : "?");
      if (c->zone && !c->has_offset)
        {
          g_string_append_c (s, ' ');
          g_string_append (s, c->zone);
        }
      break;
    case XC_KIND_DATERANGE:
      if (c->fiscal && c->start)
        g_string_append (s, "FY");
      g_string_append (s, c->start ? c->start : "?");
      g_string_append_c (s, '/');
      g_string_append (s, c->end ? c->end : "?");
      break;
    case XC_KIND_RECORD:
      append_record (s, c);
      break;
    default:
      append_number (s, c->value);
      if (c->qualifier == XC_QUALIFIER_RANGE)
        {
          g_string_append (s, "–");
          append_number (s, c->value_high);
        }
      if (c->unit)
        {
          g_string_append_c (s, ' ');
          g_string_append (s, c->unit);
        }
      break;
    }
}

char *
xc_claim_value_string (const XcClaim *c)
{
  GString *s = g_string_new (NULL);
  xc_claim_append_value (c, s);
  return g_string_free (s, FALSE);
}

static gboolean
kind_is_dated (XcKind k)
{
  return k == XC_KIND_DATE || k == XC_KIND_DATERANGE;
}

static void
append_bound (GString *s, const XcClaim *c, double v)
{
  if (c->kind == XC_KIND_TIME && isfinite (v))
    {
      /* minutes as a clock reading of their day: 1410 -> "23:30", 1455 -> "00:15" */
      long m = lround (v);
      m = ((m % 1440) + 1440) % 1440;
      g_string_append_printf (s, "%02ld:%02ld", m / 60, m % 60);
      if (c->has_offset)
        g_string_append (s, "Z");
      return;
    }
  if (kind_is_dated (c->kind) && isfinite (v) && v >= 1 && v <= G_MAXUINT32)
    {
      GDate d;
      g_date_clear (&d, 1);
      g_date_set_julian (&d, (guint32) v);
      g_autofree char *iso = xc_iso_from_date (&d);
      g_string_append (s, iso);
    }
  else if (c->kind == XC_KIND_RECORD && isfinite (v) && v == xc_record_key (c->parts, c->n_parts))
    append_record (s, c);
  else
    append_number (s, v);
}

/* An end of an interval read by an editor: six significant digits of it in @scale. */
static void
append_scaled (GString *s, double v, double scale)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (buf, sizeof buf, "%.6g", v / scale);
  g_string_append (s, buf);
}

void
xc_interval_append (GString *s, const XcClaim *c, const XcInterval *iv_in, XcIntervalStyle style)
{
  XcInterval iv = *iv_in;
  gboolean readable = style == XC_INTERVAL_READABLE && !kind_is_dated (c->kind);
  double scale = 1;
  const char *word = "";
  if (readable)
    {
      if (c->direction != XC_DIRECTION_NONE)
        {
          if (iv.hi <= 0)
            {
              XcInterval neg = { -iv.hi, -iv.lo, iv.hi_open, iv.lo_open };
              iv = neg;
              g_string_append (s, "down ");
            }
          else if (iv.lo >= 0)
            g_string_append (s, "up ");
        }
      double big = MAX (isfinite (iv.lo) ? fabs (iv.lo) : 0, isfinite (iv.hi) ? fabs (iv.hi) : 0);
      scale = big >= 1e12 ? 1e12 : big >= 1e9 ? 1e9 : big >= 1e6 ? 1e6 : 1;
      word = scale == 1e12 ? " trillion" : scale == 1e9 ? " billion" : scale == 1e6 ? " million" : "";
    }
  gboolean lo_inf = isinf (iv.lo), hi_inf = isinf (iv.hi);
  /* read by an editor, "less than 5" is a bound, not the range from 0 it stands for */
  gboolean upper = lo_inf || (readable && iv.lo == 0 && c->qualifier >= XC_QUALIFIER_LESS_THAN
                              && c->qualifier <= XC_QUALIFIER_AT_MOST);
  double ends[2] = { iv.lo, iv.hi };
  guint n_ends = 0;
  if (lo_inf && hi_inf)
    g_string_append (s, "any");
  else if (hi_inf)
    {
      g_string_append (s, iv.lo_open ? "> " : "≥ ");
      n_ends = 1;
    }
  else if (upper)
    {
      g_string_append (s, iv.hi_open ? "< " : "≤ ");
      ends[0] = iv.hi;
      n_ends = 1;
    }
  else
    n_ends = iv.lo == iv.hi ? 1 : 2;
  for (guint k = 0; k < n_ends; k++)
    {
      if (k > 0)
        g_string_append (s, "–");
      if (readable)
        append_scaled (s, ends[k], scale);
      else
        append_bound (s, c, ends[k]);
    }
  g_string_append (s, word);
}

char *
xc_interval_string (const XcClaim *c)
{
  GString *s = g_string_new (NULL);
  xc_interval_append (s, c, &c->interval, XC_INTERVAL_EXACT);
  return g_string_free (s, FALSE);
}

gboolean
xc_interval_overlaps (const XcInterval *a, const XcInterval *b)
{
  /* a.lo < b.hi (or == when both closed) and b.lo < a.hi (likewise) */
  gboolean left = a->lo < b->hi || (a->lo == b->hi && !a->lo_open && !b->hi_open);
  gboolean right = b->lo < a->hi || (b->lo == a->hi && !b->lo_open && !a->hi_open);
  return left && right;
}

/* Half the width of what a stated number stands for. A plain integer of 1,000
 * or more ending in three or more zeros ("840,000") may be rounded to that
 * power of ten, but never by more than 2.5% of its value, so "840,000" covers
 * 835,000-845,000 while "2,000" still conflicts with "2,400" (docs/claims.md). */
static double
rounding_half (const XcNumber *n)
{
  double half = n->step / 2;
  if (n->words || n->scaled || n->step != 1 || n->value < 1000 || n->value != floor (n->value))
    return half;
  double unit = 1;
  int zeros = 0;
  while (zeros < 15 && fmod (n->value, unit * 10) == 0)
    {
      unit *= 10;
      zeros++;
    }
  if (zeros < 3)
    return half;
  return MAX (half, MIN (unit / 2, 0.025 * n->value));
}

void
xc_interval_from_number (XcInterval *out, const XcNumber *n, XcQualifier q)
{
  double v = n->value, half = rounding_half (n);
  double band;
  out->lo_open = out->hi_open = FALSE;
  switch (q)
    {
    case XC_QUALIFIER_MORE_THAN:
      out->lo = v; out->lo_open = TRUE; out->hi = INFINITY;
      break;
    case XC_QUALIFIER_AT_LEAST:
      out->lo = v; out->hi = INFINITY;
      break;
    case XC_QUALIFIER_LESS_THAN:
      out->lo = v >= 0 ? 0 : -INFINITY; out->hi = v; out->hi_open = TRUE;
      break;
    case XC_QUALIFIER_AT_MOST:
      out->lo = v >= 0 ? 0 : -INFINITY; out->hi = v;
      break;
    case XC_QUALIFIER_APPROX:
      /* "about 300": the stated precision, widened to ±10% of the value */
      band = MAX (half, fabs (v) * 0.10);
      out->lo = v - band; out->hi = v + band;
      break;
    case XC_QUALIFIER_RANGE:   /* callers set hi from the range's high end */
    case XC_QUALIFIER_EXACT:
    default:
      out->lo = v - half; out->hi = v + half; out->hi_open = half > 0;
      break;
    }
}

/* ---------- ISO dates ---------- */

gboolean
xc_iso_date_bounds (const char *iso, GDate *first, GDate *last)
{
  unsigned y = 0, m = 0, d = 0;
  int n = 0;
  if (iso == NULL)
    return FALSE;
  gsize len = strlen (iso);
  if (len == 4 && sscanf (iso, "%4u%n", &y, &n) == 1 && n == 4)
    ;
  else if (len == 7 && sscanf (iso, "%4u-%2u%n", &y, &m, &n) == 2 && n == 7)
    ;
  else if (len == 10 && sscanf (iso, "%4u-%2u-%2u%n", &y, &m, &d, &n) == 3 && n == 10)
    ;
  else
    return FALSE;
  if (y < 1 || y > 9999 || m > 12 || (m == 0 && d != 0))
    return FALSE;
  guint mf = m ? m : 1, ml = m ? m : 12;
  if (d && !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_dmy (first, d ? d : 1, mf, y);
  g_date_set_dmy (last, d ? d : g_date_get_days_in_month (ml, y), ml, y);
  return TRUE;
}

char *
xc_iso_from_date (const GDate *d)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (d), g_date_get_month (d),
                          g_date_get_day (d));
}

double
xc_date_day_number (const GDate *d)
{
  return (double) g_date_get_julian (d);
}

/* ---------- JSON ---------- */

static void
emit_string (XcJsonSink *s, const char *name, const char *v)
{
  if (v == NULL)
    return;
  s->key (s, name);
  s->string (s, v);
}

static void
emit_flag (XcJsonSink *s, const char *name, gboolean shown, gboolean v)
{
  if (!shown)
    return;
  s->key (s, name);
  s->boolean (s, v);
}

static void
emit_bound (XcJsonSink *s, const XcClaim *c, const char *name, double v)
{
  s->key (s, name);
  if (isinf (v) || isnan (v))
    s->null (s);
  else if (kind_is_dated (c->kind))
    {
      g_autoptr(GString) d = g_string_new (NULL);
      append_bound (d, c, v);
      s->string (s, d->str);
    }
  else
    s->number (s, v);
}

void
xc_claim_emit_members (const XcClaim *c, XcJsonSink *s)
{
  emit_string (s, "file", c->file);
  emit_string (s, "source", c->source);
  s->key (s, "line");
  s->integer (s, c->line);
  s->key (s, "column");
  s->integer (s, c->column);
  s->key (s, "offset");
  s->integer (s, (gint64) c->offset);
  s->key (s, "length");
  s->integer (s, (gint64) c->length);
  emit_string (s, "text", c->text);
  emit_string (s, "kind", xc_kind_to_string (c->kind));
  switch (c->kind)
    {
    case XC_KIND_DATE:
    case XC_KIND_DURATION:
      s->key (s, "value");
      s->string (s, c->iso);   /* null when unresolved */
      if (c->kind == XC_KIND_DURATION && c->qualifier == XC_QUALIFIER_RANGE && c->start && c->end)
        {
          /* a duration range: its ends, and the high end in the unit */
          emit_string (s, "start", c->start);
          emit_string (s, "end", c->end);
          s->key (s, "value_high");
          s->number (s, c->value_high);
        }
      break;
    case XC_KIND_DATERANGE:
      emit_string (s, "start", c->start);
      emit_string (s, "end", c->end);
      break;
    case XC_KIND_RECORD:
      s->key (s, "value");
      s->number (s, c->value);
      s->key (s, "parts");
      s->begin_array (s);
      for (guint i = 0; i < c->n_parts && i < 3; i++)
        s->integer (s, c->parts[i]);
      s->end_array (s);
      break;
    case XC_KIND_TIME:
      /* minutes after midnight as written, "15:00-05:00", the zone, the day */
      s->key (s, "value");
      s->number (s, c->value);
      emit_string (s, "iso", c->iso);
      emit_string (s, "zone", c->zone);
      if (c->has_offset)
        {
          s->key (s, "utc_offset");
          s->integer (s, c->utc_offset);
        }
      s->key (s, "date");
      if (c->date)
        s->string (s, c->date);
      else
        s->null (s);
      break;
    default:
      s->key (s, "value");
      s->number (s, c->value);
      if (c->qualifier == XC_QUALIFIER_RANGE)
        {
          s->key (s, "value_high");
          s->number (s, c->value_high);
        }
      break;
    }
  emit_string (s, "unit", c->unit);
  if (c->si_unit)
    {
      s->key (s, "si_value");
      s->number (s, c->value_si);
      emit_string (s, "si_unit", c->si_unit);
    }
  emit_string (s, "qualifier", xc_qualifier_to_string (c->qualifier));
  emit_string (s, "direction", xc_direction_to_string (c->direction));
  emit_string (s, "basis", c->basis);
  emit_flag (s, "share", c->share, TRUE);
  emit_flag (s, "vague", c->vague, TRUE);
  emit_flag (s, "is_scope", c->is_scope, TRUE);
  emit_flag (s, "is_basis", c->is_basis, TRUE);
  emit_flag (s, "fiscal", c->fiscal, TRUE);
  emit_flag (s, "previous", c->previous, TRUE);
  emit_flag (s, "resolved", !c->resolved, FALSE);
  s->key (s, "interval");
  s->begin_object (s);
  emit_bound (s, c, "lo", c->interval.lo);
  emit_bound (s, c, "hi", c->interval.hi);
  emit_flag (s, "lo_open", TRUE, c->interval.lo_open);
  emit_flag (s, "hi_open", TRUE, c->interval.hi_open);
  s->end_object (s);
  emit_string (s, "scope", c->scope);
  emit_string (s, "attribution", c->attribution);
  if (c->about_measure || c->about_event || c->about_who || c->about_where || c->about_since || c->about_total)
    {
      s->key (s, "about");
      s->begin_object (s);
      emit_string (s, "measure", c->about_measure);
      emit_string (s, "event", c->about_event);
      emit_string (s, "who", c->about_who);
      emit_string (s, "where", c->about_where);
      emit_string (s, "since", c->about_since);
      emit_flag (s, "total", c->about_total, TRUE);
      s->end_object (s);
    }
  emit_string (s, "sentence", c->sentence);
}

void
xc_claim_append_json (const XcClaim *c, GString *out)
{
  XcPrettySink sink;
  xc_compact_sink_init (&sink, out);
  sink.sink.begin_object (&sink.sink);
  xc_claim_emit_members (c, &sink.sink);
  sink.sink.end_object (&sink.sink);
}

void
xc_claim_append_jsonl (const XcClaim *c, GString *out)
{
  XcPrettySink sink;
  xc_compact_sink_init (&sink, out);
  XcJsonSink *s = &sink.sink;
  s->begin_object (s);
  xc_claim_emit_members (c, s);
  /* where its sentence starts: alignment keys sentences on it (check --claims) */
  s->key (s, "sentence_offset");
  s->integer (s, (gint64) c->sentence_offset);
  s->end_object (s);
}

void
xc_claim_to_json (const XcClaim *c, JsonBuilder *b)
{
  XcBuilderSink sink;
  xc_builder_sink_init (&sink, b);
  json_builder_begin_object (b);
  xc_claim_emit_members (c, &sink.sink);
  json_builder_end_object (b);
}

static char *
dup_member (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  if (n == NULL || JSON_NODE_TYPE (n) != JSON_NODE_VALUE || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (n));
}

static double
get_double (JsonObject *o, const char *name, double missing)
{
  JsonNode *n = json_object_get_member (o, name);
  if (n == NULL || JSON_NODE_TYPE (n) != JSON_NODE_VALUE)
    return missing;
  GType t = json_node_get_value_type (n);
  if (t == G_TYPE_DOUBLE || t == G_TYPE_INT64 || t == G_TYPE_INT)
    return json_node_get_double (n);
  return missing;
}

static double
get_bound (JsonObject *o, const char *name, XcKind kind, double missing)
{
  JsonNode *n = json_object_get_member (o, name);
  if (n && JSON_NODE_TYPE (n) == JSON_NODE_VALUE && json_node_get_value_type (n) == G_TYPE_STRING
      && kind_is_dated (kind))
    {
      GDate first, last;
      if (xc_iso_date_bounds (json_node_get_string (n), &first, &last))
        return xc_date_day_number (&first);
      return missing;
    }
  return get_double (o, name, missing);
}

XcClaim *
xc_claim_from_json (JsonObject *o, GError **error)
{
  XcKind kind;
  const char *ks = json_object_get_string_member_with_default (o, "kind", NULL);
  if (!xc_kind_from_string (ks, &kind))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "claim has no known 'kind' ('%s')", ks ? ks : "");
      return NULL;
    }
  g_autoptr(XcClaim) c = xc_claim_new (kind);
  c->file = dup_member (o, "file");
  c->source = dup_member (o, "source");
  c->line = (guint) json_object_get_int_member_with_default (o, "line", 0);
  c->column = (guint) json_object_get_int_member_with_default (o, "column", 0);
  c->offset = (gsize) json_object_get_int_member_with_default (o, "offset", 0);
  c->length = (gsize) json_object_get_int_member_with_default (o, "length", 0);
  c->sentence_offset = (gsize) MAX (0, json_object_get_int_member_with_default (o, "sentence_offset", 0));
  c->text = dup_member (o, "text");
  c->sentence = dup_member (o, "sentence");
  if (kind == XC_KIND_DATE || kind == XC_KIND_DURATION)
    {
      c->iso = dup_member (o, "value");
      if (kind == XC_KIND_DURATION)
        {
          c->start = dup_member (o, "start");
          c->end = dup_member (o, "end");
          c->value_high = get_double (o, "value_high", 0);
        }
    }
  else if (kind == XC_KIND_DATERANGE)
    {
      c->start = dup_member (o, "start");
      c->end = dup_member (o, "end");
    }
  else if (kind == XC_KIND_TIME)
    {
      c->value = get_double (o, "value", 0);
      c->iso = dup_member (o, "iso");
      c->zone = dup_member (o, "zone");
      c->date = dup_member (o, "date");
      c->has_offset = json_object_has_member (o, "utc_offset");
      c->utc_offset = (int) json_object_get_int_member_with_default (o, "utc_offset", 0);
    }
  else
    {
      c->value = get_double (o, "value", 0);
      c->value_high = get_double (o, "value_high", 0);
    }
  JsonNode *pn = kind == XC_KIND_RECORD ? json_object_get_member (o, "parts") : NULL;
  if (pn && JSON_NODE_HOLDS_ARRAY (pn))
    {
      JsonArray *pa = json_node_get_array (pn);
      for (guint i = 0; i < json_array_get_length (pa) && i < 3; i++)
        c->parts[c->n_parts++] = (guint) MAX (0, json_array_get_int_element (pa, i));
    }
  c->unit = dup_member (o, "unit");
  c->si_unit = dup_member (o, "si_unit");
  c->value_si = get_double (o, "si_value", 0);
  xc_qualifier_from_string (json_object_get_string_member_with_default (o, "qualifier", "exact"),
                            &c->qualifier);
  const char *dir = json_object_get_string_member_with_default (o, "direction", "");
  c->direction = g_str_equal (dir, "up") ? XC_DIRECTION_UP
               : g_str_equal (dir, "down") ? XC_DIRECTION_DOWN : XC_DIRECTION_NONE;
  c->basis = dup_member (o, "basis");
  c->share = json_object_get_boolean_member_with_default (o, "share", FALSE);
  c->vague = json_object_get_boolean_member_with_default (o, "vague", FALSE);
  c->resolved = json_object_get_boolean_member_with_default (o, "resolved", TRUE);
  c->is_scope = json_object_get_boolean_member_with_default (o, "is_scope", FALSE);
  c->is_basis = json_object_get_boolean_member_with_default (o, "is_basis", FALSE);
  c->fiscal = json_object_get_boolean_member_with_default (o, "fiscal", FALSE);
  c->previous = json_object_get_boolean_member_with_default (o, "previous", FALSE);
  JsonNode *ivn = json_object_get_member (o, "interval");
  JsonObject *iv = ivn && JSON_NODE_HOLDS_OBJECT (ivn) ? json_node_get_object (ivn) : NULL;
  if (iv)
    {
      c->interval.lo = get_bound (iv, "lo", kind, -INFINITY);
      c->interval.hi = get_bound (iv, "hi", kind, INFINITY);
      c->interval.lo_open = json_object_get_boolean_member_with_default (iv, "lo_open", FALSE);
      c->interval.hi_open = json_object_get_boolean_member_with_default (iv, "hi_open", FALSE);
    }
  c->scope = dup_member (o, "scope");
  c->attribution = dup_member (o, "attribution");
  JsonNode *about_node = json_object_get_member (o, "about");
  JsonObject *about = about_node && JSON_NODE_HOLDS_OBJECT (about_node) ? json_node_get_object (about_node) : NULL;
  if (about)
    {
      c->about_measure = dup_member (about, "measure");
      c->about_event = dup_member (about, "event");
      c->about_who = dup_member (about, "who");
      c->about_where = dup_member (about, "where");
      c->about_since = dup_member (about, "since");
      c->about_total = json_object_get_boolean_member_with_default (about, "total", FALSE);
    }
  return g_steal_pointer (&c);
}
