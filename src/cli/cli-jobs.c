/* cli-jobs.c - the files of a run loaded and extracted on several threads, and
 * handed on in input order: what the caller sees and what is printed are what
 * one thread gives, byte for byte.
 *
 * Each worker has its own extractor (its PCRE2 match data and its cache of word
 * answers are not shared); the rest of extraction reads tables made once
 * (g_once) or asks WordNet through xc-lexicon.c's lock. Only this file's thread
 * (the caller's) prints and calls back: a worker keeps its document, claims,
 * errors and warnings in its slot until their turn comes.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

/* Files a worker may run ahead of the one handed on, per worker: enough to keep
 * them busy when one file takes longer, few enough that documents waiting for
 * their turn (their text and claims) stay a small part of the run. */
#define XC_CLI_AHEAD 4

/* One file, from the worker that read it to its turn. */
typedef struct {
  XcDocument *doc;
  GError     *load_error;
  GPtrArray  *claims;
  GError     *extract_error;
  GPtrArray  *warnings;
  gboolean    done;         /* under Pool.lock: the worker is done with it */
} Slot;

typedef struct {
  GPtrArray      *files;
  XcInputOptions *opts;
  Slot           *ring;     /* file i waits in ring[i % window] */
  guint           window;
  GMutex          lock;     /* next, handed, stop and the slots' done; the manifest too */
  GCond           cond;     /* a slot done, or one handed on (broadcast) */
  guint           next;     /* the next file to take */
  guint           handed;   /* files handed on: their slots are free */
  guint           alive;    /* workers still taking files */
  gboolean        stop;     /* the caller asked to stop */
} Pool;

typedef struct {
  Pool        *pool;
  XcExtractor *extractor;   /* NULL: made by the worker itself */
  gboolean     own;         /* the worker made it and frees it */
  GThread     *thread;
} Worker;

static void
slot_clear (Slot *s)
{
  g_clear_pointer (&s->doc, xc_document_free);
  g_clear_error (&s->load_error);
  g_clear_pointer (&s->claims, g_ptr_array_unref);
  g_clear_error (&s->extract_error);
  g_clear_pointer (&s->warnings, g_ptr_array_unref);
  s->done = FALSE;
}

/* What the serial loop and xc_cli_extract () do for one file, without printing. */
static void
slot_fill (Slot *s, Pool *p, XcExtractor *extractor, const char *path)
{
  s->doc = xc_document_load (path, &s->load_error);
  if (s->doc == NULL)
    return;
  /* the manifest marks the rows it matched, for the warnings at the end */
  g_mutex_lock (&p->lock);
  xc_manifest_apply (p->opts->loaded_manifest, s->doc, &p->opts->default_published);
  g_mutex_unlock (&p->lock);
  s->warnings = g_ptr_array_new_with_free_func (g_free);
  s->claims = xc_extractor_run (extractor, s->doc, s->warnings, &s->extract_error);
}

static gpointer
worker_run (gpointer data)
{
  Worker *w = data;
  Pool *p = w->pool;
  if (w->extractor == NULL)
    {
      /* made on this thread, so that the workers compile their patterns at once;
       * one that fails leaves its share to the others (the first worker has the
       * caller's extractor) */
      w->extractor = xc_extractor_new (NULL);
      w->own = TRUE;
    }
  g_mutex_lock (&p->lock);
  while (w->extractor)
    {
      while (!p->stop && p->next < p->files->len && p->next >= p->handed + p->window)
        g_cond_wait (&p->cond, &p->lock);
      if (p->stop || p->next >= p->files->len)
        break;
      guint i = p->next++;
      g_mutex_unlock (&p->lock);
      Slot *s = &p->ring[i % p->window];
      slot_fill (s, p, w->extractor, p->files->pdata[i]);
      g_mutex_lock (&p->lock);
      s->done = TRUE;
      g_cond_broadcast (&p->cond);
    }
  p->alive--;
  g_cond_broadcast (&p->cond);
  g_mutex_unlock (&p->lock);
  return NULL;
}

guint
xc_cli_extract_files (GPtrArray *files, XcInputOptions *opts, const XcCliExtracting *extracting,
                      gboolean *out_stopped)
{
  guint jobs = MIN (extracting->jobs, files->len);
  Pool p = { .files = files, .opts = opts, .window = jobs * XC_CLI_AHEAD };
  p.ring = g_new0 (Slot, p.window);
  g_mutex_init (&p.lock);
  g_cond_init (&p.cond);
  g_autofree Worker *workers = g_new0 (Worker, jobs);
  for (guint t = 0; t < jobs; t++)
    {
      workers[t].pool = &p;
      workers[t].extractor = t == 0 ? extracting->extractor : NULL;
      g_mutex_lock (&p.lock);
      p.alive++;
      g_mutex_unlock (&p.lock);
      workers[t].thread = g_thread_try_new ("xc-extract", worker_run, &workers[t], NULL);
      if (workers[t].thread == NULL)
        {
          g_mutex_lock (&p.lock);
          p.alive--;
          g_mutex_unlock (&p.lock);
        }
    }

  guint failed = 0;
  gboolean stopped = FALSE;
  for (guint i = 0; i < files->len && !stopped; i++)
    {
      Slot *s = &p.ring[i % p.window];
      g_mutex_lock (&p.lock);
      while (!s->done && p.alive > 0)
        g_cond_wait (&p.cond, &p.lock);
      gboolean here = !s->done;
      if (here)
        p.next = i + 1;
      g_mutex_unlock (&p.lock);
      /* no worker left (none could be started, or none could make an extractor)
       * and this file not taken: read here, with the caller's extractor, which no
       * thread uses any more */
      if (here)
        slot_fill (s, &p, extracting->extractor, files->pdata[i]);
      const GError *problem = s->load_error ? s->load_error : s->extract_error;
      g_autofree char *message = xc_cli_extract_messages (s->doc, s->claims, problem, s->warnings);
      if (s->doc == NULL)
        failed++;
      stopped = !extracting->func (files->pdata[i], s->doc, g_steal_pointer (&s->claims), message,
                                   extracting->user_data);
      slot_clear (s);
      g_mutex_lock (&p.lock);
      p.handed = i + 1;
      p.stop = stopped;
      g_cond_broadcast (&p.cond);
      g_mutex_unlock (&p.lock);
    }
  for (guint t = 0; t < jobs; t++)
    {
      if (workers[t].thread)
        g_thread_join (workers[t].thread);
      if (workers[t].own)
        xc_extractor_free (workers[t].extractor);
    }
  /* after a stop: files read ahead and never handed on */
  for (guint k = 0; k < p.window; k++)
    slot_clear (&p.ring[k]);
  g_free (p.ring);
  g_mutex_clear (&p.lock);
  g_cond_clear (&p.cond);
  *out_stopped = stopped;
  return failed;
}
