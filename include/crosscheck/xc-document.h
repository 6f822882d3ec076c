/* xc-document.h - input documents: loading, metadata, positions
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  XC_FORMAT_TEXT,
  XC_FORMAT_MARKDOWN,
  XC_FORMAT_HTML,
} XcFormat;

/**
 * XcMeta:
 * Metadata of a document: where it comes from and when it was published.
 * Every field may be NULL / unset.
 */
typedef struct {
  char    *source;         /* the publisher's name, "The Epoch Times" */
  char    *title;
  char    *url;
  GDate    published;      /* g_date_valid() tells whether it is set */
} XcMeta;

/**
 * XcTextMap:
 * One run of extracted text that maps one-to-one onto the raw file bytes.
 * Used only for HTML, where text is assembled from text nodes.
 */
typedef struct {
  gsize text_offset;
  gsize raw_offset;
  gsize length;
} XcTextMap;

/**
 * XcDocument:
 * A loaded input. `text` is what claims are searched in: for plain text and
 * Markdown it has the same length as `raw` (markup is blanked with spaces, so
 * every offset in `text` is an offset in the file); for HTML it is assembled
 * from the text nodes and `map` leads back to the file.
 */
typedef struct {
  char     *path;          /* the path as given on the command line or walked */
  char     *name;          /* the name reports use: `path` without a leading "./" */
  XcFormat  format;
  XcMeta    meta;
  char     *raw;           /* the file's bytes, NUL-terminated */
  gsize     raw_len;
  char     *text;          /* NUL-terminated, valid UTF-8 */
  gsize     text_len;
  GArray   *map;           /* XcTextMap, sorted by text_offset; NULL when text is raw */
  GArray   *line_starts;   /* gsize: byte offset in raw where each line starts */
} XcDocument;

XcFormat    xc_format_from_path        (const char *path);

/* Limits on what is read whole (docs/reliability.md). */
#define XC_ARTICLE_MAX_BYTES  (16u << 20)   /* an article, a manifest */
#define XC_REPORT_MAX_BYTES   (64u << 20)   /* a JSON report or baseline */
#define XC_CONFIG_MAX_BYTES   (1u << 20)    /* .crosscheck.ini */

/* The bytes of @path, NUL-terminated, if it is a regular file of at most
 * @max bytes; otherwise an error naming it and the @what ("manifest", ...).
 * A FIFO or a device is refused without being read or blocked on. */
gboolean    xc_file_read_bounded       (const char *path, const char *what, gsize max,
                                        char **out_data, gsize *out_len, GError **error);

XcDocument *xc_document_load           (const char *path,
                                        GError    **error);
XcDocument *xc_document_new_from_data  (const char *name,
                                        const char *data,
                                        gssize      len,
                                        XcFormat    format,
                                        GError    **error);
void        xc_document_free           (XcDocument *doc);

gsize       xc_document_raw_offset     (const XcDocument *doc,
                                        gsize             text_offset);
void        xc_document_position       (const XcDocument *doc,
                                        gsize             raw_offset,
                                        guint            *out_line,
                                        guint            *out_column);

void        xc_meta_clear              (XcMeta *meta);
void        xc_meta_merge              (XcMeta *into, const XcMeta *from);

/* --- manifests (TSV with a header: file, source, published[, title, url]) --- */
typedef struct _XcManifest XcManifest;

XcManifest *xc_manifest_load           (const char *path,
                                        GError    **error);
const XcMeta *xc_manifest_lookup       (const XcManifest *self,
                                        const char       *doc_path);
void        xc_manifest_free           (XcManifest *self);
/* (transfer full) "manifest:LINE: ..." for each row that another row for
 * the same file overrides, and each row no lookup has matched so far. */
GPtrArray  *xc_manifest_warnings       (const XcManifest *self);

/* --- inputs: files and directories, walked and sorted --- */
/**
 * xc_inputs_collect:
 * @paths: files and directories as given by the user
 * @out_errors: (out) (transfer full): one "path: reason" string per argument
 *   that could not be used (unreadable directory, a directory with no input
 *   file in it, ...); a missing file is left for loading to report
 * Returns: (transfer full): the sorted, de-duplicated file paths, each
 *   normalized (xc_path_normalize()) and each file once, whatever names it
 *   was given by (links included); directories are walked recursively for
 *   .txt, .md, .markdown, .html and .htm files.
 */
GPtrArray  *xc_inputs_collect          (const char * const *paths,
                                        GPtrArray         **out_errors);
/* (transfer full) the name xc_inputs_collect() gives @path: "./x" and
 * "a/../x" are "x" (lexical; absolute stays absolute). */
char       *xc_path_normalize          (const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcDocument, xc_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcManifest, xc_manifest_free)

G_END_DECLS
