/* xc-quantity-private.h - what the quantity recognizer's files share: unit tables and word helpers
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-private.h"
#include "xc-wordset-private.h"

G_BEGIN_DECLS

/* ---------- words and phrases (xc-quantity-words.c) ---------- */

/* ASCII letters only: UTF-8 punctuation such as ’ or – is never part of a word. */
#define XC_IS_ALPHA(c) (g_ascii_isalpha ((guchar) (c)))
#define XC_IS_ALNUM(c) (g_ascii_isalnum ((guchar) (c)))

/**
 * xc_phrase_at:
 * Caseless match of the lowercase @phrase at @pos of @text: a space in @phrase
 * matches a run of blanks (at most one newline). The match must end on a word
 * boundary when @phrase ends with a letter. Returns: TRUE with *@out_end set.
 */
gboolean xc_phrase_at      (const char *text, gsize len, gsize pos, const char *phrase, gsize *out_end);

/**
 * xc_phrase_before:
 * Like xc_phrase_at() but @phrase must end at @end, after the blanks before
 * @end are skipped, start on a word boundary and not before @floor.
 * Returns: TRUE with *@out_start set.
 */
gboolean xc_phrase_before  (const char *text, gsize floor, gsize end, const char *phrase, gsize *out_start);

/* The first phrase of the NULL-terminated @table found by xc_phrase_at() /
 * xc_phrase_before(); its index, or -1. */
int      xc_phrase_table_at     (const char *text, gsize len, gsize pos, const char * const *table,
                                 gsize *out_end);
int      xc_phrase_table_before (const char *text, gsize floor, gsize end, const char * const *table,
                                 gsize *out_start);

/**
 * xc_word_after:
 * The word starting at @pos after blanks (no punctuation is skipped):
 * letters with inner apostrophes. Returns: FALSE when none; the word's bytes
 * are [*@out_start, *@out_end).
 */
gboolean xc_word_after     (const char *text, gsize len, gsize pos, gsize *out_start, gsize *out_end);
/* The word ending at @pos after blanks before it are skipped, not before @floor. */
gboolean xc_word_before    (const char *text, gsize floor, gsize pos, gsize *out_start, gsize *out_end);

/* Caseless: is [@s, @e) of @t the lowercase word @w? */
gboolean xc_word_is        (const char *t, gsize s, gsize e, const char *w);
/* An adverb in -ly ("sharply"), not "only", "early", "family". */
gboolean xc_word_is_adverb (const char *t, gsize s, gsize e);

/* Word lists (lowercase, NULL-terminated). */
extern const char * const xc_words_stop[];        /* function words that end a counted noun phrase */
extern const char * const xc_words_open_prefix[]; /* capitalized words that may stand before a count */
extern const char * const xc_words_determiner[];  /* "the two sides": anaphora, not a count */
extern const char * const xc_words_designation[]; /* "page 5", "No. 3", "article 5" */
extern const char * const xc_words_month[];

/* ---------- qualifiers, directions, bases (xc-quantity-words.c) ---------- */
typedef struct {
  const char  *phrase;
  gsize        len;
  XcQualifier  qualifier;
  gboolean     below;       /* "nearly", "almost": close to the value, from below */
  gboolean     level;       /* "above", "below": a level, never the size of a change */
} XcQualifierWord;
extern const XcQualifierWord xc_qualifier_words[];

/* The qualifier phrase ending at @end, or NULL; *@out_start is where it begins. */
const XcQualifierWord *xc_qualifier_before (const char *text, gsize floor, gsize end, gsize *out_start);

/* The direction of a change verb or adverb ("rose", "up"), else of a change
 * noun ("growth": *@out_noun set). */
XcDirection xc_direction_of_word (const char *text, gsize start, gsize end, gboolean *out_noun);
/* Is this a change noun ("growth", "rise", "cut")? Sets *@out_direction. */
gboolean    xc_direction_noun    (const char *text, gsize start, gsize end, XcDirection *out_direction);

/* A change's basis right after @pos: "from the previous year" -> "previous year". (transfer full) or NULL */
char    *xc_basis_after    (const char *text, gsize len, gsize pos, gboolean changed, gsize *out_end);

/* ---------- units (xc-quantity-units.c) ---------- */
typedef struct {
  const char *name;       /* lowercase as written: "kilometres", "sq km", "°c" */
  const char *unit;       /* reported: "km", "km2", "°C" */
  const char *si_unit;    /* "m", "m2", "K", ... */
  double      factor;     /* value_si = value * factor + offset */
  double      offset;
} XcMeasureUnit;

/* The longest measure unit at @pos (blanks or one hyphen first, or glued), or NULL. */
const XcMeasureUnit *xc_measure_unit_at (const char *text, gsize len, gsize pos, gsize *out_end);
/* The "magnitude" pseudo unit. */
const XcMeasureUnit *xc_measure_magnitude (void);
/* The "avg" of a batting average (".308"). */
const XcMeasureUnit *xc_measure_batting_average (void);
/* The "pound" of weight, for "5 pounds" without money around it. */
const XcMeasureUnit *xc_measure_pound (void);

/* A currency written before a number ("$", "US$", "€", "USD "): its ISO code;
 * "$" gives @dollar. NULL when not a currency. */
const char *xc_currency_prefix (const char *s, gsize n, const char *dollar);
/* A currency named after a number ("dollars", "yuan", "USD"); *@out_pound when
 * it is the ambiguous "pounds". */
const char *xc_currency_suffix_at (const char *text, gsize len, gsize pos, const char *dollar,
                                   gsize *out_end, gboolean *out_pound);

/* Is this word a unit of time ("days", "year", "decade")? */
gboolean xc_time_unit (const char *text, gsize start, gsize end);
/* (transfer full) the singular of a plural noun ("warships" -> "warship",
 * "people" -> "person"), or NULL when @word is not a plural noun. */
char    *xc_plural_noun (const char *text, gsize start, gsize end);

/* ---------- a quantity being read (xc-extract-quantity.c and the readers below) ---------- */
/* A quantity being read: the token, then the words around it. */
typedef struct {
  const char *t;
  gsize       len;          /* end of the sentence: nothing is read past it */
  gsize       floor;        /* start of the sentence, or the end of the previous claim */
  gsize       start, end;   /* the claim's span */
  gsize       num_start;    /* the number itself (after any currency sign) */
  gsize       core_end;     /* end of number + scale (+ range) */
  XcNumber    n, high;
  gboolean    range, digits, words, vague;
  double      vague_lo, vague_hi;
  const char *iso;
  gboolean    percent, pp;
  const XcMeasureUnit *measure;
  char       *noun;
  gboolean    glued_m;      /* "5m": million or metres */
  XcQualifier qualifier;
  gboolean    below, level;
  XcDirection direction;
  gboolean    direction_adverb;   /* from "up"/"down": money and percent only */
  XcDirection from_direction;     /* "rose from X": the verb before "from" */
  gboolean    designation, anaphora, between, few;
  gboolean    ratio;          /* "one in five voters", "1 in 3 adults": a ratio, not a count */
  gboolean    designation_soft;  /* a spelled-out number after a lowercase designation word */
  gboolean    designation_name;  /* a spelled-out number after a capitalized word */
  gboolean    frac;           /* "half a", "a quarter of a": before "(percentage) point" only */
  gsize       between_start;
  gsize       direction_end;  /* after "higher" in "5% higher": where a basis may follow */
  /* figures that name a point (xc-quantity-forms.c) */
  gboolean    age;            /* a person's age in years: "a 15-year-old", "Marsh, 52," */
  gboolean    ordinal;        /* a rank: "the seventh round"; @noun is what is ranked */
  gboolean    ordinal_token;  /* the token is an ordinal word or "10th" */
  guint       parts[3];       /* a record or score: "52-3", "45-7-2" */
  guint       n_parts;
  gboolean    after_age;      /* an age ends right before, joined by "and": "ages 6 and 16" */
  const char *antecedent;     /* the counted noun of the last count nearby, for "two of them" (borrowed) */
  gsize       antecedent_end; /* where that count's span ends */
  const char *rank_antecedent; /* what the last rank nearby ranks, for "in the sixth" after
                                  "the seventh round" (borrowed) */
} XcQty;

/* The token (xc-extract-quantity.c). */
/* What follows a digit token and makes it no quantity: "3rd", "1990s", "10:30",
 * "24/7", "1.2.3", "5G". Returns TRUE to drop it. */
gboolean xc_qty_bad_digit_tail (const char *t, gsize len, gsize i, gboolean scaled);
gboolean xc_qty_parse_span     (const char *t, gsize s, gsize e, XcNumber *out);

/* The words before and just after (xc-quantity-qualify.c). */
/* Qualifier, designation, "between", the change verb before the number. */
void     xc_qty_read_left            (XcQty *q);
/* "a 5% rise", "a 5 percent annual increase", "5% higher". */
void     xc_qty_read_direction_after (XcQty *q);
/* Is a percent a share ("30% of", "a 30% stake", "accounted for 30%")? */
gboolean xc_qty_read_share           (XcQty *q);

/* What the number is of (xc-quantity-right.c): FALSE when it is no claim at all
 * (a duration, a year, a bare number). @dollar: the ISO code of "$". */
gboolean xc_qty_read_right (XcQty *q, const char *dollar);

/* Points rather than amounts (xc-quantity-forms.c): each returns TRUE with
 * q->end set when the figure at @pos (just after the number) is of its form. */
/* "a 15-year-old", "between 30 and 40 years old", "Marsh, 52,", "aged 15", "ages 6 and 16". */
gboolean xc_qty_read_age      (XcQty *q, gsize pos);
/* "52-3", "45-7-2", "won 3-1": a record or score, never a range or a date. */
gboolean xc_qty_read_record   (XcQty *q, gsize pos);
/* "the seventh round", "his 10th straight win", "in the sixth", "for the fourth time". */
gboolean xc_qty_read_ordinal  (XcQty *q, gsize pos);
/* The value of an ordinal word ("seventh" 7, "twenty-first" 21). */
gboolean xc_qty_parse_ordinal (const char *t, gsize s, gsize e, double *out);

/* The counted noun (xc-quantity-nouns.c). */
typedef enum { XC_NOUN_NONE, XC_NOUN_FOUND, XC_NOUN_TIME } XcNounResult;
/* The counted noun after @pos: up to three modifiers, then a plural noun
 * ("840,000 Chinese vehicles"); a unit of time makes it a duration. */
XcNounResult xc_qty_read_noun     (XcQty *q, gsize pos, gsize *out_end);
/* The counted noun of a count of one ("one tanker", "a single vessel"). */
gboolean     xc_qty_read_singular (XcQty *q, gsize pos, gsize *out_end);
/* A count with no noun after it, of what the clause says: a partitive ("two of
 * the skiffs", "three of them"), an event ("35 hurt", "60 were injured",
 * "killing 12", "the toll rose to 9"), or what was counted before ("the
 * remaining three", "Two managed to flee"). */
gboolean     xc_qty_read_governed (XcQty *q, gsize pos, gsize *out_end);
/* "42 of the 120 seats": a count of the noun after the total. */
gboolean     xc_qty_read_of_total (XcQty *q, gsize pos, gsize *out_end);

G_END_DECLS
