/* xc-inflect-private.h - the English inflections labels need (xc-inflect.c): a
 * verb's past participle and a noun's plural, from their lemmas. WordNet maps
 * inflected forms to lemmas only, never back, so these are written here.
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>

G_BEGIN_DECLS

/**
 * xc_inflect_participle:
 * @verb: a verb lemma in lower case ("injure", "shoot", "stop")
 *
 * Returns: (transfer full): its past participle: an irregular one from a
 *   table ("shot", "taken", "held"), else the regular spelling rules
 *   ("injured", "carried", "stopped", "visited", "panicked").
 */
char *xc_inflect_participle (const char *verb);

/**
 * xc_inflect_plural:
 * @noun: a noun lemma ("person", "rifle", "crisis", "AK-47")
 *
 * Returns: (transfer full): its plural: irregular ones from a table
 *   ("people", "children", "feet"), nouns that do not change ("police",
 *   "sheep", "dead"), "-man" -> "-men", else the regular spelling rules
 *   ("buses", "boxes", "companies", "days", "AK-47s"). Case is kept.
 */
char *xc_inflect_plural     (const char *noun);

G_END_DECLS
