/* use-library.c - a program built against the installed libcrosscheck
 * through pkg-config (tests/install/install.sh): extracts the claims of a
 * sentence through the public API and prints them, one per line
 * SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <crosscheck/crosscheck.h>

int
main (int argc, char **argv)
{
  const char *text = argc > 1 ? argv[1] : "The bridge cost $2.6 billion.";
  g_autoptr(GError) error = NULL;
  g_autoptr(XcExtractor) ex = xc_extractor_new (&error);
  if (ex == NULL)
    {
      fprintf (stderr, "use-library: %s\n", error->message);
      return 2;
    }
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("inline.txt", text, -1, XC_FORMAT_TEXT, &error);
  if (doc == NULL)
    {
      fprintf (stderr, "use-library: %s\n", error->message);
      return 2;
    }
  g_autoptr(GPtrArray) claims = xc_extractor_run (ex, doc, NULL, &error);
  if (claims == NULL)
    {
      fprintf (stderr, "use-library: %s\n", error->message);
      return 2;
    }
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      printf ("%s\t%s\t%g\t%s\n", xc_kind_to_string (c->kind), c->text, c->value, c->unit ? c->unit : "");
    }
  return claims->len == 1 ? 0 : 1;
}
