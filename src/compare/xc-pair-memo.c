/* xc-pair-memo.c - a small answer kept per pair of numbers: an open-addressing table of
 * non-zero 64-bit keys (xc_pair_key ()) to one byte each. The fact aligner asks the same
 * questions of the same pairs of words thousands of times per block (are these counted
 * nouns related, are these measures named the same): a GHashTable of boxed keys cost a
 * copy per answer and a pointer chase per question. Pairs of small numbers (most: a
 * block names few nouns) sit in a plain table read inline (xc_pair_memo_get ()).
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-compare-private.h"

static inline gsize
slot_of (guint64 key, gsize mask)
{
  return xc_pair_key_hash (&key) & mask;
}

gboolean
xc_pair_memo_get_hashed (const XcPairMemo *m, guint64 key, guint8 *out)
{
  if (m->cap == 0)
    return FALSE;
  gsize mask = m->cap - 1;
  for (gsize i = slot_of (key, mask);; i = (i + 1) & mask)
    {
      if (m->keys[i] == key)
        {
          *out = m->vals[i];
          return TRUE;
        }
      if (m->keys[i] == 0)
        return FALSE;
    }
}

static void
put (XcPairMemo *m, guint64 key, guint8 val)
{
  gsize mask = m->cap - 1;
  gsize i = slot_of (key, mask);
  while (m->keys[i] != 0 && m->keys[i] != key)
    i = (i + 1) & mask;
  if (m->keys[i] == 0)
    m->len++;
  m->keys[i] = key;
  m->vals[i] = val;
}

void
xc_pair_memo_put (XcPairMemo *m, guint64 key, guint8 val)
{
  g_return_if_fail (key != 0 && val != 0);
  guint64 hi = key >> 32, lo = key & G_MAXUINT32;
  if (hi < XC_PAIR_MEMO_SMALL && lo < XC_PAIR_MEMO_SMALL)
    {
      if (m->small == NULL)
        m->small = g_new0 (guint8, XC_PAIR_MEMO_SMALL * XC_PAIR_MEMO_SMALL);
      m->small[hi * XC_PAIR_MEMO_SMALL + lo] = val;
      return;
    }
  if (2 * (m->len + 1) > m->cap)
    {
      /* grow: at most half full, so a miss ends soon */
      XcPairMemo old = *m;
      m->cap = old.cap ? 2 * old.cap : 64;
      m->keys = g_new0 (guint64, m->cap);
      m->vals = g_new0 (guint8, m->cap);
      m->len = 0;
      for (gsize i = 0; i < old.cap; i++)
        if (old.keys[i] != 0)
          put (m, old.keys[i], old.vals[i]);
      g_free (old.keys);
      g_free (old.vals);
    }
  put (m, key, val);
}

void
xc_pair_memo_clear (XcPairMemo *m)
{
  g_clear_pointer (&m->keys, g_free);
  g_clear_pointer (&m->vals, g_free);
  g_clear_pointer (&m->small, g_free);
  m->cap = m->len = 0;
}
