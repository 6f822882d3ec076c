/* xc-align-private.h - what the parts of the aligner share: the sentences it has read,
 * candidate pairs, and the aligner itself (its knobs: XcAlignParams, in
 * xc-compare-private.h). The parts, in the order a run takes them: xc-align.c (the aligner's life and xc_aligner_run), xc-align-items.c
 * (each claim's context: terms, names, events, head terms), xc-align-pairs.c
 * (candidate pairs and their scores), xc-align-group.c (average-link grouping).
 * Only these files include it.
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-compare-private.h"

G_BEGIN_DECLS

/* Runs of at most this many claims keep each sentence's tokens between the two passes
 * of xc_align_items_build () (about 0.5 KB per claim); larger ones make them twice. */
#define XC_ALIGN_KEEP_TOKENS_MAX 20000

/* A sentence the run holds, read once however many claims stand in it. */
typedef struct {
  /* the key: (file, offset, text), all borrowed from the first claim that stands in it */
  const char *file;
  gsize       offset;
  const char *text;
  guint       hash;
  GArray     *tokens;     /* Tok (xc-align-items.c): only while its claims are weighed */
  const char **keys;      /* interned four-letter keys, sorted by address, unique */
  guint       n_keys;
  char       *fold;
} Sentence;

/* A candidate pair of items (item indices, a < b) and its score. */
typedef struct {
  guint  a, b;
  double sim;
  double score;
  gboolean veto;
  gboolean rare;          /* both figures rare in their documents: may earn the rare bonus */
  gboolean weak;          /* proposed only because both are rare: kept only with the bonus */
  gboolean scoped;        /* got the scope bonus */
} Edge;

struct _XcAligner {
  GArray     *items;      /* XcItem */
  gpointer   fact_marks;  /* xc-align-facts.c: what each count's own text marks (CountMarks per
                             item), read once per item when first asked */
  guint8    *fact_marks_read;
  GHashTable *fact_mark_classes; /* xc-align-facts.c: marks as a string -> class (CountMarks.klass) */
  guint16   *fact_calendar; /* xc-align-facts.c: each item's weekday and month-day + 1
                               (calendar_of ()), 0 when not read yet */
  GHashTable *fact_units;  /* counted noun (pooled string) -> id + 1 */
  guint      *fact_ids;    /* per item: the ids in fact_units of its counted noun, measure and
                              event word (string_id ()), 0 when not read yet */
  XcPairMemo  fact_compat; /* xc_pair_key (unit ids) -> count_nouns_compatible () result + 1 */
  XcPairMemo  fact_measures; /* xc_pair_key (measure ids, in fact_units) -> measures_related () + 1 */
  XcPairMemo  fact_verbs;  /* xc_pair_key (event word ids) -> xc_lexicon_verbs_related () + 1 */
  GStringChunk *keys;     /* one copy of each word key, "before" key and block: compared by
                             address, freed with the aligner (GLib's interning would keep
                             every word ever compared for the life of the process) */
  GHashTable *sentences;  /* "file\x1foffset" -> Sentence* */
  GHashTable *term_ids;   /* stem -> id + 1 */
  GPtrArray  *stems;      /* id -> stem */
  GPtrArray  *surfaces;   /* id -> surface form for labels (see surface_rank) */
  GByteArray *surface_rank;
  GArray     *df;         /* id -> guint sentences holding it */
  GArray     *term_event; /* id -> guint8 event class of the term (xc-event.c), or 0 */
  GArray     *term_verb;  /* id -> guint8: a verb that moves a figure (xc_terms_is_figure_verb) */
  GArray     *term_tail;  /* id -> guint id of the word a compound ends with ("earthquake":
                             "quake"), when the run holds it as a word, else G_MAXUINT */
  GHashTable *name_word_ids; /* a name's word (pooled in keys) -> XcName.word_id */
  XcPairMemo  name_aliases; /* xc_pair_key (XcName.word_id of two words) -> xc_lexicon_synonyms () + 1 */
  GHashTable *capitalized;/* interned keys of words written with a capital mid-sentence */
  guint       n_sentences;
  double      tolerance;
  GPtrArray  *doc_names;  /* per document: GArray of interned name keys, sorted by address */
  GHashTable *name_docs;  /* name key -> documents naming it */
  GArray     *term_arena; /* XcTermWeight: every item's terms, one after the other */
  GArray     *name_arena; /* XcName: every item's names */
  GHashTable *stem_cache; /* lowercase word -> stem (xc_terms_tokenize_cached) */
  GArray     *head_arena; /* guint: every item's head terms, each list G_MAXUINT-terminated */
  XcTermWeight *terms;    /* the term arena once complete, no bigger than it needs */
  XcAlignParams params;   /* the knobs of this run */
  gboolean    keep_tokens;/* xc-align-items.c: sentences keep their tokens from pass 1 to pass 2 */
};

/* xc_aligner_item () for the aligner's own parts: inlined. */
static inline XcItem *
xc_align_item (XcAligner *self, guint index)
{
  return &g_array_index (self->items, XcItem, index);
}

/* Two claims of one sentence (claims of a sentence are neighbours in item order). */
static inline gboolean
xc_items_same_sentence (const XcItem *x, const XcItem *y)
{
  /* claims are sorted by file, so two documents are two files */
  return x->doc == y->doc && x->claim->sentence_offset == y->claim->sentence_offset
         && g_strcmp0 (x->claim->file, y->claim->file) == 0;
}

/* ---------- items (xc-align-items.c) ---------- */

/* (transfer full) an empty set of Sentence, for XcAligner.sentences */
GHashTable *xc_align_sentences_new (void);
/* Reads every sentence once, then builds an item per claim (@claims sorted by file and
 * offset): terms, names, head terms, events, anchors, rarity. */
void        xc_align_items_build  (XcAligner *self, GPtrArray *claims);

/* ---------- pairs (xc-align-pairs.c) ---------- */

/* The dot product of two term vectors sorted by id. */
double      xc_align_dot          (const XcTermWeight *a, guint na, const XcTermWeight *b, guint nb);
/* Whether two documents share a name that few documents of the run hold. */
gboolean    xc_align_docs_share_a_name (XcAligner *self, guint a, guint b);
/* (transfer full) the candidate pairs (Edge) of one block (@idx: its item indices). */
GArray     *xc_align_block_edges  (XcAligner *self, GArray *idx, const XcAlignParams *p);
/* A sentence does not state one fact twice; periods that exclude each other, dates of
 * other events and measures of other things are other facts. */
gboolean    xc_align_pair_allowed (XcAligner *self, const XcItem *x, const XcItem *y);
/* In a sentence two sources carry (wire copy), claims at other places are other facts. */
gboolean    xc_align_other_place_in_copy (const XcItem *x, const XcItem *y, double sim);
/* A pair's score: context similarity (@out_sim) and the bonuses for agreeing precise
 * digits, one event, a shared specific scope (@out_scoped), the figures that two change
 * rates change (@out_veto: they change different figures). */
double      xc_align_pair_score   (XcAligner *self, const XcItem *x, const XcItem *y, const XcAlignParams *p,
                                   double *out_sim, gboolean *out_veto, gboolean *out_scoped);
/* xc_align_pair_score () with the context similarity already known (@sim: the dot of
 * their terms, as xc_align_dot () gives it). */
double      xc_align_pair_score_sim (XcAligner *self, const XcItem *x, const XcItem *y, const XcAlignParams *p,
                                     double sim, double *out_sim, gboolean *out_veto, gboolean *out_scoped);
/* One item's terms spread by term id, to take its dot with many others: each dot walks
 * only the other's terms. Zero-initialised it is empty. */
typedef struct {
  float *w;
  guint *stamp;     /* stamp[id] == now: w[id] is the item's weight of term id */
  guint  cap, now;
} XcAlignDense;
void        xc_align_dense_set    (XcAlignDense *d, XcAligner *self, const XcItem *x);
/* xc_align_dot () of the item set and @y: the same sum, added in the same order */
double      xc_align_dense_dot    (const XcAlignDense *d, const XcItem *y);
void        xc_align_dense_clear  (XcAlignDense *d);
/* Whether two figures have a head term in common (a word right beside each, in its clause). */
gboolean    xc_align_heads_shared (XcAligner *self, const XcItem *x, const XcItem *y);
/* Adds to @edges the pairs of change rates whose figures were aligned. */
void        xc_align_anchor_edges (XcAligner *self, GArray *idx, GArray *edges, const XcAlignParams *p);

/* ---------- grouping (xc-align-group.c) ---------- */

/* Groups one block's items along @edges (sorted here), adding each group (GArray of
 * item indices, ascending) to @clusters and setting its members' cluster. */
void        xc_align_cluster_block (XcAligner *self, GArray *idx, GArray *edges, GPtrArray *clusters,
                                    const XcAlignParams *p);

/* ---------- facts (xc-align-facts.c) ---------- */

/* Groups one level block as facts: pairs from two documents kept on strong context or
 * as each other's best match, disagreement only on what the figures are about, one
 * statement per document per group (see docs/design-compare.md). Adds each group (GArray
 * of item indices, ascending) to @clusters. */
void        xc_align_fact_block   (XcAligner *self, GArray *idx, GPtrArray *clusters,
                                   const XcAlignParams *p);

G_END_DECLS
