/* xc-date-private.h - what the date recognizer's files share: the forms, the
 * recognizer, one match and its readers, the handlers, the prefilter, and the
 * calendar rules of xc-date-resolve.c
 * SPDX-License-Identifier: MIT
 *
 * The files, in the order a date goes through them:
 *   xc-extract-date.c    the run: anchors -> starts -> first matching form -> handler
 *   xc-date-prefilter.c  the cheap byte scan: where a date may start, which forms it can be
 *   xc-date-forms.c      the pattern table (one anchored pattern per form), compiled once with JIT
 *   xc-date-match.c      one match: its groups, the words around it, the claim it adds; dispatch
 *   xc-date-calendar.c   handlers of written dates, ranges, periods, decades, fiscal years
 *   xc-date-relative.c   handlers of dates relative to the publication or the sentence's date
 *   xc-date-duration.c   handlers of durations, duration ranges and "N years ago"
 *   xc-date-resolve.c    calendar rules: names, tense, year inference, ISO values */
#pragma once
#include "xc-private.h"
#include "xc-pattern-private.h"
#include "xc-wordset-private.h"

G_BEGIN_DECLS

/* ---------- calendar rules (xc-date-resolve.c) ---------- */

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
/* Every word (lowercase, without a trailing dot) that xc_date_month_from_name() or
 * xc_date_weekday_from_name() reads as a name: a NULL-terminated list, for g_strfreev(). */
char       **xc_date_calendar_forms    (void);

/* ---------- the forms (xc-date-forms.c) ---------- */

/* One per pattern of the table, in the order they are tried at a start: where
 * two can match at the same place, the first wins. A new form goes here, in
 * the table (xc-date-forms.c), in xc_date_dispatch(), and, when it can begin
 * with a digit, in digit_forms() (xc-date-prefilter.c); with "the", in
 * xc_date_after_the. See docs/claims-dates.md. */
typedef enum {
  F_FISCAL, F_RANGE_MDMD, F_RANGE_MDD, F_RANGE_DDM, F_ISO, F_RANGE_YY, F_RANGE_MM, F_SLASH, F_YMD_SLASH,
  F_MDY, F_DMY, F_MON_REL, F_MY, F_PART, F_QUARTER, F_HALF, F_NMONTHS, F_TO_MONTH, F_DECADE,
  F_REL_BACK, F_DUR_RANGE, F_DUR_VAGUE, F_DUR_PAST, F_REL, F_QPERIOD, F_SEASON, F_MONTH, F_WEEKDAY, F_TODAY, F_NOW,
  F_DUR, F_YEAR, F_N_FORMS
} XcDateForm;

#define FORM(f) (1u << (f))

/* What a form's match can begin with when it begins with a letter (a
 * necessary condition, checked before the form's pattern is tried): a month
 * or weekday name, or one of the caseless words in XcDateFormDef.words.
 * Starts with a digit are sorted by digit_forms() (xc-date-prefilter.c). */
enum {
  S_MONTH    = 1 << 0,
  S_WEEKDAY  = 1 << 1,
  S_ALL      = (1 << 2) - 1,
};

/* The forms a start at "the" can be of, by the word after it. */
typedef struct {
  const char *word;
  guint32     forms;
} XcAfterThe;

extern const XcAfterThe xc_date_after_the[];
extern const gsize      xc_date_n_after_the;

/* Each form is its own anchored pattern. Trying the forms a start can begin
 * (see XcDateFormDef.starts) in table order finds what one alternation of
 * all of them would, without running most of them at most starts. */
struct _XcDateRecognizer {
  XcPattern *form[F_N_FORMS];
  XcWordSet *anchors;       /* xc_anchor_words */
  char     **calendar_list; /* xc_date_calendar_forms() ... */
  XcWordSet *calendar;      /* ... as a set: the capitalized anchors */
  guint32    anchor_pairs[26 * 26];   /* by the first two letters of a word of anchors or
                                       * calendar: bit n set when one has n bytes (31: longer) */
  XcWordSet *first_words;   /* every form's first words ... */
  guint32   *first_forms;   /* ... and for each, the forms (1 << XcDateForm) it can begin */
  guint32    start_forms[S_ALL + 1];   /* the forms each combination of S_* bits can begin */
  char     **first_list;    /* owns the words of first_words */
  XcWordSet *units;         /* xc_unit_words */
  const char **after_the_list;   /* the words of xc_date_after_the, NULL-terminated (owned) */
  XcWordSet *after_the;     /* the words of xc_date_after_the */
};

/* ---------- the prefilter (xc-date-prefilter.c) ---------- */

#define XC_BACK_WORDS 6
#define XC_RING 8   /* a power of two above XC_BACK_WORDS */

/* The word starts seen last, the anchor's own included: the words an anchor
 * looks back at are remembered on the way to it rather than searched for again. */
typedef struct {
  gsize pos[XC_RING];
  guint n;
} XcDateWordRing;

/* The next anchor word at or after @pos: [*out_start, *out_end). Every word
 * start passed goes into @ring. */
gboolean xc_date_next_anchor (const XcDateRecognizer *self, const char *t, gsize len, gsize pos,
                              XcDateWordRing *ring, gsize *out_start, gsize *out_end);
/* Marks the words of @words (lowercase ASCII) in self->anchor_pairs. */
void     xc_date_anchor_pairs_add (XcDateRecognizer *self, const char * const *words);
/* The forms (1 << XcDateForm) a match starting at the word @w can be of. */
guint32  xc_date_start_forms (const XcDateRecognizer *self, const char *w, gsize len);

/* ---------- one match (xc-date-match.c) ---------- */

typedef struct {
  XcPattern        *pattern;   /* the form's, holding the match */
  XcScan           *scan;
  gsize             start, end;          /* the match */
  gsize             sent_start, sent_end;
  XcTense           tense;
  gboolean          tense_known;
  gboolean          since;     /* "since" right before: not after publication */
  guint            *n_quantity;   /* the claims of the quantity recognizer, first in scan->claims */
} XcDateMatch;

/* Reads the match of form @f into claims; FALSE rejects it. */
gboolean     xc_date_dispatch        (XcDateMatch *m, XcDateForm f);

/* The named group's bytes [*s, *e); FALSE when it did not take part. */
gboolean     xc_date_group           (XcDateMatch *m, const char *name, gsize *s, gsize *e);
gboolean     xc_date_has             (XcDateMatch *m, const char *name);
/* The group's leading digits as a number; 0 when unset. */
int          xc_date_group_int       (XcDateMatch *m, const char *name);
/* The group's month name as 1..12; 0 when unset. */
int          xc_date_group_month     (XcDateMatch *m, const char *name);
/* The lower-cased group text in @buf (truncated, blanks as one space); "" when unset. */
const char  *xc_date_group_lower     (XcDateMatch *m, const char *name, char *buf, gsize size);
/* The tense of the match's clause (xc_date_tense()), worked out once. */
XcTense      xc_date_match_tense     (XcDateMatch *m);
/* The year of the match's year-less day (@day > 0) or month (@day == 0):
 * xc_date_pick_year() with the clause's tense; after "since", never one
 * after publication. */
int          xc_date_match_year      (XcDateMatch *m, int month, int day);
/* Drops the count the quantity recognizer read from the number at @pos when
 * it is the day of a date ("the Aug. 7 blasts" are no 7 blasts). */
void         xc_date_drop_count_at   (XcDateMatch *m, gsize pos);
/* A new claim of @kind over [@start, @end) (or the whole match), added to the scan. */
XcClaim     *xc_date_add_claim       (XcDateMatch *m, XcKind kind, gsize start, gsize end);
XcClaim     *xc_date_add_match_claim (XcDateMatch *m, XcKind kind);

/* The word before @pos in the sentence, lower-cased into @buf; sets
 * *out_capital when it starts with a capital and *out_initial when there is
 * none (the expression opens the sentence). */
const char  *xc_date_prev_word       (XcDateMatch *m, gsize pos, char *buf, gsize size,
                                      gboolean *out_capital, gboolean *out_initial);
/* The word after @pos (after white space), lower-cased into @buf; *out_punct
 * gets the first non-space character when it is not a letter. */
const char  *xc_date_next_word       (XcDateMatch *m, gsize pos, char *buf, gsize size, char *out_punct,
                                      gboolean *out_capital);
/* Is @w one of the NULL-terminated @list? */
gboolean     xc_date_in_list         (const char *w, const char * const *list);
/* Words that can follow a year without making it a count ("in 2023 and", "by 2030, the"). */
extern const char * const xc_date_after_year_ok[];
/* Determiners before a date used as a modifier ("the Aug. 7 blasts", "a 1996 law"). */
extern const char * const xc_date_modifier_dets[];

/* A valid day @d of month @mo of year @y. */
gboolean     xc_date_valid_dmy       (int y, int mo, int d);
/* Sets @d to @day/@mo/@y (which must be valid). */
void         xc_date_gdate           (GDate *d, int y, int mo, int day);
int          xc_date_days_in         (int y, int mo);

/* ---------- handlers: each returns FALSE to reject the match ---------- */

/* xc-date-calendar.c */
gboolean xc_date_on_month_day     (XcDateMatch *m);
gboolean xc_date_on_range_mdmd    (XcDateMatch *m);
gboolean xc_date_on_range_days    (XcDateMatch *m);
gboolean xc_date_on_range_years   (XcDateMatch *m);
gboolean xc_date_on_range_months  (XcDateMatch *m);
gboolean xc_date_on_numeric       (XcDateMatch *m, XcDateForm f);
gboolean xc_date_on_month_year    (XcDateMatch *m);
gboolean xc_date_on_part          (XcDateMatch *m);
gboolean xc_date_on_quarter       (XcDateMatch *m);
gboolean xc_date_on_half          (XcDateMatch *m);
gboolean xc_date_on_nmonths       (XcDateMatch *m);
gboolean xc_date_on_to_month      (XcDateMatch *m);
gboolean xc_date_on_decade        (XcDateMatch *m);
gboolean xc_date_on_year          (XcDateMatch *m);
gboolean xc_date_on_fiscal        (XcDateMatch *m);
/* The year of a match's SPOKEN_YEAR groups ("nineteen ninety-six"). */
int      xc_date_spoken_year      (XcDateMatch *m);
/* -1 for "last", "the previous", "this past"...; 1 for "next", "the coming"...; 0 otherwise. */
int      xc_date_rel_offset       (const char *rel);
/* early = 1, mid = 2, late = 3 */
int      xc_date_part_of          (const char *w);
/* Narrows @c to the @part third of year @y (@mo == 0) or of month @mo. */
void     xc_date_narrow_part      (XcClaim *c, int part, int y, int mo);

/* xc-date-relative.c */
gboolean xc_date_on_month_rel     (XcDateMatch *m);
gboolean xc_date_on_relative      (XcDateMatch *m);
gboolean xc_date_on_month         (XcDateMatch *m);
gboolean xc_date_on_weekday       (XcDateMatch *m);
gboolean xc_date_on_today         (XcDateMatch *m);
gboolean xc_date_on_rel_back      (XcDateMatch *m);
gboolean xc_date_on_qperiod       (XcDateMatch *m);
gboolean xc_date_on_now           (XcDateMatch *m);
/* seasons and holidays (one form, F_SEASON) */
gboolean xc_date_on_season        (XcDateMatch *m);
/* The last calendar quarter the document names before @pos, over by publication, not too far
 * back ("third-quarter profit ... from a year earlier"); NULL when none. */
const XcClaim *xc_date_doc_quarter (XcDateMatch *m, gsize pos);
/* The number (1-4) of that quarter (xc_date_doc_quarter() before the match); 0 when none. */
int      xc_date_doc_quarter_number (XcDateMatch *m);
/* Makes @c the quarter @q of year @y. */
void     xc_date_set_quarter      (XcClaim *c, int y, int q);

/* xc-date-duration.c */
gboolean xc_date_on_duration       (XcDateMatch *m, gboolean past);
gboolean xc_date_on_duration_range (XcDateMatch *m);
gboolean xc_date_on_duration_vague (XcDateMatch *m);
/* Adds a duration claim over [@start, @end): @n of the unit word @unit
 * ("weeks"); FALSE when @unit is none. */
gboolean xc_date_add_duration      (XcDateMatch *m, gsize start, gsize end, const XcNumber *n, const char *unit);

G_END_DECLS
