/* xc-report-json.c - the JSON report (schema: docs/report.md), built with
 * JsonBuilder and written by a small printer of our own so numbers come out short and exact
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

static JsonNode *
build_report (const XcComparison *cmp)
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

  json_builder_set_member_name (b, "groups");
  json_builder_begin_array (b);
  for (guint i = 0; cmp->groups && i < cmp->groups->len; i++)
    {
      const XcGroup *g = cmp->groups->pdata[i];
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
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* ---------- printing ---------- */

/* The shortest decimal that reads back as the same double: 26.3, not
 * 26.300000000000001 (JsonGenerator prints %.17g, and "1e+21.0" for big ones). */
static void
append_double (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  if (!isfinite (v))
    {
      g_string_append (out, "null");
      return;
    }
  for (int prec = 15; prec <= 17; prec++)
    {
      char fmt[8];
      g_snprintf (fmt, sizeof fmt, "%%.%dg", prec);
      g_ascii_formatd (buf, sizeof buf, fmt, v);
      if (g_ascii_strtod (buf, NULL) == v)
        break;
    }
  g_string_append (out, buf);
}

static void
append_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = (guchar) *p;
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b");  break;
        case '\f': g_string_append (out, "\\f");  break;
        case '\n': g_string_append (out, "\\n");  break;
        case '\r': g_string_append (out, "\\r");  break;
        case '\t': g_string_append (out, "\\t");  break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (GString *out, guint depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void append_node (GString *out, JsonNode *node, guint depth);

static void
append_object (GString *out, JsonObject *o, guint depth)
{
  g_autoptr(GList) names = json_object_get_members (o);   /* insertion order */
  if (names == NULL)
    {
      g_string_append (out, "{}");
      return;
    }
  g_string_append (out, "{\n");
  for (GList *l = names; l; l = l->next)
    {
      indent (out, depth + 1);
      append_string (out, l->data);
      g_string_append (out, ": ");
      append_node (out, json_object_get_member (o, l->data), depth + 1);
      g_string_append (out, l->next ? ",\n" : "\n");
    }
  indent (out, depth);
  g_string_append_c (out, '}');
}

static void
append_array (GString *out, JsonArray *a, guint depth)
{
  guint n = json_array_get_length (a);
  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append (out, "[\n");
  for (guint i = 0; i < n; i++)
    {
      indent (out, depth + 1);
      append_node (out, json_array_get_element (a, i), depth + 1);
      g_string_append (out, i + 1 < n ? ",\n" : "\n");
    }
  indent (out, depth);
  g_string_append_c (out, ']');
}

static void
append_node (GString *out, JsonNode *node, guint depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), depth);
      break;
    case JSON_NODE_ARRAY:
      append_array (out, json_node_get_array (node), depth);
      break;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      {
        GType t = json_node_get_value_type (node);
        if (t == G_TYPE_STRING)
          append_string (out, json_node_get_string (node));
        else if (t == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (t == G_TYPE_DOUBLE || t == G_TYPE_FLOAT)
          append_double (out, json_node_get_double (node));
        else
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      }
      break;
    }
}

gboolean
xc_report_write_json (const XcComparison *cmp, const XcReportOptions *options,
                      GString *out, GError **error)
{
  g_autoptr(JsonNode) root = build_report (cmp);
  append_node (out, root, 0);
  g_string_append_c (out, '\n');
  return TRUE;
}
