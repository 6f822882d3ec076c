/* cli-common.c - input options, the document loop and output for every subcommand
 * SPDX-License-Identifier: MIT */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include "cli.h"
#include "xc-version.h"

void
xc_cli_error (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_printerr ("crosscheck: %s\n", msg);
}

static gboolean cli_quiet, cli_verbose;

void
xc_cli_warning (const char *fmt, ...)
{
  if (cli_quiet)
    return;
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_printerr ("crosscheck: warning: %s\n", msg);
}

void
xc_cli_info (const char *fmt, ...)
{
  if (!cli_verbose || cli_quiet)
    return;
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_printerr ("crosscheck: %s\n", msg);
}

void
xc_cli_usage_error (const char *cmd, const char *message)
{
  g_autofree char *m = g_strdup (message);
  /* GLib's "Unknown option --x", "Missing argument for -o": our messages
   * start lowercase; a word in capitals (SARIF) stays */
  if (g_ascii_isupper (m[0]) && !g_ascii_isupper (m[1]))
    m[0] = g_ascii_tolower (m[0]);
  xc_cli_error ("%s: %s (try 'crosscheck %s --help')", cmd, m, cmd);
}

void
xc_cli_common_options_add (GOptionGroup *group, XcCommonOptions *opts, const char *output_help,
                           const char *verbose_help)
{
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opts->output, output_help, "FILE" },
    { "color", 0, 0, G_OPTION_ARG_STRING, &opts->color,
      "Colour: auto (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), always or never", "WHEN" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opts->quiet, "No warnings or summary on standard error (errors still)", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opts->verbose, verbose_help, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_option_group_add_entries (group, entries);
}

gboolean
xc_cli_common_options_ready (XcCommonOptions *opts, GError **error)
{
  if (opts->color && !g_str_equal (opts->color, "auto") && !g_str_equal (opts->color, "always")
      && !g_str_equal (opts->color, "never"))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "--color takes 'auto', 'always' or 'never', not '%s'", opts->color);
      return FALSE;
    }
  cli_quiet = opts->quiet;
  cli_verbose = opts->verbose;
  return TRUE;
}

void
xc_cli_common_options_clear (XcCommonOptions *opts)
{
  g_clear_pointer (&opts->output, g_free);
  g_clear_pointer (&opts->color, g_free);
}

gboolean
xc_cli_use_color (const XcCommonOptions *opts, FILE *stream)
{
  if (opts && opts->color && g_str_equal (opts->color, "always"))
    return TRUE;
  if (opts && opts->color && g_str_equal (opts->color, "never"))
    return FALSE;
  const char *no = g_getenv ("NO_COLOR");
  if (no != NULL && *no != '\0')
    return FALSE;
  const char *force = g_getenv ("FORCE_COLOR");
  if (force != NULL)
    return !g_str_equal (force, "0") && g_ascii_strcasecmp (force, "false") != 0;
  return isatty (fileno (stream));
}

/* At most this many threads, whatever --jobs says. */
#define XC_CLI_JOBS_MAX 256

guint
xc_cli_jobs (int jobs)
{
  if (jobs <= 0)
    jobs = (int) g_get_num_processors ();
  return (guint) CLAMP (jobs, 1, XC_CLI_JOBS_MAX);
}

gboolean
xc_cli_fail_on_never (const char *value)
{
  return value && (g_str_equal (value, "never") || g_str_equal (value, "none"));
}

void
xc_cli_input_options_add (GOptionGroup *group, XcInputOptions *opts)
{
  GOptionEntry entries[] = {
    { "manifest", 'm', 0, G_OPTION_ARG_FILENAME, &opts->manifest,
      "TSV naming each file's source and publication date (columns: file, source, published)", "FILE" },
    { "published", 'p', 0, G_OPTION_ARG_STRING, &opts->published,
      "Publication date for documents that name none (resolves 'on Tuesday', 'last year')", "YYYY-MM-DD" },
    { "stdin-name", 0, 0, G_OPTION_ARG_STRING, &opts->stdin_name,
      "Call standard input ('-') NAME in messages and reports; its extension gives the format (.md, .html)", "NAME" },
    G_OPTION_ENTRY_NULL
  };
  g_option_group_add_entries (group, entries);
}

gboolean
xc_cli_input_options_ready (XcInputOptions *opts, GError **error)
{
  g_date_clear (&opts->default_published, 1);
  if (opts->published)
    {
      unsigned y, m, d;
      int n = 0;
      if (sscanf (opts->published, "%4u-%2u-%2u%n", &y, &m, &d, &n) != 3
          || n != (int) strlen (opts->published) || n != 10 || !g_date_valid_dmy (d, m, y))
        {
          g_set_error (error, XC_ERROR, XC_ERROR_USAGE,
                       "--published: '%s' is not a date (YYYY-MM-DD)", opts->published);
          return FALSE;
        }
      g_date_set_dmy (&opts->default_published, d, m, y);
    }
  if (opts->manifest)
    {
      opts->loaded_manifest = xc_manifest_load (opts->manifest, error);
      if (opts->loaded_manifest == NULL)
        return FALSE;
    }
  return TRUE;
}

void
xc_cli_input_options_clear (XcInputOptions *opts)
{
  g_clear_pointer (&opts->manifest, g_free);
  g_clear_pointer (&opts->published, g_free);
  g_clear_pointer (&opts->stdin_name, g_free);
  g_clear_pointer (&opts->loaded_manifest, xc_manifest_free);
}

const char *
xc_cli_stdin_name (const char *stdin_name)
{
  return stdin_name && *stdin_name ? stdin_name : "<stdin>";
}

gboolean
xc_cli_read_stdin (const char *name, const char *what, gsize max, char **out_data, gsize *out_len,
                   GError **error)
{
  gsize cap = 65536, len = 0;
  char *buf = g_malloc (cap + 1);
  for (;;)
    {
      if (len == cap)
        {
          if (cap > max)
            break;
          cap = MIN (cap * 2, max + 1);
          buf = g_realloc (buf, cap + 1);
        }
      ssize_t n = read (STDIN_FILENO, buf + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int e = errno;
          g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: cannot read the %s: %s", name, what, g_strerror (e));
          g_free (buf);
          return FALSE;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }
  if (len > max)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the %s is larger than the limit of %" G_GSIZE_FORMAT " MiB",
                   name, what, max >> 20);
      g_free (buf);
      return FALSE;
    }
  buf[len] = '\0';
  *out_data = buf;
  *out_len = len;
  return TRUE;
}

/* Standard input as a document, named and dated like a file. */
static XcDocument *
load_stdin (XcInputOptions *opts, GError **error)
{
  const char *name = xc_cli_stdin_name (opts->stdin_name);
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!xc_cli_read_stdin (name, "article", XC_ARTICLE_MAX_BYTES, &data, &len, error))
    return NULL;
  XcDocument *doc = xc_document_new_from_data (name, data, (gssize) len, xc_format_from_path (name), error);
  if (doc)
    xc_manifest_apply (opts->loaded_manifest, doc, &opts->default_published);
  return doc;
}

/* The inputs of a run in order: standard input, the paths that could not be
 * read, then the files, each loaded and handed to @func; with @extracting, the
 * files are loaded and extracted on its threads instead (xc_cli_extract_files ()). */
static guint
for_each_input (char **paths, XcInputOptions *opts, XcDocumentFunc func, gpointer user_data,
                const XcCliExtracting *extracting)
{
  /* "-" is standard input, read once and first; the rest are files and folders */
  g_autoptr(GPtrArray) named = g_ptr_array_new ();
  guint n_stdin = 0;
  for (guint i = 0; paths[i]; i++)
    if (g_str_equal (paths[i], "-"))
      n_stdin++;
    else
      g_ptr_array_add (named, paths[i]);
  g_ptr_array_add (named, NULL);
  paths = (char **) named->pdata;
  guint failed = 0;
  if (n_stdin)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(XcDocument) doc = NULL;
      if (n_stdin > 1)
        g_set_error (&error, XC_ERROR, XC_ERROR_INPUT, "%s: standard input ('-') is named %u times: it is read once",
                     xc_cli_stdin_name (opts->stdin_name), n_stdin);
      else
        doc = load_stdin (opts, &error);
      if (doc == NULL)
        failed++;
      if (!func (xc_cli_stdin_name (opts->stdin_name), doc, error, user_data))
        return failed;
    }
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) files = xc_inputs_collect ((const char * const *) paths, &errors);
  for (guint i = 0; i < errors->len; i++)
    {
      const char *msg = errors->pdata[i];
      g_autoptr(GError) e = g_error_new_literal (XC_ERROR, XC_ERROR_INPUT, msg);
      /* "PATH: reason": name the input by the argument it came from */
      const char *which = NULL;
      for (guint k = 0; paths[k] && which == NULL; k++)
        if (g_str_has_prefix (msg, paths[k]) && msg[strlen (paths[k])] == ':')
          which = paths[k];
      failed++;
      if (!func (which, NULL, e, user_data))
        return failed;
    }
  if (extracting && extracting->jobs > 1 && files->len > 1)
    {
      gboolean stopped = FALSE;
      failed += xc_cli_extract_files (files, opts, extracting, &stopped);
      if (stopped)
        return failed;
    }
  else
    for (guint i = 0; i < files->len; i++)
      {
        const char *path = files->pdata[i];
        g_autoptr(GError) error = NULL;
        g_autoptr(XcDocument) doc = xc_document_load (path, &error);
        if (doc)
          xc_manifest_apply (opts->loaded_manifest, doc, &opts->default_published);
        else
          failed++;
        if (!func (path, doc, error, user_data))
          return failed;
      }
  if (opts->loaded_manifest)
    {
      g_autoptr(GPtrArray) warnings = xc_manifest_warnings (opts->loaded_manifest);
      for (guint i = 0; i < warnings->len; i++)
        xc_cli_warning ("%s", (char *) warnings->pdata[i]);
    }
  return failed;
}

guint
xc_cli_for_each_document (char **paths, XcInputOptions *opts, XcDocumentFunc func, gpointer user_data)
{
  return for_each_input (paths, opts, func, user_data, NULL);
}

char *
xc_cli_extract_messages (XcDocument *doc, GPtrArray *claims, const GError *problem, GPtrArray *warnings)
{
  if (problem)
    xc_cli_error ("%s", problem->message);
  for (guint i = 0; warnings && i < warnings->len; i++)
    xc_cli_warning ("%s", (char *) warnings->pdata[i]);
  if (claims)
    xc_cli_info ("%s: %u claim%s", doc->name, claims->len, claims->len == 1 ? "" : "s");
  return problem ? g_strdup (problem->message) : NULL;
}

GPtrArray *
xc_cli_extract (XcExtractor *extractor, XcDocument *doc, const GError *load_error,
                GPtrArray *out_warnings, char **out_problem)
{
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *warnings = out_warnings ? out_warnings : own;
  g_autoptr(GError) local = NULL;
  GPtrArray *claims = NULL;
  const GError *problem = load_error;
  if (doc)
    {
      claims = xc_extractor_run (extractor, doc, warnings, &local);
      if (claims == NULL)
        problem = local;
    }
  *out_problem = xc_cli_extract_messages (doc, claims, problem, warnings);
  return claims;
}

/* One input of xc_cli_extract_each () read on this thread: extracted here too. */
static gboolean
extract_here (const char *path, XcDocument *doc, const GError *error, gpointer user_data)
{
  const XcCliExtracting *x = user_data;
  g_autofree char *problem = NULL;
  GPtrArray *claims = xc_cli_extract (x->extractor, doc, error, NULL, &problem);
  return x->func (path, doc, claims, problem, x->user_data);
}

guint
xc_cli_extract_each (char **paths, XcInputOptions *opts, const XcCliExtracting *extracting)
{
  return for_each_input (paths, opts, extract_here, (gpointer) extracting, extracting);
}

static void
set_errno_error (GError **error, int e, const char *name)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: %s", name, g_strerror (e));
}

gboolean
xc_cli_output_open (XcOutput *o, const char *path, GError **error)
{
  memset (o, 0, sizeof *o);
  if (path == NULL || g_str_equal (path, "-"))
    {
      o->fp = stdout;
      o->name = g_strdup ("standard output");
      return TRUE;
    }
  GStatBuf st;
  gboolean exists = g_lstat (path, &st) == 0;
  if (!exists || S_ISREG (st.st_mode))
    {
      /* beside the target, so that rename() replaces it in one step; the
       * target's mode is kept (a new file gets 0666 less the umask) */
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
      int fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0666);
      if (fd >= 0 && exists)
        fchmod (fd, st.st_mode & 07777);
      if (fd >= 0 && (o->fp = fdopen (fd, "wb")) == NULL)
        {
          close (fd);
          g_unlink (tmpl);
        }
      if (o->fp)
        o->tmp = g_steal_pointer (&tmpl);
      /* else a folder we may not write in: the file itself, in place */
    }
  if (o->fp == NULL)
    {
      /* a device, a pipe or a link (/dev/stdout, a FIFO): written in place */
      o->fp = fopen (path, "wb");
      if (o->fp == NULL)
        {
          set_errno_error (error, errno, path);
          return FALSE;
        }
    }
  o->name = g_strdup (path);
  o->owned = TRUE;
  return TRUE;
}

static gboolean
output_bytes (XcOutput *o, const char *s, gsize len, GError **error)
{
  if (fwrite (s, 1, len, o->fp) != len)
    {
      o->failed = TRUE;
      set_errno_error (error, errno, o->name);
      return FALSE;
    }
  return TRUE;
}

gboolean
xc_cli_output_write (GString *s, gpointer user_data, GError **error)
{
  return output_bytes (user_data, s->str, s->len, error);
}

gboolean
xc_cli_output_close (XcOutput *o, GError **error)
{
  gboolean ok = error != NULL && !o->failed;
  gboolean reported = FALSE;
  if (o->fp && fflush (o->fp) != 0 && ok)
    {
      set_errno_error (error, errno, o->name);
      ok = FALSE;
      reported = TRUE;
    }
  if (o->tmp && ok && fsync (fileno (o->fp)) != 0)
    {
      set_errno_error (error, errno, o->name);
      ok = FALSE;
      reported = TRUE;
    }
  if (o->owned && o->fp && fclose (o->fp) != 0 && ok)
    {
      set_errno_error (error, errno, o->name);
      ok = FALSE;
      reported = TRUE;
    }
  if (o->tmp)
    {
      if (ok && g_rename (o->tmp, o->name) != 0)
        {
          set_errno_error (error, errno, o->name);
          ok = FALSE;
          reported = TRUE;
        }
      if (!ok)
        g_unlink (o->tmp);
    }
  if (!ok && !reported && error && *error == NULL)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: not written", o->name);
  o->fp = NULL;
  g_clear_pointer (&o->name, g_free);
  g_clear_pointer (&o->tmp, g_free);
  return ok;
}

gboolean
xc_cli_write_output (const char *path, const char *s, gsize len, GError **error)
{
  XcOutput o;
  if (!xc_cli_output_open (&o, path, error))
    return FALSE;
  gboolean ok = output_bytes (&o, s, len, error);
  return xc_cli_output_close (&o, ok ? error : NULL) && ok;
}
