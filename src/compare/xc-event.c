/* xc-event.c - the events news text dates: a table of everyday event classes (verbs and their
 * nouns), looked up by stem, and the words that end a clause's reach towards an event
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-compare-private.h"
#include "xc-wordset-private.h"

/* One class per line: its name, then words of it as written (verbs in any form, their
 * nominalizations). They are stemmed like every other word (xc_terms_stem), so
 * "declared", "declares" and "declare" are one entry; irregular forms are listed
 * ("met", "won", "fled"). Generic news vocabulary only: nothing of any story.
 * Words that mostly carry another event ("launched an invasion", "ordered an
 * attack", "began talks", "held a meeting") are left out on purpose: the event is
 * the noun they carry. */
typedef struct {
  const char *name;
  const char *words[16];
} XcEventClassDef;

static const XcEventClassDef xc_event_classes[] = {
  { "declare",   { "declare", "declaration", "proclaim", "proclamation", "announce", "announcement", "unveil" } },
  { "invade",    { "invade", "invasion", "incursion", "war", "occupy", "occupation" } },
  { "annex",     { "annex", "annexation", "annexe" } },
  { "attack",    { "attack", "assault", "offensive", "raid", "bomb", "bombing", "airstrike", "shelling", "ambush" } },
  { "meet",      { "meet", "met", "meeting", "talk", "talks", "summit", "confer", "negotiate", "negotiation", "host", "hosted" } },
  { "visit",     { "visit", "trip", "travel", "travelled", "traveled", "tour", "journey" } },
  { "arrive",    { "arrive", "arrival" } },
  { "depart",    { "depart", "departure", "leave", "exit" } },
  { "return",    { "return", "homecoming" } },
  { "sign",      { "sign", "signing", "signature", "ink", "inked" } },
  { "approve",   { "approve", "approval", "ratify", "ratification", "adopt", "adoption", "endorse", "endorsement", "enact", "enactment" } },
  { "vote",      { "vote", "elect", "election", "reelect", "ballot", "referendum", "poll", "runoff" } },
  { "win",       { "win", "won", "victory", "defeat", "triumph" } },
  { "inaugurate",{ "inaugurate", "inauguration", "sworn", "swear", "coronation" } },
  { "appoint",   { "appoint", "appointment", "nominate", "nomination", "hire", "install" } },
  { "resign",    { "resign", "resignation", "quit", "abdicate", "abdication", "retire", "retirement" } },
  { "oust",      { "oust", "ouster", "dismiss", "dismissal", "sack", "sacked", "depose", "topple", "coup", "impeach", "impeachment" } },
  { "die",       { "die", "died", "death", "dead", "funeral", "kill", "killing", "murder", "assassinate", "assassination", "execute", "execution", "shooting" } },
  { "born",      { "born", "birth" } },
  { "marry",     { "marry", "married", "marriage", "wedding" } },
  { "arrest",    { "arrest", "detain", "detention", "capture", "apprehend", "seize", "seizure" } },
  { "charge",    { "indict", "indictment", "charge", "prosecute", "prosecution" } },
  { "rule",      { "ruling", "verdict", "convict", "conviction", "acquit", "acquittal", "sentence", "sentencing" } },
  { "trial",     { "trial", "hearing", "testify", "testimony" } },
  { "sue",       { "sue", "lawsuit", "litigation" } },
  { "release",   { "release", "publish", "publication" } },
  { "open",      { "open", "opening", "reopen", "reopening" } },
  { "close",     { "close", "closure", "shut", "shutdown" } },
  { "found",     { "found", "founded", "founding", "establish", "establishment" } },
  { "acquire",   { "acquire", "acquisition", "merge", "merger", "takeover", "buyout", "purchase" } },
  { "bankrupt",  { "bankruptcy", "bankrupt", "insolvency", "liquidation" } },
  { "layoff",    { "layoff", "layoffs", "redundancy" } },
  { "crash",     { "crash", "collapse", "collision", "derail", "derailment", "accident", "explosion", "explode", "blast", "sink", "sank", "capsize" } },
  { "disaster",  { "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "flood", "flooding", "landfall", "eruption", "erupt", "tsunami", "wildfire", "tornado", "drought" } },
  { "ceasefire", { "ceasefire", "truce", "armistice" } },
  { "withdraw",  { "withdraw", "withdrawal", "retreat", "pullout" } },
  { "evacuate",  { "evacuate", "evacuation", "flee", "fled" } },
  { "protest",   { "protest", "demonstration", "demonstrate", "rally", "walkout", "boycott" } },
  { "deploy",    { "deploy", "deployment", "dispatch", "mobilize", "mobilise", "mobilization", "mobilisation" } },
  { "drill",     { "exercise", "drill", "maneuver", "manoeuvre", "wargame" } },
  { "sanction",  { "sanction", "embargo", "ban", "blacklist", "tariff" } },
  { "repeal",    { "repeal", "revoke", "rescind", "abolish", "abolition", "scrap", "lift" } },
  { "suspend",   { "suspend", "suspension", "halt", "pause", "postpone", "postponement", "delay", "cancel", "cancellation" } },
  { "resume",    { "resume", "resumption", "restart" } },
  { "speak",     { "speak", "spoke", "speech", "remarks", "address", "interview", "phone" } },
  { "discover",  { "discover", "discovery", "detect", "detection" } },
  { "complete",  { "complete", "completion", "finish" } },
  { "build",     { "build", "built", "construction", "construct" } },
  { "invest",    { "invest", "investment" } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (xc_event_classes) < 64);

/* Classes one happening is often told by, either way: a port "reopened" when ships
 * "returned"; people "died" in a "crash"; a "visit" is made of "meetings" and begins
 * with an "arrival". Dates of related classes are never kept apart for their events
 * (but neither do they count as one event). "Arrived" and "met" are not related. */
static const char * const xc_event_related[][2] = {
  { "open", "resume" },     { "open", "return" },     { "resume", "return" },
  { "close", "suspend" },   { "visit", "arrive" },    { "visit", "depart" },
  { "visit", "return" },    { "visit", "meet" },      { "arrive", "return" },
  { "vote", "win" },        { "vote", "inaugurate" }, { "die", "attack" },
  { "die", "crash" },       { "die", "disaster" },    { "attack", "invade" },
  { "speak", "declare" },   { "meet", "speak" },      { "crash", "disaster" },
  { "evacuate", "disaster" }, { "close", "disaster" }, { "arrest", "charge" },
  { "trial", "rule" },      { "trial", "charge" },    { "sign", "approve" },
  { "withdraw", "ceasefire" }, { "appoint", "inaugurate" }, { "resign", "oust" },
  { "complete", "open" },   { "build", "complete" },  { "acquire", "sign" },
};

/* Words that end an event's reach to the right of a date: what follows them is
 * another clause. Subordinators open a clause of its own ("declared in May when X
 * visited", "... before Y arrived"): its names are not the date's participants either.
 * Coordinators and purpose words only start another verb ("arrived on May 4 and met",
 * "in May to sign"). */
static const char * const xc_event_subordinators[] = {
  "when", "before", "after", "while", "since", "until", "till", "as", "because", "which", "who",
  "whose", "whom", "that", "where", "whereas", "although", "though", "once", "if", "unless", NULL
};

static const char * const xc_event_coordinators[] = {
  "and", "but", "or", "nor", "for", "to", "then", "than", "only", "so", NULL
};

static guint
class_by_name (const char *name)
{
  for (guint c = 0; c < G_N_ELEMENTS (xc_event_classes); c++)
    if (g_str_equal (xc_event_classes[c].name, name))
      return c + 1;
  g_return_val_if_reached (0);
}

/* related[c]: XC_EVENT_BIT() of the classes related to class c (and c itself) */
static guint64 *
build_related (void)
{
  guint64 *related = g_new0 (guint64, G_N_ELEMENTS (xc_event_classes) + 1);
  for (guint c = 1; c <= G_N_ELEMENTS (xc_event_classes); c++)
    related[c] = XC_EVENT_BIT (c);
  for (guint i = 0; i < G_N_ELEMENTS (xc_event_related); i++)
    {
      guint a = class_by_name (xc_event_related[i][0]), b = class_by_name (xc_event_related[i][1]);
      related[a] |= XC_EVENT_BIT (b);
      related[b] |= XC_EVENT_BIT (a);
    }
  return related;
}

static GHashTable *
build_index (void)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint c = 0; c < G_N_ELEMENTS (xc_event_classes); c++)
    for (guint w = 0; w < G_N_ELEMENTS (xc_event_classes[c].words) && xc_event_classes[c].words[w]; w++)
      {
        char *stem = xc_terms_stem (xc_event_classes[c].words[w]);
        /* the first class to claim a stem keeps it (a word listed twice goes to its first class) */
        if (stem && !g_hash_table_contains (index, stem))
          g_hash_table_insert (index, stem, GUINT_TO_POINTER (c + 1));
        else
          g_free (stem);
      }
  return index;
}

guint
xc_event_class (const char *stem)
{
  static GHashTable *index;
  if (g_once_init_enter (&index))
    g_once_init_leave (&index, build_index ());
  if (stem == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (index, stem));
}

guint
xc_event_n_classes (void)
{
  return G_N_ELEMENTS (xc_event_classes);
}

const char *
xc_event_class_name (guint cls)
{
  if (cls == 0 || cls > G_N_ELEMENTS (xc_event_classes))
    return NULL;
  return xc_event_classes[cls - 1].name;
}

XcEventBarrier
xc_event_barrier (const char *word, gsize len)
{
  if (xc_word_in (word, 0, len, xc_event_subordinators))
    return XC_EVENT_BARRIER_CLAUSE;
  if (xc_word_in (word, 0, len, xc_event_coordinators))
    return XC_EVENT_BARRIER_VERB;
  return XC_EVENT_BARRIER_NONE;
}

gboolean
xc_events_clash (guint a, guint64 a_events, guint b, guint64 b_events)
{
  static guint64 *related;
  if (g_once_init_enter (&related))
    g_once_init_leave (&related, build_related ());
  if (a == 0 || b == 0 || (related[a] & XC_EVENT_BIT (b)))
    return FALSE;
  return !(a_events & XC_EVENT_BIT (b)) && !(b_events & XC_EVENT_BIT (a));
}
