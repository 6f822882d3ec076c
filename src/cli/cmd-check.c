/* cmd-check.c - `crosscheck check`: compare sources and write the verdict report
 * SPDX-License-Identifier: MIT */
#include <errno.h>
#include <string.h>
#include "cli.h"

typedef struct {
  XcComparison *cmp;
  const char   *story_field;   /* the metadata field naming a document's story, or NULL */
} CheckRun;

static gboolean
on_document (const char *path, XcDocument *doc, GPtrArray *claims, const char *problem, gpointer user_data)
{
  CheckRun *run = user_data;
  g_autofree char *published = doc && g_date_valid (&doc->meta.published)
                               ? g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&doc->meta.published),
                                                  g_date_get_month (&doc->meta.published),
                                                  g_date_get_day (&doc->meta.published))
                               : NULL;
  XcDocInfo info = {
    .file = doc ? doc->name : path ? (char *) path : "(input)",
    .source = doc ? doc->meta.source : NULL,
    .published = published,
    .error = (char *) problem,
    .story = doc ? (char *) xc_meta_get_field (&doc->meta, run->story_field) : NULL,
  };
  xc_comparison_add_document_full (run->cmp, &info, claims);
  if (doc && doc->meta.title)
    xc_comparison_set_document_title (run->cmp, doc->name, doc->meta.title);
  return TRUE;
}

/* The reduce step: every line of @path (- for standard input) is a document of
 * extract --format jsonl; returns how many documents had failed to load there. */
static guint
read_claims (XcComparison *cmp, const char *path, GError **error)
{
  gboolean in = g_str_equal (path, "-");
  FILE *fp = in ? stdin : fopen (path, "r");
  if (fp == NULL)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: %s", path, g_strerror (errno));
      return 0;
    }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  guint ln = 0;
  while ((n = getline (&line, &cap, fp)) >= 0)
    {
      ln++;
      g_autoptr(GError) local = NULL;
      if (!xc_comparison_add_jsonl (cmp, line, n, &local))
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: %s", in ? "(stdin)" : path, ln, local->message);
          break;
        }
    }
  if (error && *error == NULL && ferror (fp))
    g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: %s", path, g_strerror (errno));
  free (line);
  if (!in)
    fclose (fp);
  guint failed = 0;
  for (guint i = 0; i < cmp->documents->len; i++)
    failed += ((XcDocInfo *) cmp->documents->pdata[i])->error != NULL;
  return failed;
}

int
xc_cmd_check (int argc, char **argv)
{
  XcInputOptions in = { 0 };
  XcCommonOptions common = { 0 };
  g_autofree char *format = NULL;
  g_autofree char *fail_on = NULL;
  double tolerance = 0;
  gboolean all = FALSE;
  g_autofree char *stories = NULL;
  g_autofree char *claims_file = NULL;
  int jobs = 0;
  g_auto(GStrv) paths = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Report format: text (default), markdown, json or html", "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on, "Exit 1 on: conflict (default) or never", "WHEN" },
    { "tolerance", 't', 0, G_OPTION_ARG_DOUBLE, &tolerance,
      "Widen every interval by this fraction of its value (0.01 = 1%) for looser rounding", "FRACTION" },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, "Text format: list agreeing and single-source facts too", NULL },
    { "stories", 0, 0, G_OPTION_ARG_STRING, &stories,
      "Keep stories apart: auto (default: the 'story' field, else names and dates), none, "
      "or the manifest column / front matter key naming each document's story", "auto|none|FIELD" },
    { "claims", 0, 0, G_OPTION_ARG_FILENAME, &claims_file,
      "Read claims from FILE (- for standard input), as extract --format jsonl writes them, instead of articles",
      "FILE" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      "Threads reading articles, aligning stories and writing the report: N (1: one), "
      "default one per processor; "
      "the report is the same", "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("PATH… - compare what several sources say");
  g_option_context_set_summary (ctx,
    "Extracts the claims of every source, lines up the claims that state the same\n"
    "fact and reports, for each fact, whether the sources agree, conflict (and who\n"
    "is the odd one out) or whether it rests on a single source.");
  g_option_context_set_description (ctx,
    "Two claims agree when the values their wording allows overlap: \"$240 billion\"\n"
    "and \"$240.1 billion\"; \"26 percent\" and \"over 26%\"; \"Tuesday\" and \"April 9\".\n"
    "The report format is described in docs/report.md.\n\n"
    "Stories: figures are lined up only within a story. A document's story is its\n"
    "'story' manifest column or front matter key (--stories FIELD: another one);\n"
    "documents without one are grouped by the names they share and their dates\n"
    "(docs/design-compare.md, \"Stories\"); --stories none compares all as one.\n\n"
    "Exit status: 0 no conflict, 1 at least one conflict (see --fail-on), 2 usage\n"
    "or input errors (failed inputs are listed in the report; the rest is compared).");
  g_option_context_add_main_entries (ctx, entries, NULL);
  xc_cli_input_options_add (g_option_context_get_main_group (ctx), &in);
  xc_cli_common_options_add (g_option_context_get_main_group (ctx), &common,
                             "Write the report to FILE instead of standard output",
                             "Say how many claims each input gave, on standard error");

  g_autoptr(GError) error = NULL;
  int status = XC_EXIT_ERROR;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || !xc_cli_common_options_ready (&common, &error))
    {
      xc_cli_usage_error ("check", error->message);
      goto out;
    }
  if (format == NULL)
    format = g_strdup ("text");
  if (!g_strv_contains (xc_report_formats (), format))
    {
      xc_cli_error ("check: unknown format '%s' (text, markdown, json or html)", format);
      goto out;
    }
  if (fail_on && !g_str_equal (fail_on, "conflict") && !xc_cli_fail_on_never (fail_on))
    {
      xc_cli_error ("check: --fail-on takes 'conflict' or 'never', not '%s'", fail_on);
      goto out;
    }
  if (stories && (*stories == '\0' || strpbrk (stories, " \t\n:")))
    {
      xc_cli_error ("check: --stories takes auto, none or a field name, not '%s'", stories);
      goto out;
    }
  if (tolerance < 0 || tolerance > 1)
    {
      xc_cli_error ("check: --tolerance must be between 0 and 1");
      goto out;
    }
  if (jobs < 0)
    {
      xc_cli_error ("check: --jobs takes a number of threads, not %d", jobs);
      goto out;
    }
  if (claims_file && paths && paths[0])
    {
      xc_cli_error ("check: give articles or --claims, not both");
      goto out;
    }
  if (claims_file == NULL && (paths == NULL || paths[0] == NULL))
    {
      xc_cli_usage_error ("check", "no input: name files or directories");
      goto out;
    }
  if (!xc_cli_input_options_ready (&in, &error))
    {
      xc_cli_error ("%s", error->message);
      goto out;
    }
  {
    g_autoptr(XcExtractor) ex = xc_extractor_new (&error);
    if (ex == NULL)
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    g_autoptr(XcComparison) cmp = xc_comparison_new ();
    gboolean no_stories = stories && g_str_equal (stories, "none");
    CheckRun run = { cmp, no_stories ? NULL : stories && !g_str_equal (stories, "auto") ? stories : "story" };
    guint n_jobs = xc_cli_jobs (jobs);
    XcCliExtracting extracting = { ex, n_jobs, on_document, &run };
    guint failed = claims_file ? read_claims (cmp, claims_file, &error)
                               : xc_cli_extract_each (paths, &in, &extracting);
    if (claims_file && error)
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    XcCompareOptions copts = { .tolerance = tolerance, .stories = no_stories ? XC_STORIES_NONE : XC_STORIES_AUTO,
                               .jobs = n_jobs };
    if (!xc_comparison_run (cmp, &copts, &error))
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    XcOutput sink;
    if (!xc_cli_output_open (&sink, common.output, &error))
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    /* the report is handed to the file as it is written: never held whole */
    XcReportOptions ropts = {
      .color = g_str_equal (format, "text") && sink.fp == stdout && xc_cli_use_color (&common, stdout),
      .show_all = all,
      .flush = xc_cli_output_write,
      .flush_data = &sink,
      .jobs = n_jobs,
    };
    g_autoptr(GString) report = g_string_new (NULL);
    gboolean written = xc_report_write (cmp, format, &ropts, report, &error)
                       && xc_cli_output_write (report, &sink, &error);
    if (!xc_cli_output_close (&sink, written ? &error : NULL) || !written)
      {
        xc_cli_error ("%s", error->message);
        goto out;
      }
    if (failed)
      status = XC_EXIT_ERROR;
    else if (cmp->n_conflicts > 0 && !xc_cli_fail_on_never (fail_on))
      status = XC_EXIT_FINDINGS;
    else
      status = XC_EXIT_OK;
  }
out:
  xc_cli_input_options_clear (&in);
  xc_cli_common_options_clear (&common);
  return status;
}
