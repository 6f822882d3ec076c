/* cmd-diff.c - `crosscheck diff`: what changed between two check reports
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "cli.h"

static XcComparison *
read_report (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  XcComparison *cmp = xc_report_read_json (data, (gssize) len, error);
  if (cmp == NULL)
    g_prefix_error (error, "%s: ", path);
  return cmp;
}

int
xc_cmd_diff (int argc, char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *fail_on = NULL;
  gboolean all = FALSE;
  g_auto(GStrv) paths = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "text (default), markdown or json", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE instead of standard output", "FILE" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on, "Exit 1 on: new (new conflicts, default), changed (any change) or never", "WHEN" },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, "List unchanged facts too", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("OLD.json NEW.json - compare two check reports");
  g_option_context_set_summary (ctx,
    "Pairs the facts of two `crosscheck check --format json` reports by their\n"
    "stable ids and lists new conflicts, resolved conflicts, facts whose verdict\n"
    "or values changed, facts added or removed, and sources added or removed.");
  g_option_context_set_description (ctx,
    "Exit status: 0 nothing to fail on, 1 new conflicts (or any change with\n"
    "--fail-on changed), 2 usage or input errors.");
  g_option_context_add_main_entries (ctx, entries, NULL);

  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      xc_cli_error ("diff: %s (try 'crosscheck diff --help')", error->message);
      return XC_EXIT_ERROR;
    }
  if (format == NULL)
    format = g_strdup ("text");
  if (!g_str_equal (format, "text") && !g_str_equal (format, "markdown") && !g_str_equal (format, "json"))
    {
      xc_cli_error ("diff: unknown format '%s' (text, markdown or json)", format);
      return XC_EXIT_ERROR;
    }
  if (fail_on && !g_str_equal (fail_on, "new") && !g_str_equal (fail_on, "changed")
      && !g_str_equal (fail_on, "never"))
    {
      xc_cli_error ("diff: --fail-on takes 'new', 'changed' or 'never', not '%s'", fail_on);
      return XC_EXIT_ERROR;
    }
  if (paths == NULL || g_strv_length (paths) != 2)
    {
      xc_cli_error ("diff: give exactly two reports: OLD.json NEW.json (try 'crosscheck diff --help')");
      return XC_EXIT_ERROR;
    }
  g_autoptr(XcComparison) old_cmp = read_report (paths[0], &error);
  g_autoptr(XcComparison) new_cmp = old_cmp ? read_report (paths[1], &error) : NULL;
  if (new_cmp == NULL)
    {
      xc_cli_error ("%s", error->message);
      return XC_EXIT_ERROR;
    }
  g_autoptr(XcDiff) diff = xc_diff_comparisons (old_cmp, new_cmp);
  g_autoptr(GString) out = g_string_new (NULL);
  if (!xc_diff_write (diff, format, all, out, &error)
      || !xc_cli_write_output (output, out->str, out->len, &error))
    {
      xc_cli_error ("%s", error->message);
      return XC_EXIT_ERROR;
    }
  if (fail_on && g_str_equal (fail_on, "never"))
    return XC_EXIT_OK;
  if (fail_on && g_str_equal (fail_on, "changed"))
    return xc_diff_has_changes (diff) ? XC_EXIT_FINDINGS : XC_EXIT_OK;
  return diff->count[XC_CHANGE_NEW_CONFLICT] ? XC_EXIT_FINDINGS : XC_EXIT_OK;
}
