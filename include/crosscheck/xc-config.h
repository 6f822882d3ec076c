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

/**
 * xc_config_new_from_data:
 * @path: the file the text comes from: named in errors, and its folder is the
 *   base of the paths the configuration names
 * @data: the text of a `.crosscheck.ini`
 * @len: the length of @data, or -1 when it is NUL-terminated
 * @error: return location for a #GError
 *
 * Like xc_config_load(), from memory: every group and key is checked.
 *
 * Returns: (transfer full): the configuration, or NULL with @error set
 *   (%XC_ERROR_FORMAT, "PATH:LINE: ...").
 */
XC_PUBLIC
XcConfig     *xc_config_new_from_data     (const char *path,
                                           const char *data,
                                           gssize      len,
                                           GError    **error);

/**
 * xc_config_new:
 *
 * Returns: (transfer full): a configuration that sets nothing (empty lists,
 *   NULL strings, -1 levels and tolerance).
 */
XC_PUBLIC
XcConfig     *xc_config_new               (void);

/**
 * xc_config_free:
 * @self: (nullable): a configuration
 *
 * Frees it; NULL is a no-op.
 */
XC_PUBLIC
void          xc_config_free              (XcConfig *self);

/**
 * xc_config_default_excludes:
 *
 * Returns: (transfer none) (array zero-terminated=1): the globs every walk
 *   leaves out whatever the configuration says: ".git", "build",
 *   "node_modules", ...
 */
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
