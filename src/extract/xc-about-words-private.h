/* xc-about-words-private.h - the words of a sentence as the about stage reads
 * them (xc-about-words.c), and a table of what is known of each word as written
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "xc-wordset-private.h"

G_BEGIN_DECLS

/* What the about stage asks of a word as written: it depends on its bytes alone,
 * and news repeats its words, so each answer is kept once found (-1, NULL: not
 * asked yet). */
typedef struct {
  gint8       mask;         /* xc_lexicon_pos_mask() */
  gint8       number;       /* a number: digits or number words */
  gint8       function;     /* a function word */
  gint8       aux;          /* an auxiliary */
  gint8       place;        /* a preposition of place */
  gint8       calendar;     /* a month or weekday name */
  gint8       verb;         /* a participle or past form */
  gint8       empty;        /* a verb that says nothing of what happened */
  gint8       adjectival;   /* a describing adjective (or its first part) */
  gint8       speech;       /* a verb of telling ("said", "told"): xc_lexicon_verb_of_speech() */
  const char *lemma[2];     /* its noun and verb lemmas, kept by the table */
} XcWordInfo;

/* A word of the sentence being read. */
typedef struct {
  gsize     start, end;   /* byte offsets in the document text */
  gboolean  cap;          /* starts with a capital */
  gboolean  first;        /* first word of the sentence */
  gboolean  possessive;   /* ends in 's (left out of [start, end)) */
  gboolean  infinitive;   /* right after "to" or a modal: "to save", "will cut" (a verb
                           * where WordNet knows one) */
  guint     breaks;       /* clause breaks between the sentence's first word and this one */
  gint8     name;         /* a name, once asked (-1: not yet) */
  guint32   slot, gen;    /* its answers in the table: the slot, valid while the
                           * table's generation is @gen (0: not looked up yet) */
} XcWord;

/* The words of one sentence: a buffer reused sentence after sentence. */
typedef struct {
  XcWord *v;
  guint   len, room;
  guint  *owners;                 /* the indices of its capitalized possessive words */
  guint   n_owners, owners_room;
} XcWords;

/* The answers kept for each word as written (one table per extractor: no lock):
 * open addressing, keyed by the word's bytes (xc-about-words.c). */
typedef struct {
  const char *word;    /* kept by the table; NULL: a free slot */
  guint64     head;    /* its first eight bytes (zeros after a shorter word) */
  guint32     len, hash;
  XcWordInfo  info;
} XcWordSlot;

typedef struct {
  XcWordSlot   *slots;
  guint         mask, count;   /* mask + 1 slots, a power of two */
  guint32       gen;           /* 1 and up: changes when the slots move */
  GStringChunk *bytes;
} XcWordTable;

XcWordTable *xc_word_table_new   (void);
void         xc_word_table_free  (XcWordTable *table);
/* Forgets every word once the table holds many (between documents only: words
 * of a sentence being read point into it). */
void         xc_word_table_trim  (XcWordTable *table);
/* Looks @w of the text @t (which ends at @t_end) up, adding it when new: sets its
 * slot and generation. */
void         xc_word_table_find  (XcWordTable *table, const char *t, const char *t_end, XcWord *w);
/* A copy of @s that lives as long as the table's words. */
const char  *xc_word_table_keep  (XcWordTable *table, const char *s);

/* The words of [@from, @to) of @t: runs of letters, digits, apostrophes, hyphens
 * and UTF-8 sequences, without the apostrophes and hyphens at their ends; a
 * trailing possessive is marked and left out. */
void         xc_words_read       (XcWords *w, const char *t, gsize from, gsize to);
void         xc_words_clear      (XcWords *w);

/* The answers for @w (looked up on first use); good until another word is looked up. */
static inline XcWordInfo *
xc_word_table_info (XcWordTable *table, const char *t, const char *t_end, XcWord *w)
{
  if (w->gen != table->gen)
    xc_word_table_find (table, t, t_end, w);
  return &table->slots[w->slot].info;
}

static inline XcWord *
xc_words_at (const XcWords *w, guint k)
{
  return &w->v[k];
}

/* Whether a clause boundary (, ; : ( ) " or a spaced dash) lies between words @a
 * and @b of @w (a before b). */
static inline gboolean
xc_words_crossed (const XcWords *w, guint a, guint b)
{
  return w->v[b].breaks != w->v[a].breaks;
}

/* Whether the @n bytes at @s are the lowercase @lower, in any case (inline:
 * g_ascii_strncasecmp() is a call). */
static inline gboolean
xc_caseless_is (const char *s, const char *lower, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (xc_lower (s[i]) != lower[i])
      return FALSE;
  return TRUE;
}

/* A participle or past form by its ending: "-ing" or "-ed", in a word of five
 * bytes or more. */
static inline gboolean
xc_ing_or_ed (const char *t, gsize start, gsize end)
{
  return end - start > 4 && (xc_caseless_is (t + end - 3, "ing", 3) || xc_caseless_is (t + end - 2, "ed", 2));
}

G_END_DECLS
