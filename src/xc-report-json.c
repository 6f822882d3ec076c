/* xc-report-json.c - the JSON report (schema: docs/report.md), built with
 * JsonBuilder and written by xc_json_append (src/xc-json.c) so numbers come out short and exact
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-report-private.h"

/* ---------- building ---------- */

static void
add_uint (JsonBuilder *b, const char *name, guint v)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, v);
}

static void
add_bool (JsonBuilder *b, const char *name, gboolean v)
{
  json_builder_set_member_name (b, name);
  json_builder_add_boolean_value (b, v);
}

static void
add_string_or_null (JsonBuilder *b, const char *name, const char *v)
{
  json_builder_set_member_name (b, name);
  if (v)
    json_builder_add_string_value (b, v);
  else
    json_builder_add_null_value (b);
}

static void
add_member (JsonBuilder *b, const XcMember *m)
{
  g_autoptr(JsonBuilder) cb = json_builder_new ();
  xc_claim_to_json (m->claim, cb);
  JsonNode *node = json_builder_get_root (cb);          /* (transfer full) */
  JsonObject *o = json_node_get_object (node);
  json_object_set_boolean_member (o, "outlier", m->outlier);
  json_object_set_int_member (o, "voice", m->voice);
  json_object_set_boolean_member (o, "wire_copy", m->wire_copy);
  json_builder_add_value (b, node);                      /* takes @node */
}

/* Everything but the groups: small, built whole. */
static JsonNode *
build_head (const XcComparison *cmp)
{
  XcReportSummary sum;
  xc_report_summarize (cmp, &sum);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "tool");
  json_builder_add_string_value (b, "crosscheck");
  add_uint (b, "version", XC_REPORT_JSON_VERSION);

  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  add_uint (b, "sources", sum.sources);
  add_uint (b, "documents", sum.documents);
  add_uint (b, "failed_documents", sum.failed);
  add_uint (b, "claims", sum.claims);
  add_uint (b, "groups", sum.groups);
  add_uint (b, "conflicts", sum.conflicts);
  add_uint (b, "agreements", sum.agree);
  add_uint (b, "single_source", sum.single);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint i = 0; cmp->documents && i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      json_builder_begin_object (b);
      add_string_or_null (b, "file", d->file);
      add_string_or_null (b, "source", d->source);
      add_string_or_null (b, "published", d->published);
      add_string_or_null (b, "error", d->error);
      add_uint (b, "claims", d->n_claims);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* One group: built, written and freed on its own, so a run of a million
 * claims never holds its whole JSON tree. */
static JsonNode *
build_group (const XcGroup *g)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string_or_null (b, "id", g->id);
  add_string_or_null (b, "label", g->label);
  add_string_or_null (b, "kind", xc_kind_to_string (g->kind));
  add_string_or_null (b, "verdict", xc_verdict_to_string (g->verdict));
  add_string_or_null (b, "reason", g->reason);
  add_uint (b, "n_sources", g->n_sources);
  add_uint (b, "n_voices", g->n_voices);
  add_bool (b, "outlier_tie", g->outlier_tie);
  add_bool (b, "self_conflict", g->self_conflict);
  add_bool (b, "power_of_ten", g->power_of_ten);
  json_builder_set_member_name (b, "members");
  json_builder_begin_array (b);
  for (guint j = 0; g->members && j < g->members->len; j++)
    add_member (b, g->members->pdata[j]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
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
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JsonNode) group = build_group (cmp->groups->pdata[i]);
      g_string_append (out, "    ");
      xc_json_append_nested (out, group, 2);
      g_string_append (out, i + 1 < n ? ",\n" : "\n");
      if (!xc_report_flush_some (options, out, error))
        return FALSE;
    }
  if (n)
    g_string_append (out, "  ]");
  g_string_append (out, "\n}\n");
  return TRUE;
}
