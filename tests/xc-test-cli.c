/* xc-test-cli.c - running the crosscheck program from a Check suite
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <glib/gstdio.h>
#include <sys/wait.h>
#include "xc-test-cli.h"

XcRun *
xc_test_run (const char *cwd, const char * const *argv)
{
  const char *exe = g_getenv ("XC_CROSSCHECK");
  ck_assert_msg (exe != NULL, "XC_CROSSCHECK is not set");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_ptr_array_add (args, (char *) exe);
  for (guint i = 0; argv && argv[i]; i++)
    g_ptr_array_add (args, (char *) argv[i]);
  g_ptr_array_add (args, NULL);
  XcRun *run = g_new0 (XcRun, 1);
  int wait_status = 0;
  g_autoptr(GError) error = NULL;
  gboolean ok = g_spawn_sync (cwd, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                              &run->out, &run->err, &wait_status, &error);
  ck_assert_msg (ok, "spawn: %s", error ? error->message : "?");
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return run;
}

void
xc_test_run_free (XcRun *run)
{
  if (run == NULL)
    return;
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

char *
xc_test_tmpdir (const char * const *files)
{
  char *dir = g_dir_make_tmp ("xc-cli-XXXXXX", NULL);
  ck_assert_ptr_nonnull (dir);
  for (guint i = 0; files && files[i]; i += 2)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_autofree char *parent = g_path_get_dirname (path);
      g_mkdir_with_parents (parent, 0700);
      ck_assert (g_file_set_contents (path, files[i + 1], -1, NULL));
    }
  return dir;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *d = g_dir_open (path, 0, NULL);
      const char *name;
      while (d && (name = g_dir_read_name (d)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      if (d)
        g_dir_close (d);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

void
xc_test_rmdir (const char *dir)
{
  remove_tree (dir);
}
