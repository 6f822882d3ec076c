/* xc-diff.h - what changed between two reports: check reports (facts paired
 * by id) and lint reports (findings paired by what they are about)
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-compare.h"

G_BEGIN_DECLS

typedef enum {
  XC_CHANGE_NEW_CONFLICT,
  XC_CHANGE_RESOLVED_CONFLICT,
  XC_CHANGE_CHANGED,
  XC_CHANGE_ADDED,
  XC_CHANGE_REMOVED,
  XC_CHANGE_UNCHANGED,
  XC_CHANGE_N
} XcChangeKind;

typedef struct {
  XcChangeKind  kind;
  char         *id;
  char         *label;
  XcVerdict     old_verdict;      /* when old_present */
  XcVerdict     new_verdict;      /* when new_present */
  gboolean      old_present;
  gboolean      new_present;
  GPtrArray    *details;          /* char*: "004.txt: 25 % -> 27 %" */
} XcChange;

typedef struct {
  GPtrArray *changes;             /* XcChange*, by kind, then label, then id */
  GPtrArray *sources_added;       /* char* "file (source)" */
  GPtrArray *sources_removed;
  guint      count[XC_CHANGE_N];
} XcDiff;

/**
 * xc_diff_comparisons:
 * Pairs groups by id; groups left over by a label unique on both sides; then
 * by their members (the same file:line:column for at least half of them).
 * Returns: (transfer full): the differences.
 */
XC_PUBLIC
XcDiff       *xc_diff_comparisons         (const XcComparison *old_cmp,
                                           const XcComparison *new_cmp);

/**
 * xc_diff_free:
 * @self: (nullable): the differences of two check reports
 *
 * Frees them; NULL is a no-op.
 */
XC_PUBLIC
void          xc_diff_free                (XcDiff *self);

/**
 * xc_change_kind_to_string:
 * @kind: a change kind
 *
 * Returns: (transfer none): its name in the JSON form ("new-conflict",
 *   "resolved-conflict", ...; "unknown" out of range).
 */
XC_PUBLIC
const char   *xc_change_kind_to_string    (XcChangeKind kind);

/**
 * xc_diff_write:
 * @format: "text", "markdown" or "json"
 * @show_unchanged: list unchanged groups too
 */
XC_PUBLIC
gboolean      xc_diff_write               (const XcDiff *diff,
                                           const char   *format,
                                           gboolean      show_unchanged,
                                           GString      *out,
                                           GError      **error);

/**
 * xc_diff_has_changes:
 * @diff: the differences of two check reports
 *
 * Returns: whether anything but unchanged groups is listed: a group new,
 *   gone or changed, or a source added or removed.
 */
XC_PUBLIC
gboolean      xc_diff_has_changes         (const XcDiff *diff);

/**
 * XcLintDiff:
 * What changed between two `crosscheck lint --format json` reports. Findings
 * are paired by what they are about (draft file, claim text, sentence, and
 * rank among equal ones), never by line, so moved paragraphs pair up.
 */
typedef struct _XcLintDiff XcLintDiff;

typedef enum {
  XC_LINT_CHANGE_NEW,        /* in the new report only */
  XC_LINT_CHANGE_CHANGED,    /* in both, of another kind, severity or value */
  XC_LINT_CHANGE_RESOLVED,   /* in the old report only */
  XC_LINT_CHANGE_UNCHANGED,
  XC_LINT_CHANGE_N
} XcLintChangeKind;

typedef struct {
  XcLintChangeKind kind;
  char  *file;          /* where it is: in the new report, or the old when resolved */
  guint  line;
  guint  column;
  char  *text;
  char  *old_kind;      /* NULL when new */
  char  *new_kind;      /* NULL when resolved */
  char  *old_severity;
  char  *new_severity;
  char  *old_value;
  char  *new_value;
  char  *message;       /* the newer message */
} XcLintChange;

/**
 * xc_lint_report_detect:
 * @data: a report's text
 * @len: the length of @data, or -1 when it is NUL-terminated
 *
 * Returns: whether @data is a lint report (a JSON object with a "findings"
 *   array) rather than a check report.
 */
XC_PUBLIC
gboolean      xc_lint_report_detect       (const char *data,
                                           gssize      len);

/**
 * xc_lint_diff_new:
 * @old_name: (nullable): the old report's name, for errors
 * Returns: (transfer full): the differences, or NULL with @error set when
 *   either report is not a lint report.
 */
XC_PUBLIC
XcLintDiff   *xc_lint_diff_new            (const char *old_name,
                                           const char *old_data,
                                           gssize      old_len,
                                           const char *new_name,
                                           const char *new_data,
                                           gssize      new_len,
                                           GError    **error);

/**
 * xc_lint_diff_free:
 * @diff: (nullable): the differences of two lint reports
 *
 * Frees them; NULL is a no-op.
 */
XC_PUBLIC
void          xc_lint_diff_free           (XcLintDiff *diff);

/**
 * xc_lint_diff_changes:
 * @diff: the differences of two lint reports
 *
 * Returns: (transfer none) (element-type XcLintChange): every change, by
 *   kind (new, changed, resolved, unchanged), then position.
 */
XC_PUBLIC
const GPtrArray *xc_lint_diff_changes     (const XcLintDiff *diff);

/**
 * xc_lint_diff_count:
 * @diff: the differences of two lint reports
 * @kind: a change kind
 *
 * Returns: how many changes are of @kind (0 out of range).
 */
XC_PUBLIC
guint         xc_lint_diff_count          (const XcLintDiff *diff,
                                           XcLintChangeKind kind);

/**
 * xc_lint_change_kind_to_string:
 * @kind: a change kind
 *
 * Returns: (transfer none): "new", "changed", "resolved" or "unchanged"
 *   ("?" out of range).
 */
XC_PUBLIC
const char   *xc_lint_change_kind_to_string (XcLintChangeKind kind);

/**
 * xc_lint_diff_write:
 * @format: "text", "markdown" or "json"
 * @all: list notes and unchanged findings too (by default: changes that
 *   concern a warning or an error)
 */
XC_PUBLIC
gboolean      xc_lint_diff_write          (const XcLintDiff *diff,
                                           const char       *format,
                                           gboolean          all,
                                           GString          *out,
                                           GError          **error);

/**
 * xc_lint_diff_fails:
 * Returns: whether a finding is an error now that was not one before, or
 *   with @any_change, whether any warning or error came, went or changed.
 */
XC_PUBLIC
gboolean      xc_lint_diff_fails          (const XcLintDiff *diff,
                                           gboolean          any_change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcDiff, xc_diff_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcLintDiff, xc_lint_diff_free)

G_END_DECLS
