/* cmd-lint.c - `crosscheck lint`: check a draft's claims against sources or facts files
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "cli.h"
#include "xc-version.h"

typedef struct {
  XcExtractor  *extractor;
  XcComparison *cmp;
  GHashTable   *draft_paths;   /* paths as collected -> role */
  GHashTable   *fact_paths;
  GPtrArray    *draft_names;   /* char*: XcDocInfo.file of each draft */
  GPtrArray    *source_names;
  GPtrArray    *suppressions;  /* XcSuppressions* */
} LintRun;

static gboolean
on_document (const char *path, XcDocument *doc, const GError *error, gpointer user_data)
{
  LintRun *run = user_data;
  g_autofree char *problem = NULL;
  GPtrArray *claims = xc_cli_extract (run->extractor, doc, error, NULL, &problem);
  const char *name = doc ? doc->name : path ? path : "(input)";
  gboolean draft = path && g_hash_table_contains (run->draft_paths, path);
  const char *source = doc ? doc->meta.source : NULL;
  if (source == NULL && path && g_hash_table_contains (run->fact_paths, path))
    source = "facts";
  if (draft)
    {
      g_ptr_array_add (run->draft_names, g_strdup (name));
      if (doc)
        g_ptr_array_add (run->suppressions, xc_suppressions_scan (doc->name, doc->raw, doc->raw_len));
    }
  else
    g_ptr_array_add (run->source_names, g_strdup (name));
  xc_comparison_add_document (run->cmp, name, source, doc ? &doc->meta.published : NULL,
                              problem, claims);
  return TRUE;
}

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

/* The files under @paths, less the excluded ones found by walking folders. */
static GPtrArray *
collect (GPtrArray *paths, const GPtrArray *include, const GPtrArray *exclude, guint *failed)
{
  g_ptr_array_add (paths, NULL);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) files = xc_inputs_collect ((const char * const *) paths->pdata, &errors);
  g_ptr_array_remove_index (paths, paths->len - 1);
  for (guint i = 0; i < errors->len; i++)
    {
      xc_cli_error ("%s", (char *) errors->pdata[i]);
      (*failed)++;
    }
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < files->len; i++)
    {
      const char *f = files->pdata[i];
      gboolean named = FALSE;
      for (guint k = 0; k < paths->len && !named; k++)
        {
          g_autofree char *given = xc_path_normalize (paths->pdata[k]);
          named = g_str_equal (given, f);
        }
      if (named || !xc_path_excluded (f, include, exclude))
        g_ptr_array_add (kept, g_strdup (f));
    }
  return kept;
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

static gboolean
parse_level (const char *what, const char *s, gboolean allow_off, XcSeverity *out, GError **error)
{
  if (!xc_severity_from_string (s, out) || (!allow_off && g_str_equal (s, "off")))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "%s: '%s' is not one of %s", what, s,
                   allow_off ? "error, warning, note, off" : "error, warning, note, none");
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
  g_autofree char *format = NULL, *output = NULL, *fail_on = NULL, *unsupported = NULL;
  g_autofree char *config_path = NULL, *baseline = NULL, *write_baseline = NULL, *dollar = NULL;
  g_auto(GStrv) severities = NULL, includes = NULL, excludes = NULL, drafts = NULL;
  gboolean verbose = FALSE, no_config = FALSE, listed = FALSE;
  double tolerance = -1;
  g_autoptr(GPtrArray) against = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  GOptionEntry entries[] = {
    { "against", 0, 0, G_OPTION_ARG_NONE, &listed, "Sources to check against: files or folders (several may follow)", "PATH…" },
    { "facts", 0, 0, G_OPTION_ARG_NONE, &listed, "Facts files: documents whose statements are taken as verified", "FILE…" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "gnu (default), json, sarif, rdjsonl, github or markdown", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the findings to FILE instead of standard output", "FILE" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on, "Exit 1 on a finding at or above: error (default), warning, note or none", "LEVEL" },
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
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Show supported claims (notes) too", NULL },
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
    "<!-- crosscheck-disable --> ... <!-- crosscheck-enable -->.\n"
    "Configuration: the nearest .crosscheck.ini (see docs/lint.md); options override it.\n\n"
    "Exit status: 0 clean, 1 a finding at or above --fail-on, 2 usage, configuration\n"
    "or input errors.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  xc_cli_input_options_add (g_option_context_get_main_group (ctx), &in);

  g_autoptr(GError) error = NULL;
  g_autoptr(XcConfig) config = NULL;
  int status = XC_EXIT_ERROR;
  /* --against/--facts are taken out first; an `--against` left for GOption is
   * impossible, so the two dummy entries only document them in --help */
  split_source_args (&argc, argv, against, facts);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      xc_cli_error ("lint: %s (try 'crosscheck lint --help')", error->message);
      goto out;
    }

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

    guint failed = 0;
    g_autoptr(GPtrArray) draft_args = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; drafts[i]; i++)
      if (!g_str_equal (drafts[i], "--"))
        g_ptr_array_add (draft_args, g_strdup (drafts[i]));
    g_autoptr(GPtrArray) draft_files = collect (draft_args, include, exclude, &failed);
    g_autoptr(GPtrArray) against_files = collect (against, include, exclude, &failed);
    g_autoptr(GPtrArray) fact_files = collect (facts, include, exclude, &failed);

    g_autoptr(GHashTable) draft_paths = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GHashTable) fact_paths = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GPtrArray) all = g_ptr_array_new ();
    for (guint i = 0; i < draft_files->len; i++)
      if (g_hash_table_add (draft_paths, draft_files->pdata[i]))
        g_ptr_array_add (all, draft_files->pdata[i]);
    /* a draft never supports itself: among the sources, it is dropped */
    for (guint i = 0; i < fact_files->len; i++)
      if (!g_hash_table_contains (draft_paths, fact_files->pdata[i]))
        {
          g_hash_table_add (fact_paths, fact_files->pdata[i]);
          g_ptr_array_add (all, fact_files->pdata[i]);
        }
      else
        g_printerr ("crosscheck: warning: %s: a draft is not one of its own sources: left out of --facts\n",
                    (char *) fact_files->pdata[i]);
    for (guint i = 0; i < against_files->len; i++)
      if (!g_hash_table_contains (draft_paths, against_files->pdata[i])
          && !g_hash_table_contains (fact_paths, against_files->pdata[i]))
        g_ptr_array_add (all, against_files->pdata[i]);
      else if (g_hash_table_contains (draft_paths, against_files->pdata[i]))
        g_printerr ("crosscheck: warning: %s: a draft is not one of its own sources: left out of --against\n",
                    (char *) against_files->pdata[i]);
    if (draft_files->len == 0)
      {
        xc_cli_error ("lint: no draft to check (every path was missing or excluded)");
        goto out;
      }
    g_ptr_array_add (all, NULL);

    g_autoptr(XcExtractor) ex = xc_extractor_new (&error);
    if (ex == NULL)
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    if (dollar)
      xc_extractor_set_dollar (ex, dollar);
    g_autoptr(XcComparison) cmp = xc_comparison_new ();
    g_autoptr(GPtrArray) draft_names = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) source_names = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) sups = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_suppressions_free);
    LintRun run = { ex, cmp, draft_paths, fact_paths, draft_names, source_names, sups };
    failed += xc_cli_for_each_document ((char **) all->pdata, &in, on_document, &run);
    XcCompareOptions copts = { .tolerance = lopts.tolerance };
    if (!xc_comparison_run (cmp, &copts, &error))
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    g_ptr_array_add (draft_names, NULL);
    g_autoptr(XcLint) lint = xc_lint_classify (cmp, (const char * const *) draft_names->pdata, &lopts);
    for (guint i = 0; i < sups->len; i++)
      xc_lint_apply_suppressions (lint, sups->pdata[i], &lopts);
    if (baseline)
      {
        g_autoptr(XcBaseline) bl = xc_baseline_load (baseline, &error);
        if (bl == NULL)
          {
            xc_cli_error ("%s", error->message);
            goto out;
          }
        xc_baseline_apply (bl, lint);
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
    g_ptr_array_add (source_names, NULL);
    XcLintWriteOptions wopts = {
      .verbose = verbose, .root = root, .cwd = cwd, .version = XC_VERSION,
      .sources = (const char * const *) source_names->pdata,
    };
    g_autoptr(GString) report = g_string_new (NULL);
    if (!xc_lint_write (lint, format, &wopts, report, &error)
        || !xc_cli_write_output (output, report->str, report->len, &error))
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    if (g_str_equal (format, "gnu"))
      {
        guint ne = xc_lint_count (lint, XC_SEVERITY_ERROR), nw = xc_lint_count (lint, XC_SEVERITY_WARNING);
        g_printerr ("crosscheck: %u error%s, %u warning%s in %u draft%s checked against %u source%s\n",
                    ne, ne == 1 ? "" : "s", nw, nw == 1 ? "" : "s", draft_files->len,
                    draft_files->len == 1 ? "" : "s", lint->n_sources, lint->n_sources == 1 ? "" : "s");
      }
    if (failed)
      status = XC_EXIT_ERROR;
    else if (write_baseline == NULL && xc_lint_fails (lint, fail_level))
      status = XC_EXIT_FINDINGS;
    else
      status = XC_EXIT_OK;
  }
  goto out;
usage:
  xc_cli_error ("lint: %s (try 'crosscheck lint --help')", error->message);
out:
  xc_cli_input_options_clear (&in);
  return status;
}
