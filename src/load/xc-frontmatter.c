/* xc-frontmatter.c - the metadata block at the top of an input: YAML between
 * `---` lines (read by libyaml) or TOML between `+++` lines (the one-line
 * `key = value` subset, anything more refused by name); the block is blanked
 * in place so that nothing in it becomes a claim and offsets are kept
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <yaml.h>
#include "xc-document-private.h"

typedef enum { FM_YAML, FM_TOML } FmKind;

/* The keys read, lowercased; any other key is left alone. */
typedef enum { KEY_SOURCE, KEY_TITLE, KEY_URL, KEY_PUBLISHED, KEY_OTHER } FmKey;

static const struct {
  const char *name;
  FmKey       key;
} fm_keys[] = {
  { "source", KEY_SOURCE },
  { "title", KEY_TITLE },
  { "url", KEY_URL },
  { "published", KEY_PUBLISHED },
  { "date", KEY_PUBLISHED },
};

static FmKey
key_of (const char *name, gsize len)
{
  for (guint i = 0; i < G_N_ELEMENTS (fm_keys); i++)
    if (strlen (fm_keys[i].name) == len && g_ascii_strncasecmp (name, fm_keys[i].name, len) == 0)
      return fm_keys[i].key;
  return KEY_OTHER;
}

/* Sets one field of doc->meta from a value (not NUL-terminated). */
static gboolean
apply (XcDocument *doc, FmKey key, const char *value, gsize len, guint line, GError **error)
{
  g_autofree char *v = g_strstrip (g_strndup (value, len));
  if (key == KEY_PUBLISHED)
    {
      if (!xc_parse_iso_day (v, &doc->meta.published))
        {
          g_set_error (error, XC_ERROR, XC_ERROR_INPUT,
                       "%s:%u: front matter: 'published' is not a date (YYYY-MM-DD): '%s'",
                       doc->name, line, v);
          return FALSE;
        }
      return TRUE;
    }
  char **slot = key == KEY_SOURCE ? &doc->meta.source : key == KEY_TITLE ? &doc->meta.title
              : key == KEY_URL ? &doc->meta.url : NULL;
  if (slot == NULL)
    return TRUE;
  g_free (*slot);
  *slot = *v ? g_steal_pointer (&v) : NULL;
  return TRUE;
}

/* ---------- YAML ---------- */

/* *@out_mapping: whether the block is a mapping (or empty), so front matter. */
static gboolean
read_yaml (XcDocument *doc, const char *block, gsize len, guint first_line, gboolean *out_mapping,
           GError **error)
{
  *out_mapping = FALSE;
  yaml_parser_t parser;
  yaml_document_t ydoc;
  if (!yaml_parser_initialize (&parser))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: front matter: out of memory", doc->name);
      return FALSE;
    }
  yaml_parser_set_input_string (&parser, (const unsigned char *) block, len);
  if (!yaml_parser_load (&parser, &ydoc))
    {
      /* the mark is 0-based from the block's first line */
      const yaml_mark_t *m = parser.problem_mark.line || parser.problem_mark.column ? &parser.problem_mark
                             : &parser.context_mark;
      gboolean colon = parser.problem && strstr (parser.problem, "mapping values are not allowed");
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s:%u:%u: front matter is not valid YAML: %s%s",
                   doc->name, first_line + (guint) m->line, (guint) m->column + 1,
                   parser.problem ? parser.problem : "unreadable",
                   colon ? " (quote a value that holds ': ', as in title: \"Storm: 12 dead\")" : "");
      yaml_parser_delete (&parser);
      return FALSE;
    }
  yaml_parser_delete (&parser);
  gboolean ok = TRUE;
  yaml_node_t *root = yaml_document_get_root_node (&ydoc);
  *out_mapping = root == NULL || root->type == YAML_MAPPING_NODE;
  if (root && root->type == YAML_MAPPING_NODE)
    for (yaml_node_pair_t *pair = root->data.mapping.pairs.start; ok && pair < root->data.mapping.pairs.top;
         pair++)
      {
        yaml_node_t *k = yaml_document_get_node (&ydoc, pair->key);
        yaml_node_t *v = yaml_document_get_node (&ydoc, pair->value);
        if (k == NULL || v == NULL || k->type != YAML_SCALAR_NODE)
          continue;
        FmKey key = key_of ((const char *) k->data.scalar.value, k->data.scalar.length);
        if (key == KEY_OTHER)
          {
            /* any other one-value key is kept as a field ("story: athens-2010"; --stories FIELD) */
            if (v->type == YAML_SCALAR_NODE && v->data.scalar.length > 0)
              {
                g_autofree char *name = g_ascii_strdown ((const char *) k->data.scalar.value,
                                                         (gssize) k->data.scalar.length);
                g_autofree char *val = g_strndup ((const char *) v->data.scalar.value, v->data.scalar.length);
                xc_meta_set_field (&doc->meta, name, val);
              }
            continue;
          }
        guint line = first_line + (guint) v->start_mark.line;
        if (v->type != YAML_SCALAR_NODE)
          {
            g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s:%u: front matter: '%.*s' must be a single value",
                         doc->name, line, (int) k->data.scalar.length, (const char *) k->data.scalar.value);
            ok = FALSE;
            break;
          }
        const char *s = (const char *) v->data.scalar.value;
        gsize n = v->data.scalar.length;
        /* an empty or null value (`source:`, `source: ~`) sets nothing */
        if (v->data.scalar.style == YAML_PLAIN_SCALAR_STYLE
            && (n == 0 || (n == 1 && s[0] == '~') || (n == 4 && g_ascii_strncasecmp (s, "null", 4) == 0)))
          continue;
        ok = apply (doc, key, s, n, line, error);
      }
  yaml_document_delete (&ydoc);
  return ok;
}

/* ---------- TOML ---------- */

static const char *
skip_blanks (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  return p;
}

/* A basic string's escapes (\" \\ \b \t \n \f \r \uXXXX \UXXXXXXXX) from
 * just after the opening quote; *@out_end past the closing quote. */
static char *
toml_basic_string (const char *p, const char *end, const char **out_end)
{
  GString *s = g_string_new (NULL);
  while (p < end && *p != '"')
    {
      if (*p != '\\')
        {
          g_string_append_c (s, *p++);
          continue;
        }
      if (++p >= end)
        break;
      char c = *p++;
      static const char from[] = "\"\\btnfr", to[] = "\"\\\b\t\n\f\r";
      const char *hit = strchr (from, c);
      if (c && hit)
        g_string_append_c (s, to[hit - from]);
      else if ((c == 'u' || c == 'U') && end - p >= (c == 'u' ? 4 : 8))
        {
          int width = c == 'u' ? 4 : 8;
          gunichar u = 0;
          gboolean ok = TRUE;
          for (int i = 0; i < width && ok; i++)
            {
              int d = g_ascii_xdigit_value (p[i]);
              ok = d >= 0;
              u = u * 16 + (gunichar) MAX (d, 0);
            }
          if (!ok || !g_unichar_validate (u))
            break;
          g_string_append_unichar (s, u);
          p += width;
        }
      else
        break;
    }
  if (p >= end || *p != '"')
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  *out_end = p + 1;
  return g_string_free (s, FALSE);
}

/* One `key = value` line of the block (no newline in it). */
static gboolean
toml_line (XcDocument *doc, const char *p, const char *end, guint line, gboolean *in_table, GError **error)
{
  g_autofree char *value = NULL;   /* before any goto */
  p = skip_blanks (p, end);
  while (end > p && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
    end--;
  if (p == end || *p == '#')
    return TRUE;
  if (*p == '[')
    {
      *in_table = TRUE;   /* [table] or [[array]]: keys after it are not the document's */
      return TRUE;
    }
  const char *key = p;
  gsize key_len;
  if (*p == '"' || *p == '\'')
    {
      const char *q = memchr (p + 1, *p, (gsize) (end - p - 1));
      if (q == NULL)
        goto unreadable;
      key = p + 1;
      key_len = (gsize) (q - key);
      p = q + 1;
    }
  else
    {
      while (p < end && (g_ascii_isalnum (*p) || *p == '_' || *p == '-'))
        p++;
      key_len = (gsize) (p - key);
      if (key_len == 0)
        goto unreadable;
    }
  p = skip_blanks (p, end);
  if (p < end && *p == '.')
    return TRUE;   /* a dotted key belongs to a table */
  if (p >= end || *p != '=')
    goto unreadable;
  p = skip_blanks (p + 1, end);
  if (p >= end)
    goto unreadable;
  FmKey k = *in_table ? KEY_OTHER : key_of (key, key_len);
  if ((end - p >= 3 && (strncmp (p, "\"\"\"", 3) == 0 || strncmp (p, "'''", 3) == 0)))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT,
                   "%s:%u: TOML front matter: multi-line strings are not read; write %.*s = \"...\" on one line",
                   doc->name, line, (int) key_len, key);
      return FALSE;
    }
  const char *after = end;
  if (*p == '"')
    {
      value = toml_basic_string (p + 1, end, &after);
      if (value == NULL)
        goto unreadable;
    }
  else if (*p == '\'')
    {
      const char *q = memchr (p + 1, '\'', (gsize) (end - p - 1));
      if (q == NULL)
        goto unreadable;
      value = g_strndup (p + 1, (gsize) (q - p - 1));
      after = q + 1;
    }
  else if (*p == '[' || *p == '{')
    {
      /* an array or inline table: never one of the keys read; on one line */
      int depth = 0;
      char quote = 0;
      for (const char *q = p; q < end; q++)
        {
          if (quote)
            quote = *q == quote ? 0 : quote;
          else if (*q == '"' || *q == '\'')
            quote = *q;
          else
            depth += (*q == '[' || *q == '{') ? 1 : (*q == ']' || *q == '}') ? -1 : 0;
        }
      if (depth != 0)
        {
          g_set_error (error, XC_ERROR, XC_ERROR_INPUT,
                       "%s:%u: TOML front matter: arrays and tables over several lines are not read; "
                       "write %.*s on one line",
                       doc->name, line, (int) key_len, key);
          return FALSE;
        }
      return TRUE;
    }
  else
    {
      /* a bare value: a date, a number, a boolean; up to a comment */
      const char *q = p;
      while (q < end && *q != '#')
        q++;
      while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
        q--;
      value = g_strndup (p, (gsize) (q - p));
      after = q;
    }
  after = skip_blanks (after, end);
  if (after < end && *after != '#')
    goto unreadable;
  if (k == KEY_OTHER)
    {
      if (!*in_table && *value)
        {
          g_autofree char *name = g_ascii_strdown (key, (gssize) key_len);
          xc_meta_set_field (&doc->meta, name, value);
        }
      return TRUE;
    }
  return apply (doc, k, value, strlen (value), line, error);

unreadable:
  g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s:%u: TOML front matter: not a 'key = value' line: '%.*s'",
               doc->name, line, (int) MIN (end - key, 60), key);
  return FALSE;
}

static gboolean
read_toml (XcDocument *doc, const char *block, gsize len, guint first_line, GError **error)
{
  const char *end = block + len;
  gboolean in_table = FALSE;
  guint line = first_line;
  for (const char *p = block; p < end; line++)
    {
      const char *eol = memchr (p, '\n', (gsize) (end - p));
      const char *e = eol ? eol : end;
      if (!toml_line (doc, p, e, line, &in_table, error))
        return FALSE;
      p = eol ? eol + 1 : end;
    }
  return TRUE;
}

/* ---------- the block ---------- */

/* Whether the line at @p (up to @end) is @mark alone, spaces and a CR after it
 * allowed; *@out_next is the start of the next line. */
static gboolean
is_mark_line (const char *p, const char *end, const char *mark, const char **out_next)
{
  gsize n = strlen (mark);
  if ((gsize) (end - p) < n || memcmp (p, mark, n) != 0)
    return FALSE;
  const char *q = p + n;
  while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
    q++;
  if (q < end && *q != '\n')
    return FALSE;
  *out_next = q < end ? q + 1 : end;
  return TRUE;
}

gboolean
xc_front_matter_read (XcDocument *doc, GError **error)
{
  char *t = doc->text;
  const char *end = t + doc->text_len;
  /* a byte-order mark (already blanked) may come first */
  gsize start = g_str_has_prefix (doc->raw, "\xEF\xBB\xBF") ? 3 : 0;
  const char *body;
  FmKind kind;
  if (is_mark_line (t + start, end, "---", &body))
    kind = FM_YAML;
  else if (is_mark_line (t + start, end, "+++", &body))
    kind = FM_TOML;
  else
    return TRUE;
  /* the closing line: the same mark, or "..." (YAML's end of document) */
  const char *close = NULL, *after = NULL;
  for (const char *p = body; p < end;)
    {
      if (is_mark_line (p, end, kind == FM_YAML ? "---" : "+++", &after)
          || (kind == FM_YAML && is_mark_line (p, end, "...", &after)))
        {
          close = p;
          break;
        }
      const char *eol = memchr (p, '\n', (gsize) (end - p));
      p = eol ? eol + 1 : end;
    }
  if (close == NULL)
    return TRUE;   /* no closing line: not front matter */

  gsize len = (gsize) (close - body);
  if (kind == FM_YAML)
    {
      /* a block that is not a mapping ("---", a paragraph, "---": rules in
       * Markdown) is not front matter; text stays text */
      g_autofree char *block = g_strndup (body, len);
      gboolean mapping;
      if (!read_yaml (doc, block, len, 2, &mapping, error))
        return FALSE;
      if (!mapping)
        return TRUE;
    }
  else if (!read_toml (doc, body, len, 2, error))
    return FALSE;

  /* blank the block, the marks with it: same length, newlines kept */
  for (char *p = t; p < after; p++)
    if (*p != '\n')
      *p = ' ';
  return TRUE;
}
