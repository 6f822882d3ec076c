/* cli.h - what the subcommands of the crosscheck program share
 * SPDX-License-Identifier: MIT */
#pragma once
#include <stdio.h>
#include <glib.h>
#include "crosscheck/crosscheck.h"

enum {
  XC_EXIT_OK = 0,
  XC_EXIT_FINDINGS = 1,   /* conflicts or lint findings at the failing level */
  XC_EXIT_ERROR = 2,      /* usage, configuration or input errors */
};

/* Options every subcommand that reads articles takes. */
typedef struct {
  char     *manifest;
  char     *published;
  char     *stdin_name;   /* what '-' (standard input) is called; its extension gives the format */
  XcManifest *loaded_manifest;
  GDate     default_published;
} XcInputOptions;

void     xc_cli_input_options_add   (GOptionGroup *group, XcInputOptions *opts);
gboolean xc_cli_input_options_ready (XcInputOptions *opts, GError **error);
void     xc_cli_input_options_clear (XcInputOptions *opts);

/* Called once per input file, in sorted order: @doc is NULL and @error set
 * when the file could not be used. */
typedef gboolean (*XcDocumentFunc) (const char *path, XcDocument *doc, const GError *error,
                                    gpointer user_data);

/**
 * xc_cli_for_each_document:
 * Collects @paths (files and directories), loads each file in turn with its
 * metadata and calls @func. Only one document is held at a time. A path "-"
 * is standard input, read first, named by opts->stdin_name.
 * Returns: the number of inputs that failed.
 */
guint    xc_cli_for_each_document   (char **paths, XcInputOptions *opts,
                                     XcDocumentFunc func, gpointer user_data);

/**
 * xc_cli_extract:
 * The claims of @doc (NULL when it failed to load, @load_error, or to be read):
 * the failure and the extractor's warnings go to standard error.
 * @out_warnings: (nullable): the warnings are appended here too
 * @out_problem: (out) (transfer full): the failure's message, or NULL
 */
GPtrArray *xc_cli_extract           (XcExtractor *extractor, XcDocument *doc,
                                     const GError *load_error, GPtrArray *out_warnings,
                                     char **out_problem);

/* The messages of one input's extraction on standard error, as xc_cli_extract()
 * prints them: @problem (why it failed to load or be read), @warnings, and with
 * --verbose how many claims it gave. Returns (transfer full) @problem's message,
 * or NULL. */
char      *xc_cli_extract_messages  (XcDocument *doc, GPtrArray *claims, const GError *problem,
                                     GPtrArray *warnings);

/* Called once per input with its claims, in the order of xc_cli_for_each_document()
 * and after the input's messages are printed: @doc NULL when it failed to load,
 * @claims (transfer full) NULL when it failed to load or be read, @problem why. */
typedef gboolean (*XcExtractedFunc) (const char *path, XcDocument *doc, GPtrArray *claims,
                                     const char *problem, gpointer user_data);

typedef struct {
  XcExtractor     *extractor;  /* the caller's; more, made alike, for the other threads */
  guint            jobs;       /* threads loading and extracting files; 1: this one */
  XcExtractedFunc  func;
  gpointer         user_data;
} XcCliExtracting;

/**
 * xc_cli_extract_each:
 * As xc_cli_for_each_document(), each input extracted before it is handed on.
 * With @extracting->jobs above 1 the files are loaded and extracted that many at
 * once (cli-jobs.c), and still handed on, messages first, in input order: what
 * @func sees and what is printed are those of one thread.
 * Returns: the number of inputs that failed to load.
 */
guint      xc_cli_extract_each      (char **paths, XcInputOptions *opts, const XcCliExtracting *extracting);

/* cli-jobs.c: the files of xc_cli_extract_each() (@files: their paths, in order) on
 * @extracting->jobs threads; *@out_stopped is set when @func asked to stop.
 * Returns: how many failed to load. */
guint      xc_cli_extract_files     (GPtrArray *files, XcInputOptions *opts, const XcCliExtracting *extracting,
                                     gboolean *out_stopped);

/* Where a report goes: standard output, or a file. A regular file (or a new
 * one) is written as a temporary file beside it, renamed over it when
 * closed after a good run: a failed run leaves the previous report whole. */
typedef struct {
  FILE     *fp;
  char     *name;
  gboolean  owned;
  char     *tmp;       /* the temporary file, or NULL when writing in place */
  gboolean  failed;    /* a write failed: the file is not replaced */
} XcOutput;

gboolean xc_cli_output_open         (XcOutput *o, const char *path, GError **error);
/* An XcReportFlushFunc: writes @s out (the caller empties it). */
gboolean xc_cli_output_write        (GString *s, gpointer output, GError **error);
/* Flushes and closes; renames the temporary file over the target when every
 * write succeeded. @error NULL means that the run failed (its error is
 * already reported): the temporary file is removed, the target kept. */
gboolean xc_cli_output_close        (XcOutput *o, GError **error);

/* Standard input read whole, at most @max bytes ("<stdin>: the article is
 * larger than the limit of 16 MiB"); @name names it in messages. */
gboolean xc_cli_read_stdin          (const char *name, const char *what, gsize max, char **out_data,
                                     gsize *out_len, GError **error);
/* The name of standard input: @stdin_name, or "<stdin>". */
const char *xc_cli_stdin_name       (const char *stdin_name);

/* Writes @s to @path ("-" or NULL: standard output). */
gboolean xc_cli_write_output        (const char *path, const char *s, gsize len, GError **error);

/* "crosscheck: message" on standard error. */
void     xc_cli_error               (const char *fmt, ...) G_GNUC_PRINTF (1, 2);
/* "crosscheck: warning: message" on standard error, unless --quiet. */
void     xc_cli_warning             (const char *fmt, ...) G_GNUC_PRINTF (1, 2);
/* "crosscheck: message" on standard error with --verbose only. */
void     xc_cli_info                (const char *fmt, ...) G_GNUC_PRINTF (1, 2);
/* "crosscheck: CMD: message (try 'crosscheck CMD --help')" for a usage
 * error; GLib's own messages ("Unknown option --x") start lowercase. */
void     xc_cli_usage_error         (const char *cmd, const char *message);

/* The options every subcommand takes, one vocabulary for all. */
typedef struct {
  char     *output;    /* -o, --output FILE */
  char     *color;     /* --color=auto|always|never */
  gboolean  quiet;     /* -q, --quiet: no warnings or summary on standard error */
  gboolean  verbose;   /* -v, --verbose: more on standard error (lint: notes too) */
} XcCommonOptions;

/* Adds -o, --color, -q and -v to @group; @verbose_help says what -v adds. */
void     xc_cli_common_options_add  (GOptionGroup *group, XcCommonOptions *opts, const char *output_help,
                                     const char *verbose_help);
/* Checks --color and makes -q/-v take effect for xc_cli_warning()/xc_cli_info(). */
gboolean xc_cli_common_options_ready (XcCommonOptions *opts, GError **error);
void     xc_cli_common_options_clear (XcCommonOptions *opts);

/* Whether colour is used on @stream: --color=always or never decide; auto
 * (the default) is no when NO_COLOR is set and not empty, yes when
 * FORCE_COLOR is set (and not "0" or "false"), otherwise whether @stream is
 * a terminal. */
gboolean xc_cli_use_color           (const XcCommonOptions *opts, FILE *stream);

/* --fail-on's word for "never fail": "never", or "none" as lint once had it. */
gboolean xc_cli_fail_on_never       (const char *value);

/* The number of threads --jobs asks for: @jobs, or one per processor when 0. */
guint    xc_cli_jobs                (int jobs);

int      xc_cmd_extract             (int argc, char **argv);
int      xc_cmd_check               (int argc, char **argv);
int      xc_cmd_lint                (int argc, char **argv);
int      xc_cmd_diff                (int argc, char **argv);
