/* xc-wordset-private.h - caseless lookup of a word in a fixed word list:
 * an open-addressing hash set built once, no allocation per lookup
 * SPDX-License-Identifier: MIT */
#pragma once
#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _XcWordSet XcWordSet;

/* ASCII lower case without a function call (g_ascii_tolower is not inline). */
static inline char
xc_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
}

/**
 * xc_word_set_new:
 * @words: NULL-terminated, lowercase; borrowed: it must outlive the set
 *   (the lists are static tables). On duplicates the first index wins.
 */
XcWordSet *xc_word_set_new   (const char * const *words);
void       xc_word_set_free  (XcWordSet *set);

/* The index in the list of the @len bytes at @s, compared caselessly (ASCII); -1 if absent. */
int        xc_word_set_index (const XcWordSet *set, const char *s, gsize len);

static inline gboolean
xc_word_set_has (const XcWordSet *set, const char *s, gsize len)
{
  return xc_word_set_index (set, s, len) >= 0;
}

/* Same, for a NUL-terminated word. */
static inline gboolean
xc_word_set_has_str (const XcWordSet *set, const char *w)
{
  return xc_word_set_index (set, w, strlen (w)) >= 0;
}

/**
 * xc_word_set_once:
 * The set for @words, built on first use (thread-safe) into *@slot and kept
 * for the life of the process: for lists used by functions without an owner
 * object. @slot is a static pointer initialised to NULL.
 */
const XcWordSet *xc_word_set_once (XcWordSet **slot, const char * const *words);

/**
 * xc_word_in:
 * Caseless: is [@start, @end) of @text one of @table (NULL-terminated,
 * lowercase)? @table must be static: its word set is built on first use and
 * kept by the table's address, so no caller needs a slot of its own. The one
 * "word in a list" test of the library.
 */
gboolean xc_word_in (const char *text, gsize start, gsize end, const char * const *table);

/* Same, for a NUL-terminated word. */
static inline gboolean
xc_word_in_str (const char *word, const char * const *table)
{
  return xc_word_in (word, 0, strlen (word), table);
}

/* The bytes of a possessive ending of the word @s of @len bytes: "'s" (2), "’s" (4),
 * or 0. */
gsize    xc_word_possessive_len (const char *s, gsize len);

/* Month names (and their abbreviations) and weekday names, lowercase, for
 * xc_word_in(): words written with a capital that name no one and no place. */
extern const char * const xc_words_calendar[];

/* Words after which a verb stands in its base form ("to save", "will cut"), for
 * xc_word_in(). */
extern const char * const xc_words_before_base_form[];

G_END_DECLS
