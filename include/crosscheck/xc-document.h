/* xc-document.h - input documents: loading, metadata, positions
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
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
  GHashTable *fields;      /* (nullable) every other front matter key and manifest
                              column: lower-case name -> value ("story" -> "ferry") */
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
 * from the text nodes and `map` leads back to the file. Plain text that
 * nothing blanks (no byte-order mark, front matter or `crosscheck-` comment
 * line) is not copied: `text` is then `raw` itself. Both belong to the
 * document (xc_document_free()): neither is written or freed by its users.
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

/**
 * xc_format_from_path:
 * @path: a file name or path
 *
 * The format a file is read as, by its extension in any case: .md and
 * .markdown are Markdown; .html, .htm and .xhtml are HTML; anything else is
 * plain text.
 *
 * Returns: the format.
 */
XC_PUBLIC
XcFormat    xc_format_from_path        (const char *path);

/* Limits on what is read whole (docs/reliability.md). */
#define XC_ARTICLE_MAX_BYTES  (16u << 20)   /* an article, a manifest */
#define XC_REPORT_MAX_BYTES   (64u << 20)   /* a JSON report or baseline */
#define XC_CONFIG_MAX_BYTES   (1u << 20)    /* .crosscheck.ini */

/**
 * xc_file_read_bounded:
 * @path: the file to read
 * @what: what the file is, for messages ("manifest", "baseline", ...)
 * @max: the most bytes accepted
 * @out_data: (out) (transfer full): the bytes, NUL-terminated
 * @out_len: (out): their length
 * @error: return location for a #GError
 *
 * Reads @path whole if it is a regular file of at most @max bytes. A FIFO or
 * a device is refused without being read or blocked on.
 *
 * Returns: TRUE, or FALSE with @error set naming the file and @what.
 */
XC_PUBLIC
gboolean    xc_file_read_bounded       (const char *path, const char *what, gsize max,
                                        char **out_data, gsize *out_len, GError **error);

/**
 * xc_document_load:
 * @path: the file to read
 * @error: return location for a #GError
 *
 * Reads a file in the format its extension names (xc_format_from_path()):
 * checks that it is valid UTF-8 without NUL bytes and not empty, reads its
 * front matter into `meta`, and prepares the text claims are searched in.
 *
 * Returns: (transfer full): the document, or NULL with @error set
 *   (%XC_ERROR_INPUT: "PATH: no such file", "PATH: not UTF-8 at byte N", ...).
 */
XC_PUBLIC
XcDocument *xc_document_load           (const char *path,
                                        GError    **error);

/**
 * xc_document_new_from_data:
 * @name: the name reports give the document (a file name or any label)
 * @data: the document's bytes
 * @len: the length of @data, or -1 when it is NUL-terminated
 * @format: how to read it
 * @error: return location for a #GError
 *
 * Like xc_document_load(), from bytes in memory (which are copied).
 *
 * Returns: (transfer full): the document, or NULL with @error set.
 */
XC_PUBLIC
XcDocument *xc_document_new_from_data  (const char *name,
                                        const char *data,
                                        gssize      len,
                                        XcFormat    format,
                                        GError    **error);

/**
 * xc_document_free:
 * @doc: (nullable): a document
 *
 * Frees @doc and everything it holds; NULL is a no-op.
 */
XC_PUBLIC
void        xc_document_free           (XcDocument *doc);

/**
 * xc_document_raw_offset:
 * @doc: a document
 * @text_offset: a byte offset in `doc->text`
 *
 * Where a place in the searched text stands in the file: the same offset for
 * plain text and Markdown, the mapped one for HTML (through `doc->map`).
 *
 * Returns: the byte offset in `doc->raw` (at most `raw_len`).
 */
XC_PUBLIC
gsize       xc_document_raw_offset     (const XcDocument *doc,
                                        gsize             text_offset);

/**
 * xc_document_position:
 * @doc: a document
 * @raw_offset: a byte offset in `doc->raw`
 * @out_line: (out) (optional): the 1-based line
 * @out_column: (out) (optional): the 1-based column, in characters
 *
 * The line and column of a byte of the file, as editors count them.
 */
XC_PUBLIC
void        xc_document_position       (const XcDocument *doc,
                                        gsize             raw_offset,
                                        guint            *out_line,
                                        guint            *out_column);

/**
 * xc_meta_clear:
 * @meta: metadata
 *
 * Frees the strings of @meta and unsets every field; @meta itself is the
 * caller's (often a member of a document).
 */
XC_PUBLIC
void        xc_meta_clear              (XcMeta *meta);

/**
 * xc_meta_set_field:
 * Sets the field @name (compared without case) to @value in @meta, as a
 * front matter line "name: value" or a manifest column would.
 */
XC_PUBLIC
void        xc_meta_set_field          (XcMeta     *meta,
                                        const char *name,
                                        const char *value);

/**
 * xc_meta_get_field:
 * Returns: (transfer none) (nullable): the value of the field @name
 *   (compared without case) of @meta, or NULL.
 */
XC_PUBLIC
const char *xc_meta_get_field          (const XcMeta *meta,
                                        const char   *name);

/**
 * xc_meta_merge:
 * @into: metadata to complete
 * @from: (nullable): metadata to take fields from
 *
 * Copies into @into each field it lacks and @from has; fields @into has are
 * kept.
 */
XC_PUBLIC
void        xc_meta_merge              (XcMeta *into, const XcMeta *from);

/* --- manifests (TSV with a header: file, source, published[, title, url]) --- */
typedef struct _XcManifest XcManifest;

/**
 * xc_manifest_load:
 * @path: a tab-separated file whose header names the columns `file`,
 *   `source` and `published` (and optionally `title` and `url`)
 * @error: return location for a #GError
 *
 * Reads a manifest: the source and publication date of each file.
 *
 * Returns: (transfer full): the manifest, or NULL with @error set
 *   (%XC_ERROR_INPUT when unreadable, %XC_ERROR_FORMAT with "PATH:LINE: ...").
 */
XC_PUBLIC
XcManifest *xc_manifest_load           (const char *path,
                                        GError    **error);

/**
 * xc_manifest_lookup:
 * @self: a manifest
 * @doc_path: a document's path
 *
 * Finds the row of a document: by its path as given, by its path relative to
 * the manifest's folder, or by its base name.
 *
 * Returns: (transfer none) (nullable): the row's metadata, or NULL.
 */
XC_PUBLIC
const XcMeta *xc_manifest_lookup       (const XcManifest *self,
                                        const char       *doc_path);

/**
 * xc_manifest_free:
 * @self: (nullable): a manifest
 *
 * Frees the manifest; NULL is a no-op.
 */
XC_PUBLIC
void        xc_manifest_free           (XcManifest *self);
/**
 * xc_manifest_warnings:
 * @self: a manifest
 *
 * What a user should hear about the manifest's rows: each row that another
 * row for the same file overrides, and each row no lookup has matched so far.
 *
 * Returns: (transfer full) (element-type utf8): "manifest:LINE: ..." messages.
 */
XC_PUBLIC
GPtrArray  *xc_manifest_warnings       (const XcManifest *self);

/**
 * xc_manifest_apply:
 * @manifest: (nullable): a manifest
 * @doc: a loaded document
 * @published: (nullable): the publication date of documents that name none
 *
 * Fills the metadata of @doc: the manifest's row names the source and date;
 * the document's front matter fills what the row leaves; @published (when
 * valid) is the last resort for the date. The one place the command-line
 * tool and xc_lint_run() fill a document's metadata.
 */
XC_PUBLIC
void        xc_manifest_apply          (const XcManifest *manifest,
                                        XcDocument       *doc,
                                        const GDate      *published);

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
 *   .txt, .md, .markdown, .html, .htm and .xhtml files (hidden ones and
 *   folder links skipped).
 */
XC_PUBLIC
GPtrArray  *xc_inputs_collect          (const char * const *paths,
                                        GPtrArray         **out_errors);
/**
 * xc_path_normalize:
 * @path: a path as given
 *
 * The name xc_inputs_collect() gives @path: "./x" and "a/../x" are "x"
 * (lexical; an absolute path stays absolute).
 *
 * Returns: (transfer full): the normalized path.
 */
XC_PUBLIC
char       *xc_path_normalize          (const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcDocument, xc_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcManifest, xc_manifest_free)

G_END_DECLS
