/* xc-private.h - interfaces shared by the library's modules, not installed
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "crosscheck/crosscheck.h"

G_BEGIN_DECLS

/* ---------- spans and sentences (xc-segment.c) ---------- */
typedef struct {
  gsize start;   /* byte offset in the document text */
  gsize end;     /* one past the last byte */
} XcSpan;

/* The longest sentence, in bytes: a longer run without a sentence end (a line
 * of figures, a table flattened to one line) is cut into pieces of at most
 * this, at a space where there is one. Every claim keeps a copy of its
 * sentence, so the pieces keep memory linear (docs/reliability.md). */
#define XC_SENTENCE_MAX 2000

/**
 * xc_segment_sentences:
 * Returns: (transfer full): XcSpan per sentence, in order, covering every
 *   non-blank stretch of @text. Survives "U.S.", "Mr.", "Feb. 24", "No. 2",
 *   decimals, quotes and ellipses; a blank line always ends a sentence, and
 *   so does a single newline unless @soft_newlines (Markdown and HTML,
 *   where a newline inside a paragraph is only white space). No span is
 *   longer than XC_SENTENCE_MAX.
 */
GArray  *xc_segment_sentences (const char *text, gsize len, gboolean soft_newlines);

/**
 * xc_segment_find:
 * Returns: the index of the sentence holding @offset (the last one starting
 *   at or before it).
 */
guint    xc_segment_find      (GArray *sentences, gsize offset);

/* ---------- numbers (xc-number.c) ---------- */
/**
 * XcNumber:
 * A parsed number. `step` is the unit of the last stated digit, already
 * multiplied by the scale: "240 billion" -> 1e9, "26.3" -> 0.1, "840,000" -> 1,
 * "two" -> 1, "a dozen" -> 1; the interval rules in docs/claims.md use it.
 */
typedef struct {
  double   value;
  double   step;
  gboolean words;     /* spelled out ("two", "a dozen") */
  gboolean scaled;    /* carries a scale word or suffix (million, bn, k) */
} XcNumber;

/**
 * xc_number_parse:
 * Parses a whole number expression: "1,234.5", "240", "26.3", "two",
 * "twenty-five", "a hundred", "three hundred", "a dozen", "half", "a third",
 * "1.5 million", "$3bn"-style "3bn" (the currency sign is not part of it),
 * "12k", "four thousand". Leading/trailing white space is ignored.
 * Returns: TRUE when all of @s (of @len bytes, -1 = NUL-terminated) is a number.
 */
gboolean xc_number_parse       (const char *s, gssize len, XcNumber *out);

/**
 * xc_number_scale:
 * Returns: the factor of a scale word or suffix ("thousand", "million",
 *   "billion", "trillion", "k", "m", "mn", "mln", "bn", "b", "tn"), or 0.
 */
double   xc_number_scale       (const char *word, gssize len);

/* Regex fragments (PCRE2 syntax, no captures) for patterns that embed numbers. */
#define XC_RE_DIGITS "(?:\\d{1,3}(?:,\\d{3}){1,6}+|\\d{1,15}+)(?:\\.\\d{1,12}+)?"
#define XC_RE_UNITS_WORD "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
#define XC_RE_TENS_WORD "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#define XC_RE_NUMBER_WORD "(?:" XC_RE_TENS_WORD "(?:[- ]" XC_RE_UNITS_WORD ")?|" XC_RE_UNITS_WORD "|a\\s+dozen|dozens?|a\\s+hundred|a\\s+thousand)"
#define XC_RE_SCALE "(?:thousand|million|billion|trillion|mn|mln|bn|tn|k|m|b)"

/* ---------- patterns (xc-pattern.c) ---------- */
typedef struct _XcPattern XcPattern;

/**
 * xc_pattern_new:
 * Compiles @regex with PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS (unless
 * @flags has XC_PATTERN_CASE) | @flags and JIT-compiles it. Each built-in
 * pattern is compiled once per process: callers keep the XcPattern for the
 * life of their recognizer.
 */
#define XC_PATTERN_CASE (1u << 28)   /* a bit PCRE2 10.42 leaves unused: never PCRE2_ANCHORED (1u << 31) */
XcPattern *xc_pattern_new        (const char *name, const char *regex, guint32 flags, GError **error);
void       xc_pattern_free       (XcPattern *p);
/**
 * xc_pattern_match:
 * Finds the next match at or after @start in @text (valid UTF-8, checked once
 * by the caller). Returns: TRUE on a match; FALSE when there is none or on a
 * matching error (then @error is set). Match data is owned by the pattern.
 */
gboolean   xc_pattern_match      (XcPattern *p, const char *text, gsize len, gsize start, GError **error);
/* After a successful match: group @n's span; FALSE when the group did not take part. */
gboolean   xc_pattern_group      (XcPattern *p, int n, gsize *out_start, gsize *out_end);
gboolean   xc_pattern_named      (XcPattern *p, const char *name, gsize *out_start, gsize *out_end);
int        xc_pattern_group_number (XcPattern *p, const char *name);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcPattern, xc_pattern_free)

/* ---------- recognizers (xc-extract*.c) ---------- */
/**
 * XcScan:
 * What a recognizer sees: the document text and its sentences. A recognizer
 * appends XcClaim* to `claims` with `offset`/`length` in TEXT offsets (the
 * orchestrator maps them to file offsets, lines and columns afterwards), and
 * kind/value/unit/qualifier/interval/... filled. It leaves file, source,
 * line, column, sentence to the orchestrator.
 */
typedef struct {
  const XcDocument *doc;
  const char       *text;
  gsize             len;
  GArray           *sentences;      /* XcSpan */
  const GDate      *published;      /* NULL when unknown */
  GPtrArray        *claims;         /* XcClaim*, owned */
  gboolean          unresolved;     /* set when a relative date could not be resolved */
} XcScan;

typedef struct _XcQuantityRecognizer XcQuantityRecognizer;
XcQuantityRecognizer *xc_quantity_recognizer_new  (GError **error);
gboolean              xc_quantity_recognizer_run  (XcQuantityRecognizer *self, XcScan *scan, GError **error);
void                  xc_quantity_recognizer_free (XcQuantityRecognizer *self);
/* What a bare "$" means; "USD" by default. */
void                  xc_quantity_recognizer_set_dollar (XcQuantityRecognizer *self, const char *iso_code);

typedef struct _XcDateRecognizer XcDateRecognizer;
XcDateRecognizer *xc_date_recognizer_new  (GError **error);
gboolean          xc_date_recognizer_run  (XcDateRecognizer *self, XcScan *scan, GError **error);
void              xc_date_recognizer_free (XcDateRecognizer *self);

/* Times of day and elapsed clock readings (xc-extract-time.c). */
typedef struct _XcTimeRecognizer XcTimeRecognizer;
XcTimeRecognizer *xc_time_recognizer_new  (GError **error);
gboolean          xc_time_recognizer_run  (XcTimeRecognizer *self, XcScan *scan, GError **error);
void              xc_time_recognizer_free (XcTimeRecognizer *self);
/* Ties a time claim to the ISO day @iso of its clause (NULL: none); a US zone
 * written without S/D ("ET") then gets its offset. */
void              xc_time_tie_date        (XcClaim *time, const char *iso);

/**
 * xc_context_annotate:
 * Runs after every recognizer and after overlaps are resolved (claims sorted
 * by offset): fills `scope` and `attribution` of quantity claims from their
 * clause (xc-context.c).
 */
typedef struct _XcContext XcContext;
XcContext *xc_context_new      (GError **error);
gboolean   xc_context_annotate (XcContext *self, XcScan *scan, GError **error);
void       xc_context_free     (XcContext *self);

/* ---------- comparisons (xc-compare.c) ---------- */
/* Adds @claim (transfer full) to the run's claims: the claim moves into the
 * run's blocks (@claim itself is freed) and its strings into the run's string
 * chunk (read-only from then on). Every claim of a comparison must come in
 * this way. Returns (transfer none) the claim as the run holds it. */
XcClaim *xc_comparison_adopt_claim (XcComparison *self, XcClaim *claim);

/* ---------- JSON (xc-json.c) ---------- */
/* For writers that stream a large document piece by piece in the pretty form
 * of xc_json_append(): @node as if it stood @depth levels deep, and
 * '"name": ' indented for @depth. */
void     xc_json_append_nested   (GString *out, JsonNode *node, guint depth);
void     xc_json_append_key      (GString *out, const char *name, guint depth);

/* A string member of @o into @out (owned): NULL when it is missing or null;
 * FALSE (and NULL) when it has another type. */
gboolean xc_json_get_string      (JsonObject *o, const char *name, char **out);

/* JSON nested deeper than this is refused before parsing: json-glib
 * recurses once per level, and 100,000 levels overflow the stack. */
#define XC_JSON_MAX_DEPTH 256
/* json_parser_load_from_data() after a byte scan of the nesting depth. */
gboolean xc_json_parse           (JsonParser *parser, const char *data, gssize len, GError **error);

/* Numbers exactly as xc_json_append() writes them (strings: xc_json_append_string,
 * public). */
void     xc_json_append_double   (GString *out, double v);
void     xc_json_append_int      (GString *out, gint64 v);

/* Serializes @b's root, pretty or on one line, and appends it and a newline to @out. */
void     xc_json_append_builder  (GString *out, JsonBuilder *b, gboolean pretty);

/* Members of the object @b is building: "name": value. A NULL string is
 * written as null. The begin_ forms open an object or an array member that
 * the caller closes. */
void     xc_json_add_string      (JsonBuilder *b, const char *name, const char *value);
void     xc_json_add_int         (JsonBuilder *b, const char *name, gint64 value);
void     xc_json_add_boolean     (JsonBuilder *b, const char *name, gboolean value);
void     xc_json_begin_object_member (JsonBuilder *b, const char *name);
void     xc_json_begin_array_member  (JsonBuilder *b, const char *name);

/**
 * XcJsonSink:
 * Where a JSON value is written, one event at a time: a JsonBuilder
 * (XcBuilderSink) or straight into text in xc_json_append()'s pretty form
 * (XcPrettySink), so that large reports skip building nodes.
 */
typedef struct _XcJsonSink XcJsonSink;
struct _XcJsonSink {
  void (*begin_object) (XcJsonSink *s);
  void (*end_object)   (XcJsonSink *s);
  void (*begin_array)  (XcJsonSink *s);
  void (*end_array)    (XcJsonSink *s);
  void (*key)          (XcJsonSink *s, const char *name);
  void (*string)       (XcJsonSink *s, const char *v);   /* NULL writes null */
  void (*integer)      (XcJsonSink *s, gint64 v);
  void (*number)       (XcJsonSink *s, double v);
  void (*boolean)      (XcJsonSink *s, gboolean v);
  void (*null)         (XcJsonSink *s);
};

typedef struct {
  XcJsonSink   sink;
  JsonBuilder *builder;
} XcBuilderSink;
void     xc_builder_sink_init    (XcBuilderSink *s, JsonBuilder *builder);

#define XC_PRETTY_SINK_LEVELS 16
typedef struct {
  XcJsonSink sink;
  GString   *out;
  guint      base;                           /* depth of the first value written */
  guint      n;                              /* open objects and arrays */
  guint      count[XC_PRETTY_SINK_LEVELS];   /* members written at each */
  gboolean   pending_key;                    /* a key was written: the value follows inline */
  gboolean   compact;                        /* no newlines, no indent, "key":value */
} XcPrettySink;
/* Text as xc_json_append_nested (out, node, @depth) would write it. */
void     xc_pretty_sink_init     (XcPrettySink *s, GString *out, guint depth);
/* Text as xc_json_append (out, node, FALSE) would write it: compact, one line. */
void     xc_compact_sink_init    (XcPrettySink *s, GString *out);

/* ---------- claims (xc-claim.c) ---------- */
/* The string members of XcClaim, the one list that copying, freeing and
 * pooling them go through: xc_claim_string (c, k) for k below
 * XC_CLAIM_N_STRINGS is the address of the k-th (text is the last). */
#define XC_CLAIM_N_STRINGS 19
extern const gsize xc_claim_string_offsets[XC_CLAIM_N_STRINGS];
static inline char **
xc_claim_string (XcClaim *c, guint k)
{
  return G_STRUCT_MEMBER_P (c, xc_claim_string_offsets[k]);
}
/* The members of a claim's JSON object (docs/claims.md), without its braces:
 * one definition for every writer. */
void     xc_claim_emit_members   (const XcClaim *c, XcJsonSink *sink);
/* Sets claim->interval from a number and a qualifier (docs/claims.md, "Intervals"). */
void     xc_interval_from_number (XcInterval *out, const XcNumber *n, XcQualifier q);
/* How xc_interval_append() writes an interval. */
typedef enum {
  XC_INTERVAL_EXACT,    /* every digit: "239500000000–240500000000", "≤ 5" (xc_interval_string) */
  XC_INTERVAL_READABLE, /* for an editor: six digits and a scale word ("239.5–240.5 billion"), a
                           change as "up 3–4" / "down 3–4", "< 5" for "less than 5" (from 0) */
} XcIntervalStyle;
/* Appends @iv in the terms of claim @c ("24.5–25.5", "> 26", "2024-04-09"); dates are
 * written as ISO days in either style. The one interval formatter. */
void     xc_interval_append      (GString *out, const XcClaim *c, const XcInterval *iv, XcIntervalStyle style);
/* ISO date helpers: "2024-04-09" / "2024-04" / "2024" <-> the first and last day. */
gboolean xc_iso_date_bounds      (const char *iso, GDate *out_first, GDate *out_last);
char    *xc_iso_from_date        (const GDate *d);    /* "YYYY-MM-DD" */
double   xc_date_day_number      (const GDate *d);    /* g_date_get_julian() as double */

G_END_DECLS
