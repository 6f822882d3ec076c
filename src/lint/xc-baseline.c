/* xc-baseline.c - known findings, keyed on content so that moving lines never makes them new
 * SPDX-License-Identifier: MIT */
#include "xc-private.h"
#include "crosscheck/xc-baseline.h"
#include "xc-lint-private.h"

struct _XcBaseline {
  GHashTable *counts;   /* fingerprint -> how many findings it excuses */
};

void
xc_baseline_free (XcBaseline *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->counts);
  g_free (self);
}

XcBaseline *
xc_baseline_new_from_data (const char *data, gssize len, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  if (!xc_json_parse (parser, data, len, error))
    return NULL;
  JsonNode *root = json_parser_get_root (parser);
  JsonObject *obj = root && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *list = obj ? json_object_get_member (obj, "findings") : NULL;
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "not a crosscheck baseline: no 'findings' array");
      return NULL;
    }
  XcBaseline *self = g_new0 (XcBaseline, 1);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *a = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);
      JsonObject *e = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      JsonNode *fp = e ? json_object_get_member (e, "fingerprint") : NULL;
      if (fp == NULL || json_node_get_value_type (fp) != G_TYPE_STRING)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT,
                       "baseline entry %u has no 'fingerprint' string", i + 1);
          xc_baseline_free (self);
          return NULL;
        }
      const char *key = json_node_get_string (fp);
      guint n_prev = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, key));
      g_hash_table_replace (self->counts, g_strdup (key), GUINT_TO_POINTER (n_prev + 1));
    }
  return self;
}

XcBaseline *
xc_baseline_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!xc_file_read_bounded (path, "baseline", XC_REPORT_MAX_BYTES, &data, &len, error))
    return NULL;
  XcBaseline *self = xc_baseline_new_from_data (data, (gssize) len, error);
  if (self == NULL)
    g_prefix_error (error, "%s: ", path);
  return self;
}

guint
xc_baseline_apply (XcBaseline *self, XcLint *lint)
{
  guint marked = 0;
  for (guint i = 0; i < lint->findings->len; i++)
    {
      XcFinding *f = lint->findings->pdata[i];
      guint left = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, f->fingerprint));
      if (left == 0)
        continue;
      g_hash_table_replace (self->counts, g_strdup (f->fingerprint), GUINT_TO_POINTER (left - 1));
      f->baselined = TRUE;
      marked++;
    }
  return marked;
}

void
xc_baseline_write (const XcLint *lint, GString *out)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  xc_json_add_string (b, "tool", "crosscheck");
  xc_json_add_int (b, "version", 1);
  xc_json_begin_array_member (b, "findings");
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (f->kind == XC_FINDING_SUPPORTED || f->severity == XC_SEVERITY_OFF || f->suppressed)
        continue;
      json_builder_begin_object (b);
      xc_json_add_string (b, "fingerprint", f->fingerprint);
      xc_json_add_string (b, "kind", xc_finding_kind_to_string (f->kind));
      xc_json_add_string (b, "file", f->file);
      xc_json_add_string (b, "text", f->text);
      /* for people reading the file; matching never looks at it */
      xc_json_add_int (b, "line", f->line);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  xc_json_append_builder (out, b, TRUE);
}
