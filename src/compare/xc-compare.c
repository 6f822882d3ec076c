/* xc-compare.c - a comparison run: documents in, groups out
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-compare-private.h"
#include "xc-lexicon-private.h"

static const char * const xc_verdict_names[] = {
  [XC_VERDICT_AGREE] = "agree", [XC_VERDICT_CONFLICT] = "conflict",
  [XC_VERDICT_SINGLE] = "single", [XC_VERDICT_UPDATED] = "updated",
};

const char *
xc_verdict_to_string (XcVerdict v)
{
  return (guint) v < G_N_ELEMENTS (xc_verdict_names) ? xc_verdict_names[v] : "unknown";
}

gboolean
xc_verdict_from_string (const char *s, XcVerdict *out)
{
  for (guint i = 0; s && i < G_N_ELEMENTS (xc_verdict_names); i++)
    if (g_str_equal (s, xc_verdict_names[i]))
      {
        *out = (XcVerdict) i;
        return TRUE;
      }
  return FALSE;
}

static void
doc_info_free (XcDocInfo *d)
{
  if (d == NULL)
    return;
  g_free (d->file);
  g_free (d->source);
  g_free (d->published);
  g_free (d->error);
  g_free (d->title);
  g_free (d->story);
  g_free (d);
}

XcGroup *
xc_group_new (void)
{
  XcGroup *g = g_new0 (XcGroup, 1);
  g->members = g_ptr_array_new_with_free_func (g_free);
  return g;
}

void
xc_group_free (XcGroup *g)
{
  if (g == NULL)
    return;
  g_free (g->id);
  g_free (g->label);
  g_free (g->reason);
  g_free (g->story);
  if (g->members)
    g_ptr_array_unref (g->members);
  g_free (g->member_block);
  g_free (g);
}

/* The claims of a run are stored XC_CLAIM_BLOCK to a block: one allocation for
 * many, without malloc's overhead on each (a million claims at 10,000 documents). */
#define XC_CLAIM_BLOCK 1024

static XcClaim *
claim_slot (XcComparison *self)
{
  if (self->claim_blocks->len == 0 || self->claim_block_used == XC_CLAIM_BLOCK)
    {
      g_ptr_array_add (self->claim_blocks, g_new (XcClaim, XC_CLAIM_BLOCK));
      self->claim_block_used = 0;
    }
  XcClaim *block = g_ptr_array_index (self->claim_blocks, self->claim_blocks->len - 1);
  return &block[self->claim_block_used++];
}

XcClaim *
xc_comparison_adopt_claim (XcComparison *self, XcClaim *own)
{
  /* the claim moves into the run's blocks, and its strings into the run's chunk:
   * many claims share a sentence, a unit, a date, and all of a document's share
   * its file and source; at 10,000 documents, hundreds of megabytes of small
   * allocations become one copy of each string. Texts repeat too across a run
   * ("2023", "5%", "Monday": 883 distinct of 1,692 in the development set, 563
   * of 95,000 in bench/gen-stories.awk's 1,000 documents) */
  XcClaim *c = claim_slot (self);
  *c = *own;
  g_free (own);
  for (guint k = 0; k < XC_CLAIM_N_STRINGS; k++)
    {
      char **slot = xc_claim_string (c, k);
      char *str = *slot;
      if (str == NULL)
        continue;
      *slot = g_string_chunk_insert_const (self->strings, str);
      g_free (str);
    }
  g_ptr_array_add (self->claims, c);
  return c;
}

XcComparison *
xc_comparison_new (void)
{
  XcComparison *self = g_new0 (XcComparison, 1);
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) doc_info_free);
  self->claims = g_ptr_array_new ();   /* the claims live in claim_blocks, their strings in strings */
  self->claim_blocks = g_ptr_array_new_with_free_func (g_free);
  self->strings = g_string_chunk_new (1 << 16);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_group_free);
  return self;
}

void
xc_comparison_free (XcComparison *self)
{
  if (self == NULL)
    return;
  if (self->group_of)
    g_hash_table_unref (self->group_of);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->claims);
  g_ptr_array_unref (self->claim_blocks);
  g_ptr_array_unref (self->documents);
  g_string_chunk_free (self->strings);
  g_free (self);
}

void
xc_comparison_add_document_full (XcComparison *self, const XcDocInfo *info, GPtrArray *claims)
{
  XcDocInfo *d = g_new0 (XcDocInfo, 1);
  d->file = g_strdup (info->file);
  d->source = g_strdup (info->source);
  d->published = g_strdup (info->published);
  d->error = g_strdup (info->error);
  d->title = g_strdup (info->title);
  d->story = info->story && *info->story ? g_strdup (info->story) : NULL;
  d->story_given = d->story != NULL;
  if (claims)
    {
      d->n_claims = claims->len;
      /* each claim moves: @claims is left holding where each one now is */
      g_ptr_array_set_free_func (claims, NULL);
      for (guint i = 0; i < claims->len; i++)
        claims->pdata[i] = xc_comparison_adopt_claim (self, claims->pdata[i]);
      g_ptr_array_unref (claims);
    }
  g_ptr_array_add (self->documents, d);
}

void
xc_comparison_set_document_title (XcComparison *self, const char *file, const char *title)
{
  g_return_if_fail (self != NULL && file != NULL);
  for (guint i = self->documents->len; i-- > 0;)
    {
      XcDocInfo *d = self->documents->pdata[i];
      if (g_strcmp0 (d->file, file) == 0)
        {
          g_free (d->title);
          d->title = g_strdup (title);
          return;
        }
    }
}

void
xc_comparison_add_document (XcComparison *self, const char *file, const char *source,
                            const GDate *published, const char *error_message, GPtrArray *claims)
{
  g_autofree char *iso = published && g_date_valid (published) ? xc_iso_from_date (published) : NULL;
  XcDocInfo info = { .file = (char *) file, .source = (char *) source, .published = iso,
                     .error = (char *) error_message };
  xc_comparison_add_document_full (self, &info, claims);
}

gboolean
xc_comparison_add_jsonl (XcComparison *self, const char *line, gssize len, GError **error)
{
  gsize n = len < 0 ? strlen (line) : (gsize) len;
  while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
    n--;
  if (n == 0)
    return TRUE;
  /* "KEY<tab>{...}" from extract --key: the object after the first tab */
  if (line[0] != '{')
    {
      const char *tab = memchr (line, '\t', n);
      if (tab == NULL)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "not a document object of extract --format jsonl");
          return FALSE;
        }
      n -= (gsize) (tab + 1 - line);
      line = tab + 1;
    }
  g_autoptr(JsonParser) parser = json_parser_new ();
  if (!xc_json_parse (parser, line, (gssize) n, error))
    return FALSE;
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "not a document object of extract --format jsonl");
      return FALSE;
    }
  JsonObject *o = json_node_get_object (root);
  g_autofree char *file = NULL, *source = NULL, *published = NULL, *problem = NULL, *story = NULL;
  const char *bad = !xc_json_get_string (o, "file", &file) || file == NULL ? "file"
                  : !xc_json_get_string (o, "source", &source) ? "source"
                  : !xc_json_get_string (o, "published", &published) ? "published"
                  : !xc_json_get_string (o, "error", &problem) ? "error"
                  : !xc_json_get_string (o, "story", &story) ? "story" : NULL;
  if (bad)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "document: '%s' is missing or not a string", bad);
      return FALSE;
    }
  JsonNode *cn = json_object_get_member (o, "claims");
  if (cn && !JSON_NODE_HOLDS_ARRAY (cn))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s: 'claims' is not an array", file);
      return FALSE;
    }
  GPtrArray *claims = NULL;
  if (problem == NULL)
    {
      claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      JsonArray *a = cn ? json_node_get_array (cn) : NULL;
      for (guint i = 0; a && i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          g_autoptr(GError) local = NULL;
          XcClaim *c = e && JSON_NODE_HOLDS_OBJECT (e) ? xc_claim_from_json (json_node_get_object (e), &local) : NULL;
          if (c == NULL)
            {
              g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s: claim %u: %s", file, i + 1,
                           local ? local->message : "not an object");
              g_ptr_array_unref (claims);
              return FALSE;
            }
          g_ptr_array_add (claims, c);
        }
    }
  XcDocInfo info = { .file = file, .source = source, .published = published, .error = problem, .story = story };
  xc_comparison_add_document_full (self, &info, claims);
  return TRUE;
}

/* (file, offset), then what was found there: the order every later step relies on. */
static int
cmp_claim (gconstpointer pa, gconstpointer pb)
{
  const XcClaim *a = *(XcClaim * const *) pa, *b = *(XcClaim * const *) pb;
  int r = g_strcmp0 (a->file, b->file);
  if (r)
    return r;
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  if (a->length != b->length)
    return a->length < b->length ? -1 : 1;
  if (a->kind != b->kind)
    return (int) a->kind - (int) b->kind;
  if ((r = g_strcmp0 (a->text, b->text)))
    return r;
  if ((r = g_strcmp0 (a->source, b->source)))
    return r;
  if (a->value != b->value)
    return a->value < b->value ? -1 : 1;
  return g_strcmp0 (a->iso, b->iso);
}

static int
cmp_doc (gconstpointer pa, gconstpointer pb)
{
  const XcDocInfo *a = *(XcDocInfo * const *) pa, *b = *(XcDocInfo * const *) pb;
  int r = g_strcmp0 (a->file, b->file);
  return r ? r : g_strcmp0 (a->source, b->source);
}

/* conflicts first, then figures that changed, agreements, single-source facts */
static int
verdict_rank (XcVerdict v)
{
  return v == XC_VERDICT_CONFLICT ? 0 : v == XC_VERDICT_UPDATED ? 1 : v == XC_VERDICT_AGREE ? 2 : 3;
}

static int
cmp_group (gconstpointer pa, gconstpointer pb)
{
  const XcGroup *a = *(XcGroup * const *) pa, *b = *(XcGroup * const *) pb;
  int r = g_strcmp0 (a->story, b->story);   /* story by story (NULL: a run of one) */
  if (r)
    return r;
  r = verdict_rank (a->verdict) - verdict_rank (b->verdict);
  if (r)
    return r;
  if ((r = g_strcmp0 (a->label, b->label)))
    return r;
  if ((r = g_strcmp0 (a->id, b->id)))
    return r;
  const XcClaim *x = ((XcMember *) a->members->pdata[0])->claim;
  const XcClaim *y = ((XcMember *) b->members->pdata[0])->claim;
  return cmp_claim (&x, &y);
}

/* Groups by base id, then by where their first claims stand. */
static int
cmp_group_place (gconstpointer pa, gconstpointer pb)
{
  const XcGroup *a = *(XcGroup * const *) pa, *b = *(XcGroup * const *) pb;
  int r = g_strcmp0 (a->id, b->id);
  if (r)
    return r;
  const XcClaim *x = ((XcMember *) a->members->pdata[0])->claim;
  const XcClaim *y = ((XcMember *) b->members->pdata[0])->claim;
  if ((r = cmp_claim (&x, &y)))
    return r;
  return a->members->len < b->members->len ? -1 : a->members->len > b->members->len;
}

static int
cmp_str_ptr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Aligns @claims (sorted by file and offset) and returns their groups (transfer
 * full), each in @story (NULL: the run is one story); @docs: file -> XcDocInfo of
 * the run. Reads only what it is given and the story's own aligner, so stories
 * may be aligned on several threads at once (see story_worker ()). */
static GPtrArray *
align_claims (GPtrArray *claims, double tolerance, const char *story, GHashTable *docs)
{
  XcAligner *al = xc_aligner_new (claims, tolerance, NULL);
  g_autoptr(GPtrArray) clusters = xc_aligner_run (al);
  xc_aligner_drop_pair_data (al);
  GPtrArray *groups = g_ptr_array_new_full (clusters->len, (GDestroyNotify) xc_group_free);
  for (guint c = 0; c < clusters->len; c++)
    {
      GArray *items = clusters->pdata[c];
      XcGroup *g = g_new0 (XcGroup, 1);   /* as xc_group_new (), members in one block */
      g->members = g_ptr_array_new_full (items->len, NULL);
      g->member_block = g_new0 (XcMember, items->len);
      XcItem *first = xc_aligner_item (al, g_array_index (items, guint, 0));
      g->kind = first->claim->kind;
      g->story = g_strdup (story);
      for (guint i = 0; i < items->len; i++)
        {
          XcMember *m = &g->member_block[i];
          m->claim = xc_aligner_item (al, g_array_index (items, guint, i))->claim;
          g_ptr_array_add (g->members, m);
        }
      xc_group_judge (g, al, items, docs, tolerance);
      xc_group_describe (g, al, items);
      g_ptr_array_add (groups, g);
    }
  xc_aligner_free (al);
  return groups;
}

/* The stories of a run, shared by the threads that align them. Everything here
 * but @next and the slots of @groups is read only while they run; each story's
 * aligner (its memo tables, caches, pairs) is its own, and WordNet is asked
 * through xc-lexicon.c's lock. */
typedef struct {
  GPtrArray   *claims;     /* the run's claims, sorted by (file, offset) */
  GPtrArray   *names;      /* the stories, in the order their groups are appended */
  GHashTable  *spans_of;   /* story name -> GArray of [start, end) runs of @claims */
  const guint *order;      /* indices into @names, in the order they are taken */
  GPtrArray  **groups;     /* per story (index into @names): its groups, once aligned */
  GHashTable  *docs;       /* file -> XcDocInfo */
  double       tolerance;
  gint         next;       /* (atomic) the next place in @order to take */
} StoryWork;

/* Takes stories until none is left; each thread writes only the slots of the
 * stories it took. */
static gpointer
story_worker (gpointer data)
{
  StoryWork *w = data;
  for (;;)
    {
      guint k = (guint) g_atomic_int_add (&w->next, 1);
      if (k >= w->names->len)
        return NULL;
      guint s = w->order[k];
      GArray *spans = g_hash_table_lookup (w->spans_of, w->names->pdata[s]);
      g_autoptr(GPtrArray) claims = g_ptr_array_new ();
      for (guint j = 0; j < spans->len; j++)
        for (guint i = g_array_index (spans, guint, 2 * j); i < g_array_index (spans, guint, 2 * j + 1); i++)
          g_ptr_array_add (claims, w->claims->pdata[i]);
      if (claims->len > 0)
        w->groups[s] = align_claims (claims, w->tolerance, w->names->pdata[s], w->docs);
    }
}

/* How many claims story @s holds (the sum of its runs). */
static guint
story_size (const StoryWork *w, guint s)
{
  GArray *spans = g_hash_table_lookup (w->spans_of, w->names->pdata[s]);
  guint n = 0;
  for (guint j = 0; j < spans->len; j++)
    n += g_array_index (spans, guint, 2 * j + 1) - g_array_index (spans, guint, 2 * j);
  return n;
}

static int
cmp_story_size (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const guint *sizes = data;
  guint a = *(const guint *) pa, b = *(const guint *) pb;
  if (sizes[a] != sizes[b])
    return sizes[a] > sizes[b] ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* Aligns every story of @w on @jobs threads (the caller's among them), then
 * appends their groups to @out in the order of @w->names: the same groups in
 * the same order as one thread gives. With more than one thread the largest
 * stories are taken first, so that no thread is left with a long story at
 * the end (a story's time grows with the square of its size). */
static void
align_stories (StoryWork *w, guint jobs, GPtrArray *out)
{
  guint n = w->names->len;
  g_autofree guint *order = g_new (guint, n);
  for (guint s = 0; s < n; s++)
    order[s] = s;
  jobs = MAX (1, MIN (jobs, n));
  if (jobs > 1)
    {
      g_autofree guint *sizes = g_new (guint, n);
      for (guint s = 0; s < n; s++)
        sizes[s] = story_size (w, s);
      g_qsort_with_data (order, (gint) n, sizeof (guint), cmp_story_size, sizes);
    }
  w->order = order;
  w->groups = g_new0 (GPtrArray *, n);
  w->next = 0;
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  for (guint t = 1; t < jobs; t++)
    {
      /* a thread that cannot be made leaves its share to the others */
      GThread *th = g_thread_try_new ("xc-story", story_worker, w, NULL);
      if (th)
        g_ptr_array_add (threads, th);
    }
  story_worker (w);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (threads->pdata[t]);
  for (guint s = 0; s < n; s++)
    if (w->groups[s])
      g_ptr_array_extend_and_steal (out, w->groups[s]);
  g_clear_pointer (&w->groups, g_free);
  w->order = NULL;
}

gboolean
xc_comparison_run (XcComparison *self, const XcCompareOptions *options, GError **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  double tolerance = options ? MAX (0, options->tolerance) : 0;
  g_ptr_array_sort (self->documents, cmp_doc);
  g_ptr_array_sort (self->claims, cmp_claim);
  g_ptr_array_set_size (self->groups, 0);
  self->n_conflicts = self->n_agree = self->n_single = self->n_updated = 0;
  /* the claim -> group index is built by xc_comparison_group_of() when first asked */
  g_clear_pointer (&self->group_of, g_hash_table_unref);

  /* each claim's document, for its publication date: the judge reads figures
   * that changed between reports (a running toll, an age) by it (one table for
   * every story of the run) */
  g_autoptr(GHashTable) docs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->documents->len; i++)
    {
      XcDocInfo *d = self->documents->pdata[i];
      if (d->file && !g_hash_table_contains (docs, d->file))
        g_hash_table_insert (docs, d->file, d);
    }
  XcStoryMode mode = options ? options->stories : XC_STORIES_NONE;
  /* one thread when debugging, so that each story's lines stay together; WordNet
   * opened (and WNSEARCHDIR set) before any thread asks it */
  guint jobs = options && !xc_align_debug () ? options->jobs : 1;
  (void) xc_lexicon_open (NULL);
  self->n_stories = xc_stories_assign (self->documents, self->claims, mode);
  if (self->n_stories <= 1)
    g_ptr_array_extend_and_steal (self->groups, align_claims (self->claims, tolerance, NULL, docs));
  else
    {
      /* each story on its own, as if it were the whole run: its claims in
       * (file, offset) order, its stories in the order of their names; a story
       * keeps where its claims stand in the run (runs of neighbours, one per
       * document at most) and gathers them only when its turn comes, so the
       * run holds no second list of every claim */
      g_autoptr(GHashTable) story_of = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GHashTable) spans_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                              (GDestroyNotify) g_array_unref);
      for (guint i = 0; i < self->documents->len; i++)
        {
          XcDocInfo *d = self->documents->pdata[i];
          if (!g_hash_table_contains (story_of, d->file))
            g_hash_table_insert (story_of, d->file, d->story);
          if (!g_hash_table_contains (spans_of, d->story))
            {
              g_hash_table_insert (spans_of, d->story, g_array_new (FALSE, FALSE, sizeof (guint) * 2));
              g_ptr_array_add (names, d->story);
            }
        }
      g_ptr_array_sort (names, cmp_str_ptr);
      GArray *last = NULL;
      for (guint i = 0; i < self->claims->len; i++)
        {
          XcClaim *c = self->claims->pdata[i];
          const char *story = c->file ? g_hash_table_lookup (story_of, c->file) : NULL;
          if (story == NULL)
            story = names->pdata[0];   /* a claim of no document added: the first story */
          GArray *spans = g_hash_table_lookup (spans_of, story);
          guint *span = spans == last && spans->len ? &g_array_index (spans, guint, 2 * (spans->len - 1)) : NULL;
          if (span && span[1] == i)
            span[1] = i + 1;
          else
            {
              guint add[2] = { i, i + 1 };
              g_array_append_vals (spans, add, 1);
            }
          last = spans;
        }
      StoryWork work = { .claims = self->claims, .names = names, .spans_of = spans_of, .docs = docs,
                         .tolerance = tolerance };
      align_stories (&work, jobs, self->groups);
    }

  /* two facts described alike: keep ids unique ("id-2", "id-3"...), numbered in the
   * order of their first claims, never of their labels or verdicts, so that a fact
   * keeps its id when its figures or its label change; each base id remembers its
   * next suffix so many look-alikes stay linear */
  g_ptr_array_sort (self->groups, cmp_group_place);
  /* keys are borrowed from the groups, which keep their final ids for the whole run */
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) next = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->groups->len; i++)
    {
      XcGroup *g = self->groups->pdata[i];
      const char *base = g_hash_table_lookup (seen, g->id);
      if (base)
        {
          guint k = MAX (2, GPOINTER_TO_UINT (g_hash_table_lookup (next, base)));
          for (;; k++)
            {
              g_autofree char *alt = g_strdup_printf ("%s-%u", g->id, k);
              if (!g_hash_table_contains (seen, alt))
                {
                  g_hash_table_insert (next, (gpointer) base, GUINT_TO_POINTER (k + 1));
                  g_free (g->id);
                  g->id = g_steal_pointer (&alt);
                  break;
                }
            }
        }
      g_hash_table_add (seen, g->id);
    }
  g_ptr_array_sort (self->groups, cmp_group);
  for (guint i = 0; i < self->groups->len; i++)
    {
      const XcGroup *g = self->groups->pdata[i];
      switch (g->verdict)
        {
        case XC_VERDICT_CONFLICT: self->n_conflicts++; break;
        case XC_VERDICT_AGREE: self->n_agree++; break;
        case XC_VERDICT_UPDATED: self->n_updated++; break;
        case XC_VERDICT_SINGLE:
        default: self->n_single++; break;
        }
    }
  return TRUE;
}

XcGroup *
xc_comparison_group_of (XcComparison *self, const XcClaim *claim)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (claim == NULL)
    return NULL;
  if (self->group_of == NULL)
    {
      /* one pass over the groups, on the first question (only lint asks) */
      self->group_of = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->groups->len; i++)
        {
          XcGroup *g = self->groups->pdata[i];
          for (guint m = 0; g->members && m < g->members->len; m++)
            g_hash_table_insert (self->group_of, ((XcMember *) g->members->pdata[m])->claim, g);
        }
    }
  return g_hash_table_lookup (self->group_of, claim);
}
