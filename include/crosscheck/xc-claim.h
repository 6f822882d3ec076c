/* xc-claim.h - a claim: one quantitative or dated assertion, normalized
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
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
  XC_KIND_AGE,        /* a person's age in years: "a 15-year-old", "Marsh, 52," */
  XC_KIND_ORDINAL,    /* a rank in a series: "the seventh round", "for the fourth time" */
  XC_KIND_RECORD,     /* a sports record or score: "52-3", "45-7-2", "won 3-1" */
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
 * Every string is owned by the claim (a comparison pools the strings of the
 * claims it adopts). Fields that do not apply are NULL / 0. Fields are laid
 * out by size and the flags are bits: a run holds one claim per figure of
 * every document (256 bytes each on 64-bit systems).
 */
typedef struct {
  /* where */
  char        *file;          /* the document's name */
  char        *source;        /* the publisher, or NULL */
  gsize        offset;        /* bytes into the file */
  gsize        length;        /* bytes */
  char        *text;          /* the expression as written */
  char        *sentence;      /* the sentence it stands in, whitespace folded */
  gsize        sentence_offset; /* byte offset of the sentence in the document text */

  /* what */
  double       value;         /* money, percent, measure, count, age, ordinal: the number (low
                                 end of a range); record: its first part */
  double       value_high;    /* with XC_QUALIFIER_RANGE: the high end */
  char        *iso;           /* date: "2024-04-09"/"2024-04"/"2024"; duration: "P2D"
                                 (a duration range: its low end) */
  char        *start;         /* daterange: ISO start; duration range: "P2Y" */
  char        *end;           /* daterange: ISO end; duration range: "P3Y" */
  char        *unit;          /* "USD", "pp", "%", "km", "warship", ...; age: "years";
                                 ordinal: what is ranked ("round", "time"), or NULL */
  double       value_si;      /* measure: the value in its SI unit */
  char        *si_unit;       /* measure: "m", "kg", "m2", "m3", "J", "W", "m/s", "K", "magnitude" */
  char        *basis;         /* a change's basis: "2022", "previous year", "year on year" */
  XcInterval   interval;
  char        *scope;         /* the period the figure is about: ISO "2023", "2023-03" */
  char        *attribution;   /* "China's customs data" */
  /* a new string member goes into xc_claim_string_offsets (src/core/xc-claim.c)
     too: copying, freeing and pooling go through that list */
  /* what it is about (docs/claims.md, "about"): lemmas and names read from its clause,
   * NULL where the sentence does not say */
  char        *about_measure; /* what is counted or measured: "rifle", "weight", "injure" */
  char        *about_event;   /* the clause's event: "kill", "sign", "arrest" */
  char        *about_who;     /* the name the figure belongs to: "Klitschko" */
  char        *about_where;   /* the place of its sentence: "Athens" */
  char        *about_since;   /* the start of the period it is counted over, after
                                 "since": "win" ("since that win"), "2001" */
  /* time of day (XC_KIND_TIME): `value` is the minutes after midnight as written
   * (local), `iso` "15:00" or "15:00-05:00", the interval the window in minutes,
   * in UTC minutes when the zone's offset is known */
  char        *zone;          /* "GMT", "EST", "IST", "ET", "local"; NULL when not stated */
  char        *date;          /* the ISO day of the clause's date ("3 p.m. Friday"), or NULL */

  XcKind       kind;
  XcQualifier  qualifier;
  XcDirection  direction;     /* a change: up or down */
  guint        line;          /* 1-based */
  guint        column;        /* 1-based, in characters */
  int          utc_offset;    /* time: the zone's offset in minutes east of UTC (EST -300,
                                 IST 330), when has_offset */
  guint        parts[3];      /* record: its numbers as written ("45-7-2": 45, 7, 2) */
  guint        n_parts : 2;   /* record: 2 or 3 */
  /* flags (TRUE is 1) */
  guint        share : 1;     /* percent: a share of something ("26% of exports") */
  guint        resolved : 1;  /* FALSE: a relative date with no publication date to resolve it */
  guint        vague : 1;     /* "tens of thousands": an amount, not a number */
  guint        is_scope : 1;  /* a date that is the period of a quantity in its clause
                                 ("$240 billion in 2023"): not an event date of its own */
  guint        is_basis : 1;  /* a date a change is measured against ("up 4% over
                                 2022"): not an event date either */
  guint        fiscal : 1;    /* a date or daterange naming a fiscal (financial) year:
                                 "fiscal 2023", "FY2023/24"; its scope is "FY2023" */
  guint        previous : 1;  /* an old value a figure is compared with: "up from 35",
                                 "to 4.75% from 4.25%", "against 18% a year earlier",
                                 "compared with 95 cents": not the current value */
  guint        about_total : 1; /* a running or summed total: "a total of 14", "so far", "in all" */
  guint        has_offset : 1; /* time: the zone's offset from UTC is known (utc_offset) */
} XcClaim;

/**
 * xc_claim_new:
 * @kind: what the claim is
 *
 * Returns: (transfer full): an empty claim of @kind: resolved, with an
 *   unbounded interval; free with xc_claim_free().
 */
XC_PUBLIC
XcClaim    *xc_claim_new           (XcKind kind);

/**
 * xc_claim_copy:
 * @claim: a claim
 *
 * Returns: (transfer full): a deep copy (every string copied).
 */
XC_PUBLIC
XcClaim    *xc_claim_copy          (const XcClaim *claim);

/**
 * xc_claim_free:
 * @claim: (nullable): a claim
 *
 * Frees the claim and its strings; NULL is a no-op.
 */
XC_PUBLIC
void        xc_claim_free          (XcClaim *claim);

/**
 * xc_kind_to_string:
 * @kind: a kind
 *
 * Returns: (transfer none): its name in every output: "money", "percent",
 *   "measure", "count", "date", "daterange", "duration" ("unknown" out of range).
 */
XC_PUBLIC
const char *xc_kind_to_string      (XcKind kind);

/**
 * xc_kind_from_string:
 * @s: (nullable): a name from xc_kind_to_string()
 * @out_kind: (out): the kind
 *
 * Returns: whether @s names a kind (@out_kind is untouched when not).
 */
XC_PUBLIC
gboolean    xc_kind_from_string    (const char *s, XcKind *out_kind);

/**
 * xc_qualifier_to_string:
 * @q: a qualifier
 *
 * Returns: (transfer none): its name: "exact", "approx", "more_than",
 *   "at_least", "less_than", "at_most", "range" ("exact" out of range).
 */
XC_PUBLIC
const char *xc_qualifier_to_string (XcQualifier q);

/**
 * xc_qualifier_from_string:
 * @s: (nullable): a name from xc_qualifier_to_string()
 * @out_q: (out): the qualifier
 *
 * Returns: whether @s names a qualifier (@out_q is untouched when not).
 */
XC_PUBLIC
gboolean    xc_qualifier_from_string (const char *s, XcQualifier *out_q);

/**
 * xc_direction_to_string:
 * @d: a direction
 *
 * Returns: (transfer none) (nullable): "up", "down", or NULL for
 *   %XC_DIRECTION_NONE (a claim that states no change).
 */
XC_PUBLIC
const char *xc_direction_to_string (XcDirection d);

/**
 * xc_kind_is_exact:
 * Returns: TRUE for kinds whose values are names of a point, never rounded or
 *   widened by a tolerance (age, ordinal, record): they agree only when equal.
 */
XC_PUBLIC
gboolean    xc_kind_is_exact       (XcKind kind);

/**
 * xc_record_key:
 * Returns: the one number that stands for a record's parts in its interval
 *   (parts[0]·10⁶ + parts[1]·10³ + parts[2]), so that records agree only when equal.
 */
XC_PUBLIC
double      xc_record_key          (const guint *parts, guint n_parts);

/**
 * xc_claim_value_string:
 * Returns: (transfer full): the normalized value as shown to users:
 *   "240000000000 USD", "26.3 %", "2024-04-09", "2024-04-04/2024-04-08", "P2D".
 */
XC_PUBLIC
char       *xc_claim_value_string  (const XcClaim *claim);

/**
 * xc_claim_append_value:
 * Appends the text of xc_claim_value_string() to @out, without a string of its own.
 */
XC_PUBLIC
void        xc_claim_append_value  (const XcClaim *claim,
                                    GString       *out);

/**
 * xc_interval_string:
 * Returns: (transfer full): the interval in the claim's own terms:
 *   "24.5–25.5", "> 40", "2024-04-01–2024-04-30".
 */
XC_PUBLIC
char       *xc_interval_string     (const XcClaim *claim);

/**
 * xc_claim_to_json:
 * Adds one JSON object for @claim to @builder (the schema is in docs/claims.md).
 */
XC_PUBLIC
void        xc_claim_to_json       (const XcClaim *claim,
                                    JsonBuilder   *builder);

/**
 * xc_claim_append_json:
 * Appends @claim's JSON object to @out on one line, as xc_claim_to_json()
 * and xc_json_append() (not pretty) would write it, without building nodes.
 */
XC_PUBLIC
void        xc_claim_append_json   (const XcClaim *claim,
                                    GString       *out);

/**
 * xc_claim_append_jsonl:
 * Appends @claim's object as `extract --format jsonl` writes it: the members
 * of xc_claim_append_json() and `sentence_offset`, everything `check --claims`
 * needs to align the claim as it would on the article.
 */
XC_PUBLIC
void        xc_claim_append_jsonl  (const XcClaim *claim,
                                    GString       *out);

/**
 * xc_claim_from_json:
 * Returns: (transfer full): a claim read back from xc_claim_to_json()'s form,
 *   or NULL with @error set.
 */
XC_PUBLIC
XcClaim    *xc_claim_from_json     (JsonObject *object,
                                    GError    **error);

/**
 * xc_interval_overlaps:
 * @a: an interval
 * @b: another
 *
 * Returns: whether @a and @b share a value; ends that touch count only when
 *   both are closed.
 */
XC_PUBLIC
gboolean    xc_interval_overlaps   (const XcInterval *a,
                                    const XcInterval *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcClaim, xc_claim_free)

G_END_DECLS
