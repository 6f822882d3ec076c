/* xc-align-items.c - each claim as the aligner sees it (an XcItem): the sentences of
 * the run read once (terms, document frequencies, clauses, names), then per claim its
 * weighted context terms, the names near it, the head terms beside a figure, the noun a
 * measure qualifies, the event a date governs, the figure a change rate changes, and
 * whether its document states its block rarely
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-align-private.h"
#include "xc-lexicon-private.h"

/* A token as the aligner keeps it: small, no strings of its own. */
typedef struct {
  guint       term;       /* term id, or G_MAXUINT for a stopword or calendar word */
  const char *key;        /* interned four-letter key */
  guint32     start, end; /* bytes in the sentence */
  guint8      cap, initial, calendar, possessive, digit;
  guint8      counted;    /* right after a figure ("121 RBIs", "46 KOs"): what it counts, no name */
  guint8      event;      /* event class of the word (xc-event.c), or 0 */
  guint16     clause;     /* clauses are separated by , ; : ( ) and dashes between words */
} Tok;


/* ---------- terms and sentences ---------- */

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
  surface_len -= xc_word_possessive_len (surface, surface_len);
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

GHashTable *
xc_align_sentences_new (void)
{
  return g_hash_table_new_full (sentence_hash, sentence_equal, (GDestroyNotify) sentence_free, NULL);
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
      Tok k = { G_MAXUINT, g_string_chunk_insert_const (self->keys, t->key), (guint32) t->start, (guint32) t->end,
                (guint8) t->cap, (guint8) t->initial, (guint8) t->calendar, (guint8) t->possessive,
                (guint8) g_ascii_isdigit (t->key[0]), 0, 0, clause };
      if (i > 0 && g_array_index (s->tokens, Tok, i - 1).digit)
        {
          guint32 e = g_array_index (s->tokens, Tok, i - 1).end, b = (guint32) t->start;
          while (e < b && text[e] == ' ')
            e++;
          k.counted = e == b;
        }
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
  if (!self->keep_tokens)
    g_clear_pointer (&s->tokens, g_array_unref);
  s->fold = xc_fold_sentence (s->text);
  g_hash_table_add (self->sentences, s);
  return s;
}

/* ---------- a claim in its sentence ---------- */

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

/* ---------- an item's context: terms, names, heads, event ---------- */

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
 * @c_hi) within XcAlignParams.event_reach tokens of the date's words @first..@last. A word to the
 * right past a barrier ("declared in May when X visited", "arrived on May 4 and met")
 * counts only when there is none to the left ("In May, X and Y declared"). Ties go
 * left. Returns the token's index, or G_MAXUINT. */
static guint
date_event_token (const Sentence *s, guint first, guint last, guint c_lo, guint c_hi, const XcAlignParams *p)
{
  if (first == G_MAXUINT)
    return G_MAXUINT;
  c_hi = MAX (c_hi, g_array_index (s->tokens, Tok, last).clause);
  guint best = G_MAXUINT, best_d = G_MAXUINT;
  for (guint i = first; i-- > 0 && first - i <= p->event_reach;)
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
  for (guint i = last + 1; i < s->tokens->len && i - last <= p->event_reach && i - last < best_d; i++)
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

/* Whether a term is a verb that moves or states a figure ("rose", "hit"). */
static gboolean
is_figure_verb (XcAligner *self, guint term)
{
  return term < self->term_verb->len && g_array_index (self->term_verb, guint8, term);
}

/* A name: a word written with a capital, not a month or weekday, not the capital of a
 * sentence's first word unless the run writes it so elsewhere (or it is possessive). */
static gboolean
tok_is_name (XcAligner *self, const Tok *t)
{
  return t->cap && !t->calendar && t->term != G_MAXUINT && !t->digit && !t->counted
         && (!t->initial || t->possessive || g_hash_table_contains (self->capitalized, t->key));
}

/* A capitalized word WordNet reads as an adjective ("Indian", "Greek", "Somali"):
 * it describes a participant ("Indian commandos") rather than naming one, so it tells
 * no two facts apart. Names of people and places ("Rahman", "Athens") are not. */
static gboolean
adjectival_name (const char *w, gsize len)
{
  return (xc_lexicon_pos_mask (w, len) & XC_POS_ADJ) != 0;
}

/* The inverse document frequency of a term in the run's sentences. */
static double
term_idf (XcAligner *self, guint term)
{
  return log (1.0 + (double) (self->n_sentences + self->params.idf_prior) / MAX (1, g_array_index (self->df, guint, term)));
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
      n += t->term != G_MAXUINT && !t->digit && !is_figure_verb (self, t->term);
    }
  return n;
}

/* The noun a measure qualifies: "X of <figure>" ("a depth of 10 km", "an earthquake of
 * magnitude 6.3"), else the word right after it ("a magnitude 6.4 earthquake", "45 km
 * south", past a conversion in parentheses ending at byte @skip_hi). */
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

/* A name's word (pooled in XcAligner.keys) numbered on first sight, for the answers
 * alignment keeps per pair of words (xc-align-pairs.c's aliases); 0 past 65535. */
static guint16
name_word_id (XcAligner *self, const char *word)
{
  if (self->name_word_ids == NULL)
    self->name_word_ids = g_hash_table_new (NULL, NULL);
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (self->name_word_ids, word));
  if (id == 0)
    {
      id = g_hash_table_size (self->name_word_ids) + 1;
      g_hash_table_insert (self->name_word_ids, (gpointer) word, GUINT_TO_POINTER (id));
    }
  return id <= G_MAXUINT16 ? (guint16) id : 0;
}

/* @skip_lo..@skip_hi: bytes of the sentence that restate the claim (a conversion in
 * parentheses), no context of it */
static void
item_build_terms (XcAligner *self, XcItem *it, Sentence *s, gsize skip_lo, gsize skip_hi)
{
  const XcAlignParams *p = &self->params;
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
    it->before = g_string_chunk_insert_const (self->keys, before);
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
      if (content < p->min_clause_terms)
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
  guint governing = dated ? date_event_token (s, first, last, c_lo, c_hi, &self->params) : G_MAXUINT;
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
  guint heads_at = self->head_arena->len;   /* its head terms go straight to the arena */
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
      gboolean is_name = tok_is_name (self, t);
      /* names of another clause count as farther away */
      guint nd = in_clause && i < sub_at ? d : d + p->name_window_agree;
      if (is_name && nd <= p->name_window && !inside_attribution (it->claim, t)
          && !adjectival_name (s->text + t->start, t->end - t->start))
        {
          gboolean dup = FALSE;
          for (guint k = names_at; k < self->name_arena->len && !dup; k++)
            dup = g_array_index (self->name_arena, XcName, k).key == t->key;
          if (!dup)
            {
              char lower[64];
              gsize wl = MIN (t->end - t->start, sizeof lower - 1);
              for (gsize c = 0; c < wl; c++)
                lower[c] = g_ascii_tolower (s->text[t->start + c]);
              lower[wl] = '\0';
              XcName nm = { t->key, g_string_chunk_insert_const (self->keys, lower), nd, FALSE, 0 };
              nm.word_id = name_word_id (self, nm.word);
              g_array_append_val (self->name_arena, nm);
            }
        }
      if (t->term == G_MAXUINT)
        continue;
      double idf = term_idf (self, t->term);
      double prox = d <= p->near_tokens ? 1.0 : 1.0 / (1.0 + (d - p->near_tokens) / p->falloff);
      prox = in_clause ? MAX (prox, p->clause_weight) : prox * p->other_clause;
      if (dated && t->event)
        it->events |= XC_EVENT_BIT (t->event);
      if (is_name)
        prox *= p->name_boost;   /* who and where: participants tell facts apart */
      if (i == governing)
        event_full = idf * (is_name ? p->name_boost : 1.0);   /* the date's own word, however far */
      terms_put (w, t->term, (float) (idf * prox));
      guint tail = t->term < self->term_tail->len ? g_array_index (self->term_tail, guint, t->term) : G_MAXUINT;
      /* the words right beside a figure in its clause say what it measures ("inflation
       * hit 6.2%", "a magnitude 6.4 earthquake"): the nearest head_left words before it
       * and the first after it ("An aftershock of magnitude 4.9 struck": aftershock, struck) */
      gboolean verb = is_figure_verb (self, t->term);
      if (!dated && !verb && !is_name && t->clause >= c_lo && t->clause <= c_hi && !t->digit && self->head_arena->len - heads_at < p->head_max
          && first != G_MAXUINT && ((i < first && terms_left (self, s, i, first) < p->head_left)
                                    || (i > last && terms_left (self, s, last, i) == 0)))
        {
          g_array_append_val (self->head_arena, t->term);
          if (tail != G_MAXUINT)
            g_array_append_val (self->head_arena, tail);
        }
      if (tail != G_MAXUINT && !is_name)
        {
          double tail_idf = term_idf (self, tail);
          terms_put (w, tail, (float) (tail_idf * prox * p->compound_weight));
        }
    }
  if (xc_align_debug ())
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
  if (self->head_arena->len > heads_at)
    {
      it->heads = heads_at;
      guint end = G_MAXUINT;
      g_array_append_val (self->head_arena, end);
    }
  it->names = GUINT_TO_POINTER (names_at);   /* offsets for now: see xc_align_items_build */
  it->n_names = self->name_arena->len - names_at;
  it->terms = GUINT_TO_POINTER (self->term_arena->len);
  it->n_terms = w->len;
  g_array_append_vals (self->term_arena, w->data, w->len);
}

/* ---------- the run's items: digits, anchors, events, names, rarity ---------- */

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

/* Whether the sentence text between two claims of it turns to another clause: a
 * semicolon or a conjunction that opens one ("a 2.4 billion euro profit, an increase of
 * 18 per cent, while revenue rose to 31.2 billion euros": the rise is the profit's). */
static gboolean
clause_between (const XcClaim *a, const XcClaim *b)
{
  static const char * const turns[] = { "while", "whereas", "but", "although", "though", "meanwhile", NULL };
  const XcClaim *lo = a->offset < b->offset ? a : b, *hi = lo == a ? b : a;
  const char *s = xc_claim_in_sentence (lo), *e = xc_claim_in_sentence (hi);
  if (s == NULL || e == NULL)
    return FALSE;
  for (const char *p = s + strlen (lo->text); p < e; p++)
    {
      if (*p == ';')
        return TRUE;
      if (g_ascii_isalpha (*p) && (p == s || !g_ascii_isalpha (p[-1])))
        {
          const char *w = p;
          while (p < e && g_ascii_isalpha (*p))
            p++;
          if (xc_word_in (w, 0, (gsize) (p - w), turns))
            return TRUE;
          p--;
        }
    }
  return FALSE;
}

/* The figure a change rate belongs to: the nearest level figure in its sentence, in
 * its own clause before any across a turn to another (clause_between ()). */
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
      gboolean best_crossed = TRUE;
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
          gboolean crossed = clause_between (c, oc);
          if ((!crossed && best_crossed) || (crossed == best_crossed && d < best_d))
            {
              best_d = d;
              best_crossed = crossed;
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
      XcItem *x = xc_align_item (self, i);
      guint j = i + 1;
      while (j < self->items->len && xc_items_same_sentence (x, xc_align_item (self, j)))
        j++;
      guint64 owned = 0;   /* classes some date of the sentence governs */
      for (guint k = i; k < j; k++)
        if (xc_align_item (self, k)->event)
          owned |= XC_EVENT_BIT (xc_align_item (self, k)->event);
      for (guint k = i; k < j && j - i > 1; k++)
        {
          XcItem *y = xc_align_item (self, k);
          guint64 mine = y->event ? XC_EVENT_BIT (y->event) : 0;
          y->events &= ~(owned & ~mine);
        }
      i = j;
    }
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
      if (tok_is_name (self, t))
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

/* Which figures of one document (its items from @from on) are rare in it: at most
 * XcAlignParams.rare_per_doc of their block. */
static void
rare_settle (XcAligner *self, guint from)
{
  g_autoptr(GHashTable) count = g_hash_table_new (NULL, NULL);
  for (guint k = from; k < self->items->len; k++)
    {
      XcItem *it = xc_align_item (self, k);
      if (it->aligned)
        g_hash_table_insert (count, (gpointer) it->block,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, it->block)) + 1));
    }
  for (guint k = from; k < self->items->len; k++)
    {
      XcItem *it = xc_align_item (self, k);
      it->rare = it->aligned && GPOINTER_TO_UINT (g_hash_table_lookup (count, it->block)) <= self->params.rare_per_doc;
      if (xc_align_debug () && it->rare)
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
      if (tail != G_MAXUINT && xc_align_debug ())
        g_printerr ("compound %s ~ %s\n", stem, (const char *) self->stems->pdata[tail]);
      g_array_index (self->term_tail, guint, id) = tail;
    }
}

void
xc_align_items_build (XcAligner *self, GPtrArray *claims)
{
  /* pass 1: every distinct sentence once: document frequencies, capitalized words; a
   * small run (a story) keeps each sentence's tokens for pass 2, a large one makes them
   * again there (they are the same: term ids and keys are settled in pass 1) */
  self->keep_tokens = claims->len <= XC_ALIGN_KEEP_TOKENS_MAX;
  g_autofree Sentence **of_claim = g_new (Sentence *, MAX (1, claims->len));
  for (guint i = 0; i < claims->len; i++)
    {
      /* claims of one sentence are neighbours: the one before names it without a look-up */
      const XcClaim *c = claims->pdata[i], *b = i > 0 ? claims->pdata[i - 1] : NULL;
      if (b && b->sentence_offset == c->sentence_offset && g_strcmp0 (b->file, c->file) == 0
          && (b->sentence == c->sentence || g_strcmp0 (b->sentence, c->sentence) == 0))
        of_claim[i] = of_claim[i - 1];
      else
        of_claim[i] = sentence_get (self, claims->pdata[i]);
    }
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
              if (s->tokens == NULL)
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
          it.block = block ? g_string_chunk_insert_const (self->keys, block) : NULL;
          it.aligned = it.block != NULL;
          it.judged = xc_claim_effective_interval (c, self->tolerance, &it.iv) && !c->is_scope;
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
          /* a conversion of money is the same fact again, but sources that convert at
           * other rates disagree on it ("$141 billion", "$158 billion"): it is aligned in
           * its own currency, lined up as its original is */
          it.conv_of = -1;
          if (j > i && of_claim[j - 1] == s && is_conversion_of (claims->pdata[j - 1], c))
            {
              if (c->kind == XC_KIND_MONEY)
                it.conv_of = (gint) self->items->len - 1;
              else
                it.aligned = FALSE;
            }
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
      XcItem *it = xc_align_item (self, i);
      it->terms = self->terms + GPOINTER_TO_UINT (it->terms);
      it->names = &g_array_index (self->name_arena, XcName, GPOINTER_TO_UINT (it->names));
    }
  guint n_docs = self->doc_names->len;
  for (guint k = 0; n_docs >= 3 && k < self->name_arena->len; k++)
    {
      XcName *nm = &g_array_index (self->name_arena, XcName, k);
      nm->story = 2 * GPOINTER_TO_UINT (g_hash_table_lookup (self->name_docs, nm->key)) > n_docs;
    }
  find_anchors (self);
  events_settle (self);
  g_clear_pointer (&self->stem_cache, g_hash_table_unref);
}
