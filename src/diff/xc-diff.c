/* xc-diff.c - what changed between two comparison reports, group by stable id
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-lint-private.h"

static const char * const xc_change_names[XC_CHANGE_N] = {
  "new-conflict", "resolved-conflict", "changed", "added", "removed", "unchanged",
};

const char *
xc_change_kind_to_string (XcChangeKind kind)
{
  return kind < XC_CHANGE_N ? xc_change_names[kind] : "unknown";
}

static void
change_free (XcChange *c)
{
  if (c == NULL)
    return;
  g_free (c->id);
  g_free (c->label);
  g_ptr_array_unref (c->details);
  g_free (c);
}

void
xc_diff_free (XcDiff *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->changes);
  g_ptr_array_unref (self->sources_added);
  g_ptr_array_unref (self->sources_removed);
  g_free (self);
}

/* file -> "\"text\" (value)" of the group's members, several joined by "; ",
 * plus the comparable form (value and qualifier only) in @out_keys. */
static GHashTable *
member_values (const XcGroup *g, GHashTable **out_keys)
{
  GHashTable *shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; g && i < g->members->len; i++)
    {
      const XcClaim *c = ((const XcMember *) g->members->pdata[i])->claim;
      const char *file = c->file ? c->file : "";
      g_autofree char *value = xc_claim_value_string (c);
      g_autofree char *key = g_strdup_printf ("%s %s", xc_qualifier_to_string (c->qualifier), value);
      g_autofree char *text = g_strdup_printf ("\"%s\" (%s)", c->text ? c->text : "", value);
      const char *old_shown = g_hash_table_lookup (shown, file);
      const char *old_key = g_hash_table_lookup (keys, file);
      g_hash_table_replace (shown, g_strdup (file),
                            old_shown ? g_strdup_printf ("%s; %s", old_shown, text) : g_strdup (text));
      g_hash_table_replace (keys, g_strdup (file),
                            old_key ? g_strdup_printf ("%s; %s", old_key, key) : g_strdup (key));
    }
  *out_keys = keys;
  return shown;
}

static int
strcmp_ptr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* "file: old -> new" for every file whose members' values differ. */
static GPtrArray *
member_details (const XcGroup *a, const XcGroup *b)
{
  GPtrArray *details = g_ptr_array_new_with_free_func (g_free);
  GHashTable *ka = NULL, *kb = NULL;
  g_autoptr(GHashTable) sa = member_values (a, &ka);
  g_autoptr(GHashTable) sb = member_values (b, &kb);
  g_autoptr(GHashTable) keys_a = ka, keys_b = kb;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, keys_a);
  while (g_hash_table_iter_next (&it, &k, NULL))
    g_ptr_array_add (files, k);
  g_hash_table_iter_init (&it, keys_b);
  while (g_hash_table_iter_next (&it, &k, NULL))
    if (!g_hash_table_contains (keys_a, k))
      g_ptr_array_add (files, k);
  g_ptr_array_sort (files, strcmp_ptr);
  for (guint i = 0; i < files->len; i++)
    {
      const char *f = files->pdata[i];
      if (g_strcmp0 (g_hash_table_lookup (keys_a, f), g_hash_table_lookup (keys_b, f)) == 0)
        continue;
      const char *va = g_hash_table_lookup (sa, f), *vb = g_hash_table_lookup (sb, f);
      g_ptr_array_add (details, g_strdup_printf ("%s: %s -> %s", f, va ? va : "(none)", vb ? vb : "(none)"));
    }
  return details;
}

static XcChange *
change_new (const XcGroup *a, const XcGroup *b)
{
  XcChange *c = g_new0 (XcChange, 1);
  const XcGroup *any = b ? b : a;
  c->id = g_strdup (any->id);
  c->label = g_strdup (any->label);
  c->old_present = a != NULL;
  c->new_present = b != NULL;
  if (a)
    c->old_verdict = a->verdict;
  if (b)
    c->new_verdict = b->verdict;
  c->details = member_details (a, b);
  if (!a)
    c->kind = b->verdict == XC_VERDICT_CONFLICT ? XC_CHANGE_NEW_CONFLICT : XC_CHANGE_ADDED;
  else if (!b)
    c->kind = a->verdict == XC_VERDICT_CONFLICT ? XC_CHANGE_RESOLVED_CONFLICT : XC_CHANGE_REMOVED;
  else if (a->verdict != XC_VERDICT_CONFLICT && b->verdict == XC_VERDICT_CONFLICT)
    c->kind = XC_CHANGE_NEW_CONFLICT;
  else if (a->verdict == XC_VERDICT_CONFLICT && b->verdict != XC_VERDICT_CONFLICT)
    c->kind = XC_CHANGE_RESOLVED_CONFLICT;
  else if (a->verdict != b->verdict || c->details->len)
    c->kind = XC_CHANGE_CHANGED;
  else
    c->kind = XC_CHANGE_UNCHANGED;
  return c;
}

static int
change_cmp (gconstpointer pa, gconstpointer pb)
{
  const XcChange *a = *(XcChange * const *) pa, *b = *(XcChange * const *) pb;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  int r = g_strcmp0 (a->label, b->label);
  return r ? r : g_strcmp0 (a->id, b->id);
}

/* label -> the one group of @cmp not yet paired with that label, or NULL when several */
static GHashTable *
unique_labels (const XcComparison *cmp, GHashTable *paired)
{
  GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dup = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      XcGroup *g = cmp->groups->pdata[i];
      if (g->label == NULL || g_hash_table_contains (paired, g))
        continue;
      if (g_hash_table_contains (t, g->label))
        g_hash_table_add (dup, g->label);
      g_hash_table_insert (t, g->label, g);
    }
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, dup);
  while (g_hash_table_iter_next (&it, &k, NULL))
    g_hash_table_remove (t, k);
  return t;
}

/* Where a member stands: file, line and column (its text may have been edited). */
static GHashTable *
member_places (const XcGroup *g)
{
  GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g->members->len; i++)
    {
      const XcClaim *c = ((const XcMember *) g->members->pdata[i])->claim;
      g_hash_table_add (t, g_strdup_printf ("%s:%u:%u", c->file ? c->file : "", c->line, c->column));
    }
  return t;
}

/* Groups still unpaired are paired by their members: the same claims in the
 * same places (at least half of the larger group) are the same fact, whatever
 * its id or label became. Best overlaps first. */
static void
pair_by_members (const XcComparison *old_cmp, const XcComparison *new_cmp, GHashTable *old_paired,
                 GHashTable *new_paired)
{
  for (;;)
    {
      XcGroup *best_a = NULL, *best_b = NULL;
      double best = 0.5 - 1e-9;
      for (guint i = 0; i < old_cmp->groups->len; i++)
        {
          XcGroup *a = old_cmp->groups->pdata[i];
          if (g_hash_table_contains (old_paired, a) || a->members->len == 0)
            continue;
          g_autoptr(GHashTable) pa = member_places (a);
          for (guint j = 0; j < new_cmp->groups->len; j++)
            {
              XcGroup *b = new_cmp->groups->pdata[j];
              if (g_hash_table_contains (new_paired, b) || b->members->len == 0)
                continue;
              guint shared = 0;
              g_autoptr(GHashTable) pb = member_places (b);
              GHashTableIter it;
              gpointer k;
              g_hash_table_iter_init (&it, pb);
              while (g_hash_table_iter_next (&it, &k, NULL))
                shared += g_hash_table_contains (pa, k);
              double score = (double) shared / MAX (g_hash_table_size (pa), g_hash_table_size (pb));
              if (score > best)
                {
                  best = score;
                  best_a = a;
                  best_b = b;
                }
            }
        }
      if (best_a == NULL)
        return;
      g_hash_table_insert (old_paired, best_a, best_b);
      g_hash_table_add (new_paired, best_b);
    }
}

static char *
doc_name (const XcDocInfo *d)
{
  return d->source ? g_strdup_printf ("%s (%s)", d->file, d->source) : g_strdup (d->file);
}

XcDiff *
xc_diff_comparisons (const XcComparison *old_cmp, const XcComparison *new_cmp)
{
  XcDiff *self = g_new0 (XcDiff, 1);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  self->sources_added = g_ptr_array_new_with_free_func (g_free);
  self->sources_removed = g_ptr_array_new_with_free_func (g_free);

  g_autoptr(GHashTable) old_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < old_cmp->groups->len; i++)
    {
      XcGroup *g = old_cmp->groups->pdata[i];
      if (g->id)
        g_hash_table_insert (old_by_id, g->id, g);
    }
  /* old group -> new group; new groups paired are in new_paired */
  g_autoptr(GHashTable) old_paired = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) new_paired = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < new_cmp->groups->len; i++)
    {
      XcGroup *b = new_cmp->groups->pdata[i];
      XcGroup *a = b->id ? g_hash_table_lookup (old_by_id, b->id) : NULL;
      if (a == NULL || g_hash_table_contains (old_paired, a))
        continue;
      g_hash_table_insert (old_paired, a, b);
      g_hash_table_add (new_paired, b);
    }
  /* a fact whose id moved (ids may hash the values) is still the same fact
   * when its label is unique on both sides */
  g_autoptr(GHashTable) old_labels = unique_labels (old_cmp, old_paired);
  g_autoptr(GHashTable) new_labels = unique_labels (new_cmp, new_paired);
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, new_labels);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      XcGroup *a = g_hash_table_lookup (old_labels, k);
      if (a)
        {
          g_hash_table_insert (old_paired, a, v);
          g_hash_table_add (new_paired, v);
        }
    }
  pair_by_members (old_cmp, new_cmp, old_paired, new_paired);

  for (guint i = 0; i < old_cmp->groups->len; i++)
    {
      XcGroup *a = old_cmp->groups->pdata[i];
      g_ptr_array_add (self->changes, change_new (a, g_hash_table_lookup (old_paired, a)));
    }
  for (guint i = 0; i < new_cmp->groups->len; i++)
    {
      XcGroup *b = new_cmp->groups->pdata[i];
      if (!g_hash_table_contains (new_paired, b))
        g_ptr_array_add (self->changes, change_new (NULL, b));
    }
  g_ptr_array_sort (self->changes, change_cmp);
  for (guint i = 0; i < self->changes->len; i++)
    self->count[((XcChange *) self->changes->pdata[i])->kind]++;

  g_autoptr(GHashTable) old_docs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_docs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < old_cmp->documents->len; i++)
    g_hash_table_add (old_docs, ((XcDocInfo *) old_cmp->documents->pdata[i])->file);
  for (guint i = 0; i < new_cmp->documents->len; i++)
    g_hash_table_add (new_docs, ((XcDocInfo *) new_cmp->documents->pdata[i])->file);
  for (guint i = 0; i < new_cmp->documents->len; i++)
    {
      const XcDocInfo *d = new_cmp->documents->pdata[i];
      if (!g_hash_table_contains (old_docs, d->file))
        g_ptr_array_add (self->sources_added, doc_name (d));
    }
  for (guint i = 0; i < old_cmp->documents->len; i++)
    {
      const XcDocInfo *d = old_cmp->documents->pdata[i];
      if (!g_hash_table_contains (new_docs, d->file))
        g_ptr_array_add (self->sources_removed, doc_name (d));
    }
  g_ptr_array_sort (self->sources_added, strcmp_ptr);
  g_ptr_array_sort (self->sources_removed, strcmp_ptr);
  return self;
}

gboolean
xc_diff_has_changes (const XcDiff *diff)
{
  for (guint k = 0; k < XC_CHANGE_UNCHANGED; k++)
    if (diff->count[k])
      return TRUE;
  return diff->sources_added->len || diff->sources_removed->len;
}

static const char * const change_titles[XC_CHANGE_N] = {
  "New conflicts", "Resolved conflicts", "Changed", "Added", "Removed", "Unchanged",
};

static const char *
verdict_or_none (gboolean present, XcVerdict v)
{
  return present ? xc_verdict_to_string (v) : "(none)";
}

static void
write_text (const XcDiff *d, gboolean all, GString *out, gboolean markdown)
{
  if (markdown)
    g_string_append (out, "### crosscheck diff\n\n");
  g_string_append_printf (out, "%u new conflict%s, %u resolved, %u changed, %u added, %u removed; "
                          "sources: %u added, %u removed\n",
                          d->count[XC_CHANGE_NEW_CONFLICT], d->count[XC_CHANGE_NEW_CONFLICT] == 1 ? "" : "s",
                          d->count[XC_CHANGE_RESOLVED_CONFLICT], d->count[XC_CHANGE_CHANGED],
                          d->count[XC_CHANGE_ADDED], d->count[XC_CHANGE_REMOVED],
                          d->sources_added->len, d->sources_removed->len);
  for (guint kind = 0; kind < XC_CHANGE_N; kind++)
    {
      if (d->count[kind] == 0 || (kind == XC_CHANGE_UNCHANGED && !all))
        continue;
      if (markdown)
        g_string_append_printf (out, "\n#### %s (%u)\n\n| Fact | Verdict | Values |\n| --- | --- | --- |\n",
                                change_titles[kind], d->count[kind]);
      else
        g_string_append_printf (out, "\n%s:\n", change_titles[kind]);
      for (guint i = 0; i < d->changes->len; i++)
        {
          const XcChange *c = d->changes->pdata[i];
          if (c->kind != kind)
            continue;
          const char *ov = verdict_or_none (c->old_present, c->old_verdict);
          const char *nv = verdict_or_none (c->new_present, c->new_verdict);
          if (markdown)
            {
              g_string_append_printf (out, "| %s `%s` | %s → %s | ", c->label ? c->label : "", c->id, ov, nv);
              for (guint k = 0; k < c->details->len; k++)
                {
                  g_auto(GStrv) parts = g_strsplit (c->details->pdata[k], "|", -1);
                  g_autofree char *esc = g_strjoinv ("\\|", parts);
                  g_string_append_printf (out, "%s%s", k ? "<br>" : "", esc);
                }
              g_string_append (out, " |\n");
            }
          else
            {
              g_string_append_printf (out, "  %s [%s]: %s -> %s\n", c->label ? c->label : "", c->id, ov, nv);
              for (guint k = 0; k < c->details->len; k++)
                g_string_append_printf (out, "    %s\n", (char *) c->details->pdata[k]);
            }
        }
    }
  for (guint side = 0; side < 2; side++)
    {
      const GPtrArray *list = side ? d->sources_removed : d->sources_added;
      if (list->len == 0)
        continue;
      g_string_append_printf (out, markdown ? "\n#### Sources %s\n\n" : "\nSources %s:\n",
                              side ? "removed" : "added");
      for (guint i = 0; i < list->len; i++)
        g_string_append_printf (out, markdown ? "- %s\n" : "  %s\n", (char *) list->pdata[i]);
    }
}

static void
write_json (const XcDiff *d, gboolean all, GString *out)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  xc_json_begin_object_member (b, "summary");
  for (guint k = 0; k < XC_CHANGE_N; k++)
    {
      xc_json_add_int (b, xc_change_names[k], d->count[k]);
    }
  xc_json_add_int (b, "sources-added", d->sources_added->len);
  xc_json_add_int (b, "sources-removed", d->sources_removed->len);
  json_builder_end_object (b);
  xc_json_begin_array_member (b, "changes");
  for (guint i = 0; i < d->changes->len; i++)
    {
      const XcChange *c = d->changes->pdata[i];
      if (c->kind == XC_CHANGE_UNCHANGED && !all)
        continue;
      json_builder_begin_object (b);
      xc_json_add_string (b, "change", xc_change_names[c->kind]);
      xc_json_add_string (b, "id", c->id);
      xc_json_add_string (b, "label", c->label);
      xc_json_add_string (b, "old_verdict", c->old_present ? xc_verdict_to_string (c->old_verdict) : NULL);
      xc_json_add_string (b, "new_verdict", c->new_present ? xc_verdict_to_string (c->new_verdict) : NULL);
      xc_json_begin_array_member (b, "details");
      for (guint k = 0; k < c->details->len; k++)
        json_builder_add_string_value (b, c->details->pdata[k]);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  for (guint side = 0; side < 2; side++)
    {
      const GPtrArray *list = side ? d->sources_removed : d->sources_added;
      xc_json_begin_array_member (b, side ? "sources_removed" : "sources_added");
      for (guint i = 0; i < list->len; i++)
        json_builder_add_string_value (b, list->pdata[i]);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  xc_json_append_builder (out, b, TRUE);
}

gboolean
xc_diff_write (const XcDiff *diff, const char *format, gboolean show_unchanged, GString *out, GError **error)
{
  if (g_str_equal (format, "text") || g_str_equal (format, "markdown"))
    write_text (diff, show_unchanged, out, g_str_equal (format, "markdown"));
  else if (g_str_equal (format, "json"))
    write_json (diff, show_unchanged, out);
  else
    {
      g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "unknown diff format '%s' (text, markdown or json)", format);
      return FALSE;
    }
  return TRUE;
}
