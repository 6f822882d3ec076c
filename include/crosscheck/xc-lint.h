/* xc-lint.h - checking a draft against sources: findings, the run that makes them, their formats
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-document.h"
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
  char         *justification; /* the reason the suppressing comment gives ("-- ..."), or NULL */
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
 * XcLintFailure:
 * An input that xc_lint_run() could not use. Strings are owned.
 */
typedef struct {
  char *file;                  /* the path as given or walked (or the name of standard input) */
  char *message;               /* "PATH: reason", as told to XcLintRunOptions.notice */
} XcLintFailure;

/**
 * XcLint:
 * The findings of one run, always in one order: file, line, column, kind, text.
 */
typedef struct {
  GPtrArray *findings;         /* XcFinding* */
  guint      n_sources;        /* non-draft documents that loaded */
  /* set by xc_lint_run() (0, NULL and empty from xc_lint_classify()): */
  guint      n_drafts;         /* draft files collected */
  guint      n_failed;         /* inputs that could not be used: failures->len */
  char     **sources;          /* names of the documents checked against, in the order read (NULL-terminated) */
  GPtrArray *failures;         /* XcLintFailure*, in the order met: SARIF's toolExecutionNotifications */
} XcLint;

/**
 * xc_lint_options_init:
 * @options: the options to set
 *
 * The defaults of `crosscheck lint`: contradicted claims are errors,
 * contested and unsupported ones and unused suppressions warnings, supported
 * ones notes; no tolerance.
 */
XC_PUBLIC
void          xc_lint_options_init        (XcLintOptions *options);

/**
 * xc_finding_kind_to_string:
 * @kind: a finding kind
 *
 * Returns: (transfer none): its rule id in every format: "contradicted",
 *   "contested", "unsupported", "supported", "unused-suppression"
 *   ("unknown" out of range).
 */
XC_PUBLIC
const char   *xc_finding_kind_to_string   (XcFindingKind kind);

/**
 * xc_finding_kind_from_string:
 * @s: (nullable): a rule id from xc_finding_kind_to_string()
 * @out_kind: (out): the kind
 *
 * Returns: whether @s names a kind (@out_kind is untouched when not).
 */
XC_PUBLIC
gboolean      xc_finding_kind_from_string (const char *s, XcFindingKind *out_kind);

/**
 * xc_finding_kind_describe:
 * @kind: a finding kind
 *
 * Returns: (transfer none): a one-line description of the kind, for rule
 *   tables and help ("" out of range).
 */
XC_PUBLIC
const char   *xc_finding_kind_describe    (XcFindingKind kind);

/**
 * xc_severity_to_string:
 * @severity: a severity
 *
 * Returns: (transfer none): "off", "note", "warning" or "error"
 *   ("unknown" out of range).
 */
XC_PUBLIC
const char   *xc_severity_to_string       (XcSeverity severity);

/**
 * xc_severity_from_string:
 * @s: (nullable): "off" (or "none"), "note", "warning" or "error"; case matters
 * @out_severity: (out): the severity
 *
 * Returns: whether @s names a severity (@out_severity is untouched when not).
 */
XC_PUBLIC
gboolean      xc_severity_from_string     (const char *s, XcSeverity *out_severity);

/**
 * xc_lint_classify:
 * @cmp: a comparison that has been run over drafts and sources together
 * @drafts: the names (XcDocInfo.file) of the draft documents
 * Classifies every claim of every draft from the other members of its group.
 * Returns: (transfer full): the findings, sorted, fingerprinted.
 */
XC_PUBLIC
XcLint       *xc_lint_classify            (const XcComparison  *cmp,
                                           const char * const  *drafts,
                                           const XcLintOptions *options);

/**
 * xc_lint_free:
 * @self: (nullable): the findings of a run
 *
 * Frees the findings and what xc_lint_run() recorded; NULL is a no-op.
 */
XC_PUBLIC
void          xc_lint_free                (XcLint *self);

/**
 * xc_lint_add_finding:
 * @finding: (transfer full)
 * Adds a finding made elsewhere (unused suppressions) and re-sorts.
 */
XC_PUBLIC
void          xc_lint_add_finding         (XcLint *self, XcFinding *finding);

/**
 * xc_finding_free:
 * @finding: (nullable): a finding
 *
 * Frees the finding, its strings and its evidence; NULL is a no-op.
 */
XC_PUBLIC
void          xc_finding_free             (XcFinding *finding);

/**
 * xc_evidence_free:
 * @evidence: (nullable): one source's claim on a finding
 *
 * Frees it and its strings; NULL is a no-op.
 */
XC_PUBLIC
void          xc_evidence_free            (XcEvidence *evidence);

/**
 * xc_finding_message:
 * Returns: (transfer full): the one-line message that names the other side:
 *   "\"22 percent\" contradicts \"26.3 percent\" (The Epoch Times, 000.txt:24) and 3 more sources".
 */
XC_PUBLIC
char         *xc_finding_message          (const XcFinding *finding);

/**
 * xc_finding_active:
 * @f: a finding
 *
 * Returns: whether @f is shown and counted: not switched off, not
 *   suppressed by an inline comment, not in the baseline.
 */
XC_PUBLIC
gboolean      xc_finding_active           (const XcFinding *f);

/**
 * xc_lint_count:
 * Returns: how many active findings have exactly @severity.
 */
XC_PUBLIC
guint         xc_lint_count               (const XcLint *self, XcSeverity severity);

/**
 * xc_lint_fails:
 * Returns: whether an active finding is at or above @fail_on
 *   (XC_SEVERITY_OFF: never).
 */
XC_PUBLIC
gboolean      xc_lint_fails               (const XcLint *self, XcSeverity fail_on);

/* ---------- the whole run (xc-lint-run.c) ---------- */

/**
 * XcLintNoticeFunc:
 * @message: "PATH: reason" for an input that could not be used, or an
 *   extraction warning
 * @is_warning: TRUE for a warning (the input was still read)
 * @user_data: XcLintRunOptions.user_data
 *
 * How xc_lint_run() tells about its inputs: the library prints nothing.
 */
typedef void (*XcLintNoticeFunc) (const char *message, gboolean is_warning, gpointer user_data);

/**
 * XcLintRunOptions:
 * @drafts: the files or folders to check (NULL-terminated)
 * @against: (nullable): sources to check against: files or folders (NULL-terminated)
 * @facts: (nullable): facts files, documents whose statements are taken as
 *   verified; their source is "facts" unless the manifest or front matter
 *   names one (NULL-terminated)
 * @include: (nullable) (element-type utf8): globs: in walked folders, only
 *   the files matching one are read
 * @exclude: (nullable) (element-type utf8): globs: paths in walked folders
 *   matching one are skipped (a file named directly never is)
 * @manifest: (nullable): the source and publication date of each file
 * @published: the publication date of documents that name none (cleared: none)
 * @dollar: (nullable): the ISO code of the currency a bare "$" means (NULL: USD)
 * @baseline: (nullable): the path of a baseline; the findings it holds are
 *   marked baselined
 * @lint: severities and tolerance
 * @notice: (nullable): told about every input problem and extraction warning
 * @user_data: passed to @notice
 * @stdin_data: (nullable): what a draft named "-" holds (standard input, read
 *   by the caller); without it "-" is a file name like any other
 * @stdin_len: the length of @stdin_data in bytes
 * @stdin_name: (nullable): the name of that draft in messages and reports
 *   (default "<stdin>"); its extension gives the format (".md": Markdown)
 * @nearest: each draft is compared with at most this many sources and facts
 *   files: those that share the most words with it (0: XC_LINT_NEAREST, 256;
 *   G_MAXUINT: all of them, always)
 *
 * What xc_lint_run() checks, against what. Set it up with
 * xc_lint_run_options_init(), then fill what you need.
 */
typedef struct {
  const char * const *drafts;
  const char * const *against;
  const char * const *facts;
  const GPtrArray    *include;
  const GPtrArray    *exclude;
  const XcManifest   *manifest;
  GDate               published;
  const char         *dollar;
  const char         *baseline;
  XcLintOptions       lint;
  XcLintNoticeFunc    notice;
  gpointer            user_data;
  const char         *stdin_data;
  gsize               stdin_len;
  const char         *stdin_name;
  guint               nearest;
} XcLintRunOptions;

/* The sources a draft is compared with at most, by default (XcLintRunOptions.nearest). */
#define XC_LINT_NEAREST 256

/**
 * xc_lint_run_options_init:
 * @options: the options to set up
 *
 * Sets every path list, glob list and callback to NULL, clears the
 * publication date and sets @options->lint to xc_lint_options_init()'s defaults.
 */
XC_PUBLIC
void          xc_lint_run_options_init    (XcLintRunOptions *options);

/**
 * xc_lint_run:
 * @options: what to check, against what
 * @error: return location for a #GError
 *
 * The whole of `crosscheck lint`: collects the drafts, the sources and the
 * facts files (folders walked, globs applied), loads and extracts each one
 * (the manifest, front matter and @options->published giving source and
 * date), compares each draft with the sources (all of them, or the
 * @options->nearest that share the most words with it: a draft is never
 * compared with another draft), classifies every claim of the drafts
 * (xc_lint_classify()), applies the drafts' inline suppressions and the
 * baseline. An input that cannot be used does not stop the run: it is told
 * to @options->notice and counted in XcLint.n_failed.
 *
 * Returns: (transfer full): the findings, or NULL with @error set: no draft
 *   to check (every path was missing or excluded: %XC_ERROR_USAGE), an
 *   unreadable baseline, or a failure of extraction or comparison.
 */
XC_PUBLIC
XcLint       *xc_lint_run                 (const XcLintRunOptions *options,
                                           GError                **error);

/* ---------- output (xc-lint-write.c, xc-sarif.c) ---------- */

typedef struct {
  gboolean    verbose;        /* gnu, github, markdown: show notes too */
  const char *root;           /* SARIF: absolute repository root, or NULL */
  const char *cwd;            /* SARIF: absolute working directory, or NULL */
  const char *version;        /* the tool's version */
  const char * const *sources;/* names of the documents checked against (json) */
  gboolean    color;          /* gnu: the level in colour (ANSI escapes), as compilers do */
} XcLintWriteOptions;

/**
 * xc_lint_write:
 * @format: "gnu", "json", "sarif", "rdjsonl", "github" or "markdown"
 * Appends the findings to @out.
 */
XC_PUBLIC
gboolean      xc_lint_write               (const XcLint             *lint,
                                           const char               *format,
                                           const XcLintWriteOptions *options,
                                           GString                  *out,
                                           GError                  **error);

/**
 * xc_lint_formats:
 *
 * Returns: (transfer none) (array zero-terminated=1): the formats
 *   xc_lint_write() knows: "gnu", "json", "sarif", "rdjsonl", "github",
 *   "markdown".
 */
XC_PUBLIC
const char * const *xc_lint_formats       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcLint, xc_lint_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcFinding, xc_finding_free)

G_END_DECLS
