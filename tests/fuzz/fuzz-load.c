/* fuzz-load.c - loading a document from any bytes: the first byte picks the
 * format (text, Markdown, HTML), the rest is the file; then its sentences and
 * the position of every sentence start
 * SPDX-License-Identifier: MIT */
#include "fuzz.h"
#include "xc-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  static const XcFormat formats[] = { XC_FORMAT_TEXT, XC_FORMAT_MARKDOWN, XC_FORMAT_HTML };
  XcFormat format = formats[data[0] % G_N_ELEMENTS (formats)];
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("fuzz", (const char *) data + 1, (gssize) size - 1,
                                                         format, &error);
  if (doc == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (g_utf8_validate (doc->text, (gssize) doc->text_len, NULL));
  g_autoptr(GArray) spans = xc_segment_sentences (doc->text, doc->text_len, format != XC_FORMAT_TEXT);
  for (guint i = 0; i < spans->len; i++)
    {
      const XcSpan *s = &g_array_index (spans, XcSpan, i);
      g_assert (s->start < s->end && s->end <= doc->text_len && s->end - s->start <= XC_SENTENCE_MAX);
      gsize raw = xc_document_raw_offset (doc, s->start);
      g_assert (raw <= doc->raw_len);
      guint line, column;
      xc_document_position (doc, raw, &line, &column);
      g_assert (line >= 1 && line <= doc->line_starts->len && column >= 1);
    }
  return 0;
}
