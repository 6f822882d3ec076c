/* xc-error.c - the library's error domain
 * SPDX-License-Identifier: MIT */
#include "crosscheck/xc-error.h"

G_DEFINE_QUARK (xc-error-quark, xc_error)
