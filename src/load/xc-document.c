/* xc-document.c - loading one input: checks, front matter, line index, positions
 * SPDX-License-Identifier: MIT */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "xc-private.h"
#include "xc-document-private.h"

/* The files the loader reads, by extension (any case): the one list for
 * xc_format_from_path() and the folder walker (xc-inputs.c). */
static const struct {
  const char *extension;
  XcFormat    format;
} xc_input_types[] = {
  { ".txt",      XC_FORMAT_TEXT },
  { ".md",       XC_FORMAT_MARKDOWN },
  { ".markdown", XC_FORMAT_MARKDOWN },
  { ".html",     XC_FORMAT_HTML },
  { ".htm",      XC_FORMAT_HTML },
  { ".xhtml",    XC_FORMAT_HTML },
};

gboolean
xc_input_type_known (const char *path, XcFormat *out_format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (xc_input_types); i++)
    if (g_str_has_suffix (lower, xc_input_types[i].extension))
      {
        if (out_format)
          *out_format = xc_input_types[i].format;
        return TRUE;
      }
  return FALSE;
}

char *
xc_input_types_describe (void)
{
  GString *s = g_string_new (NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (xc_input_types); i++)
    {
      if (i > 0)
        g_string_append (s, i + 1 < G_N_ELEMENTS (xc_input_types) ? ", " : " or ");
      g_string_append (s, xc_input_types[i].extension);
    }
  return g_string_free (s, FALSE);
}

XcFormat
xc_format_from_path (const char *path)
{
  XcFormat format = XC_FORMAT_TEXT;   /* an unknown extension is read as text */
  xc_input_type_known (path, &format);
  return format;
}

void
xc_meta_clear (XcMeta *meta)
{
  g_clear_pointer (&meta->source, g_free);
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->url, g_free);
  g_clear_pointer (&meta->fields, g_hash_table_unref);
  g_date_clear (&meta->published, 1);
}

void
xc_meta_set_field (XcMeta *meta, const char *name, const char *value)
{
  if (meta->fields == NULL)
    meta->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (meta->fields, g_ascii_strdown (name, -1), g_strdup (value));
}

const char *
xc_meta_get_field (const XcMeta *meta, const char *name)
{
  if (meta == NULL || meta->fields == NULL || name == NULL)
    return NULL;
  g_autofree char *key = g_ascii_strdown (name, -1);
  return g_hash_table_lookup (meta->fields, key);
}

/* Fills what @into lacks from @from. */
void
xc_meta_merge (XcMeta *into, const XcMeta *from)
{
  if (from == NULL)
    return;
  if (!into->source && from->source)
    into->source = g_strdup (from->source);
  if (!into->title && from->title)
    into->title = g_strdup (from->title);
  if (!into->url && from->url)
    into->url = g_strdup (from->url);
  if (!g_date_valid (&into->published) && g_date_valid (&from->published))
    into->published = from->published;
  if (from->fields)
    {
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, from->fields);
      while (g_hash_table_iter_next (&it, &k, &v))
        if (xc_meta_get_field (into, k) == NULL)
          xc_meta_set_field (into, k, v);
    }
}

gboolean
xc_parse_iso_day (const char *s, GDate *out)
{
  unsigned y, m, d;
  int n = 0;
  g_date_clear (out, 1);
  if (s == NULL)
    return FALSE;
  while (g_ascii_isspace (*s))
    s++;
  if (sscanf (s, "%4u-%2u-%2u%n", &y, &m, &d, &n) != 3 || n != 10)
    return FALSE;
  /* a time may follow ("2024-04-09T10:00:00Z"); anything else may not */
  if (s[n] != '\0' && s[n] != 'T' && s[n] != ' ' && s[n] != '\t' && s[n] != '\r' && s[n] != '\n')
    return FALSE;
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

/* Plain text's suppression comments ("// crosscheck-disable-next-line ...",
 * lint's, docs/lint.md) are not prose: their lines are blanked (with @blank),
 * so a reason that holds a figure gives no claim. Returns whether @t has one. */
static gboolean
comment_lines (char *t, gsize len, gboolean blank)
{
  static const char prefix[] = "crosscheck-";
  gboolean found = FALSE;
  for (gsize s = 0; s < len;)
    {
      const char *eol = memchr (t + s, '\n', len - s);
      gsize e = eol ? (gsize) (eol - t) : len;
      gsize i = s;
      while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
      if (e - i >= 2 && t[i] == '/' && t[i + 1] == '/')
        {
          gsize j = i + 2;
          while (j < e && (t[j] == ' ' || t[j] == '\t'))
            j++;
          if (e - j >= sizeof prefix - 1 && memcmp (t + j, prefix, sizeof prefix - 1) == 0)
            {
              if (!blank)
                return TRUE;
              memset (t + s, ' ', e - s);
              found = TRUE;
            }
        }
      s = e + 1;
    }
  return found;
}

/* Whether "crosscheck-" occurs in @t before @len or a NUL (as g_strstr_len()
 * answers, but by memchr() from one '-' to the next: g_strstr_len() compares
 * at every byte, a tenth of extraction's time on plain text). */
static gboolean
mentions_crosscheck (const char *t, gsize len)
{
  static const char word[] = "crosscheck";
  gsize n = strnlen (t, len), w = sizeof word - 1;
  for (const char *p = t + w; p < t + n; p++)
    {
      p = memchr (p, '-', (gsize) (t + n - p));
      if (p == NULL)
        return FALSE;
      if (memcmp (p - w, word, w) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
index_lines (XcDocument *doc)
{
  doc->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize zero = 0;
  g_array_append_val (doc->line_starts, zero);
  const char *end = doc->raw + doc->raw_len;
  for (const char *p = doc->raw; p < end && (p = memchr (p, '\n', (gsize) (end - p))) != NULL; p++)
    {
      gsize next = (gsize) (p - doc->raw) + 1;
      g_array_append_val (doc->line_starts, next);
    }
}

static char *
display_name (const char *path)
{
  while (g_str_has_prefix (path, "./"))
    path += 2;
  return g_strdup (path);
}

/* g_utf8_validate() over only the non-ASCII runs: a multi-byte character is
 * made of bytes >= 0x80 only, so the text is valid exactly when every run of
 * such bytes is, and the first bad byte is the same. ASCII is skipped a
 * machine word at a time. */
static gboolean
utf8_validate (const char *data, gsize len, const char **out_bad)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;
  while (i < len)
    {
      guint64 w;
      if (i + 8 <= len && (memcpy (&w, data + i, 8), (w & high) == 0))
        {
          i += 8;
          continue;
        }
      if (!((guchar) data[i] & 0x80))
        {
          i++;
          continue;
        }
      gsize e = i + 1;
      while (e < len && ((guchar) data[e] & 0x80))
        e++;
      if (!g_utf8_validate_len (data + i, e - i, out_bad))
        return FALSE;
      i = e;
    }
  return TRUE;
}

/* The number of characters in the valid UTF-8 [@s, @s + @n): its bytes that
 * do not continue a character. */
static gsize
utf8_count (const char *s, gsize n)
{
  gsize count = 0, i = 0;
  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      /* a continuation byte is 10xxxxxx: bit 7 set and bit 6 clear */
      guint64 cont = w & ~(w << 1) & G_GUINT64_CONSTANT (0x8080808080808080);
      count += 8 - (gsize) __builtin_popcountll (cont);
    }
  for (; i < n; i++)
    count += ((guchar) s[i] & 0xC0) != 0x80;
  return count;
}

static const char *
file_kind (mode_t mode)
{
  return S_ISDIR (mode) ? "a directory" : S_ISFIFO (mode) ? "a FIFO" : S_ISCHR (mode) ? "a character device"
       : S_ISBLK (mode) ? "a block device" : S_ISSOCK (mode) ? "a socket" : "not a file";
}

/* xc_file_read_bounded() with the file called @name in messages. */
static gboolean
read_bounded (const char *path, const char *name, const char *what, gsize max, char **out_data,
              gsize *out_len, GError **error)
{
  *out_data = NULL;
  *out_len = 0;
  /* O_NONBLOCK: opening a FIFO must not wait for a writer */
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int e = errno;
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: cannot read the %s: %s", name, what, g_strerror (e));
      return FALSE;
    }
  struct stat st;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the %s is not a regular file (%s)", name, what,
                   file_kind (st.st_mode));
      close (fd);
      return FALSE;
    }
  /* "16 MiB", the same in every locale */
  g_autofree char *limit = max % (1u << 20) == 0 ? g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", max >> 20)
                           : g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", max);
  if ((guint64) st.st_size > max)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the %s is larger than the limit of %s", name,
                   what, limit);
      close (fd);
      return FALSE;
    }
  /* read to the end, which may not be where fstat() said: never past @max */
  gsize cap = (gsize) st.st_size + 1, len = 0;
  char *buf = g_malloc (cap + 1);
  for (;;)
    {
      if (len == cap)
        {
          if (cap > max)
            break;
          cap = MIN (cap * 2, max + 1);
          buf = g_realloc (buf, cap + 1);
        }
      ssize_t n = read (fd, buf + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int e = errno;
          g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: cannot read the %s: %s", name, what,
                       g_strerror (e));
          g_free (buf);
          close (fd);
          return FALSE;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }
  close (fd);
  if (len > max)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the %s is larger than the limit of %s", name,
                   what, limit);
      g_free (buf);
      return FALSE;
    }
  buf[len] = '\0';
  *out_data = buf;
  *out_len = len;
  return TRUE;
}

gboolean
xc_file_read_bounded (const char *path, const char *what, gsize max, char **out_data, gsize *out_len,
                      GError **error)
{
  g_return_val_if_fail (path != NULL && out_data != NULL && out_len != NULL, FALSE);
  return read_bounded (path, path, what ? what : "file", max, out_data, out_len, error);
}

static XcDocument *
document_new (const char *path, char *data, gsize len, XcFormat format, GError **error)
{
  g_autoptr(XcDocument) doc = g_new0 (XcDocument, 1);
  doc->path = g_strdup (path);
  doc->name = display_name (path);
  doc->format = format;
  doc->raw = data;
  doc->raw_len = len;
  g_date_clear (&doc->meta.published, 1);

  if (len == 0)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: empty file", doc->name);
      return NULL;
    }
  const char *nul = memchr (data, '\0', len);
  if (nul)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: NUL byte at byte %" G_GSIZE_FORMAT
                   " (a binary file?)", doc->name, (gsize) (nul - data));
      return NULL;
    }
  const char *bad;
  if (!utf8_validate (data, len, &bad))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: not UTF-8 at byte %" G_GSIZE_FORMAT,
                   doc->name, (gsize) (bad - data));
      return NULL;
    }
  index_lines (doc);
  /* plain text that nothing will blank (no byte-order mark, no front matter,
   * no crosscheck- comment line) is searched in the file's own bytes: a large
   * document is held once, not twice */
  if (format != XC_FORMAT_MARKDOWN && format != XC_FORMAT_HTML && data[0] != '-' && data[0] != '+'
      && data[0] != '\xEF' && !(mentions_crosscheck (data, len) && comment_lines (data, len, FALSE)))
    doc->text = data;
  else
    doc->text = g_memdup2 (data, len + 1);
  doc->text_len = len;
  if (g_str_has_prefix (doc->text, "\xEF\xBB\xBF"))   /* a byte-order mark is not text */
    memset (doc->text, ' ', 3);
  if (!xc_front_matter_read (doc, error))
    return NULL;
  switch (format)
    {
    case XC_FORMAT_MARKDOWN:
      if (!xc_markup_markdown_text (doc, error))
        return NULL;
      break;
    case XC_FORMAT_HTML:
      if (!xc_markup_html_text (doc, error))
        return NULL;
      break;
    case XC_FORMAT_TEXT:
    default:
      if (doc->text != doc->raw && mentions_crosscheck (doc->text, doc->text_len))
        comment_lines (doc->text, doc->text_len, TRUE);
      break;
    }
  return g_steal_pointer (&doc);
}

XcDocument *
xc_document_load (const char *path, GError **error)
{
  g_autofree char *name = display_name (path);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: no such file", name);
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: not a regular file", name);
      return NULL;
    }
  char *data = NULL;
  gsize len = 0;
  if (!read_bounded (path, name, "article", XC_ARTICLE_MAX_BYTES, &data, &len, error))
    return NULL;
  return document_new (path, data, len, xc_format_from_path (path), error);
}

XcDocument *
xc_document_new_from_data (const char *name, const char *data, gssize len, XcFormat format,
                           GError **error)
{
  gsize n = len < 0 ? strlen (data) : (gsize) len;
  char *copy = g_malloc (n + 1);
  memcpy (copy, data, n);
  copy[n] = '\0';
  return document_new (name, copy, n, format, error);
}

void
xc_document_free (XcDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->path);
  g_free (doc->name);
  xc_meta_clear (&doc->meta);
  if (doc->text != doc->raw)
    g_free (doc->text);
  g_free (doc->raw);
  if (doc->map)
    g_array_unref (doc->map);
  if (doc->line_starts)
    g_array_unref (doc->line_starts);
  g_free (doc);
}

gsize
xc_document_raw_offset (const XcDocument *doc, gsize text_offset)
{
  if (doc->map == NULL || doc->map->len == 0)
    return MIN (text_offset, doc->raw_len);
  guint lo = 0, hi = doc->map->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (doc->map, XcTextMap, mid).text_offset <= text_offset)
        lo = mid;
      else
        hi = mid;
    }
  const XcTextMap *m = &g_array_index (doc->map, XcTextMap, lo);
  gsize delta = text_offset > m->text_offset ? text_offset - m->text_offset : 0;
  return MIN (m->raw_offset + MIN (delta, m->length), doc->raw_len);
}

void
xc_document_position_hinted (const XcDocument *doc, gsize raw_offset, XcPositionHint *hint,
                             guint *out_line, guint *out_column)
{
  GArray *ls = doc->line_starts;
  guint lo = 0, hi = ls->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (ls, gsize, mid) <= raw_offset)
        lo = mid;
      else
        hi = mid;
    }
  gsize start = g_array_index (ls, gsize, lo);
  if (out_line)
    *out_line = lo + 1;
  gsize end = MIN (raw_offset, doc->raw_len);
  /* characters begun before @end; one that @end falls inside is not before it */
  gsize leads;
  if (hint && hint->valid && hint->line_start == start && hint->offset <= end)
    leads = hint->leads + utf8_count (doc->raw + hint->offset, end - hint->offset);
  else
    leads = utf8_count (doc->raw + start, end - start);
  if (hint)
    *hint = (XcPositionHint) { TRUE, start, end, leads };
  gboolean mid_character = end < doc->raw_len && ((guchar) doc->raw[end] & 0xC0) == 0x80;
  if (out_column)
    *out_column = (guint) (leads - (mid_character && leads > 0)) + 1;
}

void
xc_document_position (const XcDocument *doc, gsize raw_offset, guint *out_line, guint *out_column)
{
  xc_document_position_hinted (doc, raw_offset, NULL, out_line, out_column);
}
