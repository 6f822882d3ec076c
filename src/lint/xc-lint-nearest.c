/* xc-lint-nearest.c - which sources a draft is compared with when there are many:
 * the ones that share the most words with it. Each source's words (those of the
 * sentences its claims stand in) are indexed once; a draft's nearest sources are
 * those whose shared words weigh most, a word weighing log(1 + N / df) among N
 * sources (a name few sources hold weighs much, "said" little).
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-lint-private.h"

struct _XcLintNearest {
  GHashTable   *ids;       /* word (pooled) -> id + 1 */
  GStringChunk *words;
  GPtrArray    *postings;  /* id -> GArray of guint document (ascending, unique) */
  GPtrArray    *data;      /* document -> the caller's pointer */
  GArray       *last;      /* id -> guint last document + 1 that held it (while adding) */
};

/* The words of @s of three bytes or more that hold a letter, lowercase (ASCII
 * folded; other bytes kept), each passed to @fn. */
static void
each_word (const char *s, void (*fn) (gpointer, const char *), gpointer user_data)
{
  char buf[64];
  while (s && *s)
    {
      while (*s && !g_ascii_isalnum (*s) && !((guchar) *s & 0x80))
        s++;
      gsize n = 0;
      gboolean letter = FALSE;
      for (; *s && (g_ascii_isalnum (*s) || ((guchar) *s & 0x80)); s++)
        {
          letter |= !g_ascii_isdigit (*s);
          if (n + 1 < sizeof buf)
            buf[n++] = g_ascii_tolower (*s);
        }
      buf[n] = '\0';
      if (n >= 3 && letter)
        fn (user_data, buf);
    }
}

typedef struct {
  XcLintNearest *self;
  guint          doc;
} AddCtx;

static void
add_word (gpointer p, const char *w)
{
  AddCtx *ctx = p;
  XcLintNearest *self = ctx->self;
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (self->ids, w));
  if (id == 0)
    {
      g_hash_table_insert (self->ids, g_string_chunk_insert (self->words, w),
                           GUINT_TO_POINTER (self->postings->len + 1));
      g_ptr_array_add (self->postings, g_array_new (FALSE, FALSE, sizeof (guint)));
      guint zero = 0;
      g_array_append_val (self->last, zero);
      id = self->postings->len;
    }
  guint *last = &g_array_index (self->last, guint, id - 1);
  if (*last == ctx->doc + 1)
    return;
  *last = ctx->doc + 1;
  g_array_append_val ((GArray *) self->postings->pdata[id - 1], ctx->doc);
}

XcLintNearest *
xc_lint_nearest_new (void)
{
  XcLintNearest *self = g_new0 (XcLintNearest, 1);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->words = g_string_chunk_new (1 << 14);
  self->postings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->data = g_ptr_array_new ();
  self->last = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
xc_lint_nearest_free (XcLintNearest *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->ids);
  g_string_chunk_free (self->words);
  g_ptr_array_unref (self->postings);
  g_ptr_array_unref (self->data);
  g_array_unref (self->last);
  g_free (self);
}

/* Each sentence once: the claims of one sentence are neighbours. */
static void
each_sentence (const XcComparison *pool, guint first, guint n, void (*fn) (gpointer, const char *), gpointer user_data)
{
  const char *prev = NULL;
  for (guint i = first; i < first + n; i++)
    {
      const XcClaim *c = pool->claims->pdata[i];
      if (c->sentence == NULL || (prev && g_str_equal (prev, c->sentence)))
        continue;
      prev = c->sentence;
      each_word (c->sentence, fn, user_data);
    }
}

void
xc_lint_nearest_add (XcLintNearest *self, const XcComparison *pool, guint first, guint n, gpointer data)
{
  AddCtx ctx = { self, self->data->len };
  g_ptr_array_add (self->data, data);
  each_sentence (pool, first, n, add_word, &ctx);
}

typedef struct {
  XcLintNearest *self;
  GHashTable    *seen;    /* word ids of the draft */
} FindCtx;

static void
find_word (gpointer p, const char *w)
{
  FindCtx *ctx = p;
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->self->ids, w));
  if (id)
    g_hash_table_add (ctx->seen, GUINT_TO_POINTER (id));
}

typedef struct {
  double score;
  guint  doc;
} Ranked;

static int
cmp_ranked (gconstpointer pa, gconstpointer pb)
{
  const Ranked *a = pa, *b = pb;
  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return a->doc < b->doc ? -1 : (a->doc > b->doc);
}

static int
cmp_uint (gconstpointer pa, gconstpointer pb)
{
  guint a = *(const guint *) pa, b = *(const guint *) pb;
  return a < b ? -1 : (a > b);
}

GPtrArray *
xc_lint_nearest_find (XcLintNearest *self, const XcComparison *pool, guint first, guint n, guint k)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  FindCtx ctx = { self, seen };
  each_sentence (pool, first, n, find_word, &ctx);
  /* word ids in ascending order: the sums are made in one order, whatever the hash */
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (guint), g_hash_table_size (seen));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, seen);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      guint id = GPOINTER_TO_UINT (key);
      g_array_append_val (ids, id);
    }
  g_array_sort (ids, cmp_uint);
  guint nd = self->data->len;
  g_autofree double *score = g_new0 (double, MAX (1, nd));
  for (guint i = 0; i < ids->len; i++)
    {
      GArray *post = self->postings->pdata[g_array_index (ids, guint, i) - 1];
      double w = log (1.0 + (double) nd / post->len);
      for (guint j = 0; j < post->len; j++)
        score[g_array_index (post, guint, j)] += w;
    }
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  for (guint d = 0; d < nd; d++)
    if (score[d] > 0)
      {
        Ranked r = { score[d], d };
        g_array_append_val (ranked, r);
      }
  g_array_sort (ranked, cmp_ranked);
  g_array_set_size (ranked, MIN (ranked->len, k));
  g_autoptr(GArray) chosen = g_array_sized_new (FALSE, FALSE, sizeof (guint), ranked->len);
  for (guint i = 0; i < ranked->len; i++)
    g_array_append_val (chosen, g_array_index (ranked, Ranked, i).doc);
  g_array_sort (chosen, cmp_uint);
  GPtrArray *out = g_ptr_array_sized_new (chosen->len);
  for (guint i = 0; i < chosen->len; i++)
    g_ptr_array_add (out, self->data->pdata[g_array_index (chosen, guint, i)]);
  return out;
}
