/* xc-report-private.h - what the report writers share: words for verdicts and
 * flags, the summary, escaping, and finding a claim inside its sentence.
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"

G_BEGIN_DECLS

/* The JSON report's schema version (docs/report.md). */
#define XC_REPORT_JSON_VERSION 1

typedef gboolean (*XcReportWriteFunc) (const XcComparison    *cmp,
                                       const XcReportOptions *options,
                                       GString               *out,
                                       GError               **error);

gboolean xc_report_write_text     (const XcComparison *cmp, const XcReportOptions *options,
                                   GString *out, GError **error);
gboolean xc_report_write_markdown (const XcComparison *cmp, const XcReportOptions *options,
                                   GString *out, GError **error);
gboolean xc_report_write_json     (const XcComparison *cmp, const XcReportOptions *options,
                                   GString *out, GError **error);
gboolean xc_report_write_html     (const XcComparison *cmp, const XcReportOptions *options,
                                   GString *out, GError **error);

/**
 * XcReportSummary:
 * The counts every format opens with. `sources` counts the distinct
 * publishers (the file name standing in when unknown) of the documents that
 * loaded; `claims` is the sum of the documents' claim counts.
 */
typedef struct {
  guint sources;
  guint documents;
  guint failed;
  guint claims;
  guint groups;
  guint conflicts;
  guint agree;
  guint single;
  guint updated;     /* figures that changed between reports (verdict updated) */
} XcReportSummary;

void        xc_report_summarize        (const XcComparison *cmp, XcReportSummary *out);

/* The verdicts in the order reports list them: conflict, updated, agree, single. */
extern const XcVerdict xc_report_verdict_order[4];
/* How many of the run's groups have verdict @v: the count each section's heading shows. */
guint       xc_report_count_verdict    (const XcComparison *cmp, XcVerdict v);
/* Groups of @cmp from @from to @to (exclusive) with verdict @v. */
guint       xc_report_count_verdict_in (const XcComparison *cmp, guint from, guint to, XcVerdict v);
/* Whether the report is written story by story (the run held more than one). */
gboolean    xc_report_has_stories      (const XcComparison *cmp);
/* One past the last group of the story of group @from (groups are sorted story
 * first): the whole list when the run is one story. */
guint       xc_report_story_end        (const XcComparison *cmp, guint from);
/* Documents of @story, and how many of them. */
guint       xc_report_story_documents  (const XcComparison *cmp, const char *story);

/* "Conflict", "Agree", "Single source" */
const char *xc_report_verdict_label    (XcVerdict v);
/* "Conflicts", "Agreements", "Single-source facts" */
const char *xc_report_verdict_heading  (XcVerdict v);
/* "✗", "✓", "○": an icon that goes with the word, never instead of it */
const char *xc_report_verdict_icon     (XcVerdict v);
/* The group's reason, or a generic sentence for its verdict when it has none. */
const char *xc_report_group_reason     (const XcGroup *g);

/**
 * xc_report_group_flags:
 * Returns: (transfer container): the group's flags (self-contradiction,
 *   power of ten, outlier tie) as sentences, in a fixed order; static strings.
 */
GPtrArray  *xc_report_group_flags      (const XcGroup *g);

#define XC_REPORT_OUTLIER_WORDS   "odd one out"
/* The tag of the members of an updated group that state the later value. */
#define XC_REPORT_LATER_WORDS "Later figure"
#define XC_REPORT_WIRE_COPY_WORDS "wire copy: the same sentence is carried by another source"

/* The publisher, else the file, else "unknown source". (transfer none) */
const char *xc_report_source_name      (const XcClaim *c);
/* "file:line:col" (transfer full) */
/* @s HTML-escaped, its ISO dates ("2025-03-11", "2025-03") and durations
 * ("P2D", "P1Y6M", "PT3H") in words: "11 March 2025", "2 days". */
void        xc_report_append_html_words (GString *out, const char *s);
char       *xc_report_location         (const XcClaim *c);
/* "26.3 %" or "26.3 % (26.25–26.35)" when the interval says more (transfer full) */
char       *xc_report_value_with_interval (const XcClaim *c);

/**
 * xc_report_find_claim:
 * Finds the claim's text inside its sentence (white space folded; the
 * occurrence nearest the claim's own offset when it appears twice).
 * Returns: TRUE with the byte span in @out_start, @out_end of c->sentence.
 */
gboolean    xc_report_find_claim       (const XcClaim *c, gsize *out_start, gsize *out_end);

/* ---------- pieces rendered on several threads (xc-report-pipe.c) ---------- */

/* Renders piece @index (a group's, say) of the report into @out; called on any
 * thread, so it reads only the comparison and @data. */
typedef void (*XcReportRenderFunc) (GString *out, guint index, gpointer data);

typedef struct _XcReportPipe XcReportPipe;

/* (transfer full) a pipe into @out, the report so far: pieces are appended to it
 * in the order they are put, and flushed as xc_report_flush_some () does. With
 * options->jobs of 1 or less every piece goes straight in, as it comes. */
XcReportPipe *xc_report_pipe_new      (const XcReportOptions *options, gpointer data, GString *out);
/* Puts a piece rendered by @render (@index and the pipe's data); FALSE when a
 * flush failed (@error set). */
gboolean    xc_report_pipe_render      (XcReportPipe *self, XcReportRenderFunc render, guint index,
                                        GError **error);
/* Puts text the writer has at hand (a heading); @len -1: NUL-terminated. */
gboolean    xc_report_pipe_text        (XcReportPipe *self, const char *text, gssize len, GError **error);
/* Writes every piece still waiting; FALSE when a flush failed. */
gboolean    xc_report_pipe_finish      (XcReportPipe *self, GError **error);
/* Stops the threads (pieces not written are dropped) and frees the pipe; NULL is a no-op. */
void        xc_report_pipe_free        (XcReportPipe *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcReportPipe, xc_report_pipe_free)

/* Hands @out to options->flush once it holds XC_REPORT_FLUSH_BYTES or more. */
#define XC_REPORT_FLUSH_BYTES (1 << 20)
gboolean    xc_report_flush_some       (const XcReportOptions *options, GString *out, GError **error);

/* Appends @s with &, <, >, " and ' escaped (and control characters dropped). */
void        xc_report_append_html      (GString *out, const char *s, gssize len);
/* Appends @s with Markdown's specials backslash-escaped and newlines folded. */
void        xc_report_append_markdown  (GString *out, const char *s, gssize len);


G_END_DECLS
