/* xc-report.h - writing a comparison as text, Markdown, JSON or HTML
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-compare.h"

G_BEGIN_DECLS

typedef struct {
  gboolean color;          /* ANSI colour in text output */
  gboolean show_all;       /* list agreeing and single-source groups too (text) */
} XcReportOptions;

/**
 * xc_report_write:
 * @format: "text", "markdown", "json" or "html"
 * Appends the report to @out.
 */
gboolean      xc_report_write            (const XcComparison     *cmp,
                                          const char             *format,
                                          const XcReportOptions  *options,
                                          GString                *out,
                                          GError                **error);

/**
 * xc_report_formats:
 * Returns: (transfer none): the NULL-terminated list of format names.
 */
const char * const *xc_report_formats    (void);

G_END_DECLS
