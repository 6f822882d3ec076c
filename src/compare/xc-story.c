/* xc-story.c - which story each document of a run tells, so that alignment never
 * lines up the figures of two stories (an archive, a day of wire copy, a feed).
 *
 * A document that gives its story (a manifest column, a front matter key) is in
 * it. The others are grouped by what their figures' sentences name and when they
 * were written (docs/design-compare.md, "Stories"):
 *   - names: capitalized words that do not start a sentence, are no month or
 *     weekday and no stopword ("Lindqvist", "Skarn"), one set per document;
 *   - each name weighs log (1 + D / df) over the D documents grouped, df being
 *     how many of them name it: names few documents use weigh most; a name of one
 *     document links nothing, nor one of more than max (1,000, D / 10) or, in a
 *     run of 40 documents or more, of more than a third of them;
 *   - two documents are as similar as the cosine of their weighted name sets;
 *     clusters join, most similar first, while their average similarity is at
 *     least XC_STORY_LINK and some date of one (publication, or a date its
 *     claims give to the day) lies within XC_STORY_WINDOW days of one of the
 *     other (a cluster without dates is near any);
 *   - when at most one cluster holds two documents or more, the run is one story
 *     (a story with a few odd documents is not split); otherwise a lone document
 *     joins the cluster it is most similar to, when it shares a name with it and
 *     its dates allow, or stays a story of its own.
 * Deterministic: documents are taken in (file, source) order and every tie is
 * broken by that order. A story found is named by its two names most of its
 * documents share ("lindqvist-skarn").
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-compare-private.h"
#include "xc-document-private.h"

#define XC_STORY_LINK     0.10   /* average cosine at which two clusters are one story */
#define XC_STORY_WINDOW   7      /* days */
#define XC_STORY_CAP_MIN  1000   /* names of more documents than max (this, D / 10) link nothing */
#define XC_STORY_COMMON_MIN 40   /* ... nor, in runs of at least this many, names of more than a third */
#define XC_STORY_DAY_SPAN 31     /* a date claim narrower than this many days is a date of its document */

typedef struct {
  GArray   *names;    /* guint name ids, sorted, distinct */
  GArray   *days;     /* gint Julian days, sorted */
  double    norm;
} Doc;

typedef struct {
  GArray     *members;   /* guint document indices (into the keyless list), ascending */
  GArray     *days;      /* sorted */
  GHashTable *nb;        /* other cluster id + 1 -> double* sum of document similarities */
  guint       stamp;
  gboolean    alive;
} Cluster;

typedef struct {
  double sim;
  guint  a, b, stamp_a, stamp_b;
} Cand;

/* ---------- what a document names and when ---------- */

static guint
name_id (GHashTable *ids, GPtrArray *names, const char *key)
{
  gpointer v = g_hash_table_lookup (ids, key);
  if (v)
    return GPOINTER_TO_UINT (v) - 1;
  char *own = g_strdup (key);
  g_ptr_array_add (names, own);
  g_hash_table_insert (ids, own, GUINT_TO_POINTER (names->len));
  return names->len - 1;
}

static void
sentence_names (const char *sentence, GHashTable *ids, GPtrArray *names, GHashTable *seen, GHashTable *stems)
{
  /* each word stemmed once per run (@stems), not once per sentence it stands in */
  g_autoptr(GArray) toks = xc_terms_tokenize_cached (sentence, stems);
  for (guint k = 0; k < toks->len; k++)
    {
      const XcToken *t = &g_array_index (toks, XcToken, k);
      if (!t->cap || t->initial || t->calendar || t->stem == NULL || t->end <= t->start)
        continue;
      gsize len = t->end - t->start;
      len -= t->possessive ? xc_word_possessive_len (sentence + t->start, len) : 0;
      if (len < 2)
        continue;
      g_autofree char *lower = g_utf8_casefold (sentence + t->start, (gssize) len);   /* not strdown: the locale's (Turkish i) */
      if (xc_terms_is_stopword (lower))
        continue;
      guint id = name_id (ids, names, lower);
      g_hash_table_add (seen, GUINT_TO_POINTER (id + 1));
    }
}

static void
array_unref0 (gpointer a)
{
  if (a)
    g_array_unref (a);
}

static int
cmp_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

static int
cmp_int (gconstpointer a, gconstpointer b)
{
  gint x = *(const gint *) a, y = *(const gint *) b;
  return x < y ? -1 : x > y;
}

static void
doc_add_day (Doc *d, double jd)
{
  if (isfinite (jd) && jd >= 1 && jd < G_MAXINT)
    {
      gint day = (gint) jd;
      g_array_append_val (d->days, day);
    }
}

/* ---------- clusters ---------- */

/* Whether some day of @a lies within the window of some day of @b (both sorted);
 * a cluster without days is near any. */
static gboolean
days_near (const GArray *a, const GArray *b)
{
  if (a->len == 0 || b->len == 0)
    return TRUE;
  guint i = 0, j = 0;
  while (i < a->len && j < b->len)
    {
      gint x = g_array_index (a, gint, i), y = g_array_index (b, gint, j);
      if (ABS (x - y) <= XC_STORY_WINDOW)
        return TRUE;
      if (x < y)
        i++;
      else
        j++;
    }
  return FALSE;
}

static double
nb_sum (const Cluster *c, guint other)
{
  double *v = g_hash_table_lookup (c->nb, GUINT_TO_POINTER (other + 1));
  return v ? *v : 0;
}

static void
nb_add (Cluster *c, guint other, double s)
{
  double *v = g_hash_table_lookup (c->nb, GUINT_TO_POINTER (other + 1));
  if (v == NULL)
    {
      v = g_new0 (double, 1);
      g_hash_table_insert (c->nb, GUINT_TO_POINTER (other + 1), v);
    }
  *v += s;
}

/* A max-heap of candidate merges: higher similarity first, then lower ids. */
static gboolean
cand_before (const Cand *x, const Cand *y)
{
  if (x->sim != y->sim)
    return x->sim > y->sim;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

static void
heap_push (GArray *h, Cand c)
{
  g_array_append_val (h, c);
  guint i = h->len - 1;
  while (i > 0)
    {
      guint up = (i - 1) / 2;
      Cand *ci = &g_array_index (h, Cand, i), *cu = &g_array_index (h, Cand, up);
      if (!cand_before (ci, cu))
        break;
      Cand t = *ci;
      *ci = *cu;
      *cu = t;
      i = up;
    }
}

static Cand
heap_pop (GArray *h)
{
  Cand top = g_array_index (h, Cand, 0);
  g_array_index (h, Cand, 0) = g_array_index (h, Cand, h->len - 1);
  g_array_set_size (h, h->len - 1);
  guint i = 0;
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      if (l < h->len && cand_before (&g_array_index (h, Cand, l), &g_array_index (h, Cand, m)))
        m = l;
      if (r < h->len && cand_before (&g_array_index (h, Cand, r), &g_array_index (h, Cand, m)))
        m = r;
      if (m == i)
        break;
      Cand t = g_array_index (h, Cand, i);
      g_array_index (h, Cand, i) = g_array_index (h, Cand, m);
      g_array_index (h, Cand, m) = t;
      i = m;
    }
  return top;
}

static void
push_pair (GArray *heap, Cluster *cl, guint a, guint b)
{
  guint x = MIN (a, b), y = MAX (a, b);
  double sim = nb_sum (&cl[x], y) / ((double) cl[x].members->len * cl[y].members->len);
  Cand c = { sim, x, y, cl[x].stamp, cl[y].stamp };
  if (sim >= XC_STORY_LINK)
    heap_push (heap, c);
}

static GArray *
days_merged (const GArray *a, const GArray *b)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (gint), a->len + b->len);
  g_array_append_vals (out, a->data, a->len);
  g_array_append_vals (out, b->data, b->len);
  g_array_sort (out, cmp_int);
  return out;
}

/* Merges cluster @b into @a (a < b). */
static void
merge (Cluster *cl, guint a, guint b)
{
  Cluster *ca = &cl[a], *cb = &cl[b];
  g_array_append_vals (ca->members, cb->members->data, cb->members->len);
  g_array_sort (ca->members, cmp_uint);
  GArray *days = days_merged (ca->days, cb->days);
  g_array_unref (ca->days);
  ca->days = days;
  /* neighbours of b become a's, in the order of their ids (sums stay deterministic) */
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, cb->nb);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      guint o = GPOINTER_TO_UINT (k) - 1;
      g_array_append_val (others, o);
    }
  g_array_sort (others, cmp_uint);
  for (guint i = 0; i < others->len; i++)
    {
      guint o = g_array_index (others, guint, i);
      if (o == a)
        continue;
      double s = nb_sum (cb, o);
      nb_add (ca, o, s);
      nb_add (&cl[o], a, s);
      g_hash_table_remove (cl[o].nb, GUINT_TO_POINTER (b + 1));
    }
  g_hash_table_remove (ca->nb, GUINT_TO_POINTER (b + 1));
  cb->alive = FALSE;
  ca->stamp++;
  g_clear_pointer (&cb->nb, g_hash_table_unref);
}

/* ---------- naming ---------- */

/* The two names most documents of @members share (fewest in the run, then
 * alphabetical, break ties): "lindqvist-skarn"; "story" when none. */
static char *
story_name (const Doc *docs, const GArray *members, const guint *df, GPtrArray *names)
{
  g_autoptr(GHashTable) count = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      const Doc *d = &docs[g_array_index (members, guint, i)];
      for (guint k = 0; k < d->names->len; k++)
        {
          guint id = g_array_index (d->names, guint, k);
          gpointer key = GUINT_TO_POINTER (id + 1);
          g_hash_table_insert (count, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, key)) + 1));
        }
    }
  guint need = members->len > 1 ? 2 : 1;
  guint best[2] = { G_MAXUINT, G_MAXUINT };
  for (int pick = 0; pick < 2; pick++)
    {
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, count);
      while (g_hash_table_iter_next (&it, &k, &v))
        {
          guint id = GPOINTER_TO_UINT (k) - 1, n = GPOINTER_TO_UINT (v);
          if (n < need || id == best[0])
            continue;
          guint b = best[pick];
          if (b == G_MAXUINT)
            {
              best[pick] = id;
              continue;
            }
          guint nb = GPOINTER_TO_UINT (g_hash_table_lookup (count, GUINT_TO_POINTER (b + 1)));
          if (n > nb || (n == nb && (df[id] < df[b] || (df[id] == df[b] && strcmp (names->pdata[id], names->pdata[b]) < 0))))
            best[pick] = id;
        }
    }
  if (best[0] == G_MAXUINT)
    return g_strdup ("story");
  if (best[1] == G_MAXUINT)
    return g_strdup (names->pdata[best[0]]);
  return g_strdup_printf ("%s-%s", (char *) names->pdata[best[0]], (char *) names->pdata[best[1]]);
}

/* ---------- the run ---------- */

/* Groups the documents at @idx (indices into @documents) that gave no story;
 * returns the clusters (GArray of indices into @idx each), in the order of
 * their first document. */
static GPtrArray *
cluster_documents (GPtrArray *documents, GArray *idx, GHashTable *claims_of, GPtrArray *names,
                   GHashTable *ids, Doc **out_docs, guint **out_df)
{
  guint n = idx->len;
  Doc *docs = g_new0 (Doc, MAX (1, n));
  g_autoptr(GHashTable) stems = xc_terms_stem_cache_new ();
  for (guint i = 0; i < n; i++)
    {
      const XcDocInfo *info = documents->pdata[g_array_index (idx, guint, i)];
      Doc *d = &docs[i];
      d->names = g_array_new (FALSE, FALSE, sizeof (guint));
      d->days = g_array_new (FALSE, FALSE, sizeof (gint));
      GDate pub;
      if (info->published && xc_parse_iso_day (info->published, &pub))
        doc_add_day (d, g_date_get_julian (&pub));
      GPtrArray *claims = g_hash_table_lookup (claims_of, info->file);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) sentences = g_hash_table_new (g_str_hash, g_str_equal);
      const char *last = NULL;   /* claims of one sentence are neighbours */
      for (guint c = 0; claims && c < claims->len; c++)
        {
          const XcClaim *cl = claims->pdata[c];
          if ((cl->kind == XC_KIND_DATE || cl->kind == XC_KIND_DATERANGE) && isfinite (cl->interval.lo)
              && isfinite (cl->interval.hi) && cl->interval.hi - cl->interval.lo <= XC_STORY_DAY_SPAN)
            doc_add_day (d, cl->interval.lo);
          if (cl->sentence && cl->sentence != last && !g_hash_table_contains (sentences, cl->sentence))
            {
              g_hash_table_add (sentences, cl->sentence);
              sentence_names (cl->sentence, ids, names, seen, stems);
            }
          last = cl->sentence;
        }
      GHashTableIter it;
      gpointer k;
      g_hash_table_iter_init (&it, seen);
      while (g_hash_table_iter_next (&it, &k, NULL))
        {
          guint id = GPOINTER_TO_UINT (k) - 1;
          g_array_append_val (d->names, id);
        }
      g_array_sort (d->names, cmp_uint);
      g_array_sort (d->days, cmp_int);
    }

  /* document frequencies, weights, norms */
  guint *df = g_new0 (guint, MAX (1, names->len));
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < docs[i].names->len; k++)
      df[g_array_index (docs[i].names, guint, k)]++;
  /* in a run of many documents, a name more than a third of them use is no one
   * story's ("Reuters", a company named in every report); past a thousand
   * documents, postings are bounded too */
  guint cap = MIN (n >= XC_STORY_COMMON_MIN ? n / 3 : n, MAX (XC_STORY_CAP_MIN, n / 10));
  g_autofree double *w = g_new0 (double, MAX (1, names->len));
  for (guint id = 0; id < names->len; id++)
    w[id] = df[id] >= 2 && df[id] <= cap ? log (1.0 + (double) n / df[id]) : 0;
  for (guint i = 0; i < n; i++)
    {
      double s = 0;
      for (guint k = 0; k < docs[i].names->len; k++)
        s += w[g_array_index (docs[i].names, guint, k)] * w[g_array_index (docs[i].names, guint, k)];
      docs[i].norm = s > 0 ? sqrt (s) : 1;
    }

  if (g_getenv ("XC_DEBUG_STORIES"))
    for (guint i = 0; i < n; i++)
      {
        const XcDocInfo *info = documents->pdata[g_array_index (idx, guint, i)];
        g_printerr ("story names %s:", info->file);
        for (guint k = 0; k < docs[i].names->len; k++)
          {
            guint id = g_array_index (docs[i].names, guint, k);
            g_printerr (" %s/%u", (char *) names->pdata[id], df[id]);
          }
        g_printerr (" (%u days)\n", docs[i].days->len);
      }
  /* similarities of the pairs that share a weighed name, through postings */
  g_autoptr(GPtrArray) postings = g_ptr_array_new_with_free_func (array_unref0);
  for (guint id = 0; id < names->len; id++)
    g_ptr_array_add (postings, w[id] > 0 ? g_array_new (FALSE, FALSE, sizeof (guint)) : NULL);
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < docs[i].names->len; k++)
      {
        GArray *p = postings->pdata[g_array_index (docs[i].names, guint, k)];
        if (p)
          g_array_append_val (p, i);
      }
  Cluster *cl = g_new0 (Cluster, MAX (1, n));
  for (guint i = 0; i < n; i++)
    {
      cl[i].members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (cl[i].members, i);
      cl[i].days = g_array_copy (docs[i].days);
      cl[i].nb = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      cl[i].alive = TRUE;
    }
  for (guint id = 0; id < names->len; id++)
    {
      GArray *p = postings->pdata[id];
      for (guint x = 0; p && x < p->len; x++)
        for (guint y = x + 1; y < p->len; y++)
          {
            guint a = g_array_index (p, guint, x), b = g_array_index (p, guint, y);
            double s = w[id] * w[id] / (docs[a].norm * docs[b].norm);
            nb_add (&cl[a], b, s);
            nb_add (&cl[b], a, s);
          }
    }

  /* average-link agglomeration, most similar first, within the date window */
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (Cand));
  for (guint a = 0; a < n; a++)
    {
      g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (guint));
      GHashTableIter it;
      gpointer k;
      g_hash_table_iter_init (&it, cl[a].nb);
      while (g_hash_table_iter_next (&it, &k, NULL))
        {
          guint o = GPOINTER_TO_UINT (k) - 1;
          if (o > a)
            g_array_append_val (others, o);
        }
      g_array_sort (others, cmp_uint);
      for (guint i = 0; i < others->len; i++)
        push_pair (heap, cl, a, g_array_index (others, guint, i));
    }
  while (heap->len > 0)
    {
      Cand c = heap_pop (heap);
      if (!cl[c.a].alive || !cl[c.b].alive || cl[c.a].stamp != c.stamp_a || cl[c.b].stamp != c.stamp_b)
        continue;
      if (!days_near (cl[c.a].days, cl[c.b].days))
        continue;
      merge (cl, c.a, c.b);
      g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (guint));
      GHashTableIter it;
      gpointer k;
      g_hash_table_iter_init (&it, cl[c.a].nb);
      while (g_hash_table_iter_next (&it, &k, NULL))
        {
          guint o = GPOINTER_TO_UINT (k) - 1;
          g_array_append_val (others, o);
        }
      g_array_sort (others, cmp_uint);
      for (guint i = 0; i < others->len; i++)
        push_pair (heap, cl, c.a, g_array_index (others, guint, i));
    }

  /* the clusters of two documents or more; lone documents join the nearest */
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) big = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    if (cl[i].alive && cl[i].members->len > 1)
      g_array_append_val (big, i);
  if (big->len <= 1)
    {
      GArray *all = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < n; i++)
        g_array_append_val (all, i);
      g_ptr_array_add (out, all);
    }
  else
    {
      g_autofree GArray **joined = g_new0 (GArray *, n);
      for (guint b = 0; b < big->len; b++)
        {
          guint id = g_array_index (big, guint, b);
          joined[id] = g_array_copy (cl[id].members);
        }
      for (guint i = 0; i < n; i++)
        {
          if (!cl[i].alive || cl[i].members->len != 1)
            continue;
          guint to = G_MAXUINT;
          double best = 0;
          for (guint b = 0; b < big->len; b++)
            {
              guint id = g_array_index (big, guint, b);
              double s = nb_sum (&cl[i], id) / cl[id].members->len;
              if (s > best && days_near (cl[i].days, cl[id].days))
                best = s, to = id;
            }
          if (to == G_MAXUINT)
            {
              joined[i] = g_array_new (FALSE, FALSE, sizeof (guint));
              g_array_append_val (joined[i], i);
            }
          else
            g_array_append_val (joined[to], i);
        }
      /* in the order of each story's first document */
      for (guint i = 0; i < n; i++)
        if (joined[i])
          {
            g_array_sort (joined[i], cmp_uint);
            g_ptr_array_add (out, joined[i]);
          }
    }
  for (guint i = 0; i < n; i++)
    {
      g_array_unref (cl[i].members);
      g_array_unref (cl[i].days);
      if (cl[i].nb)
        g_hash_table_unref (cl[i].nb);
    }
  g_free (cl);
  *out_docs = docs;
  *out_df = df;
  return out;
}

static int
cmp_first (gconstpointer a, gconstpointer b)
{
  const GArray *x = *(GArray * const *) a, *y = *(GArray * const *) b;
  return cmp_uint (x->data, y->data);
}

guint
xc_stories_assign (GPtrArray *documents, GPtrArray *claims, XcStoryMode mode)
{
  /* the stories given, and the documents without one */
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) keyless = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < documents->len; i++)
    {
      XcDocInfo *d = documents->pdata[i];
      if (!d->story_given)
        g_clear_pointer (&d->story, g_free);
      if (mode == XC_STORIES_NONE)
        continue;
      if (d->story_given)
        g_hash_table_add (taken, g_strdup (d->story));
      else
        g_array_append_val (keyless, i);
    }
  if (mode == XC_STORIES_NONE)
    return 1;

  if (keyless->len > 0)
    {
      /* each keyless document's claims (claims are sorted by file) */
      g_autoptr(GHashTable) claims_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                               (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < claims->len; i++)
        {
          XcClaim *c = claims->pdata[i];
          if (c->file == NULL)
            continue;
          GPtrArray *list = g_hash_table_lookup (claims_of, c->file);
          if (list == NULL)
            g_hash_table_insert (claims_of, c->file, list = g_ptr_array_new ());
          g_ptr_array_add (list, c);
        }
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      Doc *docs = NULL;
      g_autofree guint *df = NULL;
      g_autoptr(GPtrArray) found = cluster_documents (documents, keyless, claims_of, names, ids, &docs, &df);
      g_ptr_array_sort (found, cmp_first);
      /* one story found and none given: the run is one story, unnamed */
      if (!(found->len == 1 && g_hash_table_size (taken) == 0))
        for (guint s = 0; s < found->len; s++)
          {
            GArray *members = found->pdata[s];
            g_autofree char *base = story_name (docs, members, df, names);
            char *name = g_strdup (base);
            for (guint k = 2; g_hash_table_contains (taken, name); k++)
              {
                g_free (name);
                name = g_strdup_printf ("%s-%u", base, k);
              }
            g_hash_table_add (taken, name);
            for (guint m = 0; m < members->len; m++)
              {
                XcDocInfo *d = documents->pdata[g_array_index (keyless, guint, g_array_index (members, guint, m))];
                d->story = g_strdup (name);
              }
          }
      for (guint i = 0; i < keyless->len; i++)
        {
          g_array_unref (docs[i].names);
          g_array_unref (docs[i].days);
        }
      g_free (docs);
    }
  return MAX (1, g_hash_table_size (taken));
}
