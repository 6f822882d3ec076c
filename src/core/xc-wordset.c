/* xc-wordset.c - caseless word-list lookup: open-addressing hash set over a
 * static list, built once, looked up without allocating
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

/* FNV-1a over the lower-cased bytes. */
static inline guint32
hash_word (const char *s, gsize len)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) xc_lower (s[i])) * 16777619u;
  return h;
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
