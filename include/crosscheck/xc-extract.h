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
