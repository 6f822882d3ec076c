/* fuzz-manifest.c - the manifest reader on any bytes, then lookups by the
 * names of its rows and the warnings about them
 * SPDX-License-Identifier: MIT */
#include "fuzz.h"
#include "xc-document-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *s = fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcManifest) m = xc_manifest_new_from_data ("fuzz/sources.tsv", s, size, &error);
  g_assert ((m == NULL) == (error != NULL));
  if (m == NULL)
    return 0;
  static const char * const names[] = { "a.txt", "fuzz/a.txt", "./b.md", "x/y/c.html", "" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    xc_manifest_lookup (m, names[i]);
  g_autoptr(GPtrArray) w = xc_manifest_warnings (m);
  for (guint i = 0; i < w->len; i++)
    g_assert (g_str_has_prefix (w->pdata[i], "fuzz/sources.tsv:"));
  return 0;
}
