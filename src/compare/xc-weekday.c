/* xc-weekday.c - the day of the week of a date claim, for dates that carry no year.
 *
 * A report without a publication date cannot place "on Saturday" on the calendar,
 * yet "on Saturday" and "on Sunday" for one shooting disagree all the same. The
 * judge asks, for a group of dates whose values do not clash, whether the weekdays
 * its members name or fall on can all be true: a resolved day has one, an
 * unresolved one has the weekday its text names ("Saturday night", "on Sunday"),
 * others ("Dec. 6" without a year, "last month") have none and are not weighed.
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-compare-private.h"
#include "xc-align-private.h"
#include "xc-document-private.h"

static const char * const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL,
};

/* The weekday (1 = Monday ... 7 = Sunday) @text names as a word, or 0; two different
 * weekday names ("Friday or Saturday") give 0. */
static guint
named_weekday (const char *text)
{
  guint found = 0;
  for (const char *p = text; p && *p; p++)
    {
      if (p != text && g_ascii_isalpha (p[-1]))
        continue;
      for (guint k = 0; weekday_names[k]; k++)
        {
          gsize n = strlen (weekday_names[k]);
          if (g_ascii_strncasecmp (p, weekday_names[k], n) == 0 && !g_ascii_isalpha (p[n]))
            {
              if (found && found != k + 1)
                return 0;
              found = k + 1;
            }
        }
    }
  return found;
}

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", NULL,
};

/* The month (1-12) whose name or abbreviation ("Dec.", "Sept") is the word at @p of
 * @n letters, or 0. */
static guint
month_word (const char *p, gsize n)
{
  for (guint k = 0; month_names[k]; k++)
    {
      gsize full = strlen (month_names[k]);
      if ((n == full || (n >= 3 && n < full && (p[n] == '.' || n <= 4))) && g_ascii_strncasecmp (p, month_names[k], n) == 0)
        return k + 1;
    }
  return 0;
}

/* The month and day @text names ("Dec. 6", "6 December", "on November 19th") as
 * month * 100 + day, or 0. */
static guint
named_month_day (const char *text)
{
  for (const char *p = text; p && *p; p++)
    {
      if (!g_ascii_isalpha (*p) || (p != text && g_ascii_isalpha (p[-1])))
        continue;
      const char *e = p;
      while (g_ascii_isalpha (*e))
        e++;
      guint m = month_word (p, (gsize) (e - p));
      if (m == 0)
        {
          p = e - 1;
          continue;
        }
      /* the day after ("Dec. 6") or before ("6 December") */
      const char *a = e;
      while (*a == '.' || *a == ' ')
        a++;
      guint d = 0;
      if (g_ascii_isdigit (*a))
        d = (guint) g_ascii_strtoull (a, NULL, 10);
      else
        {
          const char *b = p;
          while (b > text && b[-1] == ' ')
            b--;
          const char *ds = b;
          while (ds > text && g_ascii_isalpha (ds[-1]))
            ds--;   /* "6th December" */
          while (ds > text && g_ascii_isdigit (ds[-1]))
            ds--;
          if (g_ascii_isdigit (*ds))
            d = (guint) g_ascii_strtoull (ds, NULL, 10);
        }
      return d >= 1 && d <= 31 ? m * 100 + d : 0;
    }
  return 0;
}

guint
xc_claim_month_day (const XcClaim *c)
{
  if (c->kind != XC_KIND_DATE)
    return 0;
  if (!c->resolved)
    return named_month_day (c->text);
  GDate d;
  return xc_parse_iso_day (c->iso, &d) ? (guint) g_date_get_month (&d) * 100 + g_date_get_day (&d) : 0;
}

guint
xc_claim_weekday (const XcClaim *c)
{
  if (c->kind != XC_KIND_DATE)
    return 0;
  if (!c->resolved)
    return named_weekday (c->text);
  GDate d;
  return xc_parse_iso_day (c->iso, &d) ? (guint) g_date_get_weekday (&d) : 0;
}

static const char * const weekday_titles[] = {
  "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char * const month_titles[] = {
  "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

static void
append_day (GString *s, guint key, gboolean weekday)
{
  if (weekday)
    g_string_append (s, weekday_titles[key]);
  else
    g_string_append_printf (s, "%s %u", month_titles[key / 100], key % 100);
}

/* The clash on one calendar key (@weekday: the day of the week, else the month and
 * day): FALSE when fewer than two members know it, they all agree, or no member with
 * no resolved date names it (resolved days are judged as days already). */
static gboolean
clash_on (XcGroup *g, XcAligner *al, GArray *items, gboolean weekday, GString *reason)
{
  guint n = items->len, named = 0, known = 0;
  g_autofree guint *key = g_new0 (guint, MAX (1, n));
  g_autoptr(GHashTable) count = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      const XcClaim *c = xc_align_item (al, g_array_index (items, guint, i))->claim;
      key[i] = weekday ? xc_claim_weekday (c) : xc_claim_month_day (c);
      if (key[i] == 0)
        continue;
      known++;
      named += !c->resolved;
      gpointer k = GUINT_TO_POINTER (key[i]);
      g_hash_table_insert (count, k, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, k)) + 1));
    }
  if (named == 0 || known < 2 || g_hash_table_size (count) < 2)
    return FALSE;
  /* the majority, ties to the earliest member's */
  guint top = 0, top_n = 0, second_n = 0;
  for (guint i = 0; i < n; i++)
    {
      guint c = key[i] ? GPOINTER_TO_UINT (g_hash_table_lookup (count, GUINT_TO_POINTER (key[i]))) : 0;
      if (c > top_n)
        top = key[i], top_n = c;
    }
  for (guint i = 0; i < n; i++)
    if (key[i] && key[i] != top)
      second_n = MAX (second_n, GPOINTER_TO_UINT (g_hash_table_lookup (count, GUINT_TO_POINTER (key[i]))));
  gboolean tie = second_n == top_n;
  g->verdict = XC_VERDICT_CONFLICT;
  g->outlier_tie = tie;
  if (tie)
    g_string_append_printf (reason, "no majority on the %s: ", weekday ? "day of the week" : "day of the month");
  gboolean first = TRUE;
  for (guint i = 0; i < n; i++)
    {
      if (key[i] == 0 || (!tie && key[i] == top))
        continue;
      const XcItem *it = xc_align_item (al, g_array_index (items, guint, i));
      if (!tie)
        ((XcMember *) g->members->pdata[i])->outlier = TRUE;
      g_string_append_printf (reason, "%s\u201c%s\u201d (", first ? "" : ", ", it->claim->text);
      append_day (reason, key[i], weekday);
      g_string_append_printf (reason, ", %s)", it->source_key);
      first = FALSE;
    }
  if (tie)
    return TRUE;
  g_string_append (reason, weekday ? " cannot be a " : " cannot be ");
  append_day (reason, top, weekday);
  g_string_append_printf (reason, ", which %u other%s name%s or fall%s on", top_n, top_n == 1 ? "" : "s",
                          top_n == 1 ? "s" : "", top_n == 1 ? "s" : "");
  return TRUE;
}

gboolean
xc_weekdays_clash (XcGroup *g, XcAligner *al, GArray *items, GString *reason)
{
  return clash_on (g, al, items, TRUE, reason);
}

/* The same for days of the month ("March 3" / "March 4" with no year): the aligner
 * lets such dates meet only when their clauses tell of one event. */
gboolean
xc_month_days_clash (XcGroup *g, XcAligner *al, GArray *items, GString *reason)
{
  return clash_on (g, al, items, FALSE, reason);
}
