/* xc-align-group.c - grouping one block's items along its candidate pairs, best first:
 * average link (the pair's own similarity and the groups' centroids), without chaining;
 * groups whose values disagree merge only on stronger evidence, and a group dates one
 * event once
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-align-private.h"

/* A group while it grows: its members, the sum of their term vectors, and the common
 * part of its judged values. */
typedef struct {
  GArray    *members;     /* guint item index, ascending */
  GArray    *centroid;    /* XcTermWeight sorted by id, sum of member vectors */
  gboolean   has_common;  /* judged members share a point (or the majority's when split) */
  gboolean   split;       /* holds disagreeing values */
  XcInterval common;
  guint      n_judged;
} Cluster;

static GArray *
centroid_add (const GArray *a, const GArray *b)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (XcTermWeight), a->len + b->len);
  guint i = 0, j = 0;
  while (i < a->len || j < b->len)
    {
      const XcTermWeight *x = i < a->len ? &g_array_index (a, XcTermWeight, i) : NULL;
      const XcTermWeight *y = j < b->len ? &g_array_index (b, XcTermWeight, j) : NULL;
      XcTermWeight t;
      if (x && y && x->id == y->id)
        {
          t.id = x->id;
          t.w = x->w + y->w;
          i++;
          j++;
        }
      else if (y == NULL || (x && x->id < y->id))
        {
          t = *x;
          i++;
        }
      else
        {
          t = *y;
          j++;
        }
      g_array_append_val (out, t);
    }
  return out;
}

static double
dot (const GArray *a, const GArray *b)
{
  return xc_align_dot ((const XcTermWeight *) a->data, a->len, (const XcTermWeight *) b->data, b->len);
}


static double
cosine (const GArray *a, const GArray *b)
{
  double na = dot (a, a), nb = dot (b, b);
  if (na <= 0 || nb <= 0)
    return 0;
  return dot (a, b) / sqrt (na * nb);
}

static void
cluster_clear (gpointer p)
{
  Cluster *c = p;
  if (c->members)
    g_array_unref (c->members);
  if (c->centroid)
    g_array_unref (c->centroid);

}

static int
cmp_edge (gconstpointer pa, gconstpointer pb)
{
  const Edge *a = pa, *b = pb;
  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : a->b > b->b;
}

/* Whether merging clusters @a and @b, whose values disagree, is supported:
 * no old value on either side of a disagreeing pair, no pair across them
 * names different participants, and one document contradicting itself
 * needs the strongest evidence. */
static gboolean
disagreeing_merge_ok (XcAligner *self, Cluster *a, Cluster *b, double score, const XcAlignParams *p,
                      gboolean agree)
{
  if (!agree && score < p->conflict)
    return FALSE;
  if ((gsize) a->members->len * b->members->len > p->cross_check_cap)
    return FALSE;   /* too many pairs to check: refuse rather than risk a false alarm */
  guint checked = 0;
  for (guint i = 0; i < a->members->len; i++)
    for (guint j = 0; j < b->members->len; j++)
      {
        if (++checked > p->cross_check_cap)
          return FALSE;   /* too many to check: refuse rather than risk a false alarm */
        XcItem *x = xc_align_item (self, g_array_index (a->members, guint, i));
        XcItem *y = xc_align_item (self, g_array_index (b->members, guint, j));
        if (x->judged && y->judged && !xc_interval_overlaps (&x->iv, &y->iv))
          {
            /* an old value ("down from 1.9%", "against 18% a year earlier")
             * is what a figure was, not what it is: it may agree with
             * others, never stand on either side of a conflict */
            if (x->claim->previous || y->claim->previous)
              return FALSE;
            if (!agree && xc_items_names_clash (self, x, y, p->name_window))
              return FALSE;
            if (g_strcmp0 (x->claim->file, y->claim->file) == 0 && score < p->self)
              return FALSE;
            if (!xc_align_docs_share_a_name (self, x->doc, y->doc))
              return FALSE;   /* their documents tell other stories */
          }
      }
  return TRUE;
}

/* Whether some member of @a dates another event than some member of @b (see
 * xc_events_clash). Groups too big to check pair by pair rest on their pairs' own check. */
static gboolean
clusters_events_clash (XcAligner *self, const Cluster *a, const Cluster *b)
{
  if ((gsize) a->members->len * b->members->len > self->params.cross_check_cap)
    return FALSE;
  for (guint i = 0; i < a->members->len; i++)
    {
      XcItem *x = xc_align_item (self, g_array_index (a->members, guint, i));
      if (x->event == 0)
        continue;
      for (guint j = 0; j < b->members->len; j++)
        {
          XcItem *y = xc_align_item (self, g_array_index (b->members, guint, j));
          if (xc_events_clash (x->event, x->events, y->event, y->events))
            return TRUE;
        }
    }
  return FALSE;
}

/* The majority's common part of a split cluster. */
static void
cluster_recompute (XcAligner *self, Cluster *c)
{
  g_autoptr(GPtrArray) ivs = g_ptr_array_new ();
  for (guint i = 0; i < c->members->len; i++)
    {
      XcItem *x = xc_align_item (self, g_array_index (c->members, guint, i));
      if (x->judged)
        g_ptr_array_add (ivs, &x->iv);
    }
  c->n_judged = ivs->len;
  if (ivs->len == 0)
    {
      c->has_common = FALSE;
      return;
    }
  g_autofree gboolean *keep = g_new0 (gboolean, ivs->len);
  gboolean tie = FALSE;
  guint k = xc_outliers_find ((const XcInterval * const *) ivs->pdata, ivs->len, keep, &tie, &c->common);
  c->split = k < ivs->len;
  c->has_common = TRUE;
}

/* Whether a judged member of @c shares a point with @iv. */
static gboolean
cluster_member_overlaps (XcAligner *self, const Cluster *c, const XcInterval *iv)
{
  for (guint i = 0; i < c->members->len && i < 256; i++)
    {
      XcItem *x = xc_align_item (self, g_array_index (c->members, guint, i));
      if (x->judged && xc_interval_overlaps (&x->iv, iv))
        return TRUE;
    }
  return FALSE;
}

/* Whether a member of @small shares its sentence with a member of the group rooted at
 * @other: a sentence dates one event once ("proclaimed in early 2022 ... invaded in
 * February 2022" holds two). Claims of a sentence are neighbours in item order. */
static gboolean
clusters_share_a_sentence (XcAligner *self, const Cluster *small, guint other, guint *parent, GHashTable *local)
{
  for (guint i = 0; i < small->members->len; i++)
    {
      guint m = g_array_index (small->members, guint, i);
      XcItem *x = xc_align_item (self, m);
      for (int dir = -1; dir <= 1; dir += 2)
        for (guint k = m + (guint) dir; k < self->items->len && xc_items_same_sentence (x, xc_align_item (self, k)); k += (guint) dir)
          {
            gpointer l = g_hash_table_lookup (local, GUINT_TO_POINTER (k + 1));
            if (l && xc_uf_find (parent, GPOINTER_TO_UINT (l) - 1) == other)
              return TRUE;
          }
    }
  return FALSE;
}

void
xc_align_cluster_block (XcAligner *self, GArray *idx, GArray *edges, GPtrArray *clusters, const XcAlignParams *p)
{
  guint n = idx->len;
  g_autofree guint *parent = xc_uf_new (n);
  g_autoptr(GHashTable) local = g_hash_table_new (NULL, NULL);   /* item index + 1 -> local + 1 */
  g_autoptr(GArray) cl = g_array_sized_new (FALSE, TRUE, sizeof (Cluster), n);
  g_array_set_clear_func (cl, cluster_clear);
  for (guint i = 0; i < n; i++)
    {
      guint ii = g_array_index (idx, guint, i);
      XcItem *it = xc_align_item (self, ii);
      g_hash_table_insert (local, GUINT_TO_POINTER (ii + 1), GUINT_TO_POINTER (i + 1));
      Cluster c = { 0 };
      c.members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (c.members, ii);
      c.centroid = g_array_sized_new (FALSE, FALSE, sizeof (XcTermWeight), it->n_terms);
      g_array_append_vals (c.centroid, it->terms, it->n_terms);
      c.has_common = it->judged;
      c.common = it->iv;
      c.n_judged = it->judged ? 1 : 0;
      g_array_append_val (cl, c);
    }
  g_array_sort (edges, cmp_edge);
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *ed = &g_array_index (edges, Edge, e);
      guint la = GPOINTER_TO_UINT (g_hash_table_lookup (local, GUINT_TO_POINTER (ed->a + 1))) - 1;
      guint lb = GPOINTER_TO_UINT (g_hash_table_lookup (local, GUINT_TO_POINTER (ed->b + 1))) - 1;
      guint ra = xc_uf_find (parent, la), rb = xc_uf_find (parent, lb);
      if (ra == rb)
        continue;
      Cluster *A = &g_array_index (cl, Cluster, ra), *B = &g_array_index (cl, Cluster, rb);
      /* average link: the pair's own similarity and the groups' as wholes */
      double score = 0.5 * ed->sim + 0.5 * cosine (A->centroid, B->centroid) + (ed->score - ed->sim);
      XcInterval common;
      gboolean agree;
      if (!A->has_common || !B->has_common)
        agree = TRUE;
      else
        agree = xc_interval_intersect (&A->common, &B->common, &common)
                /* a group split without a majority: a figure that agrees with one side
                 * raises no new value, it settles the tie */
                || (A->split && !B->split && cluster_member_overlaps (self, A, &B->common))
                || (B->split && !A->split && cluster_member_overlaps (self, B, &A->common));
      /* even agreeing values: other participants right beside the figure ("Chile's exports rose 12%"
       * vs "Zambia's exports rose 12%") make it another fact */
      if (xc_items_names_clash (self, xc_align_item (self, ed->a), xc_align_item (self, ed->b), p->name_window_agree))
        {
          if (xc_align_debug ())
            g_printerr ("names clash %u '%s' ~ %u '%s'\n", xc_align_item (self, ed->a)->claim->line,
                        xc_align_item (self, ed->a)->claim->text, xc_align_item (self, ed->b)->claim->line,
                        xc_align_item (self, ed->b)->claim->text);
          continue;
        }
      if (xc_align_debug ())
        g_printerr ("align %s:%zu '%s' ~ %s:%zu '%s': sim %.3f score %.3f agree %d\n",
                    xc_align_item (self, ed->a)->claim->file, xc_align_item (self, ed->a)->claim->offset,
                    xc_align_item (self, ed->a)->claim->text, xc_align_item (self, ed->b)->claim->file,
                    xc_align_item (self, ed->b)->claim->offset, xc_align_item (self, ed->b)->claim->text,
                    ed->sim, score, agree);
      if (agree && score < p->agree)
        continue;
      /* a group dates one event: no member may date another one than a member of the other
       * group, and no sentence gives it two dates */
      if (g_str_equal (xc_align_item (self, ed->a)->block, "date")
          && (clusters_events_clash (self, A, B)
              || (A->members->len <= B->members->len ? clusters_share_a_sentence (self, A, rb, parent, local)
                                                     : clusters_share_a_sentence (self, B, ra, parent, local))))
        {
          if (xc_align_debug ())
            g_printerr ("events clash or one sentence twice\n");
          continue;
        }
      /* values that disagree need more; a document contradicting itself most of all,
       * even when the rest of the group agrees with one of its two figures */
      if ((!agree || A->split || B->split) && !disagreeing_merge_ok (self, A, B, score, p, agree))
        continue;
      /* the lower root stays */
      guint keep = xc_uf_union (parent, ra, rb), gone = keep == ra ? rb : ra;
      Cluster *K = &g_array_index (cl, Cluster, keep), *G = &g_array_index (cl, Cluster, gone);
      g_array_append_vals (K->members, G->members->data, G->members->len);
      GArray *sum = centroid_add (K->centroid, G->centroid);
      g_array_unref (K->centroid);
      K->centroid = sum;
      if (agree && K->has_common && G->has_common && !K->split && !G->split)
        {
          K->common = common;
          K->n_judged += G->n_judged;
        }
      else if (agree && !K->split && !G->split)
        {
          if (!K->has_common)
            K->common = G->common;
          K->has_common = K->has_common || G->has_common;
          K->n_judged += G->n_judged;
        }
      else if (K->members->len <= 256)
        cluster_recompute (self, K);
      else
        K->split = TRUE;
      g_array_set_size (G->members, 0);
    }
  for (guint i = 0; i < n; i++)
    {
      if (xc_uf_find (parent, i) != i)
        continue;
      Cluster *c = &g_array_index (cl, Cluster, i);
      g_autoptr(GArray) m = g_array_copy (c->members);
      guint *d = (guint *) m->data;
      for (guint a = 1; a < m->len; a++)   /* insertion sort: groups are small */
        for (guint b = a; b > 0 && d[b - 1] > d[b]; b--)
          {
            guint t = d[b];
            d[b] = d[b - 1];
            d[b - 1] = t;
          }
      gint gid = (gint) clusters->len;
      for (guint a = 0; a < m->len; a++)
        xc_align_item (self, d[a])->cluster = gid;
      g_ptr_array_add (clusters, g_steal_pointer (&m));
    }
}
