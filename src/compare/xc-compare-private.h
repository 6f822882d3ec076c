/* xc-compare-private.h - what the comparison's stages share: terms, events, items,
 * alignment, wire copy, judging (intervals and blocks: xc-interval-private.h; the
 * aligner's own parts: xc-align-private.h)
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-private.h"
#include "xc-wordset-private.h"
#include "xc-interval-private.h"

G_BEGIN_DECLS

/* A key of two 32-bit numbers (an item and a document, two items) for a hash table
 * of guint64 keys. GLib 2.74's g_int64_hash keeps only the low 32 bits, so every key
 * sharing its low half fell in one chain; this mixes all 64 (splitmix64's finalizer). */
static inline guint64
xc_pair_key (guint high, guint low)
{
  return ((guint64) high << 32) | low;
}

static inline guint
xc_pair_key_hash (gconstpointer v)
{
  guint64 x = *(const guint64 *) v;
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return (guint) x;
}

static inline gboolean
xc_pair_key_equal (gconstpointer a, gconstpointer b)
{
  return *(const guint64 *) a == *(const guint64 *) b;
}

/* XC_DEBUG_ALIGN=1 prints items, candidate pairs and merge decisions on stderr
 * (xc-align.c); xc_comparison_run() then aligns one story at a time, so that
 * each story's lines stay together. */
gboolean    xc_align_debug        (void);

/* ---------- answers kept per pair (xc-pair-memo.c) ---------- */

/* Non-zero 64-bit keys (xc_pair_key (high, low)) to a non-zero byte each;
 * zero-initialised it is empty. Pairs of small numbers (both below
 * XC_PAIR_MEMO_SMALL) are kept in a plain table, the rest hashed. */
#define XC_PAIR_MEMO_SMALL 64
typedef struct {
  guint64 *keys;   /* 0: a free slot */
  guint8  *vals;
  gsize    cap, len;
  guint8  *small;  /* XC_PAIR_MEMO_SMALL x XC_PAIR_MEMO_SMALL, 0: not known */
} XcPairMemo;

/* Whether @key has an answer, then stored in @out (the hashed part). */
gboolean    xc_pair_memo_get_hashed (const XcPairMemo *m, guint64 key, guint8 *out);
/* Keeps @val (not 0) for @key (not 0). */
void        xc_pair_memo_put      (XcPairMemo *m, guint64 key, guint8 val);
/* Frees what @m holds; it is empty again. */
void        xc_pair_memo_clear    (XcPairMemo *m);

/* Whether @key has an answer, then stored in @out. */
static inline gboolean
xc_pair_memo_get (const XcPairMemo *m, guint64 key, guint8 *out)
{
  guint64 hi = key >> 32, lo = key & G_MAXUINT32;
  if (hi < XC_PAIR_MEMO_SMALL && lo < XC_PAIR_MEMO_SMALL)
    {
      guint8 v = m->small ? m->small[hi * XC_PAIR_MEMO_SMALL + lo] : 0;
      *out = v;
      return v != 0;
    }
  return xc_pair_memo_get_hashed (m, key, out);
}

/* ---------- stories (xc-story.c) ---------- */

/* Sets the story of each document of a run (@documents sorted by file, @claims
 * by file and offset) and returns how many stories it holds: 1 (stories NULL but
 * for those given) when @mode is NONE or one story is found and none given. */
guint       xc_stories_assign     (GPtrArray *documents, GPtrArray *claims, XcStoryMode mode);

/* ---------- terms (xc-terms.c) ---------- */

/**
 * XcToken:
 * One word of a sentence, normalized: lowercase, possessive stripped, crudely
 * stemmed; numbers rounded to two significant digits (years kept).
 */
typedef struct {
  char     *stem;       /* the normalized term; NULL for a stopword */
  char      key[8];     /* the first four letters, lowercase: matches "Russia"/"Russian" */
  gsize     start;      /* byte offsets in the sentence */
  gsize     end;
  gboolean  cap;        /* written with a capital */
  gboolean  initial;    /* first word of the sentence */
  gboolean  calendar;   /* a month or weekday name */
  gboolean  possessive; /* written with 's */
} XcToken;

/* (transfer full) XcToken array (g_array with clear func) */
GArray     *xc_terms_tokenize     (const char *sentence);
/* A cache of what each lowercase word becomes, for xc_terms_tokenize_cached(). */
GHashTable *xc_terms_stem_cache_new (void);
/* As xc_terms_tokenize(), but the tokens' stems are borrowed from @cache (no clear func):
 * the array must not outlive the cache. */
GArray     *xc_terms_tokenize_cached (const char *sentence, GHashTable *cache);
gboolean    xc_terms_is_stopword  (const char *lower);
/* (transfer full) the normalized term of one lowercase word, or NULL for a stopword */
char       *xc_terms_stem         (const char *lower);
/* Whether a compound stem may be two words split at byte @at ("earthquak" at 5: "earth",
 * "quak"): both long enough, consonants at the seam, no Latin prefix ("inter|national").
 * Whether the last part is a word is the caller's to know. */
gboolean    xc_terms_compound_at  (const char *stem, gsize at);
/* Whether a stem (xc_terms_stem) is a verb that moves or states a figure ("rose", "hit",
 * "struck"): no head term of a figure. */
gboolean    xc_terms_is_figure_verb (const char *stem);

/* ---------- events (xc-event.c) ---------- */

/* The bit of an event class in a set of classes (a guint64). */
#define XC_EVENT_BIT(cls) (G_GUINT64_CONSTANT (1) << (cls))

/* The event class (1..xc_event_n_classes()) of a stemmed word (xc_terms_stem), or 0. */
guint       xc_event_class        (const char *stem);
guint       xc_event_n_classes    (void);
/* (transfer none) the class's name ("declare", "visit"), or NULL for 0 */
const char *xc_event_class_name   (guint cls);
typedef enum {
  XC_EVENT_BARRIER_NONE,
  XC_EVENT_BARRIER_VERB,    /* "and", "to": another verb may follow, of the same participants */
  XC_EVENT_BARRIER_CLAUSE,  /* "when", "before", "which": a clause of its own follows */
} XcEventBarrier;

/* Whether a word ends an event's reach to the right of a date, and how. */
XcEventBarrier xc_event_barrier   (const char *word, gsize len);
/* TRUE when two dates' events are known, differ and are not related (a "visit" and an
 * "arrival" are), and neither sentence mentions the other's event at all (@a_events,
 * @b_events: the classes of their sentences). */
gboolean    xc_events_clash       (guint a, guint64 a_events, guint b, guint64 b_events);

/* A weighted term of a claim's context. */
typedef struct {
  guint  id;
  float  w;
} XcTermWeight;

/* ---------- items: a claim as the aligner sees it (xc-align*.c) ---------- */

/* A name near a claim: its interned four-letter key, and its distance in tokens. */
typedef struct {
  const char *key;
  const char *word;   /* the name in lower case, whole ("salonika"): WordNet's aliases */
  guint       dist;
  guint16     story;  /* more than half the documents of the run name it: the story's own
                         name ("Dorva" in every report on Dorva), which tells no two facts
                         apart */
  guint16     word_id;/* @word's number in the aligner (1...), for answers kept per pair of
                         words; 0: past 65535 words, none kept */
} XcName;

typedef struct {
  /* (fields ordered by size: no padding, the run holds one item per claim) */
  XcClaim   *claim;       /* (transfer none) */
  const char *block;      /* interned kind/unit family: only equal blocks are compared */
  const char *source_key; /* source, or file when unknown */
  XcInterval iv;          /* effective interval: signed by direction, widened */
  const XcTermWeight *terms; /* sorted by id, unit length (owned by the aligner) */
  const XcName *names;    /* names near the claim (owned by the aligner) */
  const char * const *keys; /* interned four-letter keys of every word of its sentence, sorted by
                             address (owned by the aligner; NULL once xc_aligner_run() is done) */
  const char *fold;       /* the sentence folded for wire-copy detection (owned by the aligner) */
  const char *before;     /* interned: the two words before the claim (their keys), "" when none */
  guint64    events;      /* dates: XC_EVENT_BIT() of every event class of its sentence (but those
                             another date of the sentence governs) */
  guint      index;       /* position in the sorted claims */
  guint8     judged;      /* takes part in the verdict (not vague, resolved, bounded) */
  guint8     aligned;     /* takes part in alignment at all */
  guint8     digits;      /* significant digits of an exactly stated value (a fingerprint), else 0 */
  guint8     rare;        /* its document states few figures of its block (see xc-align-items.c) */
  guint      noun;        /* measures: the term of the noun the figure qualifies ("a magnitude 6.4
                             earthquake", "an aftershock of magnitude 5.1", "a depth of 10 km"),
                             G_MAXUINT when none */
  guint      heads;       /* offset of its head terms in the aligner's head list (the terms of its
                             clause right beside it, G_MAXUINT-terminated), G_MAXUINT when none */
  guint      n_terms;
  guint      n_names;
  guint      n_keys;
  gint       anchor;      /* a change rate: the index of the figure it changes, or -1 */
  gint       conv_of;     /* an amount in parentheses restating the one before it in other money
                             ("110 billion euros ($141 billion)"): that one's index, or -1 */
  guint      doc;         /* index of its document in the run */
  guint      position;    /* index of the claim's first token in its sentence */
  gint       cluster;     /* index of the group after alignment, or -1 */
  guint      event;       /* dates: the class of the event the date governs (xc-event.c), or 0 */
  guint      event_term;  /* dates: the term id of the word of its event, G_MAXUINT when none */
  float      event_w;     /* ... and its weight as if it stood beside the date (terms are unit length) */
} XcItem;

/* Every knob of alignment, in one table (the values: xc_align_defaults in xc-align.c). */
typedef struct {
  /* merging (xc-align-group.c) */
  double agree;           /* similarity enough to align agreeing claims */
  double conflict;        /* similarity needed to align claims whose values disagree */
  double self;            /* ... when both come from one document */
  guint  cross_check_cap; /* groups with more member pairs than this are never merged on
                             disagreeing values (too many pairs to check) */
  /* bonuses (xc-align-pairs.c) */
  double anchor_bonus;    /* added when the figures two change rates belong to are aligned */
  double digit_bonus;     /* per significant digit beyond the first, when two precise values agree */
  double event_bonus;     /* two dates of one event (xc-event.c) whose values agree, in other words */
  double scope_bonus;     /* the same month or day as scope, and a head term in common */
  double rare_bonus;      /* each document's best match for the other in a block both use rarely */
  double rare_floor;      /* pairs of rare figures below this similarity get no rare bonus */
  double rare_ratio;      /* ... nor figures further apart than this factor (other facts) */
  guint  event_name_window; /* two dates count as one event when each has a name within this many
                             tokens that the other's sentence holds too */
  guint  doc_name_min;    /* documents whose figures disagree must share a name held by at most
                             max(doc_name_min, a tenth of the documents) */
  /* candidate pairs (xc-align-pairs.c) */
  double fact_floor;      /* least context similarity of two claims that are each other's best
                             match in the other's document (xc-align-facts.c) */
  double fact_conflict;   /* ... and of two such claims whose values disagree */
  double fact_ratio;      /* ... whose values are within this factor of each other, unless their
                             context alone reaches `conflict` */
  guint  fact_block_max;  /* larger level blocks are grouped by candidate pairs and thresholds
                             (xc-align-group.c): facts compare all pairs of a block */
  guint  posting_cap;     /* terms on more postings than this do not propose candidates */
  guint  top_terms;       /* how many of a claim's terms propose candidates */
  guint  all_pairs_below; /* a block of fewer items than this compares every pair */
  /* a claim's context (xc-align-items.c) */
  guint  near_tokens;     /* words within this many tokens of the claim weigh fully... */
  double falloff;         /* ... then fall off: 1 / (1 + (distance - near_tokens) / falloff) */
  double clause_weight;   /* words of the claim's own clause weigh at least this much, however far */
  double other_clause;    /* words of other clauses count for less: their weight times this */
  guint  min_clause_terms; /* a clause with fewer other terms ("On April 9,") reaches into the next */
  guint  idf_prior;       /* IDF as if the run had this many more sentences without the term: a run
                             of a few sentences must not discount the words all share to nothing */
  double name_boost;      /* names (who and where) weigh this much more */
  guint  name_window;     /* names count as participants within this many tokens */
  guint  name_window_agree; /* names of another clause count this much farther; other names this
                             near make even agreeing values another fact */
  double compound_weight; /* a compound counts for its last word too, this much ("earthquake" ~ "quake") */
  guint  head_max;        /* head terms: at most this many words beside a figure (and their
                             compounds' last words)... */
  guint  head_left;       /* ... within this many content words before it */
  guint  event_reach;     /* a date's event: the nearest event word of its clause within this many tokens */
  guint  rare_per_doc;    /* a block a document states at most this many figures of is rare in it */
} XcAlignParams;

extern const XcAlignParams xc_align_defaults;

typedef struct _XcAligner XcAligner;

/**
 * xc_aligner_new:
 * @claims: (transfer none) XcClaim*, already sorted by (file, offset)
 * @params: (nullable): the knobs (copied), or NULL for xc_align_defaults
 * Builds the items (terms, names, blocks, intervals).
 */
XcAligner  *xc_aligner_new        (GPtrArray *claims, double tolerance, const XcAlignParams *params);
void        xc_aligner_free       (XcAligner *self);
/* Aligns; returns (transfer full) GPtrArray of GArray(guint item index), each sorted. */
GPtrArray  *xc_aligner_run        (XcAligner *self);
/* After xc_aligner_run(): frees what only pairing needed (names, sentence keys, who names
 * what); items keep their claim, block, interval, terms and fold for judging. */
void        xc_aligner_drop_pair_data (XcAligner *self);
XcItem     *xc_aligner_item       (XcAligner *self, guint index);
guint       xc_aligner_n_items    (XcAligner *self);
/* The similarity of two items' contexts (cosine of IDF x proximity weights). */
double      xc_aligner_similarity (XcAligner *self, guint a, guint b);
/* The term's text as first written (for labels). */
const char *xc_aligner_term       (XcAligner *self, guint id);
const char *xc_aligner_term_stem  (XcAligner *self, guint id);
/* TRUE when both have a name within @window tokens of the claim that the other's sentence lacks. */
/* Whether a name within @window tokens of one item stands in the other's sentence. */
gboolean    xc_items_share_a_name (const XcItem *a, const XcItem *b, guint window);
gboolean    xc_items_names_clash  (XcAligner *self, const XcItem *a, const XcItem *b, guint window);
/* The same, leaving out the story's own names (XcName.story): for two figures whose
 * clauses say they measure one named thing. */
gboolean    xc_items_names_clash_in_story (XcAligner *self, const XcItem *a, const XcItem *b, guint window);

/* ---------- union-find (xc-unionfind.c) ---------- */

/* (transfer full) @n sets of one element each: parent[i] = i */
guint      *xc_uf_new             (guint n);
/* The root of @x's set. */
guint       xc_uf_find            (guint *parent, guint x);
/* Joins the sets of @a and @b; the lower root stays root and is returned. */
guint       xc_uf_union           (guint *parent, guint a, guint b);

/* ---------- wire copy (xc-wire.c) ---------- */

/* Two sentences whose folded words overlap this much (xc_fold_overlap) are one sentence
 * carried by two sources: one voice when judging, and only claims at the same place in
 * it are one fact when aligning. */
#define XC_WIRE_COPY_OVERLAP 0.9

/* Folds a sentence for wire-copy comparison; (transfer full) */
char       *xc_fold_sentence      (const char *s);
/* Token overlap of two folded sentences, 0..1 */
double      xc_fold_overlap       (const char *a, const char *b);
/* A folded sentence's words, sorted once, for asking its overlap with many others
 * (judging asks it for every pair of a group's members). */
typedef struct {
  const char *fold;      /* borrowed */
  gpointer    words;     /* its words, sorted; NULL when @fold is NULL or empty */
  guint       n;
} XcFoldWords;
void        xc_fold_words_init    (XcFoldWords *w, const char *fold);
void        xc_fold_words_clear   (XcFoldWords *w);
/* xc_fold_overlap (a->fold, b->fold), from the sorted words */
double      xc_fold_overlap_words (const XcFoldWords *a, const XcFoldWords *b);

/* ---------- judging (xc-judge.c) ---------- */

/* Judges @group (members filled, sorted): verdict, outliers, voices, flags, reason.
 * @docs: (nullable) file -> XcDocInfo*, for the publication date of each member's
 * document (figures that changed between reports: docs/design-compare.md, "Updated"). */
void        xc_group_judge        (XcGroup *group, XcAligner *aligner, GArray *items, GHashTable *docs,
                                   double tolerance);
/* Whether time explains why the values of @group (several sources, not all
 * compatible) differ: a running or revised figure that moved on between reports
 * (*@out XC_VERDICT_UPDATED, later members marked) or ages of reports years apart
 * that agree on the birth year (*@out XC_VERDICT_AGREE); the reason is appended
 * to @reason. FALSE leaves the group and @reason as they were. (xc-updated.c) */
gboolean    xc_group_over_time    (XcGroup *group, XcAligner *aligner, GArray *items, GHashTable *docs,
                                   GString *reason, XcVerdict *out);
/* xc-weekday.c: the weekday (1 = Monday ... 7 = Sunday) a date claim names or falls
 * on, 0 when unknown ("Dec. 6" with no year). */
guint       xc_claim_weekday      (const XcClaim *c);
/* ... and the month and day as month * 100 + day ("Dec. 6": 1206), 0 when unknown. */
guint       xc_claim_month_day    (const XcClaim *c);
/* For a group of dates whose values do not clash: whether the weekdays or the days of
 * the month its members name ("on Saturday", "Dec. 6" in a report with no date) or
 * fall on disagree; if so the group
 * becomes a conflict, the minority its odd ones out, and @reason says why. */
gboolean    xc_weekdays_clash     (XcGroup *group, XcAligner *aligner, GArray *items, GString *reason);
gboolean    xc_month_days_clash   (XcGroup *group, XcAligner *aligner, GArray *items, GString *reason);
/* Fills label and id: the label from what the members are about (xc-label.c), or from
 * the group's key terms when none says; the id from the key terms. */
void        xc_group_describe     (XcGroup *group, XcAligner *aligner, GArray *items);

/* ---------- labels (xc-label.c) ---------- */

/* Where claim @c's text stands in its (whitespace-folded) sentence: the occurrence
 * nearest its offset; NULL when the sentence does not hold it. */
const char *xc_claim_in_sentence  (const XcClaim *c);

/* (transfer full) the label of a group of @n claims from what they are about
 * ("people injured in Athens", "date of the shooting — Ortiz", "trade growth, 2023"),
 * with @scope (nullable) the period most members share; NULL when what they are
 * about says no more than their kind ("date", "amount"): no claim has one, or none
 * that most agree on. */
char       *xc_label_from_about   (const XcClaim * const *claims, guint n, const char *scope);
/* (transfer full) what lined a group's claims up, in words an editor can check: "same
 * measure: injure; same place: Athens; same period: 2023", from what most members are
 * about; "the words around the figures" when they share nothing more. */
char       *xc_label_lined_up_by  (const XcClaim * const *claims, guint n, const char *scope);

G_END_DECLS
