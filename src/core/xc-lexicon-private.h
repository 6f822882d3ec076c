/* xc-lexicon-private.h - what crosscheck knows of English words, from WordNet:
 * parts of speech, base forms (lemmas) and "is a kind of" between nouns
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  XC_POS_NOUN = 1 << 0,
  XC_POS_VERB = 1 << 1,
  XC_POS_ADJ  = 1 << 2,
  XC_POS_ADV  = 1 << 3,
} XcPos;

/**
 * xc_lexicon_open:
 * Opens WordNet's database once per process (thread-safe; later calls only
 * report the first call's outcome). The data is read from $WNSEARCHDIR when
 * set, otherwise from /usr/share/wordnet (Debian's wordnet-base).
 * Returns: FALSE with @error set (XC_ERROR_INPUT, naming the folder and the
 *   package) when the database cannot be opened.
 */
gboolean xc_lexicon_open      (GError **error);

/**
 * xc_lexicon_pos_mask:
 * Returns: the parts of speech (#XcPos bits) WordNet lists for the @len
 *   bytes at @word, as written or as an inflected form ("seized", "rifles");
 *   0 for a word WordNet does not know, or when the lexicon is not open.
 *   Case is ignored.
 */
guint    xc_lexicon_pos_mask  (const char *word, gsize len);

/**
 * xc_lexicon_lemma:
 * Writes the base form of the @len bytes at @word as a @pos ("rifles" ->
 * "rifle", "seized" -> "seize", "geese" -> "goose", "men" -> "man") into
 * @out (lower case, NUL-terminated, at most @out_size bytes).
 * Returns: TRUE when WordNet knows the word as a @pos; otherwise @out holds
 *   the word in lower case and the result is FALSE.
 */
gboolean xc_lexicon_lemma     (const char *word, gsize len, XcPos pos,
                               char *out, gsize out_size);

/**
 * xc_lexicon_is_a:
 * Returns: TRUE when the most common noun sense of @noun (a lemma) is,
 *   within @depth steps up WordNet's hypernym (and instance) links, one of
 *   the three most common senses of @category (a lemma, "person",
 *   "weapon", "time_period"), or @noun is @category.
 */
gboolean xc_lexicon_is_a      (const char *noun, const char *category, guint depth);

/**
 * xc_lexicon_nouns_related:
 * Returns: TRUE when two noun lemmas can name the same kind of thing: the
 *   same lemma, synonyms, or one (in its most common sense) a kind of the
 *   other (in one of its three most common senses) within four steps ("skiff" / "boat", "rifle" /
 *   "weapon", "Somali" / "person"). Links through the most general
 *   categories (entity, object, thing, whole, artifact, ...) do not count.
 */
gboolean xc_lexicon_nouns_related (const char *a, const char *b);

/**
 * xc_lexicon_verbs_related:
 * Returns: TRUE when two verb lemmas can tell one happening: the same lemma,
 *   synonyms among their four most common senses ("injure" / "wound"), or the
 *   first sense of one causes a sense of the other ("kill" / "die"). "march"
 *   and "kill", "injure" and "arrest" are not. An adjective that tells what
 *   happened ("dead") stands for its verb ("die"), and an inflected form for
 *   its base ("killed" / "kill").
 */
gboolean xc_lexicon_verbs_related (const char *a, const char *b);

/**
 * xc_lexicon_verb_of_speech:
 * Returns: TRUE when the most common sense of the verb lemma is one of telling
 *   (WordNet's verb.communication: "say", "tell", "report", "announce"): its
 *   subject is who speaks of a figure, not whose figure it is.
 */
gboolean xc_lexicon_verb_of_speech (const char *lemma);
/**
 * xc_lexicon_reporting_verb:
 * Returns: TRUE when the verb lemma is one a source reports with ("say", "tell",
 *   "report", "add", "state", "note", "claim", "quote", "confirm", "explain"):
 *   a closed list, narrower than verb.communication, which also holds verbs
 *   that are events of their own ("announce", "approve", "order").
 */
gboolean xc_lexicon_reporting_verb (const char *lemma);

/**
 * xc_lexicon_noun_spelling:
 * Writes the base form of the noun @word (a lemma or an inflected form) as
 * WordNet spells it into @out: capitalized when every sense of it is
 * ("somalis" -> "Somali", "athens" -> "Athens"), else in lower case
 * ("Magazines" -> "magazine", "March" -> "march": also a walk); WordNet's
 * underscores become spaces.
 * Returns: FALSE (and @out empty) when WordNet has no such noun.
 */
gboolean xc_lexicon_noun_spelling (const char *word, char *out, gsize out_size);

/**
 * xc_lexicon_act_noun:
 * Writes the one-word noun that names the act or event of the verb lemma
 * @verb into @out ("kill" -> "killing", "shoot" -> "shooting", "die" ->
 * "death", "elect" -> "election", "arrest" -> "arrest"): among the nouns
 * WordNet's derivation links give for the verb's three most common senses,
 * those whose linked sense is an act or an event, or that are its "-ing" form
 * (not a doer or a thing: "killer", "bomber", "signature"), the one whose linked
 * senses are most often
 * tagged in WordNet's sense counts ("meeting" over "meet"); ties go to the verb
 * itself, then the shorter noun.
 * Returns: FALSE (and @out empty) when there is none ("sign", "occur").
 */
gboolean xc_lexicon_act_noun      (const char *verb, char *out, gsize out_size);

/**
 * xc_lexicon_under:
 * Returns: TRUE when the most common sense of the noun @noun (a lemma or an
 *   inflected form) is, at any distance up WordNet's hypernym and instance
 *   links, the most common sense of @category, or its sense N when @category is
 *   written "word#N" ("dhow" under "object", "gust" under "phenomenon",
 *   "Athens" under "location", "weight" under "attribute#2", "deal" under
 *   "act#2"), or is it.
 */
gboolean xc_lexicon_under         (const char *noun, const char *category);

/**
 * xc_lexicon_is_proper:
 * Returns: TRUE when WordNet writes some sense of the noun @word (a lemma or
 *   an inflected form) capitalized, as a name: "Bush", "Athens", "Greek";
 *   FALSE for "police", "magazines", and for words WordNet does not know.
 */
gboolean xc_lexicon_is_proper     (const char *word);
/**
 * xc_lexicon_common_word:
 * Returns: TRUE when WordNet knows the @len bytes at @word (any case, any part
 *   of speech) and writes no sense of them as a name: "PEOPLE", "HAVE" in a
 *   line set in capitals; FALSE for "IMF" (a name) and "NYPD" (unknown).
 */
gboolean xc_lexicon_common_word   (const char *word, gsize len);

/**
 * xc_lexicon_synonyms:
 * Returns: TRUE when two nouns (any case) share a synset among their three most
 *   common senses: one thing under two names ("Salonika" / "Thessaloniki",
 *   "Bombay" / "Mumbai", "car" / "automobile"); a word is its own synonym.
 */
gboolean xc_lexicon_synonyms (const char *a, const char *b);

G_END_DECLS
