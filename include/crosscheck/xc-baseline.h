/* xc-baseline.h - findings a project has accepted: inline suppressions in a
 * draft and baseline files of known findings
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-lint.h"

G_BEGIN_DECLS

/* ---------- inline suppressions (xc-suppress.c) ---------- */

typedef struct _XcSuppressions XcSuppressions;

/**
 * xc_suppressions_scan:
 * Finds `<!-- crosscheck-disable-next-line -->`, `<!-- crosscheck-disable -->`
 * and `<!-- crosscheck-enable -->` in the raw bytes of a file; in a plain-text
 * file (by @file's extension) also lines `// crosscheck-disable...`. After the
 * directive may come the rules it covers (`contradicted,contested`; none: all)
 * and ` -- ` a reason, kept as the findings' justification. A disable with no
 * enable runs to the end of the file.
 * Returns: (transfer full): the suppressions (possibly none).
 */
XC_PUBLIC
XcSuppressions *xc_suppressions_scan      (const char *file,
                                           const char *raw,
                                           gsize       len);

/**
 * xc_suppressions_free:
 * @self: (nullable): the suppressions of a file
 *
 * Frees them; NULL is a no-op.
 */
XC_PUBLIC
void          xc_suppressions_free        (XcSuppressions *self);

/**
 * xc_lint_apply_suppressions:
 * Marks the findings of the suppressions' file that they cover, and adds an
 * `unused-suppression` finding for each comment that covers none.
 */
XC_PUBLIC
void          xc_lint_apply_suppressions  (XcLint              *self,
                                           XcSuppressions      *sup,
                                           const XcLintOptions *options);

/* ---------- baselines (xc-baseline.c) ---------- */

typedef struct _XcBaseline XcBaseline;

/**
 * xc_baseline_load:
 * @path: a baseline written by xc_baseline_write()
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the baseline, or NULL with @error set (a
 *   #GFileError when unreadable; %XC_ERROR_FORMAT, "PATH: not a crosscheck
 *   baseline: ...", when it is not a baseline).
 */
XC_PUBLIC
XcBaseline   *xc_baseline_load            (const char *path,
                                           GError    **error);

/**
 * xc_baseline_new_from_data:
 * @data: the JSON text of a baseline
 * @len: the length of @data, or -1 when it is NUL-terminated
 * @error: return location for a #GError
 *
 * Like xc_baseline_load(), from memory.
 *
 * Returns: (transfer full): the baseline, or NULL with @error set.
 */
XC_PUBLIC
XcBaseline   *xc_baseline_new_from_data   (const char *data,
                                           gssize      len,
                                           GError    **error);

/**
 * xc_baseline_free:
 * @self: (nullable): a baseline
 *
 * Frees it; NULL is a no-op.
 */
XC_PUBLIC
void          xc_baseline_free            (XcBaseline *self);

/**
 * xc_baseline_apply:
 * Marks as baselined the findings whose fingerprint the baseline holds
 * (each baseline entry excuses one finding).
 * Returns: how many findings were marked.
 */
XC_PUBLIC
guint         xc_baseline_apply           (XcBaseline *self,
                                           XcLint     *lint);

/**
 * xc_baseline_write:
 * Appends a baseline (JSON) of every active finding that is not `supported`.
 */
XC_PUBLIC
void          xc_baseline_write           (const XcLint *lint,
                                           GString      *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcSuppressions, xc_suppressions_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcBaseline, xc_baseline_free)

G_END_DECLS
