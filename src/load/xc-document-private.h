/* xc-document-private.h - helpers of the loading stage
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"

/* Blanks Markdown markup and code in doc->text (same length, newlines kept):
 * only the text md4c reads as prose stays, at its offset. */
gboolean xc_markup_markdown_text (XcDocument *doc, GError **error);
/* Reads YAML (---) or TOML (+++) front matter at the top of doc->text into
 * doc->meta and blanks it (same length). */
gboolean xc_front_matter_read    (XcDocument *doc, GError **error);
/* Replaces doc->text by the HTML's text nodes and fills doc->map. */
gboolean xc_markup_html_text     (XcDocument *doc, GError **error);
/* Whether @path ends in an extension the loader reads (.txt, .md, .markdown,
 * .html, .htm, .xhtml; any case), and which format it means: the one list
 * the folder walker and xc_format_from_path() share. */
gboolean xc_input_type_known     (const char *path, XcFormat *out_format);
/* Those extensions as ".txt, .md, ... or .xhtml" (transfer full). */
char    *xc_input_types_describe (void);
/* "2024-04-09" (a time may follow) into @out. */
gboolean xc_parse_iso_day        (const char *s, GDate *out);

/* Where the last position was asked for: claims come in offset order, so
 * each column is counted on from the one before instead of from the start of
 * its line (a one-line article of 2 MB was quadratic). Zeroed to start. */
typedef struct {
  gboolean valid;
  gsize    line_start;   /* raw offset of the line */
  gsize    offset;       /* raw offset last asked for */
  gsize    leads;        /* characters begun in [line_start, offset) */
} XcPositionHint;

/* xc_document_position(), counting on from @hint (nullable) and updating it. */
void     xc_document_position_hinted (const XcDocument *doc, gsize raw_offset, XcPositionHint *hint,
                                      guint *out_line, guint *out_column);

/* xc_manifest_load() from the file's @len bytes (NUL-terminated at @len), read
 * from @path (rows are relative to its folder). */
XcManifest *xc_manifest_new_from_data (const char *path, const char *data, gsize len, GError **error);
