/* fuzz-report.c - the JSON readers of `diff` and `--baseline` on any bytes:
 * a check report read back (then diffed against itself and written again),
 * a lint report, a baseline
 * SPDX-License-Identifier: MIT */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *s = (const char *) data;
  gssize n = (gssize) size;
  g_autoptr(GError) e1 = NULL;
  g_autoptr(XcComparison) cmp = xc_report_read_json (s, n, &e1);
  g_assert ((cmp == NULL) == (e1 != NULL));
  if (cmp)
    {
      g_autoptr(XcDiff) diff = xc_diff_comparisons (cmp, cmp);
      for (const char *f = "text"; f; f = g_str_equal (f, "text") ? "json" : g_str_equal (f, "json") ? "markdown" : NULL)
        {
          g_autoptr(GString) out = g_string_new (NULL);
          g_autoptr(GError) e = NULL;
          xc_diff_write (diff, f, TRUE, out, &e);
        }
      for (const char * const *f = xc_report_formats (); *f; f++)
        {
          XcReportOptions ropts = { .show_all = TRUE };
          g_autoptr(GString) out = g_string_new (NULL);
          g_autoptr(GError) e = NULL;
          xc_report_write (cmp, *f, &ropts, out, &e);
        }
    }
  if (xc_lint_report_detect (s, n))
    {
      g_autoptr(GError) e = NULL;
      g_autoptr(XcLintDiff) d = xc_lint_diff_new ("old.json", s, n, "new.json", s, n, &e);
      if (d)
        {
          g_autoptr(GString) out = g_string_new (NULL);
          g_autoptr(GError) e2 = NULL;
          xc_lint_diff_write (d, "text", TRUE, out, &e2);
        }
    }
  g_autoptr(GError) e3 = NULL;
  XcBaseline *bl = xc_baseline_new_from_data (s, n, &e3);
  if (bl)
    xc_baseline_free (bl);
  return 0;
}
