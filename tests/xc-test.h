/* xc-test.h - what every Check suite shares: fixture paths and one main()
 * SPDX-License-Identifier: MIT */
#pragma once
#include <check.h>
#include <glib.h>
#include "crosscheck/crosscheck.h"

/* Each test-<module>.c defines this; xc-test.c runs it with TAP output.
 * Returning NULL skips the whole file with xc_test_skip_reason. */
Suite      *xc_test_suite         (void);
extern const char *xc_test_skip_reason;
/* The shared folder with the seeds (XC_SHARED), or NULL when it is absent. */
const char *xc_test_shared        (void);

/* The fixtures folder (XC_FIXTURES, set by meson). */
const char *xc_test_fixtures      (void);
/* (transfer full) fixtures/@rel */
char       *xc_test_fixture_path  (const char *rel);
/* (transfer full) a document made from @text, published on @published ("YYYY-MM-DD" or NULL) */
XcDocument *xc_test_document      (const char *text, XcFormat format, const char *published);
/* (transfer none) the extractor every test of the process shares; it is
 * built before Check forks, so no test compiles the tables again */
XcExtractor *xc_test_extractor    (void);
/* (transfer full) the claims of @text; aborts the test on error */
GPtrArray  *xc_test_extract       (const char *text, const char *published);
