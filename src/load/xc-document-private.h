/* xc-document-private.h - helpers of the loading stage
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"

/* Blanks Markdown markup in place (same length, newlines kept). */
void     xc_markup_mask_markdown (char *text, gsize len);
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
