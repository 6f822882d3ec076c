/* xc-report-pipe.c - a report's pieces rendered on several threads and written in
 * order: the same bytes, handed to the flush function at the same sizes, as one
 * thread writes.
 *
 * A writer hands its pieces to the pipe in report order: a group to render
 * (xc_report_pipe_render) or text it already has (xc_report_pipe_text). With
 * options->jobs above 1, worker threads render the groups waiting in a ring of
 * slots while the caller's thread appends the finished pieces to the report and
 * flushes it (a million groups' JSON is mostly formatting and writing, both of
 * which the one thread did in turn); while the piece it waits for is not done,
 * the caller renders pieces too. A render function reads the comparison and
 * writes only the slot it was given.
 * SPDX-License-Identifier: MIT */
#include "xc-report-private.h"

/* Pieces waiting to be written, per thread: enough that a worker is never idle
 * while the caller writes, few enough that a report is never held whole (a
 * group's piece is about a kilobyte of text, ten of JSON). */
#define XC_REPORT_PIPE_AHEAD 32

typedef struct {
  GString              *text;
  XcReportRenderFunc    render;   /* NULL: literal text, done when put */
  guint                 index;
  gboolean              taken;    /* under lock: a thread renders it */
  gboolean              done;     /* under lock: rendered */
} Piece;

struct _XcReportPipe {
  const XcReportOptions *options;
  gpointer       data;
  GString       *out;
  Piece         *ring;      /* piece n is in ring[n % cap] */
  guint          cap;
  guint          head;      /* the next piece to write */
  guint          tail;      /* the next piece to put */
  guint          next;      /* the next piece a worker may take (every one before it is taken) */
  gboolean       closing;   /* the writer is done or gave up: workers leave */
  guint          idle;      /* workers waiting for a piece to render */
  gboolean       waiting;   /* the caller waits for the oldest piece */
  GMutex         lock;
  GCond          work;      /* a piece put, or closing: for idle workers */
  GCond          done;      /* a piece rendered: for the waiting caller */
  GPtrArray     *threads;
};

XcReportPipe *
xc_report_pipe_new (const XcReportOptions *options, gpointer data, GString *out)
{
  XcReportPipe *self = g_new0 (XcReportPipe, 1);
  self->options = options;
  self->data = data;
  self->out = out;
  self->threads = g_ptr_array_new ();
  return self;
}

/* Takes the first piece not yet taken from @next on; lock held. */
static Piece *
take_locked (XcReportPipe *self)
{
  while (self->next < self->tail)
    {
      Piece *p = &self->ring[self->next % self->cap];
      self->next++;
      if (!p->taken)
        {
          p->taken = TRUE;
          return p;
        }
    }
  return NULL;
}

static gpointer
worker_run (gpointer data)
{
  XcReportPipe *self = data;
  g_mutex_lock (&self->lock);
  while (!self->closing)
    {
      Piece *p = take_locked (self);
      if (p == NULL)
        {
          self->idle++;
          g_cond_wait (&self->work, &self->lock);
          self->idle--;
          continue;
        }
      g_mutex_unlock (&self->lock);
      p->render (p->text, p->index, self->data);
      g_mutex_lock (&self->lock);
      p->done = TRUE;
      /* a wake-up is a system call: only for a caller that sleeps */
      if (self->waiting)
        g_cond_signal (&self->done);
    }
  g_mutex_unlock (&self->lock);
  return NULL;
}

/* The threads start with the first piece to render, so that a report of one
 * thread, or of none to render, starts none. */
static void
start (XcReportPipe *self)
{
  guint jobs = MIN (self->options->jobs, 64);
  self->cap = jobs * XC_REPORT_PIPE_AHEAD;
  self->ring = g_new0 (Piece, self->cap);
  for (guint k = 0; k < self->cap; k++)
    self->ring[k].text = g_string_new (NULL);
  g_mutex_init (&self->lock);
  g_cond_init (&self->work);
  g_cond_init (&self->done);
  /* the caller's thread renders too, while it waits */
  for (guint t = 1; t < jobs; t++)
    {
      GThread *th = g_thread_try_new ("xc-report", worker_run, self, NULL);
      if (th)
        g_ptr_array_add (self->threads, th);
    }
}

/* Writes the oldest piece. Until it is rendered the caller's thread renders
 * too: that piece if no thread took it, else any other not taken. */
static gboolean
write_head (XcReportPipe *self, GError **error)
{
  Piece *p = &self->ring[self->head % self->cap];
  g_mutex_lock (&self->lock);
  while (!p->done)
    {
      Piece *q = p;
      if (p->taken)
        q = take_locked (self);
      else
        p->taken = TRUE;
      if (q == NULL)
        {
          self->waiting = TRUE;
          g_cond_wait (&self->done, &self->lock);
          self->waiting = FALSE;
          continue;
        }
      g_mutex_unlock (&self->lock);
      q->render (q->text, q->index, self->data);
      g_mutex_lock (&self->lock);
      q->done = TRUE;
    }
  g_mutex_unlock (&self->lock);
  g_string_append_len (self->out, p->text->str, (gssize) p->text->len);
  g_string_truncate (p->text, 0);
  g_mutex_lock (&self->lock);
  p->taken = p->done = FALSE;
  self->head++;
  /* the slot is free again: no worker may take what it held */
  self->next = MAX (self->next, self->head);
  g_mutex_unlock (&self->lock);
  return xc_report_flush_some (self->options, self->out, error);
}

/* A free slot for the next piece, writing the oldest when the ring is full. */
static Piece *
slot (XcReportPipe *self, GError **error)
{
  if (self->ring == NULL)
    start (self);
  if (self->tail - self->head == self->cap && !write_head (self, error))
    return NULL;
  return &self->ring[self->tail % self->cap];
}

gboolean
xc_report_pipe_render (XcReportPipe *self, XcReportRenderFunc render, guint index, GError **error)
{
  if (self->options->jobs <= 1)
    {
      /* one thread: straight into the report, as the writers always did */
      render (self->out, index, self->data);
      return xc_report_flush_some (self->options, self->out, error);
    }
  Piece *p = slot (self, error);
  if (p == NULL)
    return FALSE;
  p->render = render;
  p->index = index;
  g_mutex_lock (&self->lock);
  self->tail++;
  if (self->idle)
    g_cond_signal (&self->work);
  g_mutex_unlock (&self->lock);
  return TRUE;
}

gboolean
xc_report_pipe_text (XcReportPipe *self, const char *text, gssize len, GError **error)
{
  if (self->ring == NULL)
    {
      /* nothing waits to be written before it */
      g_string_append_len (self->out, text, len);
      return TRUE;
    }
  Piece *p = slot (self, error);
  if (p == NULL)
    return FALSE;
  g_string_append_len (p->text, text, len);
  p->render = NULL;
  g_mutex_lock (&self->lock);
  p->taken = p->done = TRUE;
  self->tail++;
  g_mutex_unlock (&self->lock);
  return TRUE;
}

static void
stop (XcReportPipe *self)
{
  if (self->ring == NULL)
    return;
  g_mutex_lock (&self->lock);
  self->closing = TRUE;
  g_cond_broadcast (&self->work);
  g_mutex_unlock (&self->lock);
  /* a worker finishes the piece it holds and leaves; after an error the
   * pieces left are never written */
  for (guint t = 0; t < self->threads->len; t++)
    g_thread_join (self->threads->pdata[t]);
  g_ptr_array_set_size (self->threads, 0);
}

gboolean
xc_report_pipe_finish (XcReportPipe *self, GError **error)
{
  while (self->ring && self->head < self->tail)
    if (!write_head (self, error))
      return FALSE;
  return TRUE;
}

void
xc_report_pipe_free (XcReportPipe *self)
{
  if (self == NULL)
    return;
  stop (self);
  if (self->ring)
    {
      for (guint k = 0; k < self->cap; k++)
        g_string_free (self->ring[k].text, TRUE);
      g_free (self->ring);
      g_mutex_clear (&self->lock);
      g_cond_clear (&self->work);
      g_cond_clear (&self->done);
    }
  g_ptr_array_unref (self->threads);
  g_free (self);
}
