/* xc-interval-private.h - what a claim's value is for comparing: its block (which claims
 * may be compared at all), its effective interval, and the common part of intervals
 * (xc-interval.c); for every stage of compare, and for the stages above it
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-private.h"

G_BEGIN_DECLS

/* The blocking key of a claim ("money|USD", "pct|chg", "date"), or NULL when it takes no
 * part in alignment: only claims of one block are ever compared. (transfer full) */
char       *xc_claim_block_key    (const XcClaim *c);
/* A one-sided hedge reaches this far past its bound and no farther: "more than X" and
 * "at least X" allow up to XC_HEDGE_FACTOR * X; "less than X", "at most X" and "as many
 * as X" down to X / XC_HEDGE_FACTOR. Beyond it a reader hears another figure. */
#define XC_HEDGE_FACTOR 2.0

/* Fills @out with the claim's effective interval (signed by direction, widened by
 * @tolerance, dates and durations in days); FALSE when it has none to judge. */
gboolean    xc_claim_effective_interval (const XcClaim *c, double tolerance, XcInterval *out);
/* Whether two scopes ("2023", "2025-05") may be the same period: TRUE when either is NULL. */
gboolean    xc_scopes_compatible  (const char *a, const char *b);

/* Intersection of two intervals: TRUE when they share a point; @out (nullable) gets it. */
gboolean    xc_interval_intersect (const XcInterval *a, const XcInterval *b, XcInterval *out);
/* Intersection of intervals: TRUE when they share a point; @out gets the common part. */
gboolean    xc_intervals_common   (const XcInterval * const *ivs, guint n, XcInterval *out);

/**
 * xc_outliers_find:
 * Among @n intervals, finds the largest subset with a common point.
 * @out_keep: n booleans, TRUE for members of that subset
 * Returns: the subset's size; *out_tie is TRUE when several different largest subsets exist.
 */
guint       xc_outliers_find      (const XcInterval * const *ivs, guint n, gboolean *out_keep,
                                   gboolean *out_tie, XcInterval *out_common);

G_END_DECLS
