/* xc-macros.h - what every public header of the library shares: the mark of
 * an exported function, and the rule that only <crosscheck/crosscheck.h> is
 * included directly
 * SPDX-License-Identifier: MIT */
#pragma once

#if !defined (XC_INSIDE_CROSSCHECK_H) && !defined (XC_COMPILATION)
#error "Only <crosscheck/crosscheck.h> can be included directly."
#endif

/**
 * XC_PUBLIC:
 * Marks a function of the public API. The library is built with
 * `-fvisibility=hidden`, so the shared libcrosscheck exports these and
 * nothing else; every function declared in include/crosscheck/ has it.
 */
#if defined (_WIN32) || defined (__CYGWIN__)
# ifdef XC_COMPILATION
#  define XC_PUBLIC __declspec (dllexport) extern
# else
#  define XC_PUBLIC __declspec (dllimport) extern
# endif
#elif defined (__GNUC__)
# define XC_PUBLIC __attribute__ ((visibility ("default"))) extern
#else
# define XC_PUBLIC extern
#endif
