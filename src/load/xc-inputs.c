/* xc-inputs.c - turning command-line paths into a sorted list of files
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-document-private.h"

static void
walk_dir (const char *dir, GPtrArray *files, GPtrArray *errors, guint depth)
{
  g_autoptr(GError) err = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &err);
  if (d == NULL)
    {
      g_ptr_array_add (errors, g_strdup_printf ("%s: unreadable directory: %s", dir, err->message));
      return;
    }
  if (depth > 64)
    {
      g_ptr_array_add (errors, g_strdup_printf ("%s: directories nested too deep", dir));
      return;
    }
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      if (name[0] == '.')
        continue;   /* hidden files and folders, .git among them */
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;   /* no loops through links */
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        walk_dir (path, files, errors, depth + 1);
      else if (xc_input_type_known (name, NULL))
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}

static int
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

GPtrArray *
xc_inputs_collect (const char * const *paths, GPtrArray **out_errors)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *errors = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; paths && paths[i]; i++)
    {
      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          guint before = files->len, errors_before = errors->len;
          walk_dir (paths[i], files, errors, 0);
          if (files->len == before && errors->len == errors_before)
            {
              g_autofree char *types = xc_input_types_describe ();
              g_ptr_array_add (errors, g_strdup_printf ("%s: no %s file in it", paths[i], types));
            }
        }
      else
        g_ptr_array_add (files, g_strdup (paths[i]));   /* loading reports what is wrong with it */
    }
  g_ptr_array_sort (files, cmp_str);
  for (guint i = 1; i < files->len;)
    {
      if (strcmp (files->pdata[i - 1], files->pdata[i]) == 0)
        g_ptr_array_remove_index (files, i);
      else
        i++;
    }
  if (out_errors)
    *out_errors = errors;
  else
    g_ptr_array_unref (errors);
  return files;
}
