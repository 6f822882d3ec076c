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

#define XC_LEXICON_DEFAULT_DIR "/usr/share/wordnet"
#define XC_LEXICON_SENSES 3        /* most common senses of a category looked at */
#define XC_LEXICON_WORD_SENSES 1   /* ... and of a word placed under one: its usual sense */
#define XC_LEXICON_MAX_WORD 64
#define XC_LEXICON_VERB_SENSES 4   /* senses of a verb that may make two verbs one */

static GMutex      lex_lock;
static gboolean    lex_tried, lex_ok;
static char       *lex_failure;
static GHashTable *lex_pos_cache;      /* word -> mask + 1 */
static GHashTable *lex_lemma_cache;    /* "p:word" -> lemma */
static GHashTable *lex_ancestor_cache; /* noun -> GHashTable of synset offsets (+1) */
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
      else if (wninit () != 0)
        lex_failure = g_strdup_printf ("WordNet's database in %s cannot be opened", dir);
      else
        {
          lex_ok = TRUE;
          lex_pos_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          lex_lemma_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          lex_ancestor_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_hash_table_unref);
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
  unsigned int bits = in_wn (w, ALL_POS);
  for (guint i = 0; i < G_N_ELEMENTS (wn_pos); i++)
    {
      if (bits & bit (wn_pos[i]))
        mask |= 1u << i;
      else
        {
          char *base = morphstr (w, wn_pos[i]);
          if (base != NULL && (in_wn (base, wn_pos[i]) & bit (wn_pos[i])))
            mask |= 1u << i;
        }
    }
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
  char key[XC_LEXICON_MAX_WORD + 2];
  g_snprintf (key, sizeof key, "%d:%s", pi, w);
  gboolean known = FALSE;
  g_mutex_lock (&lex_lock);
  const char *cached = g_hash_table_lookup (lex_lemma_cache, key);
  if (cached != NULL)
    {
      known = cached[0] == '+';
      g_strlcpy (out, cached + 1, out_size);
    }
  else
    {
      /* WordNet lists a base form itself; morphstr() finds the base of an
       * inflected one and returns NULL for a base form. */
      char *base = morphstr (w, wn_pos[pi]);
      if (base != NULL && (in_wn (base, wn_pos[pi]) & bit (wn_pos[pi])))
        {
          g_strlcpy (out, base, out_size);
          known = TRUE;
        }
      else if (in_wn (w, wn_pos[pi]) & bit (wn_pos[pi]))
        known = TRUE;
      g_hash_table_insert (lex_lemma_cache, g_strdup (key),
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
static GHashTable *
ancestors_locked (const char *lemma)
{
  GHashTable *set = g_hash_table_lookup (lex_ancestor_cache, lemma);
  if (set != NULL)
    return set;
  set = g_hash_table_new (g_direct_hash, g_direct_equal);
  long start[XC_LEXICON_WORD_SENSES];
  guint n = noun_senses_locked (lemma, start, XC_LEXICON_WORD_SENSES);
  g_autoptr (GArray) frontier = g_array_new (FALSE, FALSE, sizeof (long));
  for (guint i = 0; i < n; i++)
    if (!g_hash_table_contains (set, GSIZE_TO_POINTER ((gsize) start[i])))
      {
        g_hash_table_insert (set, GSIZE_TO_POINTER ((gsize) start[i]), GUINT_TO_POINTER (1));
        g_array_append_val (frontier, start[i]);
      }
  for (guint d = 1; d <= XC_LEXICON_MAX_DEPTH && frontier->len > 0; d++)
    {
      g_autoptr (GArray) next = g_array_new (FALSE, FALSE, sizeof (long));
      for (guint i = 0; i < frontier->len; i++)
        {
          SynsetPtr s = read_synset (NOUN, g_array_index (frontier, long, i), "");
          if (s == NULL)
            continue;
          for (int p = 0; p < s->ptrcount; p++)
            {
              if ((s->ptrtyp[p] != HYPERPTR && s->ptrtyp[p] != INSTANCE) || s->ppos[p] != NOUN)
                continue;
              long off = s->ptroff[p];
              if (g_hash_table_contains (set, GSIZE_TO_POINTER ((gsize) off)))
                continue;
              g_hash_table_insert (set, GSIZE_TO_POINTER ((gsize) off), GUINT_TO_POINTER (d + 1));
              g_array_append_val (next, off);
            }
          free_synset (s);
        }
      g_array_set_size (frontier, 0);
      g_array_append_vals (frontier, next->data, next->len);
    }
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

gboolean
xc_lexicon_verbs_related (const char *a, const char *b)
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
