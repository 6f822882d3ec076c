/* xc-align-pairs.c - candidate pairs of one block and their scores: which pairs may be
 * one fact at all (one sentence, scopes, events, nouns, wire copy), an inverted index of
 * each item's heaviest terms so that not every pair is compared, and the bonuses
 * (precise digits, one event, anchors, scope, rare figures)
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-align-private.h"
#include "xc-lexicon-private.h"

static gboolean
keys_contain (const char * const *keys, guint n, const char *key)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const char *k = keys[mid];
      if (k == key)
        return TRUE;
      if ((guintptr) k < (guintptr) key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* Whether two documents share a name that few documents of the run hold: in a
 * run of one story every name is shared; across stories only the story's own. */
gboolean
xc_align_docs_share_a_name (XcAligner *self, guint a, guint b)
{
  if (a == b)
    return TRUE;
  GArray *x = self->doc_names->pdata[a], *y = self->doc_names->pdata[b];
  guint limit = MAX (self->params.doc_name_min, self->doc_names->len / 10);
  for (guint i = 0; i < x->len; i++)
    {
      const char *k = g_array_index (x, const char *, i);
      if (keys_contain ((const char * const *) y->data, y->len, k) && GPOINTER_TO_UINT (g_hash_table_lookup (self->name_docs, k)) <= limit)
        return TRUE;
    }
  return FALSE;
}

/* heaviest first; ties by id so the choice is reproducible */
static int
cmp_weight_desc (gconstpointer pa, gconstpointer pb)
{
  const XcTermWeight *a = pa, *b = pb;
  if (a->w != b->w)
    return a->w > b->w ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

double
xc_align_dot (const XcTermWeight *a, guint na, const XcTermWeight *b, guint nb)
{
  double s = 0;
  guint i = 0, j = 0;
  while (i < na && j < nb)
    {
      const XcTermWeight *x = &a[i];
      const XcTermWeight *y = &b[j];
      if (x->id == y->id)
        {
          s += (double) x->w * y->w;
          i++;
          j++;
        }
      else if (x->id < y->id)
        i++;
      else
        j++;
    }
  return s;
}

void
xc_align_dense_set (XcAlignDense *d, XcAligner *self, const XcItem *x)
{
  guint n_ids = self->stems->len;
  if (d->cap < n_ids)
    {
      g_free (d->w);
      g_free (d->stamp);
      d->cap = n_ids;
      d->w = g_new (float, n_ids);
      d->stamp = g_new0 (guint, n_ids);
      d->now = 0;
    }
  if (++d->now == 0)
    {
      memset (d->stamp, 0, d->cap * sizeof (guint));
      d->now = 1;
    }
  for (guint k = 0; k < x->n_terms; k++)
    {
      d->w[x->terms[k].id] = x->terms[k].w;
      d->stamp[x->terms[k].id] = d->now;
    }
}

double
xc_align_dense_dot (const XcAlignDense *d, const XcItem *y)
{
  /* y's terms in ascending id, as xc_align_dot () meets the shared ones: the same sum */
  double s = 0;
  for (guint k = 0; k < y->n_terms; k++)
    {
      guint id = y->terms[k].id;
      if (d->stamp[id] == d->now)
        s += (double) d->w[id] * y->terms[k].w;
    }
  return s;
}

void
xc_align_dense_clear (XcAlignDense *d)
{
  g_clear_pointer (&d->w, g_free);
  g_clear_pointer (&d->stamp, g_free);
  d->cap = d->now = 0;
}

static double
item_dot (const XcItem *a, const XcItem *b)
{
  return xc_align_dot (a->terms, a->n_terms, b->terms, b->n_terms);
}

double
xc_aligner_similarity (XcAligner *self, guint a, guint b)
{
  return item_dot (xc_align_item (self, a), xc_align_item (self, b));
}

/* The weight of term @id in the item's terms, 0 when it has none. */
static double
item_term_weight (const XcItem *it, guint id)
{
  guint lo = 0, hi = it->n_terms;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (it->terms[mid].id == id)
        return it->terms[mid].w;
      if (it->terms[mid].id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}

/* Whether @b names what @nm names under another name WordNet lists as the same
 * thing ("Salonika" and "Thessaloniki", "Bombay" and "Mumbai"): asked of each pair of
 * names many times, the answer is kept per pair of words. */
static gboolean
alias_named (XcAligner *self, const XcName *nm, const XcItem *b)
{
  if (nm->word == NULL)
    return FALSE;
  for (guint j = 0; j < b->n_names; j++)
    {
      const XcName *o = &b->names[j];
      if (o->word == NULL)
        continue;
      gboolean same;
      guint8 hit;
      guint64 key = xc_pair_key (nm->word_id, o->word_id);
      if (nm->word_id && o->word_id && xc_pair_memo_get (&self->name_aliases, key, &hit))
        same = hit - 1u;
      else
        {
          same = xc_lexicon_synonyms (nm->word, o->word);
          if (nm->word_id && o->word_id)
            xc_pair_memo_put (&self->name_aliases, key, (guint8) (same + 1u));
        }
      if (same)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_exclusive_name (XcAligner *self, const XcItem *a, const XcItem *b, guint window, gboolean skip_story)
{
  for (guint i = 0; i < a->n_names; i++)
    if (a->names[i].dist <= window && !(skip_story && a->names[i].story)
        && !keys_contain (b->keys, b->n_keys, a->names[i].key) && !alias_named (self, &a->names[i], b))
      return TRUE;
  return FALSE;
}

/* Whether a name of @a within @window tokens occurs in @b's sentence. */
static gboolean
has_shared_name (const XcItem *a, const XcItem *b, guint window)
{
  for (guint i = 0; i < a->n_names; i++)
    if (a->names[i].dist <= window && keys_contain (b->keys, b->n_keys, a->names[i].key))
      return TRUE;
  return FALSE;
}

gboolean
xc_items_share_a_name (const XcItem *a, const XcItem *b, guint window)
{
  return has_shared_name (a, b, window) || has_shared_name (b, a, window);
}

gboolean
xc_items_names_clash (XcAligner *self, const XcItem *a, const XcItem *b, guint window)
{
  return has_exclusive_name (self, a, b, window, FALSE) && has_exclusive_name (self, b, a, window, FALSE);
}

gboolean
xc_items_names_clash_in_story (XcAligner *self, const XcItem *a, const XcItem *b, guint window)
{
  return has_exclusive_name (self, a, b, window, TRUE) && has_exclusive_name (self, b, a, window, TRUE);
}

/* Whether @it's sentence holds the noun @term, or the word a compound noun ends with. */
static gboolean
noun_in (XcAligner *self, guint term, const XcItem *it)
{
  if (item_term_weight (it, term) > 0)
    return TRUE;
  guint tail = term < self->term_tail->len ? g_array_index (self->term_tail, guint, term) : G_MAXUINT;
  return tail != G_MAXUINT && item_term_weight (it, tail) > 0;
}

/* A sentence does not state one fact twice; periods that exclude each other are other facts. */
gboolean
xc_align_pair_allowed (XcAligner *self, const XcItem *x, const XcItem *y)
{
  if (xc_items_same_sentence (x, y))
    return FALSE;
  if (!xc_scopes_compatible (x->claim->scope, y->claim->scope))
    return FALSE;
  /* dates of other events: "arrived on May 4" is not "met on May 4" */
  if (x->event != 0 && y->event != 0 && xc_events_clash (x->event, x->events, y->event, y->events))
    return FALSE;
  /* measures of other things: "a depth of 10 km" is not "10 km south"; "an aftershock of
   * magnitude 5.1" is not "a magnitude 5.8 earthquake" */
  if (x->noun != G_MAXUINT && y->noun != G_MAXUINT && !noun_in (self, x->noun, y) && !noun_in (self, y->noun, x))
    return FALSE;
  return TRUE;
}

/* The same sentence carried by two sources (wire copy): only the claims at the
 * same place, after the same words, are one fact; "said on December 12 ...
 * hired since 2013" holds two. Only pairs this similar can be copies. */
gboolean
xc_align_other_place_in_copy (const XcItem *x, const XcItem *y, double sim)
{
  return sim >= 0.5 && x->before != y->before && x->position != G_MAXUINT && y->position != G_MAXUINT
         && (x->position > y->position + 2 || y->position > x->position + 2)
         && xc_fold_overlap (x->fold, y->fold) >= XC_WIRE_COPY_OVERLAP;
}

/* A scope of a month or a day (or a span of days): "2025-05", "2025-03-11". */
static gboolean
specific_scope (const XcClaim *c)
{
  return c->scope != NULL && strlen (c->scope) >= 7 && !c->fiscal;
}

/* Whether two figures have a head term in common (a word right beside each, in its clause). */
gboolean
xc_align_heads_shared (XcAligner *self, const XcItem *x, const XcItem *y)
{
  if (x->heads == G_MAXUINT || y->heads == G_MAXUINT)
    return FALSE;
  const guint *hx = &g_array_index (self->head_arena, guint, x->heads);
  const guint *hy = &g_array_index (self->head_arena, guint, y->heads);
  for (guint i = 0; hx[i] != G_MAXUINT; i++)
    for (guint j = 0; hy[j] != G_MAXUINT; j++)
      if (hx[i] == hy[j])
        return TRUE;
  return FALSE;
}

double
xc_align_pair_score (XcAligner *self, const XcItem *x, const XcItem *y, const XcAlignParams *p,
                     double *out_sim, gboolean *out_veto, gboolean *out_scoped)
{
  return xc_align_pair_score_sim (self, x, y, p, item_dot (x, y), out_sim, out_veto, out_scoped);
}

double
xc_align_pair_score_sim (XcAligner *self, const XcItem *x, const XcItem *y, const XcAlignParams *p,
                         double sim, double *out_sim, gboolean *out_veto, gboolean *out_scoped)
{
  double score = sim;
  gboolean veto = FALSE, scoped = FALSE;
  guint digits = MIN (x->digits, y->digits);
  if (digits > 1 && x->judged && y->judged && xc_interval_overlaps (&x->iv, &y->iv))
    score += MIN (2, digits - 1) * p->digit_bonus;
  /* two dates of one event, in the same or other words ("proclaimed" ~ "declared",
   * "invaded" ~ "invasion"), with a participant in common, count as if they shared
   * the word right beside the date; like the digits, this only helps values that agree */
  if (x->event && x->event == y->event && !(x->judged && y->judged && !xc_interval_overlaps (&x->iv, &y->iv))
      && has_shared_name (x, y, p->event_name_window) && has_shared_name (y, x, p->event_name_window))
    {
      double shared = x->event_term == y->event_term ? item_term_weight (x, x->event_term) * item_term_weight (y, y->event_term) : 0;
      score += p->event_bonus * MAX (0, x->event_w * y->event_w - shared);
    }
  if (x->anchor >= 0 && y->anchor >= 0)
    {
      XcItem *ax = xc_align_item (self, (guint) x->anchor), *ay = xc_align_item (self, (guint) y->anchor);
      if (ax->cluster >= 0 && ax->cluster == ay->cluster)
        score += p->anchor_bonus;
      else if (g_strcmp0 (ax->block, ay->block) == 0 && ax->judged && ay->judged
               && !xc_interval_overlaps (&ax->iv, &ay->iv))
        veto = TRUE;   /* they change different figures */
    }
  /* the same month or day as period, and a word beside both figures ("inflation ... in
   * May"): the scope is part of what is measured, and few facts share it */
  if (x->doc != y->doc && specific_scope (x->claim) && specific_scope (y->claim)
      && g_str_equal (x->claim->scope, y->claim->scope) && xc_align_heads_shared (self, x, y))
    {
      score += p->scope_bonus;
      scoped = TRUE;
    }
  if (out_sim)
    *out_sim = sim;
  if (out_veto)
    *out_veto = veto;
  if (out_scoped)
    *out_scoped = scoped;
  return score;
}

static void
add_edge (XcAligner *self, GArray *edges, const XcAlignParams *p, guint a, guint b, gboolean weak)
{
  XcItem *x = xc_align_item (self, a), *y = xc_align_item (self, b);
  if (!xc_align_pair_allowed (self, x, y))
    return;
  Edge e = { MIN (a, b), MAX (a, b), 0, 0, FALSE, FALSE, FALSE, FALSE };
  e.sim = item_dot (x, y);
  if (xc_align_other_place_in_copy (x, y, e.sim))
    return;
  e.score = xc_align_pair_score (self, x, y, p, NULL, &e.veto, &e.scoped);
  e.rare = x->rare && y->rare && x->doc != y->doc && e.sim >= p->rare_floor;
  if (xc_align_debug () && (e.score > 0.1 || e.rare))
    g_printerr ("  pair %u '%s' ~ %u '%s': %.3f%s%s\n", x->claim->line, x->claim->text, y->claim->line, y->claim->text,
                e.score, e.veto ? " veto" : "", e.rare ? " rare" : "");
  e.weak = weak;
  if ((e.score >= p->agree || e.rare) && !e.veto && (e.rare || !weak))
    g_array_append_val (edges, e);
}

/* Whether two figures are near enough to be one fact told twice, agreeing or not: within
 * XcAlignParams.rare_ratio of each other ("6.4" and "6.3"; not "$10.6 million" and "$240 billion").
 * Dates are told apart by their events instead. */
static gboolean
values_near (const XcItem *x, const XcItem *y, const XcAlignParams *p)
{
  if (x->claim->kind == XC_KIND_DATE || x->claim->kind == XC_KIND_DATERANGE)
    return FALSE;
  if (!x->judged || !y->judged)
    return TRUE;   /* never judged: can join a group, never make a conflict */
  double a = MAX (fabs (x->iv.lo), fabs (x->iv.hi)), b = MAX (fabs (y->iv.lo), fabs (y->iv.hi));
  if (!isfinite (a) || !isfinite (b))
    return FALSE;   /* "more than 200": a bound, not a figure to tell a fact by */
  if ((x->iv.lo < 0) != (y->iv.lo < 0) && xc_interval_overlaps (&x->iv, &y->iv) == FALSE)
    return FALSE;   /* up and down */
  return MAX (a, b) <= p->rare_ratio * MIN (a, b);
}

/* Drops the pairs below the agree threshold (kept so far for the rare bonus), and the
 * pairs proposed only for the bonus that did not earn it. */
static void
edges_drop_weak (GArray *edges, const XcAlignParams *p)
{
  guint k = 0;
  for (guint e = 0; e < edges->len; e++)
    if (g_array_index (edges, Edge, e).score >= p->agree && !g_array_index (edges, Edge, e).weak)
      g_array_index (edges, Edge, k++) = g_array_index (edges, Edge, e);
  g_array_set_size (edges, k);
}

/* Figures of a block that two documents state rarely (a quake's magnitude, one each):
 * a pair that is each one's best match in the other document, with a head term in
 * common and a rare name the documents share, earns the rare bonus. Then pairs below
 * the agree threshold are dropped. */
static void
rare_bonus_apply (XcAligner *self, GArray *edges, const XcAlignParams *p)
{
  guint n_rare = 0;
  for (guint e = 0; e < edges->len; e++)
    n_rare += g_array_index (edges, Edge, e).rare;
  if (n_rare > 0)
    {
      /* best[(item, other document)]: the best similarity of the item to a figure there */
      g_autoptr(GHashTable) best = g_hash_table_new (xc_pair_key_hash, xc_pair_key_equal);
      g_autoptr(GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (guint64), 2 * n_rare);
      g_autoptr(GArray) vals = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * n_rare);
      g_array_set_size (keys, 2 * n_rare);
      g_array_set_size (vals, 2 * n_rare);
      guint used = 0;
      for (guint e = 0; e < edges->len; e++)
        {
          Edge *ed = &g_array_index (edges, Edge, e);
          if (!ed->rare)
            continue;
          for (int side = 0; side < 2; side++)
            {
              guint me = side ? ed->b : ed->a, other = side ? ed->a : ed->b;
              guint64 k = xc_pair_key (me, xc_align_item (self, other)->doc);
              double *v = g_hash_table_lookup (best, &k);
              if (v == NULL)
                {
                  g_array_index (keys, guint64, used) = k;
                  g_array_index (vals, double, used) = ed->sim;
                  g_hash_table_insert (best, &g_array_index (keys, guint64, used), &g_array_index (vals, double, used));
                  used++;
                }
              else if (ed->sim > *v)
                *v = ed->sim;
            }
        }
      for (guint e = 0; e < edges->len; e++)
        {
          Edge *ed = &g_array_index (edges, Edge, e);
          if (!ed->rare)
            continue;
          XcItem *x = xc_align_item (self, ed->a), *y = xc_align_item (self, ed->b);
          guint64 kx = xc_pair_key (ed->a, y->doc), ky = xc_pair_key (ed->b, x->doc);
          double bx = *(double *) g_hash_table_lookup (best, &kx), by = *(double *) g_hash_table_lookup (best, &ky);
          gboolean mutual = ed->sim >= bx && ed->sim >= by;
          if (mutual && values_near (x, y, p) && xc_align_heads_shared (self, x, y) && xc_align_docs_share_a_name (self, x->doc, y->doc))
            {
              ed->weak = FALSE;
              /* the two bonuses are one kind of evidence (what is measured): the larger counts */
              ed->score += MAX (0, p->rare_bonus - (ed->scoped ? p->scope_bonus : 0));
              if (xc_align_debug ())
                g_printerr ("  rare bonus %u '%s' ~ %u '%s': %.3f\n", x->claim->line, x->claim->text, y->claim->line,
                            y->claim->text, ed->score);
            }
        }
    }
  edges_drop_weak (edges, p);
}

/* Adds @w times each weight of a posting list (entries: block position, weight) to @acc,
 * for the positions after @i; the positions first touched go to @touched. Lists longer
 * than the posting cap propose nothing. */
static void
postings_probe (const GArray *list, guint i, float w, const XcAlignParams *p, float *acc, GArray *touched)
{
  if (list == NULL || list->len > p->posting_cap)
    return;
  for (guint m = 0; m < list->len; m++)
    {
      const XcTermWeight *e = &g_array_index (list, XcTermWeight, m);
      if (e->id <= i)
        continue;
      if (acc[e->id] == 0)
        g_array_append_val (touched, e->id);
      acc[e->id] += w * e->w;
    }
}

/* Candidate pairs of one block, without comparing every pair: claims meet
 * through the postings of their heaviest terms; very common terms propose nothing. */
GArray *
xc_align_block_edges (XcAligner *self, GArray *idx, const XcAlignParams *p)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  guint n = idx->len;
  if (n < p->all_pairs_below)
    {
      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          add_edge (self, edges, p, g_array_index (idx, guint, i), g_array_index (idx, guint, j), FALSE);
      rare_bonus_apply (self, edges, p);
      return edges;
    }
  /* postings: term -> (item, weight); heaviest terms of each item probe them and
   * accumulate the shared weight; only pairs that can reach the threshold get scored */
  g_autoptr(GHashTable) postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_align_item (self, g_array_index (idx, guint, i));
      for (guint k = 0; k < it->n_terms; k++)
        {
          const XcTermWeight *tw = &it->terms[k];
          gpointer key = GUINT_TO_POINTER (tw->id + 1);
          GArray *list = g_hash_table_lookup (postings, key);
          if (list == NULL)
            g_hash_table_insert (postings, key, list = g_array_new (FALSE, FALSE, sizeof (XcTermWeight)));
          XcTermWeight entry = { i, tw->w };
          g_array_append_val (list, entry);
        }
    }
  /* dates meet through their event's class too ("proclaimed" ~ "declared") */
  guint n_classes = xc_event_n_classes () + 1;
  g_autofree GArray **by_event = g_new0 (GArray *, n_classes);
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_align_item (self, g_array_index (idx, guint, i));
      if (it->event == 0)
        continue;
      if (by_event[it->event] == NULL)
        by_event[it->event] = g_array_new (FALSE, FALSE, sizeof (XcTermWeight));
      XcTermWeight entry = { i, it->event_w };
      g_array_append_val (by_event[it->event], entry);
    }
  g_autofree float *acc = g_new0 (float, n);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) top = g_array_new (FALSE, FALSE, sizeof (XcTermWeight));
  for (guint i = 0; i < n; i++)
    {
      XcItem *it = xc_align_item (self, g_array_index (idx, guint, i));
      g_array_set_size (top, 0);
      g_array_append_vals (top, it->terms, it->n_terms);
      g_array_sort (top, cmp_weight_desc);
      g_array_set_size (touched, 0);
      for (guint k = 0; k < top->len && k < p->top_terms; k++)
        {
          XcTermWeight *tw = &g_array_index (top, XcTermWeight, k);
          postings_probe (g_hash_table_lookup (postings, GUINT_TO_POINTER (tw->id + 1)), i, tw->w, p, acc, touched);
        }
      postings_probe (it->event ? by_event[it->event] : NULL, i, it->event_w, p, acc, touched);
      for (guint m = 0; m < touched->len; m++)
        {
          guint j = g_array_index (touched, guint, m);
          /* the heaviest terms carry most of the weight: a pair far below the
           * threshold on them will not reach it on the rest */
          if (acc[j] >= p->agree * 0.7)
            add_edge (self, edges, p, g_array_index (idx, guint, i), g_array_index (idx, guint, j), FALSE);
          else if (it->rare && xc_align_item (self, g_array_index (idx, guint, j))->rare && acc[j] >= p->rare_floor)
            add_edge (self, edges, p, g_array_index (idx, guint, i), g_array_index (idx, guint, j), TRUE);
          acc[j] = 0;
        }
    }
  rare_bonus_apply (self, edges, p);
  for (guint c = 0; c < n_classes; c++)
    if (by_event[c])
      g_array_unref (by_event[c]);
  return edges;
}

/* Two change rates whose figures were aligned are candidates even with few shared words. */
void
xc_align_anchor_edges (XcAligner *self, GArray *idx, GArray *edges, const XcAlignParams *p)
{
  g_autoptr(GHashTable) by_anchor = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < idx->len; i++)
    {
      guint ii = g_array_index (idx, guint, i);
      XcItem *it = xc_align_item (self, ii);
      if (it->anchor < 0 || xc_align_item (self, (guint) it->anchor)->cluster < 0)
        continue;
      gpointer key = GINT_TO_POINTER (xc_align_item (self, (guint) it->anchor)->cluster + 1);
      GArray *list = g_hash_table_lookup (by_anchor, key);
      if (list == NULL)
        g_hash_table_insert (by_anchor, key, list = g_array_new (FALSE, FALSE, sizeof (guint)));
      if (list->len < 64)
        g_array_append_val (list, ii);
    }
  g_autoptr(GHashTable) have = g_hash_table_new (xc_pair_key_hash, xc_pair_key_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_array_set_size (keys, edges->len);
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *ed = &g_array_index (edges, Edge, e);
      g_array_index (keys, guint64, e) = xc_pair_key (ed->a, ed->b);
      g_hash_table_add (have, &g_array_index (keys, guint64, e));
    }
  GHashTableIter it;
  gpointer k, v;
  g_autoptr(GArray) extra = g_array_new (FALSE, FALSE, sizeof (Edge));
  g_hash_table_iter_init (&it, by_anchor);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      GArray *list = v;
      for (guint i = 0; i < list->len; i++)
        for (guint j = i + 1; j < list->len; j++)
          {
            guint a = MIN (g_array_index (list, guint, i), g_array_index (list, guint, j));
            guint b = MAX (g_array_index (list, guint, i), g_array_index (list, guint, j));
            guint64 key = xc_pair_key (a, b);
            if (!g_hash_table_contains (have, &key))
              add_edge (self, extra, p, a, b, FALSE);
          }
    }
  edges_drop_weak (extra, p);
  g_array_append_vals (edges, extra->data, extra->len);
}
