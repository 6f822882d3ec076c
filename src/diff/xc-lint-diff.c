/* xc-lint-diff.c - what changed between two `crosscheck lint --format json`
 * reports: findings new, resolved, or of another kind or severity
 * SPDX-License-Identifier: MIT */
#include <json-glib/json-glib.h>
#include <string.h>
#include "xc-private.h"
#include "xc-report-private.h"

/* One finding as the report states it. */
typedef struct {
  char  *kind;
  char  *severity;
  char  *file;
  guint  line;
  guint  column;
  char  *text;
  char  *value;
  char  *sentence;
  char  *message;
  char  *key;       /* file, text, sentence and rank among equal ones: never the line */
} Entry;

struct _XcLintDiff {
  GPtrArray *entries[2];     /* Entry*, old and new, in report order */
  GPtrArray *changes;        /* XcLintChange* */
  guint      count[XC_LINT_CHANGE_N];
};

static void
entry_free (Entry *e)
{
  if (e == NULL)
    return;
  g_free (e->kind);
  g_free (e->severity);
  g_free (e->file);
  g_free (e->text);
  g_free (e->value);
  g_free (e->sentence);
  g_free (e->message);
  g_free (e->key);
  g_free (e);
}

gboolean
xc_lint_report_detect (const char *data, gssize len)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  if (!xc_json_parse (parser, data, len, NULL))
    return FALSE;
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  JsonNode *f = json_object_get_member (json_node_get_object (root), "findings");
  return f != NULL && JSON_NODE_HOLDS_ARRAY (f);
}

static GPtrArray *
read_entries (const char *name, const char *data, gssize len, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  if (!xc_json_parse (parser, data, len, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  JsonNode *fn = root && JSON_NODE_HOLDS_OBJECT (root)
                   ? json_object_get_member (json_node_get_object (root), "findings") : NULL;
  if (fn == NULL || !JSON_NODE_HOLDS_ARRAY (fn))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s: not a lint report (no \"findings\" array)", name);
      return NULL;
    }
  JsonArray *arr = json_node_get_array (fn);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GHashTable) rank = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      JsonNode *n = json_array_get_element (arr, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      Entry *e = g_new0 (Entry, 1);
      g_ptr_array_add (out, e);
      if (o)
        {
          /* a member of another type counts as missing */
          xc_json_get_string (o, "kind", &e->kind);
          xc_json_get_string (o, "severity", &e->severity);
          xc_json_get_string (o, "file", &e->file);
          xc_json_get_string (o, "text", &e->text);
          xc_json_get_string (o, "value", &e->value);
          xc_json_get_string (o, "sentence", &e->sentence);
          xc_json_get_string (o, "message", &e->message);
          e->line = (guint) json_object_get_int_member_with_default (o, "line", 0);
          e->column = (guint) json_object_get_int_member_with_default (o, "column", 0);
        }
      if (e->kind == NULL || e->file == NULL || e->text == NULL)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT,
                       "%s: finding %u lacks its \"kind\", \"file\" or \"text\"", name, i + 1);
          return NULL;
        }
      char *base = g_strdup_printf ("%s\x1f%s\x1f%s", e->file, e->text, e->sentence ? e->sentence : "");
      guint r = GPOINTER_TO_UINT (g_hash_table_lookup (rank, base));
      e->key = g_strdup_printf ("%s\x1f%u", base, r);
      g_hash_table_replace (rank, base, GUINT_TO_POINTER (r + 1));
    }
  return g_steal_pointer (&out);
}

static gboolean
same (const char *a, const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

static void
change_add (XcLintDiff *d, XcLintChangeKind kind, const Entry *old_e, const Entry *new_e)
{
  XcLintChange *c = g_new0 (XcLintChange, 1);
  const Entry *at = new_e ? new_e : old_e;
  c->kind = kind;
  c->file = g_strdup (at->file);
  c->line = at->line;
  c->column = at->column;
  c->text = g_strdup (at->text);
  c->old_kind = old_e ? g_strdup (old_e->kind) : NULL;
  c->new_kind = new_e ? g_strdup (new_e->kind) : NULL;
  c->old_severity = old_e ? g_strdup (old_e->severity) : NULL;
  c->new_severity = new_e ? g_strdup (new_e->severity) : NULL;
  c->old_value = old_e ? g_strdup (old_e->value) : NULL;
  c->new_value = new_e ? g_strdup (new_e->value) : NULL;
  c->message = g_strdup (at->message);
  g_ptr_array_add (d->changes, c);
  d->count[kind]++;
}

static void
change_free (XcLintChange *c)
{
  if (c == NULL)
    return;
  g_free (c->file);
  g_free (c->text);
  g_free (c->old_kind);
  g_free (c->new_kind);
  g_free (c->old_severity);
  g_free (c->new_severity);
  g_free (c->old_value);
  g_free (c->new_value);
  g_free (c->message);
  g_free (c);
}

static int
change_cmp (gconstpointer pa, gconstpointer pb)
{
  const XcLintChange *a = *(XcLintChange * const *) pa, *b = *(XcLintChange * const *) pb;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  int r = g_strcmp0 (a->file, b->file);
  if (r)
    return r;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->column != b->column)
    return a->column < b->column ? -1 : 1;
  return g_strcmp0 (a->text, b->text);
}

XcLintDiff *
xc_lint_diff_new (const char *old_name, const char *old_data, gssize old_len,
                  const char *new_name, const char *new_data, gssize new_len, GError **error)
{
  g_autoptr(GPtrArray) old_e = read_entries (old_name, old_data, old_len, error);
  if (old_e == NULL)
    return NULL;
  g_autoptr(GPtrArray) new_e = read_entries (new_name, new_data, new_len, error);
  if (new_e == NULL)
    return NULL;
  XcLintDiff *d = g_new0 (XcLintDiff, 1);
  d->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_autoptr(GHashTable) old_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) paired = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < old_e->len; i++)
    g_hash_table_insert (old_by_key, ((Entry *) old_e->pdata[i])->key, old_e->pdata[i]);
  for (guint i = 0; i < new_e->len; i++)
    {
      Entry *n = new_e->pdata[i];
      Entry *o = g_hash_table_lookup (old_by_key, n->key);
      if (o == NULL)
        {
          change_add (d, XC_LINT_CHANGE_NEW, NULL, n);
          continue;
        }
      g_hash_table_add (paired, o);
      if (!same (o->kind, n->kind) || !same (o->severity, n->severity) || !same (o->value, n->value))
        change_add (d, XC_LINT_CHANGE_CHANGED, o, n);
      else
        change_add (d, XC_LINT_CHANGE_UNCHANGED, o, n);
    }
  for (guint i = 0; i < old_e->len; i++)
    if (!g_hash_table_contains (paired, old_e->pdata[i]))
      change_add (d, XC_LINT_CHANGE_RESOLVED, old_e->pdata[i], NULL);
  g_ptr_array_sort (d->changes, change_cmp);
  return d;
}

void
xc_lint_diff_free (XcLintDiff *d)
{
  if (d == NULL)
    return;
  g_ptr_array_unref (d->changes);
  g_free (d);
}

const GPtrArray *
xc_lint_diff_changes (const XcLintDiff *d)
{
  return d->changes;
}

guint
xc_lint_diff_count (const XcLintDiff *d, XcLintChangeKind kind)
{
  return kind < XC_LINT_CHANGE_N ? d->count[kind] : 0;
}

static const char * const change_names[XC_LINT_CHANGE_N] = { "new", "changed", "resolved", "unchanged" };

const char *
xc_lint_change_kind_to_string (XcLintChangeKind kind)
{
  return kind < XC_LINT_CHANGE_N ? change_names[kind] : "?";
}

/* Whether a change concerns a finding at warning or error: notes (supported
 * claims) coming and going are listed only with "all". */
static gboolean
worth_listing (const XcLintChange *c, gboolean all)
{
  if (c->kind == XC_LINT_CHANGE_UNCHANGED)
    return all;
  if (all)
    return TRUE;
  return (c->old_severity && !g_str_equal (c->old_severity, "note"))
         || (c->new_severity && !g_str_equal (c->new_severity, "note"));
}

gboolean
xc_lint_diff_fails (const XcLintDiff *d, gboolean any_change)
{
  for (guint i = 0; i < d->changes->len; i++)
    {
      const XcLintChange *c = d->changes->pdata[i];
      if (c->kind == XC_LINT_CHANGE_UNCHANGED)
        continue;
      if (any_change && worth_listing (c, FALSE))
        return TRUE;
      /* a finding that is an error now and was not one before */
      if (c->new_severity && g_str_equal (c->new_severity, "error")
          && !(c->old_severity && g_str_equal (c->old_severity, "error")))
        return TRUE;
    }
  return FALSE;
}

static void
append_state (GString *out, const char *kind, const char *severity, const char *value)
{
  if (kind == NULL)
    {
      g_string_append (out, "(none)");
      return;
    }
  g_string_append_printf (out, "%s %s", severity ? severity : "?", kind);
  if (value)
    g_string_append_printf (out, " (%s)", value);
}

/* How many changes of each kind a report lists. */
static void
count_listed (const XcLintDiff *d, gboolean all, guint listed[XC_LINT_CHANGE_N])
{
  memset (listed, 0, XC_LINT_CHANGE_N * sizeof listed[0]);
  for (guint i = 0; i < d->changes->len; i++)
    {
      const XcLintChange *c = d->changes->pdata[i];
      if (worth_listing (c, all))
        listed[c->kind]++;
    }
}

static void
write_text (const XcLintDiff *d, gboolean all, gboolean markdown, GString *out)
{
  guint listed[XC_LINT_CHANGE_N];
  count_listed (d, all, listed);
  if (markdown)
    g_string_append (out, "### crosscheck diff (lint reports)\n\n");
  g_string_append_printf (out, "%u new, %u resolved, %u changed findings", listed[XC_LINT_CHANGE_NEW],
                          listed[XC_LINT_CHANGE_RESOLVED], listed[XC_LINT_CHANGE_CHANGED]);
  if (!all)
    g_string_append (out, " (warnings and errors; --all lists notes and unchanged findings too)");
  g_string_append (out, "\n");
  if (markdown && d->changes->len > 0)
    g_string_append (out, "\n| change | where | claim | before | after |\n|---|---|---|---|---|\n");
  for (guint i = 0; i < d->changes->len; i++)
    {
      const XcLintChange *c = d->changes->pdata[i];
      if (!worth_listing (c, all))
        continue;
      g_autoptr(GString) before = g_string_new (NULL), after = g_string_new (NULL);
      append_state (before, c->old_kind, c->old_severity, c->old_value);
      append_state (after, c->new_kind, c->new_severity, c->new_value);
      if (markdown)
        {
          g_string_append_printf (out, "| %s | `%s:%u:%u` | ", change_names[c->kind], c->file, c->line, c->column);
          xc_report_append_markdown (out, c->text, -1);
          g_string_append_printf (out, " | %s | %s |\n", before->str, after->str);
        }
      else
        g_string_append_printf (out, "%-9s %s:%u:%u: \"%s\": %s -> %s\n", change_names[c->kind], c->file,
                                c->line, c->column, c->text, before->str, after->str);
    }
}

static void
add_side (JsonBuilder *b, const char *name, const char *kind, const char *severity, const char *value)
{
  json_builder_set_member_name (b, name);
  if (kind == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  xc_json_add_string (b, "kind", kind);
  xc_json_add_string (b, "severity", severity ? severity : "");
  xc_json_add_string (b, "value", value);
  json_builder_end_object (b);
}

static void
write_json (const XcLintDiff *d, gboolean all, GString *out)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  xc_json_add_int (b, "version", 1);
  xc_json_add_string (b, "reports", "lint");
  xc_json_add_boolean (b, "all", all);
  /* what the changes array lists: without "all", changes that concern a warning or an error */
  guint listed[XC_LINT_CHANGE_N];
  count_listed (d, all, listed);
  xc_json_begin_object_member (b, "summary");
  for (int k = 0; k < XC_LINT_CHANGE_N; k++)
    {
      xc_json_add_int (b, change_names[k], listed[k]);
    }
  json_builder_end_object (b);
  xc_json_begin_array_member (b, "changes");
  for (guint i = 0; i < d->changes->len; i++)
    {
      const XcLintChange *c = d->changes->pdata[i];
      if (!worth_listing (c, all))
        continue;
      json_builder_begin_object (b);
      xc_json_add_string (b, "change", change_names[c->kind]);
      xc_json_add_string (b, "file", c->file);
      xc_json_add_int (b, "line", c->line);
      xc_json_add_int (b, "column", c->column);
      xc_json_add_string (b, "text", c->text);
      add_side (b, "old", c->old_kind, c->old_severity, c->old_value);
      add_side (b, "new", c->new_kind, c->new_severity, c->new_value);
      xc_json_add_string (b, "message", c->message);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

gboolean
xc_lint_diff_write (const XcLintDiff *d, const char *format, gboolean all, GString *out, GError **error)
{
  if (g_str_equal (format, "json"))
    write_json (d, all, out);
  else if (g_str_equal (format, "text") || g_str_equal (format, "markdown"))
    write_text (d, all, g_str_equal (format, "markdown"), out);
  else
    {
      g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "unknown format '%s' (text, markdown or json)", format);
      return FALSE;
    }
  return TRUE;
}
