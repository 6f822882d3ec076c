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

/* Moves every finding of @from into @self (@from is left empty), then sorts
 * and fingerprints them all as xc_lint_classify() does. */
void     xc_lint_merge        (XcLint *self, XcLint *from);

/* Frees an XcLintFailure (a GDestroyNotify). */
void     xc_lint_failure_free (gpointer failure);

/* Whether a writer lists @f: active, and a note only when @verbose. */
gboolean xc_lint_shown       (const XcFinding *f, gboolean verbose);

/* xc_finding_message() with each piece of evidence a SARIF link
 * "[\"18%\" (Valley Ledger, valley-ledger.txt:8)](id)" to its related
 * location, agreeing[i] being @first_agreeing_id + i (disagreeing likewise),
 * and other brackets escaped. (transfer full) */
char    *xc_finding_message_linked (const XcFinding *f, guint first_agreeing_id, guint first_disagreeing_id);

/* ---------- a draft's nearest sources (xc-lint-nearest.c) ---------- */

typedef struct _XcLintNearest XcLintNearest;

/* (transfer full) an empty index of documents by the words of their claims' sentences */
XcLintNearest *xc_lint_nearest_new  (void);
void           xc_lint_nearest_free (XcLintNearest *self);
/* Indexes a document: its claims are @pool->claims[@first .. @first + @n - 1]; @data
 * stands for it in what xc_lint_nearest_find() returns. */
void           xc_lint_nearest_add  (XcLintNearest *self, const XcComparison *pool, guint first, guint n,
                                     gpointer data);
/* (transfer container) the data of the (at most) @k documents whose words weigh most
 * among the words of the claims @pool->claims[@first .. @first + @n - 1], in the order
 * they were added; documents sharing no word are never among them. */
GPtrArray     *xc_lint_nearest_find (XcLintNearest *self, const XcComparison *pool, guint first, guint n,
                                     guint k);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcLintNearest, xc_lint_nearest_free)

/* SARIF 2.1.0 (xc-sarif.c). */
gboolean xc_lint_write_sarif (const XcLint *lint, const XcLintWriteOptions *options,
                              GString *out, GError **error);

G_END_DECLS
