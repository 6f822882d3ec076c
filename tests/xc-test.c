/* xc-test.c - shared main and helpers for the Check suites
 * SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include "xc-test.h"

const char *
xc_test_fixtures (void)
{
  const char *f = g_getenv ("XC_FIXTURES");
  return f ? f : "fixtures";
}

const char *
xc_test_shared (void)
{
  const char *s = g_getenv ("XC_SHARED");
  if (s == NULL || !g_file_test (s, G_FILE_TEST_IS_DIR))
    return NULL;
  g_autofree char *seeds = g_build_filename (s, "seeds", NULL);
  return g_file_test (seeds, G_FILE_TEST_IS_DIR) ? s : NULL;
}

char *
xc_test_fixture_path (const char *rel)
{
  return g_build_filename (xc_test_fixtures (), rel, NULL);
}

XcDocument *
xc_test_document (const char *text, XcFormat format, const char *published)
{
  g_autoptr(GError) error = NULL;
  XcDocument *doc = xc_document_new_from_data ("test.txt", text, -1, format, &error);
  ck_assert_msg (doc != NULL, "document: %s", error ? error->message : "?");
  if (published)
    {
      unsigned y, m, d;
      ck_assert_int_eq (sscanf (published, "%u-%u-%u", &y, &m, &d), 3);
      g_date_set_dmy (&doc->meta.published, d, m, y);
    }
  return doc;
}

/* Built once in main(), before Check forks a child per test: the children
 * inherit the compiled tables instead of compiling them again each. */
static XcExtractor *shared_extractor;

XcExtractor *
xc_test_extractor (void)
{
  g_assert_nonnull (shared_extractor);   /* also called outside a test, while a suite is built */
  return shared_extractor;
}

GPtrArray *
xc_test_extract (const char *text, const char *published)
{
  XcExtractor *ex = xc_test_extractor ();
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) doc = xc_test_document (text, XC_FORMAT_TEXT, published);
  GPtrArray *claims = xc_extractor_run (ex, doc, NULL, &error);
  ck_assert_msg (claims != NULL, "extract: %s", error ? error->message : "?");
  return claims;
}

const char *xc_test_skip_reason;

int
main (void)
{
  /* The extractor first: a suite may extract while it builds its table. */
  g_autoptr(GError) error = NULL;
  shared_extractor = xc_extractor_new (&error);
  if (shared_extractor == NULL)
    {
      printf ("Bail out! extractor: %s\n", error->message);
      return EXIT_FAILURE;
    }
  Suite *suite = xc_test_suite ();
  if (suite == NULL)
    {
      /* TAP's way to say the whole file was skipped, and why */
      printf ("1..0 # SKIP %s\n", xc_test_skip_reason ? xc_test_skip_reason : "skipped");
      g_clear_pointer (&shared_extractor, xc_extractor_free);
      return EXIT_SUCCESS;
    }
  SRunner *sr = srunner_create (suite);
  srunner_set_tap (sr, "-");
  srunner_run_all (sr, CK_SILENT);   /* CK_NORMAL would corrupt the TAP stream */
  int failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  g_clear_pointer (&shared_extractor, xc_extractor_free);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
