/* xc-extract-time.c - clock readings: times of day ("about 3 p.m.", "shortly
 * before midnight", "0615 GMT", "9:25 in the morning", "1100 hours") as `time`
 * claims with their qualifier's window and their zone, and clock readings that
 * are elapsed time ("at the 2:15 mark", "a 3:45:10 finish") as durations; ties
 * each time to the day its clause names (xc_time_tie_date(), called by
 * xc-context.c). docs/claims-dates.md, "Times of day", says what is read.
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "xc-private.h"
#include "xc-pattern-private.h"

/* One pattern finds a reading: a number with a.m./p.m., a four-digit military
 * time before "hours" or a zone, a bare H:MM(:SS), or noon/midnight; then its
 * "hours", part of the day and zone. Whether a bare reading is a time of day,
 * an elapsed time or nothing is decided from the words around it. */
#define XC_RE_ZONES "GMT|UTC|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|BST|CET|CEST|EET|EEST|WET|WEST" \
                    "|JST|KST|HKT|SGT|MSK|AEST|AEDT|PKT|WIB|SAST|EAT|WAT"
static const char xc_time_regex[] =
  "(?<![\\w.:/$£€-])"
  "(?:"
    "(?<h>\\d{1,2})(?:[:.](?<m>[0-5]\\d))?\\s?(?<ampm>[ap]\\.\\s?m\\.?|[ap]m)(?!\\w)"
  "|(?<mil>(?:[01]\\d|2[0-3])[0-5]\\d)(?=\\s?(?:hours|hrs|hr|h)(?!\\w)"
      "|\\s?(?-i:" XC_RE_ZONES ")(?!\\w))"
  "|(?<ch>\\d{1,2}):(?<cm>[0-5]\\d)(?::(?<cs>[0-5]\\d))?(?![\\d:]|[.,]\\d)"
  "|(?:12\\s+)?(?<word>noon|midday|midnight)(?!\\w)"
  ")"
  "(?:\\s?(?<hrs>hours|hrs|hr|h)(?!\\w))?"
  "(?:\\s+(?<part>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)(?!\\w))?"
  "(?:\\s*\\(?(?<zone>local\\s+time|(?-i:" XC_RE_ZONES "))(?!\\w)"
    "(?<ofs>\\s?[+-]\\s?(?:[01]?\\d)(?::?[0-5]\\d)?(?!\\d))?)?";

/* Zones by their abbreviation: minutes east of UTC; the US zones written
 * without S/D ("ET") take their offset from the day (see us_offset()). IST
 * is read as India's (+05:30), the one news in English means most often. */
typedef struct {
  const char *name;
  int         offset;
  gboolean    known;     /* FALSE: depends on daylight saving time */
} XcZone;

static const XcZone xc_zones[] = {
  { "GMT", 0, TRUE }, { "UTC", 0, TRUE }, { "Z", 0, TRUE },
  { "EST", -300, TRUE }, { "EDT", -240, TRUE }, { "CST", -360, TRUE }, { "CDT", -300, TRUE },
  { "MST", -420, TRUE }, { "MDT", -360, TRUE }, { "PST", -480, TRUE }, { "PDT", -420, TRUE },
  { "ET", -300, FALSE }, { "CT", -360, FALSE }, { "MT", -420, FALSE }, { "PT", -480, FALSE },
  { "IST", 330, TRUE }, { "BST", 60, TRUE }, { "CET", 60, TRUE }, { "CEST", 120, TRUE },
  { "EET", 120, TRUE }, { "EEST", 180, TRUE }, { "WET", 0, TRUE }, { "WEST", 60, TRUE },
  { "JST", 540, TRUE }, { "KST", 540, TRUE }, { "HKT", 480, TRUE }, { "SGT", 480, TRUE },
  { "MSK", 180, TRUE }, { "AEST", 600, TRUE }, { "AEDT", 660, TRUE }, { "PKT", 300, TRUE },
  { "WIB", 420, TRUE }, { "SAST", 120, TRUE }, { "EAT", 180, TRUE }, { "WAT", 60, TRUE },
};

/* What the words before a reading say about it (longest first): its
 * qualifier and window. @before/@after: the minutes of the window before and
 * after the time; INFINITY for an open side ("after 3 p.m."). */
typedef struct {
  const char *words;
  XcQualifier q;
  double      before;
  double      after;
  gboolean    gate;      /* says the number is a clock reading */
} XcTimeQual;

static const XcTimeQual xc_time_quals[] = {
  { "shortly before", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "just before", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "right before", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "a little before", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "minutes before", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "moments before", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "shortly after", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "just after", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "soon after", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "right after", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "a little after", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "minutes after", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "just past", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "shortly past", XC_QUALIFIER_MORE_THAN, 0, 30, TRUE },
  { "nearly", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "almost", XC_QUALIFIER_LESS_THAN, 30, 0, TRUE },
  { "about", XC_QUALIFIER_APPROX, -1, -1, TRUE },
  { "around", XC_QUALIFIER_APPROX, -1, -1, TRUE },
  { "approximately", XC_QUALIFIER_APPROX, -1, -1, TRUE },
  { "roughly", XC_QUALIFIER_APPROX, -1, -1, TRUE },
  { "circa", XC_QUALIFIER_APPROX, -1, -1, TRUE },
  { "before", XC_QUALIFIER_LESS_THAN, INFINITY, 0, TRUE },
  { "after", XC_QUALIFIER_MORE_THAN, 0, INFINITY, TRUE },
  { "by", XC_QUALIFIER_AT_MOST, INFINITY, 0, TRUE },
};

/* Words before a reading that make it a clock reading without qualifying it
 * ("at 9:25", "until midnight", "as of 11 p.m."). */
static const char * const xc_time_preps[] = {
  "at", "until", "till", "til", "from", "since", "past", "near", "toward", "towards", NULL,
};

/* Words after a bare M:SS that make it a clock of a game, not of the day. */
static const char * const xc_sport_after[] = {
  "mark", "into", "left", "remaining", "of", "elapsed", "gone", NULL,
};

struct _XcTimeRecognizer {
  XcPattern *pattern;
};

XcTimeRecognizer *
xc_time_recognizer_new (GError **error)
{
  g_autoptr(XcPattern) p = xc_pattern_new ("time", xc_time_regex, PCRE2_ANCHORED, error);
  if (p == NULL)
    return NULL;
  XcTimeRecognizer *self = g_new0 (XcTimeRecognizer, 1);
  self->pattern = g_steal_pointer (&p);
  return self;
}

void
xc_time_recognizer_free (XcTimeRecognizer *self)
{
  if (self == NULL)
    return;
  xc_pattern_free (self->pattern);
  g_free (self);
}

/* The named group's number (its leading digits); -1 when it did not take part. */
static int
group_int (XcPattern *p, const char *t, const char *name)
{
  gsize s, e;
  if (!xc_pattern_named (p, name, &s, &e) || s == e)
    return -1;
  int v = 0;
  for (gsize i = s; i < e && g_ascii_isdigit (t[i]); i++)
    v = v * 10 + (t[i] - '0');
  return v;
}

static gboolean
has_group (XcPattern *p, const char *name)
{
  gsize s, e;
  return xc_pattern_named (p, name, &s, &e) && e > s;
}

/* The word ending before @pos (after spaces), lower-cased into @buf; returns
 * its start, or @pos when there is none (punctuation or @lo first). */
static gsize
word_before (const char *t, gsize lo, gsize pos, char *buf, gsize size)
{
  gsize i = pos;
  while (i > lo && t[i - 1] == ' ')
    i--;
  gsize e = i;
  while (i > lo && g_ascii_isalpha (t[i - 1]))
    i--;
  if (i == e || e - i >= size)
    {
      buf[0] = '\0';
      return pos;
    }
  for (gsize k = 0; k < e - i; k++)
    buf[k] = g_ascii_tolower (t[i + k]);
  buf[e - i] = '\0';
  return i;
}

/* The word starting after @pos (after spaces), lower-cased into @buf. */
static void
word_after (const char *t, gsize len, gsize pos, char *buf, gsize size)
{
  gsize i = pos;
  while (i < len && t[i] == ' ')
    i++;
  gsize n = 0;
  while (i < len && g_ascii_isalpha (t[i]) && n + 1 < size)
    buf[n++] = g_ascii_tolower (t[i++]);
  buf[n] = '\0';
}

static gboolean
in_list (const char *w, const char * const *list)
{
  for (; *list; list++)
    if (g_str_equal (w, *list))
      return TRUE;
  return FALSE;
}

/* The qualifier in the one or two words before @pos: its entry and where it starts. */
static const XcTimeQual *
find_qualifier (const char *t, gsize lo, gsize pos, gsize *out_start)
{
  char w1[24], w2[24], w3[24];
  gsize s1 = word_before (t, lo, pos, w1, sizeof w1);
  if (w1[0] == '\0')
    return NULL;
  gsize s2 = word_before (t, lo, s1, w2, sizeof w2);
  gsize s3 = w2[0] ? word_before (t, lo, s2, w3, sizeof w3) : s2;
  if (!w2[0])
    w3[0] = '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (xc_time_quals); i++)
    {
      const char *q = xc_time_quals[i].words;
      int words = 1;
      for (const char *c = q; *c; c++)
        words += *c == ' ';
      g_autofree char *have = words == 1 ? g_strdup (w1)
                            : words == 2 ? g_strconcat (w2, " ", w1, NULL)
                                         : g_strconcat (w3, " ", w2, " ", w1, NULL);
      if ((words == 2 && !w2[0]) || (words == 3 && !w3[0]))
        continue;
      if (g_str_equal (have, q))
        {
          *out_start = words == 1 ? s1 : words == 2 ? s2 : s3;
          return &xc_time_quals[i];
        }
    }
  return NULL;
}

static const XcZone *
zone_of (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (xc_zones); i++)
    if (g_str_equal (name, xc_zones[i].name))
      return &xc_zones[i];
  return NULL;
}

/* "15:00", "15:00-05:00", "05:10+05:30"; "24:00" for the midnight that ends a day */
static char *
time_iso (int minutes, gboolean has_offset, int offset)
{
  int m = minutes == 1440 ? 1440 : ((minutes % 1440) + 1440) % 1440;
  if (!has_offset)
    return g_strdup_printf ("%02d:%02d", m / 60, m % 60);
  int a = ABS (offset);
  return g_strdup_printf ("%02d:%02d%c%02d:%02d", m / 60, m % 60, offset < 0 ? '-' : '+', a / 60, a % 60);
}

/* The window of a time claim in minutes, from its reading and qualifier; in
 * UTC minutes when the zone's offset is known, shifted so that the time
 * falls within [0, 1440). */
static void
set_window (XcClaim *c, double at, const XcTimeQual *q, gboolean minutes_stated, gboolean ambiguous)
{
  XcInterval *iv = &c->interval;
  iv->lo_open = iv->hi_open = FALSE;
  if (ambiguous)
    {
      /* "at 9:25": a.m. or p.m. is not said; no window, never judged */
      iv->lo = -INFINITY;
      iv->hi = INFINITY;
      return;
    }
  if (q == NULL || q->before < 0)
    {
      /* exact: the minute stated, or a quarter of an hour either side of a
       * round hour ("3 p.m."); about: five minutes either side of a stated minute
       * ("about 3:10" is not "about 3:30"), twenty of a round hour */
      double half = q == NULL ? (minutes_stated ? 0 : 15) : (minutes_stated ? 5 : 20);
      iv->lo = at - half;
      iv->hi = at + half;
    }
  else
    {
      iv->lo = at - q->before;
      iv->hi = at + q->after;
      iv->hi_open = q->q == XC_QUALIFIER_LESS_THAN;
      iv->lo_open = q->q == XC_QUALIFIER_MORE_THAN;
    }
  if (c->has_offset)
    {
      double shift = -c->utc_offset;
      double utc = at + shift;
      while (utc < 0)
        {
          utc += 1440;
          shift += 1440;
        }
      while (utc >= 1440)
        {
          utc -= 1440;
          shift -= 1440;
        }
      iv->lo += shift;
      iv->hi += shift;
    }
}

/* An elapsed clock reading as a duration: "2:15" of a round, "3:45:10". */
static void
add_elapsed (XcScan *scan, gsize s, gsize e, int a, int b, int sec)
{
  /* M:SS, or H:MM:SS when @sec >= 0 */
  int h = sec >= 0 ? a : 0, m = sec >= 0 ? b : a, ss = sec >= 0 ? sec : b;
  XcClaim *c = xc_claim_new (XC_KIND_DURATION);
  c->offset = s;
  c->length = e - s;
  GString *iso = g_string_new ("PT");
  if (h)
    g_string_append_printf (iso, "%dH", h);
  if (m)
    g_string_append_printf (iso, "%dM", m);
  if (ss || (!h && !m))
    g_string_append_printf (iso, "%dS", ss);
  c->iso = g_string_free (iso, FALSE);
  c->value = h * 3600 + m * 60 + ss;
  c->unit = g_strdup ("second");
  /* in days, to the second stated */
  c->interval.lo = (c->value - 0.5) / 86400;
  c->interval.hi = (c->value + 0.5) / 86400;
  c->interval.hi_open = TRUE;
  g_ptr_array_add (scan->claims, c);
}

/* Reads the match at [@s, @e) into a claim; FALSE when it is none. */
static gboolean
read_match (XcTimeRecognizer *self, XcScan *scan, gsize lo, gsize s, gsize e)
{
  XcPattern *p = self->pattern;
  const char *t = scan->text;
  int h = group_int (p, t, "h"), m = group_int (p, t, "m");
  int mil = group_int (p, t, "mil");
  int ch = group_int (p, t, "ch"), cm = group_int (p, t, "cm"), cs = group_int (p, t, "cs");
  gsize ws, we, ps, pe, zs, ze;
  gboolean word = xc_pattern_named (p, "word", &ws, &we) && we > ws;
  gboolean hrs = has_group (p, "hrs");
  gboolean part = xc_pattern_named (p, "part", &ps, &pe) && pe > ps;
  gboolean zone = xc_pattern_named (p, "zone", &zs, &ze) && ze > zs;
  char prev[24], next[24];
  gsize qstart = s;
  const XcTimeQual *q = find_qualifier (t, lo, s, &qstart);
  gsize pws = word_before (t, lo, q ? qstart : s, prev, sizeof prev);
  gboolean prep = in_list (prev, xc_time_preps) || (q && q->gate);
  if (!prep && g_str_equal (prev, "of"))
    {
      /* "as of 11 p.m." (not "a total of 1100 hours") */
      char w[8];
      word_before (t, lo, pws, w, sizeof w);
      prep = g_str_equal (w, "as");
    }
  gboolean minutes_stated = FALSE, ambiguous = FALSE, midnight = FALSE;
  int at;

  if (h >= 0)
    {
      /* "3 p.m.", "11am", "9.25 a.m." */
      gsize as, ae;
      xc_pattern_named (p, "ampm", &as, &ae);
      if (h < 1 || h > 12)
        return FALSE;
      gboolean pm = g_ascii_tolower (t[as]) == 'p';
      at = (h % 12 + (pm ? 12 : 0)) * 60 + MAX (m, 0);
      minutes_stated = m > 0;
    }
  else if (mil >= 0)
    {
      /* "1100 hours", "0615 GMT": a count of hours unless a word before or a zone
       * after says it is a time ("worked 1100 hours") */
      if (!zone && !prep)
        return FALSE;
      at = (mil / 100) * 60 + mil % 100;
      minutes_stated = mil % 100 != 0;
    }
  else if (ch >= 0)
    {
      word_after (t, scan->len, e, next, sizeof next);
      gboolean clock_words = hrs || part || zone;
      /* a clock of a game or a race: "the 2:15 mark", "2:15 into the round",
       * "0:44 of the first", "finished in 3:45:10" */
      if (!clock_words && (in_list (next, xc_sport_after) || (cs >= 0 && !prep)))
        {
          add_elapsed (scan, s, e, ch, cm, cs);
          return TRUE;
        }
      if (ch > 23 || (!clock_words && !prep))
        return FALSE;
      at = ch * 60 + cm;
      minutes_stated = TRUE;
      if (part)
        {
          /* "in the afternoon", "in the evening", "at night" */
          gboolean later = memchr (t + ps, 'f', pe - ps) || memchr (t + ps, 'v', pe - ps)
                           || g_ascii_strncasecmp (t + ps, "at", 2) == 0;
          if (ch > 12)
            return FALSE;
          at = (ch % 12 + (later ? 12 : 0)) * 60 + cm;
        }
      else if (!hrs && ch >= 1 && ch <= 12 && t[s] != '0')
        ambiguous = TRUE;   /* "at 9:25": morning or evening */
    }
  else if (word)
    {
      if (!prep && !(ws > s))   /* "12 noon" needs no preposition */
        return FALSE;
      midnight = g_ascii_tolower (t[ws]) == 'm' && g_ascii_tolower (t[ws + 1]) == 'i'
                 && g_ascii_tolower (t[ws + 3]) == 'n';
      at = midnight ? 1440 : 720;
    }
  else
    return FALSE;

  /* "midnight" ends the day it is named with; "shortly after midnight" begins the next */
  if (midnight && q && q->after > 0)
    at = 0;

  XcClaim *c = xc_claim_new (XC_KIND_TIME);
  c->offset = q ? qstart : s;
  c->length = e - c->offset;
  /* trailing blanks and a closing bracket stay out of the span */
  while (c->length > 0 && (t[c->offset + c->length - 1] == ' ' || t[c->offset + c->length - 1] == ')'))
    c->length--;
  c->value = at;
  c->qualifier = q ? q->q : XC_QUALIFIER_EXACT;
  if (zone)
    {
      if (g_ascii_strncasecmp (t + zs, "local", 5) == 0)
        c->zone = g_strdup ("local");
      else
        {
          c->zone = g_strndup (t + zs, ze - zs);
          const XcZone *z = zone_of (c->zone);
          int extra = 0;
          gsize os, oe;
          if (xc_pattern_named (p, "ofs", &os, &oe) && oe > os && z && z->offset == 0)
            {
              /* "GMT+3", "UTC-05:30" */
              int sign = memchr (t + os, '-', oe - os) ? -1 : 1, hh = 0, mm = 0, digits = 0;
              for (gsize i = os; i < oe; i++)
                if (g_ascii_isdigit (t[i]))
                  {
                    if (digits < 2 && (digits == 0 || i + 1 >= oe || t[i - 1] != ':'))
                      hh = hh * 10 + (t[i] - '0');
                    else
                      mm = mm * 10 + (t[i] - '0');
                    digits++;
                  }
              if (digits == 4 || digits == 3)
                {
                  /* "+0530", "+530": the last two digits are minutes */
                  int all = hh * (digits == 4 ? 100 : 10) + mm;
                  hh = all / 100;
                  mm = all % 100;
                }
              extra = sign * (hh * 60 + mm);
            }
          if (z && z->known)
            {
              c->has_offset = TRUE;
              c->utc_offset = z->offset + extra;
            }
        }
    }
  c->iso = time_iso (at, c->has_offset, c->utc_offset);
  set_window (c, at, q, minutes_stated, ambiguous);
  g_ptr_array_add (scan->claims, c);
  return TRUE;
}

/* The bytes a reading can start with: digits, and the first letters of "noon",
 * "midnight", "midday". */
static const guint8 start_byte[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
  ['8'] = 1, ['9'] = 1, ['n'] = 1, ['N'] = 1, ['m'] = 1, ['M'] = 1,
};

/* Can a reading start at @i: a digit, or "noon", "midnight", "midday",
 * at the start of a word? The anchored pattern is tried only there. */
static inline gboolean
may_start (const char *t, gsize len, gsize i)
{
  if (!start_byte[(guchar) t[i]])
    return FALSE;
  if (i > 0 && g_ascii_isalnum (t[i - 1]))
    return FALSE;
  if (g_ascii_isdigit (t[i]))
    return TRUE;
  if (i + 4 > len)
    return FALSE;
  /* caseless, inline: "noon", "mid" (a call per word starting with n or m was a
   * fifth of this stage) */
  char c = t[i] | 0x20, c1 = t[i + 1] | 0x20, c2 = t[i + 2] | 0x20, c3 = t[i + 3] | 0x20;
  return (c == 'n' && c1 == 'o' && c2 == 'o' && c3 == 'n') || (c == 'm' && c1 == 'i' && c2 == 'd');
}

#ifdef __SSE2__
/* Bit k set when byte k of @v is in [@lo, @lo + @n). */
static inline int
in_range16 (__m128i v, char lo, char n)
{
  __m128i x = _mm_sub_epi8 (v, _mm_set1_epi8 (lo));
  return _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (x, _mm_set1_epi8 ((char) (n - 1))), x));
}
#endif

/* The first byte at or after @pos that may_start() may accept: a start byte
 * that follows no ASCII letter or digit. Sixteen bytes at a time where SSE2 is
 * there (a time of day is rare: most blocks hold none); byte by byte otherwise
 * and for the tail. */
static gsize
next_start (const char *t, gsize len, gsize pos)
{
#ifdef __SSE2__
  if (pos == 0 && pos < len)
    {
      if (start_byte[(guchar) t[0]])
        return 0;
      pos = 1;
    }
  for (; pos + 16 <= len; pos += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (t + pos));
      __m128i prev = _mm_loadu_si128 ((const __m128i *) (const void *) (t + pos - 1));
      __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
      int start = in_range16 (v, '0', 10)
                  | _mm_movemask_epi8 (_mm_cmpeq_epi8 (lower, _mm_set1_epi8 ('n')))
                  | _mm_movemask_epi8 (_mm_cmpeq_epi8 (lower, _mm_set1_epi8 ('m')));
      if (start == 0)
        continue;
      int after_alnum = in_range16 (prev, '0', 10)
                        | in_range16 (_mm_or_si128 (prev, _mm_set1_epi8 (0x20)), 'a', 26);
      int hit = start & ~after_alnum;
      if (hit != 0)
        return pos + (gsize) __builtin_ctz ((unsigned) hit);
    }
#endif
  for (; pos < len; pos++)
    if (start_byte[(guchar) t[pos]] && (pos == 0 || !g_ascii_isalnum (t[pos - 1])))
      return pos;
  return len;
}

gboolean
xc_time_recognizer_run (XcTimeRecognizer *self, XcScan *scan, GError **error)
{
  gsize pos = 0;
  guint si = 0;
  GArray *sents = scan->sentences;
  const char *t = scan->text;
  const gsize len = scan->len;
  while (pos < len)
    {
      pos = next_start (t, len, pos);
      if (pos >= len)
        break;
      GError *local = NULL;
      if (!may_start (t, scan->len, pos))
        {
          pos++;
          continue;
        }
      if (!xc_pattern_match (self->pattern, scan->text, scan->len, pos, &local))
        {
          if (local)
            {
              g_propagate_error (error, local);
              return FALSE;
            }
          while (pos < scan->len && g_ascii_isalnum (t[pos]))
            pos++;   /* no reading starts inside this word */
          continue;
        }
      gsize s, e;
      xc_pattern_group (self->pattern, 0, &s, &e);
      while (sents && si + 1 < sents->len && g_array_index (sents, XcSpan, si).end <= s)
        si++;
      gsize lo = sents && sents->len ? MIN (g_array_index (sents, XcSpan, si).start, s) : 0;
      read_match (self, scan, lo, s, e);
      pos = e > s ? e : s + 1;
    }
  return TRUE;
}

/* Is @day within US daylight saving time (second Sunday of March to first
 * Sunday of November)? */
static gboolean
us_summer (const GDate *day)
{
  int y = g_date_get_year (day);
  GDate start, end;
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, G_DATE_MARCH, (GDateYear) y);
  g_date_add_days (&start, (7 - g_date_get_weekday (&start)) % 7 + 7);   /* second Sunday */
  g_date_set_dmy (&end, 1, G_DATE_NOVEMBER, (GDateYear) y);
  g_date_add_days (&end, (7 - g_date_get_weekday (&end)) % 7);          /* first Sunday */
  return g_date_compare (day, &start) >= 0 && g_date_compare (day, &end) < 0;
}

void
xc_time_tie_date (XcClaim *time, const char *iso)
{
  g_return_if_fail (time != NULL && time->kind == XC_KIND_TIME);
  g_free (time->date);
  time->date = g_strdup (iso);
  const XcZone *z = time->zone ? zone_of (time->zone) : NULL;
  GDate first, last;
  if (z == NULL || z->known || iso == NULL || strlen (iso) != 10 || !xc_iso_date_bounds (iso, &first, &last))
    return;
  /* "ET" on a known day: EST or EDT; the window moves to UTC minutes */
  time->has_offset = TRUE;
  time->utc_offset = z->offset + (us_summer (&first) ? 60 : 0);
  g_free (time->iso);
  time->iso = time_iso ((int) time->value, TRUE, time->utc_offset);
  if (isfinite (time->interval.lo) || isfinite (time->interval.hi))
    {
      double utc = time->value - time->utc_offset, shift = -time->utc_offset;
      while (utc < 0)
        {
          utc += 1440;
          shift += 1440;
        }
      while (utc >= 1440)
        {
          utc -= 1440;
          shift -= 1440;
        }
      time->interval.lo += shift;
      time->interval.hi += shift;
    }
}
