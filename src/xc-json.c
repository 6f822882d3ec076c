/* xc-json.c - writing JSON: numbers as the shortest decimal that reads back
 * exactly, members in insertion order, pretty (2-space indent) or compact
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include "xc-private.h"


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

static void append_node (GString *out, JsonNode *node, guint depth, gboolean pretty);

static void
append_object (GString *out, JsonObject *o, guint depth, gboolean pretty)
{
  g_autoptr(GList) names = json_object_get_members (o);   /* insertion order */
  if (names == NULL)
    {
      g_string_append (out, "{}");
      return;
    }
  g_string_append (out, pretty ? "{\n" : "{");
  for (GList *l = names; l; l = l->next)
    {
      if (pretty)
        indent (out, depth + 1);
      append_string (out, l->data);
      g_string_append (out, pretty ? ": " : ":");
      append_node (out, json_object_get_member (o, l->data), depth + 1, pretty);
      if (l->next)
        g_string_append_c (out, ',');
      if (pretty)
        g_string_append_c (out, '\n');
    }
  if (pretty)
    indent (out, depth);
  g_string_append_c (out, '}');
}

static void
append_array (GString *out, JsonArray *a, guint depth, gboolean pretty)
{
  guint n = json_array_get_length (a);
  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append (out, pretty ? "[\n" : "[");
  for (guint i = 0; i < n; i++)
    {
      if (pretty)
        indent (out, depth + 1);
      append_node (out, json_array_get_element (a, i), depth + 1, pretty);
      if (i + 1 < n)
        g_string_append_c (out, ',');
      if (pretty)
        g_string_append_c (out, '\n');
    }
  if (pretty)
    indent (out, depth);
  g_string_append_c (out, ']');
}

static void
append_node (GString *out, JsonNode *node, guint depth, gboolean pretty)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), depth, pretty);
      break;
    case JSON_NODE_ARRAY:
      append_array (out, json_node_get_array (node), depth, pretty);
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

void
xc_json_append (GString *out, JsonNode *node, gboolean pretty)
{
  append_node (out, node, 0, pretty);
}

void
xc_json_append_nested (GString *out, JsonNode *node, guint depth)
{
  append_node (out, node, depth, TRUE);
}

void
xc_json_append_key (GString *out, const char *name, guint depth)
{
  indent (out, depth);
  append_string (out, name);
  g_string_append (out, ": ");
}
