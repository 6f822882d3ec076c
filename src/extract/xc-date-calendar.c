/* xc-date-calendar.c - the dates a text writes on the calendar: days, months
 * and years, their ranges, parts of them ("early March"), quarters, halves,
 * "the three months to June", decades and fiscal years
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-date-private.h"
#include "xc-wordset-private.h"

/* ---------- days, months and their ranges ---------- */

/* Resolves a year-less month/day, or marks the claim unresolved. */
static void
set_yearless (XcDateMatch *m, XcClaim *c, int month, int day)
{
  if (m->scan->published == NULL)
    {
      xc_date_set_unresolved (c, m->scan);
      return;
    }
  int y = xc_date_match_year (m, month, day);
  xc_date_set (c, y, month, day);
}

gboolean
xc_date_on_month_day (XcDateMatch *m)
{
  int mo = xc_date_group_month (m, "mon"), d = xc_date_group_int (m, "day"), y = xc_date_group_int (m, "year");
  XcClaim *c;
  if (y)
    {
      if (!xc_date_valid_dmy (y, mo, d))
        return FALSE;
      c = xc_date_add_match_claim (m, XC_KIND_DATE);
      xc_date_set (c, y, mo, d);
      return TRUE;
    }
  if (!xc_date_valid_dmy (2000, mo, d))   /* 2000 is a leap year: Feb. 29 passes */
    return FALSE;
  /* "the Aug. 7 blasts": the day of the blasts, not a count of them */
  gsize ds, de;
  char pw[16];
  xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
  if (xc_date_group (m, "day", &ds, &de) && xc_date_in_list (pw, xc_date_modifier_dets))
    xc_date_drop_count_at (m, ds);
  c = xc_date_add_match_claim (m, XC_KIND_DATE);
  set_yearless (m, c, mo, d);
  return TRUE;
}

/* Two month/day ends, years from the text or from each other or from the publication date. */
static gboolean
emit_day_range (XcDateMatch *m, int m1, int d1, int y1, int m2, int d2, int y2)
{
  if (!y1 && y2)
    y1 = m1 > m2 ? y2 - 1 : y2;
  if (y1 && !y2)
    y2 = m2 < m1 ? y1 + 1 : y1;
  if (!xc_date_valid_dmy (y1 ? y1 : 2000, m1, d1) || !xc_date_valid_dmy (y2 ? y2 : 2000, m2, d2))
    return FALSE;
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATERANGE);
  if (!y1)
    {
      if (m->scan->published == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      y1 = xc_date_match_year (m, m1, d1);
      y2 = m2 < m1 ? y1 + 1 : y1;
      if (!xc_date_valid_dmy (y1, m1, d1) || !xc_date_valid_dmy (y2, m2, d2))
        {
          g_ptr_array_remove (m->scan->claims, c);
          return FALSE;
        }
    }
  GDate a, b;
  xc_date_gdate (&a, y1, m1, d1);
  xc_date_gdate (&b, y2, m2, d2);
  if (g_date_compare (&a, &b) >= 0)
    {
      g_ptr_array_remove (m->scan->claims, c);
      return FALSE;
    }
  xc_date_set_range_days (c, &a, &b);
  return TRUE;
}

gboolean
xc_date_on_range_mdmd (XcDateMatch *m)
{
  gsize s1, e1, s2, e2, x;
  if (xc_date_group (m, "year", &x, &e1) && xc_date_group (m, "year2", &x, &e2))
    {
      /* both ends complete ("from June 3, 2021, to Nov. 30, 2022"): two
       * dates, each checkable on its own */
      int y1 = xc_date_group_int (m, "year"), y2 = xc_date_group_int (m, "year2");
      int m1 = xc_date_group_month (m, "mon"), m2 = xc_date_group_month (m, "mon2");
      int d1 = xc_date_group_int (m, "day"), d2 = xc_date_group_int (m, "day2");
      if (!xc_date_valid_dmy (y1, m1, d1) || !xc_date_valid_dmy (y2, m2, d2))
        return FALSE;
      xc_date_group (m, "mon", &s1, &x);
      xc_date_group (m, "mon2", &s2, &x);
      xc_date_set (xc_date_add_claim (m, XC_KIND_DATE, s1, e1), y1, m1, d1);
      xc_date_set (xc_date_add_claim (m, XC_KIND_DATE, s2, e2), y2, m2, d2);
      return TRUE;
    }
  return emit_day_range (m, xc_date_group_month (m, "mon"), xc_date_group_int (m, "day"),
                         xc_date_group_int (m, "year"), xc_date_group_month (m, "mon2"),
                         xc_date_group_int (m, "day2"), xc_date_group_int (m, "year2"));
}

gboolean
xc_date_on_range_days (XcDateMatch *m)
{
  int mo = xc_date_group_month (m, "mon"), y = xc_date_group_int (m, "year");
  return emit_day_range (m, mo, xc_date_group_int (m, "day"), y, mo, xc_date_group_int (m, "day2"), y);
}

gboolean
xc_date_on_range_years (XcDateMatch *m)
{
  int y1 = xc_date_group_int (m, "year"), y2 = xc_date_group_int (m, "year2");
  gsize s, e;
  xc_date_group (m, "year2", &s, &e);
  if (e - s == 2)
    {
      y2 += y1 / 100 * 100;
      if (y2 <= y1)
        return FALSE;
    }
  if (y2 <= y1 || y2 - y1 > 100)
    return FALSE;
  char a[8], b[8];
  g_snprintf (a, sizeof a, "%04d", y1);
  g_snprintf (b, sizeof b, "%04d", y2);
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATERANGE);
  return xc_date_set_range (c, a, b);
}

gboolean
xc_date_on_range_months (XcDateMatch *m)
{
  int m1 = xc_date_group_month (m, "mon"), m2 = xc_date_group_month (m, "mon2");
  int y1 = xc_date_group_int (m, "year"), y2 = xc_date_group_int (m, "year2");
  if (!y1 && y2)
    y1 = m1 > m2 ? y2 - 1 : y2;
  if (y1 && !y2)
    y2 = m2 < m1 ? y1 + 1 : y1;
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATERANGE);
  if (!y1)
    {
      if (m->scan->published == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      y1 = xc_date_match_year (m, m1, 0);
      y2 = m2 < m1 ? y1 + 1 : y1;
    }
  char a[16], b[16];
  g_snprintf (a, sizeof a, "%04d-%02d", y1, m1);
  g_snprintf (b, sizeof b, "%04d-%02d", y2, m2);
  if (y1 * 12 + m1 >= y2 * 12 + m2 || !xc_date_set_range (c, a, b))
    {
      g_ptr_array_remove (m->scan->claims, c);
      return FALSE;
    }
  return TRUE;
}

gboolean
xc_date_on_numeric (XcDateMatch *m, XcDateForm f)
{
  int y = xc_date_group_int (m, "year"), mo, d;
  if (f == F_SLASH)
    {
      /* "04/09/2024" is April 9 in the US and 4 September elsewhere: only
       * dates that read the same either way are taken */
      int a = xc_date_group_int (m, "sa"), b = xc_date_group_int (m, "sb");
      if (a > 12 && b <= 12)
        d = a, mo = b;
      else if (b > 12 && a <= 12)
        mo = a, d = b;
      else if (a == b)
        mo = d = a;
      else
        return FALSE;
    }
  else
    {
      mo = xc_date_group_int (m, "mm");
      d = xc_date_group_int (m, "dd");
    }
  if (!xc_date_valid_dmy (y, mo, d))
    return FALSE;
  xc_date_set (xc_date_add_match_claim (m, XC_KIND_DATE), y, mo, d);
  return TRUE;
}

gboolean
xc_date_on_month_year (XcDateMatch *m)
{
  xc_date_set (xc_date_add_match_claim (m, XC_KIND_DATE),
               xc_date_has (m, "syear") ? xc_date_spoken_year (m) : xc_date_group_int (m, "year"),
               xc_date_group_month (m, "mon"), 0);
  return TRUE;
}

/* ---------- parts and periods: "early March", "the first quarter", "the 1990s" ---------- */

/* -1 for "last", "the previous", "this past"...; 1 for "next", "the coming"...; 0 otherwise. */
int
xc_date_rel_offset (const char *rel)
{
  if (g_str_has_prefix (rel, "last") || g_str_has_prefix (rel, "the previous") || g_str_has_prefix (rel, "the prior")
      || g_str_has_prefix (rel, "this past"))
    return -1;
  if (g_str_has_prefix (rel, "next") || g_str_has_prefix (rel, "the coming") || g_str_has_prefix (rel, "coming")
      || g_str_has_prefix (rel, "this coming"))
    return 1;
  return 0;
}

/* early = 1, mid = 2, late = 3 */
int
xc_date_part_of (const char *w)
{
  if (strstr (w, "early") || strstr (w, "beginning") || strstr (w, "start"))
    return 1;
  if (strstr (w, "mid"))
    return 2;
  return 3;
}

void
xc_date_narrow_part (XcClaim *c, int part, int y, int mo)
{
  GDate a, b;
  if (mo == 0)
    {
      static const int first[] = { 0, 1, 5, 9 }, last[] = { 0, 4, 8, 12 };
      xc_date_gdate (&a, y, first[part], 1);
      xc_date_gdate (&b, y, last[part], xc_date_days_in (y, last[part]));
    }
  else
    {
      static const int dfirst[] = { 0, 1, 11, 21 };
      xc_date_gdate (&a, y, mo, dfirst[part]);
      xc_date_gdate (&b, y, mo, part == 1 ? 10 : part == 2 ? 20 : xc_date_days_in (y, mo));
    }
  xc_date_narrow (c, &a, &b);
}

gboolean
xc_date_on_part (XcDateMatch *m)
{
  char w[32], prel[8], punit[8];
  int part = xc_date_part_of (xc_date_group_lower (m, "part", w, sizeof w));
  int mo = xc_date_group_month (m, "mon"), y = xc_date_group_int (m, "year");
  xc_date_group_lower (m, "prel", prel, sizeof prel);
  xc_date_group_lower (m, "punit", punit, sizeof punit);
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  const GDate *pub = m->scan->published;
  if (!y)
    {
      if (pub == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      if (mo)
        y = xc_date_match_year (m, mo, 0);
      else if (g_str_equal (punit, "month"))
        {
          int idx = (int) g_date_get_year (pub) * 12 + (int) g_date_get_month (pub) - 1 + xc_date_rel_offset (prel);
          y = idx / 12;
          mo = idx % 12 + 1;
        }
      else
        y = g_date_get_year (pub) + xc_date_rel_offset (prel);
    }
  xc_date_set (c, y, mo, 0);
  xc_date_narrow_part (c, part, y, mo);
  return TRUE;
}

/* The year of "the first quarter" and its kind when none is written. */
static gboolean
period_year (XcDateMatch *m, const GDate *first_day, int month_first, int month_last, int *y)
{
  char rel[8];
  if ((*y = xc_date_group_int (m, "year")))
    return TRUE;
  gsize s, e;
  if (xc_date_group (m, "yy", &s, &e))
    {
      *y = 2000 + xc_date_group_int (m, "yy");
      return TRUE;
    }
  const GDate *pub = m->scan->published;
  if (pub == NULL)
    return FALSE;
  int py = g_date_get_year (pub);
  xc_date_group_lower (m, "rel", rel, sizeof rel);
  if (rel[0])
    {
      *y = py + (g_str_equal (rel, "the") ? 0 : xc_date_rel_offset (rel));
      return TRUE;
    }
  /* unwritten: this year's, unless the clause looks back at a period that
   * has not begun (or, for "first N months", not ended) */
  GDate a, b;
  xc_date_gdate (&a, py, month_first, 1);
  xc_date_gdate (&b, py, month_last, xc_date_days_in (py, month_last));
  const GDate *probe = first_day ? &a : &b;
  *y = py;
  if (g_date_compare (probe, pub) > 0 && xc_date_match_tense (m) != XC_TENSE_FUTURE
      && (xc_date_match_tense (m) == XC_TENSE_PAST || first_day == NULL))
    *y = py - 1;
  return TRUE;
}

static gboolean
emit_months (XcDateMatch *m, int month_first, int month_last, gboolean by_start)
{
  GDate probe;
  int y;
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATERANGE);
  if (!period_year (m, by_start ? &probe : NULL, month_first, month_last, &y))
    {
      xc_date_set_unresolved (c, m->scan);
      return TRUE;
    }
  GDate a, b;
  xc_date_gdate (&a, y, month_first, 1);
  xc_date_gdate (&b, y, month_last, xc_date_days_in (y, month_last));
  xc_date_set_range_days (c, &a, &b);
  return TRUE;
}

gboolean
xc_date_on_quarter (XcDateMatch *m)
{
  char w[16];
  int q = xc_date_group_int (m, "qn");
  if (xc_date_has (m, "qdoc"))
    {
      /* "the 1988 quarter", "last year's period": the reported quarter's number */
      gsize s0, e0;
      char pw[8];
      if (!(q = xc_date_doc_quarter_number (m)))
        return FALSE;
      if (xc_date_group (m, "year", &s0, &e0))
        {
          xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
          if (!g_str_equal (pw, "the") && m->start == s0)
            return FALSE;   /* "In 1988 quarter results ..." */
        }
    }
  else if (!q)
    {
      xc_date_group_lower (m, "qw", w, sizeof w);
      q = w[0] == 'f' && w[1] == 'i' && w[2] == 'r' ? 1 : w[0] == '1' ? 1
        : (w[0] == 's' || w[0] == '2') ? 2 : (w[0] == 't' && w[1] == 'h' && w[2] == 'i') || w[0] == '3' ? 3 : 4;
    }
  return emit_months (m, q * 3 - 2, q * 3, TRUE);
}

gboolean
xc_date_on_half (XcDateMatch *m)
{
  char w[16];
  int h = xc_date_group_int (m, "hn");
  if (!h)
    h = xc_date_group_lower (m, "hw", w, sizeof w)[0] == 'f' || w[0] == '1' ? 1 : 2;
  return emit_months (m, h == 1 ? 1 : 7, h == 1 ? 6 : 12, TRUE);
}

gboolean
xc_date_on_nmonths (XcDateMatch *m)
{
  gsize s, e;
  XcNumber n;
  xc_date_group (m, "nm", &s, &e);
  if (!xc_number_parse (m->scan->text + s, (gssize) (e - s), &n) || n.value < 1 || n.value > 12)
    return FALSE;
  return emit_months (m, 1, (int) n.value, FALSE);
}

/* "the three months to June": the months up to and including the one named
 * (to its day when one is given); without a year, the last such month that
 * has begun by the publication date (the next one in a clause about the future). */
gboolean
xc_date_on_to_month (XcDateMatch *m)
{
  char u[16];
  int n;
  gsize s, e;
  if (xc_date_group (m, "tn", &s, &e))
    {
      XcNumber num;
      if (!xc_number_parse (m->scan->text + s, (gssize) (e - s), &num) || num.value < 1 || num.value > 24)
        return FALSE;
      n = (int) num.value;
    }
  else
    {
      xc_date_group_lower (m, "tu", u, sizeof u);
      n = u[0] == 'y' ? 12 : u[0] == 'q' ? 3 : 6;
    }
  int mo = xc_date_group_month (m, "mon"), day = xc_date_group_int (m, "day"), y = xc_date_group_int (m, "year");
  if (mo < 1 || (day && !xc_date_valid_dmy (2000, mo, day)))
    return FALSE;
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATERANGE);
  if (!y)
    {
      const GDate *pub = m->scan->published;
      if (pub == NULL)
        {
          xc_date_set_unresolved (c, m->scan);
          return TRUE;
        }
      GDate first;
      y = g_date_get_year (pub);
      xc_date_gdate (&first, y, mo, 1);
      if (g_date_compare (&first, pub) > 0 && xc_date_match_tense (m) != XC_TENSE_FUTURE)
        y--;   /* results are reported for periods that have begun; a forecast looks ahead */
    }
  if (day && !xc_date_valid_dmy (y, mo, day))
    day = xc_date_days_in (y, mo);
  GDate a, b;
  xc_date_gdate (&b, y, mo, day ? day : xc_date_days_in (y, mo));
  xc_date_gdate (&a, y, mo, 1);
  g_date_subtract_months (&a, (guint) (n - 1));
  xc_date_set_range_days (c, &a, &b);
  return TRUE;
}

gboolean
xc_date_on_decade (XcDateMatch *m)
{
  char part[8], a[8], b[8];
  int d = xc_date_group_int (m, "dec"), lo = 0, hi = 9;
  xc_date_group_lower (m, "dpart", part, sizeof part);
  if (part[0])
    {
      int p = xc_date_part_of (part);
      lo = p == 1 ? 0 : p == 2 ? 3 : 7;
      hi = p == 1 ? 3 : p == 2 ? 6 : 9;
    }
  g_snprintf (a, sizeof a, "%04d", d + lo);
  g_snprintf (b, sizeof b, "%04d", d + hi);
  return xc_date_set_range (xc_date_add_match_claim (m, XC_KIND_DATERANGE), a, b);
}

/* ---------- years ---------- */

static const char * const xc_strong_preps[] = {
  "in", "since", "by", "until", "till", "through", "throughout", "during", "from", "before",
  "after", "circa", "c.", "as", "early", "late", "mid", "and", "or", "into", "due", NULL,
};

static const char * const xc_weak_preps[] = {
  "than", "with", "versus", "vs", "vs.", "over", "of", "to", "against", "for", "on", NULL,
};

static const char * const xc_count_nouns[] = {
  "people", "men", "women", "children", "percent", "per", "feet", "km", "kg", "mph", "units",
  "troops", "soldiers", "votes", "points", "times", NULL,
};

/* "in 2023" yes; "4126 articles", "Euro 2024", "rose to 2100 points" no. */
static gboolean
year_in_context (XcDateMatch *m, gsize ys, gsize ye, gboolean poss)
{
  char pw[16], nw[24], punct;
  gboolean cap, initial;
  if (poss)
    return TRUE;
  xc_date_prev_word (m, ys, pw, sizeof pw, &cap, &initial);
  xc_date_next_word (m, ye, nw, sizeof nw, &punct, NULL);
  if (punct == '%')
    return FALSE;
  gboolean clean_after = (punct != '\0' && punct != '$' && !g_ascii_isdigit (punct))
                         || xc_date_in_list (nw, xc_date_after_year_ok);
  gboolean count_after = xc_date_in_list (nw, xc_count_nouns)
                         || (strlen (nw) > 3 && g_str_has_suffix (nw, "s")
                             && !xc_date_in_list (nw, xc_date_after_year_ok)
                             && !g_str_has_suffix (nw, "ss") && !g_str_has_suffix (nw, "us"));
  if (xc_date_in_list (pw, xc_strong_preps))
    {
      /* "as" only in "as of 2023"; "and"/"or" only between years */
      if (g_str_equal (pw, "as"))
        return FALSE;
      if (g_str_equal (pw, "and") || g_str_equal (pw, "or"))
        return clean_after && m->scan->claims->len > 0;
      return !count_after;
    }
  if (g_str_equal (pw, "of") && ys >= 6 && g_ascii_strncasecmp (m->scan->text + ys - 6, "as of ", 6) == 0)
    return !count_after;
  if (xc_date_in_list (pw, xc_weak_preps))
    return clean_after && !count_after && (punct != '\0' || xc_date_in_list (nw, xc_date_after_year_ok));
  /* "in both 1990 and 1991" */
  if (g_str_equal (pw, "both") && g_str_equal (nw, "and"))
    {
      const char *t = m->scan->text;
      gsize k = ye;
      while (k < m->sent_end && !g_ascii_isdigit (t[k]) && k < ye + 6)
        k++;
      return k + 4 <= m->sent_end && (t[k] == '1' || t[k] == '2') && g_ascii_isdigit (t[k + 1])
             && g_ascii_isdigit (t[k + 2]) && g_ascii_isdigit (t[k + 3])
             && (k + 4 == m->sent_end || !g_ascii_isalnum (t[k + 4]));
    }
  /* "the 2022 invasion", "a 1996 law", "the company's 1989 results": a
   * singular noun after a determiner or a possessive and the year */
  gboolean possessive = ys >= 3 && m->scan->text[ys - 1] == ' ' && m->scan->text[ys - 2] == 's'
                        && (m->scan->text[ys - 3] == '\'' || (ys >= 5 && (guchar) m->scan->text[ys - 3] == 0x99
                                                                && (guchar) m->scan->text[ys - 4] == 0x80));
  if ((xc_date_in_list (pw, xc_date_modifier_dets) || possessive) && nw[0] && !count_after
      && !xc_date_in_list (nw, xc_date_after_year_ok) && strlen (nw) >= 3)
    return TRUE;
  return FALSE;
}

/* "nineteen ninety-six", "two thousand (and) one": the year; 0 when not one. */
int
xc_date_spoken_year (XcDateMatch *m)
{
  static const char * const tens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL };
  static const char * const ones[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", NULL };
  char w[16];
  int y = xc_date_has (m, "s2k") ? 2000 : 1900;
  if (y == 1900)
    {
      xc_date_group_lower (m, "sdec", w, sizeof w);
      for (int i = 0; tens[i]; i++)
        if (g_str_equal (w, tens[i]))
          y += 20 + 10 * i;
    }
  xc_date_group_lower (m, "sone", w, sizeof w);
  for (int i = 0; w[0] && ones[i]; i++)
    if (g_str_equal (w, ones[i]))
      y += i + 1;
  return y;
}

gboolean
xc_date_on_year (XcDateMatch *m)
{
  gsize s, e;
  if (xc_date_has (m, "syear"))
    {
      /* only where a year is expected: "in nineteen ninety-one", "by the
       * year two thousand", "a nineteen ninety-seven attack" */
      char pw[16];
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (!g_str_equal (pw, "year") && !year_in_context (m, m->start, m->end, FALSE))
        return FALSE;
      gsize cs = m->start;
      if (g_str_equal (pw, "year") && m->start >= 9)
        {
          /* the claim takes "the year" before it */
          gsize k = m->start;
          while (k > m->sent_start && m->scan->text[k - 1] == ' ')
            k--;
          k -= 4;
          if (k >= m->sent_start + 4 && g_ascii_strncasecmp (m->scan->text + k - 4, "the ", 4) == 0)
            cs = k - 4;
        }
      xc_date_set (xc_date_add_claim (m, XC_KIND_DATE, cs, m->end), xc_date_spoken_year (m), 0, 0);
      return TRUE;
    }
  xc_date_group (m, "year", &s, &e);
  if (!year_in_context (m, s, e, xc_date_has (m, "poss")))
    return FALSE;
  xc_date_set (xc_date_add_claim (m, XC_KIND_DATE, s, e), xc_date_group_int (m, "year"), 0, 0);
  return TRUE;
}

/* ---------- fiscal years ---------- */

/* A two-digit year after a four-digit one: the same century ("2023-24"). */
static int
full_year (int base, int yy, gsize digits)
{
  if (digits != 2)
    return yy;
  int y = base / 100 * 100 + yy;
  return y < base ? y + 100 : y;
}

/* "fiscal 2023" (a date, "2023", fiscal), "FY2023/24" (a daterange 2023/2024, fiscal).
 * The interval holds every twelve months that may carry the name: a fiscal
 * year named after the year it ends in (US federal: Oct.-Sept.) or begins in
 * (Japan: April-March). */
gboolean
xc_date_on_fiscal (XcDateMatch *m)
{
  gsize s, e, s2 = 0, e2 = 0;
  int y;
  gboolean two = FALSE;
  if (xc_date_group (m, "fy", &s, &e))
    {
      y = xc_date_group_int (m, "fy");
      two = xc_date_group (m, "fy2", &s2, &e2);
    }
  else if (xc_date_group (m, "fyy", &s, &e))
    {
      y = 2000 + xc_date_group_int (m, "fyy");
      two = xc_date_group (m, "fyy2", &s2, &e2);
    }
  else
    return FALSE;
  int y2 = y;
  if (two)
    {
      int v = 0;
      for (gsize i = s2; i < e2; i++)
        v = v * 10 + (m->scan->text[i] - '0');
      y2 = full_year (y, v, e2 - s2);
      if (y2 != y + 1)
        return FALSE;   /* "FY2023-25" is no fiscal year */
    }
  XcClaim *c = xc_date_add_match_claim (m, XC_KIND_DATE);
  GDate first, last;
  if (two)
    {
      char a[8], b[8];
      g_snprintf (a, sizeof a, "%04d", y);
      g_snprintf (b, sizeof b, "%04d", y2);
      xc_date_set_range (c, a, b);
      xc_date_gdate (&first, y, 2, 1);
      xc_date_gdate (&last, y2, 11, 30);
    }
  else
    {
      xc_date_set (c, y, 0, 0);
      xc_date_gdate (&first, y - 1, 2, 1);
      xc_date_gdate (&last, y + 1, 11, 30);
    }
  c->interval.lo = xc_date_day_number (&first);
  c->interval.hi = xc_date_day_number (&last);
  c->fiscal = TRUE;
  return TRUE;
}
