/* xc-date-resolve.c - calendar side of date claims: names, tense, year
 * inference and the ISO values and day-number intervals they get
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-date-private.h"
#include "xc-lexicon-private.h"
#include "xc-wordset-private.h"

static const char * const xc_month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};
static const guint8 xc_month_name_len[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };

/* Is @s (@len bytes) a caseless prefix of the lowercase @full? */
static inline gboolean
prefix_of (const char *s, gsize len, const char *full)
{
  for (gsize i = 0; i < len; i++)
    if (xc_lower (s[i]) != full[i])
      return FALSE;
  return TRUE;
}

/* Called for every capitalized word of a text: the first letter rules out
 * most names before any comparison. */
int
xc_date_month_from_name (const char *s, gsize len)
{
  while (len > 0 && s[len - 1] == '.')
    len--;
  if (len < 3)
    return 0;
  char first = xc_lower (s[0]);
  if (first != 'j' && first != 'f' && first != 'm' && first != 'a' && first != 's' && first != 'o'
      && first != 'n' && first != 'd')
    return 0;
  for (int m = 0; m < 12; m++)
    {
      const char *full = xc_month_names[m];
      gsize flen = xc_month_name_len[m];
      if (full[0] != first || len > flen || !prefix_of (s, len, full))
        continue;
      /* the full name, a three-letter abbreviation or "Sept" */
      if (len == flen || len == 3 || (m == 8 && len == 4))
        return m + 1;
    }
  return 0;
}

static const char * const xc_weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};
static const guint8 xc_weekday_name_len[] = { 6, 7, 9, 8, 6, 8, 6 };

GDateWeekday
xc_date_weekday_from_name (const char *s, gsize len)
{
  while (len > 0 && s[len - 1] == '.')
    len--;
  if (len < 3)
    return G_DATE_BAD_WEEKDAY;
  char first = xc_lower (s[0]);
  if (first != 'm' && first != 't' && first != 'w' && first != 'f' && first != 's')
    return G_DATE_BAD_WEEKDAY;
  for (int w = 0; w < 7; w++)
    {
      const char *full = xc_weekday_names[w];
      if (full[0] == first && len <= xc_weekday_name_len[w] && prefix_of (s, len, full))
        return (GDateWeekday) (w + 1);
    }
  return G_DATE_BAD_WEEKDAY;
}

char **
xc_date_calendar_forms (void)
{
  GPtrArray *forms = g_ptr_array_new ();
  for (int m = 0; m < 12; m++)
    {
      g_ptr_array_add (forms, g_strdup (xc_month_names[m]));
      if (xc_month_name_len[m] > 3)
        g_ptr_array_add (forms, g_strndup (xc_month_names[m], 3));
      if (m == 8)
        g_ptr_array_add (forms, g_strndup (xc_month_names[m], 4));   /* "sept" */
    }
  for (int w = 0; w < 7; w++)
    for (gsize n = 3; n <= xc_weekday_name_len[w]; n++)
      g_ptr_array_add (forms, g_strndup (xc_weekday_names[w], n));
  g_ptr_array_add (forms, NULL);
  return (char **) g_ptr_array_free (forms, FALSE);
}

/* ---------- tense ---------- */

static const char * const xc_future_words[] = {
  "will", "would", "shall", "might", "won't", "wouldn't", "expected", "expects", "expect",
  "plans", "planned", "planning", "scheduled", "upcoming", "forthcoming", "due",
  "intends", "intend", "aims", "hopes", "going", "next", "tomorrow", "anticipated",
  NULL,
};

static const char * const xc_past_words[] = {
  "was", "were", "had", "did", "said", "told", "met", "went", "came", "made", "took",
  "gave", "won", "held", "began", "saw", "left", "sent", "led", "rose", "fell", "grew",
  "stood", "spoke", "wrote", "became", "ago", "earlier", "last", "yesterday", "hit",
  "paid", "sold", "bought", "brought", "got", "ran", "lost", "struck", "found", "knew",
  "thought", "felt", "kept", "chose", "spent", "built", "drew", "flew", "swore",
  NULL,
};

/* "-ed" words that are not past tense verbs */
static const char * const xc_not_past_ed[] = {
  "need", "feed", "speed", "seed", "embed", "proceed", "succeed", "exceed", "indeed",
  "shed", "bed", "red", "bred", "hundred", "breed", "greed", "weed", "creed", "deed",
  NULL,
};

/* Words before an "-ed" word that make it an adjective ("the reduced
 * dividend", "its revised forecast"), not a verb in the past tense. */
static const char * const xc_determiners[] = {
  "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this",
  "these", "those", "no", "any", "some", "newly", "recently", "previously", "already",
  NULL,
};

/* Words before "to" and a verb that look ahead ("agreed to buy"). */
static const char * const xc_intent_words[] = {
  "agree", "agrees", "agreed", "agreement", "plan", "plans", "planned", "planning", "expect",
  "expects", "expected", "decide", "decides", "decided", "decision", "intend", "intends",
  "intended", "aim", "aims", "aimed", "seek", "seeks", "sought", "want", "wants", "wanted",
  "hope", "hopes", "hoped", "set", "scheduled", "due", "is", "are", "was", "were", "promise",
  "promised", "promises", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "threaten",
  "threatened", "threatens", "prepare", "prepared", "prepares", "propose", "proposed",
  "proposes", "offer", "offered", "offers", "supposed", "likely", "ready", "deal", "bid",
  "proposal", "going", "about", NULL,
};

static XcWordSet *xc_future_set, *xc_past_set, *xc_not_past_ed_set, *xc_determiner_set, *xc_intent_set;

/* The lower-cased word ending before @pos (after spaces) into @buf; "" when
 * there is none in the sentence. */
static const char *
word_before (const char *text, gsize sent_start, gsize pos, char *buf, gsize size)
{
  gsize e = pos;
  while (e > sent_start && text[e - 1] == ' ')
    e--;
  gsize s = e;
  while (s > sent_start && (g_ascii_isalpha (text[s - 1]) || text[s - 1] == '\''))
    s--;
  if (e - s >= size)
    s = e;
  for (gsize i = s; i < e; i++)
    buf[i - s] = xc_lower (text[i]);
  buf[e - s] = '\0';
  return buf;
}

/* The two words before a word of the text (lower case, "" when none), read
 * only when asked: most words are no tense marker and need neither. */
typedef struct {
  const char *text;
  gsize       sent_start, ws;
  char        prev[32], prev2[32];
  gboolean    have_prev, have_prev2;
} Before;

static const char *
before_prev (Before *b)
{
  if (!b->have_prev)
    {
      word_before (b->text, b->sent_start, b->ws, b->prev, sizeof b->prev);
      b->have_prev = TRUE;
    }
  return b->prev;
}

/* Whether the word before is "to" (before_prev() would be "to"), read in place. */
static gboolean
before_is_to (const Before *b)
{
  const char *t = b->text;
  gsize e = b->ws;
  while (e > b->sent_start && t[e - 1] == ' ')
    e--;
  return e >= b->sent_start + 2 && xc_lower (t[e - 1]) == 'o' && xc_lower (t[e - 2]) == 't'
         && (e - 2 == b->sent_start || !(g_ascii_isalpha (t[e - 3]) || t[e - 3] == '\''));
}

/* The word before "to" when the word before is "to", else "". */
static const char *
before_prev2 (Before *b)
{
  if (!b->have_prev2)
    {
      b->prev2[0] = '\0';
      if (before_is_to (b))
        {
          gsize k = b->ws;
          while (k > b->sent_start && b->text[k - 1] == ' ')
            k--;
          word_before (b->text, b->sent_start, k >= 2 ? k - 2 : k, b->prev2, sizeof b->prev2);
        }
      b->have_prev2 = TRUE;
    }
  return b->prev2;
}

/* @before: the words before @w. */
static XcTense
word_tense (const char *w, gsize n, Before *before)
{
  if (xc_word_set_has (xc_word_set_once (&xc_future_set, xc_future_words), w, n))
    return XC_TENSE_FUTURE;
  if (xc_word_set_has (xc_word_set_once (&xc_past_set, xc_past_words), w, n))
    return XC_TENSE_PAST;
  if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd'
      && !xc_word_set_has (xc_word_set_once (&xc_not_past_ed_set, xc_not_past_ed), w, n))
    {
      /* an adjective: after a determiner, or a word WordNet knows only as
       * something else than a verb ("untouched", "unspecified") */
      const char *prev = before_prev (before);
      if (xc_word_set_has (xc_word_set_once (&xc_determiner_set, xc_determiners), prev, strlen (prev)))
        return XC_TENSE_NONE;
      guint pos = xc_lexicon_pos_mask (w, n);
      if (pos != 0 && !(pos & XC_POS_VERB))
        return XC_TENSE_NONE;
      return XC_TENSE_PAST;
    }
  /* "to" and a verb's base form after a word of intent: what is to come
   * ("agreed to buy ... in March", "is to resume trading Tuesday"; not
   * "was pleased to note", "rallied to mark") */
  if (before_is_to (before) && n >= 2
      && xc_word_set_has (xc_word_set_once (&xc_intent_set, xc_intent_words), before_prev2 (before),
                          strlen (before_prev2 (before)))
      && (xc_lexicon_pos_mask (w, n) & XC_POS_VERB))
    {
      char lemma[32];
      if (xc_lexicon_lemma (w, n, XC_POS_VERB, lemma, sizeof lemma) && strlen (lemma) == n
          && memcmp (lemma, w, n) == 0)
        return XC_TENSE_FUTURE;
    }
  return XC_TENSE_NONE;
}

/* The lower-cased word starting after @pos (after spaces) into @buf; "" when
 * there is none before @sent_end. */
static const char *
word_after (const char *text, gsize sent_end, gsize pos, char *buf, gsize size)
{
  gsize s = pos;
  while (s < sent_end && text[s] == ' ')
    s++;
  gsize e = s;
  while (e < sent_end && g_ascii_isalpha (text[e]) && e - s + 1 < size)
    e++;
  for (gsize i = s; i < e; i++)
    buf[i - s] = xc_lower (text[i]);
  buf[e - s] = '\0';
  return buf;
}

XcTense
xc_date_tense (const char *text, gsize sent_start, gsize sent_end, gsize start, gsize end)
{
  /* Words before the expression count backwards from it, words after it
   * forwards; a clause break (";", ":", quotes) stops the search. */
  XcTense best = XC_TENSE_NONE;
  int best_dist = G_MAXINT;
  char word[32];
  for (int dir = -1; dir <= 1; dir += 2)
    {
      gsize i = dir < 0 ? start : end;
      int dist = 0;
      gboolean comma = FALSE;   /* forwards, past a comma: another clause ("in March, an official said") */
      while (dist < 16)
        {
          /* find the next word in direction dir */
          gsize ws, we;
          if (dir < 0)
            {
              while (i > sent_start && !g_ascii_isalpha (text[i - 1]) && text[i - 1] != '\'')
                {
                  if (text[i - 1] == ';' || text[i - 1] == ':')
                    goto next_dir;
                  i--;
                }
              if (i <= sent_start)
                break;
              we = i;
              while (i > sent_start && (g_ascii_isalpha (text[i - 1]) || text[i - 1] == '\''))
                i--;
              ws = i;
            }
          else
            {
              while (i < sent_end && !g_ascii_isalpha (text[i]))
                {
                  if (text[i] == ';' || text[i] == ':')
                    goto next_dir;
                  comma |= text[i] == ',';
                  i++;
                }
              if (i >= sent_end)
                break;
              ws = i;
              while (i < sent_end && (g_ascii_isalpha (text[i]) || text[i] == '\''))
                i++;
              we = i;
            }
          dist++;
          if (we - ws >= sizeof word || g_ascii_isupper (text[ws]))
            continue;
          memcpy (word, text + ws, we - ws);
          word[we - ws] = '\0';
          for (char *p = word; *p; p++)
            *p = xc_lower (*p);
          Before before = { .text = text, .sent_start = sent_start, .ws = ws };
          XcTense t = word_tense (word, we - ws, &before);
          if (t != XC_TENSE_NONE && (g_str_equal (word, "next") || g_str_equal (word, "was")
                                     || g_str_equal (word, "were")))
            {
              /* "next to the embassy" is a place; "was planning", "were
               * expected", "was due" look ahead */
              char after[32];
              word_after (text, sent_end, we, after, sizeof after);
              if (g_str_equal (word, "next") && g_str_equal (after, "to"))
                t = XC_TENSE_NONE;
              else if (!g_str_equal (word, "next")
                       && xc_word_set_has (xc_word_set_once (&xc_future_set, xc_future_words), after, strlen (after)))
                t = XC_TENSE_FUTURE;
            }
          if (t == XC_TENSE_NONE)
            {
              if (g_str_equal (word, "'ll") || g_str_has_suffix (word, "'ll"))
                t = XC_TENSE_FUTURE;
              else
                continue;
            }
          /* a participle after "be"/"is" ("will be held") is not a past tense */
          if (t == XC_TENSE_PAST && ws > sent_start)
            {
              gsize k = ws;
              while (k > sent_start && text[k - 1] == ' ')
                k--;
              gsize ke = k;
              while (k > sent_start && g_ascii_isalpha (text[k - 1]))
                k--;
              if (ke - k == 2 && g_ascii_strncasecmp (text + k, "be", 2) == 0)
                {
                  /* "to be voted on Thursday", "to be held in May": a passive still to come */
                  char before_be[8];
                  word_before (text, sent_start, k, before_be, sizeof before_be);
                  if (!g_str_equal (before_be, "to"))
                    continue;
                  t = XC_TENSE_FUTURE;
                }
              else if ((ke - k == 2 && g_ascii_strncasecmp (text + k, "is", 2) == 0)
                  || (ke - k == 3 && g_ascii_strncasecmp (text + k, "are", 3) == 0)
                  || (ke - k == 5 && g_ascii_strncasecmp (text + k, "being", 5) == 0))
                continue;
            }
          if (dir > 0 && comma && best != XC_TENSE_NONE)
            break;   /* the clause of the expression has its own marker */
          if (dist < best_dist || (dist == best_dist && t == XC_TENSE_PAST))
            {
              best = t;
              best_dist = dist;
            }
          break;
        }
    next_dir:
      ;
    }
  return best;
}

/* ---------- year inference ---------- */

/* How far on the wrong side of the publication date the nearest year-less
 * day may be before the clause's tense moves it a year: a past-tense
 * sentence still often names a day a few weeks ahead ("extended the offer
 * to Nov. 20", "a dividend payable Dec. 1" in late October). */
#define XC_TENSE_DAYS 60

int
xc_date_pick_year (const GDate *pub, int month, int day, XcTense tense)
{
  int py = g_date_get_year (pub);
  if (day == 0)
    {
      int diff = month - (int) g_date_get_month (pub);   /* months after publication */
      if (tense == XC_TENSE_PAST)
        return diff > 0 ? py - 1 : py;
      if (tense == XC_TENSE_FUTURE)
        return diff < 0 ? py + 1 : py;
      if (diff > 6)
        return py - 1;
      if (diff < -6)   /* a tie at six months goes to the past */
        return py + 1;
      return py;
    }
  /* a day: the nearest valid one, moved by the tense when it is more than
   * XC_TENSE_DAYS on the wrong side of the publication date */
  double pj = xc_date_day_number (pub);
  int best_y = py;
  double best = INFINITY, best_diff = 0;
  for (int y = py - 1; y <= py + 1; y++)
    {
      if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) y))
        continue;
      GDate d;
      g_date_clear (&d, 1);
      g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) y);
      double diff = xc_date_day_number (&d) - pj;
      if (fabs (diff) < best || (fabs (diff) == best && diff < 0))
        {
          best = fabs (diff);
          best_y = y;
          best_diff = diff;
        }
    }
  if (tense == XC_TENSE_PAST && best_diff > XC_TENSE_DAYS && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) (best_y - 1)))
    return best_y - 1;
  if (tense == XC_TENSE_FUTURE && best_diff < -XC_TENSE_DAYS && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) (best_y + 1)))
    return best_y + 1;
  return best_y;
}

/* ---------- values and intervals ---------- */

static void
set_days (XcInterval *iv, const GDate *first, const GDate *last)
{
  iv->lo = xc_date_day_number (first);
  iv->hi = xc_date_day_number (last);
  iv->lo_open = iv->hi_open = FALSE;
}

/* Two digits of @v at @p. */
static inline void
put2 (char *p, int v)
{
  p[0] = (char) ('0' + v / 10);
  p[1] = (char) ('0' + v % 10);
}

void
xc_date_set (XcClaim *c, int y, int m, int d)
{
  g_free (c->iso);
  c->kind = XC_KIND_DATE;
  c->resolved = TRUE;
  if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 99 || (d > 0 && m == 0))
    {
      /* out of the everyday range: through the ISO text, as written */
      if (d > 0)
        c->iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      else if (m > 0)
        c->iso = g_strdup_printf ("%04d-%02d", y, m);
      else
        c->iso = g_strdup_printf ("%04d", y);
      GDate first, last;
      if (xc_iso_date_bounds (c->iso, &first, &last))
        set_days (&c->interval, &first, &last);
      return;
    }
  /* "%04d-%02d-%02d" and xc_iso_date_bounds() on it, without printf or sscanf */
  char buf[11];
  buf[0] = (char) ('0' + y / 1000);
  buf[1] = (char) ('0' + y / 100 % 10);
  buf[2] = (char) ('0' + y / 10 % 10);
  buf[3] = (char) ('0' + y % 10);
  gsize n = 4;
  if (m > 0)
    {
      buf[4] = '-';
      put2 (buf + 5, m);
      n = 7;
    }
  if (d > 0)
    {
      buf[7] = '-';
      put2 (buf + 8, d);
      n = 10;
    }
  c->iso = g_strndup (buf, n);
  if (d > 0 && !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return;
  GDateMonth mf = (GDateMonth) (m ? m : 1), ml = (GDateMonth) (m ? m : 12);
  GDate first, last;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, (GDateDay) (d ? d : 1), mf, (GDateYear) y);
  g_date_set_dmy (&last, (GDateDay) (d ? d : g_date_get_days_in_month (ml, (GDateYear) y)), ml, (GDateYear) y);
  set_days (&c->interval, &first, &last);
}

void
xc_date_narrow (XcClaim *c, const GDate *first, const GDate *last)
{
  set_days (&c->interval, first, last);
}

gboolean
xc_date_set_range (XcClaim *c, const char *start_iso, const char *end_iso)
{
  GDate f1, l1, f2, l2;
  if (!xc_iso_date_bounds (start_iso, &f1, &l1) || !xc_iso_date_bounds (end_iso, &f2, &l2))
    return FALSE;
  if (g_date_compare (&f1, &l2) > 0)
    return FALSE;
  c->kind = XC_KIND_DATERANGE;
  g_free (c->start);
  g_free (c->end);
  c->start = g_strdup (start_iso);
  c->end = g_strdup (end_iso);
  set_days (&c->interval, &f1, &l2);
  c->resolved = TRUE;
  return TRUE;
}

void
xc_date_set_range_days (XcClaim *c, const GDate *first, const GDate *last)
{
  c->kind = XC_KIND_DATERANGE;
  g_free (c->start);
  g_free (c->end);
  c->start = xc_iso_from_date (first);
  c->end = xc_iso_from_date (last);
  set_days (&c->interval, first, last);
  c->resolved = TRUE;
}

void
xc_date_set_unresolved (XcClaim *c, XcScan *scan)
{
  g_clear_pointer (&c->iso, g_free);
  g_clear_pointer (&c->start, g_free);
  g_clear_pointer (&c->end, g_free);
  c->resolved = FALSE;
  c->interval.lo = -INFINITY;
  c->interval.hi = INFINITY;
  c->interval.lo_open = c->interval.hi_open = FALSE;
  scan->unresolved = TRUE;
}
