/* xc-manifest.c - a TSV naming each file's source and publication date
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"
#include "xc-document-private.h"

/* One row: its metadata first, so that an XcMeta* handed out leads back. */
typedef struct {
  XcMeta   meta;
  char    *file;
  guint    line;
  gpointer superseded_by;   /* the later Row for the same file, which counts, or NULL */
  gboolean used;            /* a document was matched to it */
} Row;

struct _XcManifest {
  char       *path;
  GPtrArray  *rows;      /* Row*, in file order (owned) */
  GHashTable *by_name;   /* file name as written -> Row* */
  GHashTable *by_path;   /* the file's absolute path, from the manifest's folder -> Row* */
};

static void
row_free (Row *r)
{
  xc_meta_clear (&r->meta);
  g_free (r->file);
  g_free (r);
}

void
xc_manifest_free (XcManifest *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_path);
  g_hash_table_unref (self->by_name);
  g_ptr_array_unref (self->rows);
  g_free (self->path);
  g_free (self);
}

static int
column_of (char **header, const char *name)
{
  for (int i = 0; header[i]; i++)
    {
      g_autofree char *h = g_ascii_strdown (g_strstrip (header[i]), -1);
      if (g_str_equal (h, name))
        return i;
    }
  return -1;
}

/* A cell without the spaces around it: "Reuters " is "Reuters". */
static const char *
field (char **cols, guint n, int i)
{
  return i >= 0 && (guint) i < n ? g_strstrip (cols[i]) : NULL;
}

XcManifest *
xc_manifest_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len;
  if (!xc_file_read_bounded (path, "manifest", XC_ARTICLE_MAX_BYTES, &data, &len, error))
    return NULL;
  return xc_manifest_new_from_data (path, data, len, error);
}

XcManifest *
xc_manifest_new_from_data (const char *path, const char *data, gsize len, GError **error)
{
  if (!g_utf8_validate (data, (gssize) len, NULL) || memchr (data, '\0', len))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s: manifest is not UTF-8 text", path);
      return NULL;
    }
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  if (lines[0] == NULL || *g_strstrip (lines[0]) == '\0')
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:1: manifest has no header line", path);
      return NULL;
    }
  g_auto(GStrv) header = g_strsplit (lines[0], "\t", -1);
  int c_file = column_of (header, "file"), c_source = column_of (header, "source");
  int c_pub = column_of (header, "published"), c_title = column_of (header, "title");
  int c_url = column_of (header, "url");
  if (c_file < 0 || c_source < 0 || c_pub < 0)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_FORMAT,
                   "%s:1: manifest header must name the columns 'file', 'source' and 'published' "
                   "(tab-separated)", path);
      return NULL;
    }
  g_autoptr(XcManifest) self = g_new0 (XcManifest, 1);
  self->path = g_strdup (path);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *folder = g_canonicalize_filename (dir, NULL);   /* absolute */
  for (guint ln = 1; lines[ln]; ln++)
    {
      char *line = lines[ln];
      gsize l = strlen (line);
      if (l && line[l - 1] == '\r')
        line[l - 1] = '\0';
      if (*line == '\0' || *line == '#')
        continue;
      g_auto(GStrv) cols = g_strsplit (line, "\t", -1);
      guint n = g_strv_length (cols);
      const char *file = field (cols, n, c_file);
      if (file == NULL || *file == '\0')
        {
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT, "%s:%u: row has no 'file'", path, ln + 1);
          return NULL;
        }
      Row *r = g_new0 (Row, 1);
      XcMeta *m = &r->meta;
      g_date_clear (&m->published, 1);
      const char *src = field (cols, n, c_source), *pub = field (cols, n, c_pub);
      if (src && *src)
        m->source = g_strdup (src);
      if (pub && *pub && !xc_parse_iso_day (pub, &m->published))
        {
          row_free (r);
          g_set_error (error, XC_ERROR, XC_ERROR_FORMAT,
                       "%s:%u: 'published' is not a date (YYYY-MM-DD): '%s'", path, ln + 1, pub);
          return NULL;
        }
      const char *title = field (cols, n, c_title), *url = field (cols, n, c_url);
      if (title && *title)
        m->title = g_strdup (title);
      if (url && *url)
        m->url = g_strdup (url);
      /* every other column is a field of the document ("story") */
      for (int c = 0; header[c]; c++)
        {
          const char *v = field (cols, n, c);
          g_autofree char *h = g_ascii_strdown (g_strstrip (header[c]), -1);
          if (c != c_file && c != c_source && c != c_pub && c != c_title && c != c_url && *h && v && *v)
            xc_meta_set_field (m, h, v);
        }
      r->file = g_strdup (file);
      r->line = ln + 1;
      g_ptr_array_add (self->rows, r);
      /* a second row for one file: the last one counts, and a warning says so */
      char *abs = g_canonicalize_filename (file, folder);
      Row *before = g_hash_table_lookup (self->by_path, abs);
      if (before == NULL)
        before = g_hash_table_lookup (self->by_name, file);
      if (before)
        before->superseded_by = r;
      g_hash_table_replace (self->by_name, g_strdup (file), r);
      g_hash_table_replace (self->by_path, abs, r);
    }
  return g_steal_pointer (&self);
}

/* A row matches a document by its path as given, by the path relative to the
 * manifest's folder, or by the file's base name. */
const XcMeta *
xc_manifest_lookup (const XcManifest *self, const char *doc_path)
{
  Row *r = g_hash_table_lookup (self->by_name, doc_path);
  if (r == NULL)
    {
      g_autofree char *abs = g_canonicalize_filename (doc_path, NULL);
      r = g_hash_table_lookup (self->by_path, abs);
    }
  if (r == NULL)
    {
      g_autofree char *base = g_path_get_basename (doc_path);
      r = g_hash_table_lookup (self->by_name, base);
    }
  if (r == NULL)
    return NULL;
  while (r->superseded_by)   /* under another spelling of the same file */
    r = r->superseded_by;
  r->used = TRUE;
  return &r->meta;
}

GPtrArray *
xc_manifest_warnings (const XcManifest *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *r = self->rows->pdata[i];
      if (r->superseded_by)
        g_ptr_array_add (out, g_strdup_printf ("%s:%u: '%s' has another row at line %u, which counts",
                                               self->path, r->line, r->file,
                                               ((const Row *) r->superseded_by)->line));
      else if (!r->used)
        g_ptr_array_add (out, g_strdup_printf ("%s:%u: no input matches the row for '%s'", self->path,
                                               r->line, r->file));
    }
  return out;
}

void
xc_manifest_apply (const XcManifest *manifest, XcDocument *doc, const GDate *published)
{
  /* The manifest names the source; front matter fills what it leaves;
   * @published is the last resort for the date. */
  const XcMeta *m = manifest ? xc_manifest_lookup (manifest, doc->path) : NULL;
  if (m)
    {
      XcMeta merged = { 0 };
      g_date_clear (&merged.published, 1);
      xc_meta_merge (&merged, m);
      xc_meta_merge (&merged, &doc->meta);
      xc_meta_clear (&doc->meta);
      doc->meta = merged;
    }
  if (!g_date_valid (&doc->meta.published) && published && g_date_valid (published))
    doc->meta.published = *published;
}
