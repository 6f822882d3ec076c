/* xc-lint.h - checking a draft against sources: findings, their formats, baselines, config, report diffs
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-compare.h"

G_BEGIN_DECLS

/**
 * XcFindingKind:
 * What a draft's claim is, measured against the sources. The names
 * ("contradicted", ...) are the rule ids of every output format.
 */
typedef enum {
  XC_FINDING_CONTRADICTED,       /* sources state the fact; none is compatible */
  XC_FINDING_CONTESTED,          /* sources disagree; the draft sides with some */
  XC_FINDING_UNSUPPORTED,        /* no source states it */
  XC_FINDING_SUPPORTED,          /* at least one source agrees, none contradicts */
  XC_FINDING_UNUSED_SUPPRESSION, /* a crosscheck-disable comment that hides nothing */
  XC_FINDING_N_KINDS
} XcFindingKind;

typedef enum {
  XC_SEVERITY_OFF,
  XC_SEVERITY_NOTE,
  XC_SEVERITY_WARNING,
  XC_SEVERITY_ERROR,
} XcSeverity;

/**
 * XcEvidence:
 * One source's claim on the other side of a finding.
 */
typedef struct {
  char  *file;
  char  *source;     /* NULL when unknown */
  guint  line;
  guint  column;
  guint  end_line;
  guint  end_column; /* one past the last character */
  char  *text;       /* as written: "26.3 percent" */
  char  *value;      /* normalized: "26.3 %" */
} XcEvidence;

/**
 * XcFinding:
 * One diagnostic on a draft. Strings are owned.
 */
typedef struct {
  XcFindingKind kind;
  XcSeverity    severity;
  char         *file;
  guint         line;
  guint         column;
  guint         end_line;
  guint         end_column;    /* one past the last character */
  char         *text;          /* the draft's expression */
  char         *value;         /* normalized, or NULL */
  char         *sentence;      /* whitespace folded, or NULL */
  char         *group_id;      /* NULL when the claim stands alone */
  char         *label;
  GPtrArray    *agreeing;      /* XcEvidence*, sorted by (file, line, column) */
  GPtrArray    *disagreeing;   /* XcEvidence*, sorted likewise */
  guint         n_sources;     /* sources checked against */
  char         *fingerprint;   /* kind, file and content: never the line */
  gboolean      suppressed;    /* by an inline comment */
  gboolean      baselined;     /* known in the baseline */
} XcFinding;

/**
 * XcLintOptions:
 * @severity: per kind; XC_SEVERITY_OFF drops the kind
 * @tolerance: relative widening of every interval, as for xc_comparison_run()
 */
typedef struct {
  XcSeverity severity[XC_FINDING_N_KINDS];
  double     tolerance;
} XcLintOptions;

/**
 * XcLint:
 * The findings of one run, always in one order: file, line, column, kind, text.
 */
typedef struct {
  GPtrArray *findings;         /* XcFinding* */
  guint      n_sources;        /* non-draft documents that loaded */
} XcLint;

void          xc_lint_options_init        (XcLintOptions *options);

const char   *xc_finding_kind_to_string   (XcFindingKind kind);
gboolean      xc_finding_kind_from_string (const char *s, XcFindingKind *out_kind);
/* Returns: a one-line description of the kind, for rule tables and help. */
const char   *xc_finding_kind_describe    (XcFindingKind kind);
const char   *xc_severity_to_string       (XcSeverity severity);
gboolean      xc_severity_from_string     (const char *s, XcSeverity *out_severity);

/**
 * xc_lint_classify:
 * @cmp: a comparison that has been run over drafts and sources together
 * @drafts: the names (XcDocInfo.file) of the draft documents
 * Classifies every claim of every draft from the other members of its group.
 * Returns: (transfer full): the findings, sorted, fingerprinted.
 */
XcLint       *xc_lint_classify            (const XcComparison  *cmp,
                                           const char * const  *drafts,
                                           const XcLintOptions *options);
void          xc_lint_free                (XcLint *self);

/**
 * xc_lint_add_finding:
 * @finding: (transfer full)
 * Adds a finding made elsewhere (unused suppressions) and re-sorts.
 */
void          xc_lint_add_finding         (XcLint *self, XcFinding *finding);
void          xc_finding_free             (XcFinding *finding);
void          xc_evidence_free            (XcEvidence *evidence);

/**
 * xc_finding_message:
 * Returns: (transfer full): the one-line message that names the other side:
 *   "\"22 percent\" contradicts \"26.3 percent\" (The Epoch Times, 000.txt:24) and 3 more sources".
 */
char         *xc_finding_message          (const XcFinding *finding);

/* Whether @f is shown and counted: not off, not suppressed, not baselined. */
gboolean      xc_finding_active           (const XcFinding *f);

/**
 * xc_lint_count:
 * Returns: how many active findings have exactly @severity.
 */
guint         xc_lint_count               (const XcLint *self, XcSeverity severity);

/**
 * xc_lint_fails:
 * Returns: whether an active finding is at or above @fail_on
 *   (XC_SEVERITY_OFF: never).
 */
gboolean      xc_lint_fails               (const XcLint *self, XcSeverity fail_on);

/* ---------- inline suppressions (xc-suppress.c) ---------- */

typedef struct _XcSuppressions XcSuppressions;

/**
 * xc_suppressions_scan:
 * Finds `<!-- crosscheck-disable-next-line -->`, `<!-- crosscheck-disable -->`
 * and `<!-- crosscheck-enable -->` in the raw bytes of a Markdown or HTML file.
 * A disable with no enable runs to the end of the file.
 * Returns: (transfer full): the suppressions (possibly none).
 */
XcSuppressions *xc_suppressions_scan      (const char *file,
                                           const char *raw,
                                           gsize       len);
void          xc_suppressions_free        (XcSuppressions *self);

/**
 * xc_lint_apply_suppressions:
 * Marks the findings of the suppressions' file that they cover, and adds an
 * `unused-suppression` finding for each comment that covers none.
 */
void          xc_lint_apply_suppressions  (XcLint              *self,
                                           XcSuppressions      *sup,
                                           const XcLintOptions *options);

/* ---------- baselines (xc-baseline.c) ---------- */

typedef struct _XcBaseline XcBaseline;

XcBaseline   *xc_baseline_load            (const char *path,
                                           GError    **error);
XcBaseline   *xc_baseline_new_from_data   (const char *data,
                                           gssize      len,
                                           GError    **error);
void          xc_baseline_free            (XcBaseline *self);

/**
 * xc_baseline_apply:
 * Marks as baselined the findings whose fingerprint the baseline holds
 * (each baseline entry excuses one finding).
 * Returns: how many findings were marked.
 */
guint         xc_baseline_apply           (XcBaseline *self,
                                           XcLint     *lint);

/**
 * xc_baseline_write:
 * Appends a baseline (JSON) of every active finding that is not `supported`.
 */
void          xc_baseline_write           (const XcLint *lint,
                                           GString      *out);

/* ---------- output (xc-lint-write.c, xc-sarif.c) ---------- */

typedef struct {
  gboolean    verbose;        /* gnu, github, markdown: show notes too */
  const char *root;           /* SARIF: absolute repository root, or NULL */
  const char *cwd;            /* SARIF: absolute working directory, or NULL */
  const char *version;        /* the tool's version */
  const char * const *sources;/* names of the documents checked against (json) */
} XcLintWriteOptions;

/**
 * xc_lint_write:
 * @format: "gnu", "json", "sarif", "rdjsonl", "github" or "markdown"
 * Appends the findings to @out.
 */
gboolean      xc_lint_write               (const XcLint             *lint,
                                           const char               *format,
                                           const XcLintWriteOptions *options,
                                           GString                  *out,
                                           GError                  **error);
const char * const *xc_lint_formats       (void);

/* ---------- configuration (xc-config.c) ---------- */

/**
 * XcConfig:
 * What `.crosscheck.ini` sets. Paths are made relative to the working
 * directory (the file's own directory is their base). Unset: NULL / -1.
 */
typedef struct {
  char       *path;            /* the file it was read from */
  GPtrArray  *against;         /* char* */
  GPtrArray  *facts;           /* char* */
  GPtrArray  *include;         /* char* globs */
  GPtrArray  *exclude;         /* char* globs, beyond the defaults */
  char       *manifest;
  char       *published;
  char       *format;
  char       *dollar;          /* ISO code of a bare "$" */
  int         fail_on;         /* XcSeverity, or -1 */
  double      tolerance;       /* < 0: unset */
  int         severity[XC_FINDING_N_KINDS]; /* XcSeverity, or -1 */
} XcConfig;

/**
 * xc_config_find:
 * Returns: (transfer full) (nullable): the path of the first `.crosscheck.ini`
 *   in @dir or one of its parents.
 */
char         *xc_config_find              (const char *dir);

/**
 * xc_config_load:
 * Returns: (transfer full): the configuration, or NULL with @error set
 *   ("FILE:LINE: unknown key 'x' in [lint]").
 */
XcConfig     *xc_config_load              (const char *path,
                                           GError    **error);
XcConfig     *xc_config_new_from_data     (const char *path,
                                           const char *data,
                                           gssize      len,
                                           GError    **error);
XcConfig     *xc_config_new               (void);
void          xc_config_free              (XcConfig *self);

/* The folders left out of every walk: ".git", "build", ... */
const char * const *xc_config_default_excludes (void);

/**
 * xc_path_excluded:
 * Returns: whether @path is left out: a component or the whole path matches
 *   an exclude glob, or @include is non-empty and nothing in it matches.
 */
gboolean      xc_path_excluded            (const char       *path,
                                           const GPtrArray  *include,
                                           const GPtrArray  *exclude);

/* ---------- report diffs (xc-diff.c) ---------- */

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
XcDiff       *xc_diff_comparisons         (const XcComparison *old_cmp,
                                           const XcComparison *new_cmp);
void          xc_diff_free                (XcDiff *self);
const char   *xc_change_kind_to_string    (XcChangeKind kind);

/**
 * xc_diff_write:
 * @format: "text", "markdown" or "json"
 * @show_unchanged: list unchanged groups too
 */
gboolean      xc_diff_write               (const XcDiff *diff,
                                           const char   *format,
                                           gboolean      show_unchanged,
                                           GString      *out,
                                           GError      **error);
/* Whether anything but unchanged groups is listed. */
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

/* Whether @data is a lint report (a JSON object with a "findings" array). */
gboolean      xc_lint_report_detect       (const char *data,
                                           gssize      len);
/**
 * xc_lint_diff_new:
 * @old_name: (nullable): the old report's name, for errors
 * Returns: (transfer full): the differences, or NULL with @error set when
 *   either report is not a lint report.
 */
XcLintDiff   *xc_lint_diff_new            (const char *old_name,
                                           const char *old_data,
                                           gssize      old_len,
                                           const char *new_name,
                                           const char *new_data,
                                           gssize      new_len,
                                           GError    **error);
void          xc_lint_diff_free           (XcLintDiff *diff);
/* XcLintChange*, by kind (new, changed, resolved, unchanged), then position */
const GPtrArray *xc_lint_diff_changes     (const XcLintDiff *diff);
guint         xc_lint_diff_count          (const XcLintDiff *diff,
                                           XcLintChangeKind kind);
const char   *xc_lint_change_kind_to_string (XcLintChangeKind kind);
/**
 * xc_lint_diff_write:
 * @format: "text", "markdown" or "json"
 * @all: list notes and unchanged findings too (by default: changes that
 *   concern a warning or an error)
 */
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
gboolean      xc_lint_diff_fails          (const XcLintDiff *diff,
                                           gboolean          any_change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcLint, xc_lint_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcFinding, xc_finding_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcSuppressions, xc_suppressions_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcBaseline, xc_baseline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcConfig, xc_config_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcDiff, xc_diff_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcLintDiff, xc_lint_diff_free)

G_END_DECLS
