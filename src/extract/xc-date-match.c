/* xc-date-match.c - one match of a date form: its groups, the words around
 * it in the sentence, the claim it adds, and the handler that reads it
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-date-private.h"

/* ---------- one match ---------- */

gboolean
xc_date_group (XcDateMatch *m, const char *name, gsize *s, gsize *e)
{
  return xc_pattern_named (m->pattern, name, s, e);
}

gboolean
xc_date_has (XcDateMatch *m, const char *name)
{
  return xc_date_group (m, name, NULL, NULL);
}

int
xc_date_group_int (XcDateMatch *m, const char *name)
{
  gsize s, e;
  if (!xc_date_group (m, name, &s, &e))
    return 0;
  int v = 0;
  for (gsize i = s; i < e && g_ascii_isdigit (m->scan->text[i]); i++)
    v = v * 10 + (m->scan->text[i] - '0');
  return v;
}

int
xc_date_group_month (XcDateMatch *m, const char *name)
{
  gsize s, e;
  return xc_date_group (m, name, &s, &e) ? xc_date_month_from_name (m->scan->text + s, e - s) : 0;
}

/* The lower-cased group text in @buf (truncated); "" when unset. */
const char *
xc_date_group_lower (XcDateMatch *m, const char *name, char *buf, gsize size)
{
  gsize s, e;
  buf[0] = '\0';
  if (!xc_date_group (m, name, &s, &e))
    return buf;
  gsize n = MIN (e - s, size - 1), o = 0;
  for (gsize i = 0; i < n; i++)
    {
      char ch = g_ascii_tolower (m->scan->text[s + i]);
      if (g_ascii_isspace (ch))
        {
          if (o > 0 && buf[o - 1] == ' ')
            continue;
          ch = ' ';
        }
      buf[o++] = ch;
    }
  buf[o] = '\0';
  return buf;
}

XcTense
xc_date_match_tense (XcDateMatch *m)
{
  if (!m->tense_known)
    {
      m->tense = xc_date_tense (m->scan->text, m->sent_start, m->sent_end, m->start, m->end);
      m->tense_known = TRUE;
      const char *t = m->scan->text;
      /* "as soon as Tuesday", "as early as March": a date not yet come,
       * whatever the verb ("could leave as soon as Tuesday, Castro said") */
      gsize i = m->start;
      while (i > m->sent_start && t[i - 1] == ' ')
        i--;
      /* the word right before: "since May" is past; "until Tuesday",
       * "payable Dec. 1", "effective Feb. 1", "of record Nov. 17" are ahead */
      static const char * const past_preps[] = { "since", NULL };
      static const char * const future_preps[] = { "until", "till", "payable", "effective", "record", NULL };
      char pw[16];
      xc_date_prev_word (m, m->start, pw, sizeof pw, NULL, NULL);
      if (xc_date_in_list (pw, past_preps))
        {
          m->tense = XC_TENSE_PAST;
          m->since = TRUE;
        }
      else if (xc_date_in_list (pw, future_preps))
        {
          /* not "Until Thursday, they had not ...", a story told */
          gsize j = m->sent_start, w = m->start;
          while (w > m->sent_start && !g_ascii_isalpha (t[w - 1]))
            w--;
          while (w > m->sent_start && g_ascii_isalpha (t[w - 1]))
            w--;
          while (j < w && !g_ascii_isalnum (t[j]))
            j++;
          if (j < w)
            m->tense = XC_TENSE_FUTURE;
        }
      static const char * const soon[] = { "as soon as", "as early as", NULL };
      for (const char * const *w = soon; *w; w++)
        {
          gsize n = strlen (*w);
          if (i >= m->sent_start + n && g_ascii_strncasecmp (t + i - n, *w, n) == 0
              && (i == m->sent_start + n || !g_ascii_isalpha (t[i - n - 1])))
            m->tense = XC_TENSE_FUTURE;
        }
    }
  return m->tense;
}

int
xc_date_match_year (XcDateMatch *m, int month, int day)
{
  const GDate *pub = m->scan->published;
  int y = xc_date_pick_year (pub, month, day, xc_date_match_tense (m));
  if (m->since)
    {
      int pm = g_date_get_month (pub), pd = g_date_get_day (pub);
      if (y > (int) g_date_get_year (pub) || (y == (int) g_date_get_year (pub)
                                              && (month > pm || (month == pm && day > pd))))
        y = g_date_get_year (pub) - 1;
    }
  return y;
}

void
xc_date_drop_count_at (XcDateMatch *m, gsize pos)
{
  GPtrArray *cl = m->scan->claims;
  if (m->n_quantity == NULL)
    return;
  /* the quantity recognizer's claims come first, in text order */
  guint lo = 0, hi = MIN (*m->n_quantity, cl->len);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (((XcClaim *) cl->pdata[mid])->offset < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < MIN (*m->n_quantity, cl->len) && ((XcClaim *) cl->pdata[i])->offset == pos; i++)
    if (((XcClaim *) cl->pdata[i])->kind == XC_KIND_COUNT)
      {
        g_ptr_array_remove_index (cl, i);
        (*m->n_quantity)--;
        return;
      }
}

XcClaim *
xc_date_add_claim (XcDateMatch *m, XcKind kind, gsize start, gsize end)
{
  XcClaim *c = xc_claim_new (kind);
  c->offset = start;
  c->length = end - start;
  g_ptr_array_add (m->scan->claims, c);
  return c;
}

XcClaim *
xc_date_add_match_claim (XcDateMatch *m, XcKind kind)
{
  return xc_date_add_claim (m, kind, m->start, m->end);
}

/* ---------- the words around a match ---------- */

/* The word before @pos in the sentence, lower-cased into @buf; sets
 * *out_capital when it starts with a capital and *out_initial when there is
 * none (the expression opens the sentence). */
const char *
xc_date_prev_word (XcDateMatch *m, gsize pos, char *buf, gsize size, gboolean *out_capital, gboolean *out_initial)
{
  const char *t = m->scan->text;
  gsize i = pos;
  while (i > m->sent_start && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n'))
    i--;
  gsize we = i;
  while (i > m->sent_start && (g_ascii_isalpha (t[i - 1]) || t[i - 1] == '.'))
    i--;
  gsize n = MIN (we - i, size - 1);
  for (gsize k = 0; k < n; k++)
    buf[k] = g_ascii_tolower (t[i + k]);
  buf[n] = '\0';
  if (out_capital)
    *out_capital = n > 0 && g_ascii_isupper (t[i]);
  if (out_initial)
    {
      /* nothing but quotes/brackets between the sentence start and the word */
      gsize j = m->sent_start;
      while (j < i && !g_ascii_isalnum (t[j]))
        j++;
      *out_initial = j >= i;
    }
  return buf;
}

/* The word after @pos (after white space), lower-cased into @buf; *out_punct
 * gets the first non-space character when it is not a letter. */
const char *
xc_date_next_word (XcDateMatch *m, gsize pos, char *buf, gsize size, char *out_punct, gboolean *out_capital)
{
  const char *t = m->scan->text;
  gsize i = pos, end = m->sent_end;
  while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n'))
    i++;
  *out_punct = i < end && !g_ascii_isalpha (t[i]) ? t[i] : (i >= end ? '.' : '\0');
  if (out_capital)
    *out_capital = i < end && g_ascii_isupper (t[i]);
  gsize n = 0;
  while (i + n < end && g_ascii_isalpha (t[i + n]) && n < size - 1)
    {
      buf[n] = g_ascii_tolower (t[i + n]);
      n++;
    }
  buf[n] = '\0';
  return buf;
}

gboolean
xc_date_in_list (const char *w, const char * const *list)
{
  for (; *list; list++)
    if ((*list)[0] == w[0] && strcmp (w, *list) == 0)   /* first byte first: most words fail there */
      return TRUE;
  return FALSE;
}

const char * const xc_date_modifier_dets[] = {
  "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "that", "this", NULL,
};

/* Words that can follow a year without making it a count ("in 2023 and", "by 2030, the"). */
const char * const xc_date_after_year_ok[] = {
  "and", "or", "but", "when", "while", "as", "after", "before", "the", "a", "an", "that",
  "which", "according", "compared", "with", "to", "for", "in", "on", "at", "from", "alone",
  "until", "levels", "level", "figures", "is", "was", "were", "had", "has", "have", "it",
  "they", "he", "she", "we", "there", "this", "its", "his", "her", "their", "also", "amid",
  "despite", "under", "during", "against", "because", "so", "if", "then", "than", NULL,
};

/* ---------- calendar arithmetic ---------- */

gboolean
xc_date_valid_dmy (int y, int mo, int d)
{
  return mo >= 1 && mo <= 12 && d >= 1 && y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y);
}

void
xc_date_gdate (GDate *d, int y, int mo, int day)
{
  g_date_clear (d, 1);
  g_date_set_dmy (d, (GDateDay) day, (GDateMonth) mo, (GDateYear) y);
}

int
xc_date_days_in (int y, int mo)
{
  return g_date_get_days_in_month ((GDateMonth) mo, (GDateYear) y);
}

/* ---------- the handler of each form ---------- */

/* Reads the match of form @f into claims; FALSE rejects it. */
gboolean
xc_date_dispatch (XcDateMatch *m, XcDateForm f)
{
  switch (f)
    {
    case F_RANGE_MDMD: return xc_date_on_range_mdmd (m);
    case F_RANGE_MDD:
    case F_RANGE_DDM: return xc_date_on_range_days (m);
    case F_RANGE_YY: return xc_date_on_range_years (m);
    case F_RANGE_MM: return xc_date_on_range_months (m);
    case F_ISO:
    case F_SLASH:
    case F_YMD_SLASH: return xc_date_on_numeric (m, f);
    case F_MDY:
    case F_DMY: return xc_date_on_month_day (m);
    case F_MON_REL: return xc_date_on_month_rel (m);
    case F_MY: return xc_date_on_month_year (m);
    case F_PART: return xc_date_on_part (m);
    case F_QUARTER: return xc_date_on_quarter (m);
    case F_HALF: return xc_date_on_half (m);
    case F_NMONTHS: return xc_date_on_nmonths (m);
    case F_TO_MONTH: return xc_date_on_to_month (m);
    case F_DECADE: return xc_date_on_decade (m);
    case F_FISCAL: return xc_date_on_fiscal (m);
    case F_REL_BACK: return xc_date_on_rel_back (m);
    case F_DUR_RANGE: return xc_date_on_duration_range (m);
    case F_DUR_PAST: return xc_date_on_duration (m, TRUE);
    case F_REL: return xc_date_on_relative (m);
    case F_QPERIOD: return xc_date_on_qperiod (m);
    case F_DUR_VAGUE: return xc_date_on_duration_vague (m);
    case F_SEASON: return xc_date_on_season (m);
    case F_MONTH: return xc_date_on_month (m);
    case F_WEEKDAY: return xc_date_on_weekday (m);
    case F_TODAY: return xc_date_on_today (m);
    case F_NOW: return xc_date_on_now (m);
    case F_DUR: return xc_date_on_duration (m, FALSE);
    case F_YEAR: return xc_date_on_year (m);
    case F_N_FORMS:
    default: return FALSE;
    }
}
