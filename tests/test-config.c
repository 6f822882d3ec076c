/* test-config.c - .crosscheck.ini: every key, bad values named by file, line and key; path exclusion
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <glib/gstdio.h>
#include "xc-test.h"

typedef struct {
  const char *text;
  const char *error;      /* the whole message, or NULL when the file is fine */
} ConfigCase;

static const ConfigCase config_cases[] = {
  { "", NULL },
  { "# only a comment\n\n", NULL },
  { "[lint]\nfail-on = warning\n", NULL },
  { "[lint]\nfail-on = none\n", NULL },
  { "[lint]\ntolerance = 0.02\n", NULL },
  { "[severity]\nunsupported = off\ncontested = error\n", NULL },
  { "[units]\ndollar = AUD\n", NULL },
  { "[lint]\nformat = sarif\n", NULL },
  { "[lint]\npublished = 2024-04-09\n", NULL },
  /* errors name file, line and key */
  { "[lint]\n\ncolour = red\n", "conf.ini:3: colour: unknown key in [lint]" },
  { "[lint]\nfail-on = sometimes\n", "conf.ini:2: fail-on: 'sometimes' is not a level (error, warning, note or never)" },
  { "[lint]\nfail-on = off\n", "conf.ini:2: fail-on: 'off' is not a level (error, warning, note or never)" },
  { "[severity]\n# x\ncontested = loud\n", "conf.ini:3: contested: 'loud' is not a level (error, warning, note or off)" },
  { "[severity]\nwrong = error\n", "conf.ini:2: wrong: unknown key in [severity]" },
  { "[lint]\ntolerance = 2\n", "conf.ini:2: tolerance: '2' is not a fraction between 0 and 1" },
  { "[lint]\ntolerance = 1%\n", "conf.ini:2: tolerance: '1%' is not a fraction between 0 and 1" },
  { "[lint]\ntolerance =\n", "conf.ini:2: tolerance: '' is not a fraction between 0 and 1" },
  { "[units]\ndollar = usd\n", "conf.ini:2: dollar: 'usd' is not an ISO 4217 currency code (USD, AUD, CAD, ...)" },
  { "[units]\ndollar = US\n", "conf.ini:2: dollar: 'US' is not an ISO 4217 currency code (USD, AUD, CAD, ...)" },
  { "[lint]\nformat = xml\n", "conf.ini:2: format: 'xml' is not a format (gnu, json, sarif, rdjsonl, github or markdown)" },
  { "[lint]\npublished = 2024-02-30\n", "conf.ini:2: published: '2024-02-30' is not a date (YYYY-MM-DD)" },
  { "[lint]\nagainst =\n", "conf.ini:2: against: no path given" },
  { "[output]\nformat = gnu\n", "conf.ini:2: format: unknown group [output] (lint, severity or units)" },
  { "[lint]\nthis line has no equals sign\n", "conf.ini:2: expected 'key = value', found 'this line has no equals sign'" },
};

START_TEST (test_config_parse)
{
  const ConfigCase *row = &config_cases[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(XcConfig) c = xc_config_new_from_data ("conf.ini", row->text, -1, &error);
  if (row->error)
    {
      ck_assert_ptr_null (c);
      ck_assert_ptr_nonnull (error);
      ck_assert_str_eq (error->message, row->error);
    }
  else
    ck_assert_msg (c != NULL, "%s", error ? error->message : "");
}
END_TEST

START_TEST (test_config_values)
{
  const char *text =
    "# defaults for this repository\n"
    "[lint]\n"
    "against = seeds; more/\n"
    "against = extra.txt\n"
    "facts = facts.md\n"
    "manifest = seeds/sources.tsv\n"
    "fail-on = warning\n"
    "tolerance = 0.01\n"
    "include = *.md\n"
    "exclude = vendor;drafts/old-*\n"
    "exclude = tmp\n"
    "[severity]\n"
    "unsupported = off\n"
    "supported = note\n"
    "[units]\n"
    "dollar = CAD\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(XcConfig) c = xc_config_new_from_data ("cfg/.crosscheck.ini", text, -1, &error);
  ck_assert_msg (c != NULL, "%s", error ? error->message : "");
  /* paths are relative to the file's folder; repeated keys add up */
  ck_assert_uint_eq (c->against->len, 3);
  ck_assert_str_eq (c->against->pdata[0], "cfg/seeds");
  ck_assert_str_eq (c->against->pdata[1], "cfg/more/");
  ck_assert_str_eq (c->against->pdata[2], "cfg/extra.txt");
  ck_assert_uint_eq (c->facts->len, 1);
  ck_assert_str_eq (c->facts->pdata[0], "cfg/facts.md");
  ck_assert_str_eq (c->manifest, "cfg/seeds/sources.tsv");
  ck_assert_int_eq (c->fail_on, XC_SEVERITY_WARNING);
  ck_assert_double_eq_tol (c->tolerance, 0.01, 1e-12);
  ck_assert_uint_eq (c->include->len, 1);
  ck_assert_uint_eq (c->exclude->len, 3);
  ck_assert_str_eq (c->exclude->pdata[1], "drafts/old-*");
  ck_assert_int_eq (c->severity[XC_FINDING_UNSUPPORTED], XC_SEVERITY_OFF);
  ck_assert_int_eq (c->severity[XC_FINDING_SUPPORTED], XC_SEVERITY_NOTE);
  ck_assert_int_eq (c->severity[XC_FINDING_CONTRADICTED], -1);
  ck_assert_str_eq (c->dollar, "CAD");
  ck_assert_ptr_null (c->format);
}
END_TEST

START_TEST (test_config_find)
{
  g_autofree char *tmp = g_dir_make_tmp ("xc-config-XXXXXX", NULL);
  g_autofree char *deep = g_build_filename (tmp, "a", "b", NULL);
  ck_assert_int_eq (g_mkdir_with_parents (deep, 0700), 0);
  g_autofree char *none = xc_config_find (deep);
  /* nothing in tmp: the search may still find one above /tmp, never one below */
  if (none)
    ck_assert (!g_str_has_prefix (none, tmp));
  g_autofree char *ini = g_build_filename (tmp, "a", ".crosscheck.ini", NULL);
  ck_assert (g_file_set_contents (ini, "[lint]\n", -1, NULL));
  g_autofree char *found = xc_config_find (deep);
  ck_assert_str_eq (found, ini);
  g_remove (ini);
  g_rmdir (deep);
  g_autofree char *a = g_build_filename (tmp, "a", NULL);
  g_rmdir (a);
  g_rmdir (tmp);
}
END_TEST

typedef struct {
  const char *path;
  const char *include;   /* ';'-separated or NULL */
  const char *exclude;
  gboolean    excluded;
} ExcludeCase;

static const ExcludeCase exclude_cases[] = {
  { "docs/draft.md", NULL, NULL, FALSE },
  { ".git/COMMIT_EDITMSG.md", NULL, NULL, TRUE },
  { "sub/.git/x.txt", NULL, NULL, TRUE },
  { "build/meson-logs/testlog.txt", NULL, NULL, TRUE },
  { "build-asan/x.md", NULL, NULL, TRUE },
  { "builder/notes.md", NULL, NULL, FALSE },      /* near miss: not a build folder */
  { "node_modules/pkg/README.md", NULL, NULL, TRUE },
  { "./docs/a.md", NULL, "docs", TRUE },
  { "docs/a.md", NULL, "*.txt", FALSE },
  { "docs/a.txt", NULL, "*.txt", TRUE },
  { "drafts/old-1.md", NULL, "drafts/old-*", TRUE },
  { "drafts/new.md", NULL, "drafts/old-*", FALSE },
  { "docs/a.md", "*.md", NULL, FALSE },
  { "docs/a.txt", "*.md", NULL, TRUE },
  { "docs/a.md", "*.md", "docs", TRUE },           /* exclude wins */
  { "../shared/seeds/000.txt", NULL, NULL, FALSE },
  /* names that are not UTF-8 (g_pattern_match_simple asserted on these) */
  { "xy/\xe2\x82/ab.md", NULL, "?*", TRUE },
  { "xy/ab\xe2\x82", NULL, "?*", TRUE },
  { "xy/ab\xe2\x82", NULL, "?*q", FALSE },
  { "xy/\xe2\x82/ab.md", NULL, "*\x82", TRUE },
  { "xy/\xe2\x82/ab.md", NULL, "?", FALSE },       /* two stray bytes are two characters */
  { "xy/\xe2\x82/ab.md", NULL, "??", TRUE },
  { "xy/\xc3/ab.md", NULL, "?", TRUE },
  { "xy/\xc3\xa9/ab.md", NULL, "?", TRUE },        /* é is one character */
  { "xy/\xff\xfe.md", NULL, "*.txt", FALSE },
  { "xy/a\xff.md", "\xfe*", NULL, TRUE },
  { "xy/a.md", NULL, "a*b*?d", FALSE },
  { "xy/aXbYcd.md", NULL, "a*b*?d.md", TRUE },
};

static GPtrArray *
list_of (const char *s)
{
  GPtrArray *a = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = s ? g_strsplit (s, ";", -1) : NULL;
  for (guint i = 0; parts && parts[i]; i++)
    g_ptr_array_add (a, g_strdup (parts[i]));
  return a;
}

START_TEST (test_config_excluded)
{
  const ExcludeCase *row = &exclude_cases[_i];
  g_autoptr(GPtrArray) inc = list_of (row->include);
  g_autoptr(GPtrArray) exc = list_of (row->exclude);
  ck_assert_msg (xc_path_excluded (row->path, inc, exc) == row->excluded, "%s", row->path);
}
END_TEST

/* A glob of `against` expanded over a folder whose names are not UTF-8. */
START_TEST (test_config_glob_bytes)
{
  g_autofree char *tmp = g_dir_make_tmp ("xc-config-XXXXXX", NULL);
  const char *names[] = { "\xe2\x82.txt", "a\xff.txt", "b.txt" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *f = g_build_filename (tmp, names[i], NULL);
      ck_assert (g_file_set_contents (f, "x", -1, NULL));
    }
  g_autofree char *ini = g_build_filename (tmp, ".crosscheck.ini", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(XcConfig) c = xc_config_new_from_data (ini, "[lint]\nagainst = ?*.txt; \xfe*\n", -1, &error);
  ck_assert_msg (c != NULL, "%s", error ? error->message : "");
  /* three files, and the second glob left as written (nothing matches it) */
  ck_assert_uint_eq (c->against->len, 4);
  g_autofree char *b = g_build_filename (tmp, "b.txt", NULL);
  ck_assert_str_eq (c->against->pdata[1], b);   /* sorted by bytes: a\xff, b, \xe2\x82 */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *f = g_build_filename (tmp, names[i], NULL);
      g_remove (f);
    }
  g_rmdir (tmp);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("config");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_config_parse, 0, G_N_ELEMENTS (config_cases));
  tcase_add_test (tc, test_config_values);
  tcase_add_test (tc, test_config_find);
  tcase_add_loop_test (tc, test_config_excluded, 0, G_N_ELEMENTS (exclude_cases));
  tcase_add_test (tc, test_config_glob_bytes);
  suite_add_tcase (s, tc);
  return s;
}
