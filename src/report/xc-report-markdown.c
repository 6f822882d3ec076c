/* xc-report-markdown.c - the Markdown report, for notes and pull-request
 * comments: a summary table, then a section per verdict, claims in bold in their sentences
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-report-private.h"

static void
md (GString *out, const char *s)
{
  xc_report_append_markdown (out, s, -1);
}

static void
write_summary (GString *out, const XcComparison *cmp)
{
  XcReportSummary s;
  xc_report_summarize (cmp, &s);
  g_string_append (out, "# crosscheck report\n\n");
  g_string_append (out, "| Summary | Count |\n|---|---:|\n");
  g_string_append_printf (out, "| Sources | %u |\n", s.sources);
  g_string_append_printf (out, "| Documents | %u |\n", s.documents);
  g_string_append_printf (out, "| Failed documents | %u |\n", s.failed);
  g_string_append_printf (out, "| Claims | %u |\n", s.claims);
  g_string_append_printf (out, "| Facts compared | %u |\n", s.groups);
  if (xc_report_has_stories (cmp))
    g_string_append_printf (out, "| Stories | %u |\n", cmp->n_stories);
  g_string_append_printf (out, "| ✗ Conflicts | %u |\n", s.conflicts);
  if (s.updated)
    g_string_append_printf (out, "| ↻ Updated figures | %u |\n", s.updated);
  g_string_append_printf (out, "| ✓ Agreements | %u |\n", s.agree);
  g_string_append_printf (out, "| ○ Single-source facts | %u |\n", s.single);
}

static void
write_documents (GString *out, const XcComparison *cmp)
{
  if (cmp->documents == NULL || cmp->documents->len == 0)
    return;
  g_string_append (out, "\n## Documents\n\n");
  gboolean stories = xc_report_has_stories (cmp);
  g_string_append (out, stories ? "| File | Source | Published | Story | Claims | Status |\n|---|---|---|---|---:|---|\n"
                                : "| File | Source | Published | Claims | Status |\n|---|---|---|---:|---|\n");
  for (guint i = 0; i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      g_string_append (out, "| ");
      md (out, d->file ? d->file : "?");
      g_string_append (out, " | ");
      md (out, d->source ? d->source : "—");
      g_string_append (out, " | ");
      md (out, d->published ? d->published : "—");
      if (stories)
        {
          g_string_append (out, " | ");
          md (out, d->story ? d->story : "—");
        }
      g_string_append_printf (out, " | %u | ", d->n_claims);
      if (d->error)
        {
          g_string_append (out, "✗ **failed:** ");
          md (out, d->error);
        }
      else
        g_string_append (out, "read");
      g_string_append (out, " |\n");
    }
}

static void
write_member (GString *out, const XcMember *m)
{
  const XcClaim *c = m->claim;
  g_autofree char *loc = xc_report_location (c);
  g_autofree char *value = xc_report_value_with_interval (c);
  g_string_append (out, "- **");
  md (out, xc_report_source_name (c));
  g_string_append (out, "** — ");
  md (out, loc);
  g_string_append (out, " — ");
  md (out, value);
  if (m->outlier)
    g_string_append (out, " — ⚠ **" XC_REPORT_OUTLIER_WORDS "**");
  if (m->later)
    g_string_append (out, " — ↻ **" XC_REPORT_LATER_WORDS "**");
  if (m->wire_copy)
    g_string_append (out, " — _" XC_REPORT_WIRE_COPY_WORDS "_");
  g_string_append_c (out, '\n');

  gsize hs, he;
  if (c->sentence && xc_report_find_claim (c, &hs, &he))
    {
      /* "**" only opens and closes emphasis where it is flanked right
       * ("US**$240**" stays literal): elsewhere, inline HTML */
      const char *sen = c->sentence;
      gboolean left = hs == 0 || !g_ascii_isalnum (sen[hs - 1]) || !g_ascii_ispunct (sen[hs]);
      gboolean right = sen[he] == '\0' || !g_ascii_isalnum (sen[he]) || !g_ascii_ispunct (sen[he - 1]);
      g_string_append (out, "  > ");
      xc_report_append_markdown (out, sen, (gssize) hs);
      g_string_append (out, left && right ? "**" : "<b>");
      xc_report_append_markdown (out, sen + hs, (gssize) (he - hs));
      g_string_append (out, left && right ? "**" : "</b>");
      md (out, sen + he);
      g_string_append_c (out, '\n');
    }
  else
    {
      g_string_append (out, "  > as written: **");
      md (out, c->text ? c->text : "");
      g_string_append (out, "**");
      if (c->sentence)
        {
          g_string_append (out, " in: ");
          md (out, c->sentence);
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_group (GString *out, const XcGroup *g, const char *level)
{
  g_string_append_printf (out, "\n%s %s %s: ", level, xc_report_verdict_icon (g->verdict),
                          xc_report_verdict_label (g->verdict));
  md (out, g->label ? g->label : "(unlabelled)");
  g_string_append (out, "\n\n");
  md (out, xc_report_group_reason (g));
  g_string_append (out, "\n\n");
  g_autoptr(GPtrArray) flags = xc_report_group_flags (g);
  for (guint i = 0; i < flags->len; i++)
    {
      g_string_append (out, i ? ">\n> ⚠ **Note:** " : "> ⚠ **Note:** ");
      md (out, flags->pdata[i]);
      g_string_append (out, i + 1 == flags->len ? "\n\n" : "\n");
    }
  g_string_append_printf (out, "%u %s, %u independent %s · %s · id ", g->n_sources,
                          g->n_sources == 1 ? "source" : "sources", g->n_voices,
                          g->n_voices == 1 ? "statement" : "statements",
                          xc_kind_to_string (g->kind));
  md (out, g->id ? g->id : "?");
  g_string_append (out, "\n\n");
  for (guint i = 0; g->members && i < g->members->len; i++)
    write_member (out, g->members->pdata[i]);
}

/* What the pipe's render function reads: the run and the groups' heading level. */
typedef struct {
  const XcComparison *cmp;
  const char         *level;
} MarkdownRun;

static void
render_group (GString *out, guint index, gpointer data)
{
  const MarkdownRun *r = data;
  write_group (out, r->cmp->groups->pdata[index], r->level);
}

gboolean
xc_report_write_markdown (const XcComparison *cmp, const XcReportOptions *options,
                          GString *out, GError **error)
{
  write_summary (out, cmp);
  write_documents (out, cmp);
  /* story by story when the run held several: one heading level down */
  gboolean stories = xc_report_has_stories (cmp);
  MarkdownRun run = { cmp, stories ? "####" : "###" };
  g_autoptr(XcReportPipe) pipe = xc_report_pipe_new (options, &run, out);
  g_autoptr(GString) head = g_string_new (NULL);
  guint n_groups = cmp->groups ? cmp->groups->len : 0;
  for (guint from = 0, to; from < n_groups; from = to)
    {
      to = xc_report_story_end (cmp, from);
      if (stories)
        {
          const char *story = ((const XcGroup *) cmp->groups->pdata[from])->story;
          guint docs = xc_report_story_documents (cmp, story);
          g_string_assign (head, "\n## Story: ");
          md (head, story ? story : "?");
          g_string_append_printf (head, "\n\n%u %s, %u %s.\n", docs, docs == 1 ? "document" : "documents",
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
          g_string_printf (head, "\n%s %s (%u)\n", stories ? "###" : "##",
                           xc_report_verdict_heading (verdict), n);
          if (!xc_report_pipe_text (pipe, head->str, (gssize) head->len, error))
            return FALSE;
          for (guint i = from; i < to; i++)
            if (((const XcGroup *) cmp->groups->pdata[i])->verdict == verdict
                && !xc_report_pipe_render (pipe, render_group, i, error))
              return FALSE;
        }
    }
  if (!xc_report_pipe_finish (pipe, error))
    return FALSE;
  if (cmp->groups == NULL || cmp->groups->len == 0)
    g_string_append (out, "\nNo facts to compare.\n");
  return TRUE;
}
