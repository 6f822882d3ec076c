/* xc-report.h - writing a comparison as text, Markdown, JSON or HTML
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-compare.h"

G_BEGIN_DECLS

/**
 * XcReportFlushFunc:
 * Takes what a writer has put in @out so far (to a file, say); the writer
 * then empties @out. Returns: FALSE with @error set to stop the writer.
 */
typedef gboolean (*XcReportFlushFunc) (GString *out, gpointer user_data, GError **error);

typedef struct {
  gboolean          color;      /* ANSI colour in text output */
  gboolean          show_all;   /* list agreeing and single-source groups too (text) */
  XcReportFlushFunc flush;      /* (nullable): called every megabyte or so, so that a
                                   long report is never held whole */
  gpointer          flush_data;
  guint             jobs;       /* threads rendering the groups, the caller's among them;
                                   0 or 1: the caller's alone. The same bytes whatever
                                   the number */
} XcReportOptions;

/**
 * xc_report_write:
 * @format: "text", "markdown", "json" or "html"
 * Appends the report to @out. With options->flush, the text is handed on
 * in pieces as it is written and @out holds only the last piece at the end.
 */
XC_PUBLIC
gboolean      xc_report_write            (const XcComparison     *cmp,
                                          const char             *format,
                                          const XcReportOptions  *options,
                                          GString                *out,
                                          GError                **error);

/**
 * xc_report_read_json:
 * Reads back a report written by xc_report_write (format "json"), for
 * `crosscheck diff`. Groups keep their ids, verdicts and members' claims.
 * Returns: (transfer full): the comparison, or NULL with @error set
 *   (XC_ERROR_FORMAT naming what is wrong).
 */
XC_PUBLIC
XcComparison *xc_report_read_json        (const char  *data,
                                          gssize       len,
                                          GError     **error);

/**
 * xc_json_append:
 * Appends @node as JSON: numbers as the shortest decimal that reads back as
 * the same double (26.3, not 26.300000000000001), members in insertion order,
 * strings with control characters escaped; @pretty indents by two spaces.
 */
XC_PUBLIC
void          xc_json_append             (GString    *out,
                                          JsonNode   *node,
                                          gboolean    pretty);

/**
 * xc_json_append_string:
 * Appends @s as a quoted JSON string, escaped as xc_json_append() writes
 * strings (bytes that are not UTF-8 as the text \\xNN).
 */
XC_PUBLIC
void          xc_json_append_string      (GString    *out,
                                          const char *s);

/**
 * xc_report_formats:
 * Returns: (transfer none): the NULL-terminated list of format names.
 */
XC_PUBLIC
const char * const *xc_report_formats    (void);

G_END_DECLS
