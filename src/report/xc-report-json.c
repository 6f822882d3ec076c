/* xc-report-json.c - the JSON report (schema: docs/report.md), built with
 * JsonBuilder and written by xc_json_append (src/xc-json.c) so numbers come out short and exact
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-report-private.h"

/* ---------- building ---------- */

/* Everything but the groups: small, built whole. */
static JsonNode *
build_head (const XcComparison *cmp)
{
  XcReportSummary sum;
  xc_report_summarize (cmp, &sum);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  xc_json_add_string (b, "tool", "crosscheck");
  xc_json_add_int (b, "version", XC_REPORT_JSON_VERSION);

  xc_json_begin_object_member (b, "summary");
  xc_json_add_int (b, "sources", sum.sources);
  xc_json_add_int (b, "documents", sum.documents);
  xc_json_add_int (b, "failed_documents", sum.failed);
  xc_json_add_int (b, "claims", sum.claims);
  xc_json_add_int (b, "groups", sum.groups);
  xc_json_add_int (b, "conflicts", sum.conflicts);
  xc_json_add_int (b, "agreements", sum.agree);
  xc_json_add_int (b, "single_source", sum.single);
  if (sum.updated)
    xc_json_add_int (b, "updated", sum.updated);
  if (cmp->n_stories > 1)
    xc_json_add_int (b, "stories", cmp->n_stories);
  json_builder_end_object (b);

  xc_json_begin_array_member (b, "documents");
  for (guint i = 0; cmp->documents && i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      json_builder_begin_object (b);
      xc_json_add_string (b, "file", d->file);
      xc_json_add_string (b, "source", d->source);
      xc_json_add_string (b, "published", d->published);
      xc_json_add_string (b, "error", d->error);
      xc_json_add_int (b, "claims", d->n_claims);
      if (cmp->n_stories > 1)
        xc_json_add_string (b, "story", d->story);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* One group, written straight into @out through a pretty sink: a run of a
 * million claims never builds a JSON tree (the same bytes as the tree would give). */
static void
write_group (GString *out, const XcGroup *g, gboolean stories)
{
  XcPrettySink p;
  xc_pretty_sink_init (&p, out, 2);
  XcJsonSink *s = &p.sink;
  s->begin_object (s);
  const struct { const char *name; const char *value; } strings[] = {
    { "id", g->id }, { "label", g->label }, { "kind", xc_kind_to_string (g->kind) },
    { "verdict", xc_verdict_to_string (g->verdict) }, { "reason", g->reason },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      s->key (s, strings[i].name);
      s->string (s, strings[i].value);
      if (i == 0 && stories)
        {
          s->key (s, "story");
          s->string (s, g->story);
        }
    }
  s->key (s, "n_sources");
  s->integer (s, g->n_sources);
  s->key (s, "n_voices");
  s->integer (s, g->n_voices);
  s->key (s, "outlier_tie");
  s->boolean (s, g->outlier_tie);
  s->key (s, "self_conflict");
  s->boolean (s, g->self_conflict);
  s->key (s, "power_of_ten");
  s->boolean (s, g->power_of_ten);
  s->key (s, "members");
  s->begin_array (s);
  for (guint j = 0; g->members && j < g->members->len; j++)
    {
      const XcMember *m = g->members->pdata[j];
      s->begin_object (s);
      xc_claim_emit_members (m->claim, s);
      s->key (s, "outlier");
      s->boolean (s, m->outlier);
      s->key (s, "voice");
      s->integer (s, m->voice);
      s->key (s, "wire_copy");
      s->boolean (s, m->wire_copy);
      if (g->verdict == XC_VERDICT_UPDATED)
        {
          s->key (s, "later");
          s->boolean (s, m->later);
        }
      s->end_object (s);
    }
  s->end_array (s);
  s->end_object (s);
}

/* Group @index of the report, its indent and what follows it (a pipe's piece). */
static void
render_group (GString *out, guint index, gpointer data)
{
  const XcComparison *cmp = data;
  g_string_append (out, "    ");
  write_group (out, cmp->groups->pdata[index], cmp->n_stories > 1);
  g_string_append (out, index + 1 < cmp->groups->len ? ",\n" : "\n");
}

gboolean
xc_report_write_json (const XcComparison *cmp, const XcReportOptions *options,
                      GString *out, GError **error)
{
  /* the same bytes xc_json_append (out, whole, TRUE) would write */
  g_autoptr(JsonNode) head = build_head (cmp);
  JsonObject *o = json_node_get_object (head);
  g_autoptr(GList) names = json_object_get_members (o);
  g_string_append (out, "{\n");
  for (GList *l = names; l; l = l->next)
    {
      xc_json_append_key (out, l->data, 1);
      xc_json_append_nested (out, json_object_get_member (o, l->data), 1);
      g_string_append (out, ",\n");
    }
  xc_json_append_key (out, "groups", 1);
  guint n = cmp->groups ? cmp->groups->len : 0;
  g_string_append (out, n ? "[\n" : "[]");
  g_autoptr(XcReportPipe) pipe = xc_report_pipe_new (options, (gpointer) cmp, out);
  for (guint i = 0; i < n; i++)
    if (!xc_report_pipe_render (pipe, render_group, i, error))
      return FALSE;
  if (!xc_report_pipe_finish (pipe, error))
    return FALSE;
  if (n)
    g_string_append (out, "  ]");
  g_string_append (out, "\n}\n");
  return TRUE;
}
