/* test-report.c - report writers over a hand-built comparison: text, Markdown,
 * JSON (and reading it back byte for byte), HTML; escaping, order, flags, colour
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "xc-report-private.h"

/* ---------- a hand-built comparison ---------- */

static XcClaim *
claim (XcKind kind, const char *file, const char *source, guint line, guint col,
       const char *text, const char *sentence)
{
  XcClaim *c = xc_claim_new (kind);
  c->file = g_strdup (file);
  c->source = g_strdup (source);
  c->line = line;
  c->column = col;
  c->text = g_strdup (text);
  c->sentence = g_strdup (sentence);
  c->length = strlen (text);
  const char *at = sentence ? strstr (sentence, text) : NULL;
  c->sentence_offset = 100 * line;
  c->offset = c->sentence_offset + (at ? (gsize) (at - sentence) : 0);
  return c;
}

static XcClaim *
number (XcKind kind, double v, const char *unit, double lo, double hi, XcClaim *c)
{
  c->value = v;
  c->unit = g_strdup (unit);
  c->interval.lo = lo;
  c->interval.hi = hi;
  c->interval.hi_open = TRUE;
  return c;
}

static XcGroup *
group (XcComparison *cmp, const char *id, const char *label, XcKind kind, XcVerdict verdict,
       const char *reason, guint n_sources, guint n_voices)
{
  XcGroup *g = g_new0 (XcGroup, 1);
  g->id = g_strdup (id);
  g->label = g_strdup (label);
  g->kind = kind;
  g->verdict = verdict;
  g->reason = g_strdup (reason);
  g->members = g_ptr_array_new_with_free_func (g_free);
  g->n_sources = n_sources;
  g->n_voices = n_voices;
  g_ptr_array_add (cmp->groups, g);
  return g;
}

static void
member (XcComparison *cmp, XcGroup *g, XcClaim *c, gboolean outlier, guint voice, gboolean wire)
{
  XcMember *m = g_new0 (XcMember, 1);
  m->claim = xc_comparison_adopt_claim (cmp, c);
  m->outlier = outlier;
  m->voice = voice;
  m->wire_copy = wire;
  g_ptr_array_add (g->members, m);
}

static void
doc (XcComparison *cmp, const char *file, const char *source, const char *published,
     const char *err, guint n)
{
  XcDocInfo *d = g_new0 (XcDocInfo, 1);
  d->file = g_strdup (file);
  d->source = g_strdup (source);
  d->published = g_strdup (published);
  d->error = g_strdup (err);
  d->n_claims = n;
  g_ptr_array_add (cmp->documents, d);
}

static XcComparison *
empty_comparison (void)
{
  XcComparison *cmp = xc_comparison_new ();
  return cmp;
}

#define S_GROWTH_A "Trade between Ostland & Vesmark grew 26.3% in 2023, said <officials> in Zürich."
#define S_GROWTH_B "Trade rose 32 % last year | according to *customs* data."
#define S_GROWTH_C "Trade between Ostland & Vesmark grew 26.3% in 2023, said <officials> in Zürich."
#define S_SHIPS_A  "The fleet now counts 14 frigates, the admiral said."
#define S_SHIPS_B  "Fourteen frigates — and not 140 — are in service."
#define S_VOLUME_A "Bilateral trade reached $240 billion_in 2023."
#define S_VOLUME_B "Turnover came to $240.1 billion, the ministry said."
#define S_DATE     "Le ministre a signé l’accord le 9 avril 2024 à Zürich."

static XcComparison *
sample_comparison (void)
{
  XcComparison *cmp = empty_comparison ();
  doc (cmp, "a.txt", "Northwind Wire", "2024-04-09", NULL, 3);
  doc (cmp, "b.txt", "Harbor Times", NULL, NULL, 3);
  doc (cmp, "c.txt", NULL, NULL, NULL, 1);
  doc (cmp, "d.txt", NULL, NULL, "not valid UTF-8 at byte 12", 0);

  XcGroup *g = group (cmp, "g-growth", "trade · Ostland–Vesmark · 2023 · growth", XC_KIND_PERCENT,
                      XC_VERDICT_CONFLICT, "Harbor Times says 32 %, against 26.3 % from the others.", 3, 2);
  g->self_conflict = TRUE;
  member (cmp, g, number (XC_KIND_PERCENT, 26.3, "%", 26.25, 26.35,
                          claim (XC_KIND_PERCENT, "a.txt", "Northwind Wire", 3, 38, "26.3%", S_GROWTH_A)),
          FALSE, 0, TRUE);
  member (cmp, g, number (XC_KIND_PERCENT, 32, "%", 31.5, 32.5,
                          claim (XC_KIND_PERCENT, "b.txt", "Harbor Times", 5, 12, "32 %", S_GROWTH_B)),
          TRUE, 1, FALSE);
  member (cmp, g, number (XC_KIND_PERCENT, 26.3, "%", 26.25, 26.35,
                          claim (XC_KIND_PERCENT, "c.txt", NULL, 1, 38, "26.3%", S_GROWTH_C)),
          FALSE, 0, TRUE);

  g = group (cmp, "g-ships", "navy · frigates", XC_KIND_COUNT, XC_VERDICT_CONFLICT, NULL, 2, 2);
  g->power_of_ten = TRUE;
  g->outlier_tie = TRUE;
  member (cmp, g, number (XC_KIND_COUNT, 14, "frigate", 13.5, 14.5,
                          claim (XC_KIND_COUNT, "a.txt", "Northwind Wire", 7, 22, "14 frigates", S_SHIPS_A)),
          FALSE, 0, FALSE);
  /* the claim's text is not in the sentence as written: the writers fall back */
  member (cmp, g, number (XC_KIND_COUNT, 140, "frigate", 139.5, 140.5,
                          claim (XC_KIND_COUNT, "b.txt", "Harbor Times", 9, 1, "140 frigates", S_SHIPS_B)),
          FALSE, 1, FALSE);

  g = group (cmp, "g-volume", "trade · Ostland–Vesmark · 2023 · volume", XC_KIND_MONEY,
             XC_VERDICT_AGREE, "Both state about $240 billion.", 2, 2);
  member (cmp, g, number (XC_KIND_MONEY, 240e9, "USD", 239.5e9, 240.5e9,
                          claim (XC_KIND_MONEY, "a.txt", "Northwind Wire", 2, 27, "$240 billion", S_VOLUME_A)),
          FALSE, 0, FALSE);
  member (cmp, g, number (XC_KIND_MONEY, 240.1e9, "USD", 240.05e9, 240.15e9,
                          claim (XC_KIND_MONEY, "b.txt", "Harbor Times", 2, 18, "$240.1 billion", S_VOLUME_B)),
          FALSE, 1, FALSE);

  g = group (cmp, "g-signed", "accord · signed", XC_KIND_DATE, XC_VERDICT_SINGLE, NULL, 1, 1);
  XcClaim *c = claim (XC_KIND_DATE, "b.txt", "Harbor Times", 11, 30, "9 avril 2024", S_DATE);
  c->iso = g_strdup ("2024-04-09");
  GDate first, last;
  ck_assert (xc_iso_date_bounds ("2024-04-09", &first, &last));
  c->interval.lo = xc_date_day_number (&first);
  c->interval.hi = xc_date_day_number (&last);
  member (cmp, g, c, FALSE, 0, FALSE);

  cmp->n_conflicts = 2;
  cmp->n_agree = 1;
  cmp->n_single = 1;
  return cmp;
}

static char *
render (const XcComparison *cmp, const char *format, gboolean color, gboolean all)
{
  XcReportOptions o = { color, all };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  ck_assert_msg (xc_report_write (cmp, format, &o, out, &error), "%s: %s", format,
                 error ? error->message : "?");
  ck_assert_msg (g_utf8_validate (out->str, (gssize) out->len, NULL), "%s: not UTF-8", format);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_has (const char *hay, const char *needle, const char *what)
{
  ck_assert_msg (strstr (hay, needle) != NULL, "%s: '%s' missing in:\n%.2000s", what, needle, hay);
}

static void
assert_lacks (const char *hay, const char *needle, const char *what)
{
  ck_assert_msg (strstr (hay, needle) == NULL, "%s: '%s' should not be in:\n%s", what, needle, hay);
}

static void
assert_before (const char *hay, const char *first, const char *second, const char *what)
{
  const char *a = strstr (hay, first), *b = strstr (hay, second);
  ck_assert_msg (a && b && a < b, "%s: '%s' should come before '%s'", what, first, second);
}

/* ---------- every format: what each must show ---------- */

typedef struct {
  const char *format;
  const char *needle;
} HasCase;

static const HasCase has_cases[] = {
  /* summary */
  { "text", "3 sources, 4 documents (1 failed), 7 claims." },
  { "text", "4 facts: 2 conflicts, 1 agreement, 1 single-source." },
  { "markdown", "| Sources | 3 |" },
  { "markdown", "| Failed documents | 1 |" },
  { "markdown", "| ✗ Conflicts | 2 |" },
  { "html", "<li class=\"hot\"><a href=\"#documents\"><b>4</b>documents, 1 failed</a></li>" },
  { "html", "<li class=\"hot\"><a href=\"#conflict\"><b>2</b>✗ conflicts</a></li>" },
  { "json", "\"failed_documents\": 1" },
  /* failed documents and their errors */
  { "text", "d.txt — FAILED: not valid UTF-8 at byte 12" },
  { "markdown", "✗ **failed:** not valid UTF-8 at byte 12" },
  { "html", "<td data-label=\"Status\"><span class=\"failed\">✗ failed:</span> not valid UTF-8 at byte 12" },
  { "json", "\"error\": \"not valid UTF-8 at byte 12\"" },
  /* labels, verdicts, reasons */
  { "text", "✗ CONFLICT trade · Ostland–Vesmark · 2023 · growth\n" },
  { "text", "  Harbor Times says 32 %, against 26.3 % from the others." },
  { "markdown", "### ✗ Conflict: trade · Ostland–Vesmark · 2023 · growth" },
  { "html", "<span class=\"badge\">✗ Conflict</span>trade · Ostland–Vesmark · 2023 · growth" },
  { "html", "<span class=\"badge\">✓ Agree</span>" },
  { "html", "<summary><span class=\"badge\">○</span>accord · signed" },
  /* no reason given: the verdict's sentence */
  { "text", "The sources disagree: their values cannot all be true." },
  { "html", "The sources disagree: their values cannot all be true." },
  /* members: source, place, value and interval */
  { "text", "Harbor Times — b.txt:5:12 — 32 % (31.5–32.5) — ODD ONE OUT" },
  { "text", "  ▶ Harbor Times" },
  { "text", "c.txt — c.txt:1:38 — 26.3 % (26.25–26.35)" },
  { "markdown", "- **Harbor Times** — b.txt:5:12 — 32 % (31.5–32.5) — ⚠ **odd one out**" },
  { "html", "<div class=\"card outlier\">\n<p class=\"who\">Harbor Times</p>" },
  { "html", "<p class=\"loc\">b.txt:5:12</p>" },
  { "html", "<span class=\"tag odd\">⚠ Odd one out</span>" },
  /* wire copies */
  { "text", "26.3 % (26.25–26.35) — WIRE COPY\n" },
  { "markdown", "_wire copy: the same sentence is carried by another source_" },
  { "html", "⇄ Wire copy</span>" },
  /* flags in words */
  { "text", "! A source contradicts itself" },
  { "text", "! The values differ by a power of ten" },
  { "text", "! No single odd one out" },
  { "markdown", "> ⚠ **Note:** A source contradicts itself" },
  { "markdown", ">\n> ⚠ **Note:** No single odd one out" },
  { "html", "<li>⚠ The values differ by a power of ten" },
  /* the claim in its sentence */
  { "text", "«26.3%»" },
  { "markdown", "  > Trade between Ostland \\& Vesmark grew **26.3%** in 2023" },
  { "html", "grew <mark>26.3%</mark> in 2023" },
  { "html", "<mark>9 avril 2024</mark>" },
  /* not found in its sentence: both shown */
  { "text", "    as written: “140 frigates” in “Fourteen frigates — and not 140 — are in\n     service.”" },
  { "markdown", "  > as written: **140 frigates** in: Fourteen frigates — and not 140 — are in service." },
  { "html", "<p>As written: <mark>140 frigates</mark></p>\n<blockquote>Fourteen frigates" },
  /* escaping of article text */
  { "markdown", "said \\<officials\\> in Zürich" },
  { "markdown", "last year \\| according to \\*customs\\* data" },
  { "markdown", "**$240 billion**\\_in 2023" },
  { "html", "Ostland &amp; Vesmark" },
  { "html", "said &lt;officials&gt; in Zürich" },
  /* UTF-8 kept */
  { "text", "in\n     Zürich.”" },
  { "markdown", "l’accord le **9 avril 2024** à Zürich" },
  { "json", "\"sentence\": \"Le ministre a signé l’accord le 9 avril 2024 à Zürich.\"" },
  { "html", "signé l’accord" },
  /* HTML stands alone and fits a phone */
  { "html", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" },
  { "html", "<meta charset=\"utf-8\">" },
  /* an editor's page: contents and tiles jump, a filter without script,
   * headings outside <summary>, singles one line each, dates in words,
   * dark mode, print */
  { "html", "<nav aria-label=\"Contents\"><ul class=\"toc\">\n<li><a href=\"#conflict\">✗ Conflicts (2)</a></li>" },
  { "html", "<li><a href=\"#single\">○ Single-source facts (1)</a></li>" },
  { "html", "<a href=\"#agree\"><b>1</b>✓ agreement</a>" },
  { "html", "<input type=\"radio\" name=\"show\" id=\"show-conflict\"><label for=\"show-conflict\">" },
  { "html", "body:has(#show-conflict:checked) .v-agree" },
  { "html", "<section class=\"v-conflict\" aria-labelledby=\"conflict\"><h2 id=\"conflict\">" },
  { "html", "<section class=\"v-agree\" aria-labelledby=\"agree\"><h2 id=\"agree\">" },
  { "html", "<details class=\"group single\" id=\"g-" },
  { "html", "<h2 id=\"documents\">Documents (4)</h2>\n<details><summary>" },
  { "html", "<p class=\"who\">Northwind Wire</p>\n<p class=\"doc\">9 April 2024</p>" },
  { "html", "<td class=\"date\" data-label=\"Published\">9 April 2024</td>" },
  { "html", "@media (prefers-color-scheme:dark)" },
  { "html", "<meta name=\"color-scheme\" content=\"light dark\">" },
  { "html", "@media print{" },
  { "html", "@media (max-width:40rem)" },
  /* JSON numbers print short */
  { "json", "\"value\": 26.3," },
  { "json", "\"value\": 240100000000," },
  { "json", "\"lo\": 26.25," },
  { "json", "\"value\": \"2024-04-09\"" },
};

START_TEST (test_report_has)
{
  const HasCase *c = &has_cases[_i];
  g_autoptr(XcComparison) cmp = sample_comparison ();
  g_autofree char *out = render (cmp, c->format, FALSE, FALSE);
  assert_has (out, c->needle, c->format);
}
END_TEST

typedef struct {
  const char *format;
  const char *needle;
} LacksCase;

static const LacksCase lacks_cases[] = {
  /* article text never unescaped */
  { "markdown", "<officials>" },
  { "markdown", "*customs*" },
  { "markdown", "last year |" },
  { "markdown", "Ostland & Vesmark" },
  { "html", "<officials>" },
  { "html", "Ostland & Vesmark" },
  /* HTML: no heading inside a summary (a button); no ISO date shown as is */
  { "html", "<summary><h" },
  { "html", "<details open>" },
  { "html", ">2024-04-09<" },
  /* HTML: nothing from elsewhere, nothing to run */
  { "html", "<script" },
  { "html", "<link" },
  { "html", "src=" },
  { "html", "http://" },
  { "html", "https://" },
  /* JSON: no %.17g noise, no "1e+21.0" */
  { "json", "26.300000000000001" },
  { "json", ".0,\n" },
  /* text: agreements compact by default (no sentence) */
  { "text", "Bilateral trade reached" },
  /* no colour unless asked for */
  { "text", "\033[" },
  { "markdown", "\033[" },
};

START_TEST (test_report_lacks)
{
  const LacksCase *c = &lacks_cases[_i];
  g_autoptr(XcComparison) cmp = sample_comparison ();
  g_autofree char *out = render (cmp, c->format, FALSE, FALSE);
  assert_lacks (out, c->needle, c->format);
}
END_TEST

static const char * const order_formats[] = { "text", "markdown", "json", "html" };

START_TEST (test_report_conflicts_first)
{
  const char *format = order_formats[_i];
  g_autoptr(XcComparison) cmp = sample_comparison ();
  g_autofree char *out = render (cmp, format, FALSE, TRUE);
  /* summary, then the conflicts, then agreements, then single-source facts */
  assert_before (out, "d.txt", "trade · Ostland–Vesmark · 2023 · growth", format);
  assert_before (out, "trade · Ostland–Vesmark · 2023 · growth", "navy · frigates", format);
  assert_before (out, "navy · frigates", "trade · Ostland–Vesmark · 2023 · volume", format);
  assert_before (out, "trade · Ostland–Vesmark · 2023 · volume", "accord · signed", format);
  /* within a group, members keep their order */
  if (g_str_equal (format, "json"))
    assert_before (out, "\"line\": 3,", "\"line\": 5,", format);
  else
    assert_before (out, "a.txt:3:38", "b.txt:5:12", format);
  /* deterministic: the same bytes twice */
  g_autofree char *again = render (cmp, format, FALSE, TRUE);
  ck_assert_str_eq (out, again);
}
END_TEST

START_TEST (test_report_text_compact_and_all)
{
  g_autoptr(XcComparison) cmp = sample_comparison ();
  g_autofree char *brief = render (cmp, "text", FALSE, FALSE);
  /* one line per agreeing/single group, naming the values */
  assert_has (brief, "\n✓ AGREE trade · Ostland–Vesmark · 2023 · volume: 240000000000 USD / 240100000000\n"
                     "    USD — 2 sources\n\n", "compact");
  assert_has (brief, "\n○ SINGLE SOURCE accord · signed: 2024-04-09 — Harbor Times (b.txt:11:30)\n",
              "compact single");
  assert_has (brief, "--all", "hint");
  g_autofree char *all = render (cmp, "text", FALSE, TRUE);
  assert_has (all, "Bilateral trade reached «$240 billion»_in 2023.", "all");
  assert_has (all, "  Both state about $240 billion.", "all");
  assert_lacks (all, "--all", "all");
  /* readable at 80 columns */
  g_auto(GStrv) lines = g_strsplit (all, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    ck_assert_msg (g_utf8_strlen (lines[i], -1) <= 80, "line %u is too long: '%s'", i, lines[i]);
}
END_TEST

START_TEST (test_report_text_color)
{
  g_autoptr(XcComparison) cmp = sample_comparison ();
  g_autofree char *out = render (cmp, "text", TRUE, FALSE);
  assert_has (out, "\033[1;31m✗ CONFLICT\033[0m", "color");
  assert_has (out, "\033[1;4m26.3%\033[0m", "color highlight");
  assert_has (out, "\033[1;33mODD ONE OUT\033[0m", "color outlier");
  assert_lacks (out, "«", "color");
  /* a colour in force at a line break is closed before it and reopened after */
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *last = g_strrstr (lines[i], "\033[");
      ck_assert_msg (last == NULL || g_str_has_prefix (last, "\033[0m"),
                     "line %u leaves colour on: '%s'", i, lines[i]);
    }
}
END_TEST

/* A long sentence wraps within 80 columns, and a highlight across the break stays closed per line. */
START_TEST (test_report_text_wrap)
{
  g_autoptr(XcComparison) cmp = empty_comparison ();
  doc (cmp, "long.txt", "Ledger", NULL, NULL, 1);
  XcGroup *g = group (cmp, "g1", "a · b", XC_KIND_MONEY, XC_VERDICT_CONFLICT, "Why.", 1, 1);
  const char *sentence = "In a long and winding sentence that goes on and on about nothing in "
                         "particular, the authority said that exactly two hundred and forty "
                         "thousand million dollars changed hands over the whole of the year.";
  member (cmp, g, number (XC_KIND_MONEY, 240e9, "USD", 239.5e9, 240.5e9,
                          claim (XC_KIND_MONEY, "long.txt", "Ledger", 1, 1,
                                 "two hundred and forty thousand million dollars", sentence)),
          FALSE, 0, FALSE);
  for (int color = 0; color <= 1; color++)
    {
      g_autofree char *out = render (cmp, "text", color, FALSE);
      g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
      guint n_mark = 0;
      for (guint i = 0; lines[i]; i++)
        {
          /* strip colour before measuring */
          g_autoptr(GRegex) sgr = g_regex_new ("\033\\[[0-9;]*m", 0, 0, NULL);
          g_autofree char *plain = g_regex_replace_literal (sgr, lines[i], -1, 0, "", 0, NULL);
          ck_assert_msg (g_utf8_strlen (plain, -1) <= 80, "too long: '%s'", plain);
          n_mark += strstr (lines[i], "\033[1;4m") != NULL;
        }
      if (color)
        ck_assert_uint_ge (n_mark, 2);   /* reopened on the next line */
    }
}
END_TEST

/* ---------- JSON ---------- */

static JsonObject *
parse_root (JsonParser *p, const char *json)
{
  g_autoptr(GError) error = NULL;
  ck_assert_msg (json_parser_load_from_data (p, json, -1, &error), "%s", error ? error->message : "");
  JsonNode *root = json_parser_get_root (p);
  ck_assert (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

/* JSON containers, as fundamental (constant) types for the tables below */
#define TYPE_OBJECT G_TYPE_POINTER
#define TYPE_ARRAY  G_TYPE_VARIANT

static GType
member_type (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  ck_assert_msg (n != NULL, "'%s' missing", name);
  if (JSON_NODE_HOLDS_NULL (n))
    return G_TYPE_NONE;
  if (JSON_NODE_HOLDS_OBJECT (n))
    return TYPE_OBJECT;
  if (JSON_NODE_HOLDS_ARRAY (n))
    return TYPE_ARRAY;
  return json_node_get_value_type (n);
}

START_TEST (test_report_json_fields)
{
  g_autoptr(XcComparison) cmp = sample_comparison ();
  g_autofree char *json = render (cmp, "json", FALSE, FALSE);
  g_autoptr(JsonParser) p = json_parser_new ();
  JsonObject *top = parse_root (p, json);
  ck_assert_str_eq (json_object_get_string_member (top, "tool"), "crosscheck");
  ck_assert_int_eq (member_type (top, "version"), G_TYPE_INT64);
  ck_assert_int_eq (json_object_get_int_member (top, "version"), 1);
  ck_assert (g_str_has_prefix (json, "{\n  \"tool\": \"crosscheck\",\n  \"version\": 1,\n"));

  static const struct { const char *name; gint64 value; } counts[] = {
    { "sources", 3 }, { "documents", 4 }, { "failed_documents", 1 }, { "claims", 7 },
    { "groups", 4 }, { "conflicts", 2 }, { "agreements", 1 }, { "single_source", 1 },
  };
  JsonObject *sum = json_object_get_object_member (top, "summary");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    ck_assert_msg (json_object_get_int_member (sum, counts[i].name) == counts[i].value,
                   "summary.%s", counts[i].name);

  JsonArray *docs = json_object_get_array_member (top, "documents");
  ck_assert_uint_eq (json_array_get_length (docs), 4);
  JsonObject *d0 = json_array_get_object_element (docs, 0), *d3 = json_array_get_object_element (docs, 3);
  ck_assert_str_eq (json_object_get_string_member (d0, "source"), "Northwind Wire");
  ck_assert_str_eq (json_object_get_string_member (d0, "published"), "2024-04-09");
  ck_assert_int_eq (member_type (d0, "error"), G_TYPE_NONE);
  ck_assert_int_eq (json_object_get_int_member (d0, "claims"), 3);
  ck_assert_int_eq (member_type (d3, "source"), G_TYPE_NONE);
  ck_assert_str_eq (json_object_get_string_member (d3, "error"), "not valid UTF-8 at byte 12");

  JsonArray *groups = json_object_get_array_member (top, "groups");
  ck_assert_uint_eq (json_array_get_length (groups), 4);
  static const char * const verdicts[] = { "conflict", "conflict", "agree", "single" };
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *g = json_array_get_object_element (groups, i);
      ck_assert_str_eq (json_object_get_string_member (g, "verdict"), verdicts[i]);
      static const struct { const char *name; GType type; } fields[] = {
        { "id", G_TYPE_STRING }, { "label", G_TYPE_STRING }, { "kind", G_TYPE_STRING },
        { "n_sources", G_TYPE_INT64 }, { "n_voices", G_TYPE_INT64 },
        { "outlier_tie", G_TYPE_BOOLEAN }, { "self_conflict", G_TYPE_BOOLEAN },
        { "power_of_ten", G_TYPE_BOOLEAN },
      };
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        ck_assert_msg (member_type (g, fields[f].name) == fields[f].type, "group %u: %s", i, fields[f].name);
      JsonArray *members = json_object_get_array_member (g, "members");
      for (guint j = 0; j < json_array_get_length (members); j++)
        {
          JsonObject *m = json_array_get_object_element (members, j);
          static const struct { const char *name; GType type; } mf[] = {
            { "file", G_TYPE_STRING }, { "line", G_TYPE_INT64 }, { "column", G_TYPE_INT64 },
            { "text", G_TYPE_STRING }, { "sentence", G_TYPE_STRING }, { "interval", TYPE_OBJECT },
            { "outlier", G_TYPE_BOOLEAN }, { "wire_copy", G_TYPE_BOOLEAN }, { "voice", G_TYPE_INT64 },
          };
          for (guint f = 0; f < G_N_ELEMENTS (mf); f++)
            ck_assert_msg (member_type (m, mf[f].name) == mf[f].type, "group %u member %u: %s",
                           i, j, mf[f].name);
        }
    }
  JsonObject *g0 = json_array_get_object_element (groups, 0);
  ck_assert_str_eq (json_object_get_string_member (g0, "id"), "g-growth");
  ck_assert_str_eq (json_object_get_string_member (g0, "kind"), "percent");
  ck_assert (json_object_get_boolean_member (g0, "self_conflict"));
  ck_assert (!json_object_get_boolean_member (g0, "power_of_ten"));
  JsonArray *m0 = json_object_get_array_member (g0, "members");
  JsonObject *a = json_array_get_object_element (m0, 0), *b = json_array_get_object_element (m0, 1);
  ck_assert (json_object_get_double_member (a, "value") == 26.3);
  ck_assert (!json_object_get_boolean_member (a, "outlier"));
  ck_assert (json_object_get_boolean_member (a, "wire_copy"));
  ck_assert (json_object_get_boolean_member (b, "outlier"));
  ck_assert_str_eq (json_object_get_string_member (b, "source"), "Harbor Times");
  ck_assert_int_eq (json_object_get_int_member (b, "line"), 5);
  ck_assert_int_eq (json_object_get_int_member (b, "column"), 12);
  ck_assert_str_eq (json_object_get_string_member (b, "sentence"), S_GROWTH_B);
  JsonObject *iv = json_object_get_object_member (b, "interval");
  ck_assert (json_object_get_double_member (iv, "lo") == 31.5);
  ck_assert (json_object_get_double_member (iv, "hi") == 32.5);
  JsonObject *g3 = json_array_get_object_element (groups, 3);
  JsonObject *date = json_array_get_object_element (json_object_get_array_member (g3, "members"), 0);
  ck_assert_str_eq (json_object_get_string_member (date, "value"), "2024-04-09");
  ck_assert_int_eq (member_type (g3, "reason"), G_TYPE_NONE);
}
END_TEST

/* Awkward doubles print as the shortest text that reads back as the same double. */
START_TEST (test_report_json_numbers)
{
  static const double values[] = { 26.3, 0.1 + 0.2, 1e21, 1.5e-7, -0.0, 240e9, 2.0 / 3, 1e300 };
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(XcComparison) cmp = empty_comparison ();
      XcGroup *g = group (cmp, "g", "x", XC_KIND_COUNT, XC_VERDICT_SINGLE, NULL, 1, 1);
      member (cmp, g, number (XC_KIND_COUNT, values[i], NULL, -INFINITY, INFINITY,
                              claim (XC_KIND_COUNT, "f", NULL, 1, 1, "x", "x")), FALSE, 0, FALSE);
      g_autofree char *json = render (cmp, "json", FALSE, FALSE);
      g_autoptr(JsonParser) p = json_parser_new ();
      JsonObject *top = parse_root (p, json);
      JsonObject *m = json_array_get_object_element (json_object_get_array_member (
          json_array_get_object_element (json_object_get_array_member (top, "groups"), 0), "members"), 0);
      ck_assert_msg (json_object_get_double_member (m, "value") == values[i], "%.17g", values[i]);
      JsonObject *iv = json_object_get_object_member (m, "interval");
      ck_assert_int_eq (member_type (iv, "lo"), G_TYPE_NONE);   /* unbounded: null */
    }
}
END_TEST

/* A claim's JSON written straight to text (extract's streaming writer) is the
 * text of its json-glib tree, byte for byte: every claim of the extraction
 * tables (all kinds, ranges, dates, unresolved values), then awkward numbers. */
START_TEST (test_report_json_claim_streamed)
{
  g_autofree char *dir = xc_test_fixture_path ("extract");
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  ck_assert_ptr_nonnull (d);
  guint n = 0;
  for (const char *name; (name = g_dir_read_name (d)) != NULL;)
    {
      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      ck_assert (g_file_get_contents (path, &text, NULL, NULL));
      g_autoptr(GPtrArray) claims = xc_test_extract (text, "2024-04-10");
      for (guint i = 0; i < claims->len; i++, n++)
        {
          XcClaim *c = claims->pdata[i];
          static const double odd[] = { -0.0, 1e21, 1e15, 999999999999999.0, -42, 0.1 + 0.2, 1.5e-7 };
          if (i < G_N_ELEMENTS (odd))
            c->value = odd[i];
          g_autoptr(JsonBuilder) b = json_builder_new ();
          xc_claim_to_json (c, b);
          g_autoptr(JsonNode) root = json_builder_get_root (b);
          g_autoptr(GString) tree = g_string_new (NULL), direct = g_string_new (NULL);
          xc_json_append (tree, root, FALSE);
          xc_claim_append_json (c, direct);
          ck_assert_str_eq (direct->str, tree->str);
        }
    }
  ck_assert_uint_gt (n, 200);
}
END_TEST

static const char * const round_trip_cases[] = { "sample", "empty" };

START_TEST (test_report_json_round_trip)
{
  g_autoptr(XcComparison) cmp = _i == 0 ? sample_comparison () : empty_comparison ();
  g_autofree char *first = render (cmp, "json", FALSE, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcComparison) back = xc_report_read_json (first, -1, &error);
  ck_assert_msg (back != NULL, "%s: %s", round_trip_cases[_i], error ? error->message : "");
  g_autofree char *second = render (back, "json", FALSE, FALSE);
  ck_assert_str_eq (first, second);
  ck_assert_uint_eq (back->groups->len, cmp->groups->len);
  ck_assert_uint_eq (back->documents->len, cmp->documents->len);
  ck_assert_uint_eq (back->n_conflicts, _i == 0 ? 2 : 0);
  if (_i == 0)
    {
      const XcGroup *g = back->groups->pdata[0];
      ck_assert_str_eq (g->id, "g-growth");
      ck_assert_str_eq (g->label, "trade · Ostland–Vesmark · 2023 · growth");
      ck_assert_int_eq (g->verdict, XC_VERDICT_CONFLICT);
      ck_assert (g->self_conflict);
      ck_assert_uint_eq (g->members->len, 3);
      const XcMember *m = g->members->pdata[1];
      ck_assert (m->outlier);
      ck_assert_uint_eq (m->voice, 1);
      ck_assert (g_ptr_array_find (back->claims, m->claim, NULL));   /* owned by the comparison */
      ck_assert_str_eq (m->claim->text, "32 %");
      const XcDocInfo *d = back->documents->pdata[3];
      ck_assert_str_eq (d->error, "not valid UTF-8 at byte 12");
      /* the other formats render the same from what was read back */
      for (guint f = 0; f < G_N_ELEMENTS (order_formats); f++)
        {
          if (g_str_equal (order_formats[f], "json"))
            continue;
          g_autofree char *x = render (cmp, order_formats[f], FALSE, TRUE);
          g_autofree char *y = render (back, order_formats[f], FALSE, TRUE);
          ck_assert_str_eq (x, y);
        }
    }
}
END_TEST

typedef struct {
  const char *json;
  const char *message;   /* part of the error */
} BadCase;

#define HEAD "{\"tool\":\"crosscheck\",\"version\":1,"
#define DOC  "\"documents\":[{\"file\":\"a.txt\",\"claims\":1}],"
#define GRP(members) "\"groups\":[{\"id\":\"g1\",\"label\":\"x\",\"kind\":\"count\",\"verdict\":\"single\"," \
                     "\"members\":" members "}]}"

static const BadCase bad_cases[] = {
  { "", "report: empty input" },
  { "{\"tool\":", "report: not valid JSON" },
  { "[]", "report: the top level is not an object" },
  { "{}", "report: 'tool' is not \"crosscheck\"" },
  { "{\"tool\":\"other\",\"version\":1}", "'tool' is not \"crosscheck\"" },
  { "{\"tool\":\"crosscheck\",\"version\":2,\"documents\":[],\"groups\":[]}", "unsupported 'version'" },
  { "{\"tool\":\"crosscheck\",\"version\":\"1\",\"documents\":[],\"groups\":[]}", "unsupported 'version'" },
  { HEAD "\"groups\":[]}", "report: 'documents' is not an array" },
  { HEAD "\"documents\":[],\"groups\":{}}", "report: 'groups' is not an array" },
  { HEAD "\"documents\":[3],\"groups\":[]}", "report: document 1 is not an object" },
  { HEAD "\"documents\":[{\"source\":\"x\"}],\"groups\":[]}", "report: document 1 has no 'file'" },
  { HEAD "\"documents\":[{\"file\":\"a\",\"claims\":\"two\"}],\"groups\":[]}", "document 1: 'claims' has the wrong type" },
  { HEAD DOC "\"groups\":[1]}", "report: group 1 is not an object" },
  { HEAD DOC "\"groups\":[{\"label\":\"x\"}]}", "report: group 1 has no 'id'" },
  { HEAD DOC "\"groups\":[{\"id\":\"g\",\"kind\":\"count\",\"verdict\":\"maybe\",\"members\":[]}]}",
    "group 1 ('g') has no known 'verdict' ('maybe')" },
  { HEAD DOC "\"groups\":[{\"id\":\"g\",\"kind\":\"apples\",\"verdict\":\"agree\",\"members\":[]}]}",
    "group 1 ('g') has no known 'kind' ('apples')" },
  { HEAD DOC "\"groups\":[{\"id\":\"g\",\"kind\":\"count\",\"verdict\":\"agree\",\"n_voices\":-1,\"members\":[]}]}",
    "group 1: 'n_voices' has the wrong type" },
  { HEAD DOC GRP ("null"), "group 1 ('g1'): 'members' is not an array" },
  { HEAD DOC GRP ("[\"x\"]"), "group 1 member 1 is not an object" },
  { HEAD DOC GRP ("[{\"file\":\"a.txt\"}]"), "group 1 member 1: claim has no known 'kind'" },
  { HEAD DOC GRP ("[{\"kind\":\"count\",\"outlier\":\"yes\"}]"), "group 1 member 1: 'outlier' has the wrong type" },
};

START_TEST (test_report_json_read_errors)
{
  const BadCase *c = &bad_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(XcComparison) cmp = xc_report_read_json (c->json, -1, &error);
  ck_assert_msg (cmp == NULL, "'%s' was accepted", c->json);
  ck_assert (g_error_matches (error, XC_ERROR, XC_ERROR_FORMAT));
  ck_assert_msg (strstr (error->message, c->message) != NULL, "'%s': got '%s', expected '%s'",
                 c->json, error->message, c->message);
}
END_TEST

START_TEST (test_report_json_read_minimal)
{
  /* optional members may be left out; the reader fills defaults */
  g_autoptr(GError) error = NULL;
  g_autoptr(XcComparison) cmp = xc_report_read_json (
      HEAD DOC GRP ("[{\"kind\":\"count\",\"file\":\"a.txt\",\"value\":3,\"text\":\"three\"}]"), -1, &error);
  ck_assert_msg (cmp != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (cmp->groups->len, 1);
  ck_assert_uint_eq (cmp->claims->len, 1);
  ck_assert_uint_eq (cmp->n_single, 1);
  const XcGroup *g = cmp->groups->pdata[0];
  const XcMember *m = g->members->pdata[0];
  ck_assert (m->claim->value == 3);
  ck_assert (!m->outlier && !m->wire_copy);
  ck_assert_ptr_null (g->reason);
}
END_TEST

/* ---------- empty and odd comparisons ---------- */

START_TEST (test_report_empty)
{
  const char *format = order_formats[_i];
  g_autoptr(XcComparison) cmp = empty_comparison ();
  g_autofree char *out = render (cmp, format, FALSE, FALSE);
  ck_assert (out[0] != '\0');
  if (g_str_equal (format, "json"))
    {
      assert_has (out, "\"documents\": [],\n  \"groups\": []\n}\n", format);
      assert_has (out, "\"conflicts\": 0", format);
    }
  else if (g_str_equal (format, "html"))
    {
      assert_has (out, "No conflicts", format);
      assert_has (out, "</html>\n", format);
    }
  else
    {
      assert_has (out, "No facts to compare.", format);
      assert_has (out, "0", format);
    }
}
END_TEST

START_TEST (test_report_unknown_format)
{
  g_autoptr(XcComparison) cmp = empty_comparison ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  ck_assert (!xc_report_write (cmp, "pdf", NULL, out, &error));
  ck_assert (g_error_matches (error, XC_ERROR, XC_ERROR_USAGE));
  assert_has (error->message, "'pdf'", "error");
  const char * const *formats = xc_report_formats ();
  ck_assert_uint_eq (g_strv_length ((char **) formats), 4);
  for (guint i = 0; i < G_N_ELEMENTS (order_formats); i++)
    ck_assert (g_strv_contains (formats, order_formats[i]));
}
END_TEST

/* Dates and durations in words in the HTML report; near misses stay. */
START_TEST (test_report_html_words)
{
  static const struct { const char *in, *out; } rows[] = {
    { "P2D", "2 days" },
    { "P1D (P1D–P3D)", "1 day (1 day–3 days)" },
    { "P1Y6M", "1 year 6 months" },
    { "PT3H30M", "3 hours 30 minutes" },
    { "P2W", "2 weeks" },
    { "P1DT12H", "1 day 12 hours" },
    { "2025-03-11", "11 March 2025" },
    { "2025-03", "March 2025" },
    { "2024-05-01–2024-05-31", "1 May 2024–31 May 2024" },
    { "up 2025-03-11, a<b", "up 11 March 2025, a&lt;b" },
    /* near misses */
    { "PDF", "PDF" },
    { "P2", "P2" },
    { "P2DX", "P2DX" },
    { "APP2D", "APP2D" },
    { "P2M1Y", "P2M1Y" },
    { "2025-13", "2025-13" },
    { "12025-03-11", "12025-03-11" },
    { "2025-03-1", "2025-03-1" },
    { "2025", "2025" },
    { "id 049ecfad10", "id 049ecfad10" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      xc_report_append_html_words (out, rows[i].in);
      ck_assert_msg (g_str_equal (out->str, rows[i].out), "'%s' -> '%s', wanted '%s'", rows[i].in, out->str,
                     rows[i].out);
    }
}
END_TEST

/* The headline a document has is shown beside its outlet and date. */
START_TEST (test_report_html_headline)
{
  g_autoptr(XcComparison) cmp = sample_comparison ();
  xc_comparison_set_document_title (cmp, "a.txt", "Trade <hits> a record");
  g_autofree char *out = render (cmp, "html", FALSE, FALSE);
  assert_has (out, "<p class=\"doc\">9 April 2024 · <cite>Trade &lt;hits&gt; a record</cite></p>", "html");
  assert_has (out, "<td data-label=\"Headline\">Trade &lt;hits&gt; a record</td>", "html");
}
END_TEST

/* ---------- helpers ---------- */

typedef struct {
  const char *text;
  const char *sentence;
  gsize       offset;           /* claim offset - sentence offset */
  gboolean    found;
  gsize       start;
  gsize       end;
} FindCase;

static const FindCase find_cases[] = {
  { "26.3%", "It grew 26.3% in 2023.", 8, TRUE, 8, 13 },
  { "26.3%", "It grew 26.3% in 2023.", 0, TRUE, 8, 13 },
  /* the nearest of two occurrences */
  { "5%", "Up 5% then 5% again.", 11, TRUE, 11, 13 },
  { "5%", "Up 5% then 5% again.", 3, TRUE, 3, 5 },
  /* white space folded in the claim's text as in the sentence */
  { "240\n  billion", "About 240 billion dollars.", 6, TRUE, 6, 17 },
  /* case differs: still found */
  { "Two Hundred", "Some two hundred people.", 5, TRUE, 5, 16 },
  /* near misses */
  { "140 frigates", "Fourteen frigates — and not 140 — are here.", 0, FALSE, 0, 0 },
  { "", "Anything.", 0, FALSE, 0, 0 },
  { "longer than the sentence", "Short.", 0, FALSE, 0, 0 },
};

START_TEST (test_report_find_claim)
{
  const FindCase *c = &find_cases[_i];
  g_autoptr(XcClaim) cl = xc_claim_new (XC_KIND_COUNT);
  cl->text = g_strdup (c->text);
  cl->sentence = g_strdup (c->sentence);
  cl->sentence_offset = 1000;
  cl->offset = 1000 + c->offset;
  gsize s = 0, e = 0;
  gboolean found = xc_report_find_claim (cl, &s, &e);
  ck_assert_msg (found == c->found, "'%s' in '%s': found=%d", c->text, c->sentence, found);
  if (found)
    {
      ck_assert_uint_eq (s, c->start);
      ck_assert_uint_eq (e, c->end);
    }
}
END_TEST

typedef struct {
  const char *in;
  const char *md;
  const char *html;
} EscapeCase;

static const EscapeCase escape_cases[] = {
  { "a < b & c > d", "a \\< b \\& c \\> d", "a &lt; b &amp; c &gt; d" },
  { "*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`", "*bold* _it_ `code`" },
  { "a | b", "a \\| b", "a | b" },
  { "[link](x)", "\\[link\\](x)", "[link](x)" },
  { "\"q\" 'r'", "\"q\" 'r'", "&quot;q&quot; &#39;r&#39;" },
  { "- item", "\\- item", "- item" },
  { "# head", "\\# head", "# head" },
  { "2023. Year", "2023\\. Year", "2023. Year" },
  { "grew 2.5% in 2023.", "grew 2.5% in 2023.", "grew 2.5% in 2023." },
  { "a-b 3-4", "a-b 3-4", "a-b 3-4" },
  { "back\\slash ~x~", "back\\\\slash \\~x\\~", "back\\slash ~x~" },
  { "line\nbreak\ttab", "line break tab", "line break tab" },
  { "Zürich — «x»", "Zürich — «x»", "Zürich — «x»" },
};

START_TEST (test_report_escape)
{
  const EscapeCase *c = &escape_cases[_i];
  g_autoptr(GString) md = g_string_new (NULL), html = g_string_new (NULL);
  xc_report_append_markdown (md, c->in, -1);
  xc_report_append_html (html, c->in, -1);
  ck_assert_str_eq (md->str, c->md);
  ck_assert_str_eq (html->str, c->html);
}
END_TEST

/* Markdown: bold where "**" works, <b> where it would stay literal. */
typedef struct {
  const char *text;
  const char *sentence;
  const char *quoted;
} BoldCase;

static const BoldCase bold_cases[] = {
  { "$240bn", "It cost $240bn in all.", "  > It cost **$240bn** in all.\n" },
  { "$240bn", "It cost US$240bn in all.", "  > It cost US<b>$240bn</b> in all.\n" },
  { "26.3%", "Up 26.3%.", "  > Up **26.3%**.\n" },
  { "26.3%", "Up 26.3%x.", "  > Up <b>26.3%</b>x.\n" },
  { "5", "Five is 5", "  > Five is **5**\n" },
  { "(5)", "Count(5) here", "  > Count<b>(5)</b> here\n" },
};

START_TEST (test_report_markdown_bold)
{
  const BoldCase *b = &bold_cases[_i];
  g_autoptr(XcComparison) cmp = empty_comparison ();
  XcGroup *g = group (cmp, "g", "x", XC_KIND_COUNT, XC_VERDICT_SINGLE, NULL, 1, 1);
  member (cmp, g, claim (XC_KIND_COUNT, "f.txt", NULL, 1, 1, b->text, b->sentence), FALSE, 0, FALSE);
  g_autofree char *out = render (cmp, "markdown", FALSE, FALSE);
  assert_has (out, b->quoted, b->sentence);
}
END_TEST

/* Control characters in article text never reach a terminal or a page; JSON escapes them. */
START_TEST (test_report_control_chars)
{
  g_autoptr(XcComparison) cmp = empty_comparison ();
  doc (cmp, "x\033[31m.txt", "Evil\aWire", NULL, "bad\033[2J", 1);
  XcGroup *g = group (cmp, "g\033", "lab\033[1mel", XC_KIND_COUNT, XC_VERDICT_SINGLE, "re\033ason", 1, 1);
  member (cmp, g, number (XC_KIND_COUNT, 5, NULL, 4.5, 5.5,
                          claim (XC_KIND_COUNT, "x\033[31m.txt", "Evil\aWire", 1, 1, "5",
                                 "We saw 5\033[2J ships\b.")), FALSE, 0, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (order_formats); i++)
    for (int all = 0; all <= 1; all++)
      {
        g_autofree char *out = render (cmp, order_formats[i], FALSE, all);
        assert_lacks (out, "\033", order_formats[i]);
        assert_lacks (out, "\a", order_formats[i]);
        assert_lacks (out, "\b", order_formats[i]);
        if (g_str_equal (order_formats[i], "json"))
          assert_has (out, "\"We saw 5\\u001b[2J ships\\b.\"", "json");
      }
  g_autofree char *color = render (cmp, "text", TRUE, TRUE);
  assert_lacks (color, "\033[2J", "color");
  assert_lacks (color, "\033[31m", "color");
}
END_TEST

/* XC_REPORT_DUMP=DIR writes the sample in every format to DIR/sample.<format>,
 * to look at the reports by eye (and render the HTML in a browser). */
/* A report larger than the flush size is handed on in pieces: every piece
 * but the last holds at least XC_REPORT_FLUSH_BYTES, the pieces joined equal
 * the report written whole, and a flush that fails stops the writer. */
static gboolean
collect_piece (GString *out, gpointer user_data, GError **error)
{
  GPtrArray *pieces = user_data;
  g_ptr_array_add (pieces, g_strndup (out->str, out->len));
  g_string_truncate (out, 0);
  return TRUE;
}

static gboolean
refuse_piece (GString *out, gpointer user_data, GError **error)
{
  guint *calls = user_data;
  (*calls)++;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "disk full");
  return FALSE;
}

static XcComparison *
large_comparison (void)
{
  XcComparison *cmp = empty_comparison ();
  doc (cmp, "a.txt", "Northwind Wire", "2024-04-09", NULL, 3000);
  doc (cmp, "b.txt", "Harbor Times", NULL, NULL, 3000);
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("g-%05u", i);
      XcGroup *g = group (cmp, id, "trade · Ostland–Vesmark · 2023 · growth", XC_KIND_PERCENT,
                          i % 3 ? XC_VERDICT_AGREE : XC_VERDICT_CONFLICT, "Two figures.", 2, 2);
      member (cmp, g, number (XC_KIND_PERCENT, 26.3, "%", 26.25, 26.35,
                              claim (XC_KIND_PERCENT, "a.txt", "Northwind Wire", 3 + i, 38, "26.3%", S_GROWTH_A)),
              FALSE, 0, FALSE);
      member (cmp, g, number (XC_KIND_PERCENT, i % 3 ? 26.3 : 32, "%", 26.25, 32.5,
                              claim (XC_KIND_PERCENT, "b.txt", "Harbor Times", 5 + i, 12, "32 %", S_GROWTH_B)),
              i % 3 == 0, 1, FALSE);
    }
  return cmp;
}

/* Loops 0-3: one thread; 4-7: three (groups rendered by a pipe's threads), the
 * same pieces joined and the same stop at the first refused one. */
START_TEST (test_report_flush_pieces)
{
  const char *format = order_formats[_i % G_N_ELEMENTS (order_formats)];
  guint jobs = _i < (int) G_N_ELEMENTS (order_formats) ? 1 : 3;
  g_autoptr(XcComparison) cmp = large_comparison ();
  g_autofree char *whole = render (cmp, format, FALSE, TRUE);
  ck_assert_uint_gt (strlen (whole), XC_REPORT_FLUSH_BYTES);

  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  XcReportOptions o = { FALSE, TRUE, collect_piece, pieces, jobs };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  ck_assert_msg (xc_report_write (cmp, format, &o, out, &error), "%s", error ? error->message : "?");
  ck_assert_msg (pieces->len >= 1, "%s: a %zu-byte report was never flushed", format, strlen (whole));
  g_autoptr(GString) joined = g_string_new (NULL);
  for (guint i = 0; i < pieces->len; i++)
    {
      ck_assert_uint_ge (strlen (pieces->pdata[i]), XC_REPORT_FLUSH_BYTES);
      g_string_append (joined, pieces->pdata[i]);
    }
  g_string_append_len (joined, out->str, (gssize) out->len);
  ck_assert_msg (strcmp (joined->str, whole) == 0, "%s: the pieces differ from the whole report", format);

  guint calls = 0;
  XcReportOptions bad = { FALSE, TRUE, refuse_piece, &calls, jobs };
  g_autoptr(GString) out2 = g_string_new (NULL);
  g_autoptr(GError) error2 = NULL;
  ck_assert (!xc_report_write (cmp, format, &bad, out2, &error2));
  ck_assert (g_error_matches (error2, G_FILE_ERROR, G_FILE_ERROR_NOSPC));
  ck_assert_uint_eq (calls, 1);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = tcase_create ("formats");
  tcase_add_loop_test (tc, test_report_has, 0, G_N_ELEMENTS (has_cases));
  tcase_add_loop_test (tc, test_report_lacks, 0, G_N_ELEMENTS (lacks_cases));
  tcase_add_loop_test (tc, test_report_conflicts_first, 0, G_N_ELEMENTS (order_formats));
  tcase_add_loop_test (tc, test_report_empty, 0, G_N_ELEMENTS (order_formats));
  tcase_add_test (tc, test_report_text_compact_and_all);
  tcase_add_test (tc, test_report_text_color);
  tcase_add_test (tc, test_report_text_wrap);
  tcase_add_test (tc, test_report_unknown_format);
  tcase_add_test (tc, test_report_html_words);
  tcase_add_test (tc, test_report_html_headline);
  tcase_add_test (tc, test_report_control_chars);
  tcase_add_loop_test (tc, test_report_markdown_bold, 0, G_N_ELEMENTS (bold_cases));
  tcase_add_loop_test (tc, test_report_flush_pieces, 0, 2 * G_N_ELEMENTS (order_formats));
  suite_add_tcase (s, tc);

  tc = tcase_create ("json");
  tcase_add_test (tc, test_report_json_fields);
  tcase_add_test (tc, test_report_json_numbers);
  tcase_add_test (tc, test_report_json_claim_streamed);
  tcase_add_loop_test (tc, test_report_json_round_trip, 0, G_N_ELEMENTS (round_trip_cases));
  tcase_add_loop_test (tc, test_report_json_read_errors, 0, G_N_ELEMENTS (bad_cases));
  tcase_add_test (tc, test_report_json_read_minimal);
  suite_add_tcase (s, tc);

  tc = tcase_create ("helpers");
  tcase_add_loop_test (tc, test_report_find_claim, 0, G_N_ELEMENTS (find_cases));
  tcase_add_loop_test (tc, test_report_escape, 0, G_N_ELEMENTS (escape_cases));
  suite_add_tcase (s, tc);
  return s;
}
