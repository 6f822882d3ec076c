/* xc-align.c - lining up the claims that state the same fact: blocks, context terms,
 * an inverted index for candidate pairs, and average-link grouping without chaining
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-compare-private.h"

/* Tuned on fixtures/clusters (our own invented articles), never on the seeds.
 * Asymmetry: aligning claims whose values disagree raises a conflict, so it
 * needs clearly more evidence than aligning claims that agree. */
const XcAlignParams xc_align_defaults = {
  .agree = 0.22,
  .conflict = 0.40,
  .self = 0.80,
  .anchor_bonus = 0.25,
  .digit_bonus = 0.1,
  .event_bonus = 1.0,
  .scope_bonus = 0.1,
  .rare_bonus = 0.15,
  .posting_cap = 100,
  .top_terms = 8,
};

/* Words nearer the claim say more about it: full weight within this many
 * tokens, then falling off. Names count as participants within NAME_WINDOW. */
#define NEAR_TOKENS 3
#define FALLOFF 5.0
#define NAME_WINDOW 20
/* documents whose figures disagree must share a name held by at most
 * max(5, a tenth of the documents) */
#define DOC_NAME_MIN_LIMIT 5
/* words of the claim's own clause weigh at least this much, however far */
#define CLAUSE_WEIGHT 0.4
#define NAME_BOOST 1.5
/* words of other clauses count for less */
#define OTHER_CLAUSE 0.7
#define MIN_CLAUSE_TERMS 3
/* IDF as if the run had this many more sentences without the term: a run of
 * a few sentences must not discount the words all of them share to nothing */
#define IDF_PRIOR 30
#define NAME_WINDOW_AGREE 4
/* a date's event: the nearest event word of its clause within this many tokens */
#define EVENT_REACH 12
/* ... and counts as one event with another date's when each has a name within this
 * many tokens that the other's sentence holds too */
#define EVENT_NAME_WINDOW 10
/* a compound counts for its last word too, this much ("earthquake" ~ "quake") */
#define COMPOUND_WEIGHT 0.5
/* head terms: at most this many words beside a figure (and their compounds' last words) */
#define HEAD_MAX 6
#define HEAD_LEFT 3
/* a block a document states at most this many figures of is rare in it */
#define RARE_PER_DOC 2
/* pairs of rare figures below this similarity get no bonus */
#define RARE_FLOOR 0.05
/* ... and figures further apart than this factor are other facts */
#define RARE_RATIO 1.5
#define ALL_PAIRS_BELOW 48
#define CROSS_CHECK_CAP 4096

/* A token as the aligner keeps it: small, no strings of its own. */
typedef struct {
  guint       term;       /* term id, or G_MAXUINT for a stopword or calendar word */
  const char *key;        /* interned four-letter key */
  guint32     start, end; /* bytes in the sentence */
  guint8      cap, initial, calendar, possessive, digit;
  guint8      event;      /* event class of the word (xc-event.c), or 0 */
  guint16     clause;     /* clauses are separated by , ; : ( ) and dashes between words */
} Tok;

typedef struct {
  /* the key: (file, offset, text), all borrowed from the first claim that stands in it */
  const char *file;
  gsize       offset;
  const char *text;
  guint       hash;
  GArray     *tokens;     /* Tok: only while its claims are weighed */
  const char **keys;      /* interned four-letter keys, sorted by address, unique */
  guint       n_keys;
  char       *fold;
} Sentence;

typedef struct {
  guint  a, b;
  double sim;
  double score;
  gboolean veto;
  gboolean rare;          /* both figures rare in their documents: may earn the rare bonus */
  gboolean weak;          /* proposed only because both are rare: kept only with the bonus */
  gboolean scoped;        /* got the scope bonus */
} Edge;

typedef struct {
  GArray    *members;     /* guint item index, ascending */
  GArray    *centroid;    /* XcTermWeight sorted by id, sum of member vectors */
  gboolean   has_common;  /* judged members share a point (or the majority's when split) */
  gboolean   split;       /* holds disagreeing values */
  XcInterval common;
  guint      n_judged;
} Cluster;

struct _XcAligner {
  GArray     *items;      /* XcItem */
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
};

static gboolean same_sentence (const XcItem *x, const XcItem *y);

/* XC_DEBUG_ALIGN=1 prints candidate pairs and merge decisions on stderr. */
static gboolean
debug_enabled (void)
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

/* ---------- claims: blocks, intervals, scopes ---------- */

char *
xc_claim_block_key (const XcClaim *c)
{
  const char *chg = c->direction != XC_DIRECTION_NONE ? "|chg" : "";
  switch (c->kind)
    {
    case XC_KIND_MONEY:
      return g_strdup_printf ("money|%s%s", c->unit ? c->unit : "?", chg);
    case XC_KIND_PERCENT:
      if (c->unit && g_str_equal (c->unit, "pp"))
        return g_strdup_printf ("pp%s", chg);
      if (c->direction != XC_DIRECTION_NONE)
        return g_strdup ("pct|chg");
      return g_strdup (c->share ? "pct|share" : "pct|level");
    case XC_KIND_COUNT:
      return g_strdup_printf ("count|%s%s", c->unit ? c->unit : "", chg);
    case XC_KIND_MEASURE:
      return g_strdup_printf ("measure|%s%s", c->si_unit ? c->si_unit : (c->unit ? c->unit : "?"), chg);
    case XC_KIND_DATE:
    case XC_KIND_DATERANGE:
      /* the period of a quantity ("in 2023") is not an event date of its own; a finer
       * one may still be an event the quantity shares its sentence with: it may join
       * a group, but is never judged (see xc_aligner_new) */
      if (c->is_scope && (c->kind != XC_KIND_DATE || c->iso == NULL || strlen (c->iso) < 7))
        return NULL;
      if (c->is_basis || c->vague)
        return NULL;   /* "up 4% over 2022": what a change is measured against; "now" */
      return g_strdup ("date");
    case XC_KIND_DURATION:
      return g_strdup ("duration");
    case XC_KIND_TIME:   /* instants (UTC minutes) apart from local readings: never judged together */
      return g_strdup (c->has_offset ? "time|utc" : "time");
    case XC_KIND_N_KINDS:
    default:
      return NULL;
    }
}

gboolean
xc_scopes_compatible (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return TRUE;
  GDate af, al, bf, bl;
  if (!xc_iso_date_bounds (a, &af, &al) || !xc_iso_date_bounds (b, &bf, &bl))
    return g_ascii_strcasecmp (a, b) == 0;
  return g_date_compare (&af, &bl) <= 0 && g_date_compare (&bf, &al) <= 0;
}

static gboolean
iso_interval (const char *first_iso, const char *last_iso, XcInterval *out)
{
  GDate f1, l1, f2, l2;
  if (!xc_iso_date_bounds (first_iso, &f1, &l1) || !xc_iso_date_bounds (last_iso, &f2, &l2))
    return FALSE;
  out->lo = xc_date_day_number (&f1);
  out->hi = xc_date_day_number (&l2);
  out->lo_open = out->hi_open = FALSE;
  return out->lo <= out->hi;
}

/* "P2D", "P3W", "P6Y", "P1M": days, with months and years spanning their lengths. */
static gboolean
duration_interval (const char *iso, XcInterval *out)
{
  if (iso == NULL || iso[0] != 'P')
    return FALSE;
  char *end = NULL;
  double n = g_ascii_strtod (iso + 1, &end);
  if (end == iso + 1 || end[0] == '\0' || end[1] != '\0')
    return FALSE;
  out->lo_open = out->hi_open = FALSE;
  switch (end[0])
    {
    case 'D': out->lo = out->hi = n; break;
    case 'W': out->lo = out->hi = 7 * n; break;
    case 'M': out->lo = 28 * n; out->hi = 31 * n; break;
    case 'Y': out->lo = 365 * n; out->hi = 366 * n; break;
    default: return FALSE;
    }
  return TRUE;
}

gboolean
xc_claim_effective_interval (const XcClaim *c, double tolerance, XcInterval *out)
{
  if (c->vague || !c->resolved)
    return FALSE;
  XcInterval iv = c->interval;
  gboolean unbounded = isinf (iv.lo) && isinf (iv.hi);
  switch (c->kind)
    {
    case XC_KIND_DATE:
      if (unbounded && !iso_interval (c->iso, c->iso, &iv))
        return FALSE;
      *out = iv;
      return TRUE;
    case XC_KIND_DATERANGE:
      if (unbounded && !iso_interval (c->start, c->end, &iv))
        return FALSE;
      *out = iv;
      return TRUE;
    case XC_KIND_TIME:   /* its window in minutes, as extracted; none: not judged */
      *out = iv;
      return !unbounded;
    case XC_KIND_DURATION:
      if (unbounded && !duration_interval (c->iso, &iv))
        return FALSE;
      break;
    default:
      if (unbounded)
        return FALSE;
      break;
    }
  if (c->direction == XC_DIRECTION_DOWN)
    {
      XcInterval neg = { -iv.hi, -iv.lo, iv.hi_open, iv.lo_open };
      iv = neg;
    }
  if (tolerance > 0)
    {
      double base = c->qualifier == XC_QUALIFIER_RANGE ? MAX (fabs (c->value), fabs (c->value_high))
                                                       : fabs (c->value);
      if (c->kind == XC_KIND_DURATION)
        base = MAX (fabs (iv.lo), fabs (iv.hi));
      iv.lo -= tolerance * base;
      iv.hi += tolerance * base;
    }
  *out = iv;
  return TRUE;
}

/* ---------- terms ---------- */

/* How a surface form reads in a label: 0 as in running text, 1 written in
 * capitals throughout ("KESTRIA" of a dateline; "NATO" has no other form).
 * A possessive ending is dropped from the form kept ("Norland's" → "Norland"). */
static guint8
surface_rank (const char *s, gsize len)
{
  gboolean lower = FALSE;
  for (gsize i = 0; i < len; i++)
    lower |= g_ascii_islower (s[i]);
  return len > 1 && !lower ? 1 : 0;
}

static guint
term_id (XcAligner *self, const char *stem, const char *surface, gsize surface_len)
{
  surface_len -= xc_terms_possessive_len (surface, surface_len);
  gpointer v = g_hash_table_lookup (self->term_ids, stem);
  if (v)
    {
      /* a label shows the term as running text writes it, when the run does */
      guint id = GPOINTER_TO_UINT (v) - 1;
      if (self->surface_rank->data[id] > 0 && surface_rank (surface, surface_len) == 0)
        {
          g_free (self->surfaces->pdata[id]);
          self->surfaces->pdata[id] = g_strndup (surface, surface_len);
          self->surface_rank->data[id] = 0;
        }
      return id;
    }
  guint id = self->stems->len;
  char *s = g_strdup (stem);
  g_ptr_array_add (self->stems, s);
  g_ptr_array_add (self->surfaces, g_strndup (surface, surface_len));
  guint8 rank = surface_rank (surface, surface_len);
  g_byte_array_append (self->surface_rank, &rank, 1);
  guint zero = 0;
  g_array_append_val (self->df, zero);
  guint8 cls = (guint8) xc_event_class (stem);
  g_array_append_val (self->term_event, cls);
  g_hash_table_insert (self->term_ids, s, GUINT_TO_POINTER (id + 1));
  return id;
}

static void
sentence_free (Sentence *s)
{
  if (s->tokens)
    g_array_unref (s->tokens);
  g_free (s->keys);
  g_free (s->fold);
  g_free (s);
}

static guint
sentence_hash (gconstpointer p)
{
  return ((const Sentence *) p)->hash;
}

static gboolean
sentence_equal (gconstpointer pa, gconstpointer pb)
{
  const Sentence *a = pa, *b = pb;
  return a->hash == b->hash && a->offset == b->offset && strcmp (a->file, b->file) == 0
         && strcmp (a->text, b->text) == 0;
}

/* The sentence a claim stands in, as a lookup key (nothing allocated). */
static void
sentence_key (const XcClaim *c, Sentence *key)
{
  key->file = c->file ? c->file : "";
  key->offset = c->sentence_offset;
  key->text = c->sentence ? c->sentence : "";
  key->hash = (g_str_hash (key->text) * 31u + g_str_hash (key->file)) * 31u + (guint) key->offset;
}

/* Punctuation between two words that ends a clause: , ; : ( ) and dashes
 * set off by spaces ("April 4–8" keeps its dash). */
static gboolean
clause_break (const char *s, gsize from, gsize to)
{
  for (gsize i = from; i < to; i++)
    {
      char ch = s[i];
      if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')')
        return TRUE;
      if ((guchar) ch == 0xe2 && i + 2 < to && (guchar) s[i + 1] == 0x80
          && ((guchar) s[i + 2] == 0x94 || (guchar) s[i + 2] == 0x93)
          && (i > from || s[from] == ' ') && i + 3 < to)
        return TRUE;   /* em or en dash with room around it */
    }
  return FALSE;
}

static int
cmp_ptr (gconstpointer a, gconstpointer b)
{
  guintptr x = (guintptr) *(const char * const *) a, y = (guintptr) *(const char * const *) b;
  return x < y ? -1 : x > y;
}

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

/* The tokens of a sentence. The first time (@first): counts its terms once for
 * document frequency, notes the words written with a capital mid-sentence and
 * keeps its keys. */
static void
sentence_tokenize (XcAligner *self, Sentence *s, gboolean first)
{
  const char *text = s->text;
  g_autoptr(GArray) full = xc_terms_tokenize_cached (text, self->stem_cache);
  s->tokens = g_array_sized_new (FALSE, FALSE, sizeof (Tok), full->len);
  g_autofree const char **keys = first ? g_new (const char *, MAX (1, full->len)) : NULL;
  guint16 clause = 0;
  for (guint i = 0; i < full->len; i++)
    {
      XcToken *t = &g_array_index (full, XcToken, i);
      if (i > 0 && clause_break (text, g_array_index (full, XcToken, i - 1).end, t->start))
        clause++;
      Tok k = { G_MAXUINT, g_intern_string (t->key), (guint32) t->start, (guint32) t->end,
                (guint8) t->cap, (guint8) t->initial, (guint8) t->calendar, (guint8) t->possessive,
                (guint8) g_ascii_isdigit (t->key[0]), 0, clause };
      if (first)
        {
          keys[i] = k.key;
          if (t->cap && !t->initial)
            g_hash_table_add (self->capitalized, (gpointer) k.key);
        }
      if (t->stem)
        {
          k.term = term_id (self, t->stem, text + t->start, t->end - t->start);
          gboolean again = FALSE;
          for (guint j = 0; first && j < s->tokens->len && !again; j++)
            again = g_array_index (s->tokens, Tok, j).term == k.term;
          if (first && !again)
            g_array_index (self->df, guint, k.term)++;
          k.event = g_array_index (self->term_event, guint8, k.term);
        }
      g_array_append_val (s->tokens, k);
    }
  if (!first)
    return;
  qsort (keys, full->len, sizeof (const char *), cmp_ptr);
  guint u = 0;
  for (guint i = 0; i < full->len; i++)
    if (u == 0 || keys[i] != keys[u - 1])
      keys[u++] = keys[i];
  s->keys = g_new (const char *, MAX (1, u));
  memcpy (s->keys, keys, u * sizeof (const char *));
  s->n_keys = u;
}

/* The sentence of a claim; a sentence seen for the first time is weighed (see
 * sentence_tokenize) and folded, and its tokens dropped again. */
static Sentence *
sentence_get (XcAligner *self, const XcClaim *c)
{
  Sentence key;
  sentence_key (c, &key);
  Sentence *s = g_hash_table_lookup (self->sentences, &key);
  if (s)
    return s;
  s = g_new0 (Sentence, 1);
  *s = key;
  self->n_sentences++;
  sentence_tokenize (self, s, TRUE);
  g_clear_pointer (&s->tokens, g_array_unref);
  s->fold = xc_fold_sentence (s->text);
  g_hash_table_add (self->sentences, s);
  return s;
}

/* Whether folding @s for wire copy would leave anything: a letter or digit of any script. */
static gboolean
has_word_char (const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if ((guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Where the claim's text stands in its sentence (bytes): the occurrence nearest its offset. */
static gboolean
claim_byte_span (const XcClaim *c, gsize *out_start, gsize *out_end)
{
  if (c->sentence == NULL || c->text == NULL)
    return FALSE;
  g_autoptr(GString) folded = g_string_new (NULL);
  gboolean space = FALSE;
  for (const char *p = c->text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = folded->len > 0;
      else
        {
          if (space)
            g_string_append_c (folded, ' ');
          space = FALSE;
          g_string_append_c (folded, *p);
        }
    }
  if (folded->len == 0 || !has_word_char (c->text))
    return FALSE;
  gssize rel = c->offset >= c->sentence_offset ? (gssize) (c->offset - c->sentence_offset) : 0;
  gssize best = -1;
  for (const char *p = strstr (c->sentence, folded->str); p; p = strstr (p + 1, folded->str))
    {
      gssize at = p - c->sentence;
      if (best < 0 || ABS (at - rel) < ABS (best - rel))
        best = at;
    }
  if (best < 0)
    return FALSE;
  *out_start = (gsize) best;
  *out_end = (gsize) best + folded->len;
  return TRUE;
}

/* Where the claim's own words sit in its sentence (token indices, inclusive). */
static void
claim_token_span (const XcClaim *c, const Sentence *s, guint *out_first, guint *out_last)
{
  *out_first = *out_last = G_MAXUINT;
  gsize bs, be;
  if (s->tokens->len == 0 || !claim_byte_span (c, &bs, &be))
    return;
  for (guint i = 0; i < s->tokens->len; i++)
    {
      Tok *t = &g_array_index (s->tokens, Tok, i);
      if (t->end > bs && t->start < be)
        {
          if (*out_first == G_MAXUINT)
            *out_first = i;
          *out_last = i;
        }
    }
  if (*out_first == G_MAXUINT)
    {
      /* the claim sits between tokens: anchor on the next one */
      for (guint i = 0; i < s->tokens->len; i++)
        if (g_array_index (s->tokens, Tok, i).start >= bs)
          {
            *out_first = *out_last = i;
            return;
          }
      *out_first = *out_last = s->tokens->len - 1;
    }
}

static int
cmp_term_id (gconstpointer a, gconstpointer b)
{
  const XcTermWeight *x = a, *y = b;
  return x->id < y->id ? -1 : x->id > y->id;
}

static guint
token_distance (guint i, guint first, guint last)
{
  if (first == G_MAXUINT)
    return 0;
  return i < first ? first - i : i > last ? i - last : 0;
}

static gboolean
inside_attribution (const XcClaim *c, const Tok *t)
{
  if (c->attribution == NULL || c->sentence == NULL)
    return FALSE;
  g_autofree char *surface = g_strndup (c->sentence + t->start, t->end - t->start);
  return strstr (c->attribution, surface) != NULL;
}

/* Adds @wt for term @id to @w, or raises the weight it has. */
static void
terms_put (GArray *w, guint id, float wt)
{
  for (guint k = 0; k < w->len; k++)
    {
      XcTermWeight *tw = &g_array_index (w, XcTermWeight, k);
      if (tw->id == id)
        {
          if (wt > tw->w)
            tw->w = wt;
          return;
        }
    }
  XcTermWeight tw = { id, wt };
  g_array_append_val (w, tw);
}

/* The event a date governs: the nearest event word of its clause (clauses @c_lo to
 * @c_hi) within EVENT_REACH tokens of the date's words @first..@last. A word to the
 * right past a barrier ("declared in May when X visited", "arrived on May 4 and met")
 * counts only when there is none to the left ("In May, X and Y declared"). Ties go
 * left. Returns the token's index, or G_MAXUINT. */
static guint
date_event_token (const Sentence *s, guint first, guint last, guint c_lo, guint c_hi)
{
  if (first == G_MAXUINT)
    return G_MAXUINT;
  c_hi = MAX (c_hi, g_array_index (s->tokens, Tok, last).clause);
  guint best = G_MAXUINT, best_d = G_MAXUINT;
  for (guint i = first; i-- > 0 && first - i <= EVENT_REACH;)
    {
      const Tok *t = &g_array_index (s->tokens, Tok, i);
      if (t->clause < c_lo)
        break;
      if (t->event)
        {
          best = i;
          best_d = first - i;
          break;
        }
    }
  gboolean past_barrier = FALSE;
  for (guint i = last + 1; i < s->tokens->len && i - last <= EVENT_REACH && i - last < best_d; i++)
    {
      const Tok *t = &g_array_index (s->tokens, Tok, i);
      if (t->clause > c_hi)
        break;
      if (t->event)
        {
          if (!past_barrier || best == G_MAXUINT)
            best = i;
          break;
        }
      if (t->term == G_MAXUINT && xc_event_barrier (s->text + t->start, t->end - t->start))
        past_barrier = TRUE;
    }
  return best;
}

/* Whether @y restates @x in other units: "40 kilometres (25 miles)", "50 million euros
 * ($54 million)": a figure of the same dimension in parentheses right after it. */
static gboolean
is_conversion_of (const XcClaim *x, const XcClaim *y)
{
  gboolean measures = x->kind == XC_KIND_MEASURE && y->kind == XC_KIND_MEASURE
                      && x->si_unit && y->si_unit && g_str_equal (x->si_unit, y->si_unit);
  gboolean money = x->kind == XC_KIND_MONEY && y->kind == XC_KIND_MONEY;
  if (!measures && !money)
    return FALSE;
  gsize xs, xe, ys, ye;
  if (!claim_byte_span (x, &xs, &xe) || !claim_byte_span (y, &ys, &ye) || xe > ys)
    return FALSE;
  const char *s = x->sentence;
  gsize i = xe;
  while (i < ys && s[i] == ' ')
    i++;
  if (i >= ys || s[i] != '(')
    return FALSE;
  for (i++; i < ys; i++)
    if (s[i] != ' ')
      return FALSE;
  for (i = ye; s[i] == ' '; i++)
    ;
  return s[i] == ')';
}

/* How many content words (terms, not numbers, not verbs that move figures) stand strictly
 * between tokens @from and @to. */
static guint
terms_left (XcAligner *self, const Sentence *s, guint from, guint to)
{
  guint n = 0;
  for (guint k = from + 1; k < to; k++)
    {
      const Tok *t = &g_array_index (s->tokens, Tok, k);
      n += t->term != G_MAXUINT && !t->digit && !(t->term < self->term_verb->len && g_array_index (self->term_verb, guint8, t->term));
    }
  return n;
}

/* The noun a measure qualifies: "X of <figure>" ("a depth of 10 km", "an earthquake of
 * magnitude 6.3"), else the word right after it ("a magnitude 6.4 earthquake", "45 km
 * south", past a conversion in parentheses ending at byte @skip_hi). */
static gboolean
is_figure_verb (XcAligner *self, guint term)
{
  return term < self->term_verb->len && g_array_index (self->term_verb, guint8, term);
}

static guint
measure_noun (XcAligner *self, const Sentence *s, guint first, guint last, gsize skip_hi)
{
  if (first == G_MAXUINT)
    return G_MAXUINT;
  if (first >= 2)
    {
      const Tok *of = &g_array_index (s->tokens, Tok, first - 1), *x = &g_array_index (s->tokens, Tok, first - 2);
      if (of->end - of->start == 2 && g_ascii_strncasecmp (s->text + of->start, "of", 2) == 0
          && x->term != G_MAXUINT && !x->digit && x->clause == of->clause)
        return x->term;
    }
  for (guint i = last + 1; i < s->tokens->len; i++)
    {
      const Tok *t = &g_array_index (s->tokens, Tok, i);
      if (skip_hi > 0 && t->end <= skip_hi)
        continue;
      if (t->clause != g_array_index (s->tokens, Tok, last).clause && !(skip_hi > 0))
        return G_MAXUINT;
      return t->term != G_MAXUINT && !t->digit && !is_figure_verb (self, t->term) ? t->term : G_MAXUINT;
    }
  return G_MAXUINT;
}

/* @skip_lo..@skip_hi: bytes of the sentence that restate the claim (a conversion in
 * parentheses), no context of it */
static void
item_build_terms (XcAligner *self, XcItem *it, Sentence *s, gsize skip_lo, gsize skip_hi)
{
  guint first, last;
  claim_token_span (it->claim, s, &first, &last);
  it->position = first;
  {
    char before[24] = "";
    for (guint k = first != G_MAXUINT && first >= 2 ? first - 2 : 0; first != G_MAXUINT && k < first; k++)
      {
        g_strlcat (before, g_array_index (s->tokens, Tok, k).key, sizeof before);
        g_strlcat (before, " ", sizeof before);
      }
    it->before = g_intern_string (before);
  }
  g_autoptr(GArray) w = g_array_new (FALSE, FALSE, sizeof (XcTermWeight));
  /* the claim's clause; a clause of a few words only ("On April 9,") reaches into the next */
  guint c_lo = 0, c_hi = G_MAXUINT;
  if (first != G_MAXUINT)
    {
      c_lo = c_hi = g_array_index (s->tokens, Tok, first).clause;
      guint content = 0;
      for (guint i = 0; i < s->tokens->len; i++)
        {
          Tok *t = &g_array_index (s->tokens, Tok, i);
          content += t->clause == c_lo && t->term != G_MAXUINT && (i < first || i > last);
        }
      if (content < MIN_CLAUSE_TERMS)
        c_hi++;
      /* the parentheses of a conversion do not end the claim's clause */
      for (guint i = last + 1; skip_hi > skip_lo && i < s->tokens->len; i++)
        if (g_array_index (s->tokens, Tok, i).start >= skip_hi)
          {
            c_hi = MAX (c_hi, g_array_index (s->tokens, Tok, i).clause);
            break;
          }
    }
  /* a date: the event it governs, and the events of its sentence */
  gboolean dated = it->block != NULL && (it->claim->kind == XC_KIND_DATE || it->claim->kind == XC_KIND_DATERANGE);
  guint governing = dated ? date_event_token (s, first, last, c_lo, c_hi) : G_MAXUINT;
  it->event_term = G_MAXUINT;
  if (governing != G_MAXUINT)
    {
      it->event = g_array_index (s->tokens, Tok, governing).event;
      it->event_term = g_array_index (s->tokens, Tok, governing).term;
    }
  /* a date's participants: names past a subordinator to its right ("... in May when
   * X visited Y") belong to another clause */
  guint sub_at = G_MAXUINT;
  for (guint i = last + 1; dated && first != G_MAXUINT && i < s->tokens->len && sub_at == G_MAXUINT; i++)
    {
      const Tok *t = &g_array_index (s->tokens, Tok, i);
      if (t->term == G_MAXUINT && xc_event_barrier (s->text + t->start, t->end - t->start) == XC_EVENT_BARRIER_CLAUSE)
        sub_at = i;
    }
  double event_full = 0;
  /* names and terms go to the aligner's arenas; the item keeps offsets until all are built */
  guint names_at = self->name_arena->len;
  guint n_skipped = 0;
  guint heads[2 * HEAD_MAX], n_heads = 0;
  for (guint i = 0; i < s->tokens->len; i++)
    {
      Tok *t = &g_array_index (s->tokens, Tok, i);
      if ((first != G_MAXUINT && i >= first && i <= last) || (t->start >= skip_lo && t->end <= skip_hi))
        {
          n_skipped += i > last && first != G_MAXUINT;
          continue;
        }
      /* the conversion right after the claim is no distance */
      guint d = token_distance (i, first, last);
      d -= i > last && first != G_MAXUINT ? MIN (n_skipped, d > 0 ? d - 1 : 0) : 0;
      gboolean in_clause = t->clause >= c_lo && t->clause <= c_hi;
      gboolean is_name = t->cap && !t->calendar && t->term != G_MAXUINT && !t->digit
                         && (!t->initial || t->possessive || g_hash_table_contains (self->capitalized, t->key));
      /* names of another clause count as farther away */
      guint nd = in_clause && i < sub_at ? d : d + NAME_WINDOW_AGREE;
      if (is_name && nd <= NAME_WINDOW && !inside_attribution (it->claim, t))
        {
          gboolean dup = FALSE;
          for (guint k = names_at; k < self->name_arena->len && !dup; k++)
            dup = g_array_index (self->name_arena, XcName, k).key == t->key;
          if (!dup)
            {
              XcName nm = { t->key, nd };
              g_array_append_val (self->name_arena, nm);
            }
        }
      if (t->term == G_MAXUINT)
        continue;
      double idf = log (1.0 + (double) (self->n_sentences + IDF_PRIOR) / MAX (1, g_array_index (self->df, guint, t->term)));
      double prox = d <= NEAR_TOKENS ? 1.0 : 1.0 / (1.0 + (d - NEAR_TOKENS) / FALLOFF);
      prox = in_clause ? MAX (prox, CLAUSE_WEIGHT) : prox * OTHER_CLAUSE;
      if (dated && t->event)
        it->events |= XC_EVENT_BIT (t->event);
      if (is_name)
        prox *= NAME_BOOST;   /* who and where: participants tell facts apart */
      if (i == governing)
        event_full = idf * (is_name ? NAME_BOOST : 1.0);   /* the date's own word, however far */
      terms_put (w, t->term, (float) (idf * prox));
      guint tail = t->term < self->term_tail->len ? g_array_index (self->term_tail, guint, t->term) : G_MAXUINT;
      /* the words right beside a figure in its clause say what it measures ("inflation
       * hit 6.2%", "a magnitude 6.4 earthquake"): the nearest HEAD_LEFT words before it
       * and the first after it ("An aftershock of magnitude 4.9 struck": aftershock, struck) */
      gboolean verb = t->term < self->term_verb->len && g_array_index (self->term_verb, guint8, t->term);
      if (!dated && !verb && !is_name && t->clause >= c_lo && t->clause <= c_hi && !t->digit && n_heads < HEAD_MAX
          && first != G_MAXUINT && ((i < first && terms_left (self, s, i, first) < HEAD_LEFT)
                                    || (i > last && terms_left (self, s, last, i) == 0)))
        {
          heads[n_heads++] = t->term;
          if (tail != G_MAXUINT)
            heads[n_heads++] = tail;
        }
      if (tail != G_MAXUINT && !is_name)
        {
          double tail_idf = log (1.0 + (double) (self->n_sentences + IDF_PRIOR) / MAX (1, g_array_index (self->df, guint, tail)));
          terms_put (w, tail, (float) (tail_idf * prox * COMPOUND_WEIGHT));
        }
    }
  if (debug_enabled ())
    {
      g_printerr ("item %s:%u '%s' [%s scope %s] clause %u-%u event %s:", it->claim->file, it->claim->line,
                  it->claim->text, it->block ? it->block : "-", it->claim->scope ? it->claim->scope : "-", c_lo,
                  c_hi, it->event ? xc_event_class_name (it->event) : "-");
      for (guint k = 0; k < w->len; k++)
        g_printerr (" %s=%.2f", (char *) self->stems->pdata[g_array_index (w, XcTermWeight, k).id],
                    g_array_index (w, XcTermWeight, k).w);
      g_printerr ("\n   names:");
      for (guint k = names_at; k < self->name_arena->len; k++)
        g_printerr (" %s@%u", g_array_index (self->name_arena, XcName, k).key,
                    g_array_index (self->name_arena, XcName, k).dist);
      g_printerr ("\n");
    }
  g_array_sort (w, cmp_term_id);
  double norm = 0;
  for (guint i = 0; i < w->len; i++)
    norm += (double) g_array_index (w, XcTermWeight, i).w * g_array_index (w, XcTermWeight, i).w;
  norm = sqrt (norm);
  for (guint i = 0; norm > 0 && i < w->len; i++)
    g_array_index (w, XcTermWeight, i).w = (float) (g_array_index (w, XcTermWeight, i).w / norm);
  it->event_w = norm > 0 ? (float) (event_full / norm) : 0;
  it->noun = it->claim->kind == XC_KIND_MEASURE ? measure_noun (self, s, first, last, skip_hi) : G_MAXUINT;
  it->heads = G_MAXUINT;
  if (n_heads > 0)
    {
      it->heads = self->head_arena->len;
      g_array_append_vals (self->head_arena, heads, n_heads);
      guint end = G_MAXUINT;
      g_array_append_val (self->head_arena, end);
    }
  it->names = GUINT_TO_POINTER (names_at);   /* offsets for now: see xc_aligner_new */
  it->n_names = self->name_arena->len - names_at;
  it->terms = GUINT_TO_POINTER (self->term_arena->len);
  it->n_terms = w->len;
  g_array_append_vals (self->term_arena, w->data, w->len);
}

static void
item_clear (gpointer p)
{
  XcItem *it = p;
  (void) it;
}

/* Significant digits of an exactly stated figure: "$240.1 billion" 4, "26.3%" 3,
 * "12,000" 2; a day 2, a month or year 0; bounds, ranges and vague amounts 0.
 * Two sources giving the same precise figure is evidence they state one fact. */
static guint
value_digits (const XcClaim *c)
{
  if (c->vague || !c->resolved)
    return 0;
  if (c->kind == XC_KIND_DATE)
    return c->iso && strlen (c->iso) == 10 ? 2 : 0;
  if (c->kind == XC_KIND_DATERANGE || c->kind == XC_KIND_DURATION)
    return 0;
  if (c->qualifier != XC_QUALIFIER_EXACT || c->value == 0 || !isfinite (c->value))
    return 0;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (buf, sizeof buf, "%.6e", fabs (c->value));
  guint n = 0, last = 0;
  for (const char *p = buf; *p && *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      {
        n++;
        if (*p != '0')
          last = n;
      }
  return last;
}

/* The figure a change rate belongs to: the nearest level figure in its sentence. */
static void
find_anchors (XcAligner *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      XcItem *it = &g_array_index (self->items, XcItem, i);
      XcClaim *c = it->claim;
      if (c->direction == XC_DIRECTION_NONE || c->kind == XC_KIND_DATE || c->kind == XC_KIND_DATERANGE)
        continue;
      gsize best_d = G_MAXSIZE;
      for (guint j = i > 8 ? i - 8 : 0; j < self->items->len && j <= i + 8; j++)
        {
          XcItem *o = &g_array_index (self->items, XcItem, j);
          XcClaim *oc = o->claim;
          if (j == i || oc->direction != XC_DIRECTION_NONE || !o->aligned
              || oc->kind == XC_KIND_DATE || oc->kind == XC_KIND_DATERANGE || oc->kind == XC_KIND_DURATION
              || oc->kind == XC_KIND_PERCENT
              || g_strcmp0 (oc->file, c->file) != 0 || oc->sentence_offset != c->sentence_offset)
            continue;
          gsize d = oc->offset > c->offset ? oc->offset - c->offset : c->offset - oc->offset;
          if (d < best_d)
            {
              best_d = d;
              it->anchor = (gint) j;
            }
        }
    }
}

/* The events of a date's sentence that another date of the sentence governs are that
 * date's, not this one's ("visited Orlek in June and signed the accord in April": the
 * signing is not in June). Claims of one sentence are neighbours in item order. */
static void
events_settle (XcAligner *self)
{
  for (guint i = 0; i < self->items->len;)
    {
      XcItem *x = xc_aligner_item (self, i);
      guint j = i + 1;
      while (j < self->items->len && same_sentence (x, xc_aligner_item (self, j)))
        j++;
      guint64 owned = 0;   /* classes some date of the sentence governs */
      for (guint k = i; k < j; k++)
        if (xc_aligner_item (self, k)->event)
          owned |= XC_EVENT_BIT (xc_aligner_item (self, k)->event);
      for (guint k = i; k < j && j - i > 1; k++)
        {
          XcItem *y = xc_aligner_item (self, k);
          guint64 mine = y->event ? XC_EVENT_BIT (y->event) : 0;
          y->events &= ~(owned & ~mine);
        }
      i = j;
    }
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

/* Who each document names: the keys of its names (sorted by address), and in how
 * many documents each name occurs. Two documents about other stories can hold
 * the same sentence with another figure ("found 3 faults" / "found 9 faults"). */
static void
doc_names_add_sentence (XcAligner *self, GHashTable *names, const Sentence *s)
{
  for (guint k = 0; k < s->tokens->len; k++)
    {
      Tok *t = &g_array_index (s->tokens, Tok, k);
      if (t->cap && !t->calendar && t->term != G_MAXUINT && !t->digit
          && (!t->initial || t->possessive || g_hash_table_contains (self->capitalized, t->key)))
        g_hash_table_add (names, (gpointer) t->key);
    }
}

static void
doc_names_close (XcAligner *self, GHashTable *names)
{
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (const char *), g_hash_table_size (names));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, names);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      g_array_append_val (keys, key);
      g_hash_table_insert (self->name_docs, key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->name_docs, key)) + 1));
    }
  g_array_sort (keys, cmp_ptr);
  g_ptr_array_add (self->doc_names, keys);
}

/* Whether two documents share a name that few documents of the run hold: in a
 * run of one story every name is shared; across stories only the story's own. */
static gboolean
docs_share_a_name (XcAligner *self, guint a, guint b)
{
  if (a == b)
    return TRUE;
  GArray *x = self->doc_names->pdata[a], *y = self->doc_names->pdata[b];
  guint limit = MAX (DOC_NAME_MIN_LIMIT, self->doc_names->len / 10);
  for (guint i = 0; i < x->len; i++)
    {
      const char *k = g_array_index (x, const char *, i);
      if (keys_contain ((const char * const *) y->data, y->len, k) && GPOINTER_TO_UINT (g_hash_table_lookup (self->name_docs, k)) <= limit)
        return TRUE;
    }
  return FALSE;
}

/* Which figures of one document (its items from @from on) are rare in it: at most
 * RARE_PER_DOC of their block. */
static void
rare_settle (XcAligner *self, guint from)
{
  g_autoptr(GHashTable) count = g_hash_table_new (NULL, NULL);
  for (guint k = from; k < self->items->len; k++)
    {
      XcItem *it = xc_aligner_item (self, k);
      if (it->aligned)
        g_hash_table_insert (count, (gpointer) it->block,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, it->block)) + 1));
    }
  for (guint k = from; k < self->items->len; k++)
    {
      XcItem *it = xc_aligner_item (self, k);
      it->rare = it->aligned && GPOINTER_TO_UINT (g_hash_table_lookup (count, it->block)) <= RARE_PER_DOC;
      if (debug_enabled () && it->rare)
        g_printerr ("rare %s:%u '%s' [%s]\n", it->claim->file, it->claim->line, it->claim->text, it->block);
    }
}

/* Compounds whose last word the run also holds as a word of its own ("earthquake",
 * "quake"; "wildfire", "fire"): the longest such word. */
static void
compound_tails (XcAligner *self)
{
  g_array_set_size (self->term_tail, self->stems->len);
  g_array_set_size (self->term_verb, self->stems->len);
  for (guint id = 0; id < self->stems->len; id++)
    {
      const char *stem = self->stems->pdata[id];
      g_array_index (self->term_verb, guint8, id) = (guint8) xc_terms_is_figure_verb (stem);
      guint tail = G_MAXUINT;
      for (gsize at = 1; stem[at] && tail == G_MAXUINT; at++)
        if (xc_terms_compound_at (stem, at))
          {
            gpointer v = g_hash_table_lookup (self->term_ids, stem + at);
            if (v)
              tail = GPOINTER_TO_UINT (v) - 1;
          }
      if (tail != G_MAXUINT && debug_enabled ())
        g_printerr ("compound %s ~ %s\n", stem, (const char *) self->stems->pdata[tail]);
      g_array_index (self->term_tail, guint, id) = tail;
    }
}

XcAligner *
xc_aligner_new (GPtrArray *claims, double tolerance)
{
  XcAligner *self = g_new0 (XcAligner, 1);
  self->tolerance = tolerance;
  self->items = g_array_sized_new (FALSE, TRUE, sizeof (XcItem), claims->len);
  g_array_set_clear_func (self->items, item_clear);
  self->sentences = g_hash_table_new_full (sentence_hash, sentence_equal, (GDestroyNotify) sentence_free, NULL);
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

  /* pass 1: every distinct sentence once: document frequencies, capitalized words */
  g_autofree Sentence **of_claim = g_new (Sentence *, MAX (1, claims->len));
  for (guint i = 0; i < claims->len; i++)
    of_claim[i] = sentence_get (self, claims->pdata[i]);
  compound_tails (self);
  /* pass 2: items, document by document; a sentence's tokens are made again while
   * its claims are weighed (claims are sorted by file and offset: one at a time) */
  Sentence *current = NULL;
  for (guint i = 0; i < claims->len;)
    {
      const char *file = ((XcClaim *) claims->pdata[i])->file;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) names = g_hash_table_new (NULL, NULL);
      guint j = i;
      for (; j < claims->len && g_strcmp0 (((XcClaim *) claims->pdata[j])->file, file) == 0; j++)
        {
          XcClaim *c = claims->pdata[j];
          Sentence *s = of_claim[j];
          if (s != current)
            {
              if (current)
                g_clear_pointer (&current->tokens, g_array_unref);
              current = s;
              sentence_tokenize (self, s, FALSE);
            }
          if (g_hash_table_add (seen, s))
            doc_names_add_sentence (self, names, s);
          XcItem it = { 0 };
          it.claim = c;
          it.index = j;
          it.anchor = -1;
          it.cluster = -1;
          it.doc = self->doc_names->len;
          it.source_key = c->source ? c->source : c->file ? c->file : "";
          g_autofree char *block = xc_claim_block_key (c);
          it.block = block ? g_intern_string (block) : NULL;
          it.aligned = it.block != NULL;
          it.judged = xc_claim_effective_interval (c, tolerance, &it.iv) && !c->is_scope;
          it.digits = (guint8) (c->is_scope ? 0 : value_digits (c));
          it.keys = s->keys;
          it.n_keys = s->n_keys;
          it.fold = s->fold;
          /* "40 kilometres (25 miles)": the conversion is this figure again, in no group
           * of its own, and its words are not context */
          gsize skip_lo = 1, skip_hi = 0;
          XcClaim *next = j + 1 < claims->len ? claims->pdata[j + 1] : NULL;
          if (next && of_claim[j + 1] == s && is_conversion_of (c, next))
            claim_byte_span (next, &skip_lo, &skip_hi);
          if (j > i && of_claim[j - 1] == s && is_conversion_of (claims->pdata[j - 1], c))
            it.aligned = FALSE;
          item_build_terms (self, &it, s, skip_lo, skip_hi);
          g_array_append_val (self->items, it);
        }
      doc_names_close (self, names);
      rare_settle (self, self->items->len - (j - i));
      i = j;
    }
  if (current)
    g_clear_pointer (&current->tokens, g_array_unref);
  /* the arenas are complete: offsets become pointers */
  self->terms = g_memdup2 (self->term_arena->data, MAX (1, self->term_arena->len) * sizeof (XcTermWeight));
  g_clear_pointer (&self->term_arena, g_array_unref);
  for (guint i = 0; i < self->items->len; i++)
    {
      XcItem *it = xc_aligner_item (self, i);
      it->terms = self->terms + GPOINTER_TO_UINT (it->terms);
      it->names = &g_array_index (self->name_arena, XcName, GPOINTER_TO_UINT (it->names));
    }
  find_anchors (self);
  events_settle (self);
  g_clear_pointer (&self->stem_cache, g_hash_table_unref);
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
}

void
xc_aligner_free (XcAligner *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->items);
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

static double
dot_terms (const XcTermWeight *a, guint na, const XcTermWeight *b, guint nb)
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

static double
dot (const GArray *a, const GArray *b)
{
  return dot_terms ((const XcTermWeight *) a->data, a->len, (const XcTermWeight *) b->data, b->len);
}

static double
item_dot (const XcItem *a, const XcItem *b)
{
  return dot_terms (a->terms, a->n_terms, b->terms, b->n_terms);
}

double
xc_aligner_similarity (XcAligner *self, guint a, guint b)
{
  return item_dot (xc_aligner_item (self, a), xc_aligner_item (self, b));
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

static gboolean
has_exclusive_name (const XcItem *a, const XcItem *b, guint window)
{
  for (guint i = 0; i < a->n_names; i++)
    if (a->names[i].dist <= window && !keys_contain (b->keys, b->n_keys, a->names[i].key))
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
xc_items_names_clash (const XcItem *a, const XcItem *b, guint window)
{
  return has_exclusive_name (a, b, window) && has_exclusive_name (b, a, window);
}

/* ---------- grouping ---------- */

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
cosine (const GArray *a, const GArray *b)
{
  double na = dot (a, a), nb = dot (b, b);
  if (na <= 0 || nb <= 0)
    return 0;
  return dot (a, b) / sqrt (na * nb);
}

static gboolean
intersect (const XcInterval *a, const XcInterval *b, XcInterval *out)
{
  XcInterval r;
  if (a->lo > b->lo || (a->lo == b->lo && a->lo_open))
    r.lo = a->lo, r.lo_open = a->lo_open;
  else
    r.lo = b->lo, r.lo_open = b->lo_open;
  if (a->hi < b->hi || (a->hi == b->hi && a->hi_open))
    r.hi = a->hi, r.hi_open = a->hi_open;
  else
    r.hi = b->hi, r.hi_open = b->hi_open;
  if (r.lo > r.hi || (r.lo == r.hi && (r.lo_open || r.hi_open)))
    return FALSE;
  if (out)
    *out = r;
  return TRUE;
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

static guint
uf_find (guint *parent, guint x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
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
static gboolean
items_pair_allowed (XcAligner *self, const XcItem *x, const XcItem *y)
{
  if (x->claim->sentence_offset == y->claim->sentence_offset && g_strcmp0 (x->claim->file, y->claim->file) == 0)
    return FALSE;
  if (!xc_scopes_compatible (x->claim->scope, y->claim->scope))
    return FALSE;
  /* dates of other events: "arrived on May 4" is not "met on May 4" */
  if (xc_events_clash (x->event, x->events, y->event, y->events))
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
static gboolean
other_place_in_copy (const XcItem *x, const XcItem *y, double sim)
{
  return sim >= 0.5 && x->before != y->before && x->position != G_MAXUINT && y->position != G_MAXUINT
         && (x->position > y->position + 2 || y->position > x->position + 2)
         && xc_fold_overlap (x->fold, y->fold) >= 0.9;
}

/* A scope of a month or a day (or a span of days): "2025-05", "2025-03-11". */
static gboolean
specific_scope (const XcClaim *c)
{
  return c->scope != NULL && strlen (c->scope) >= 7 && !c->fiscal;
}

/* Whether two figures have a head term in common (a word right beside each, in its clause). */
static gboolean
heads_shared (XcAligner *self, const XcItem *x, const XcItem *y)
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

static void
add_edge (XcAligner *self, GArray *edges, const XcAlignParams *p, guint a, guint b, gboolean weak)
{
  XcItem *x = xc_aligner_item (self, a), *y = xc_aligner_item (self, b);
  if (!items_pair_allowed (self, x, y))
    return;
  Edge e = { MIN (a, b), MAX (a, b), 0, 0, FALSE, FALSE, FALSE, FALSE };
  e.sim = item_dot (x, y);
  e.score = e.sim;
  if (other_place_in_copy (x, y, e.sim))
    return;
  guint digits = MIN (x->digits, y->digits);
  if (digits > 1 && x->judged && y->judged && xc_interval_overlaps (&x->iv, &y->iv))
    e.score += MIN (2, digits - 1) * p->digit_bonus;
  /* two dates of one event, in the same or other words ("proclaimed" ~ "declared",
   * "invaded" ~ "invasion"), with a participant in common, count as if they shared
   * the word right beside the date; like the digits, this only helps values that agree */
  if (x->event && x->event == y->event && !(x->judged && y->judged && !xc_interval_overlaps (&x->iv, &y->iv))
      && has_shared_name (x, y, EVENT_NAME_WINDOW) && has_shared_name (y, x, EVENT_NAME_WINDOW))
    {
      double shared = x->event_term == y->event_term ? item_term_weight (x, x->event_term) * item_term_weight (y, y->event_term) : 0;
      e.score += p->event_bonus * MAX (0, x->event_w * y->event_w - shared);
    }
  if (x->anchor >= 0 && y->anchor >= 0)
    {
      XcItem *ax = xc_aligner_item (self, (guint) x->anchor), *ay = xc_aligner_item (self, (guint) y->anchor);
      if (ax->cluster >= 0 && ax->cluster == ay->cluster)
        e.score += p->anchor_bonus;
      else if (g_strcmp0 (ax->block, ay->block) == 0 && ax->judged && ay->judged
               && !xc_interval_overlaps (&ax->iv, &ay->iv))
        e.veto = TRUE;   /* they change different figures */
    }
  /* the same month or day as period, and a word beside both figures ("inflation ... in
   * May"): the scope is part of what is measured, and few facts share it */
  if (x->doc != y->doc && specific_scope (x->claim) && specific_scope (y->claim)
      && g_str_equal (x->claim->scope, y->claim->scope) && heads_shared (self, x, y))
    {
      e.score += p->scope_bonus;
      e.scoped = TRUE;
    }
  e.rare = x->rare && y->rare && x->doc != y->doc && e.sim >= RARE_FLOOR;
  if (debug_enabled () && (e.score > 0.1 || e.rare))
    g_printerr ("  pair %u '%s' ~ %u '%s': %.3f%s%s\n", x->claim->line, x->claim->text, y->claim->line, y->claim->text,
                e.score, e.veto ? " veto" : "", e.rare ? " rare" : "");
  e.weak = weak;
  if ((e.score >= p->agree || e.rare) && !e.veto && (e.rare || !weak))
    g_array_append_val (edges, e);
}

/* Whether two figures are near enough to be one fact told twice, agreeing or not: within
 * RARE_RATIO of each other ("6.4" and "6.3"; not "$10.6 million" and "$240 billion").
 * Dates are told apart by their events instead. */
static gboolean
values_near (const XcItem *x, const XcItem *y)
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
  return MAX (a, b) <= RARE_RATIO * MIN (a, b);
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
      g_autoptr(GHashTable) best = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 2 * n_rare);
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
              gint64 k = ((gint64) me << 32) | xc_aligner_item (self, other)->doc;
              double *v = g_hash_table_lookup (best, &k);
              if (v == NULL)
                {
                  g_array_index (keys, gint64, used) = k;
                  g_array_index (vals, double, used) = ed->sim;
                  g_hash_table_insert (best, &g_array_index (keys, gint64, used), &g_array_index (vals, double, used));
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
          XcItem *x = xc_aligner_item (self, ed->a), *y = xc_aligner_item (self, ed->b);
          gint64 kx = ((gint64) ed->a << 32) | y->doc, ky = ((gint64) ed->b << 32) | x->doc;
          double bx = *(double *) g_hash_table_lookup (best, &kx), by = *(double *) g_hash_table_lookup (best, &ky);
          gboolean mutual = ed->sim >= bx && ed->sim >= by;
          if (mutual && values_near (x, y) && heads_shared (self, x, y) && docs_share_a_name (self, x->doc, y->doc))
            {
              ed->weak = FALSE;
              /* the two bonuses are one kind of evidence (what is measured): the larger counts */
              ed->score += MAX (0, p->rare_bonus - (ed->scoped ? p->scope_bonus : 0));
              if (debug_enabled ())
                g_printerr ("  rare bonus %u '%s' ~ %u '%s': %.3f\n", x->claim->line, x->claim->text, y->claim->line,
                            y->claim->text, ed->score);
            }
        }
    }
  edges_drop_weak (edges, p);
}

/* Candidate pairs of one block, without comparing every pair: claims meet
 * through the postings of their heaviest terms; very common terms propose nothing. */
static GArray *
block_edges (XcAligner *self, GArray *idx, const XcAlignParams *p)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  guint n = idx->len;
  if (n < ALL_PAIRS_BELOW)
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
      XcItem *it = xc_aligner_item (self, g_array_index (idx, guint, i));
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
      XcItem *it = xc_aligner_item (self, g_array_index (idx, guint, i));
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
      XcItem *it = xc_aligner_item (self, g_array_index (idx, guint, i));
      g_array_set_size (top, 0);
      g_array_append_vals (top, it->terms, it->n_terms);
      g_array_sort (top, cmp_weight_desc);
      g_array_set_size (touched, 0);
      for (guint k = 0; k < top->len && k < p->top_terms; k++)
        {
          XcTermWeight *tw = &g_array_index (top, XcTermWeight, k);
          GArray *list = g_hash_table_lookup (postings, GUINT_TO_POINTER (tw->id + 1));
          if (list == NULL || list->len > p->posting_cap)
            continue;
          for (guint m = 0; m < list->len; m++)
            {
              XcTermWeight *e = &g_array_index (list, XcTermWeight, m);
              if (e->id <= i)
                continue;
              if (acc[e->id] == 0)
                g_array_append_val (touched, e->id);
              acc[e->id] += tw->w * e->w;
            }
        }
      GArray *same = it->event ? by_event[it->event] : NULL;
      for (guint m = 0; same && same->len <= p->posting_cap && m < same->len; m++)
        {
          XcTermWeight *e = &g_array_index (same, XcTermWeight, m);
          if (e->id <= i)
            continue;
          if (acc[e->id] == 0)
            g_array_append_val (touched, e->id);
          acc[e->id] += it->event_w * e->w;
        }
      for (guint m = 0; m < touched->len; m++)
        {
          guint j = g_array_index (touched, guint, m);
          /* the heaviest terms carry most of the weight: a pair far below the
           * threshold on them will not reach it on the rest */
          if (acc[j] >= p->agree * 0.7)
            add_edge (self, edges, p, g_array_index (idx, guint, i), g_array_index (idx, guint, j), FALSE);
          else if (it->rare && xc_aligner_item (self, g_array_index (idx, guint, j))->rare && acc[j] >= RARE_FLOOR)
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
static void
anchor_edges (XcAligner *self, GArray *idx, GArray *edges, const XcAlignParams *p)
{
  g_autoptr(GHashTable) by_anchor = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < idx->len; i++)
    {
      guint ii = g_array_index (idx, guint, i);
      XcItem *it = xc_aligner_item (self, ii);
      if (it->anchor < 0 || xc_aligner_item (self, (guint) it->anchor)->cluster < 0)
        continue;
      gpointer key = GINT_TO_POINTER (xc_aligner_item (self, (guint) it->anchor)->cluster + 1);
      GArray *list = g_hash_table_lookup (by_anchor, key);
      if (list == NULL)
        g_hash_table_insert (by_anchor, key, list = g_array_new (FALSE, FALSE, sizeof (guint)));
      if (list->len < 64)
        g_array_append_val (list, ii);
    }
  g_autoptr(GHashTable) have = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_set_size (keys, edges->len);
  for (guint e = 0; e < edges->len; e++)
    {
      Edge *ed = &g_array_index (edges, Edge, e);
      g_array_index (keys, gint64, e) = ((gint64) ed->a << 32) | ed->b;
      g_hash_table_add (have, &g_array_index (keys, gint64, e));
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
            gint64 key = ((gint64) a << 32) | b;
            if (!g_hash_table_contains (have, &key))
              add_edge (self, extra, p, a, b, FALSE);
          }
    }
  edges_drop_weak (extra, p);
  g_array_append_vals (edges, extra->data, extra->len);
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
  if ((gsize) a->members->len * b->members->len > CROSS_CHECK_CAP)
    return FALSE;   /* too many pairs to check: refuse rather than risk a false alarm */
  guint checked = 0;
  for (guint i = 0; i < a->members->len; i++)
    for (guint j = 0; j < b->members->len; j++)
      {
        if (++checked > CROSS_CHECK_CAP)
          return FALSE;   /* too many to check: refuse rather than risk a false alarm */
        XcItem *x = xc_aligner_item (self, g_array_index (a->members, guint, i));
        XcItem *y = xc_aligner_item (self, g_array_index (b->members, guint, j));
        if (x->judged && y->judged && !xc_interval_overlaps (&x->iv, &y->iv))
          {
            /* an old value ("down from 1.9%", "against 18% a year earlier")
             * is what a figure was, not what it is: it may agree with
             * others, never stand on either side of a conflict */
            if (x->claim->previous || y->claim->previous)
              return FALSE;
            if (!agree && xc_items_names_clash (x, y, NAME_WINDOW))
              return FALSE;
            if (g_strcmp0 (x->claim->file, y->claim->file) == 0 && score < p->self)
              return FALSE;
            if (!docs_share_a_name (self, x->doc, y->doc))
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
  if ((gsize) a->members->len * b->members->len > CROSS_CHECK_CAP)
    return FALSE;
  for (guint i = 0; i < a->members->len; i++)
    {
      XcItem *x = xc_aligner_item (self, g_array_index (a->members, guint, i));
      if (x->event == 0)
        continue;
      for (guint j = 0; j < b->members->len; j++)
        {
          XcItem *y = xc_aligner_item (self, g_array_index (b->members, guint, j));
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
      XcItem *x = xc_aligner_item (self, g_array_index (c->members, guint, i));
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
      XcItem *x = xc_aligner_item (self, g_array_index (c->members, guint, i));
      if (x->judged && xc_interval_overlaps (&x->iv, iv))
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_sentence (const XcItem *x, const XcItem *y)
{
  return x->claim->sentence_offset == y->claim->sentence_offset && g_strcmp0 (x->claim->file, y->claim->file) == 0;
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
      XcItem *x = xc_aligner_item (self, m);
      for (int dir = -1; dir <= 1; dir += 2)
        for (guint k = m + (guint) dir; k < self->items->len && same_sentence (x, xc_aligner_item (self, k)); k += (guint) dir)
          {
            gpointer l = g_hash_table_lookup (local, GUINT_TO_POINTER (k + 1));
            if (l && uf_find (parent, GPOINTER_TO_UINT (l) - 1) == other)
              return TRUE;
          }
    }
  return FALSE;
}

static void
cluster_block (XcAligner *self, GArray *idx, GArray *edges, GPtrArray *clusters, const XcAlignParams *p)
{
  guint n = idx->len;
  g_autofree guint *parent = g_new (guint, n);
  g_autoptr(GHashTable) local = g_hash_table_new (NULL, NULL);   /* item index + 1 -> local + 1 */
  g_autoptr(GArray) cl = g_array_sized_new (FALSE, TRUE, sizeof (Cluster), n);
  g_array_set_clear_func (cl, cluster_clear);
  for (guint i = 0; i < n; i++)
    {
      guint ii = g_array_index (idx, guint, i);
      XcItem *it = xc_aligner_item (self, ii);
      parent[i] = i;
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
      guint ra = uf_find (parent, la), rb = uf_find (parent, lb);
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
        agree = intersect (&A->common, &B->common, &common)
                /* a group split without a majority: a figure that agrees with one side
                 * raises no new value, it settles the tie */
                || (A->split && !B->split && cluster_member_overlaps (self, A, &B->common))
                || (B->split && !A->split && cluster_member_overlaps (self, B, &A->common));
      /* even agreeing values: other participants right beside the figure ("Chile's exports rose 12%"
       * vs "Zambia's exports rose 12%") make it another fact */
      if (xc_items_names_clash (xc_aligner_item (self, ed->a), xc_aligner_item (self, ed->b), NAME_WINDOW_AGREE))
        {
          if (debug_enabled ())
            g_printerr ("names clash %u '%s' ~ %u '%s'\n", xc_aligner_item (self, ed->a)->claim->line,
                        xc_aligner_item (self, ed->a)->claim->text, xc_aligner_item (self, ed->b)->claim->line,
                        xc_aligner_item (self, ed->b)->claim->text);
          continue;
        }
      if (debug_enabled ())
        g_printerr ("align %s:%zu '%s' ~ %s:%zu '%s': sim %.3f score %.3f agree %d\n",
                    xc_aligner_item (self, ed->a)->claim->file, xc_aligner_item (self, ed->a)->claim->offset,
                    xc_aligner_item (self, ed->a)->claim->text, xc_aligner_item (self, ed->b)->claim->file,
                    xc_aligner_item (self, ed->b)->claim->offset, xc_aligner_item (self, ed->b)->claim->text,
                    ed->sim, score, agree);
      if (agree && score < p->agree)
        continue;
      /* a group dates one event: no member may date another one than a member of the other
       * group, and no sentence gives it two dates */
      if (g_str_equal (xc_aligner_item (self, ed->a)->block, "date")
          && (clusters_events_clash (self, A, B)
              || (A->members->len <= B->members->len ? clusters_share_a_sentence (self, A, rb, parent, local)
                                                     : clusters_share_a_sentence (self, B, ra, parent, local))))
        {
          if (debug_enabled ())
            g_printerr ("events clash or one sentence twice\n");
          continue;
        }
      /* values that disagree need more; a document contradicting itself most of all,
       * even when the rest of the group agrees with one of its two figures */
      if ((!agree || A->split || B->split) && !disagreeing_merge_ok (self, A, B, score, p, agree))
        continue;
      /* merge the smaller index into the larger-root-independent one: keep the lower root */
      guint keep = MIN (ra, rb), gone = MAX (ra, rb);
      Cluster *K = &g_array_index (cl, Cluster, keep), *G = &g_array_index (cl, Cluster, gone);
      parent[gone] = keep;
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
      if (uf_find (parent, i) != i)
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
        xc_aligner_item (self, d[a])->cluster = gid;
      g_ptr_array_add (clusters, g_steal_pointer (&m));
    }
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
xc_aligner_run (XcAligner *self, const XcAlignParams *p)
{
  if (p == NULL)
    p = &xc_align_defaults;
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) blocks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      XcItem *it = xc_aligner_item (self, i);
      if (!it->aligned)
        continue;
      GArray *list = g_hash_table_lookup (blocks, it->block);
      if (list == NULL)
        {
          g_hash_table_insert (blocks, (gpointer) it->block, list = g_array_new (FALSE, FALSE, sizeof (guint)));
          g_ptr_array_add (names, (gpointer) it->block);
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
        g_autoptr(GArray) edges = block_edges (self, idx, p);
        if (pass == 1)
          anchor_edges (self, idx, edges, p);
        cluster_block (self, idx, edges, groups, p);
      }
  return groups;
}
