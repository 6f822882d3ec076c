/* fuzz-extract.c - extraction and comparison of any text: the input is split
 * at form feeds into up to four documents (the first byte of each picks its
 * format), every claim is checked, the documents are compared and the
 * report is written in every format
 * SPDX-License-Identifier: MIT */
#include "fuzz.h"
#include "xc-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *all = fuzz_string (data, size);
  g_auto(GStrv) parts = g_strsplit (all, "\f", 4);
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  static const XcFormat formats[] = { XC_FORMAT_TEXT, XC_FORMAT_MARKDOWN, XC_FORMAT_HTML };
  for (guint d = 0; parts[d]; d++)
    {
      const char *text = parts[d];
      XcFormat format = *text ? formats[(guchar) *text % G_N_ELEMENTS (formats)] : XC_FORMAT_TEXT;
      g_autofree char *name = g_strdup_printf ("doc%u", d);
      g_autoptr(GError) error = NULL;
      g_autoptr(XcDocument) doc = xc_document_new_from_data (name, text, -1, format, &error);
      if (doc == NULL)
        {
          xc_comparison_add_document (cmp, name, NULL, NULL, error->message, NULL);
          continue;
        }
      if (d % 2)
        g_date_set_dmy (&doc->meta.published, 9, 4, 2024);
      GPtrArray *claims = xc_extractor_run (fuzz_extractor (), doc, NULL, &error);
      g_assert (claims != NULL);
      for (guint i = 0; i < claims->len; i++)
        {
          const XcClaim *c = claims->pdata[i];
          g_assert (c->offset + c->length <= doc->raw_len);
          g_assert (c->text && g_utf8_validate (c->text, -1, NULL));
          g_assert (c->sentence == NULL || strlen (c->sentence) <= XC_SENTENCE_MAX);
          g_assert (!(c->interval.lo > c->interval.hi));
          g_free (xc_claim_value_string (c));
        }
      xc_comparison_add_document (cmp, doc->name, d == 2 ? "Same Wire" : name, &doc->meta.published, NULL, claims);
    }
  XcCompareOptions copts = { .tolerance = 0 };
  g_autoptr(GError) error = NULL;
  g_assert (xc_comparison_run (cmp, &copts, &error));
  for (const char * const *f = xc_report_formats (); *f; f++)
    {
      XcReportOptions ropts = { .show_all = TRUE };
      g_autoptr(GString) out = g_string_new (NULL);
      g_assert (xc_report_write (cmp, *f, &ropts, out, &error));
      g_assert (g_utf8_validate (out->str, (gssize) out->len, NULL));
    }
  return 0;
}
