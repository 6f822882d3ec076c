/* xc-error.h - the library's error domain
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-macros.h"
#include <glib.h>

G_BEGIN_DECLS

#define XC_ERROR (xc_error_quark ())

/**
 * XcError:
 * @XC_ERROR_PATTERN: a built-in pattern failed to compile (a bug)
 * @XC_ERROR_MATCH: the pattern engine failed while matching
 * @XC_ERROR_INPUT: an input file cannot be used (not UTF-8, NUL byte, empty, ...)
 * @XC_ERROR_FORMAT: a structured input (manifest, report, config) is malformed
 * @XC_ERROR_USAGE: the caller asked for something that makes no sense
 */
typedef enum {
  XC_ERROR_PATTERN,
  XC_ERROR_MATCH,
  XC_ERROR_INPUT,
  XC_ERROR_FORMAT,
  XC_ERROR_USAGE,
} XcError;

/**
 * xc_error_quark:
 *
 * The error domain of every #GError the library sets (%XC_ERROR); the codes
 * are #XcError.
 *
 * Returns: the quark of "xc-error-quark".
 */
XC_PUBLIC
GQuark xc_error_quark (void);

G_END_DECLS
