/* xc-extract.h - finding claims in documents
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-document.h"
#include "xc-claim.h"

G_BEGIN_DECLS

typedef struct _XcExtractor XcExtractor;

/**
 * xc_extractor_new:
 * Compiles every built-in pattern (once per process, JIT where available).
 * One extractor per thread: it owns match data.
 * Returns: (transfer full): a new extractor, or NULL with @error set.
 */
XC_PUBLIC
XcExtractor *xc_extractor_new  (GError **error);

/**
 * xc_extractor_run:
 * @doc: the document; its meta.published resolves relative dates
 * @out_warnings: (nullable): strings are appended ("file: reason")
 * Returns: (transfer full): XcClaim*, sorted by offset, or NULL with @error set.
 */
XC_PUBLIC
GPtrArray   *xc_extractor_run  (XcExtractor      *self,
                                const XcDocument *doc,
                                GPtrArray        *out_warnings,
                                GError          **error);

/**
 * XcClaimFunc:
 * @claim: (transfer full): a claim, complete (its sentence, file and source set)
 * @user_data: what the caller gave
 * Returns: TRUE for the next claim, FALSE to stop.
 */
typedef gboolean (*XcClaimFunc) (XcClaim *claim, gpointer user_data);

/**
 * xc_extractor_run_each:
 * @doc: the document; its meta.published resolves relative dates
 * @out_warnings: (nullable): strings are appended ("file: reason") before the
 *   first claim is handed on
 * @func: called with each claim in offset order, the claim given to it
 * @user_data: passed to @func
 * The claims of xc_extractor_run(), handed on one at a time as each receives
 * its strings: a caller that writes and frees each claim at once never holds
 * a copy of every sentence of a large document. Claims not handed on (@func
 * returned FALSE) are freed.
 * Returns: FALSE with @error set when the document could not be read (before
 *   any claim is handed on), else TRUE.
 */
XC_PUBLIC
gboolean     xc_extractor_run_each (XcExtractor      *self,
                                    const XcDocument *doc,
                                    GPtrArray        *out_warnings,
                                    XcClaimFunc       func,
                                    gpointer          user_data,
                                    GError          **error);

/**
 * xc_extractor_free:
 * @self: (nullable): an extractor
 *
 * Frees the extractor; NULL is a no-op.
 */
XC_PUBLIC
void         xc_extractor_free (XcExtractor *self);

/**
 * xc_extractor_set_dollar:
 * @iso_code: the currency a bare "$" means ("USD" unless set: "AUD", "CAD", ...)
 */
XC_PUBLIC
void         xc_extractor_set_dollar (XcExtractor *self,
                                      const char  *iso_code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcExtractor, xc_extractor_free)

G_END_DECLS
