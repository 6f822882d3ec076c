/* xc-date-private.h - calendar resolution shared by the date recognizer and its tests
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"

G_BEGIN_DECLS

/* Which way a clause looks from the publication date. */
typedef enum {
  XC_TENSE_NONE,
  XC_TENSE_PAST,
  XC_TENSE_FUTURE,
} XcTense;

/**
 * xc_date_tense:
 * The tense of the clause around [@start, @end) inside the sentence
 * [@sent_start, @sent_end) of @text: the marker word nearest to the
 * expression wins ("will", "would", "is expected to", "plans to" look
 * forward; "was", "said", "-ed" verbs look back); NONE when there is none.
 */
XcTense  xc_date_tense         (const char *text, gsize sent_start, gsize sent_end,
                                gsize start, gsize end);

/* The year of a year-less "Dec. 28" (@day > 0) or "in May" (@day == 0). */
int      xc_date_pick_year     (const GDate *pub, int month, int day, XcTense tense);

/* Sets a date claim at day, month or year precision (@m / @d == 0 when not given). */
void     xc_date_set           (XcClaim *c, int y, int m, int d);
/* Narrows a date claim's interval to [@first, @last] (its value stays). */
void     xc_date_narrow        (XcClaim *c, const GDate *first, const GDate *last);
/* Makes @c a daterange from two ISO values (any precision). FALSE when invalid. */
gboolean xc_date_set_range     (XcClaim *c, const char *start_iso, const char *end_iso);
/* Makes @c a daterange of whole days. */
void     xc_date_set_range_days (XcClaim *c, const GDate *first, const GDate *last);
/* A relative claim with nothing to resolve it against. */
void     xc_date_set_unresolved (XcClaim *c, XcScan *scan);

/* 1..12 for "January", "Jan", "Jan.", "Sept"; 0 otherwise. */
int      xc_date_month_from_name   (const char *s, gsize len);
/* G_DATE_MONDAY.. for "Monday", "Mon", "Tues"; G_DATE_BAD_WEEKDAY otherwise. */
GDateWeekday xc_date_weekday_from_name (const char *s, gsize len);

G_END_DECLS
