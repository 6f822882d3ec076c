/* xc-lint-private.h - what the lint writers share, not installed
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"
#include "crosscheck/xc-lint.h"

G_BEGIN_DECLS

/* Whether a writer lists @f: active, and a note only when @verbose. */
gboolean xc_lint_shown       (const XcFinding *f, gboolean verbose);

/* SARIF 2.1.0 (xc-sarif.c). */
gboolean xc_lint_write_sarif (const XcLint *lint, const XcLintWriteOptions *options,
                              GString *out, GError **error);

G_END_DECLS
