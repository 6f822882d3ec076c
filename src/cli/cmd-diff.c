/* cmd-diff.c - `crosscheck diff`: what changed between two check reports, or
 * between two lint reports
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "cli.h"

static XcComparison *
read_report (const char *path, const char *data, gsize len, GError **error)
{
  XcComparison *cmp = xc_report_read_json (data, (gssize) len, error);
  if (cmp == NULL)
    g_prefix_error (error, "%s: ", path);
  return cmp;
}

/* Two lint reports: findings new, resolved or changed. */
static int
diff_lint (char **paths, char **data, gsize *len, const char *format, const char *output, gboolean all,
           const char *fail_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLintDiff) diff = xc_lint_diff_new (paths[0], data[0], (gssize) len[0], paths[1], data[1],
                                                 (gssize) len[1], &error);
  g_autoptr(GString) out = g_string_new (NULL);
  if (diff == NULL || !xc_lint_diff_write (diff, format, all, out, &error)
      || !xc_cli_write_output (output, out->str, out->len, &error))
    {
      xc_cli_error ("%s", error->message);
      return XC_EXIT_ERROR;
    }
  if (xc_cli_fail_on_never (fail_on))
    return XC_EXIT_OK;
  return xc_lint_diff_fails (diff, fail_on && g_str_equal (fail_on, "changed")) ? XC_EXIT_FINDINGS : XC_EXIT_OK;
}

static int run_diff (char **paths, char *format_in, const char *output, const char *fail_on, gboolean all,
                     const char *stdin_name);

int
xc_cmd_diff (int argc, char **argv)
{
  XcCommonOptions common = { 0 };
  g_autofree char *format = NULL;
  g_autofree char *fail_on = NULL;
  g_autofree char *stdin_name = NULL;
  gboolean all = FALSE;
  g_auto(GStrv) paths = NULL;
  GOptionEntry entries[] = {
    { "stdin-name", 0, 0, G_OPTION_ARG_STRING, &stdin_name, "Call standard input ('-') NAME in messages and reports", "NAME" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "text (default), markdown or json", "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on, "Exit 1 on: new (new conflicts or new errors, default), changed (any change) or never", "WHEN" },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, "List unchanged facts too (lint reports: notes and unchanged findings)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("OLD.json NEW.json - compare two check reports, or two lint reports");
  g_option_context_set_summary (ctx,
    "Pairs the facts of two `crosscheck check --format json` reports by their\n"
    "stable ids and lists new conflicts, resolved conflicts, facts whose verdict\n"
    "or values changed, facts added or removed, and sources added or removed.\n\n"
    "Given two `crosscheck lint --format json` reports, pairs their findings by\n"
    "draft file, claim and sentence (not by line) and lists findings new,\n"
    "resolved, or of another kind, severity or value.");
  g_option_context_set_description (ctx,
    "Exit status: 0 nothing to fail on; 1 new conflicts (check reports) or a\n"
    "finding that became an error (lint reports), or any change with\n"
    "--fail-on changed; 2 usage or input errors.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  xc_cli_common_options_add (g_option_context_get_main_group (ctx), &common,
                             "Write to FILE instead of standard output",
                             "Say which kind of reports are compared, on standard error");

  g_autoptr(GError) error = NULL;
  int status = XC_EXIT_ERROR;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || !xc_cli_common_options_ready (&common, &error))
    {
      xc_cli_usage_error ("diff", error->message);
      xc_cli_common_options_clear (&common);
      return XC_EXIT_ERROR;
    }
  status = run_diff (paths, g_steal_pointer (&format), common.output, fail_on, all, stdin_name);
  xc_cli_common_options_clear (&common);
  return status;
}

static int
run_diff (char **paths, char *format_in, const char *output, const char *fail_on, gboolean all,
          const char *stdin_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *format = format_in;
  if (format == NULL)
    format = g_strdup ("text");
  if (!g_str_equal (format, "text") && !g_str_equal (format, "markdown") && !g_str_equal (format, "json"))
    {
      xc_cli_error ("diff: unknown format '%s' (text, markdown or json)", format);
      return XC_EXIT_ERROR;
    }
  if (fail_on && !g_str_equal (fail_on, "new") && !g_str_equal (fail_on, "changed")
      && !xc_cli_fail_on_never (fail_on))
    {
      xc_cli_error ("diff: --fail-on takes 'new', 'changed' or 'never', not '%s'", fail_on);
      return XC_EXIT_ERROR;
    }
  if (paths == NULL || g_strv_length (paths) != 2)
    {
      xc_cli_usage_error ("diff", "give exactly two reports: OLD.json NEW.json");
      return XC_EXIT_ERROR;
    }
  if (g_str_equal (paths[0], "-") && g_str_equal (paths[1], "-"))
    {
      xc_cli_error ("diff: standard input ('-') can be only one of the two reports");
      return XC_EXIT_ERROR;
    }
  g_autofree char *old_data = NULL, *new_data = NULL;
  gsize len[2] = { 0, 0 };
  char *data[2] = { NULL, NULL };
  char **bufs[2] = { &old_data, &new_data };
  for (guint i = 0; i < 2; i++)
    {
      /* "-" is standard input, named by --stdin-name in messages and reports */
      gboolean ok;
      if (g_str_equal (paths[i], "-"))
        {
          g_free (paths[i]);
          paths[i] = g_strdup (xc_cli_stdin_name (stdin_name));
          ok = xc_cli_read_stdin (paths[i], "report", XC_REPORT_MAX_BYTES, bufs[i], &len[i], &error);
        }
      else
        ok = xc_file_read_bounded (paths[i], "report", XC_REPORT_MAX_BYTES, bufs[i], &len[i], &error);
      if (!ok)
        {
          xc_cli_error ("%s", error->message);
          return XC_EXIT_ERROR;
        }
    }
  data[0] = old_data;
  data[1] = new_data;
  gboolean lint[2] = { xc_lint_report_detect (data[0], (gssize) len[0]),
                       xc_lint_report_detect (data[1], (gssize) len[1]) };
  if (lint[0] != lint[1])
    {
      xc_cli_error ("diff: %s is a %s report and %s a %s report: compare two of one kind", paths[0],
                    lint[0] ? "lint" : "check", paths[1], lint[1] ? "lint" : "check");
      return XC_EXIT_ERROR;
    }
  xc_cli_info ("%s and %s are %s reports", paths[0], paths[1], lint[0] ? "lint" : "check");
  if (lint[0])
    return diff_lint (paths, data, len, format, output, all, fail_on);
  g_autoptr(XcComparison) old_cmp = read_report (paths[0], data[0], len[0], &error);
  g_autoptr(XcComparison) new_cmp = old_cmp ? read_report (paths[1], data[1], len[1], &error) : NULL;
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
  if (xc_cli_fail_on_never (fail_on))
    return XC_EXIT_OK;
  if (fail_on && g_str_equal (fail_on, "changed"))
    return xc_diff_has_changes (diff) ? XC_EXIT_FINDINGS : XC_EXIT_OK;
  return diff->count[XC_CHANGE_NEW_CONFLICT] ? XC_EXIT_FINDINGS : XC_EXIT_OK;
}
