/* xc-wordset.c - caseless word-list lookup: open-addressing hash set over a
 * static list, built once, looked up without allocating; xc_word_in(), the
 * one test of "is this word in that list" for every stage
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-wordset-private.h"

struct _XcWordSet {
  const char * const *words;
  guint16            *lens;
  gint32             *slots;   /* index + 1 into words; 0 = empty */
  guint32             mask;
  /* bit n of lens_by_first[c] is set when a word of n bytes starts with letter
   * c ('a'..'z', 26 for any other byte): most words fail this before hashing */
  guint32             lens_by_first[27];
};

static inline guint
first_class (char c)
{
  c = xc_lower (c);
  return c >= 'a' && c <= 'z' ? (guint) (c - 'a') : 26;
}

static inline guint32
len_bit (gsize len)
{
  return len < 32 ? 1u << len : 1u << 31;   /* 31 and longer share a bit */
}

/* A hash of the lower-cased word from its length, first four bytes and last
 * byte: every word of a text is looked up, and FNV-1a's multiply per byte
 * made the hash most of a lookup. Words alike in all of these only share a
 * probe sequence; the comparison below still reads them whole. */
static inline guint32
hash_word (const char *s, gsize len)
{
  guint32 v = (guint32) len;
  gsize n = len < 4 ? len : 4;
  for (gsize i = 0; i < n; i++)
    v = (v << 8) ^ (guchar) xc_lower (s[i]);
  if (len > 0)
    v ^= (guint32) (guchar) xc_lower (s[len - 1]) << 13 ^ (guint32) len << 27;
  v *= 0x9E3779B1u;
  return v ^ (v >> 15);
}

XcWordSet *
xc_word_set_new (const char * const *words)
{
  guint32 n = 0;
  while (words[n])
    n++;
  guint32 size = 16;
  while (size < 2 * n)
    size *= 2;
  XcWordSet *set = g_new0 (XcWordSet, 1);
  set->words = words;
  set->lens = g_new (guint16, MAX (n, 1));
  set->slots = g_new0 (gint32, size);
  set->mask = size - 1;
  for (guint32 i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      set->lens[i] = (guint16) len;
      if (len > 0)
        set->lens_by_first[first_class (words[i][0])] |= len_bit (len);
      if (xc_word_set_index (set, words[i], len) >= 0)
        continue;   /* a duplicate: the first one stays */
      guint32 k = hash_word (words[i], len) & set->mask;
      while (set->slots[k] != 0)
        k = (k + 1) & set->mask;
      set->slots[k] = (gint32) i + 1;
    }
  return set;
}

void
xc_word_set_free (XcWordSet *set)
{
  if (set == NULL)
    return;
  g_free (set->lens);
  g_free (set->slots);
  g_free (set);
}

int
xc_word_set_index (const XcWordSet *set, const char *s, gsize len)
{
  if (len == 0 || !(set->lens_by_first[first_class (s[0])] & len_bit (len)))
    return -1;
  for (guint32 k = hash_word (s, len) & set->mask; set->slots[k] != 0; k = (k + 1) & set->mask)
    {
      int i = set->slots[k] - 1;
      if (set->lens[i] != len)
        continue;
      const char *w = set->words[i];
      gsize j = 0;
      while (j < len && xc_lower (s[j]) == w[j])
        j++;
      if (j == len)
        return i;
    }
  return -1;
}

const XcWordSet *
xc_word_set_once (XcWordSet **slot, const char * const *words)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, xc_word_set_new (words));
  return *slot;
}

/* The word set of each table passed to xc_word_in(), keyed by the table's
 * address: an open-addressing array filled under a lock, read without one. */
typedef struct {
  const char * const *table;
  XcWordSet          *set;
} WordInEntry;

#define WORD_IN_SLOTS 256
static WordInEntry *word_in_slots[WORD_IN_SLOTS];
static GMutex word_in_lock;
static guint word_in_count;

static inline guint
word_in_hash (const char * const *table)
{
  return (guint) (((guintptr) table >> 3) * 2654435761u) & (WORD_IN_SLOTS - 1);
}

static const XcWordSet *
word_in_set (const char * const *table)
{
  guint k = word_in_hash (table);
  for (;;)
    {
      WordInEntry *e = g_atomic_pointer_get (&word_in_slots[k]);
      if (e == NULL)
        break;
      if (e->table == table)
        return e->set;
      k = (k + 1) & (WORD_IN_SLOTS - 1);
    }
  g_mutex_lock (&word_in_lock);
  k = word_in_hash (table);
  WordInEntry *e;
  while ((e = word_in_slots[k]) != NULL && e->table != table)
    k = (k + 1) & (WORD_IN_SLOTS - 1);
  if (e == NULL)
    {
      g_assert (++word_in_count < WORD_IN_SLOTS);   /* raise WORD_IN_SLOTS */
      e = g_new (WordInEntry, 1);
      e->table = table;
      e->set = xc_word_set_new (table);
      g_atomic_pointer_set (&word_in_slots[k], e);
    }
  g_mutex_unlock (&word_in_lock);
  return e->set;
}

gboolean
xc_word_in (const char *t, gsize start, gsize end, const char * const *table)
{
  gsize n = end - start;
  if (n == 0)
    return FALSE;
  return xc_word_set_index (word_in_set (table), t + start, n) >= 0;
}

gsize
xc_word_possessive_len (const char *s, gsize len)
{
  if (len > 2 && s[len - 2] == '\'' && (s[len - 1] == 's' || s[len - 1] == 'S'))
    return 2;
  if (len > 4 && memcmp (s + len - 4, "\xe2\x80\x99", 3) == 0 && (s[len - 1] == 's' || s[len - 1] == 'S'))
    return 4;
  return 0;
}

const char * const xc_words_calendar[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", NULL
};

const char * const xc_words_before_base_form[] = {
  "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", NULL,
};
