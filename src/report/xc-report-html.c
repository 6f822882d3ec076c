/* xc-report-html.c - the HTML report: one self-contained page (inline CSS, no
 * script, works offline), conflicts on top, sources side by side, claims marked in their sentences
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-report-private.h"

static const char xc_report_css[] =
  ":root{--fg:#1b1f24;--muted:#4d5560;--line:#c9ced6;--page:#f4f5f7;--card:#fff;"
  "--conflict:#a3161a;--conflict-bg:#fdeceb;--agree:#1b5e20;--agree-bg:#e9f5ea;"
  "--single:#37474f;--single-bg:#eceff1;--mark:#ffe27a;color-scheme:light}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;background:var(--page);color:var(--fg);"
  "font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif}\n"
  "main{max-width:75rem;margin:0 auto;padding:1rem 1.25rem 3rem}\n"
  "h1{font-size:1.6rem;margin:.5rem 0 1rem}\n"
  "h2{font-size:1.3rem;margin:2rem 0 .75rem;display:inline}\n"
  "h3{font-size:1.1rem;margin:0 0 .5rem;overflow-wrap:anywhere}\n"
  "p{margin:.25rem 0}\n"
  ".stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem;"
  "margin:0;padding:0;list-style:none}\n"
  ".stats li{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem}\n"
  ".stats b{display:block;font-size:1.5rem;line-height:1.2}\n"
  ".stats .hot{border:2px solid var(--conflict);background:var(--conflict-bg)}\n"
  ".table{overflow-x:auto;margin:.5rem 0}\n"
  "table{border-collapse:collapse;background:var(--card);min-width:100%}\n"
  "th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}\n"
  "td.n,th.n{text-align:right}\ntd.date{white-space:nowrap}\n"
  ".failed{color:var(--conflict);font-weight:600}\n"
  ".alert{margin:1rem 0;padding:.5rem .75rem;border:2px solid var(--conflict);border-radius:.5rem;"
  "background:var(--conflict-bg)}\n.alert ul{margin:.25rem 0;padding-left:1.25rem}\n"
  "section{margin-top:1.5rem}\n"
  "summary{cursor:pointer;margin:1rem 0 .5rem}\n"
  ".group{background:var(--card);border:1px solid var(--line);border-left:.5rem solid var(--c);"
  "border-radius:.5rem;padding:1rem;margin:1rem 0}\n"
  ".conflict{--c:var(--conflict);--cb:var(--conflict-bg)}\n"
  ".agree{--c:var(--agree);--cb:var(--agree-bg)}\n"
  ".single{--c:var(--single);--cb:var(--single-bg)}\n"
  ".badge{display:inline-block;font-size:.85rem;font-weight:700;padding:.05rem .6rem;margin-right:.4rem;"
  "border-radius:1rem;color:#fff;background:var(--c);vertical-align:.1em;white-space:nowrap}\n"
  ".reason{font-size:1.05rem}\n"
  ".flags{margin:.5rem 0;padding:.5rem .75rem;list-style:none;background:#fff6d6;border:1px solid #d9b400;"
  "border-radius:.4rem}\n"
  ".meta,.loc{color:var(--muted);font-size:.9rem}\n"
  ".members{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.75rem;margin-top:.75rem}\n"
  ".card{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;background:var(--card);"
  "overflow-wrap:anywhere}\n"
  ".card.outlier{border:2px dashed var(--conflict);background:var(--conflict-bg)}\n"
  ".who{font-weight:700}\n"
  ".value{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;font-size:.95rem}\n"
  ".tag{display:inline-block;font-size:.8rem;font-weight:700;padding:0 .45rem;margin:.15rem .3rem 0 0;"
  "border-radius:.3rem;border:1px solid var(--muted);color:var(--fg);background:#fff}\n"
  ".tag.odd{border-color:var(--conflict);color:var(--conflict)}\n"
  "blockquote{margin:.5rem 0 0;padding:.1rem 0 .1rem .75rem;border-left:3px solid var(--line)}\n"
  "mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .15em;border-radius:.2em}\n"
  ".none{color:var(--muted)}\n"
  "@media (max-width:40rem){main{padding:.75rem .75rem 2rem}.members{grid-template-columns:1fr}"
  ".group{padding:.75rem}h1{font-size:1.35rem}"
  ".docs thead{position:absolute;left:-9999px}.docs,.docs tbody,.docs tr,.docs td{display:block}"
  ".docs tr{border-bottom:1px solid var(--line);padding:.4rem 0}"
  ".docs td{border:0;padding:.05rem .6rem;text-align:left}"
  ".docs td::before{content:attr(data-label) \": \";font-weight:600;color:var(--muted)}}\n"
  "@media print{body{background:#fff}.group{break-inside:avoid}}\n";

static void
esc (GString *out, const char *s)
{
  xc_report_append_html (out, s, -1);
}

static const char *
verdict_class (XcVerdict v)
{
  return v == XC_VERDICT_CONFLICT ? "conflict" : v == XC_VERDICT_AGREE ? "agree" : "single";
}

static void
stat (GString *out, const char *cls, guint n, const char *what)
{
  g_string_append_printf (out, "<li%s%s%s><b>%u</b>%s</li>\n", cls ? " class=\"" : "",
                          cls ? cls : "", cls ? "\"" : "", n, what);
}

static void
write_summary (GString *out, const XcComparison *cmp, const XcReportSummary *s)
{
  g_string_append (out, "<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2>\n"
                        "<ul class=\"stats\">\n");
  stat (out, NULL, s->sources, s->sources == 1 ? "source" : "sources");
  const char *docs_word = s->documents == 1 ? "document" : "documents";
  g_autofree char *docs = s->failed ? g_strdup_printf ("%s, %u failed", docs_word, s->failed)
                                    : g_strdup (docs_word);
  stat (out, s->failed ? "hot" : NULL, s->documents, docs);
  stat (out, NULL, s->claims, s->claims == 1 ? "claim" : "claims");
  stat (out, NULL, s->groups, s->groups == 1 ? "fact compared" : "facts compared");
  stat (out, s->conflicts ? "hot" : NULL, s->conflicts, s->conflicts == 1 ? "✗ conflict" : "✗ conflicts");
  stat (out, NULL, s->agree, s->agree == 1 ? "✓ agreement" : "✓ agreements");
  stat (out, NULL, s->single, "○ single-source");
  g_string_append (out, "</ul>\n</section>\n");

  if (cmp->documents == NULL || cmp->documents->len == 0)
    return;
  /* failures first and in full; the list of every input folded away */
  if (s->failed)
    {
      g_string_append_printf (out, "<div class=\"alert\" role=\"note\"><p><b>✗ %u %s could not be read:</b></p>\n<ul>\n",
                              s->failed, s->failed == 1 ? "document" : "documents");
      for (guint i = 0; i < cmp->documents->len; i++)
        {
          const XcDocInfo *d = cmp->documents->pdata[i];
          if (d->error == NULL)
            continue;
          g_string_append (out, "<li><b>");
          esc (out, d->file ? d->file : "?");
          g_string_append (out, "</b>: ");
          esc (out, d->error);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul></div>\n");
    }
  g_string_append_printf (out, "<section aria-labelledby=\"documents\"><details><summary><h2 id=\"documents\">"
                               "All documents (%u)</h2></summary>\n", cmp->documents->len);
  g_string_append (out, "<div class=\"table\"><table class=\"docs\">\n<thead><tr><th scope=\"col\">File</th>"
                        "<th scope=\"col\">Source</th><th scope=\"col\">Published</th>"
                        "<th scope=\"col\" class=\"n\">Claims</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      g_string_append (out, "<tr><td data-label=\"File\">");
      esc (out, d->file ? d->file : "?");
      g_string_append (out, "</td><td data-label=\"Source\">");
      esc (out, d->source ? d->source : "—");
      g_string_append (out, "</td><td class=\"date\" data-label=\"Published\">");
      esc (out, d->published ? d->published : "—");
      g_string_append_printf (out, "</td><td class=\"n\" data-label=\"Claims\">%u</td>"
                                   "<td data-label=\"Status\">", d->n_claims);
      if (d->error)
        {
          g_string_append (out, "<span class=\"failed\">✗ failed:</span> ");
          esc (out, d->error);
        }
      else
        g_string_append (out, "read");
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table></div>\n</details></section>\n");
}

static void
write_member (GString *out, const XcMember *m)
{
  const XcClaim *c = m->claim;
  g_autofree char *loc = xc_report_location (c);
  g_autofree char *value = xc_report_value_with_interval (c);
  g_string_append_printf (out, "<div class=\"card%s\">\n<p class=\"who\">", m->outlier ? " outlier" : "");
  esc (out, xc_report_source_name (c));
  g_string_append (out, "</p>\n<p class=\"loc\">");
  esc (out, loc);
  g_string_append (out, "</p>\n<p class=\"value\">");
  esc (out, value);
  g_string_append (out, "</p>\n");
  if (m->outlier || m->wire_copy)
    {
      g_string_append (out, "<p>");
      if (m->outlier)
        g_string_append (out, "<span class=\"tag odd\">⚠ Odd one out</span>");
      if (m->wire_copy)
        g_string_append (out, "<span class=\"tag\" title=\"" XC_REPORT_WIRE_COPY_WORDS "\">"
                              "⇄ Wire copy</span>");
      g_string_append (out, "</p>\n");
    }
  gsize hs, he;
  if (c->sentence && xc_report_find_claim (c, &hs, &he))
    {
      g_string_append (out, "<blockquote>");
      xc_report_append_html (out, c->sentence, (gssize) hs);
      g_string_append (out, "<mark>");
      xc_report_append_html (out, c->sentence + hs, (gssize) (he - hs));
      g_string_append (out, "</mark>");
      esc (out, c->sentence + he);
      g_string_append (out, "</blockquote>\n");
    }
  else
    {
      g_string_append (out, "<p>As written: <mark>");
      esc (out, c->text ? c->text : "");
      g_string_append (out, "</mark></p>\n");
      if (c->sentence)
        {
          g_string_append (out, "<blockquote>");
          esc (out, c->sentence);
          g_string_append (out, "</blockquote>\n");
        }
    }
  g_string_append (out, "</div>\n");
}

static void
write_group (GString *out, const XcGroup *g)
{
  g_string_append_printf (out, "<article class=\"group %s\" id=\"g-", verdict_class (g->verdict));
  esc (out, g->id ? g->id : "");
  g_string_append_printf (out, "\">\n<h3><span class=\"badge\">%s %s</span>",
                          xc_report_verdict_icon (g->verdict), xc_report_verdict_label (g->verdict));
  esc (out, g->label ? g->label : "(unlabelled)");
  g_string_append (out, "</h3>\n<p class=\"reason\">");
  esc (out, xc_report_group_reason (g));
  g_string_append (out, "</p>\n");
  g_autoptr(GPtrArray) flags = xc_report_group_flags (g);
  if (flags->len)
    {
      g_string_append (out, "<ul class=\"flags\">\n");
      for (guint i = 0; i < flags->len; i++)
        {
          g_string_append (out, "<li>⚠ ");
          esc (out, flags->pdata[i]);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
  g_string_append_printf (out, "<p class=\"meta\">%u %s · %u independent %s · %s · id ",
                          g->n_sources, g->n_sources == 1 ? "source" : "sources", g->n_voices,
                          g->n_voices == 1 ? "statement" : "statements", xc_kind_to_string (g->kind));
  esc (out, g->id ? g->id : "?");
  g_string_append (out, "</p>\n<div class=\"members\">\n");
  for (guint i = 0; g->members && i < g->members->len; i++)
    write_member (out, g->members->pdata[i]);
  g_string_append (out, "</div>\n</article>\n");
}

gboolean
xc_report_write_html (const XcComparison *cmp, const XcReportOptions *options,
                      GString *out, GError **error)
{
  XcReportSummary s;
  xc_report_summarize (cmp, &s);
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"crosscheck\">\n");
  g_string_append_printf (out, "<title>crosscheck report: %u %s</title>\n", s.conflicts,
                          s.conflicts == 1 ? "conflict" : "conflicts");
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n<main>\n"
                               "<h1>crosscheck report</h1>\n", xc_report_css);
  write_summary (out, cmp, &s);
  for (guint v = 0; v < G_N_ELEMENTS (xc_report_verdict_order); v++)
    {
      XcVerdict verdict = xc_report_verdict_order[v];
      guint n = xc_report_count_verdict (cmp, verdict);
      if (n == 0 && verdict != XC_VERDICT_CONFLICT)
        continue;
      const char *cls = verdict_class (verdict);
      g_string_append_printf (out, "<section aria-labelledby=\"%s\">", cls);
      if (verdict == XC_VERDICT_CONFLICT)
        g_string_append_printf (out, "<h2 id=\"%s\">%s %s (%u)</h2>\n", cls, xc_report_verdict_icon (verdict),
                                xc_report_verdict_heading (verdict), n);
      else
        g_string_append_printf (out, "<details open><summary><h2 id=\"%s\">%s %s (%u)</h2></summary>\n",
                                cls, xc_report_verdict_icon (verdict), xc_report_verdict_heading (verdict), n);
      if (n == 0)
        g_string_append (out, "<p class=\"none\">No conflicts: where sources state the same fact, "
                              "they agree.</p>\n");
      for (guint i = 0; cmp->groups && i < cmp->groups->len; i++)
        {
          const XcGroup *g = cmp->groups->pdata[i];
          if (g->verdict == verdict)
            write_group (out, g);
          if (!xc_report_flush_some (options, out, error))
            return FALSE;
        }
      g_string_append (out, verdict == XC_VERDICT_CONFLICT ? "</section>\n" : "</details></section>\n");
    }
  g_string_append (out, "</main>\n</body>\n</html>\n");
  return TRUE;
}
