/* xc-report-text.c - the terminal report: summary, conflicts in full, the rest
 * one line each (or in full with show_all), wrapped at 80 columns, ANSI colour on request
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-report-private.h"

#define WIDTH 80

#define SGR_RESET   "\033[0m"
#define SGR_BOLD    "\033[1m"
#define SGR_DIM     "\033[2m"
#define SGR_RED     "\033[1;31m"
#define SGR_GREEN   "\033[1;32m"
#define SGR_YELLOW  "\033[1;33m"
#define SGR_BLUE    "\033[1;34m"
#define SGR_MARK    "\033[1;4m"

typedef struct {
  GString  *out;
  gboolean  color;
} Text;

/* Appends @len bytes of article text (or -1: all of it) with control characters
 * dropped, so that no input can move the cursor or change the terminal's colours. */
static void
plain (GString *buf, const char *s, gssize len)
{
  if (s == NULL)
    return;
  const char *end = len < 0 ? s + strlen (s) : s + len;
  for (const char *p = s; p < end; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      g_string_append_c (buf, ' ');
    else if ((guchar) *p >= 0x20 && *p != 0x7f)
      g_string_append_c (buf, *p);
}

/* Appends @s between @sgr and a reset when colour is on. */
static void
paint (Text *t, GString *buf, const char *sgr, const char *s)
{
  if (t->color)
    g_string_append (buf, sgr);
  plain (buf, s, -1);
  if (t->color)
    g_string_append (buf, SGR_RESET);
}

static const char *
verdict_sgr (XcVerdict v)
{
  switch (v)
    {
    case XC_VERDICT_CONFLICT: return SGR_RED;
    case XC_VERDICT_AGREE:    return SGR_GREEN;
    case XC_VERDICT_UPDATED:  return SGR_YELLOW;
    case XC_VERDICT_SINGLE:
    default:                  return SGR_BLUE;
    }
}

/* Columns a run of text takes: ANSI sequences take none, wide characters two. */
static guint
columns (const char *s, gsize len)
{
  guint n = 0;
  const char *end = s + len;
  for (const char *p = s; p < end;)
    {
      if (*p == '\033')
        {
          while (p < end && *p != 'm')
            p++;
          p++;
          continue;
        }
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          n++;
          p++;
          continue;
        }
      n += g_unichar_iswide (c) ? 2 : g_unichar_iszerowidth (c) ? 0 : 1;
      p = g_utf8_next_char (p);
    }
  return n;
}

/* The last SGR sequence in a run, or NULL when it is a reset (or there is none). */
static void
track_sgr (const char *s, gsize len, char *active, gsize size)
{
  for (gsize i = 0; i < len; i++)
    if (s[i] == '\033')
      {
        gsize j = i;
        while (j < len && s[j] != 'm')
          j++;
        gsize n = MIN (j + 1 - i, size - 1);
        if (n == strlen (SGR_RESET) && strncmp (s + i, SGR_RESET, n) == 0)
          active[0] = '\0';
        else
          {
            memcpy (active, s + i, n);
            active[n] = '\0';
          }
        i = j;
      }
}

/* Appends @s word-wrapped at WIDTH: @first before the first line, @rest before
 * the others; colour in force at a break is closed and reopened around it. */
static void
wrap (GString *out, const char *first, const char *rest, const char *s)
{
  char active[32] = "";
  guint col = columns (first, strlen (first));
  guint rest_col = columns (rest, strlen (rest));
  gboolean line_empty = TRUE;
  g_string_append (out, first);
  const char *p = s;
  while (*p)
    {
      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      const char *w = p;
      while (*p && *p != ' ')
        p++;
      gsize wlen = (gsize) (p - w);
      guint wcol = columns (w, wlen);
      if (!line_empty && col + 1 + wcol > WIDTH)
        {
          if (active[0])
            g_string_append (out, SGR_RESET);
          g_string_append_c (out, '\n');
          g_string_append (out, rest);
          if (active[0])
            g_string_append (out, active);
          col = rest_col;
          line_empty = TRUE;
        }
      if (!line_empty)
        {
          g_string_append_c (out, ' ');
          col++;
        }
      g_string_append_len (out, w, (gssize) wlen);
      track_sgr (w, wlen, active, sizeof active);
      col += wcol;
      line_empty = FALSE;
    }
  g_string_append_c (out, '\n');
}

/* ---------- parts ---------- */

static void
write_summary (Text *t, const XcComparison *cmp)
{
  XcReportSummary s;
  xc_report_summarize (cmp, &s);
  g_autoptr(GString) line = g_string_new (NULL);
  paint (t, line, SGR_BOLD, "crosscheck report");
  g_string_append_c (line, '\n');
  g_string_append (t->out, line->str);

  g_string_truncate (line, 0);
  g_string_append_printf (line, "%u %s, %u %s", s.sources, s.sources == 1 ? "source" : "sources",
                          s.documents, s.documents == 1 ? "document" : "documents");
  if (s.failed)
    g_string_append_printf (line, " (%u failed)", s.failed);
  g_string_append_printf (line, ", %u %s.", s.claims, s.claims == 1 ? "claim" : "claims");
  wrap (t->out, "", "", line->str);

  g_string_truncate (line, 0);
  g_string_append_printf (line, "%u %s", s.groups, s.groups == 1 ? "fact" : "facts");
  if (xc_report_has_stories (cmp))
    g_string_append_printf (line, " in %u stories", cmp->n_stories);
  g_string_append (line, ": ");
  g_autofree char *conf = g_strdup_printf ("%u %s", s.conflicts,
                                           s.conflicts == 1 ? "conflict" : "conflicts");
  paint (t, line, s.conflicts ? SGR_RED : SGR_BOLD, conf);
  if (s.updated)
    g_string_append_printf (line, ", %u updated", s.updated);
  g_string_append_printf (line, ", %u %s, %u single-source.", s.agree,
                          s.agree == 1 ? "agreement" : "agreements", s.single);
  wrap (t->out, "", "", line->str);
}

static void
write_documents (Text *t, const XcComparison *cmp)
{
  if (cmp->documents == NULL || cmp->documents->len == 0)
    return;
  g_string_append_c (t->out, '\n');
  g_autoptr(GString) line = g_string_new (NULL);
  paint (t, line, SGR_BOLD, "Documents");
  g_string_append_c (line, '\n');
  g_string_append (t->out, line->str);
  for (guint i = 0; i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      g_string_truncate (line, 0);
      plain (line, d->file ? d->file : "?", -1);
      if (d->error)
        {
          g_string_append (line, " — ");
          paint (t, line, SGR_RED, "FAILED:");
          g_string_append_c (line, ' ');
          plain (line, d->error, -1);
        }
      else
        {
          g_string_append (line, " — ");
          plain (line, d->source ? d->source : "source unknown", -1);
          if (d->published)
            {
              g_string_append (line, ", ");
              plain (line, d->published, -1);
            }
          g_string_append_printf (line, ", %u %s", d->n_claims, d->n_claims == 1 ? "claim" : "claims");
          if (xc_report_has_stories (cmp) && d->story)
            {
              g_string_append (line, ", story ");
              plain (line, d->story, -1);
            }
        }
      wrap (t->out, "  ", "    ", line->str);
    }
}

static void
write_member (Text *t, const XcMember *m)
{
  const XcClaim *c = m->claim;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *loc = xc_report_location (c);
  g_autofree char *value = xc_report_value_with_interval (c);
  paint (t, line, SGR_BOLD, xc_report_source_name (c));
  g_string_append (line, " — ");
  plain (line, loc, -1);
  g_string_append (line, " — ");
  plain (line, value, -1);
  if (m->outlier)
    {
      g_string_append (line, " — ");
      paint (t, line, SGR_YELLOW, "ODD ONE OUT");
    }
  if (m->later)
    {
      g_string_append (line, " — ");
      paint (t, line, SGR_YELLOW, "LATER FIGURE");
    }
  if (m->wire_copy)
    {
      g_string_append (line, " — ");
      paint (t, line, SGR_BOLD, "WIRE COPY");
    }
  wrap (t->out, m->outlier ? "  ▶ " : "  • ", "    ", line->str);

  gsize hs, he;
  g_string_truncate (line, 0);
  if (c->sentence && xc_report_find_claim (c, &hs, &he))
    {
      g_string_append (line, "“");
      plain (line, c->sentence, (gssize) hs);
      g_string_append (line, t->color ? SGR_MARK : "«");
      plain (line, c->sentence + hs, (gssize) (he - hs));
      g_string_append (line, t->color ? SGR_RESET : "»");
      plain (line, c->sentence + he, -1);
      g_string_append (line, "”");
    }
  else
    {
      g_string_append (line, "as written: “");
      plain (line, c->text, -1);
      g_string_append (line, "”");
      if (c->sentence)
        {
          g_string_append (line, " in “");
          plain (line, c->sentence, -1);
          g_string_append (line, "”");
        }
    }
  wrap (t->out, "    ", "     ", line->str);
}

static void
write_group_full (Text *t, const XcGroup *g)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *badge = g_strdup_printf ("%s %s", xc_report_verdict_icon (g->verdict),
                                            xc_report_verdict_label (g->verdict));
  g_autofree char *upper = g_ascii_strup (badge, -1);   /* not the locale's: "CONFLİCT" in Turkish */
  paint (t, line, verdict_sgr (g->verdict), upper);
  g_string_append (line, "  ");
  paint (t, line, SGR_BOLD, g->label ? g->label : "(unlabelled)");
  g_string_append_c (t->out, '\n');
  wrap (t->out, "", "  ", line->str);

  g_autoptr(GString) reason = g_string_new (NULL);
  plain (reason, xc_report_group_reason (g), -1);
  wrap (t->out, "  ", "  ", reason->str);
  g_autoptr(GPtrArray) flags = xc_report_group_flags (g);
  for (guint i = 0; i < flags->len; i++)
    {
      g_string_truncate (line, 0);
      paint (t, line, SGR_YELLOW, "!");
      g_string_append_printf (line, " %s", (const char *) flags->pdata[i]);
      wrap (t->out, "  ", "    ", line->str);
    }
  g_string_truncate (line, 0);
  g_string_append_printf (line, "%u %s, %u independent %s · %s · id ", g->n_sources,
                          g->n_sources == 1 ? "source" : "sources", g->n_voices,
                          g->n_voices == 1 ? "statement" : "statements",
                          xc_kind_to_string (g->kind));
  plain (line, g->id ? g->id : "?", -1);
  g_autoptr(GString) dim = g_string_new (NULL);
  paint (t, dim, SGR_DIM, line->str);
  wrap (t->out, "  ", "  ", dim->str);
  for (guint i = 0; g->members && i < g->members->len; i++)
    write_member (t, g->members->pdata[i]);
}

/* One line: verdict, label, the distinct values, who says it:
 * "✓ AGREE people injured: 12 person / 14 person — 3 sources". */
static void
write_group_compact (Text *t, const XcGroup *g)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *badge = g_strdup_printf ("%s %s", xc_report_verdict_icon (g->verdict),
                                            xc_report_verdict_label (g->verdict));
  g_autofree char *upper = g_ascii_strup (badge, -1);   /* not the locale's: "CONFLİCT" in Turkish */
  paint (t, line, verdict_sgr (g->verdict), upper);
  g_string_append (line, " ");
  plain (line, g->label ? g->label : "(unlabelled)", -1);
  /* a colon, not a dash: labels say "record — Klitschko" themselves */
  g_string_append (line, ":");
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; g->members && i < g->members->len; i++)
    {
      const XcMember *m = g->members->pdata[i];
      char *v = xc_claim_value_string (m->claim);
      if (g_ptr_array_find_with_equal_func (values, v, g_str_equal, NULL))
        g_free (v);
      else
        g_ptr_array_add (values, v);
    }
  for (guint i = 0; i < values->len && i < 3; i++)
    {
      g_string_append (line, i ? " / " : " ");
      plain (line, values->pdata[i], -1);
    }
  if (values->len > 3)
    g_string_append (line, " / …");
  if (g->members && g->members->len == 1)
    {
      const XcClaim *c = ((const XcMember *) g->members->pdata[0])->claim;
      g_autofree char *loc = xc_report_location (c);
      g_string_append (line, " — ");
      plain (line, xc_report_source_name (c), -1);
      g_string_append (line, " (");
      plain (line, loc, -1);
      g_string_append (line, ")");
    }
  else
    g_string_append_printf (line, " — %u %s", g->n_sources, g->n_sources == 1 ? "source" : "sources");
  if (g->self_conflict)
    g_string_append (line, " — a source contradicts itself");
  if (g->power_of_ten)
    g_string_append (line, " — values a power of ten apart");
  wrap (t->out, "", "    ", line->str);
}

/* What the pipe's render functions read: the run and whether to paint. */
typedef struct {
  const XcComparison *cmp;
  gboolean            color;
} TextRun;

static void
render_full (GString *out, guint index, gpointer data)
{
  const TextRun *r = data;
  Text t = { out, r->color };
  write_group_full (&t, r->cmp->groups->pdata[index]);
}

static void
render_compact (GString *out, guint index, gpointer data)
{
  const TextRun *r = data;
  Text t = { out, r->color };
  write_group_compact (&t, r->cmp->groups->pdata[index]);
}

gboolean
xc_report_write_text (const XcComparison *cmp, const XcReportOptions *options,
                      GString *out, GError **error)
{
  Text t = { out, options->color };
  write_summary (&t, cmp);
  write_documents (&t, cmp);
  TextRun run = { cmp, options->color };
  /* the groups, and the headings between them, go through the pipe: in order */
  g_autoptr(XcReportPipe) pipe = xc_report_pipe_new (options, &run, out);
  g_autoptr(GString) head = g_string_new (NULL);
  guint n_groups = cmp->groups ? cmp->groups->len : 0;
  for (guint from = 0, to; from < n_groups; from = to)
    {
      to = xc_report_story_end (cmp, from);
      if (xc_report_has_stories (cmp))
        {
          /* a heading per story: alignment never crossed them */
          const char *story = ((const XcGroup *) cmp->groups->pdata[from])->story;
          guint docs = xc_report_story_documents (cmp, story);
          g_autofree char *title = g_strdup_printf ("Story %s", story ? story : "?");
          g_string_assign (head, "\n");
          paint (&t, head, SGR_BOLD, title);
          g_string_append_printf (head, " (%u %s, %u %s)\n", docs, docs == 1 ? "document" : "documents",
                                  to - from, to - from == 1 ? "fact" : "facts");
          if (!xc_report_pipe_text (pipe, head->str, (gssize) head->len, error))
            return FALSE;
        }
      for (guint v = 0; v < G_N_ELEMENTS (xc_report_verdict_order); v++)
        {
          XcVerdict verdict = xc_report_verdict_order[v];
          guint n = xc_report_count_verdict_in (cmp, from, to, verdict);
          if (n == 0)
            continue;
          /* conflicts and figures that changed in full: both want an editor's eye */
          gboolean full = verdict == XC_VERDICT_CONFLICT || verdict == XC_VERDICT_UPDATED || options->show_all;
          g_autofree char *title = g_strdup_printf ("%s (%u)", xc_report_verdict_heading (verdict), n);
          g_string_assign (head, "\n");
          paint (&t, head, SGR_BOLD, title);
          g_string_append_c (head, '\n');
          if (!xc_report_pipe_text (pipe, head->str, (gssize) head->len, error))
            return FALSE;
          for (guint i = from; i < to; i++)
            if (((const XcGroup *) cmp->groups->pdata[i])->verdict == verdict
                && !xc_report_pipe_render (pipe, full ? render_full : render_compact, i, error))
              return FALSE;
        }
    }
  if (!xc_report_pipe_finish (pipe, error))
    return FALSE;
  if (cmp->groups == NULL || cmp->groups->len == 0)
    g_string_append (out, "\nNo facts to compare.\n");
  else if (!options->show_all)
    {
      XcReportSummary s;
      xc_report_summarize (cmp, &s);
      if (s.agree + s.single > 0)
        g_string_append (out, "\n(Agreements and single-source facts in one line each; "
                              "--all shows them in full.)\n");
    }
  return TRUE;
}
