/* xc-extract.c - the extraction stage: runs every recognizer over a document,
 * settles overlaps, annotates context and places each claim in its file
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"
#include "xc-about-private.h"
#include "xc-document-private.h"

struct _XcExtractor {
  XcQuantityRecognizer *quantity;
  XcDateRecognizer     *date;
  XcTimeRecognizer     *time;
  XcContext            *context;
  XcAbout              *about;
};

XcExtractor *
xc_extractor_new (GError **error)
{
  g_autoptr(XcExtractor) self = g_new0 (XcExtractor, 1);
  if (!(self->quantity = xc_quantity_recognizer_new (error)))
    return NULL;
  if (!(self->date = xc_date_recognizer_new (error)))
    return NULL;
  if (!(self->time = xc_time_recognizer_new (error)))
    return NULL;
  if (!(self->context = xc_context_new (error)) || !(self->about = xc_about_new (error)))
    return NULL;
  return g_steal_pointer (&self);
}

void
xc_extractor_free (XcExtractor *self)
{
  if (self == NULL)
    return;
  xc_quantity_recognizer_free (self->quantity);
  xc_date_recognizer_free (self->date);
  xc_time_recognizer_free (self->time);
  xc_context_free (self->context);
  xc_about_free (self->about);
  g_free (self);
}

void
xc_extractor_set_dollar (XcExtractor *self, const char *iso_code)
{
  xc_quantity_recognizer_set_dollar (self->quantity, iso_code);
}

static gboolean
kind_is_temporal (XcKind k)
{
  return k == XC_KIND_DATE || k == XC_KIND_DATERANGE || k == XC_KIND_DURATION || k == XC_KIND_TIME;
}

/* Longest first; on equal length the earlier one; then time expressions
 * before quantities ("24 years" is a duration, not a count of years), and a
 * time of day first among them ("at 1100 hours" is no duration). */
static int
cmp_precedence (gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim * const *) a, *y = *(XcClaim * const *) b;
  if (x->length != y->length)
    return x->length > y->length ? -1 : 1;
  if (x->offset != y->offset)
    return x->offset < y->offset ? -1 : 1;
  gboolean tx = kind_is_temporal (x->kind), ty = kind_is_temporal (y->kind);
  if (tx != ty)
    return tx ? -1 : 1;
  if ((x->kind == XC_KIND_TIME) != (y->kind == XC_KIND_TIME))
    return x->kind == XC_KIND_TIME ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

static int
cmp_offset (gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim * const *) a, *y = *(XcClaim * const *) b;
  if (x->offset != y->offset)
    return x->offset < y->offset ? -1 : 1;
  if (x->length != y->length)
    return x->length > y->length ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

/* Sorts claims by offset. The recognizers each add theirs in text order, so
 * the array is a few sorted runs (one per recognizer that found something):
 * they are merged one after the other, the earlier run first on ties, which is
 * the order of the stable full sort it falls back to past a few runs. */
#define XC_MERGE_RUNS 8
static void
sort_by_offset (GPtrArray *claims)
{
  guint n = claims->len, ends[XC_MERGE_RUNS], runs = 0;
  for (guint i = 1; i <= n; i++)
    if (i == n || cmp_offset (&claims->pdata[i - 1], &claims->pdata[i]) > 0)
      {
        if (runs == XC_MERGE_RUNS)
          {
            g_ptr_array_sort (claims, cmp_offset);
            return;
          }
        ends[runs++] = i;
      }
  if (runs <= 1)
    return;
  g_autofree gpointer *merged = g_new (gpointer, n);
  for (guint r = 1; r < runs; r++)
    {
      /* [0, mid) is sorted; merge [mid, end) into it */
      guint mid = ends[r - 1], end = ends[r], a = 0, b = mid, k = 0;
      while (a < mid && b < end)
        merged[k++] = cmp_offset (&claims->pdata[a], &claims->pdata[b]) <= 0 ? claims->pdata[a++] : claims->pdata[b++];
      while (a < mid)
        merged[k++] = claims->pdata[a++];
      while (b < end)
        merged[k++] = claims->pdata[b++];
      memcpy (claims->pdata, merged, end * sizeof (gpointer));
    }
}

static gsize
span_end (const XcClaim *c)
{
  return c->offset + MAX (c->length, 1);
}

/* Keeps, greedily by precedence, claims whose spans do not overlap a kept one.
 * Claims that overlap nothing are kept as they are; the greedy choice is made
 * within each run of overlapping spans (in offset order: a span starting
 * before the furthest end so far joins the run), since a choice in one run
 * never touches another. Runs are short (a number read as a count, a
 * duration and part of a date range), so their own sorting costs nothing. */
static GPtrArray *
settle_overlaps (GPtrArray *claims)
{
  sort_by_offset (claims);
  GPtrArray *kept = g_ptr_array_new_full (claims->len, (GDestroyNotify) xc_claim_free);
  g_autoptr(GPtrArray) run = g_ptr_array_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  guint i = 0;
  while (i < claims->len)
    {
      guint j = i + 1;
      gsize run_end = span_end (claims->pdata[i]);
      for (; j < claims->len && ((XcClaim *) claims->pdata[j])->offset < run_end; j++)
        {
          gsize e = span_end (claims->pdata[j]);
          run_end = MAX (run_end, e);
        }
      if (j == i + 1)
        {
          g_ptr_array_add (kept, g_steal_pointer (&claims->pdata[i]));
          i = j;
          continue;
        }
      g_ptr_array_set_size (run, 0);
      g_ptr_array_set_size (chosen, 0);
      for (guint k = i; k < j; k++)
        g_ptr_array_add (run, claims->pdata[k]);
      g_ptr_array_sort (run, cmp_precedence);
      for (guint k = 0; k < run->len; k++)
        {
          XcClaim *c = run->pdata[k];
          gboolean clash = FALSE;
          for (guint m = 0; m < chosen->len && !clash; m++)
            {
              const XcClaim *o = chosen->pdata[m];
              clash = o->offset < span_end (c) && span_end (o) > c->offset;
            }
          if (!clash)
            g_ptr_array_add (chosen, c);
        }
      /* the chosen ones leave in offset order, the rest stay to be freed */
      for (guint k = i; k < j; k++)
        for (guint m = 0; m < chosen->len; m++)
          if (chosen->pdata[m] == claims->pdata[k])
            {
              g_ptr_array_add (kept, g_steal_pointer (&claims->pdata[k]));
              break;
            }
      i = j;
    }
  return kept;
}

/* The sentence as one line: runs of white space become one space. */
static char *
fold_space (const char *s, gsize len)
{
  char *out = g_malloc (len + 1);
  gsize n = 0;
  gboolean space = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isspace (s[i]))
        space = n > 0;
      else
        {
          if (space)
            out[n++] = ' ';
          space = FALSE;
          out[n++] = s[i];
        }
    }
  out[n] = '\0';
  return out;
}

/* The last sentence folded: claims come in offset order, so most claims of
 * a sentence reuse its folded text. */
typedef struct {
  guint  index;   /* G_MAXUINT: none yet */
  char  *folded;
  XcPositionHint position;   /* columns counted on from the last claim */
} XcSentenceCache;

static void
place_claim (XcClaim *c, const XcDocument *doc, GArray *sentences, XcSentenceCache *cache)
{
  gsize text_off = c->offset;
  if (c->text == NULL)
    c->text = g_strndup (doc->text + text_off, c->length);
  if (c->sentence == NULL && sentences->len > 0)
    {
      guint si = xc_segment_find (sentences, text_off);
      XcSpan *s = &g_array_index (sentences, XcSpan, si);
      if (si != cache->index)
        {
          g_free (cache->folded);
          cache->folded = fold_space (doc->text + s->start, s->end - s->start);
          cache->index = si;
        }
      c->sentence = g_strdup (cache->folded);
      c->sentence_offset = s->start;
    }
  gsize raw_start = xc_document_raw_offset (doc, text_off);
  gsize raw_end = xc_document_raw_offset (doc, text_off + c->length);
  c->offset = raw_start;
  /* never past the end of the file, even where the HTML map lost its place */
  c->length = raw_end > raw_start ? raw_end - raw_start : MIN (c->length, doc->raw_len - raw_start);
  xc_document_position_hinted (doc, raw_start, &cache->position, &c->line, &c->column);
  g_free (c->file);
  c->file = g_strdup (doc->name);
  g_free (c->source);
  c->source = g_strdup (doc->meta.source);
}

/* Finds, settles and annotates the claims of @doc, not yet placed (no
 * sentence, file or source strings); its sentences in *@out_sentences. */
static GPtrArray *
extract_unplaced (XcExtractor *self, const XcDocument *doc, GPtrArray *out_warnings, GArray **out_sentences,
                  GError **error)
{
  g_autoptr(GArray) sentences = xc_segment_sentences (doc->text, doc->text_len,
                                                        doc->format != XC_FORMAT_TEXT);
  XcScan scan = {
    .doc = doc,
    .text = doc->text,
    .len = doc->text_len,
    .sentences = sentences,
    .published = g_date_valid (&doc->meta.published) ? &doc->meta.published : NULL,
    .claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free),
  };
  g_autoptr(GPtrArray) found = scan.claims;
  if (!xc_quantity_recognizer_run (self->quantity, &scan, error)
      || !xc_date_recognizer_run (self->date, &scan, error)
      || !xc_time_recognizer_run (self->time, &scan, error))
    {
      g_prefix_error (error, "%s: ", doc->name);
      return NULL;
    }
  g_autoptr(GPtrArray) kept = settle_overlaps (found);
  scan.claims = kept;
  if (!xc_context_annotate (self->context, &scan, error) || !xc_about_annotate (self->about, &scan, error))
    {
      g_prefix_error (error, "%s: ", doc->name);
      return NULL;
    }
  if (scan.unresolved && out_warnings)
    g_ptr_array_add (out_warnings,
                     g_strdup_printf ("%s: no publication date: relative dates left unresolved "
                                      "(give one with front matter, --manifest or --published)",
                                      doc->name));
  *out_sentences = g_steal_pointer (&sentences);
  return g_steal_pointer (&kept);
}

GPtrArray *
xc_extractor_run (XcExtractor *self, const XcDocument *doc, GPtrArray *out_warnings, GError **error)
{
  g_return_val_if_fail (self != NULL && doc != NULL, NULL);
  g_autoptr(GArray) sentences = NULL;
  GPtrArray *kept = extract_unplaced (self, doc, out_warnings, &sentences, error);
  if (kept == NULL)
    return NULL;
  XcSentenceCache cache = { G_MAXUINT, NULL, { 0 } };
  for (guint i = 0; i < kept->len; i++)
    place_claim (kept->pdata[i], doc, sentences, &cache);
  g_free (cache.folded);
  return kept;
}

gboolean
xc_extractor_run_each (XcExtractor *self, const XcDocument *doc, GPtrArray *out_warnings, XcClaimFunc func,
                       gpointer user_data, GError **error)
{
  g_return_val_if_fail (self != NULL && doc != NULL && func != NULL, FALSE);
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GPtrArray) kept = extract_unplaced (self, doc, out_warnings, &sentences, error);
  if (kept == NULL)
    return FALSE;
  /* each claim gets its strings only when it is handed on, and the caller may
   * free it at once: a document's sentences are never all copied at a time */
  XcSentenceCache cache = { G_MAXUINT, NULL, { 0 } };
  for (guint i = 0; i < kept->len; i++)
    {
      XcClaim *c = g_steal_pointer (&kept->pdata[i]);
      place_claim (c, doc, sentences, &cache);
      if (!func (c, user_data))
        break;
    }
  g_free (cache.folded);
  return TRUE;
}
