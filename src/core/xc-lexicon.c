/* xc-lexicon.c - WordNet behind a small, thread-safe interface: parts of
 * speech, lemmas and noun hypernymy, each answer cached.
 *
 * libwordnet keeps its state in globals (open files, static result buffers),
 * so every call into it holds one process-wide mutex, and answers are cached
 * in hash tables under the same lock: a news run asks about the same few
 * thousand words again and again.
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <glib/gstdio.h>

#include "xc-private.h"
#include "xc-lexicon-private.h"

/* wn.h declares functions with empty parameter lists. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#pragma GCC diagnostic ignored "-Wredundant-decls"
#include <wn.h>
#pragma GCC diagnostic pop

/* In libwordnet but not declared by wn.h: how often sense @sense of an index
 * entry is tagged in WordNet's sense-tagged corpus (cntlist.rev). */
extern int GetTagcnt (IndexPtr idx, int sense);

#define XC_LEXICON_DEFAULT_DIR "/usr/share/wordnet"
#define XC_LEXICON_SENSES 3        /* most common senses of a category looked at */
#define XC_LEXICON_WORD_SENSES 1   /* ... and of a word placed under one: its usual sense */
#define XC_LEXICON_MAX_WORD 64
#define XC_LEXICON_VERB_SENSES 4   /* senses of a verb that may make two verbs one */

static GMutex      lex_lock;
static gboolean    lex_tried, lex_ok;
static char       *lex_failure;
static GHashTable *lex_pos_cache;      /* word -> mask + 1 */
static GHashTable *lex_lemma_cache[4]; /* per part of speech: word -> "+lemma" (known) or "-word" */
static GHashTable *lex_ancestor_cache; /* noun -> GHashTable of synset offsets (+1) */
static GHashTable *lex_word_cache;     /* "s:noun" / "a:verb" -> "+spelling" or "-" */
static GHashTable *lex_noun_senses_cache; /* noun lemma -> Senses */
static GHashTable *lex_verb_senses_cache; /* verb lemma -> Senses */
static GHashTable *lex_verbs_cache;    /* "a\nb" -> related + 1 */

/* The first synset offsets of a lemma, as many as any caller asks for. */
#define XC_LEXICON_CACHED_SENSES 4
typedef struct
{
  guint n;
  long  offset[XC_LEXICON_CACHED_SENSES];
} Senses;

/* Categories so general that two words meeting there say nothing. */
static const char * const too_general[] = {
  "entity", "physical_entity", "abstraction", "object", "whole", "thing",
  "artifact", "matter", "causal_agent", "unit", "group", "measure",
  "attribute", "relation", "psychological_feature", "event", "act",
  "instrumentality", "organism", "living_thing", "communication", NULL,
};

/* ---------- parts of speech and lemmas, in memory ----------
 *
 * libwordnet answers "is this word a noun?" and "what is its base form?" by a
 * binary search of its index files on disk (fseek and getc under our lock): on
 * a news run that was most of extraction's time. WordNet's index files (every
 * lemma and its parts of speech) and exception lists (irregular forms) are
 * sorted by byte, so they are mapped into memory when the lexicon opens and
 * searched there (a binary search by byte offset, as libwordnet's bin_search()
 * does, but without a read per step): mapping costs nothing at start-up, where
 * reading them into hash tables cost about 30 ms per process, and a word's
 * answer is kept in a small cache once found. The base form of an inflected
 * word is found with WordNet's own detachment rules (morph(3WN)), as
 * morphstr() does: the exception list first, then the rules in order, keeping
 * the first form the index holds. Synsets are still read through libwordnet. */

/* One of WordNet's sorted text files, mapped: lines "key rest...", after a
 * licence header whose lines begin with a space. */
typedef struct
{
  GMappedFile *map;
  const char  *data;
  gsize        body, len;   /* the sorted lines are [body, len) */
} Sorted;

static Sorted      lex_index[4];        /* index.noun, .verb, .adj, .adv */
static Sorted      lex_exc[4];          /* noun.exc, ... */
static GHashTable *lex_indexed_cache;   /* word -> (asked << 4 | listed) + 1, one bit per index */

static const char * const index_files[] = { "index.noun", "index.verb", "index.adj", "index.adv" };
static const char * const exc_files[] = { "noun.exc", "verb.exc", "adj.exc", "adv.exc" };
/* WordNet's detachment rules (morph(3WN)), per part of speech: suffix, ending. */
typedef struct { const char *suffix, *ending; } Detach;
static const Detach noun_rules[] = {
  { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" }, { "ches", "ch" },
  { "shes", "sh" }, { "men", "man" }, { "ies", "y" }, { NULL, NULL },
};
static const Detach verb_rules[] = {
  { "s", "" }, { "ies", "y" }, { "es", "e" }, { "es", "" }, { "ed", "e" }, { "ed", "" },
  { "ing", "e" }, { "ing", "" }, { NULL, NULL },
};
static const Detach adj_rules[] = {
  { "er", "" }, { "est", "" }, { "er", "e" }, { "est", "e" }, { NULL, NULL },
};
static const Detach * const pos_rules[] = { noun_rules, verb_rules, adj_rules, NULL };

static gboolean
sorted_open (Sorted *f, const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  f->map = g_mapped_file_new (path, FALSE, NULL);
  if (f->map == NULL)
    return FALSE;
  f->data = g_mapped_file_get_contents (f->map);
  f->len = g_mapped_file_get_length (f->map);
  if (f->data == NULL)
    f->len = 0;
  /* the licence: lines that begin with a space */
  gsize i = 0;
  while (i < f->len && f->data[i] == ' ')
    {
      const char *nl = memchr (f->data + i, '\n', f->len - i);
      i = nl ? (gsize) (nl - f->data) + 1 : f->len;
    }
  f->body = i;
  return TRUE;
}

/* strcmp() of the line's first field (ended by a space or the line's end) with @key. */
static int
sorted_cmp (const Sorted *f, gsize line, const char *key)
{
  const unsigned char *p = (const unsigned char *) f->data + line, *end = (const unsigned char *) f->data + f->len;
  const unsigned char *k = (const unsigned char *) key;
  for (;; p++, k++)
    {
      unsigned int a = (p < end && *p != ' ' && *p != '\n') ? *p : 0;
      if (a != *k)
        return (int) a - (int) *k;
      if (a == 0)
        return 0;
    }
}

/* The first line of @f whose first field is @key (its offset), or -1. */
static gssize
sorted_find (const Sorted *f, const char *key)
{
  gsize lo = f->body, hi = f->len;   /* lines before lo are < key; lines from hi on are >= key */
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2, s = mid;
      while (s > lo && f->data[s - 1] != '\n')
        s--;
      if (sorted_cmp (f, s, key) < 0)
        {
          const char *nl = memchr (f->data + s, '\n', f->len - s);
          lo = nl ? (gsize) (nl - f->data) + 1 : f->len;
        }
      else
        hi = s;
    }
  return lo < f->len && sorted_cmp (f, lo, key) == 0 ? (gssize) lo : -1;
}

static gboolean
load_index (const char *dir)
{
  for (guint pi = 0; pi < G_N_ELEMENTS (index_files); pi++)
    if (!sorted_open (&lex_index[pi], dir, index_files[pi]))
      return FALSE;
  /* an exception list may be absent: the rules still hold */
  for (guint pi = 0; pi < G_N_ELEMENTS (exc_files); pi++)
    if (!sorted_open (&lex_exc[pi], dir, exc_files[pi]))
      lex_exc[pi] = (Sorted) { NULL, NULL, 0, 0 };
  lex_indexed_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return lex_index[0].len > lex_index[0].body;
}

/* Whether the index lists @w as the part of speech of index @pi; lock held. */
static gboolean
indexed (const char *w, guint pi)
{
  guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (lex_indexed_cache, w));
  bits = bits ? bits - 1 : 0;
  if (!(bits & (16u << pi)))
    {
      bits |= 16u << pi;
      if (sorted_find (&lex_index[pi], w) >= 0)
        bits |= 1u << pi;
      /* a new copy of the key: when the word is there, GLib keeps its key and
       * frees this one (the key found must not be passed back: it would be freed) */
      g_hash_table_insert (lex_indexed_cache, g_strdup (w), GUINT_TO_POINTER (bits + 1));
    }
  return (bits & (1u << pi)) != 0;
}

/* The base form the exception list of part of speech @pi gives for @w (its first
 * line for @w), into @buf; NULL when none. */
static const char *
exception_base (const char *w, guint pi, char *buf, gsize size)
{
  const Sorted *f = &lex_exc[pi];
  if (f->data == NULL)
    return NULL;
  for (gssize at = sorted_find (f, w); at >= 0 && (gsize) at < f->len;)
    {
      const char *line = f->data + at, *end = memchr (line, '\n', f->len - (gsize) at);
      if (end == NULL)
        end = f->data + f->len;
      const char *sp = memchr (line, ' ', (gsize) (end - line));
      if (sp != NULL && sp > line)
        {
          const char *b = sp + 1, *be = memchr (b, ' ', (gsize) (end - b));
          if (be == NULL)
            be = end;
          if ((gsize) (be - b) >= size)
            return NULL;
          memcpy (buf, b, (gsize) (be - b));
          buf[be - b] = '\0';
          return buf;
        }
      /* a line without a base: the next line for the same word, if any */
      at = (gssize) (end - f->data) + 1;
      if ((gsize) at >= f->len || sorted_cmp (f, (gsize) at, w) != 0)
        break;
    }
  return NULL;
}

/* The base form of the inflected @w as part of speech @pi, as morphstr() finds
 * it (NULL for a base form or an unknown word); the result is only good until
 * the next call. Lock held. */
static const char *
morph_base (const char *w, guint pi)
{
  static char buf[XC_LEXICON_MAX_WORD + 8];
  static char exc_buf[4 * XC_LEXICON_MAX_WORD];
  const char *exc = exception_base (w, pi, exc_buf, sizeof exc_buf);
  if (exc && indexed (exc, pi))
    return exc;
  if (pi >= G_N_ELEMENTS (pos_rules) - 1)
    return NULL;
  gsize n = strlen (w);
  for (const Detach *r = pos_rules[pi]; r->suffix; r++)
    {
      gsize sl = strlen (r->suffix), el = strlen (r->ending);
      if (n <= sl || strcmp (w + n - sl, r->suffix) != 0 || n - sl + el >= sizeof buf)
        continue;
      memcpy (buf, w, n - sl);
      memcpy (buf + n - sl, r->ending, el + 1);
      if (indexed (buf, pi))
        return buf;
    }
  return NULL;
}

gboolean
xc_lexicon_open (GError **error)
{
  g_mutex_lock (&lex_lock);
  if (!lex_tried)
    {
      lex_tried = TRUE;
      const char *dir = g_getenv ("WNSEARCHDIR");
      if (dir == NULL || *dir == '\0')
        {
          dir = XC_LEXICON_DEFAULT_DIR;
          g_setenv ("WNSEARCHDIR", dir, FALSE);
        }
      g_autofree char *probe = g_build_filename (dir, "index.noun", NULL);
      if (!g_file_test (probe, G_FILE_TEST_IS_REGULAR))
        lex_failure = g_strdup_printf ("WordNet's database is not in %s (no index.noun): "
                                       "install Debian's wordnet-base, or set WNSEARCHDIR",
                                       dir);
      else if (wninit () != 0 || !load_index (dir))
        lex_failure = g_strdup_printf ("WordNet's database in %s cannot be opened", dir);
      else
        {
          lex_ok = TRUE;
          lex_pos_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint pi = 0; pi < G_N_ELEMENTS (lex_lemma_cache); pi++)
            lex_lemma_cache[pi] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          lex_ancestor_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_hash_table_unref);
          lex_word_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          lex_noun_senses_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          lex_verb_senses_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          lex_verbs_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
    }
  gboolean ok = lex_ok;
  if (!ok)
    g_set_error_literal (error, XC_ERROR, XC_ERROR_INPUT, lex_failure);
  g_mutex_unlock (&lex_lock);
  return ok;
}

/* Lower case, spaces as WordNet's underscores, into @buf; FALSE when too long or empty. */
static gboolean
normalize (const char *word, gsize len, char *buf, gsize size)
{
  if (len == 0 || len >= size)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = g_ascii_tolower (word[i]);
      if (c == ' ')
        c = '_';
      if (c == '\0')
        return FALSE;
      buf[i] = c;
    }
  buf[len] = '\0';
  return TRUE;
}

static const int wn_pos[] = { NOUN, VERB, ADJ, ADV };

/* Called with the lock held. */
static guint
pos_mask_locked (char *w)
{
  gpointer hit = g_hash_table_lookup (lex_pos_cache, w);
  if (hit != NULL)
    return GPOINTER_TO_UINT (hit) - 1;
  guint mask = 0;
  for (guint i = 0; i < G_N_ELEMENTS (wn_pos); i++)
    if (indexed (w, i) || morph_base (w, i) != NULL)
      mask |= 1u << i;
  g_hash_table_insert (lex_pos_cache, g_strdup (w), GUINT_TO_POINTER (mask + 1));
  return mask;
}

guint
xc_lexicon_pos_mask (const char *word, gsize len)
{
  char w[XC_LEXICON_MAX_WORD];
  if (!lex_ok || !normalize (word, len, w, sizeof w))
    return 0;
  g_mutex_lock (&lex_lock);
  guint mask = pos_mask_locked (w);
  g_mutex_unlock (&lex_lock);
  return mask;
}

static int
pos_index (XcPos pos)
{
  for (int i = 0; i < 4; i++)
    if (pos == (XcPos) (1u << i))
      return i;
  return 0;
}

gboolean
xc_lexicon_lemma (const char *word, gsize len, XcPos pos, char *out, gsize out_size)
{
  char w[XC_LEXICON_MAX_WORD];
  if (out_size == 0)
    return FALSE;
  out[0] = '\0';
  if (!normalize (word, len, w, sizeof w))
    {
      g_strlcpy (out, "", out_size);
      return FALSE;
    }
  g_strlcpy (out, w, out_size);
  if (!lex_ok)
    return FALSE;
  int pi = pos_index (pos);
  gboolean known = FALSE;
  g_mutex_lock (&lex_lock);
  const char *cached = g_hash_table_lookup (lex_lemma_cache[pi], w);
  if (cached != NULL)
    {
      known = cached[0] == '+';
      g_strlcpy (out, cached + 1, out_size);
    }
  else
    {
      /* WordNet lists a base form itself; morphstr() finds the base of an
       * inflected one and returns NULL for a base form. */
      const char *base = morph_base (w, (guint) pi);
      if (base != NULL)
        {
          g_strlcpy (out, base, out_size);
          known = TRUE;
        }
      else if (indexed (w, (guint) pi))
        known = TRUE;
      g_hash_table_insert (lex_lemma_cache[pi], g_strdup (w),
                           g_strconcat (known ? "+" : "-", out, NULL));
    }
  g_mutex_unlock (&lex_lock);
  return known;
}

/* The first senses' synset offsets of a lemma (@wn_part: NOUN or VERB), at most
 * @max; lock held. Cached: alignment asks about the same few nouns and verbs for
 * every pair of a block, and each uncached question is a binary search of
 * WordNet's index file on disk (seeks and reads). */
G_STATIC_ASSERT (XC_LEXICON_SENSES <= XC_LEXICON_CACHED_SENSES);
G_STATIC_ASSERT (XC_LEXICON_WORD_SENSES <= XC_LEXICON_CACHED_SENSES);
G_STATIC_ASSERT (XC_LEXICON_VERB_SENSES <= XC_LEXICON_CACHED_SENSES);
static guint
senses_locked (const char *lemma, int wn_part, long *out, guint max)
{
  char w[XC_LEXICON_MAX_WORD];
  if (!normalize (lemma, strlen (lemma), w, sizeof w))
    return 0;
  /* one table per part of speech: a key built with printf was a tenth of a run */
  GHashTable *cache = wn_part == NOUN ? lex_noun_senses_cache : lex_verb_senses_cache;
  Senses *senses = g_hash_table_lookup (cache, w);
  if (senses == NULL)
    {
      senses = g_new0 (Senses, 1);
      IndexPtr ix = index_lookup (w, wn_part);
      if (ix != NULL)
        {
          for (int i = 0; i < ix->off_cnt && senses->n < XC_LEXICON_CACHED_SENSES; i++)
            senses->offset[senses->n++] = (long) ix->offset[i];
          free_index (ix);
        }
      g_hash_table_insert (cache, g_strdup (w), senses);
    }
  guint n = MIN (max, senses->n);
  memcpy (out, senses->offset, n * sizeof (long));
  return n;
}

static guint
noun_senses_locked (const char *lemma, long *out, guint max)
{
  return senses_locked (lemma, NOUN, out, max);
}

/* Synset offsets reachable from the first senses of @lemma within @depth
 * hypernym or instance links (the senses themselves at distance 0), each
 * mapped to its distance + 1; cached per lemma at the deepest depth used. */
#define XC_LEXICON_MAX_DEPTH 6
/* Walks up WordNet's hypernym and instance links from the noun synsets @start, at
 * most @depth links, recording in @dist each synset reached with its distance + 1 (the
 * starts at 1). With @targets, stops as soon as one of them is reached and says so.
 * Lock held. */
static gboolean
hypernyms_locked (const long *start, guint n, guint depth, GHashTable *dist, const long *targets,
                  guint n_targets)
{
  g_autoptr (GArray) frontier = g_array_new (FALSE, FALSE, sizeof (long));
  for (guint i = 0; i < n; i++)
    if (!g_hash_table_contains (dist, GSIZE_TO_POINTER ((gsize) start[i])))
      {
        g_hash_table_insert (dist, GSIZE_TO_POINTER ((gsize) start[i]), GUINT_TO_POINTER (1));
        g_array_append_val (frontier, start[i]);
      }
  for (guint d = 0; frontier->len > 0; d++)
    {
      for (guint i = 0; i < frontier->len; i++)
        for (guint t = 0; t < n_targets; t++)
          if (g_array_index (frontier, long, i) == targets[t])
            return TRUE;
      if (d == depth)
        break;
      g_autoptr (GArray) next = g_array_new (FALSE, FALSE, sizeof (long));
      for (guint i = 0; i < frontier->len; i++)
        {
          SynsetPtr s = read_synset (NOUN, g_array_index (frontier, long, i), "");
          for (int p = 0; s && p < s->ptrcount; p++)
            {
              if ((s->ptrtyp[p] != HYPERPTR && s->ptrtyp[p] != INSTANCE) || s->ppos[p] != NOUN)
                continue;
              long off = s->ptroff[p];
              if (g_hash_table_contains (dist, GSIZE_TO_POINTER ((gsize) off)))
                continue;
              g_hash_table_insert (dist, GSIZE_TO_POINTER ((gsize) off), GUINT_TO_POINTER (d + 2));
              g_array_append_val (next, off);
            }
          if (s)
            free_synset (s);
        }
      g_array_set_size (frontier, 0);
      g_array_append_vals (frontier, next->data, next->len);
    }
  return FALSE;
}

static GHashTable *
ancestors_locked (const char *lemma)
{
  GHashTable *set = g_hash_table_lookup (lex_ancestor_cache, lemma);
  if (set != NULL)
    return set;
  set = g_hash_table_new (g_direct_hash, g_direct_equal);
  long start[XC_LEXICON_WORD_SENSES];
  guint n = noun_senses_locked (lemma, start, XC_LEXICON_WORD_SENSES);
  hypernyms_locked (start, n, XC_LEXICON_MAX_DEPTH, set, NULL, 0);
  g_hash_table_insert (lex_ancestor_cache, g_strdup (lemma), set);
  return set;
}

/* Distance (0 = a shared sense) from a sense of @noun up to a sense of
 * @category, or -1. Lock held. */
static int
distance_locked (const char *noun, const char *category, guint depth)
{
  GHashTable *up = ancestors_locked (noun);
  long cat[XC_LEXICON_SENSES];
  guint n = noun_senses_locked (category, cat, XC_LEXICON_SENSES);
  int best = -1;
  for (guint i = 0; i < n; i++)
    {
      guint d1 = GPOINTER_TO_UINT (g_hash_table_lookup (up, GSIZE_TO_POINTER ((gsize) cat[i])));
      if (d1 > 0 && d1 - 1 <= depth && (best < 0 || (int) d1 - 1 < best))
        best = (int) d1 - 1;
    }
  return best;
}

gboolean
xc_lexicon_is_a (const char *noun, const char *category, guint depth)
{
  if (g_ascii_strcasecmp (noun, category) == 0)
    return TRUE;
  if (!lex_ok)
    return FALSE;
  g_mutex_lock (&lex_lock);
  int d = distance_locked (noun, category, MIN (depth, XC_LEXICON_MAX_DEPTH));
  g_mutex_unlock (&lex_lock);
  return d >= 0;
}

static gboolean
too_general_word (const char *w)
{
  for (guint i = 0; too_general[i] != NULL; i++)
    if (g_ascii_strcasecmp (w, too_general[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
xc_lexicon_nouns_related (const char *a, const char *b)
{
  if (g_ascii_strcasecmp (a, b) == 0)
    return TRUE;
  if (!lex_ok || too_general_word (a) || too_general_word (b))
    return FALSE;
  g_mutex_lock (&lex_lock);
  gboolean related = distance_locked (a, b, 4) >= 0 || distance_locked (b, a, 4) >= 0;
  g_mutex_unlock (&lex_lock);
  return related;
}

/* The synset offsets of the first @max senses of a verb lemma; lock held. */
static guint
verb_senses_locked (const char *lemma, long *out, guint max)
{
  return senses_locked (lemma, VERB, out, max);
}

/* Whether a sense of @a causes a sense of @b ("kill" causes "die"); lock held. */
static gboolean
causes_locked (const long *a, guint na, const long *b, guint nb)
{
  for (guint i = 0; i < na; i++)
    {
      SynsetPtr s = read_synset (VERB, a[i], "");
      if (s == NULL)
        continue;
      gboolean hit = FALSE;
      for (int p = 0; p < s->ptrcount && !hit; p++)
        if (s->ptrtyp[p] == CAUSETO)
          for (guint j = 0; j < nb && !hit; j++)
            hit = s->ptroff[p] == b[j];
      free_synset (s);
      if (hit)
        return TRUE;
    }
  return FALSE;
}

/* Adjectives that tell what happened to what a figure counts, and the verb of that
 * happening: news writes "12 dead" and "left three workers dead" for "12 died"; WordNet
 * links no verb to them (it does for participles: "wounded", "missing"). */
static const char * const state_adjectives[][2] = {
  { "dead", "die" },
};

static const char *
verb_of_state (const char *word)
{
  for (gsize k = 0; k < G_N_ELEMENTS (state_adjectives); k++)
    if (g_ascii_strcasecmp (word, state_adjectives[k][0]) == 0)
      return state_adjectives[k][1];
  return word;
}

static gboolean verbs_related_as_written (const char *a, const char *b);

gboolean
xc_lexicon_verbs_related (const char *a, const char *b)
{
  a = verb_of_state (a);
  b = verb_of_state (b);
  if (verbs_related_as_written (a, b))
    return TRUE;
  /* an inflected form ("killed", the name of a count of those killed) reads as its
   * base; a base form is read as written first ("wound" is a verb, not only "wind") */
  char la[XC_LEXICON_MAX_WORD], lb[XC_LEXICON_MAX_WORD];
  gboolean ia = xc_lexicon_lemma (a, strlen (a), XC_POS_VERB, la, sizeof la) && g_ascii_strcasecmp (la, a) != 0;
  gboolean ib = xc_lexicon_lemma (b, strlen (b), XC_POS_VERB, lb, sizeof lb) && g_ascii_strcasecmp (lb, b) != 0;
  if (!ia && !ib)
    return FALSE;
  return verbs_related_as_written (ia ? verb_of_state (la) : a, ib ? verb_of_state (lb) : b);
}

static gboolean
verbs_related_as_written (const char *a, const char *b)
{
  if (g_ascii_strcasecmp (a, b) == 0)
    return TRUE;
  if (!lex_ok)
    return FALSE;
  long sa[XC_LEXICON_VERB_SENSES], sb[XC_LEXICON_VERB_SENSES];
  g_autofree char *key = g_strconcat (a, "\n", b, NULL);
  g_mutex_lock (&lex_lock);
  gpointer hit = g_hash_table_lookup (lex_verbs_cache, key);
  if (hit != NULL)
    {
      g_mutex_unlock (&lex_lock);
      return GPOINTER_TO_UINT (hit) - 1;
    }
  guint na = verb_senses_locked (a, sa, XC_LEXICON_VERB_SENSES);
  guint nb = verb_senses_locked (b, sb, XC_LEXICON_VERB_SENSES);
  gboolean related = FALSE;
  for (guint i = 0; i < na && !related; i++)
    for (guint j = 0; j < nb && !related; j++)
      related = sa[i] == sb[j];
  if (!related)
    related = causes_locked (sa, MIN (na, 1), sb, nb) || causes_locked (sb, MIN (nb, 1), sa, na);
  g_hash_table_insert (lex_verbs_cache, g_steal_pointer (&key), GUINT_TO_POINTER (related + 1));
  g_mutex_unlock (&lex_lock);
  return related;
}

gboolean
xc_lexicon_common_word (const char *word, gsize len)
{
  char w[XC_LEXICON_MAX_WORD];
  if (len == 0 || len >= sizeof w)
    return FALSE;
  memcpy (w, word, len);
  w[len] = '\0';
  return xc_lexicon_pos_mask (word, len) != 0 && !xc_lexicon_is_proper (w);
}

static const char * const reporting_verbs[] = {
  "say", "tell", "report", "add", "state", "note", "claim", "quote", "confirm", "explain", NULL,
};

gboolean
xc_lexicon_reporting_verb (const char *lemma)
{
  return lemma != NULL && g_strv_contains (reporting_verbs, lemma);
}

/* WordNet's lexicographer file of verbs of telling, asking, ordering, singing */
#define LEXFILE_VERB_COMMUNICATION 32

gboolean
xc_lexicon_verb_of_speech (const char *lemma)
{
  if (!lex_ok)
    return FALSE;
  long sv[1];
  g_mutex_lock (&lex_lock);
  gboolean speech = FALSE;
  if (verb_senses_locked (lemma, sv, 1) == 1)
    {
      SynsetPtr s = read_synset (VERB, sv[0], "");
      speech = s != NULL && s->fnum == LEXFILE_VERB_COMMUNICATION;
      if (s != NULL)
        free_synset (s);
    }
  g_mutex_unlock (&lex_lock);
  return speech;
}

/* ---------- words for labels ---------- */

/* A cached answer of @kind for @w: TRUE when there is one, copied to @out ("" for "none"). */
static gboolean
word_cache_get_locked (char kind, const char *w, gboolean *found, char *out, gsize out_size)
{
  char key[2 * XC_LEXICON_MAX_WORD + 4];
  g_snprintf (key, sizeof key, "%c:%s", kind, w);
  const char *hit = g_hash_table_lookup (lex_word_cache, key);
  if (hit == NULL)
    return FALSE;
  *found = hit[0] == '+';
  g_strlcpy (out, *found ? hit + 1 : "", out_size);
  return TRUE;
}

static void
word_cache_put_locked (char kind, const char *w, gboolean found, const char *answer)
{
  g_hash_table_insert (lex_word_cache, g_strdup_printf ("%c:%s", kind, w),
                       g_strconcat (found ? "+" : "-", found ? answer : "", NULL));
}

/* The base form WordNet lists for the noun @w (itself, or its base by morph_base()), or
 * NULL; lock held. */
static const char *
noun_base_locked (char *w)
{
  return indexed (w, 0) ? w : morph_base (w, 0);
}

gboolean
xc_lexicon_noun_spelling (const char *word, char *out, gsize out_size)
{
  char w[XC_LEXICON_MAX_WORD];
  if (out_size == 0)
    return FALSE;
  out[0] = '\0';
  if (!lex_ok || !normalize (word, strlen (word), w, sizeof w))
    return FALSE;
  gboolean found = FALSE;
  g_mutex_lock (&lex_lock);
  if (!word_cache_get_locked ('s', w, &found, out, out_size))
    {
      char spelling[XC_LEXICON_MAX_WORD] = "";
      const char *base = noun_base_locked (w);
      IndexPtr ix = base ? index_lookup ((char *) base, NOUN) : NULL;
      /* capitalized only when every sense writes it so: "Somali", but "march" */
      gboolean proper = ix != NULL && ix->off_cnt > 0;
      for (int i = 0; ix && i < ix->off_cnt && proper; i++)
        {
          SynsetPtr s = read_synset (NOUN, (long) ix->offset[i], "");
          gboolean upper = FALSE;
          for (int k = 0; s && k < s->wcount && !upper; k++)
            if (g_ascii_strcasecmp (s->words[k], ix->wd) == 0 && g_ascii_isupper (s->words[k][0]))
              {
                upper = TRUE;
                if (i == 0)
                  g_strlcpy (spelling, s->words[k], sizeof spelling);
              }
          proper = upper;
          if (s)
            free_synset (s);
        }
      if (ix)
        {
          found = TRUE;
          if (!proper)
            g_strlcpy (spelling, ix->wd, sizeof spelling);
          for (char *p = spelling; *p; p++)
            if (*p == '_')
              *p = ' ';
          free_index (ix);
        }
      word_cache_put_locked ('s', w, found, spelling);
      g_strlcpy (out, spelling, out_size);
    }
  g_mutex_unlock (&lex_lock);
  return found;
}

/* Whether noun synset @off is, within @depth hypernym links, one of @targets; lock held. */
static gboolean
synset_under_locked (long off, const long *targets, guint n_targets, guint depth)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  return hypernyms_locked (&off, 1, depth, seen, targets, n_targets);
}

/* How often the sense of noun @word that is synset @off is tagged, or -1 when
 * @word has no such sense; lock held. */
static int
sense_count_locked (const char *word, long off)
{
  char w[XC_LEXICON_MAX_WORD];
  if (!normalize (word, strlen (word), w, sizeof w))
    return -1;
  IndexPtr ix = index_lookup (w, NOUN);
  int count = -1;
  for (int i = 0; ix && i < ix->off_cnt && count < 0; i++)
    if ((long) ix->offset[i] == off)
      count = GetTagcnt (ix, i + 1);
  if (ix)
    free_index (ix);
  return count;
}

/* Among equally common nouns: the verb itself first, then the shorter, then the earlier. */
static gsize
act_rank (const char *noun, const char *verb)
{
  return g_ascii_strcasecmp (noun, verb) == 0 ? 0 : strlen (noun);
}

/* What a noun that names something done or happening is a kind of: "killing",
 * "death". */
static const char * const act_roots[] = { "act#2", "event" };

/* The synset of a category: "event" (its most common sense) or "act#2" (its second
 * sense); FALSE when WordNet has no such noun sense. Lock held. */
static gboolean
category_sense_locked (const char *category, long *out)
{
  const char *hash = strchr (category, '#');
  guint sense = hash ? (guint) g_ascii_strtoull (hash + 1, NULL, 10) : 1;
  g_autofree char *word = hash ? g_strndup (category, (gsize) (hash - category)) : g_strdup (category);
  long senses[8];
  if (sense == 0 || sense > G_N_ELEMENTS (senses))
    return FALSE;
  if (noun_senses_locked (word, senses, sense) < sense)
    return FALSE;
  *out = senses[sense - 1];
  return TRUE;
}

/* The senses of act_roots into @out; lock held. */
static guint
act_roots_locked (long *out)
{
  guint n = 0;
  for (guint i = 0; i < G_N_ELEMENTS (act_roots); i++)
    n += category_sense_locked (act_roots[i], out + n);
  return n;
}

/* Whether @noun is the "-ing" form of @verb: "meeting", "shooting", "firing", "stopping". */
static gboolean
is_gerund (const char *noun, const char *verb)
{
  gsize n = strlen (noun), v = strlen (verb);
  if (n < 4 || !g_str_has_suffix (noun, "ing"))
    return FALSE;
  gsize stem = n - 3;
  return (stem == v && strncmp (noun, verb, v) == 0)                                     /* meet */
         || (stem + 1 == v && verb[v - 1] == 'e' && strncmp (noun, verb, stem) == 0)     /* fire */
         || (stem == v + 1 && strncmp (noun, verb, v) == 0 && noun[v] == verb[v - 1]);   /* stop */
}

#define XC_LEXICON_ACT_SENSES 3   /* senses of a verb whose derived nouns may name its act */
#define XC_LEXICON_ACT_DEPTH 10   /* hypernym links from such a noun up to "act" or "event" */

gboolean
xc_lexicon_act_noun (const char *verb, char *out, gsize out_size)
{
  char w[XC_LEXICON_MAX_WORD];
  if (out_size == 0)
    return FALSE;
  out[0] = '\0';
  if (!lex_ok || !normalize (verb, strlen (verb), w, sizeof w))
    return FALSE;
  gboolean found = FALSE;
  g_mutex_lock (&lex_lock);
  if (!word_cache_get_locked ('a', w, &found, out, out_size))
    {
      long roots[G_N_ELEMENTS (act_roots)];
      guint n_roots = act_roots_locked (roots);
      long senses[XC_LEXICON_ACT_SENSES];
      guint n = verb_senses_locked (w, senses, XC_LEXICON_ACT_SENSES);
      /* each noun's tag counts, summed over the act and event senses the verb's
       * senses link to ("meeting" of "meet": three senses) */
      g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr (GPtrArray) order = g_ptr_array_new ();
      for (guint i = 0; i < n; i++)
        {
          SynsetPtr s = read_synset (VERB, senses[i], "");
          if (s == NULL)
            continue;
          /* the verb's own place in its synset: derivation links are between words */
          int me = 0;
          for (int k = 0; k < s->wcount && me == 0; k++)
            if (g_ascii_strcasecmp (s->words[k], w) == 0)
              me = k + 1;
          for (int p = 0; p < s->ptrcount; p++)
            {
              if (s->ptrtyp[p] != DERIVATION || s->ppos[p] != NOUN || (s->pfrm[p] != 0 && s->pfrm[p] != me)
                  || s->pto[p] <= 0)
                continue;
              SynsetPtr t = read_synset (NOUN, s->ptroff[p], "");
              if (t == NULL)
                continue;
              const char *noun = s->pto[p] <= t->wcount ? t->words[s->pto[p] - 1] : NULL;
              g_autofree char *sense_key = noun ? g_strdup_printf ("%s@%ld", noun, t->hereiam) : NULL;
              /* one plain word, naming an act or an event ("killing", "death"), not
               * a doer or a thing ("killer", "bomber", "signature"); each sense once */
              if (noun && strchr (noun, '_') == NULL && strlen (noun) < XC_LEXICON_MAX_WORD
                  && !g_hash_table_contains (seen, sense_key)
                  && (is_gerund (noun, w) || synset_under_locked (t->hereiam, roots, n_roots, XC_LEXICON_ACT_DEPTH)))
                {
                  g_hash_table_add (seen, g_steal_pointer (&sense_key));
                  int count = MAX (0, sense_count_locked (noun, t->hereiam));
                  gpointer old;
                  if (g_hash_table_lookup_extended (counts, noun, NULL, &old))
                    g_hash_table_insert (counts, g_strdup (noun), GINT_TO_POINTER (GPOINTER_TO_INT (old) + count));
                  else
                    {
                      char *key = g_strdup (noun);
                      g_hash_table_insert (counts, key, GINT_TO_POINTER (count));
                      g_ptr_array_add (order, key);
                    }
                }
              free_synset (t);
            }
          free_synset (s);
        }
      char best[XC_LEXICON_MAX_WORD] = "";
      int best_count = -1;
      for (guint i = 0; i < order->len; i++)
        {
          const char *noun = order->pdata[i];
          int count = GPOINTER_TO_INT (g_hash_table_lookup (counts, noun));
          if (count > best_count || (count == best_count && act_rank (noun, w) < act_rank (best, w)))
            {
              g_strlcpy (best, noun, sizeof best);
              best_count = count;
              found = TRUE;
            }
        }
      for (char *p = best; *p; p++)
        *p = g_ascii_tolower (*p);
      word_cache_put_locked ('a', w, found, best);
      g_strlcpy (out, best, out_size);
    }
  g_mutex_unlock (&lex_lock);
  return found;
}

#define XC_LEXICON_UNDER_DEPTH 16   /* links from a word's sense up to a broad category */

gboolean
xc_lexicon_under (const char *noun, const char *category)
{
  char w[XC_LEXICON_MAX_WORD], c[XC_LEXICON_MAX_WORD];
  if (!lex_ok || !normalize (noun, strlen (noun), w, sizeof w)
      || !normalize (category, strlen (category), c, sizeof c))
    return FALSE;
  char key[2 * XC_LEXICON_MAX_WORD + 2];
  g_snprintf (key, sizeof key, "%s>%s", w, c);
  gboolean found = FALSE;
  char unused[2];
  g_mutex_lock (&lex_lock);
  if (!word_cache_get_locked ('u', key, &found, unused, sizeof unused))
    {
      long root, sense;
      const char *base = noun_base_locked (w);
      if (base && noun_senses_locked (base, &sense, 1) == 1 && category_sense_locked (c, &root))
        found = synset_under_locked (sense, &root, 1, XC_LEXICON_UNDER_DEPTH);
      word_cache_put_locked ('u', key, found, "");
    }
  g_mutex_unlock (&lex_lock);
  return found;
}

gboolean
xc_lexicon_is_proper (const char *word)
{
  char w[XC_LEXICON_MAX_WORD];
  if (!lex_ok || !normalize (word, strlen (word), w, sizeof w))
    return FALSE;
  gboolean found = FALSE;
  char unused[2];
  g_mutex_lock (&lex_lock);
  if (!word_cache_get_locked ('p', w, &found, unused, sizeof unused))
    {
      const char *base = noun_base_locked (w);
      IndexPtr ix = base ? index_lookup ((char *) base, NOUN) : NULL;
      for (int i = 0; ix && i < ix->off_cnt && !found; i++)
        {
          SynsetPtr s = read_synset (NOUN, (long) ix->offset[i], "");
          for (int k = 0; s && k < s->wcount && !found; k++)
            found = g_ascii_strcasecmp (s->words[k], ix->wd) == 0 && g_ascii_isupper (s->words[k][0]);
          if (s)
            free_synset (s);
        }
      if (ix)
        free_index (ix);
      word_cache_put_locked ('p', w, found, "");
    }
  g_mutex_unlock (&lex_lock);
  return found;
}

gboolean
xc_lexicon_synonyms (const char *a, const char *b)
{
  if (g_ascii_strcasecmp (a, b) == 0)
    return TRUE;
  if (!lex_ok)
    return FALSE;
  char wa[XC_LEXICON_MAX_WORD], wb[XC_LEXICON_MAX_WORD];
  if (!normalize (a, strlen (a), wa, sizeof wa) || !normalize (b, strlen (b), wb, sizeof wb))
    return FALSE;
  long sa[XC_LEXICON_SENSES], sb[XC_LEXICON_SENSES];
  g_mutex_lock (&lex_lock);
  if (!indexed (wa, 0) || !indexed (wb, 0))
    {
      g_mutex_unlock (&lex_lock);
      return FALSE;   /* not nouns WordNet knows: no alias to find */
    }
  guint na = noun_senses_locked (wa, sa, XC_LEXICON_SENSES);
  guint nb = noun_senses_locked (wb, sb, XC_LEXICON_SENSES);
  g_mutex_unlock (&lex_lock);
  for (guint i = 0; i < na; i++)
    for (guint j = 0; j < nb; j++)
      if (sa[i] == sb[j])
        return TRUE;
  return FALSE;
}
