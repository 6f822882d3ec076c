/* replay.c - main() for a fuzz target built without libFuzzer: runs the
 * target on every file of the folders (or files) given, so that the seed
 * corpus is a test on every build (meson test --suite fuzz)
 * SPDX-License-Identifier: MIT */
#include <stdio.h>
#include "fuzz.h"

static int
run_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  if (!g_file_get_contents (path, &data, &len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  return 0;
}

int
main (int argc, char **argv)
{
  guint n = 0;
  int status = 0;
  for (int i = 1; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          status |= run_file (argv[i]);
          n++;
          continue;
        }
      g_autoptr(GDir) d = g_dir_open (argv[i], 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;
      while (d && (name = g_dir_read_name (d)))
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint k = 0; k < names->len; k++)
        {
          status |= run_file (names->pdata[k]);
          n++;
        }
    }
  printf ("%u inputs replayed\n", n);
  return n == 0 ? 1 : status;
}
