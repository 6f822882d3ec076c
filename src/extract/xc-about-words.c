/* xc-about-words.c - the words of a sentence as the about stage reads them, and
 * the table of what is known of each word as written.
 *
 * Every claim of a sentence asks about the words around it, and news repeats its
 * words from sentence to sentence: a word's answers (part of speech, number,
 * lemma, ...) are kept in an open-addressing table keyed by its bytes (no copy
 * and no NUL needed to look a word up, as a GHashTable of strings would), in
 * the slots themselves. A word of a sentence remembers its slot; the table's
 * generation changes when the slots move (it grows), which makes the words
 * look again.
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-simd-private.h"
#include "xc-about-words-private.h"

/* The words are forgotten, between documents, once there are this many. */
#define XC_WORD_TABLE_MAX 200000

static const XcWordInfo info_unknown = { -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, { NULL, NULL } };

static void
table_init (XcWordTable *k)
{
  k->mask = 4095;
  k->count = 0;
  k->gen++;
  k->slots = g_new0 (XcWordSlot, k->mask + 1);
  k->bytes = g_string_chunk_new (1 << 16);
}

static void
table_clear (XcWordTable *k)
{
  g_free (k->slots);
  g_string_chunk_free (k->bytes);
}

XcWordTable *
xc_word_table_new (void)
{
  XcWordTable *k = g_new0 (XcWordTable, 1);
  table_init (k);
  return k;
}

void
xc_word_table_free (XcWordTable *k)
{
  if (k == NULL)
    return;
  table_clear (k);
  g_free (k);
}

void
xc_word_table_trim (XcWordTable *k)
{
  if (k->count < XC_WORD_TABLE_MAX)
    return;
  table_clear (k);
  table_init (k);
}

const char *
xc_word_table_keep (XcWordTable *k, const char *s)
{
  return g_string_chunk_insert (k->bytes, s);
}

/* The first eight bytes of a word (zeros after a shorter one), and a hash of all
 * of them, eight at a time (words are short: one or two rounds). @end: the end
 * of the text, up to which eight bytes may be read at once. */
static guint32
kept_hash (const char *s, gsize len, const char *end, guint64 *head)
{
  guint64 h = (guint64) len * 0x9E3779B97F4A7C15ull, v = 0;
  if (len >= 8)
    memcpy (&v, s, 8);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  else if (end - s >= 8)
    {
      memcpy (&v, s, 8);   /* the word's bytes are the low ones */
      v &= (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
    }
#endif
  else
    for (gsize i = 0; i < len; i++)
      v |= (guint64) (guchar) s[i] << (8 * i);
  *head = v;
  for (;;)
    {
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
      if (len <= 8)
        break;
      s += 8, len -= 8, v = 0;
      if (len >= 8)
        memcpy (&v, s, 8);
      else
        for (gsize i = 0; i < len; i++)
          v |= (guint64) (guchar) s[i] << (8 * i);
    }
  return (guint32) h;
}

/* The slot of the word, or the free slot where it would go. */
static guint
kept_slot (const XcWordTable *k, const char *s, gsize len, guint64 head, guint32 h)
{
  for (guint i = h & k->mask;; i = (i + 1) & k->mask)
    {
      const XcWordSlot *e = &k->slots[i];
      if (e->word == NULL
          || (e->hash == h && e->head == head && e->len == len
              && (len <= 8 || memcmp (e->word + 8, s + 8, len - 8) == 0)))
        return i;
    }
}

/* The slot of the word, added (with no answers yet) when new. */
static guint
kept_get (XcWordTable *k, const char *s, gsize len, const char *end)
{
  guint64 head;
  guint32 h = kept_hash (s, len, end, &head);
  guint i = kept_slot (k, s, len, head, h);
  if (k->slots[i].word != NULL)
    return i;
  if (2 * (k->count + 1) > k->mask + 1)
    {
      /* grow: the slots move, and words that knew theirs look again */
      XcWordSlot *old = k->slots;
      guint n = k->mask + 1;
      k->mask = 2 * n - 1;
      k->gen++;
      k->slots = g_new0 (XcWordSlot, k->mask + 1);
      for (guint j = 0; j < n; j++)
        if (old[j].word != NULL)
          k->slots[kept_slot (k, old[j].word, old[j].len, old[j].head, old[j].hash)] = old[j];
      g_free (old);
      i = kept_slot (k, s, len, head, h);
    }
  k->slots[i] = (XcWordSlot) { g_string_chunk_insert_len (k->bytes, s, (gssize) len), head, (guint32) len, h,
                         info_unknown };
  k->count++;
  return i;
}

void
xc_word_table_find (XcWordTable *k, const char *t, const char *t_end, XcWord *w)
{
  w->slot = kept_get (k, t + w->start, w->end - w->start, t_end);
  w->gen = k->gen;
}

/* ---------- the words of a sentence ---------- */

/* What a byte can be to the reading below, as bits: part of a word (letters,
 * digits, '-', '\'', any byte of a UTF-8 sequence); a clause break (, ; : ( ) "
 * and NUL). A table rather than tests per byte. */
enum { BYTE_WORD = 1, BYTE_BREAK = 2 };
#define D10(x) x, x, x, x, x, x, x, x, x, x
#define L26(x) D10 (x), D10 (x), x, x, x, x, x, x
#define H128(x) D10 (D10 (x)), D10 (x), D10 (x), x, x, x, x, x, x, x, x
static const guint8 byte_kind[256] = {
  [0] = BYTE_BREAK, ['"'] = BYTE_BREAK, ['('] = BYTE_BREAK, [')'] = BYTE_BREAK, [','] = BYTE_BREAK,
  [':'] = BYTE_BREAK, [';'] = BYTE_BREAK,
  ['\''] = BYTE_WORD, ['-'] = BYTE_WORD, ['0'] = D10 (BYTE_WORD), ['A'] = L26 (BYTE_WORD),
  ['a'] = L26 (BYTE_WORD), [0x80] = H128 (BYTE_WORD),
};
#undef D10
#undef L26
#undef H128

static inline gboolean
word_byte (const char *t, gsize i)
{
  return byte_kind[(guchar) t[i]] & BYTE_WORD;
}

/* The end of the word bytes (word_byte()) from @i: sixteen at a time where
 * SSE2 is there, else one by one. */
static inline gsize
word_end (const char *t, gsize to, gsize i)
{
#ifdef __SSE2__
  for (; i + 16 <= to; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (t + i));
      int word = xc_simd_digits (v) | xc_simd_letters (v)
                 | _mm_movemask_epi8 (v)   /* bytes of UTF-8 sequences */
                 | _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-')))
                 | _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')));
      if (word != 0xFFFF)
        return i + (gsize) __builtin_ctz ((unsigned) ~word);
    }
#endif
  while (i < to && word_byte (t, i))
    i++;
  return i;
}

/* A clause boundary between words a and b (a before b): , ; : ( ) " or a spaced dash. */
static gboolean
clause_break (const char *t, gsize a_end, gsize b_start)
{
  for (gsize i = a_end; i < b_start; i++)
    if ((byte_kind[(guchar) t[i]] & BYTE_BREAK) || (t[i] == '-' && i > a_end && t[i - 1] == ' '))
      return TRUE;
  return FALSE;
}

void
xc_words_read (XcWords *w, const char *t, gsize from, gsize to)
{
  w->len = 0;
  w->n_owners = 0;
  gsize i = from;
  while (i < to)
    {
      while (i < to && !word_byte (t, i))
        i++;
      gsize s = i;
      i = word_end (t, to, i);
      if (i == s)
        break;
      gsize e = i;
      while (e > s && (t[e - 1] == '-' || t[e - 1] == '\''))
        e--;
      while (s < e && (t[s] == '\'' || t[s] == '-'))
        s++;
      if (e <= s)
        continue;
      if (w->len == w->room)
        {
          w->room = MAX (64, 2 * w->room);
          w->v = g_renew (XcWord, w->v, w->room);
        }
      /* filled in place */
      XcWord *wd = &w->v[w->len];
      wd->start = s;
      wd->end = e;
      wd->cap = g_ascii_isupper (t[s]);
      wd->first = w->len == 0 && s - from < 4;
      wd->possessive = FALSE;
      wd->infinitive = w->len > 0 && wd[-1].end + 1 == s && t[wd[-1].end] == ' '
                       && xc_word_in (t, wd[-1].start, wd[-1].end, xc_words_before_base_form);
      wd->name = -1;
      wd->slot = wd->gen = 0;
      gsize pl = (t[e - 1] | 0x20) == 's' ? xc_word_possessive_len (t + s, e - s) : 0;
      if (pl > 0 && e - s > pl)
        {
          wd->possessive = TRUE;
          wd->end = e - pl;
        }
      wd->breaks = w->len > 0 ? wd[-1].breaks + clause_break (t, wd[-1].end, wd->start) : 0;
      if (wd->possessive && wd->cap)
        {
          if (w->n_owners == w->owners_room)
            {
              w->owners_room = MAX (8, 2 * w->owners_room);
              w->owners = g_renew (guint, w->owners, w->owners_room);
            }
          w->owners[w->n_owners++] = w->len;
        }
      w->len++;
    }
}

void
xc_words_clear (XcWords *w)
{
  g_clear_pointer (&w->v, g_free);
  g_clear_pointer (&w->owners, g_free);
  w->len = w->room = w->n_owners = w->owners_room = 0;
}
