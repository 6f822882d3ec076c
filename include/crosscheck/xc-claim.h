/* xc-claim.h - a claim: one quantitative or dated assertion, normalized
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  XC_KIND_MONEY,
  XC_KIND_PERCENT,
  XC_KIND_MEASURE,
  XC_KIND_COUNT,
  XC_KIND_DATE,
  XC_KIND_DATERANGE,
  XC_KIND_DURATION,
  XC_KIND_TIME,
  XC_KIND_N_KINDS
} XcKind;

typedef enum {
  XC_QUALIFIER_EXACT,
  XC_QUALIFIER_APPROX,
  XC_QUALIFIER_MORE_THAN,
  XC_QUALIFIER_AT_LEAST,
  XC_QUALIFIER_LESS_THAN,
  XC_QUALIFIER_AT_MOST,
  XC_QUALIFIER_RANGE,
  XC_QUALIFIER_N
} XcQualifier;

typedef enum {
  XC_DIRECTION_NONE,
  XC_DIRECTION_UP,
  XC_DIRECTION_DOWN,
} XcDirection;

/**
 * XcInterval:
 * The set of values a claim is consistent with. Numeric kinds use the value's
 * own unit (USD, percent, count, the measure's SI unit); dates use day numbers
 * (GLib Julian days, 0001-01-01 = 1); durations use days. Unbounded ends are
 * -INFINITY / INFINITY. Open ends exclude the bound itself.
 */
typedef struct {
  double   lo;
  double   hi;
  gboolean lo_open;
  gboolean hi_open;
} XcInterval;

/**
 * XcClaim:
 * Every string is owned by the claim. Fields that do not apply are NULL / 0.
 */
typedef struct {
  XcKind       kind;

  /* where */
  char        *file;          /* the document's name */
  char        *source;        /* the publisher, or NULL */
  gsize        offset;        /* bytes into the file */
  gsize        length;        /* bytes */
  guint        line;          /* 1-based */
  guint        column;        /* 1-based, in characters */
  char        *text;          /* the expression as written */
  char        *sentence;      /* the sentence it stands in, whitespace folded */
  gsize        sentence_offset; /* byte offset of the sentence in the document text */

  /* what */
  double       value;         /* money, percent, measure, count: the number (low end of a range) */
  double       value_high;    /* with XC_QUALIFIER_RANGE: the high end */
  char        *iso;           /* date: "2024-04-09"/"2024-04"/"2024"; duration: "P2D"
                                 (a duration range: its low end) */
  char        *start;         /* daterange: ISO start; duration range: "P2Y" */
  char        *end;           /* daterange: ISO end; duration range: "P3Y" */
  char        *unit;          /* "USD", "pp", "%", "km", "warship", ... */
  double       value_si;      /* measure: the value in its SI unit */
  char        *si_unit;       /* measure: "m", "kg", "m2", "m3", "J", "W", "m/s", "K", "magnitude" */
  XcQualifier  qualifier;
  XcDirection  direction;     /* a change: up or down */
  char        *basis;         /* a change's basis: "2022", "previous year", "year on year" */
  gboolean     share;         /* percent: a share of something ("26% of exports") */
  XcInterval   interval;
  char        *scope;         /* the period the figure is about: ISO "2023", "2023-03" */
  char        *attribution;   /* "China's customs data" */
  gboolean     resolved;      /* FALSE: a relative date with no publication date to resolve it */
  gboolean     vague;         /* "tens of thousands": an amount, not a number */
  gboolean     is_scope;      /* a date that is the period of a quantity in its clause
                                 ("$240 billion in 2023"): not an event date of its own */
  gboolean     is_basis;      /* a date a change is measured against ("up 4% over
                                 2022"): not an event date either */
  gboolean     fiscal;        /* a date or daterange naming a fiscal (financial) year:
                                 "fiscal 2023", "FY2023/24"; its scope is "FY2023" */
  gboolean     previous;      /* an old value a figure is compared with: "up from 35",
                                 "to 4.75% from 4.25%", "against 18% a year earlier",
                                 "compared with 95 cents": not the current value */

  /* time of day (XC_KIND_TIME): `value` is the minutes after midnight as written
   * (local), `iso` "15:00" or "15:00-05:00", the interval the window in minutes,
   * in UTC minutes when the zone's offset is known */
  char        *zone;          /* "GMT", "EST", "IST", "ET", "local"; NULL when not stated */
  gboolean     has_offset;    /* the zone's offset from UTC is known ... */
  int          utc_offset;    /* ... in minutes east of UTC: EST -300, IST 330 */
  char        *date;          /* the ISO day of the clause's date ("3 p.m. Friday"), or NULL */
} XcClaim;

XcClaim    *xc_claim_new           (XcKind kind);
XcClaim    *xc_claim_copy          (const XcClaim *claim);
void        xc_claim_free          (XcClaim *claim);

const char *xc_kind_to_string      (XcKind kind);
gboolean    xc_kind_from_string    (const char *s, XcKind *out_kind);
const char *xc_qualifier_to_string (XcQualifier q);
gboolean    xc_qualifier_from_string (const char *s, XcQualifier *out_q);
const char *xc_direction_to_string (XcDirection d);

/**
 * xc_claim_value_string:
 * Returns: (transfer full): the normalized value as shown to users:
 *   "240000000000 USD", "26.3 %", "2024-04-09", "2024-04-04/2024-04-08", "P2D".
 */
char       *xc_claim_value_string  (const XcClaim *claim);

/**
 * xc_claim_append_value:
 * Appends the text of xc_claim_value_string() to @out, without a string of its own.
 */
void        xc_claim_append_value  (const XcClaim *claim,
                                    GString       *out);

/**
 * xc_interval_string:
 * Returns: (transfer full): the interval in the claim's own terms:
 *   "24.5–25.5", "> 40", "2024-04-01–2024-04-30".
 */
char       *xc_interval_string     (const XcClaim *claim);

/**
 * xc_claim_to_json:
 * Adds one JSON object for @claim to @builder (the schema is in docs/claims.md).
 */
void        xc_claim_to_json       (const XcClaim *claim,
                                    JsonBuilder   *builder);

/**
 * xc_claim_from_json:
 * Returns: (transfer full): a claim read back from xc_claim_to_json()'s form,
 *   or NULL with @error set.
 */
XcClaim    *xc_claim_from_json     (JsonObject *object,
                                    GError    **error);

gboolean    xc_interval_overlaps   (const XcInterval *a,
                                    const XcInterval *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcClaim, xc_claim_free)

G_END_DECLS
