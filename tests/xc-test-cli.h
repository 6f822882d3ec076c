/* xc-test-cli.h - running the crosscheck program from a Check suite
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>

typedef struct {
  int   status;     /* exit status, or -1 when it did not exit normally */
  char *out;
  char *err;
} XcRun;

/* Runs $XC_CROSSCHECK with @argv (NULL-terminated, without the program) in @cwd (NULL: here). */
XcRun *xc_test_run      (const char *cwd, const char * const *argv);
void   xc_test_run_free (XcRun *run);
/* A fresh temporary folder with @files: pairs of name, content (NULL-terminated). */
char  *xc_test_tmpdir   (const char * const *files);
void   xc_test_rmdir    (const char *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcRun, xc_test_run_free)
