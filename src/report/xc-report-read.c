/* xc-report-read.c - reading a JSON report back into a comparison, for
 * `crosscheck diff`; every error names the part of the report that is wrong
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-report-private.h"

static gboolean
fail (GError **error, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError **error, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "report: %s", msg);
  return FALSE;
}

static gboolean
get_uint (JsonObject *o, const char *name, guint *out)
{
  JsonNode *n = json_object_get_member (o, name);
  *out = 0;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return FALSE;
  gint64 v = json_node_get_int (n);
  if (v < 0 || v > G_MAXUINT)
    return FALSE;
  *out = (guint) v;
  return TRUE;
}

static gboolean
get_bool (JsonObject *o, const char *name, gboolean *out)
{
  JsonNode *n = json_object_get_member (o, name);
  *out = FALSE;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_BOOLEAN)
    return FALSE;
  *out = json_node_get_boolean (n);
  return TRUE;
}

static JsonArray *
get_array (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  return n && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

static JsonObject *
element_object (JsonArray *a, guint i)
{
  JsonNode *n = json_array_get_element (a, i);
  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static gboolean
read_documents (XcComparison *cmp, JsonArray *docs, GError **error)
{
  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      JsonObject *o = element_object (docs, i);
      if (o == NULL)
        return fail (error, "document %u is not an object", i + 1);
      XcDocInfo *d = g_new0 (XcDocInfo, 1);
      g_ptr_array_add (cmp->documents, d);   /* freed by the comparison */
      const char *bad = !xc_json_get_string (o, "file", &d->file) ? "file"
                      : !xc_json_get_string (o, "source", &d->source) ? "source"
                      : !xc_json_get_string (o, "published", &d->published) ? "published"
                      : !xc_json_get_string (o, "error", &d->error) ? "error"
                      : !get_uint (o, "claims", &d->n_claims) ? "claims"
                      : !xc_json_get_string (o, "story", &d->story) ? "story" : NULL;
      if (bad)
        return fail (error, "document %u: '%s' has the wrong type", i + 1, bad);
      if (d->file == NULL)
        return fail (error, "document %u has no 'file'", i + 1);
    }
  return TRUE;
}

static gboolean
read_member (XcComparison *cmp, XcGroup *g, JsonObject *o, guint gi, guint mi, GError **error)
{
  g_autoptr(GError) local = NULL;
  XcClaim *claim = xc_claim_from_json (o, &local);
  if (claim == NULL)
    return fail (error, "group %u member %u: %s", gi, mi, local->message);
  XcMember *m = g_new0 (XcMember, 1);
  m->claim = xc_comparison_adopt_claim (cmp, claim);
  g_ptr_array_add (g->members, m);
  gboolean outlier = FALSE, wire_copy = FALSE, later = FALSE;
  const char *bad = !get_bool (o, "outlier", &outlier) ? "outlier"
                  : !get_uint (o, "voice", &m->voice) ? "voice"
                  : !get_bool (o, "wire_copy", &wire_copy) ? "wire_copy"
                  : !get_bool (o, "later", &later) ? "later" : NULL;
  m->outlier = outlier != FALSE;
  m->wire_copy = wire_copy != FALSE;
  m->later = later != FALSE;
  if (bad)
    return fail (error, "group %u member %u: '%s' has the wrong type", gi, mi, bad);
  return TRUE;
}

static gboolean
read_group (XcComparison *cmp, JsonObject *o, guint gi, GError **error)
{
  XcGroup *g = xc_group_new ();
  g_ptr_array_add (cmp->groups, g);

  g_autofree char *kind = NULL, *verdict = NULL;
  const char *bad = !xc_json_get_string (o, "id", &g->id) ? "id"
                  : !xc_json_get_string (o, "story", &g->story) ? "story"
                  : !xc_json_get_string (o, "label", &g->label) ? "label"
                  : !xc_json_get_string (o, "kind", &kind) ? "kind"
                  : !xc_json_get_string (o, "verdict", &verdict) ? "verdict"
                  : !xc_json_get_string (o, "reason", &g->reason) ? "reason"
                  : !get_uint (o, "n_sources", &g->n_sources) ? "n_sources"
                  : !get_uint (o, "n_voices", &g->n_voices) ? "n_voices"
                  : !get_bool (o, "outlier_tie", &g->outlier_tie) ? "outlier_tie"
                  : !get_bool (o, "self_conflict", &g->self_conflict) ? "self_conflict"
                  : !get_bool (o, "power_of_ten", &g->power_of_ten) ? "power_of_ten" : NULL;
  if (bad)
    return fail (error, "group %u: '%s' has the wrong type", gi, bad);
  if (g->id == NULL)
    return fail (error, "group %u has no 'id'", gi);
  if (!xc_kind_from_string (kind, &g->kind))
    return fail (error, "group %u ('%s') has no known 'kind' ('%s')", gi, g->id,
                 kind ? kind : "");
  if (!xc_verdict_from_string (verdict, &g->verdict))
    return fail (error, "group %u ('%s') has no known 'verdict' ('%s')", gi, g->id,
                 verdict ? verdict : "");
  JsonArray *members = get_array (o, "members");
  if (members == NULL)
    return fail (error, "group %u ('%s'): 'members' is not an array", gi, g->id);
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *mo = element_object (members, i);
      if (mo == NULL)
        return fail (error, "group %u member %u is not an object", gi, i + 1);
      if (!read_member (cmp, g, mo, gi, i + 1, error))
        return FALSE;
    }
  switch (g->verdict)
    {
    case XC_VERDICT_CONFLICT: cmp->n_conflicts++; break;
    case XC_VERDICT_AGREE:    cmp->n_agree++;     break;
    case XC_VERDICT_SINGLE:   cmp->n_single++;    break;
    case XC_VERDICT_UPDATED:  cmp->n_updated++;   break;
    }
  return TRUE;
}

XcComparison *
xc_report_read_json (const char *data, gssize len, GError **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  if (!xc_json_parse (parser, data, len, &local))
    {
      fail (error, "not valid JSON: %s", local->message);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL)
    {
      fail (error, "empty input");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, "the top level is not an object");
      return NULL;
    }
  JsonObject *top = json_node_get_object (root);
  const char *tool = json_object_get_string_member_with_default (top, "tool", NULL);
  if (tool == NULL || !g_str_equal (tool, "crosscheck"))
    {
      fail (error, "'tool' is not \"crosscheck\": not a crosscheck report");
      return NULL;
    }
  guint version;
  if (!get_uint (top, "version", &version) || version != XC_REPORT_JSON_VERSION)
    {
      fail (error, "unsupported 'version' (this build reads version %d)", XC_REPORT_JSON_VERSION);
      return NULL;
    }
  JsonArray *docs = get_array (top, "documents");
  if (docs == NULL)
    {
      fail (error, "'documents' is not an array");
      return NULL;
    }
  JsonArray *groups = get_array (top, "groups");
  if (groups == NULL)
    {
      fail (error, "'groups' is not an array");
      return NULL;
    }

  XcComparison *cmp = xc_comparison_new ();
  if (!read_documents (cmp, docs, error))
    goto failed;
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *go = element_object (groups, i);
      if (go == NULL)
        {
          fail (error, "group %u is not an object", i + 1);
          goto failed;
        }
      if (!read_group (cmp, go, i + 1, error))
        goto failed;
    }
  /* a report of several stories names each group's: count them back */
  guint n_stories = 0;
  JsonNode *summary = json_object_get_member (top, "summary");
  if (summary && JSON_NODE_HOLDS_OBJECT (summary)
      && !get_uint (json_node_get_object (summary), "stories", &n_stories))
    {
      fail (error, "summary: 'stories' has the wrong type");
      goto failed;
    }
  cmp->n_stories = MAX (1, n_stories);
  return cmp;

failed:
  xc_comparison_free (cmp);
  return NULL;
}
