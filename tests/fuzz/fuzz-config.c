/* fuzz-config.c - `.crosscheck.ini` on any bytes, then its include and
 * exclude globs matched against paths, some of them not UTF-8
 * SPDX-License-Identifier: MIT */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  /* a folder that does not exist: globs expand to nothing on the disk */
  g_autoptr(XcConfig) c = xc_config_new_from_data ("/nonexistent-xc-fuzz/.crosscheck.ini", (const char *) data,
                                                   (gssize) size, &error);
  g_assert ((c == NULL) == (error != NULL));
  if (c == NULL)
    return 0;
  static const char * const paths[] = {
    "docs/a.md", "./build/x.txt", "a/b/c/d.txt", "caf\xe9/x.md", "x/\xe2\x82", ".git/x", "", "a//b",
  };
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    xc_path_excluded (paths[i], c->include, c->exclude);
  /* each glob also matched as a path against every other */
  for (guint i = 0; i < c->exclude->len; i++)
    xc_path_excluded (c->exclude->pdata[i], c->include, c->exclude);
  return 0;
}
