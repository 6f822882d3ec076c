/* xc-report-html.c - the HTML report for an editor: one self-contained page
 * (inline CSS, no script, works offline), contents and tiles that jump, a
 * filter by verdict in CSS alone, conflicts on top, sources side by side by
 * outlet, date and headline, claims marked in their sentences, dates and
 * durations in words, single-source facts one line each, dark mode and a
 * print layout
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-report-private.h"

static const char xc_report_css[] =
  ":root{--fg:#1b1f24;--muted:#4d5560;--line:#c9ced6;--page:#f4f5f7;--card:#fff;"
  "--conflict:#a3161a;--conflict-bg:#fdeceb;--agree:#1b5e20;--agree-bg:#e9f5ea;"
  "--single:#37474f;--single-bg:#eceff1;--updated:#8a4b00;--updated-bg:#fff3e0;--mark:#ffe27a;--flag:#fff6d6;--flag-line:#d9b400;"
  "--link:#0b57d0;color-scheme:light dark}\n"
  "@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#a9b1bb;--line:#3a414a;--page:#14171b;"
  "--card:#1d2126;--conflict:#ff8a80;--conflict-bg:#3b1a1a;--agree:#81c784;--agree-bg:#1b2e1d;"
  "--single:#b0bec5;--single-bg:#252b31;--updated:#ffb74d;--updated-bg:#33260f;--mark:#6b5800;--flag:#3a3212;--flag-line:#8a7300;--link:#8ab4f8}"
  ".badge{color:#14171b}}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;background:var(--page);color:var(--fg);"
  "font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif}\n"
  "a{color:var(--link)}\n"
  "main{max-width:75rem;margin:0 auto;padding:1rem 1.25rem 3rem}\n"
  "h1{font-size:1.6rem;margin:.5rem 0 .5rem}\n"
  "h2{font-size:1.3rem;margin:2rem 0 .5rem}\n"
  "h3{font-size:1.1rem;margin:0 0 .5rem;overflow-wrap:anywhere}\n"
  "p{margin:.25rem 0}\n"
  ".toc{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 1rem;padding:0;list-style:none}\n"
  ".stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem;"
  "margin:0;padding:0;list-style:none}\n"
  ".stats li{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem}\n"
  ".stats li:has(a){padding:0}.stats a{display:block;padding:.5rem .75rem;color:inherit;text-decoration:none}\n"
  ".stats a:hover,.stats a:focus{text-decoration:underline}\n"
  ".stats b{display:block;font-size:1.5rem;line-height:1.2}\n"
  ".stats .hot{border:2px solid var(--conflict);background:var(--conflict-bg)}\n"
  ".filter{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .5rem;margin:1rem 0 0;padding:.5rem .75rem;"
  "border:1px solid var(--line);border-radius:.5rem;background:var(--card)}\n"
  ".filter legend{float:left;font-weight:600;margin-right:.5rem;padding:0}\n"
  ".filter label{cursor:pointer;padding:.1rem .5rem;border-radius:1rem;border:1px solid var(--line)}\n"
  ".filter input:checked+label{background:var(--fg);color:var(--page)}\n"
  ".filter input:focus-visible+label{outline:2px solid var(--link)}\n"
  "body:has(#show-conflict:checked) .v-agree,body:has(#show-conflict:checked) .v-single,"
  "body:has(#show-conflict:checked) .v-docs,body:has(#show-conflict:checked) .v-updated,"
  "body:has(#show-updated:checked) .v-conflict,body:has(#show-updated:checked) .v-agree,"
  "body:has(#show-updated:checked) .v-single,body:has(#show-updated:checked) .v-docs,"
  "body:has(#show-agree:checked) .v-conflict,body:has(#show-agree:checked) .v-single,"
  "body:has(#show-agree:checked) .v-docs,body:has(#show-agree:checked) .v-updated,"
  "body:has(#show-single:checked) .v-conflict,body:has(#show-single:checked) .v-agree,"
  "body:has(#show-single:checked) .v-docs,body:has(#show-single:checked) .v-updated{display:none}\n"
  ".filter{display:none}@supports selector(body:has(a)){.filter{display:flex}}\n"
  ".filter input{position:absolute;opacity:0;width:1px;height:1px}\n"
  "details.group>summary{color:var(--fg);margin:0;list-style-position:outside}\n"
  "details.group>summary .value{font-size:.9rem}\n"
  ".table{overflow-x:auto;margin:.5rem 0}\n"
  "table{border-collapse:collapse;background:var(--card);min-width:100%}\n"
  "th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}\n"
  "td.n,th.n{text-align:right}\ntd.date{white-space:nowrap}\n"
  ".failed{color:var(--conflict);font-weight:600}\n"
  ".alert{margin:1rem 0;padding:.5rem .75rem;border:2px solid var(--conflict);border-radius:.5rem;"
  "background:var(--conflict-bg)}\n.alert ul{margin:.25rem 0;padding-left:1.25rem}\n"
  "section{margin-top:1.5rem}\n"
  "summary{cursor:pointer;margin:.25rem 0 .5rem;color:var(--muted)}\n"
  ".group{background:var(--card);border:1px solid var(--line);border-left:.5rem solid var(--c);"
  "border-radius:.5rem;padding:1rem;margin:1rem 0}\n"
  ".conflict{--c:var(--conflict);--cb:var(--conflict-bg)}\n"
  ".agree{--c:var(--agree);--cb:var(--agree-bg)}\n"
  ".single{--c:var(--single);--cb:var(--single-bg)}\n"
  ".updated{--c:var(--updated);--cb:var(--updated-bg)}\n"
  ".card.later{border:2px solid var(--updated);background:var(--updated-bg)}\n"
  ".tag.later{border-color:var(--updated);color:var(--updated)}\n"
  ".group.single{padding:.6rem 1rem;margin:.5rem 0}.group.single .members{margin-top:.4rem}\n"
  ".badge{display:inline-block;font-size:.85rem;font-weight:700;padding:.05rem .6rem;margin-right:.4rem;"
  "border-radius:1rem;color:#fff;background:var(--c);vertical-align:.1em;white-space:nowrap}\n"
  ".reason{font-size:1.05rem}\n"
  ".flags{margin:.5rem 0;padding:.5rem .75rem;list-style:none;background:var(--flag);"
  "border:1px solid var(--flag-line);border-radius:.4rem}\n"
  ".meta,.loc,.doc{color:var(--muted);font-size:.9rem}\n"
  ".doc cite{font-style:italic}\n"
  ".members{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.75rem;margin-top:.75rem}\n"
  ".card{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;background:var(--card);"
  "overflow-wrap:anywhere}\n"
  ".card.outlier{border:2px dashed var(--conflict);background:var(--conflict-bg)}\n"
  ".who{font-weight:700}\n"
  ".value{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;font-size:.95rem}\n"
  ".tag{display:inline-block;font-size:.8rem;font-weight:700;padding:0 .45rem;margin:.15rem .3rem 0 0;"
  "border-radius:.3rem;border:1px solid var(--muted);color:var(--fg);background:var(--card)}\n"
  ".tag.odd{border-color:var(--conflict);color:var(--conflict)}\n"
  "blockquote{margin:.5rem 0 .25rem;padding:.1rem 0 .1rem .75rem;border-left:3px solid var(--line)}\n"
  "mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .15em;border-radius:.2em}\n"
  ".none{color:var(--muted)}\n"
  "@media (max-width:40rem){main{padding:.75rem .75rem 2rem}.members{grid-template-columns:1fr}"
  ".group{padding:.75rem}h1{font-size:1.35rem}.stats{grid-template-columns:repeat(2,1fr)}"
  ".docs thead{position:absolute;left:-9999px}.docs,.docs tbody,.docs tr,.docs td{display:block}"
  ".docs tr{border-bottom:1px solid var(--line);padding:.4rem 0}"
  ".docs td{border:0;padding:.05rem .6rem;text-align:left}"
  ".docs td::before{content:attr(data-label) \": \";font-weight:600;color:var(--muted)}}\n"
  /* print: the conflicts in full from the first page; agreements as headings
   * and reasons, single-source facts and the document list folded to a line */
  "@media print{:root{--fg:#000;--muted:#333;--line:#999;--page:#fff;--card:#fff;--conflict:#a3161a;"
  "--conflict-bg:#fff;--agree:#1b5e20;--single:#37474f;--mark:#ffe27a;--flag:#fff;color-scheme:light}"
  "body{font-size:10.5pt;background:#fff}main{max-width:none;padding:0}"
  ".toc,.filter,.v-docs,.v-single>.none{display:none}details.group>summary::marker{content:\"\"}"
  ".group.single{padding:.1rem .5rem;margin:.1rem 0;border-left-width:.2rem}.group.single .badge{display:none}h2{margin:1rem 0 .25rem;break-after:avoid}"
  ".stats{grid-template-columns:repeat(7,1fr);gap:.25rem}.stats li{padding:.2rem .4rem}.stats li:has(a){padding:0}"
  ".stats a{padding:.2rem .4rem}.stats b{font-size:1.1rem}"
  ".group{margin:.5rem 0;padding:.5rem .75rem;border-left-width:.3rem}"
  ".members{grid-template-columns:repeat(2,1fr);gap:.4rem}.card{break-inside:avoid;padding:.4rem .5rem}"
  ".v-agree .members,.v-agree .meta{display:none}.v-agree .group{padding:.3rem .6rem;margin:.25rem 0}"
  "a{color:inherit;text-decoration:none}}\n";

/* ---------- dates and durations in words ---------- */

#define esc_words xc_report_append_html_words

static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
};

/* The digits at @s: their count, *@out_value their value (at most 9 digits). */
static guint
digits (const char *s, guint *out_value)
{
  guint n = 0, v = 0;
  while (n < 9 && g_ascii_isdigit (s[n]))
    v = v * 10 + (guint) (s[n++] - '0');
  *out_value = v;
  return n;
}

/* An ISO 8601 duration at @s ("P2D", "P1Y6M", "PT3H30M", "P2W") in words
 * into @out; returns the bytes read, 0 when it is not one. */
static gsize
duration_words (const char *s, GString *out)
{
  static const struct { char unit; gboolean time; const char *one, *many; } units[] = {
    { 'Y', FALSE, "year", "years" }, { 'M', FALSE, "month", "months" }, { 'W', FALSE, "week", "weeks" },
    { 'D', FALSE, "day", "days" }, { 'H', TRUE, "hour", "hours" }, { 'M', TRUE, "minute", "minutes" },
    { 'S', TRUE, "second", "seconds" },
  };
  if (s[0] != 'P')
    return 0;
  g_autoptr(GString) w = g_string_new (NULL);
  gsize i = 1;
  gboolean time = FALSE;
  guint next = 0, parts = 0;
  for (;;)
    {
      if (s[i] == 'T' && !time)
        {
          time = TRUE;
          i++;
          continue;
        }
      guint v;
      guint n = digits (s + i, &v);
      if (n == 0)
        break;
      guint k = next;
      while (k < G_N_ELEMENTS (units) && !(units[k].unit == s[i + n] && units[k].time == time))
        k++;
      if (k == G_N_ELEMENTS (units))
        return 0;
      g_string_append_printf (w, "%s%u %s", parts ? " " : "", v, v == 1 ? units[k].one : units[k].many);
      parts++;
      next = k + 1;
      i += n + 1;
    }
  if (parts == 0 || g_ascii_isalnum (s[i]))
    return 0;
  g_string_append_len (out, w->str, (gssize) w->len);
  return i;
}

/* "2025-03-11" -> "11 March 2025", "2025-03" -> "March 2025"; 0 when @s is neither. */
static gsize
date_words (const char *s, GString *out)
{
  guint y, m, d;
  if (digits (s, &y) != 4 || s[4] != '-' || digits (s + 5, &m) != 2 || m < 1 || m > 12)
    return 0;
  if (s[7] == '-' && digits (s + 8, &d) == 2 && d >= 1 && d <= 31 && !g_ascii_isalnum (s[10]))
    {
      g_string_append_printf (out, "%u %s %u", d, month_names[m - 1], y);
      return 10;
    }
  if (g_ascii_isalnum (s[7]) || (s[7] == '-' && g_ascii_isdigit (s[8])))
    return 0;
  g_string_append_printf (out, "%s %u", month_names[m - 1], y);
  return 7;
}

/* @s escaped, its ISO dates and durations in words: an editor reads
 * "2 days" and "11 March 2025", not "P2D" and "2025-03-11". */
void
xc_report_append_html_words (GString *out, const char *s)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  for (gsize i = 0; s[i];)
    {
      gboolean start = i == 0 || !g_ascii_isalnum (s[i - 1]);
      gsize n = start ? date_words (s + i, plain) : 0;
      if (n == 0 && start)
        n = duration_words (s + i, plain);
      if (n)
        {
          i += n;
          continue;
        }
      g_string_append_c (plain, s[i++]);
    }
  xc_report_append_html (out, plain->str, (gssize) plain->len);
}

static void
esc (GString *out, const char *s)
{
  xc_report_append_html (out, s, -1);
}

static const char *
verdict_class (XcVerdict v)
{
  return v == XC_VERDICT_CONFLICT ? "conflict" : v == XC_VERDICT_AGREE ? "agree"
       : v == XC_VERDICT_UPDATED ? "updated" : "single";
}

/* A tile; with @href a link to its section. */
static void
stat (GString *out, const char *cls, guint n, const char *what, const char *href)
{
  g_string_append_printf (out, "<li%s%s%s>", cls ? " class=\"" : "", cls ? cls : "", cls ? "\"" : "");
  if (href)
    g_string_append_printf (out, "<a href=\"#%s\">", href);
  g_string_append_printf (out, "<b>%u</b>%s", n, what);
  g_string_append (out, href ? "</a></li>\n" : "</li>\n");
}

/* The contents, the tiles (those of the verdicts link to their sections)
 * and the filter: radio buttons that CSS alone reads (:has), so the page has
 * no script; where :has is not known the filter is not shown. */
static void
write_summary (GString *out, const XcComparison *cmp, const XcReportSummary *s)
{
  guint n_docs = cmp->documents ? cmp->documents->len : 0;
  g_string_append (out, "<nav aria-label=\"Contents\"><ul class=\"toc\">\n");
  g_string_append_printf (out, "<li><a href=\"#conflict\">✗ Conflicts (%u)</a></li>\n", s->conflicts);
  if (s->updated)
    g_string_append_printf (out, "<li><a href=\"#updated\">↻ Updated figures (%u)</a></li>\n", s->updated);
  if (s->agree)
    g_string_append_printf (out, "<li><a href=\"#agree\">✓ Agreements (%u)</a></li>\n", s->agree);
  if (s->single)
    g_string_append_printf (out, "<li><a href=\"#single\">○ Single-source facts (%u)</a></li>\n", s->single);
  if (n_docs)
    g_string_append_printf (out, "<li><a href=\"#documents\">Documents (%u)</a></li>\n", n_docs);
  g_string_append (out, "</ul></nav>\n");

  g_string_append (out, "<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2>\n"
                        "<ul class=\"stats\">\n");
  stat (out, NULL, s->sources, s->sources == 1 ? "source" : "sources", NULL);
  const char *docs_word = s->documents == 1 ? "document" : "documents";
  g_autofree char *docs = s->failed ? g_strdup_printf ("%s, %u failed", docs_word, s->failed)
                                    : g_strdup (docs_word);
  stat (out, s->failed ? "hot" : NULL, s->documents, docs, n_docs ? "documents" : NULL);
  stat (out, NULL, s->claims, s->claims == 1 ? "claim" : "claims", NULL);
  stat (out, NULL, s->groups, s->groups == 1 ? "fact compared" : "facts compared", NULL);
  stat (out, s->conflicts ? "hot" : NULL, s->conflicts, s->conflicts == 1 ? "✗ conflict" : "✗ conflicts",
        "conflict");
  if (s->updated)
    stat (out, NULL, s->updated, s->updated == 1 ? "↻ updated figure" : "↻ updated figures", "updated");
  stat (out, NULL, s->agree, s->agree == 1 ? "✓ agreement" : "✓ agreements", s->agree ? "agree" : NULL);
  stat (out, NULL, s->single, "○ single-source", s->single ? "single" : NULL);
  g_string_append (out, "</ul>\n");
  g_string_append (out, "<fieldset class=\"filter\"><legend>Show</legend>\n"
                        "<input type=\"radio\" name=\"show\" id=\"show-all\" checked>"
                        "<label for=\"show-all\">everything</label>\n"
                        "<input type=\"radio\" name=\"show\" id=\"show-conflict\">"
                        "<label for=\"show-conflict\">✗ conflicts</label>\n");
  if (s->updated)
    g_string_append (out, "<input type=\"radio\" name=\"show\" id=\"show-updated\">"
                          "<label for=\"show-updated\">↻ updated</label>\n");
  g_string_append (out,
                        "<input type=\"radio\" name=\"show\" id=\"show-agree\">"
                        "<label for=\"show-agree\">✓ agreements</label>\n"
                        "<input type=\"radio\" name=\"show\" id=\"show-single\">"
                        "<label for=\"show-single\">○ single-source</label>\n</fieldset>\n</section>\n");

  if (n_docs == 0)
    return;
  /* failures first and in full */
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
}

/* Every input, folded away, after the facts: outlet, headline, date first,
 * the file last. */
static void
write_documents (GString *out, const XcComparison *cmp)
{
  if (cmp->documents == NULL || cmp->documents->len == 0)
    return;
  g_string_append_printf (out, "<section class=\"v-docs\" aria-labelledby=\"documents\"><h2 id=\"documents\">"
                               "Documents (%u)</h2>\n<details><summary>Show the %u documents read</summary>\n",
                          cmp->documents->len, cmp->documents->len);
  g_string_append (out, "<div class=\"table\"><table class=\"docs\">\n<thead><tr><th scope=\"col\">Outlet</th>"
                        "<th scope=\"col\">Headline</th><th scope=\"col\">Published</th>"
                        "<th scope=\"col\" class=\"n\">Claims</th><th scope=\"col\">Status</th>"
                        "<th scope=\"col\">File</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      g_string_append (out, "<tr><td data-label=\"Outlet\">");
      esc (out, d->source ? d->source : "—");
      g_string_append (out, "</td><td data-label=\"Headline\">");
      esc (out, d->title ? d->title : "—");
      g_string_append (out, "</td><td class=\"date\" data-label=\"Published\">");
      esc_words (out, d->published ? d->published : "—");
      g_string_append_printf (out, "</td><td class=\"n\" data-label=\"Claims\">%u</td>"
                                   "<td data-label=\"Status\">", d->n_claims);
      if (d->error)
        {
          g_string_append (out, "<span class=\"failed\">✗ failed:</span> ");
          esc (out, d->error);
        }
      else
        g_string_append (out, "read");
      g_string_append (out, "</td><td data-label=\"File\">");
      esc (out, d->file ? d->file : "?");
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table></div>\n</details></section>\n");
}

static void
write_member (GString *out, const XcMember *m, GHashTable *docs)
{
  const XcClaim *c = m->claim;
  const XcDocInfo *d = c->file ? g_hash_table_lookup (docs, c->file) : NULL;
  g_autofree char *loc = xc_report_location (c);
  g_autofree char *value = xc_report_value_with_interval (c);
  g_string_append_printf (out, "<div class=\"card%s%s\">\n<p class=\"who\">", m->outlier ? " outlier" : "",
                          m->later ? " later" : "");
  esc (out, xc_report_source_name (c));
  g_string_append (out, "</p>\n");
  if (d && (d->published || d->title))
    {
      g_string_append (out, "<p class=\"doc\">");
      if (d->published)
        esc_words (out, d->published);
      if (d->published && d->title)
        g_string_append (out, " · ");
      if (d->title)
        {
          g_string_append (out, "<cite>");
          esc (out, d->title);
          g_string_append (out, "</cite>");
        }
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<p class=\"value\">");
  esc_words (out, value);
  g_string_append (out, "</p>\n");
  if (m->outlier || m->wire_copy || m->later)
    {
      g_string_append (out, "<p>");
      if (m->outlier)
        g_string_append (out, "<span class=\"tag odd\">⚠ Odd one out</span>");
      if (m->later)
        g_string_append (out, "<span class=\"tag later\">↻ " XC_REPORT_LATER_WORDS "</span>");
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
  g_string_append (out, "<p class=\"loc\">");
  esc (out, loc);
  g_string_append (out, "</p>\n</div>\n");
}

static void
write_group (GString *out, const XcGroup *g, GHashTable *docs)
{
  gboolean single = g->verdict == XC_VERDICT_SINGLE;
  /* a single-source fact is one line until opened: its summary is no heading */
  g_string_append_printf (out, "<%s class=\"group %s\" id=\"g-", single ? "details" : "article",
                          verdict_class (g->verdict));
  esc (out, g->id ? g->id : "");
  if (single)
    {
      const XcMember *m = g->members && g->members->len ? g->members->pdata[0] : NULL;
      g_string_append (out, "\">\n<summary><span class=\"badge\">○</span>");
      esc_words (out, g->label ? g->label : "(unlabelled)");
      if (m)
        {
          g_autofree char *value = xc_report_value_with_interval (m->claim);
          g_string_append (out, " — ");
          esc (out, xc_report_source_name (m->claim));
          g_string_append (out, ": <span class=\"value\">");
          esc_words (out, value);
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</summary>\n");
    }
  else
    {
      g_string_append_printf (out, "\">\n<h3><span class=\"badge\">%s %s</span>",
                              xc_report_verdict_icon (g->verdict), xc_report_verdict_label (g->verdict));
      esc_words (out, g->label ? g->label : "(unlabelled)");
      g_string_append (out, "</h3>\n");
    }
  g_string_append (out, "<p class=\"reason\">");
  esc_words (out, xc_report_group_reason (g));
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
    write_member (out, g->members->pdata[i], docs);
  g_string_append_printf (out, "</div>\n</%s>\n", single ? "details" : "article");
}

/* What the pipe's render function reads: the run and each claim's document. */
typedef struct {
  const XcComparison *cmp;
  GHashTable         *docs;
} HtmlRun;

static void
render_group (GString *out, guint index, gpointer data)
{
  const HtmlRun *r = data;
  write_group (out, r->cmp->groups->pdata[index], r->docs);
}

gboolean
xc_report_write_html (const XcComparison *cmp, const XcReportOptions *options,
                      GString *out, GError **error)
{
  XcReportSummary s;
  xc_report_summarize (cmp, &s);
  /* each claim's document: its date and headline beside the outlet (read by
   * the pipe's threads, never changed while they run) */
  g_autoptr(GHashTable) docs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; cmp->documents && i < cmp->documents->len; i++)
    {
      XcDocInfo *d = cmp->documents->pdata[i];
      if (d->file)
        g_hash_table_insert (docs, d->file, d);
    }
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"color-scheme\" content=\"light dark\">\n"
                        "<meta name=\"generator\" content=\"crosscheck\">\n");
  g_string_append_printf (out, "<title>crosscheck report: %u %s</title>\n", s.conflicts,
                          s.conflicts == 1 ? "conflict" : "conflicts");
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n<main>\n"
                               "<h1>crosscheck report</h1>\n", xc_report_css);
  write_summary (out, cmp, &s);
  HtmlRun run = { cmp, docs };
  g_autoptr(XcReportPipe) pipe = xc_report_pipe_new (options, &run, out);
  g_autoptr(GString) head = g_string_new (NULL);
  for (guint v = 0; v < G_N_ELEMENTS (xc_report_verdict_order); v++)
    {
      XcVerdict verdict = xc_report_verdict_order[v];
      guint n = xc_report_count_verdict (cmp, verdict);
      if (n == 0 && verdict != XC_VERDICT_CONFLICT)
        continue;
      const char *cls = verdict_class (verdict);
      /* the heading stands outside any <summary>: a heading, not a button */
      g_string_printf (head, "<section class=\"v-%s\" aria-labelledby=\"%s\"><h2 id=\"%s\">%s %s (%u)</h2>\n",
                       cls, cls, cls, xc_report_verdict_icon (verdict), xc_report_verdict_heading (verdict), n);
      if (n == 0)
        g_string_append (head, "<p class=\"none\">No conflicts: where sources state the same fact, "
                               "they agree.</p>\n");
      if (verdict == XC_VERDICT_SINGLE)
        g_string_append (head, "<p class=\"none\">Each rests on one source: open one to see its "
                               "sentence.</p>\n");
      if (!xc_report_pipe_text (pipe, head->str, (gssize) head->len, error))
        return FALSE;
      for (guint i = 0; cmp->groups && i < cmp->groups->len; i++)
        if (((const XcGroup *) cmp->groups->pdata[i])->verdict == verdict
            && !xc_report_pipe_render (pipe, render_group, i, error))
          return FALSE;
      if (!xc_report_pipe_text (pipe, "</section>\n", -1, error))
        return FALSE;
    }
  if (!xc_report_pipe_finish (pipe, error))
    return FALSE;
  write_documents (out, cmp);
  g_string_append (out, "</main>\n</body>\n</html>\n");
  return TRUE;
}
