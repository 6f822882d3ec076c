/* xc-config.c - `.crosscheck.ini`: defaults for lint, checked key by key with file and line in every error
 * SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>
#include "xc-private.h"
#include "crosscheck/xc-config.h"

#define XC_CONFIG_NAME ".crosscheck.ini"

static const char * const xc_default_excludes[] = {
  ".git", ".hg", ".svn", "build", "builddir", "_build", "build-*", "node_modules", NULL
};

const char * const *
xc_config_default_excludes (void)
{
  return xc_default_excludes;
}

/* One `key = value` line as written. */
typedef struct {
  char       *group;    /* owned: interning names that the file chose grew the process's quark table for good */
  char       *key;
  char       *value;    /* trimmed */
  guint       line;
} Entry;

typedef enum { T_LIST, T_PATHS, T_PATH, T_STRING, T_LEVEL, T_FAIL_ON, T_FRACTION, T_CURRENCY, T_DATE } ValueType;

/* Every key there is; anything else is an error. */
static const struct {
  const char *group;
  const char *key;
  ValueType   type;
} xc_config_keys[] = {
  { "lint", "against", T_PATHS },
  { "lint", "facts", T_PATHS },
  { "lint", "manifest", T_PATH },
  { "lint", "published", T_DATE },
  { "lint", "format", T_STRING },
  { "lint", "fail-on", T_FAIL_ON },
  { "lint", "tolerance", T_FRACTION },
  { "lint", "include", T_LIST },
  { "lint", "exclude", T_LIST },
  { "severity", "contradicted", T_LEVEL },
  { "severity", "contested", T_LEVEL },
  { "severity", "unsupported", T_LEVEL },
  { "severity", "supported", T_LEVEL },
  { "severity", "unused-suppression", T_LEVEL },
  { "units", "dollar", T_CURRENCY },
};

XcConfig *
xc_config_new (void)
{
  XcConfig *self = g_new0 (XcConfig, 1);
  self->against = g_ptr_array_new_with_free_func (g_free);
  self->facts = g_ptr_array_new_with_free_func (g_free);
  self->include = g_ptr_array_new_with_free_func (g_free);
  self->exclude = g_ptr_array_new_with_free_func (g_free);
  self->fail_on = -1;
  self->tolerance = -1;
  for (guint i = 0; i < XC_FINDING_N_KINDS; i++)
    self->severity[i] = -1;
  return self;
}

void
xc_config_free (XcConfig *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_ptr_array_unref (self->against);
  g_ptr_array_unref (self->facts);
  g_ptr_array_unref (self->include);
  g_ptr_array_unref (self->exclude);
  g_free (self->manifest);
  g_free (self->published);
  g_free (self->format);
  g_free (self->dollar);
  g_free (self);
}

static void
entry_clear (gpointer p)
{
  Entry *e = p;
  g_free (e->group);
  g_free (e->key);
  g_free (e->value);
}

/* Reads the lines GKeyFile reads: comments, [groups], key=value. */
static GArray *
scan_lines (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (entries, entry_clear);
  g_autofree char *copy = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  const char *group = NULL;
  for (guint i = 0; lines[i]; i++)
    {
      char *l = g_strstrip (lines[i]);
      if (*l == '\0' || *l == '#')
        continue;
      if (*l == '[')
        {
          char *close = strchr (l, ']');
          if (close == NULL || close[1] != '\0' || close == l + 1)
            {
              g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: malformed group header '%s'", path,
                           i + 1, l);
              return NULL;
            }
          *close = '\0';
          group = l + 1;   /* in @lines, which outlive the loop */
          continue;
        }
      char *eq = strchr (l, '=');
      if (eq == NULL || eq == l)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: expected 'key = value', found '%s'",
                       path, i + 1, l);
          return NULL;
        }
      if (group == NULL)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: key outside any [group]", path, i + 1);
          return NULL;
        }
      *eq = '\0';
      Entry e = { g_strdup (group), g_strdup (g_strstrip (l)), g_strdup (g_strstrip (eq + 1)), i + 1 };
      g_array_append_val (entries, e);
    }
  return g_steal_pointer (&entries);
}

/* "a;b; c" -> "a", "b", "c" (empty items dropped) */
static void
split_list (const char *value, GPtrArray *into)
{
  g_auto(GStrv) parts = g_strsplit (value, ";", -1);
  for (guint i = 0; parts[i]; i++)
    {
      char *p = g_strstrip (parts[i]);
      if (*p)
        g_ptr_array_add (into, g_strdup (p));
    }
}

static gboolean
has_glob (const char *s)
{
  return strpbrk (s, "*?[") != NULL;
}

/* The length of the character at @p: a valid UTF-8 sequence, or one byte of
 * anything else (file names need not be UTF-8). */
static gsize
char_len (const char *p)
{
  gsize n = (gsize) g_utf8_skip[(guchar) *p];
  for (gsize i = 1; i < n; i++)
    if (((guchar) p[i] & 0xC0) != 0x80)
      return 1;
  return n > 1 && g_utf8_validate_len (p, n, NULL) ? n : 1;
}

/* `*` (any run) and `?` (one character), matched on bytes: the wildcards of
 * g_pattern_match_simple(), which asserts on a name that is not UTF-8 (a
 * folder of a pull request, a glob of its .crosscheck.ini). Greedy with one
 * backtrack point: linear in practice. */
static gboolean
glob_match (const char *glob, const char *s)
{
  const char *star = NULL, *resume = NULL;
  while (*s)
    {
      if (*glob == '*')
        {
          while (*glob == '*')
            glob++;
          if (*glob == '\0')
            return TRUE;
          star = glob;
          resume = s;
          continue;
        }
      if (*glob == '?')
        {
          glob++;
          s += char_len (s);
          continue;
        }
      if (*glob != '\0' && *glob == *s)
        {
          glob++;
          s++;
          continue;
        }
      if (star == NULL)
        return FALSE;
      glob = star;
      resume += char_len (resume);
      s = resume;
    }
  while (*glob == '*')
    glob++;
  return *glob == '\0';
}

static int
strcmp_ptr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* @pattern's directory part is literal; its last component may hold wildcards. */
static void
expand_into (const char *base, const char *pattern, GPtrArray *into)
{
  g_autofree char *joined = g_path_is_absolute (pattern) || base == NULL || g_str_equal (base, ".")
                            ? g_strdup (pattern) : g_build_filename (base, pattern, NULL);
  if (!has_glob (joined))
    {
      g_ptr_array_add (into, g_steal_pointer (&joined));
      return;
    }
  g_autofree char *dir = g_path_get_dirname (joined);
  g_autofree char *glob = g_path_get_basename (joined);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    if (glob_match (glob, name))
      g_ptr_array_add (found, g_str_equal (dir, ".") ? g_strdup (name) : g_build_filename (dir, name, NULL));
  if (found->len == 0)
    {
      /* left as written: the input loop reports it missing */
      g_ptr_array_add (into, g_steal_pointer (&joined));
      return;
    }
  g_ptr_array_sort (found, strcmp_ptr);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (into, g_steal_pointer (&found->pdata[i]));
}

static gboolean
set_value (XcConfig *self, const char *base, const Entry *e, ValueType type, GError **error)
{
  const char *v = e->value;
#define BAD(...) G_STMT_START { \
    g_autofree char *why_ = g_strdup_printf (__VA_ARGS__); \
    g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: %s: %s", self->path, e->line, e->key, why_); \
    return FALSE; } G_STMT_END
  switch (type)
    {
    case T_LIST:
      split_list (v, g_str_equal (e->key, "include") ? self->include : self->exclude);
      return TRUE;
    case T_PATHS:
      {
        g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
        split_list (v, items);
        if (items->len == 0)
          BAD ("no path given");
        for (guint i = 0; i < items->len; i++)
          expand_into (base, items->pdata[i], g_str_equal (e->key, "against") ? self->against : self->facts);
        return TRUE;
      }
    case T_PATH:
      if (*v == '\0')
        BAD ("no path given");
      g_free (self->manifest);
      self->manifest = g_path_is_absolute (v) || g_str_equal (base, ".") ? g_strdup (v)
                       : g_build_filename (base, v, NULL);
      return TRUE;
    case T_STRING:
      if (!g_strv_contains (xc_lint_formats (), v))
        BAD ("'%s' is not a format (gnu, json, sarif, rdjsonl, github or markdown)", v);
      g_free (self->format);
      self->format = g_strdup (v);
      return TRUE;
    case T_LEVEL:
    case T_FAIL_ON:
      {
        XcSeverity s;
        if (type == T_FAIL_ON && g_str_equal (v, "never"))
          s = XC_SEVERITY_OFF;   /* fail on nothing: the word every --fail-on takes */
        else if (!xc_severity_from_string (v, &s) || (type == T_FAIL_ON && g_str_equal (v, "off")))
          BAD (type == T_LEVEL ? "'%s' is not a level (error, warning, note or off)"
                               : "'%s' is not a level (error, warning, note or never)", v);
        if (type == T_FAIL_ON)
          self->fail_on = (int) s;
        else
          {
            XcFindingKind k;
            xc_finding_kind_from_string (e->key, &k);
            self->severity[k] = (int) s;
          }
        return TRUE;
      }
    case T_FRACTION:
      {
        char *end = NULL;
        double d = g_ascii_strtod (v, &end);
        if (*v == '\0' || end == NULL || *end != '\0' || !(d >= 0 && d <= 1))
          BAD ("'%s' is not a fraction between 0 and 1", v);
        self->tolerance = d;
        return TRUE;
      }
    case T_CURRENCY:
      if (strlen (v) != 3 || !g_ascii_isupper (v[0]) || !g_ascii_isupper (v[1]) || !g_ascii_isupper (v[2]))
        BAD ("'%s' is not an ISO 4217 currency code (USD, AUD, CAD, ...)", v);
      g_free (self->dollar);
      self->dollar = g_strdup (v);
      return TRUE;
    case T_DATE:
      {
        GDate d;
        g_date_clear (&d, 1);
        unsigned y, m, dd;
        int n = 0;
        if (strlen (v) != 10 || sscanf (v, "%4u-%2u-%2u%n", &y, &m, &dd, &n) != 3 || n != 10
            || !g_date_valid_dmy (dd, m, y))
          BAD ("'%s' is not a date (YYYY-MM-DD)", v);
        g_free (self->published);
        self->published = g_strdup (v);
        return TRUE;
      }
    default:
      break;
    }
#undef BAD
  return TRUE;
}

XcConfig *
xc_config_new_from_data (const char *path, const char *data, gssize len, GError **error)
{
  if (len < 0)
    len = (gssize) strlen (data);
  /* GKeyFile is the format: whatever it refuses, we refuse */
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) kf_error = NULL;
  if (!g_key_file_load_from_data (kf, data, (gsize) len, G_KEY_FILE_NONE, &kf_error))
    {
      g_autoptr(GError) line_error = NULL;
      GArray *probe = scan_lines (path, data, (gsize) len, &line_error);
      if (probe)
        g_array_unref (probe);
      if (line_error)
        g_propagate_error (error, g_steal_pointer (&line_error));
      else
        g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s: %s", path, kf_error->message);
      return NULL;
    }
  g_autoptr(GArray) entries = scan_lines (path, data, (gsize) len, error);
  if (entries == NULL)
    return NULL;
  g_autoptr(XcConfig) self = xc_config_new ();
  self->path = g_strdup (path);
  g_autofree char *base = g_path_get_dirname (path);
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *e = &g_array_index (entries, Entry, i);
      gboolean known_group = FALSE;
      gint found = -1;
      for (guint k = 0; k < G_N_ELEMENTS (xc_config_keys); k++)
        if (g_str_equal (e->group, xc_config_keys[k].group))
          {
            known_group = TRUE;
            if (g_str_equal (e->key, xc_config_keys[k].key))
              found = (gint) k;
          }
      if (!known_group)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT,
                       "%s:%u: %s: unknown group [%s] (lint, severity or units)", path, e->line, e->key,
                       e->group);
          return NULL;
        }
      if (found < 0)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: %s: unknown key in [%s]", path, e->line,
                       e->key, e->group);
          return NULL;
        }
      if (!set_value (self, base, e, xc_config_keys[found].type, error))
        return NULL;
    }
  return g_steal_pointer (&self);
}

XcConfig *
xc_config_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!xc_file_read_bounded (path, "configuration", XC_CONFIG_MAX_BYTES, &data, &len, error))
    return NULL;
  return xc_config_new_from_data (path, data, (gssize) len, error);
}

char *
xc_config_find (const char *dir)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *at = g_canonicalize_filename (dir ? dir : ".", cwd);
  g_autoptr(GString) up = g_string_new (NULL);
  for (;;)
    {
      g_autofree char *candidate = g_build_filename (at, XC_CONFIG_NAME, NULL);
      if (g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
        {
          /* relative to @dir when @dir is relative: reports stay short */
          if (dir && !g_path_is_absolute (dir))
            {
              g_autofree char *rel = g_build_filename (dir, up->str, XC_CONFIG_NAME, NULL);
              g_autofree char *clean = g_str_has_prefix (rel, "./") ? g_strdup (rel + 2) : g_strdup (rel);
              return g_steal_pointer (&clean);
            }
          return g_steal_pointer (&candidate);
        }
      g_autofree char *parent = g_path_get_dirname (at);
      if (g_str_equal (parent, at))
        return NULL;
      g_free (at);
      at = g_steal_pointer (&parent);
      g_string_append (up, "../");
    }
}

static gboolean
glob_hits (const char *glob, const char *path)
{
  if (glob_match (glob, path))
    return TRUE;
  /* any component, and any trailing part after a '/' */
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i] && glob_match (glob, parts[i]))
      return TRUE;
  for (const char *p = strchr (path, '/'); p; p = strchr (p + 1, '/'))
    if (glob_match (glob, p + 1))
      return TRUE;
  return FALSE;
}

gboolean
xc_path_excluded (const char *path, const GPtrArray *include, const GPtrArray *exclude)
{
  const char *p = g_str_has_prefix (path, "./") ? path + 2 : path;
  /* ".." leads out of the tree; it is not a folder name to match */
  for (guint i = 0; xc_default_excludes[i]; i++)
    if (glob_hits (xc_default_excludes[i], p))
      return TRUE;
  for (guint i = 0; exclude && i < exclude->len; i++)
    if (glob_hits (exclude->pdata[i], p))
      return TRUE;
  if (include && include->len)
    {
      for (guint i = 0; i < include->len; i++)
        if (glob_hits (include->pdata[i], p))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}
