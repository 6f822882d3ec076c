/* xc-config.h - `.crosscheck.ini`: the project's lint settings, and the
 * include/exclude globs of walked folders
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>
#include "xc-lint.h"

G_BEGIN_DECLS

/**
 * XcConfig:
 * What `.crosscheck.ini` sets. Paths are made relative to the working
 * directory (the file's own directory is their base). Unset: NULL / -1.
 */
typedef struct {
  char       *path;            /* the file it was read from */
  GPtrArray  *against;         /* char* */
  GPtrArray  *facts;           /* char* */
  GPtrArray  *include;         /* char* globs */
  GPtrArray  *exclude;         /* char* globs, beyond the defaults */
  char       *manifest;
  char       *published;
  char       *format;
  char       *dollar;          /* ISO code of a bare "$" */
  int         fail_on;         /* XcSeverity, or -1 */
  double      tolerance;       /* < 0: unset */
  int         severity[XC_FINDING_N_KINDS]; /* XcSeverity, or -1 */
} XcConfig;

/**
 * xc_config_find:
 * Returns: (transfer full) (nullable): the path of the first `.crosscheck.ini`
 *   in @dir or one of its parents.
 */
XC_PUBLIC
char         *xc_config_find              (const char *dir);

/**
 * xc_config_load:
 * Returns: (transfer full): the configuration, or NULL with @error set
 *   ("FILE:LINE: unknown key 'x' in [lint]").
 */
XC_PUBLIC
XcConfig     *xc_config_load              (const char *path,
                                           GError    **error);
XC_PUBLIC
XcConfig     *xc_config_new_from_data     (const char *path,
                                           const char *data,
                                           gssize      len,
                                           GError    **error);
XC_PUBLIC
XcConfig     *xc_config_new               (void);
XC_PUBLIC
void          xc_config_free              (XcConfig *self);

/* The folders left out of every walk: ".git", "build", ... */
XC_PUBLIC
const char * const *xc_config_default_excludes (void);

/**
 * xc_path_excluded:
 * Returns: whether @path is left out: a component or the whole path matches
 *   an exclude glob, or @include is non-empty and nothing in it matches.
 */
XC_PUBLIC
gboolean      xc_path_excluded            (const char       *path,
                                           const GPtrArray  *include,
                                           const GPtrArray  *exclude);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcConfig, xc_config_free)

G_END_DECLS
