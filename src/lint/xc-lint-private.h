/* xc-lint-private.h - what the lint writers share, not installed
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"
#include "crosscheck/xc-lint.h"
#include "crosscheck/xc-baseline.h"

G_BEGIN_DECLS

/* "FILE:LINE: crosscheck-disable: unknown rule 'x' (...)" for each rule a
 * suppression comment names that is not one (transfer none). */
const GPtrArray *xc_suppressions_warnings (const XcSuppressions *sup);

/* Frees an XcLintFailure (a GDestroyNotify). */
void     xc_lint_failure_free (gpointer failure);

/* Whether a writer lists @f: active, and a note only when @verbose. */
gboolean xc_lint_shown       (const XcFinding *f, gboolean verbose);

/* xc_finding_message() with each piece of evidence a SARIF link
 * "[\"18%\" (Valley Ledger, valley-ledger.txt:8)](id)" to its related
 * location, agreeing[i] being @first_agreeing_id + i (disagreeing likewise),
 * and other brackets escaped. (transfer full) */
char    *xc_finding_message_linked (const XcFinding *f, guint first_agreeing_id, guint first_disagreeing_id);

/* SARIF 2.1.0 (xc-sarif.c). */
gboolean xc_lint_write_sarif (const XcLint *lint, const XcLintWriteOptions *options,
                              GString *out, GError **error);

G_END_DECLS
