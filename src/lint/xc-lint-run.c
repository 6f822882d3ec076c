/* xc-lint-run.c - the whole of a lint run: drafts, sources and facts files
 * collected, loaded and extracted once, each draft compared with the sources
 * (the nearest of them when there are many: xc-lint-nearest.c), then
 * classified, suppressed and baselined (the CLI only parses options and writes)
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-lint-private.h"
#include "crosscheck/xc-baseline.h"
#include "crosscheck/xc-config.h"

typedef enum {
  ROLE_SOURCE,
  ROLE_DRAFT,
  ROLE_FACTS,
} Role;

/* One input as read: its claims are the pool's, from @first on. */
typedef struct {
  char  *name;
  char  *source;
  char  *published;   /* ISO, or NULL */
  char  *error;
  Role   role;
  guint  first;
  guint  n_claims;
} Input;

static void
input_free (gpointer p)
{
  Input *in = p;
  g_free (in->name);
  g_free (in->source);
  g_free (in->published);
  g_free (in->error);
  g_free (in);
}

typedef struct {
  const XcLintRunOptions *options;
  XcExtractor            *extractor;
  XcComparison           *pool;          /* every input's claims, never run: their strings pooled */
  GPtrArray              *inputs;        /* Input*, in the order read */
  GStrvBuilder           *source_names;
  GPtrArray              *suppressions;  /* XcSuppressions* */
  GPtrArray              *failures;      /* XcLintFailure* */
} Run;

static void
notice (const Run *run, const char *message, gboolean is_warning)
{
  if (run->options->notice)
    run->options->notice (message, is_warning, run->options->user_data);
}

/* An input that could not be used: told, counted and kept for the writers. */
static void
fail_input (Run *run, const char *file, const char *message)
{
  notice (run, message, FALSE);
  XcLintFailure *f = g_new0 (XcLintFailure, 1);
  f->file = g_strdup (file);
  f->message = g_strdup (message);
  g_ptr_array_add (run->failures, f);
}

void
xc_lint_run_options_init (XcLintRunOptions *options)
{
  memset (options, 0, sizeof *options);
  g_date_clear (&options->published, 1);
  xc_lint_options_init (&options->lint);
}

/* Whether @path is standard input: "-" when the caller gave its bytes. */
static gboolean
is_stdin (const Run *run, const char *path)
{
  return run->options->stdin_data != NULL && g_str_equal (path, "-");
}

/* The files under @paths, less those that walking folders found and the
 * globs leave out (a file named directly is always kept). "-" among the
 * drafts (@drafts TRUE) is standard input, kept as "-". */
static GPtrArray *
collect (Run *run, const char * const *paths, gboolean drafts)
{
  const char * const none[] = { NULL };
  if (paths == NULL)
    paths = none;
  g_autoptr(GPtrArray) given_paths = g_ptr_array_new ();
  gboolean with_stdin = FALSE;
  for (guint i = 0; paths[i]; i++)
    if (!is_stdin (run, paths[i]))
      g_ptr_array_add (given_paths, (gpointer) paths[i]);
    else if (drafts)
      with_stdin = TRUE;
    else
      {
        g_autofree char *msg = g_strdup_printf ("%s: standard input ('-') can only be a draft",
                                                run->options->stdin_name ? run->options->stdin_name : "<stdin>");
        fail_input (run, run->options->stdin_name ? run->options->stdin_name : "<stdin>", msg);
      }
  g_ptr_array_add (given_paths, NULL);
  paths = (const char * const *) given_paths->pdata;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) files = xc_inputs_collect (paths, &errors);
  for (guint i = 0; i < errors->len; i++)
    {
      /* "PATH: reason": the argument it names */
      const char *msg = errors->pdata[i];
      g_autofree char *file = NULL;
      for (guint k = 0; paths[k] && file == NULL; k++)
        if (g_str_has_prefix (msg, paths[k]) && msg[strlen (paths[k])] == ':')
          file = g_strdup (paths[k]);
      if (file == NULL)
        file = strstr (msg, ": ") ? g_strndup (msg, (gsize) (strstr (msg, ": ") - msg)) : g_strdup (msg);
      fail_input (run, file, msg);
    }
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < files->len; i++)
    {
      const char *f = files->pdata[i];
      gboolean named = FALSE;
      for (guint k = 0; paths[k] && !named; k++)
        {
          g_autofree char *given = xc_path_normalize (paths[k]);
          named = g_str_equal (given, f);
        }
      if (named || !xc_path_excluded (f, run->options->include, run->options->exclude))
        g_ptr_array_add (kept, g_strdup (f));
    }
  if (with_stdin)
    g_ptr_array_add (kept, g_strdup ("-"));   /* named, so never excluded */
  return kept;
}

static int
cmp_path (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Loads, extracts and adds one input to the comparison. */
static void
read_one (Run *run, const char *path, Role role)
{
  g_autoptr(GError) error = NULL;
  const char *stdin_name = run->options->stdin_name ? run->options->stdin_name : "<stdin>";
  g_autoptr(XcDocument) doc = is_stdin (run, path)
    ? xc_document_new_from_data (stdin_name, run->options->stdin_data, (gssize) run->options->stdin_len,
                                 xc_format_from_path (stdin_name), &error)
    : xc_document_load (path, &error);
  if (doc == NULL && is_stdin (run, path))
    path = stdin_name;
  GPtrArray *claims = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  if (doc)
    {
      xc_manifest_apply (run->options->manifest, doc, &run->options->published);
      claims = xc_extractor_run (run->extractor, doc, warnings, &error);
    }
  if (error)
    fail_input (run, doc ? doc->name : path, error->message);
  for (guint i = 0; i < warnings->len; i++)
    notice (run, warnings->pdata[i], TRUE);

  const char *name = doc ? doc->name : path;
  const char *source = doc ? doc->meta.source : NULL;
  if (source == NULL && role == ROLE_FACTS)
    source = "facts";
  if (role == ROLE_DRAFT)
    {
      if (doc)
        {
          XcSuppressions *sup = xc_suppressions_scan (doc->name, doc->raw, doc->raw_len);
          const GPtrArray *bad = xc_suppressions_warnings (sup);
          for (guint i = 0; i < bad->len; i++)
            notice (run, bad->pdata[i], TRUE);
          g_ptr_array_add (run->suppressions, sup);
        }
    }
  else
    g_strv_builder_add (run->source_names, name);
  Input *in = g_new0 (Input, 1);
  in->name = g_strdup (name);
  in->source = g_strdup (source);
  in->published = doc && g_date_valid (&doc->meta.published) ? xc_iso_from_date (&doc->meta.published) : NULL;
  in->error = error ? g_strdup (error->message) : NULL;
  in->role = role;
  in->first = run->pool->claims->len;
  in->n_claims = claims ? claims->len : 0;
  g_ptr_array_add (run->inputs, in);
  xc_comparison_add_document (run->pool, name, source, NULL, NULL, claims);
}

/* Adds @in to @cmp with a copy of its claims. */
static void
add_input (XcComparison *cmp, const XcComparison *pool, const Input *in)
{
  GPtrArray *claims = NULL;
  if (in->error == NULL)
    {
      claims = g_ptr_array_new_full (in->n_claims, (GDestroyNotify) xc_claim_free);
      for (guint i = 0; i < in->n_claims; i++)
        g_ptr_array_add (claims, xc_claim_copy (pool->claims->pdata[in->first + i]));
    }
  XcDocInfo info = { .file = in->name, .source = in->source, .published = in->published, .error = in->error };
  xc_comparison_add_document_full (cmp, &info, claims);
}

/* One draft against the sources (@sources: Input*, all or its nearest): a
 * comparison of its own, so that no draft ever stands beside another. */
static XcLint *
lint_draft (Run *run, const Input *draft, GPtrArray *sources, GError **error)
{
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  add_input (cmp, run->pool, draft);
  for (guint i = 0; i < sources->len; i++)
    add_input (cmp, run->pool, sources->pdata[i]);
  XcCompareOptions copts = { .tolerance = run->options->lint.tolerance };
  if (!xc_comparison_run (cmp, &copts, error))
    return NULL;
  const char *names[] = { draft->name, NULL };
  return xc_lint_classify (cmp, names, &run->options->lint);
}

XcLint *
xc_lint_run (const XcLintRunOptions *options, GError **error)
{
  g_return_val_if_fail (options != NULL, NULL);
  g_autoptr(GStrvBuilder) source_names = g_strv_builder_new ();
  g_autoptr(GPtrArray) sups = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_suppressions_free);
  g_autoptr(XcComparison) pool = xc_comparison_new ();
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (xc_lint_failure_free);
  Run run = { options, NULL, pool, inputs, source_names, sups, failures };

  g_autoptr(GPtrArray) draft_files = collect (&run, options->drafts, TRUE);
  g_autoptr(GPtrArray) against_files = collect (&run, options->against, FALSE);
  g_autoptr(GPtrArray) fact_files = collect (&run, options->facts, FALSE);

  /* each file in one role: a draft before a facts file before a source */
  g_autoptr(GHashTable) roles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  const struct { GPtrArray *files; Role role; } by_role[] = {
    { draft_files, ROLE_DRAFT }, { fact_files, ROLE_FACTS }, { against_files, ROLE_SOURCE },
  };
  for (gsize r = 0; r < G_N_ELEMENTS (by_role); r++)
    for (guint i = 0; i < by_role[r].files->len; i++)
      {
        char *f = by_role[r].files->pdata[i];
        if (!g_hash_table_contains (roles, f))
          {
            g_hash_table_insert (roles, f, GINT_TO_POINTER (by_role[r].role));
            g_ptr_array_add (all, f);
          }
        else if (by_role[r].role != ROLE_DRAFT
                 && GPOINTER_TO_INT (g_hash_table_lookup (roles, f)) == ROLE_DRAFT)
          {
            /* a draft never supports itself: among its sources, it is left out */
            g_autofree char *msg = g_strdup_printf ("%s: a draft is not one of its own sources: left out of %s",
                                                    f, by_role[r].role == ROLE_FACTS ? "--facts" : "--against");
            notice (&run, msg, TRUE);
          }
      }
  if (draft_files->len == 0)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "no draft to check (every path was missing or excluded)");
      return NULL;
    }
  g_ptr_array_sort (all, cmp_path);   /* read in path order, whatever the role */

  g_autoptr(XcExtractor) ex = xc_extractor_new (error);
  if (ex == NULL)
    return NULL;
  if (options->dollar)
    xc_extractor_set_dollar (ex, options->dollar);
  run.extractor = ex;
  for (guint i = 0; i < all->len; i++)
    read_one (&run, all->pdata[i], GPOINTER_TO_INT (g_hash_table_lookup (roles, all->pdata[i])));

  /* the sources are read once; each draft is compared with them (or the
   * nearest of them) on its own */
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  guint n_sources = 0;
  for (guint i = 0; i < inputs->len; i++)
    {
      Input *in = inputs->pdata[i];
      if (in->role == ROLE_DRAFT)
        continue;
      g_ptr_array_add (sources, in);
      if (in->error == NULL)
        n_sources++;
    }
  guint nearest = options->nearest ? options->nearest : XC_LINT_NEAREST;
  g_autoptr(XcLintNearest) index = NULL;
  if (sources->len > nearest)
    {
      index = xc_lint_nearest_new ();
      for (guint i = 0; i < sources->len; i++)
        {
          Input *in = sources->pdata[i];
          xc_lint_nearest_add (index, pool, in->first, in->n_claims, in);
        }
    }
  g_autoptr(XcLint) lint = xc_lint_classify (pool, NULL, &options->lint);
  for (guint i = 0; i < inputs->len; i++)
    {
      Input *draft = inputs->pdata[i];
      if (draft->role != ROLE_DRAFT || draft->error)
        continue;
      g_autoptr(GPtrArray) near = index ? xc_lint_nearest_find (index, pool, draft->first, draft->n_claims, nearest)
                                        : g_ptr_array_ref (sources);
      g_autoptr(XcLint) one = lint_draft (&run, draft, near, error);
      if (one == NULL)
        return NULL;
      xc_lint_merge (lint, one);
    }
  lint->n_sources = n_sources;
  for (guint i = 0; i < lint->findings->len; i++)
    ((XcFinding *) lint->findings->pdata[i])->n_sources = n_sources;
  for (guint i = 0; i < sups->len; i++)
    xc_lint_apply_suppressions (lint, sups->pdata[i], &options->lint);
  if (options->baseline)
    {
      g_autoptr(XcBaseline) bl = xc_baseline_load (options->baseline, error);
      if (bl == NULL)
        return NULL;
      xc_baseline_apply (bl, lint);
    }
  lint->n_drafts = draft_files->len;
  g_ptr_array_extend_and_steal (lint->failures, g_steal_pointer (&failures));
  lint->n_failed = lint->failures->len;
  lint->sources = g_strv_builder_end (source_names);
  return g_steal_pointer (&lint);
}
