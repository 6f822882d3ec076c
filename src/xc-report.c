/* xc-report.c - the table of report writers
 * SPDX-License-Identifier: MIT */
#include "xc-private.h"

static const char * const xc_formats[] = { "text", "markdown", "json", "html", NULL };

const char * const *
xc_report_formats (void)
{
  return xc_formats;
}

gboolean
xc_report_write (const XcComparison *cmp, const char *format, const XcReportOptions *options,
                 GString *out, GError **error)
{
  g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "unknown report format '%s'", format);
  return FALSE;
}

XcComparison *
xc_report_read_json (const char *data, gssize len, GError **error)
{
  g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "reading reports is not implemented yet");
  return NULL;
}
