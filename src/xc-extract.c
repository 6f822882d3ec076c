/* xc-extract.c - the extraction stage: runs every recognizer over a document,
 * settles overlaps, annotates context and places each claim in its file
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"

struct _XcExtractor {
  XcQuantityRecognizer *quantity;
  XcDateRecognizer     *date;
  XcContext            *context;
};

XcExtractor *
xc_extractor_new (GError **error)
{
  g_autoptr(XcExtractor) self = g_new0 (XcExtractor, 1);
  if (!(self->quantity = xc_quantity_recognizer_new (error)))
    return NULL;
  if (!(self->date = xc_date_recognizer_new (error)))
    return NULL;
  if (!(self->context = xc_context_new (error)))
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
  xc_context_free (self->context);
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
  return k == XC_KIND_DATE || k == XC_KIND_DATERANGE || k == XC_KIND_DURATION;
}

/* Longest first; on equal length the earlier one; then time expressions
 * before quantities ("24 years" is a duration, not a count of years). */
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

static int
cmp_gsize (gconstpointer a, gconstpointer b, gpointer unused)
{
  gsize x = GPOINTER_TO_SIZE (a), y = GPOINTER_TO_SIZE (b);
  return x < y ? -1 : x > y;
}

/* Keeps, greedily by precedence, claims whose spans do not overlap a kept one.
 * Kept spans are disjoint, so only the kept span starting last before a
 * candidate's end can overlap it: a tree keyed by start finds it in log n. */
static GPtrArray *
settle_overlaps (GPtrArray *claims)
{
  g_ptr_array_sort (claims, cmp_precedence);
  GPtrArray *kept = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  g_autoptr(GTree) taken = g_tree_new_full (cmp_gsize, NULL, NULL, NULL);   /* start -> end */
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *c = claims->pdata[i];
      gsize start = c->offset, end = c->offset + MAX (c->length, 1);
      /* keys are start + 1 so that offset 0 is not a NULL key */
      GTreeNode *node = g_tree_lower_bound (taken, GSIZE_TO_POINTER (end + 1));
      node = node ? g_tree_node_previous (node) : g_tree_node_last (taken);
      if (node && GPOINTER_TO_SIZE (g_tree_node_value (node)) > start)
        continue;
      g_tree_insert (taken, GSIZE_TO_POINTER (start + 1), GSIZE_TO_POINTER (end));
      g_ptr_array_add (kept, g_steal_pointer (&claims->pdata[i]));
    }
  g_ptr_array_sort (kept, cmp_offset);
  return kept;
}

/* The sentence as one line: runs of white space become one space. */
static char *
fold_space (const char *s, gsize len)
{
  GString *out = g_string_sized_new (len);
  gboolean space = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isspace (s[i]))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, s[i]);
        }
    }
  return g_string_free (out, FALSE);
}

/* The last sentence folded: claims come in offset order, so most claims of
 * a sentence reuse its folded text. */
typedef struct {
  guint  index;   /* G_MAXUINT: none yet */
  char  *folded;
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
  c->length = raw_end > raw_start ? raw_end - raw_start : c->length;
  xc_document_position (doc, raw_start, &c->line, &c->column);
  g_free (c->file);
  c->file = g_strdup (doc->name);
  g_free (c->source);
  c->source = g_strdup (doc->meta.source);
}

GPtrArray *
xc_extractor_run (XcExtractor *self, const XcDocument *doc, GPtrArray *out_warnings, GError **error)
{
  g_return_val_if_fail (self != NULL && doc != NULL, NULL);
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
      || !xc_date_recognizer_run (self->date, &scan, error))
    {
      g_prefix_error (error, "%s: ", doc->name);
      return NULL;
    }
  g_autoptr(GPtrArray) kept = settle_overlaps (found);
  scan.claims = kept;
  if (!xc_context_annotate (self->context, &scan, error))
    {
      g_prefix_error (error, "%s: ", doc->name);
      return NULL;
    }
  XcSentenceCache cache = { G_MAXUINT, NULL };
  for (guint i = 0; i < kept->len; i++)
    place_claim (kept->pdata[i], doc, sentences, &cache);
  g_free (cache.folded);
  if (scan.unresolved && out_warnings)
    g_ptr_array_add (out_warnings,
                     g_strdup_printf ("%s: no publication date: relative dates left unresolved "
                                      "(give one with front matter, --manifest or --published)",
                                      doc->name));
  return g_steal_pointer (&kept);
}
