/* cmd-lint.c - `crosscheck lint`: options, configuration, output and exit status;
 * the run itself is xc_lint_run() in the library
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "cli.h"
#include "xc-version.h"

/* Pulls `--against PATH...` and `--facts PATH...` out of @argv: every word
 * after either that does not start with '-' belongs to it, so a shell glob
 * (`--against seeds/STAR.txt`, expanded by the shell) works. The rest is left for GOptionContext. */
static void
split_source_args (int *argc, char **argv, GPtrArray *against, GPtrArray *facts)
{
  GPtrArray *into = NULL;
  int out = 1;
  gboolean rest = FALSE;
  for (int i = 1; i < *argc; i++)
    {
      char *a = argv[i];
      if (rest)
        {
          argv[out++] = a;
          continue;
        }
      if (g_str_equal (a, "--"))
        {
          rest = TRUE;
          into = NULL;
          argv[out++] = a;
          continue;
        }
      if (g_str_equal (a, "--against") || g_str_equal (a, "--facts"))
        {
          into = g_str_equal (a, "--against") ? against : facts;
          continue;
        }
      if (g_str_has_prefix (a, "--against=") || g_str_has_prefix (a, "--facts="))
        {
          into = g_str_has_prefix (a, "--against=") ? against : facts;
          g_ptr_array_add (into, g_strdup (strchr (a, '=') + 1));
          continue;
        }
      if (a[0] == '-' && a[1] != '\0')
        into = NULL;
      else if (into)
        {
          g_ptr_array_add (into, g_strdup (a));
          continue;
        }
      argv[out++] = a;
    }
  argv[out] = NULL;
  *argc = out;
}

/* The folder holding .git above the working directory, or the working directory. */
static char *
repo_root (const char *cwd)
{
  g_autofree char *at = g_strdup (cwd);
  for (;;)
    {
      g_autofree char *git = g_build_filename (at, ".git", NULL);
      if (g_file_test (git, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&at);
      g_autofree char *parent = g_path_get_dirname (at);
      if (g_str_equal (parent, at))
        return g_strdup (cwd);
      g_free (at);
      at = g_steal_pointer (&parent);
    }
}

/* An XcLintNoticeFunc: input problems and warnings on standard error. */
static void
print_notice (const char *message, gboolean is_warning, gpointer user_data)
{
  if (is_warning)
    xc_cli_warning ("%s", message);
  else
    xc_cli_error ("%s", message);
}

static gboolean
parse_level (const char *what, const char *s, gboolean allow_off, XcSeverity *out, GError **error)
{
  /* --fail-on never (none too, its old name) fails on nothing */
  if (!allow_off && xc_cli_fail_on_never (s))
    {
      *out = XC_SEVERITY_OFF;
      return TRUE;
    }
  if (!xc_severity_from_string (s, out) || (!allow_off && g_str_equal (s, "off")))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "%s: '%s' is not one of %s", what, s,
                   allow_off ? "error, warning, note, off" : "error, warning, note, never");
      return FALSE;
    }
  return TRUE;
}

static void
ptr_array_extend_strv (GPtrArray *into, const GPtrArray *from)
{
  for (guint i = 0; from && i < from->len; i++)
    g_ptr_array_add (into, g_strdup (from->pdata[i]));
}

int
xc_cmd_lint (int argc, char **argv)
{
  XcInputOptions in = { 0 };
  XcCommonOptions common = { 0 };
  g_autofree char *format = NULL, *fail_on = NULL, *unsupported = NULL;
  g_autofree char *config_path = NULL, *baseline = NULL, *write_baseline = NULL, *dollar = NULL;
  g_auto(GStrv) severities = NULL, includes = NULL, excludes = NULL, drafts = NULL;
  gboolean no_config = FALSE, listed = FALSE;
  double tolerance = -1;
  g_autoptr(GPtrArray) against = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  GOptionEntry entries[] = {
    { "against", 0, 0, G_OPTION_ARG_NONE, &listed, "Sources to check against: files or folders (several may follow)", "PATH…" },
    { "facts", 0, 0, G_OPTION_ARG_NONE, &listed, "Facts files: documents whose statements are taken as verified", "FILE…" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "gnu (default), json, sarif, rdjsonl, github or markdown", "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on, "Exit 1 on a finding at or above: error (default), warning, note; or never", "LEVEL" },
    { "unsupported", 0, 0, G_OPTION_ARG_STRING, &unsupported, "Level of unsupported claims: warning (default), note, error or off", "LEVEL" },
    { "severity", 0, 0, G_OPTION_ARG_STRING_ARRAY, &severities, "Set a finding kind's level (repeatable): contested=error", "KIND=LEVEL" },
    { "tolerance", 't', 0, G_OPTION_ARG_DOUBLE, &tolerance, "Widen every interval by this fraction of its value", "FRACTION" },
    { "config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path, "Read this configuration instead of the nearest .crosscheck.ini", "FILE" },
    { "no-config", 0, 0, G_OPTION_ARG_NONE, &no_config, "Read no configuration file", NULL },
    { "baseline", 'b', 0, G_OPTION_ARG_FILENAME, &baseline, "Report only findings that are not in this baseline", "FILE" },
    { "write-baseline", 0, 0, G_OPTION_ARG_FILENAME, &write_baseline, "Write every current finding to FILE as the baseline (exit 0)", "FILE" },
    { "include", 0, 0, G_OPTION_ARG_STRING_ARRAY, &includes, "In walked folders, read only files matching GLOB (repeatable)", "GLOB" },
    { "exclude", 0, 0, G_OPTION_ARG_STRING_ARRAY, &excludes, "In walked folders, skip paths matching GLOB (repeatable)", "GLOB" },
    { "dollar", 0, 0, G_OPTION_ARG_STRING, &dollar, "The currency a bare \"$\" means (default USD)", "ISO" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &drafts, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("DRAFT… (--against PATH… | --facts FILE…) - check a draft against sources");
  g_option_context_set_summary (ctx,
    "Lines up every claim of the drafts with the claims of the sources and says,\n"
    "for each, whether the sources contradict it (error), dispute it among\n"
    "themselves (warning), do not state it (warning) or support it (note).");
  g_option_context_set_description (ctx,
    "Inline suppression in Markdown/HTML: <!-- crosscheck-disable-next-line -->,\n"
    "<!-- crosscheck-disable --> ... <!-- crosscheck-enable -->; per rule and with a\n"
    "reason: <!-- crosscheck-disable-next-line contradicted -- checked with the ministry -->.\n"
    "In .txt drafts: a line '// crosscheck-disable-next-line contradicted -- reason'.\n"
    "Configuration: the nearest .crosscheck.ini (see docs/lint.md); options override it.\n\n"
    "Exit status: 0 clean, 1 a finding at or above --fail-on, 2 usage, configuration\n"
    "or input errors.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  xc_cli_input_options_add (g_option_context_get_main_group (ctx), &in);
  xc_cli_common_options_add (g_option_context_get_main_group (ctx), &common,
                             "Write the findings to FILE instead of standard output",
                             "Show supported claims (notes) too, and each input's claim count");

  g_autoptr(GError) error = NULL;
  g_autoptr(XcConfig) config = NULL;
  int status = XC_EXIT_ERROR;
  /* --against/--facts are taken out first; an `--against` left for GOption is
   * impossible, so the two dummy entries only document them in --help */
  split_source_args (&argc, argv, against, facts);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || !xc_cli_common_options_ready (&common, &error))
    goto usage;

  if (!no_config)
    {
      g_autofree char *found = config_path ? g_strdup (config_path) : xc_config_find (".");
      if (found)
        {
          config = xc_config_load (found, &error);
          if (config == NULL)
            {
              xc_cli_error ("%s", error->message);
              goto out;
            }
        }
    }
  if (config == NULL)
    config = xc_config_new ();

  XcLintOptions lopts;
  xc_lint_options_init (&lopts);
  for (guint k = 0; k < XC_FINDING_N_KINDS; k++)
    if (config->severity[k] >= 0)
      lopts.severity[k] = (XcSeverity) config->severity[k];
  XcSeverity fail_level = config->fail_on >= 0 ? (XcSeverity) config->fail_on : XC_SEVERITY_ERROR;
  lopts.tolerance = config->tolerance >= 0 ? config->tolerance : 0;
  if (format == NULL)
    format = g_strdup (config->format ? config->format : "gnu");
  if (dollar == NULL && config->dollar)
    dollar = g_strdup (config->dollar);
  if (in.manifest == NULL && config->manifest)
    in.manifest = g_strdup (config->manifest);
  if (in.published == NULL && config->published)
    in.published = g_strdup (config->published);

  if (!g_strv_contains (xc_lint_formats (), format))
    {
      xc_cli_error ("lint: unknown format '%s' (gnu, json, sarif, rdjsonl, github or markdown)", format);
      goto out;
    }
  if (fail_on && !parse_level ("--fail-on", fail_on, FALSE, &fail_level, &error))
    goto usage;
  if (unsupported && !parse_level ("--unsupported", unsupported, TRUE, &lopts.severity[XC_FINDING_UNSUPPORTED], &error))
    goto usage;
  for (guint i = 0; severities && severities[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit (severities[i], "=", 2);
      XcFindingKind k;
      if (kv[1] == NULL || !xc_finding_kind_from_string (kv[0], &k))
        {
          g_set_error (&error, XC_ERROR, XC_ERROR_USAGE,
                       "--severity: '%s' is not KIND=LEVEL (kinds: contradicted, contested, unsupported, "
                       "supported, unused-suppression)", severities[i]);
          goto usage;
        }
      if (!parse_level ("--severity", kv[1], TRUE, &lopts.severity[k], &error))
        goto usage;
    }
  if (tolerance >= 0)
    {
      if (tolerance > 1)
        {
          g_set_error (&error, XC_ERROR, XC_ERROR_USAGE, "--tolerance must be between 0 and 1");
          goto usage;
        }
      lopts.tolerance = tolerance;
    }
  if (drafts == NULL || drafts[0] == NULL)
    {
      g_set_error (&error, XC_ERROR, XC_ERROR_USAGE, "no draft: name the files to check");
      goto usage;
    }
  if (against->len == 0 && facts->len == 0)
    {
      ptr_array_extend_strv (against, config->against);
      ptr_array_extend_strv (facts, config->facts);
    }
  if (against->len == 0 && facts->len == 0)
    {
      g_set_error (&error, XC_ERROR, XC_ERROR_USAGE, "nothing to check against: give --against or --facts");
      goto usage;
    }
  for (guint i = 0; i < against->len + facts->len; i++)
    if (g_str_equal (i < against->len ? against->pdata[i] : facts->pdata[i - against->len], "-"))
      {
        g_set_error (&error, XC_ERROR, XC_ERROR_USAGE, "%s: standard input ('-') can only be a draft",
                     i < against->len ? "--against" : "--facts");
        goto usage;
      }
  if (!xc_cli_input_options_ready (&in, &error))
    {
      xc_cli_error ("%s", error->message);
      goto out;
    }

  {
    g_autoptr(GPtrArray) include = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) exclude = g_ptr_array_new_with_free_func (g_free);
    ptr_array_extend_strv (include, config->include);
    ptr_array_extend_strv (exclude, config->exclude);
    for (guint i = 0; includes && includes[i]; i++)
      g_ptr_array_add (include, g_strdup (includes[i]));
    for (guint i = 0; excludes && excludes[i]; i++)
      g_ptr_array_add (exclude, g_strdup (excludes[i]));
    g_autoptr(GPtrArray) draft_args = g_ptr_array_new_with_free_func (g_free);
    guint n_stdin = 0;
    for (guint i = 0; drafts[i]; i++)
      if (!g_str_equal (drafts[i], "--"))
        {
          n_stdin += g_str_equal (drafts[i], "-");
          if (!g_str_equal (drafts[i], "-") || n_stdin == 1)
            g_ptr_array_add (draft_args, g_strdup (drafts[i]));
        }
    g_autofree char *stdin_data = NULL;
    gsize stdin_len = 0;
    const char *stdin_name = xc_cli_stdin_name (in.stdin_name);
    if (n_stdin > 1)
      {
        g_set_error (&error, XC_ERROR, XC_ERROR_USAGE, "standard input ('-') is named %u times: it is read once",
                     n_stdin);
        goto usage;
      }
    if (n_stdin && !xc_cli_read_stdin (stdin_name, "article", XC_ARTICLE_MAX_BYTES, &stdin_data, &stdin_len, &error))
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    g_ptr_array_add (draft_args, NULL);
    g_ptr_array_add (against, NULL);
    g_ptr_array_add (facts, NULL);

    XcLintRunOptions ropts;
    xc_lint_run_options_init (&ropts);
    ropts.drafts = (const char * const *) draft_args->pdata;
    ropts.against = (const char * const *) against->pdata;
    ropts.facts = (const char * const *) facts->pdata;
    ropts.include = include;
    ropts.exclude = exclude;
    ropts.manifest = in.loaded_manifest;
    ropts.published = in.default_published;
    ropts.dollar = dollar;
    ropts.baseline = baseline;
    ropts.lint = lopts;
    ropts.notice = print_notice;
    ropts.stdin_data = stdin_data;
    ropts.stdin_len = stdin_len;
    ropts.stdin_name = stdin_name;
    g_autoptr(XcLint) lint = xc_lint_run (&ropts, &error);
    if (lint == NULL)
      {
        /* "lint: no draft to check ..." */
        gboolean usage = g_error_matches (error, XC_ERROR, XC_ERROR_USAGE);
        xc_cli_error ("%s%s", usage ? "lint: " : "", error->message);
        goto out;
      }
    if (write_baseline)
      {
        g_autoptr(GString) b = g_string_new (NULL);
        xc_baseline_write (lint, b);
        if (!g_file_set_contents (write_baseline, b->str, (gssize) b->len, &error))
          {
            xc_cli_error ("%s", error->message);
            goto out;
          }
      }

    g_autofree char *cwd = g_get_current_dir ();
    g_autofree char *root = repo_root (cwd);
    XcLintWriteOptions wopts = {
      .verbose = common.verbose,
      .color = g_str_equal (format, "gnu") && (common.output == NULL || g_str_equal (common.output, "-"))
               && xc_cli_use_color (&common, stdout), .root = root, .cwd = cwd, .version = XC_VERSION,
      .sources = (const char * const *) lint->sources,
    };
    g_autoptr(GString) report = g_string_new (NULL);
    if (!xc_lint_write (lint, format, &wopts, report, &error)
        || !xc_cli_write_output (common.output, report->str, report->len, &error))
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    if (g_str_equal (format, "gnu") && !common.quiet)
      {
        guint ne = xc_lint_count (lint, XC_SEVERITY_ERROR), nw = xc_lint_count (lint, XC_SEVERITY_WARNING);
        g_printerr ("crosscheck: %u error%s, %u warning%s in %u draft%s checked against %u source%s\n",
                    ne, ne == 1 ? "" : "s", nw, nw == 1 ? "" : "s", lint->n_drafts,
                    lint->n_drafts == 1 ? "" : "s", lint->n_sources, lint->n_sources == 1 ? "" : "s");
      }
    if (lint->n_failed)
      status = XC_EXIT_ERROR;
    else if (write_baseline == NULL && xc_lint_fails (lint, fail_level))
      status = XC_EXIT_FINDINGS;
    else
      status = XC_EXIT_OK;
  }
  goto out;
usage:
  xc_cli_usage_error ("lint", error->message);
out:
  xc_cli_input_options_clear (&in);
  xc_cli_common_options_clear (&common);
  return status;
}
