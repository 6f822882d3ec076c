/* xc-inflect.c - past participles and plurals for labels ("people injured",
 * "rifles seized"): tables of the irregular forms news uses, then the regular
 * spelling rules. WordNet only reads inflected forms back to their lemmas, so
 * the way out is written here.
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-inflect-private.h"

typedef struct {
  const char *lemma;
  const char *form;
} Inflection;

/* Verbs whose past participle is not lemma + "ed". */
static const Inflection irregular_participles[] = {
  { "arise", "arisen" }, { "awake", "awoken" }, { "be", "been" }, { "bear", "borne" },
  { "beat", "beaten" }, { "become", "become" }, { "begin", "begun" }, { "bend", "bent" },
  { "bet", "bet" }, { "bid", "bid" }, { "bind", "bound" }, { "bite", "bitten" },
  { "bleed", "bled" }, { "blow", "blown" }, { "break", "broken" }, { "breed", "bred" },
  { "bring", "brought" }, { "broadcast", "broadcast" }, { "build", "built" },
  { "burst", "burst" }, { "buy", "bought" }, { "cast", "cast" }, { "catch", "caught" },
  { "choose", "chosen" }, { "cling", "clung" }, { "come", "come" }, { "cost", "cost" },
  { "creep", "crept" }, { "cut", "cut" }, { "deal", "dealt" }, { "dig", "dug" },
  { "do", "done" }, { "draw", "drawn" }, { "drink", "drunk" }, { "drive", "driven" },
  { "dwell", "dwelt" }, { "eat", "eaten" }, { "fall", "fallen" }, { "feed", "fed" },
  { "feel", "felt" }, { "fight", "fought" }, { "find", "found" }, { "flee", "fled" },
  { "fling", "flung" }, { "fly", "flown" }, { "forbid", "forbidden" },
  { "forecast", "forecast" }, { "foresee", "foreseen" }, { "forget", "forgotten" },
  { "forgive", "forgiven" }, { "freeze", "frozen" }, { "get", "got" }, { "give", "given" },
  { "go", "gone" }, { "grind", "ground" }, { "grow", "grown" }, { "hang", "hung" },
  { "have", "had" }, { "hear", "heard" }, { "hide", "hidden" }, { "hit", "hit" },
  { "hold", "held" }, { "hurt", "hurt" }, { "keep", "kept" }, { "kneel", "knelt" },
  { "know", "known" }, { "lay", "laid" }, { "lead", "led" }, { "leave", "left" },
  { "lend", "lent" }, { "let", "let" }, { "lie", "lain" }, { "light", "lit" },
  { "lose", "lost" }, { "make", "made" }, { "mean", "meant" }, { "meet", "met" },
  { "mislead", "misled" }, { "mistake", "mistaken" }, { "overcome", "overcome" },
  { "overrun", "overrun" }, { "oversee", "overseen" }, { "overtake", "overtaken" },
  { "overthrow", "overthrown" }, { "pay", "paid" }, { "put", "put" }, { "quit", "quit" },
  { "read", "read" }, { "rebuild", "rebuilt" }, { "rid", "rid" }, { "ride", "ridden" },
  { "ring", "rung" }, { "rise", "risen" }, { "run", "run" }, { "say", "said" },
  { "see", "seen" }, { "seek", "sought" }, { "sell", "sold" }, { "send", "sent" },
  { "set", "set" }, { "sew", "sewn" }, { "shake", "shaken" }, { "shed", "shed" },
  { "shine", "shone" }, { "shoot", "shot" }, { "show", "shown" }, { "shrink", "shrunk" },
  { "shut", "shut" }, { "sing", "sung" }, { "sink", "sunk" }, { "sit", "sat" },
  { "slay", "slain" }, { "sleep", "slept" }, { "slide", "slid" }, { "sling", "slung" },
  { "slit", "slit" }, { "sow", "sown" }, { "speak", "spoken" }, { "spend", "spent" },
  { "spin", "spun" }, { "spit", "spat" }, { "split", "split" }, { "spread", "spread" },
  { "spring", "sprung" }, { "stand", "stood" }, { "steal", "stolen" }, { "stick", "stuck" },
  { "sting", "stung" }, { "stink", "stunk" }, { "stride", "stridden" },
  { "strike", "struck" }, { "string", "strung" }, { "strive", "striven" },
  { "swear", "sworn" }, { "sweep", "swept" }, { "swell", "swollen" }, { "swim", "swum" },
  { "swing", "swung" }, { "take", "taken" }, { "teach", "taught" }, { "tear", "torn" },
  { "tell", "told" }, { "think", "thought" }, { "throw", "thrown" }, { "thrust", "thrust" },
  { "tread", "trodden" }, { "undergo", "undergone" }, { "understand", "understood" },
  { "undertake", "undertaken" }, { "undo", "undone" }, { "uphold", "upheld" },
  { "upset", "upset" }, { "wake", "woken" }, { "wear", "worn" }, { "weave", "woven" },
  { "weep", "wept" }, { "win", "won" }, { "wind", "wound" }, { "withdraw", "withdrawn" },
  { "withhold", "withheld" }, { "withstand", "withstood" }, { "wring", "wrung" },
  { "write", "written" },
};

/* Verbs of more than one syllable stressed on the last, which double their final
 * consonant as one-syllable verbs do ("committed", "controlled"). */
static const char * const doubling_verbs[] = {
  "abhor", "acquit", "admit", "allot", "commit", "compel", "concur", "confer", "control",
  "defer", "deter", "embed", "emit", "equip", "excel", "expel", "format", "handicap",
  "incur", "infer", "kidnap", "occur", "omit", "outbid", "patrol", "permit", "prefer",
  "propel", "rebel", "recur", "refer", "regret", "repel", "submit", "transfer",
  "transmit", "unplug", "upend",
};

/* Nouns whose plural is not the regular one. */
static const Inflection irregular_plurals[] = {
  { "person", "people" }, { "child", "children" }, { "foot", "feet" }, { "tooth", "teeth" },
  { "goose", "geese" }, { "mouse", "mice" }, { "louse", "lice" }, { "ox", "oxen" },
  { "axis", "axes" }, { "criterion", "criteria" }, { "phenomenon", "phenomena" },
  { "bacterium", "bacteria" }, { "curriculum", "curricula" }, { "datum", "data" },
  { "medium", "media" }, { "nucleus", "nuclei" }, { "fungus", "fungi" },
  { "stimulus", "stimuli" }, { "cactus", "cacti" }, { "quiz", "quizzes" },
  { "knife", "knives" }, { "life", "lives" }, { "wife", "wives" }, { "leaf", "leaves" },
  { "thief", "thieves" }, { "half", "halves" }, { "shelf", "shelves" }, { "wolf", "wolves" },
  { "loaf", "loaves" }, { "self", "selves" }, { "calf", "calves" }, { "sheaf", "sheaves" },
  { "elf", "elves" }, { "hero", "heroes" }, { "potato", "potatoes" },
  { "tomato", "tomatoes" }, { "torpedo", "torpedoes" }, { "veto", "vetoes" },
  { "echo", "echoes" }, { "embargo", "embargoes" }, { "volcano", "volcanoes" },
  { "stomach", "stomachs" }, { "monarch", "monarchs" }, { "epoch", "epochs" },
  { "human", "humans" }, { "german", "germans" }, { "roman", "romans" },
  { "shaman", "shamans" }, { "talisman", "talismans" }, { "caiman", "caimans" },
  { "ottoman", "ottomans" }, { "walkman", "walkmans" }, { "oman", "omans" },
};

/* Nouns written the same in the plural, and adjectives used as nouns ("the dead"). */
static const char * const invariant_plurals[] = {
  "aircraft", "barracks", "cattle", "chassis", "corps", "crossroads", "dead", "deer",
  "elderly", "fish", "headquarters", "homeless", "hovercraft", "injured", "means",
  "military", "missing", "moose", "news", "offspring", "people", "personnel", "police",
  "poor", "rich", "salmon", "series", "sheep", "spacecraft", "species", "swine", "trout",
  "unemployed", "watercraft", "wounded", "yen", "yuan",
};

static const char *
lookup (const Inflection *table, gsize n, const char *word)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (table[i].lemma, word) == 0)
      return table[i].form;
  return NULL;
}

static gboolean
listed (const char * const *table, gsize n, const char *word)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (table[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* A vowel letter at @i of @w: a e i o u, "y" after a consonant, never the "u" of "qu". */
static gboolean
vowel_at (const char *w, gsize i)
{
  char c = g_ascii_tolower (w[i]);
  if (c == 'u' && i > 0 && g_ascii_tolower (w[i - 1]) == 'q')
    return FALSE;
  if (c == 'y')
    return i > 0 && !vowel_at (w, i - 1);
  return strchr ("aeiou", c) != NULL;
}

/* The groups of vowel letters of @w, a final silent "e" left out. */
static guint
syllables (const char *w)
{
  gsize n = strlen (w);
  guint groups = 0;
  for (gsize i = 0; i < n; i++)
    if (vowel_at (w, i) && (i == 0 || !vowel_at (w, i - 1)))
      groups++;
  if (n > 2 && g_ascii_tolower (w[n - 1]) == 'e' && !vowel_at (w, n - 2) && groups > 1)
    groups--;
  return groups;
}

/* Consonant, one vowel, consonant (not w, x or y) at the end: "stop", "plan", "nab". */
static gboolean
ends_cvc (const char *w)
{
  gsize n = strlen (w);
  if (n < 2)
    return FALSE;
  char last = g_ascii_tolower (w[n - 1]);
  if (!g_ascii_isalpha (last) || vowel_at (w, n - 1) || strchr ("wxy", last))
    return FALSE;
  if (!vowel_at (w, n - 2))
    return FALSE;
  return n == 2 || !vowel_at (w, n - 3);
}

/* Copies the case of @model's first letter onto @word's. */
static char *
keep_case (const char *model, char *word)
{
  if (g_ascii_isupper (model[0]))
    word[0] = g_ascii_toupper (word[0]);
  return word;
}

char *
xc_inflect_participle (const char *verb)
{
  g_return_val_if_fail (verb != NULL, NULL);
  gsize n = strlen (verb);
  const char *irregular = lookup (irregular_participles, G_N_ELEMENTS (irregular_participles), verb);
  if (irregular)
    return keep_case (verb, g_strdup (irregular));
  if (n == 0)
    return g_strdup ("");
  char last = g_ascii_tolower (verb[n - 1]);
  if (last == 'e')
    return g_strconcat (verb, "d", NULL);
  if (last == 'y' && n > 1 && !vowel_at (verb, n - 2))
    return g_strdup_printf ("%.*sied", (int) (n - 1), verb);
  if (last == 'c')
    return g_strconcat (verb, "ked", NULL);
  if (ends_cvc (verb)
      && (syllables (verb) == 1 || listed (doubling_verbs, G_N_ELEMENTS (doubling_verbs), verb)))
    return g_strdup_printf ("%s%ced", verb, verb[n - 1]);
  return g_strconcat (verb, "ed", NULL);
}

static gboolean
ends_with (const char *w, gsize n, const char *suffix)
{
  gsize k = strlen (suffix);
  return n >= k && g_ascii_strcasecmp (w + n - k, suffix) == 0;
}

char *
xc_inflect_plural (const char *noun)
{
  g_return_val_if_fail (noun != NULL, NULL);
  gsize n = strlen (noun);
  if (n == 0 || listed (invariant_plurals, G_N_ELEMENTS (invariant_plurals), noun))
    return g_strdup (noun);
  const char *irregular = lookup (irregular_plurals, G_N_ELEMENTS (irregular_plurals), noun);
  if (irregular)
    return keep_case (noun, g_strdup (irregular));
  /* a word that ends in a letter follows the rules; "AK-47" only takes an "s" */
  if (!g_ascii_isalpha (noun[n - 1]))
    return g_strconcat (noun, "s", NULL);
  if (ends_with (noun, n, "man"))
    return g_strdup_printf ("%.*sen", (int) (n - 2), noun);
  if (ends_with (noun, n, "sis"))
    return g_strdup_printf ("%.*sses", (int) (n - 3), noun);
  if (ends_with (noun, n, "s") || ends_with (noun, n, "x") || ends_with (noun, n, "z")
      || ends_with (noun, n, "ch") || ends_with (noun, n, "sh"))
    return g_strconcat (noun, "es", NULL);
  if (ends_with (noun, n, "y") && n > 1 && !vowel_at (noun, n - 2))
    return g_strdup_printf ("%.*sies", (int) (n - 1), noun);
  return g_strconcat (noun, "s", NULL);
}
