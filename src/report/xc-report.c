/* xc-report.c - the table of report writers, and the words, counts and
 * escaping they share
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-report-private.h"

static const struct {
  const char        *name;
  XcReportWriteFunc  write;
} xc_report_writers[] = {
  { "text",     xc_report_write_text },
  { "markdown", xc_report_write_markdown },
  { "json",     xc_report_write_json },
  { "html",     xc_report_write_html },
};

static const char * const xc_formats[] = { "text", "markdown", "json", "html", NULL };

const char * const *
xc_report_formats (void)
{
  return xc_formats;
}

gboolean
xc_report_write (const XcComparison *cmp, const char *format, const XcReportOptions *options,
                 GString *out, GError **error)
{
  static const XcReportOptions defaults = { FALSE, FALSE, NULL, NULL };
  g_return_val_if_fail (cmp != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  for (guint i = 0; format && i < G_N_ELEMENTS (xc_report_writers); i++)
    if (g_str_equal (format, xc_report_writers[i].name))
      return xc_report_writers[i].write (cmp, options ? options : &defaults, out, error);
  g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "unknown report format '%s'",
               format ? format : "(null)");
  return FALSE;
}

/* ---------- counts ---------- */

void
xc_report_summarize (const XcComparison *cmp, XcReportSummary *out)
{
  memset (out, 0, sizeof *out);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; cmp->documents && i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      out->documents++;
      out->claims += d->n_claims;
      if (d->error)
        out->failed++;
      else if (d->source || d->file)
        g_hash_table_add (sources, d->source ? d->source : d->file);
    }
  out->sources = g_hash_table_size (sources);
  for (guint i = 0; cmp->groups && i < cmp->groups->len; i++)
    {
      const XcGroup *g = cmp->groups->pdata[i];
      out->groups++;
      switch (g->verdict)
        {
        case XC_VERDICT_CONFLICT: out->conflicts++; break;
        case XC_VERDICT_AGREE:    out->agree++;     break;
        case XC_VERDICT_UPDATED:  out->updated++;   break;
        case XC_VERDICT_SINGLE:
        default:                  out->single++;    break;
        }
    }
}

guint
xc_report_count_verdict (const XcComparison *cmp, XcVerdict v)
{
  guint n = 0;
  for (guint i = 0; cmp->groups && i < cmp->groups->len; i++)
    n += ((const XcGroup *) cmp->groups->pdata[i])->verdict == v;
  return n;
}

guint
xc_report_count_verdict_in (const XcComparison *cmp, guint from, guint to, XcVerdict v)
{
  guint n = 0;
  for (guint i = from; cmp->groups && i < to && i < cmp->groups->len; i++)
    n += ((const XcGroup *) cmp->groups->pdata[i])->verdict == v;
  return n;
}

gboolean
xc_report_has_stories (const XcComparison *cmp)
{
  return cmp->n_stories > 1;
}

guint
xc_report_story_end (const XcComparison *cmp, guint from)
{
  guint n = cmp->groups ? cmp->groups->len : 0;
  if (!xc_report_has_stories (cmp) || from >= n)
    return n;
  const char *story = ((const XcGroup *) cmp->groups->pdata[from])->story;
  guint to = from + 1;
  while (to < n && g_strcmp0 (((const XcGroup *) cmp->groups->pdata[to])->story, story) == 0)
    to++;
  return to;
}

guint
xc_report_story_documents (const XcComparison *cmp, const char *story)
{
  guint n = 0;
  for (guint i = 0; cmp->documents && i < cmp->documents->len; i++)
    n += g_strcmp0 (((const XcDocInfo *) cmp->documents->pdata[i])->story, story) == 0;
  return n;
}

/* ---------- words ---------- */

const XcVerdict xc_report_verdict_order[4] = {
  XC_VERDICT_CONFLICT, XC_VERDICT_UPDATED, XC_VERDICT_AGREE, XC_VERDICT_SINGLE,
};

static const struct {
  const char *label;
  const char *heading;
  const char *icon;
  const char *reason;
} xc_verdict_words[] = {
  [XC_VERDICT_AGREE]    = { "Agree", "Agreements", "✓",
                            "The sources agree: the values they state are consistent." },
  [XC_VERDICT_CONFLICT] = { "Conflict", "Conflicts", "✗",
                            "The sources disagree: their values cannot all be true." },
  [XC_VERDICT_SINGLE]   = { "Single source", "Single-source facts", "○",
                            "Only one source states this fact: nothing to compare it with." },
  [XC_VERDICT_UPDATED]  = { "Updated", "Updated figures", "↻",
                            "The figure changed between reports: the later value stands." },
};
#define KNOWN(v) ((guint) (v) < G_N_ELEMENTS (xc_verdict_words))

const char *
xc_report_verdict_label (XcVerdict v)
{
  return KNOWN (v) ? xc_verdict_words[v].label : "Unknown";
}

const char *
xc_report_verdict_heading (XcVerdict v)
{
  return KNOWN (v) ? xc_verdict_words[v].heading : "Other";
}

const char *
xc_report_verdict_icon (XcVerdict v)
{
  return KNOWN (v) ? xc_verdict_words[v].icon : "?";
}

const char *
xc_report_group_reason (const XcGroup *g)
{
  if (g->reason && *g->reason)
    return g->reason;
  return KNOWN (g->verdict) ? xc_verdict_words[g->verdict].reason : "";
}

GPtrArray *
xc_report_group_flags (const XcGroup *g)
{
  GPtrArray *flags = g_ptr_array_new ();
  if (g->self_conflict)
    g_ptr_array_add (flags, (gpointer) "A source contradicts itself: it states values "
                                       "that cannot both be true.");
  if (g->power_of_ten)
    g_ptr_array_add (flags, (gpointer) "The values differ by a power of ten: likely a slip "
                                       "(a unit or a decimal point), not a real dispute.");
  if (g->outlier_tie)
    g_ptr_array_add (flags, (gpointer) "No single odd one out: several sets of sources could "
                                       "equally be the outliers, so none is marked.");
  return flags;
}

const char *
xc_report_source_name (const XcClaim *c)
{
  if (c->source && *c->source)
    return c->source;
  if (c->file && *c->file)
    return c->file;
  return "unknown source";
}

char *
xc_report_location (const XcClaim *c)
{
  return g_strdup_printf ("%s:%u:%u", c->file ? c->file : "?", c->line, c->column);
}

char *
xc_report_value_with_interval (const XcClaim *c)
{
  g_autofree char *value = xc_claim_value_string (c);
  g_autofree char *interval = xc_interval_string (c);
  if (c->kind == XC_KIND_DATERANGE || c->kind == XC_KIND_DURATION
      || g_str_equal (interval, "any") || g_str_equal (interval, value)
      || (c->kind == XC_KIND_DATE && c->iso && g_str_equal (interval, c->iso)))
    return g_steal_pointer (&value);
  /* the value string carries the unit; the interval is in the same unit */
  return g_strdup_printf ("%s (%s)", value, interval);
}

/* ---------- the claim inside its sentence ---------- */

static char *
fold_space (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
find_nearest (const char *hay, const char *needle, gboolean caseless, gsize expected,
              gsize *out_pos)
{
  gsize hlen = strlen (hay), nlen = strlen (needle);
  gboolean found = FALSE;
  gsize best = 0, best_dist = G_MAXSIZE;
  if (nlen == 0 || nlen > hlen)
    return FALSE;
  for (gsize i = 0; i + nlen <= hlen; i++)
    {
      gboolean eq = caseless ? g_ascii_strncasecmp (hay + i, needle, nlen) == 0
                             : memcmp (hay + i, needle, nlen) == 0;
      if (!eq)
        continue;
      gsize dist = expected == G_MAXSIZE ? 0 : (i > expected ? i - expected : expected - i);
      if (!found || dist < best_dist)
        {
          found = TRUE;
          best = i;
          best_dist = dist;
        }
      if (expected == G_MAXSIZE)
        break;
    }
  *out_pos = best;
  return found;
}

gboolean
xc_report_find_claim (const XcClaim *c, gsize *out_start, gsize *out_end)
{
  if (c->text == NULL || c->sentence == NULL)
    return FALSE;
  g_autofree char *needle = fold_space (c->text);
  gsize nlen = strlen (needle), slen = strlen (c->sentence), pos;
  gsize expected = G_MAXSIZE;
  if (c->offset >= c->sentence_offset && c->offset - c->sentence_offset + nlen <= slen)
    expected = c->offset - c->sentence_offset;
  if (!find_nearest (c->sentence, needle, FALSE, expected, &pos)
      && !find_nearest (c->sentence, needle, TRUE, expected, &pos))
    return FALSE;
  *out_start = pos;
  *out_end = pos + nlen;
  return TRUE;
}

/* ---------- escaping ---------- */

void
xc_report_append_html (GString *out, const char *s, gssize len)
{
  if (s == NULL)
    return;
  const char *end = len < 0 ? s + strlen (s) : s + len;
  for (const char *p = s; p < end; p++)
    switch (*p)
      {
      case '&':  g_string_append (out, "&amp;");  break;
      case '<':  g_string_append (out, "&lt;");   break;
      case '>':  g_string_append (out, "&gt;");   break;
      case '"':  g_string_append (out, "&quot;"); break;
      case '\'': g_string_append (out, "&#39;");  break;
      case '\n': case '\t': case '\r':
        g_string_append_c (out, ' ');
        break;
      default:
        if ((guchar) *p >= 0x20 && *p != 0x7f)
          g_string_append_c (out, *p);
        break;
      }
}

void
xc_report_append_markdown (GString *out, const char *s, gssize len)
{
  static const char specials[] = "\\`*_[]<>|~&";
  if (s == NULL)
    return;
  const char *end = len < 0 ? s + strlen (s) : s + len;
  for (const char *p = s; p < end; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if ((guchar) *p < 0x20 || *p == 0x7f)
        continue;
      /* "-", "+", "#" and "1." only matter where they could start a block;
       * the others (links, emphasis, code, HTML, tables, entities) anywhere */
      gboolean at_start = p == s || p[-1] == ' ';
      if (*p == '.' && p > s && g_ascii_isdigit (p[-1]) && (p + 1 == end || p[1] == ' '))
        {
          const char *q = p;
          while (q > s && g_ascii_isdigit (q[-1]))
            q--;
          if (q == s)
            g_string_append_c (out, '\\');   /* "2023. " would start a list */
        }
      else if ((*p == '-' || *p == '+' || *p == '#') ? at_start
               : strchr (specials, *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}


gboolean
xc_report_flush_some (const XcReportOptions *options, GString *out, GError **error)
{
  if (options == NULL || options->flush == NULL || out->len < XC_REPORT_FLUSH_BYTES)
    return TRUE;
  if (!options->flush (out, options->flush_data, error))
    return FALSE;
  g_string_truncate (out, 0);
  return TRUE;
}
