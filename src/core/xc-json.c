/* xc-json.c - writing JSON: numbers as the shortest decimal that reads back
 * exactly, members in insertion order, pretty (2-space indent) or compact;
 * the member helpers every JsonBuilder user shares
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-private.h"


/* The shortest decimal that reads back as the same double: 26.3, not
 * 26.300000000000001 (JsonGenerator prints %.17g, and "1e+21.0" for big ones). */
void
xc_json_append_int (GString *out, gint64 v)
{
  char buf[24];
  int n = sizeof buf;
  guint64 u = v < 0 ? -(guint64) v : (guint64) v;
  do
    buf[--n] = (char) ('0' + u % 10);
  while ((u /= 10) > 0);
  if (v < 0)
    buf[--n] = '-';
  g_string_append_len (out, buf + n, (gssize) (sizeof buf - (gsize) n));
}

void
xc_json_append_double (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  if (!isfinite (v))
    {
      g_string_append (out, "null");
      return;
    }
  /* a whole number below 10^15 is its digits whatever the precision ("%.15g"
   * writes no exponent there); most figures are, and formatting them by hand
   * skips three formatting and parsing rounds (-0 keeps the slow path: "-0") */
  if (fabs (v) < 1e15 && v == (double) (gint64) v && !(v == 0 && signbit (v)))
    {
      xc_json_append_int (out, (gint64) v);
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

gboolean
xc_json_get_string (JsonObject *o, const char *name, char **out)
{
  JsonNode *n = json_object_get_member (o, name);
  *out = NULL;
  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return FALSE;
  *out = g_strdup (json_node_get_string (n));
  return TRUE;
}

/* The deepest nesting of objects and arrays, counted outside strings; stops
 * counting past @limit. *@out_end: where the first top-level object or array
 * ends (@len when the text does not start with one or it does not close). */
static guint
json_depth (const char *data, gsize len, guint limit, gsize *out_end)
{
  guint depth = 0, deepest = 0;
  gboolean in_string = FALSE;
  *out_end = len;
  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > deepest && (deepest = depth) > limit)
            break;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          if (--depth == 0 && *out_end == len)
            *out_end = i + 1;
        }
    }
  return deepest;
}

gboolean
xc_json_parse (JsonParser *parser, const char *data, gssize len, GError **error)
{
  gsize n = len < 0 ? strlen (data) : (gsize) len, end;
  if (json_depth (data, n, XC_JSON_MAX_DEPTH, &end) > XC_JSON_MAX_DEPTH)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "JSON nested deeper than %d levels", XC_JSON_MAX_DEPTH);
      return FALSE;
    }
  /* a JSON text is one value: json-glib would read a second one after the first
   * object or array and, failing, leak what it read of it (1.6.6) */
  while (end < n && g_ascii_isspace (data[end]))
    end++;
  if (end < n)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "JSON text goes on after its value (at byte %" G_GSIZE_FORMAT ")",
                   end);
      return FALSE;
    }
  return json_parser_load_from_data (parser, data, (gssize) n, error);
}

void
xc_json_append_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  /* JSON is UTF-8: a byte that is not (a file name on a Unix system may be
   * any bytes) is written as the four characters \xNN, which keeps two such
   * names apart and reads back as the same text every time */
  const char *bad = NULL;
  if (!g_utf8_validate (s, -1, &bad))
    bad = bad ? bad : s;
  else
    bad = NULL;
  for (const char *p = s; *p; p++)
    {
      guchar c = (guchar) *p;
      if (p == bad)
        {
          g_string_append_printf (out, "\\\\x%02x", c);
          const char *rest = NULL;
          bad = g_utf8_validate (p + 1, -1, &rest) ? NULL : rest;
          continue;
        }
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
      xc_json_append_string (out, l->data);
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
          xc_json_append_string (out, json_node_get_string (node));
        else if (t == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (t == G_TYPE_DOUBLE || t == G_TYPE_FLOAT)
          xc_json_append_double (out, json_node_get_double (node));
        else
          xc_json_append_int (out, json_node_get_int (node));
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
  xc_json_append_string (out, name);
  g_string_append (out, ": ");
}

void
xc_json_append_builder (GString *out, JsonBuilder *b, gboolean pretty)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  xc_json_append (out, root, pretty);
  g_string_append_c (out, '\n');
}

/* ---------- building members ---------- */

void
xc_json_add_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
xc_json_add_int (JsonBuilder *b, const char *name, gint64 value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

void
xc_json_add_boolean (JsonBuilder *b, const char *name, gboolean value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_boolean_value (b, value);
}

void
xc_json_begin_object_member (JsonBuilder *b, const char *name)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
}

void
xc_json_begin_array_member (JsonBuilder *b, const char *name)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
}

/* ---------- sinks ---------- */

#define BUILDER(s) (((XcBuilderSink *) (s))->builder)
static void b_begin_object (XcJsonSink *s) { json_builder_begin_object (BUILDER (s)); }
static void b_end_object (XcJsonSink *s) { json_builder_end_object (BUILDER (s)); }
static void b_begin_array (XcJsonSink *s) { json_builder_begin_array (BUILDER (s)); }
static void b_end_array (XcJsonSink *s) { json_builder_end_array (BUILDER (s)); }
static void b_key (XcJsonSink *s, const char *k) { json_builder_set_member_name (BUILDER (s), k); }
static void b_null (XcJsonSink *s) { json_builder_add_null_value (BUILDER (s)); }
static void b_integer (XcJsonSink *s, gint64 v) { json_builder_add_int_value (BUILDER (s), v); }
static void b_number (XcJsonSink *s, double v) { json_builder_add_double_value (BUILDER (s), v); }
static void b_boolean (XcJsonSink *s, gboolean v) { json_builder_add_boolean_value (BUILDER (s), v); }
static void
b_string (XcJsonSink *s, const char *v)
{
  if (v)
    json_builder_add_string_value (BUILDER (s), v);
  else
    json_builder_add_null_value (BUILDER (s));
}

void
xc_builder_sink_init (XcBuilderSink *s, JsonBuilder *builder)
{
  s->sink = (XcJsonSink) { b_begin_object, b_end_object, b_begin_array, b_end_array, b_key,
                           b_string, b_integer, b_number, b_boolean, b_null };
  s->builder = builder;
}

/* The pretty sink writes what append_node() writes for the same document:
 * "{" then, per member, ",", newline, indent, "\"key\": " and the value;
 * "\n" + indent + "}" to close ("{}" when empty); arrays alike. */
#define PRETTY(s) ((XcPrettySink *) (s))

static void
p_before_value (XcPrettySink *p)
{
  if (p->pending_key || p->n == 0)
    {
      p->pending_key = FALSE;
      return;
    }
  /* an element of an array */
  if (p->count[p->n - 1]++ > 0)
    g_string_append_c (p->out, ',');
  if (p->compact)
    return;
  g_string_append_c (p->out, '\n');
  indent (p->out, p->base + p->n);
}

static void
p_open (XcJsonSink *s, char c)
{
  XcPrettySink *p = PRETTY (s);
  p_before_value (p);
  g_string_append_c (p->out, c);
  g_assert (p->n < XC_PRETTY_SINK_LEVELS);
  p->count[p->n++] = 0;
}

static void
p_close (XcJsonSink *s, char c)
{
  XcPrettySink *p = PRETTY (s);
  guint had = p->count[--p->n];
  if (had && !p->compact)
    {
      g_string_append_c (p->out, '\n');
      indent (p->out, p->base + p->n);
    }
  g_string_append_c (p->out, c);
}

static void p_begin_object (XcJsonSink *s) { p_open (s, '{'); }
static void p_end_object (XcJsonSink *s) { p_close (s, '}'); }
static void p_begin_array (XcJsonSink *s) { p_open (s, '['); }
static void p_end_array (XcJsonSink *s) { p_close (s, ']'); }

static void
p_key (XcJsonSink *s, const char *k)
{
  XcPrettySink *p = PRETTY (s);
  if (p->count[p->n - 1]++ > 0)
    g_string_append_c (p->out, ',');
  if (!p->compact)
    {
      g_string_append_c (p->out, '\n');
      indent (p->out, p->base + p->n);
    }
  xc_json_append_string (p->out, k);
  if (p->compact)
    g_string_append_c (p->out, ':');
  else
    g_string_append (p->out, ": ");
  p->pending_key = TRUE;
}

static void
p_string (XcJsonSink *s, const char *v)
{
  p_before_value (PRETTY (s));
  if (v)
    xc_json_append_string (PRETTY (s)->out, v);
  else
    g_string_append (PRETTY (s)->out, "null");
}

static void
p_null (XcJsonSink *s)
{
  p_string (s, NULL);
}

static void
p_integer (XcJsonSink *s, gint64 v)
{
  p_before_value (PRETTY (s));
  xc_json_append_int (PRETTY (s)->out, v);
}

static void
p_number (XcJsonSink *s, double v)
{
  p_before_value (PRETTY (s));
  xc_json_append_double (PRETTY (s)->out, v);
}

static void
p_boolean (XcJsonSink *s, gboolean v)
{
  p_before_value (PRETTY (s));
  g_string_append (PRETTY (s)->out, v ? "true" : "false");
}

void
xc_pretty_sink_init (XcPrettySink *s, GString *out, guint depth)
{
  memset (s, 0, sizeof *s);
  s->sink = (XcJsonSink) { p_begin_object, p_end_object, p_begin_array, p_end_array, p_key,
                           p_string, p_integer, p_number, p_boolean, p_null };
  s->out = out;
  s->base = depth;
}

void
xc_compact_sink_init (XcPrettySink *s, GString *out)
{
  xc_pretty_sink_init (s, out, 0);
  s->compact = TRUE;
}
