/* xc-align.c - lining up the claims that state the same fact: the parameter table, the
 * aligner's life, and xc_aligner_run(), which takes each block (xc-interval.c) through
 * candidate pairs (xc-align-pairs.c) and grouping (xc-align-group.c); the items it
 * compares are built in xc-align-items.c. A newcomer changing alignment starts here.
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-align-private.h"
#include "xc-lexicon-private.h"

/* Tuned on fixtures/clusters (our own invented articles), never on the seeds.
 * Asymmetry: aligning claims whose values disagree raises a conflict, so it
 * needs clearly more evidence than aligning claims that agree. */
const XcAlignParams xc_align_defaults = {
  .agree = 0.22,
  .conflict = 0.40,
  .self = 0.80,
  .cross_check_cap = 4096,
  .anchor_bonus = 0.25,
  .digit_bonus = 0.1,
  .event_bonus = 1.0,
  .scope_bonus = 0.1,
  .rare_bonus = 0.15,
  .rare_floor = 0.05,
  .rare_ratio = 1.5,
  .event_name_window = 10,
  .doc_name_min = 5,
  .posting_cap = 100,
  .top_terms = 8,
  .all_pairs_below = 48,
  .near_tokens = 3,
  .falloff = 5.0,
  .clause_weight = 0.4,
  .other_clause = 0.7,
  .min_clause_terms = 3,
  .idf_prior = 30,
  .name_boost = 1.5,
  .name_window = 20,
  .name_window_agree = 4,
  .compound_weight = 0.5,
  .head_max = 6,
  .head_left = 3,
  .event_reach = 12,
  .rare_per_doc = 2,
  .fact_floor = 0.05,
  .fact_conflict = 0.10,
  .fact_block_max = 4000,
  .fact_ratio = 10,
};

gboolean
xc_align_debug (void)
{
  static gsize once;
  static gboolean on;
  if (g_once_init_enter (&once))
    {
      on = g_getenv ("XC_DEBUG_ALIGN") != NULL;
      g_once_init_leave (&once, 1);
    }
  return on;
}

static void
item_clear (gpointer p)
{
  XcItem *it = p;
  (void) it;
}

XcAligner *
xc_aligner_new (GPtrArray *claims, double tolerance, const XcAlignParams *params)
{
  XcAligner *self = g_new0 (XcAligner, 1);
  self->tolerance = tolerance;
  self->params = params ? *params : xc_align_defaults;
  /* without WordNet, counted nouns meet only when equal (the extractor reports its absence) */
  (void) xc_lexicon_open (NULL);
  self->items = g_array_sized_new (FALSE, TRUE, sizeof (XcItem), claims->len);
  self->keys = g_string_chunk_new (1 << 14);
  g_array_set_clear_func (self->items, item_clear);
  self->sentences = xc_align_sentences_new ();
  self->term_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->stems = g_ptr_array_new_with_free_func (g_free);
  self->surfaces = g_ptr_array_new_with_free_func (g_free);
  self->surface_rank = g_byte_array_new ();
  self->df = g_array_new (FALSE, TRUE, sizeof (guint));
  self->term_event = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->term_tail = g_array_new (FALSE, FALSE, sizeof (guint));
  self->term_verb = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->head_arena = g_array_new (FALSE, FALSE, sizeof (guint));
  self->capitalized = g_hash_table_new (NULL, NULL);
  self->stem_cache = xc_terms_stem_cache_new ();
  self->term_arena = g_array_sized_new (FALSE, FALSE, sizeof (XcTermWeight), claims->len * 12);
  self->name_arena = g_array_sized_new (FALSE, FALSE, sizeof (XcName), claims->len * 2);
  self->doc_names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->name_docs = g_hash_table_new (NULL, NULL);
  xc_align_items_build (self, claims);
  return self;
}

void
xc_aligner_drop_pair_data (XcAligner *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      XcItem *it = xc_aligner_item (self, i);
      it->names = NULL;
      it->n_names = 0;
      it->keys = NULL;
      it->n_keys = 0;
    }
  g_clear_pointer (&self->name_arena, g_array_unref);
  g_clear_pointer (&self->head_arena, g_array_unref);
  for (guint i = 0; i < self->items->len; i++)
    xc_aligner_item (self, i)->heads = G_MAXUINT;
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, self->sentences);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_clear_pointer (&((Sentence *) key)->keys, g_free);
  g_clear_pointer (&self->doc_names, g_ptr_array_unref);
  g_clear_pointer (&self->name_docs, g_hash_table_unref);
  g_clear_pointer (&self->capitalized, g_hash_table_unref);
  g_clear_pointer (&self->term_ids, g_hash_table_unref);
  g_clear_pointer (&self->name_word_ids, g_hash_table_unref);
  xc_pair_memo_clear (&self->name_aliases);
}

void
xc_aligner_free (XcAligner *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->items);
  g_string_chunk_free (self->keys);
  g_free (self->fact_marks);
  if (self->fact_units)
    g_hash_table_unref (self->fact_units);
  xc_pair_memo_clear (&self->fact_compat);
  xc_pair_memo_clear (&self->fact_measures);
  xc_pair_memo_clear (&self->fact_verbs);
  xc_pair_memo_clear (&self->name_aliases);
  if (self->name_word_ids)
    g_hash_table_unref (self->name_word_ids);
  g_free (self->fact_ids);
  g_free (self->fact_marks_read);
  if (self->fact_mark_classes)
    g_hash_table_unref (self->fact_mark_classes);
  g_free (self->fact_calendar);
  g_hash_table_unref (self->sentences);
  if (self->term_ids)
    g_hash_table_unref (self->term_ids);
  g_ptr_array_unref (self->stems);
  g_ptr_array_unref (self->surfaces);
  g_byte_array_unref (self->surface_rank);
  g_array_unref (self->df);
  g_array_unref (self->term_event);
  g_array_unref (self->term_tail);
  g_array_unref (self->term_verb);
  if (self->head_arena)
    g_array_unref (self->head_arena);
  if (self->capitalized)
    g_hash_table_unref (self->capitalized);
  if (self->term_arena)
    g_array_unref (self->term_arena);
  if (self->name_arena)
    g_array_unref (self->name_arena);
  g_free (self->terms);
  if (self->stem_cache)
    g_hash_table_unref (self->stem_cache);
  if (self->doc_names)
    g_ptr_array_unref (self->doc_names);
  if (self->name_docs)
    g_hash_table_unref (self->name_docs);
  g_free (self);
}

XcItem *
xc_aligner_item (XcAligner *self, guint index)
{
  return &g_array_index (self->items, XcItem, index);
}

guint
xc_aligner_n_items (XcAligner *self)
{
  return self->items->len;
}

const char *
xc_aligner_term (XcAligner *self, guint id)
{
  return id < self->surfaces->len ? self->surfaces->pdata[id] : "";
}

const char *
xc_aligner_term_stem (XcAligner *self, guint id)
{
  return id < self->stems->len ? self->stems->pdata[id] : "";
}

static int
cmp_str_ptr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
block_is_change (const char *block)
{
  return strstr (block, "|chg") != NULL || g_str_has_prefix (block, "pp");
}

GPtrArray *
xc_aligner_run (XcAligner *self)
{
  const XcAlignParams *p = &self->params;
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) blocks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      XcItem *it = xc_aligner_item (self, i);
      if (!it->aligned)
        continue;
      /* counts of every noun meet in one family: "three boats" and "three skiffs" may be
       * one fact; what they count decides pair by pair (xc-align-facts.c) */
      const char *family = it->block;
      if (it->claim->kind == XC_KIND_COUNT)
        family = block_is_change (it->block) ? "count|chg" : "count";
      GArray *list = g_hash_table_lookup (blocks, family);
      if (list == NULL)
        {
          g_hash_table_insert (blocks, (gpointer) family, list = g_array_new (FALSE, FALSE, sizeof (guint)));
          g_ptr_array_add (names, (gpointer) family);
        }
      g_array_append_val (list, i);
    }
  /* levels first, so change rates can lean on the figures they change */
  g_ptr_array_sort (names, cmp_str_ptr);
  for (int pass = 0; pass < 2; pass++)
    for (guint b = 0; b < names->len; b++)
      {
        const char *name = names->pdata[b];
        if (block_is_change (name) != (pass == 1))
          continue;
        GArray *idx = g_hash_table_lookup (blocks, name);
        if (pass == 0 && idx->len <= p->fact_block_max)
          {
            xc_align_fact_block (self, idx, groups, p);
            continue;
          }
        g_autoptr(GArray) edges = xc_align_block_edges (self, idx, p);
        if (pass == 1)
          xc_align_anchor_edges (self, idx, edges, p);
        xc_align_cluster_block (self, idx, edges, groups, p);
      }
  return groups;
}
