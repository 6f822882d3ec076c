/* xc-inputs.c - turning command-line paths into a sorted list of files
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include "xc-private.h"
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

/* @path with "." components and "name/.." pairs taken out and slashes single:
 * "./x", "a/../x" and "x" are one name, "x". Relative stays relative (a
 * leading ".." is kept), absolute stays absolute. Lexical, like a shell's
 * `cd -L`: a folder that is a link is not followed (the inode check in
 * xc_inputs_collect catches what this misses). */
char *
xc_path_normalize (const char *path)
{
  gboolean absolute = path[0] == '/';
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  for (guint i = 0; parts[i]; i++)
    {
      const char *p = parts[i];
      if (*p == '\0' || g_str_equal (p, "."))
        continue;
      if (g_str_equal (p, "..") && kept->len > 0 && !g_str_equal (kept->pdata[kept->len - 1], ".."))
        g_ptr_array_remove_index (kept, kept->len - 1);
      else if (g_str_equal (p, "..") && absolute)
        continue;   /* "/.." is "/" */
      else
        g_ptr_array_add (kept, (gpointer) p);
    }
  g_autoptr(GString) out = g_string_new (absolute ? "/" : NULL);
  for (guint i = 0; i < kept->len; i++)
    g_string_append_printf (out, "%s%s", i ? "/" : "", (const char *) kept->pdata[i]);
  if (out->len == 0)
    g_string_append_c (out, '.');
  if (g_str_has_prefix (out->str, "../"))
    {
      /* up and back down into the working folder: "../here/x" from "here" is "x" */
      g_autofree char *cwd = g_get_current_dir ();
      g_autofree char *abs = g_canonicalize_filename (out->str, cwd);
      gsize n = strlen (cwd);
      if (strncmp (abs, cwd, n) == 0 && abs[n] == '/' && n > 1)
        return g_strdup (abs + n + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The file behind @path, as "device:inode", or NULL when it cannot be stat'ed. */
static char *
file_key (const char *path)
{
  GStatBuf st;
  if (g_stat (path, &st) != 0)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, (guint64) st.st_dev, (guint64) st.st_ino);
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
  for (guint i = 0; i < files->len; i++)
    {
      char *normal = xc_path_normalize (files->pdata[i]);
      g_free (files->pdata[i]);
      files->pdata[i] = normal;
    }
  g_ptr_array_sort (files, cmp_str);
  /* one document per file: the same name twice, or two names of one file
   * (a link, "sub/../x" through a linked folder); the first name is kept */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < files->len;)
    {
      char *key = file_key (files->pdata[i]);
      if (key == NULL)
        key = g_strdup (files->pdata[i]);   /* missing: its name is its identity */
      if (!g_hash_table_add (seen, key))
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
