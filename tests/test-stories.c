/* test-stories.c - stories kept apart: a run of several stories gives each the
 * verdicts it gets alone (automatic grouping and given story keys), a run of one
 * story stays whole, the grouping does not depend on input order, and the story
 * of a document comes from front matter or a manifest column; stories aligned and
 * reports written on several threads give what one thread gives
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-document-private.h"

/* Six stories of our own fixture articles (fixtures/clusters). */
static const char * const six[] = {
  "kestria-visit", "lindqvist-bridge", "lumeria-vote", "orlek-summit", "tamsin-ferry", "valmora-storm",
};

static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds every article of fixtures/clusters/@cluster to @cmp, @story as its given story. */
static void
add_cluster (XcComparison *cmp, const char *cluster, const char *story)
{
  g_autofree char *rel = g_build_filename ("clusters", cluster, NULL);
  g_autofree char *dir = xc_test_fixture_path (rel);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  ck_assert_ptr_nonnull (d);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (const char *n; (n = g_dir_read_name (d));)
    if (g_str_has_suffix (n, ".md") || g_str_has_suffix (n, ".txt"))
      g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, cmp_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(XcDocument) doc = xc_document_load (path, &error);
      ck_assert_msg (doc != NULL, "%s: %s", path, error ? error->message : "?");
      GPtrArray *claims = xc_extractor_run (xc_test_extractor (), doc, NULL, &error);
      ck_assert_ptr_nonnull (claims);
      g_autofree char *published = g_date_valid (&doc->meta.published)
                                   ? g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&doc->meta.published),
                                                      g_date_get_month (&doc->meta.published),
                                                      g_date_get_day (&doc->meta.published))
                                   : NULL;
      XcDocInfo info = { .file = doc->name, .source = doc->meta.source, .published = published,
                         .story = (char *) story };
      xc_comparison_add_document_full (cmp, &info, claims);
    }
}

/* Each group as a line: verdict, then its members (file:offset), sorted; @prefix
 * keeps only groups of files under it. */
static GPtrArray *
verdict_lines (const XcComparison *cmp, const char *prefix)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      const XcGroup *g = cmp->groups->pdata[i];
      g_autoptr(GString) s = g_string_new (xc_verdict_to_string (g->verdict));
      gboolean mine = FALSE;
      for (guint m = 0; m < g->members->len; m++)
        {
          const XcClaim *c = ((const XcMember *) g->members->pdata[m])->claim;
          mine |= strstr (c->file, prefix) != NULL;
          g_string_append_printf (s, " %s:%zu%s", c->file, c->offset,
                                  ((const XcMember *) g->members->pdata[m])->outlier ? "!" : "");
        }
      if (mine)
        g_ptr_array_add (out, g_string_free (g_steal_pointer (&s), FALSE));
    }
  g_ptr_array_sort (out, cmp_names);
  return out;
}

static void
assert_same_lines (GPtrArray *a, GPtrArray *b, const char *what)
{
  ck_assert_msg (a->len == b->len, "%s: %u groups, %u alone", what, a->len, b->len);
  for (guint i = 0; i < a->len; i++)
    ck_assert_msg (g_str_equal (a->pdata[i], b->pdata[i]), "%s: '%s' / alone '%s'", what,
                   (char *) a->pdata[i], (char *) b->pdata[i]);
}

/* The mix of six stories gives each story the groups and verdicts it gets alone,
 * found automatically (loop 0) and given as story keys (loop 1); no group holds
 * two stories' claims. */
START_TEST (test_stories_mix_as_alone)
{
  gboolean given = _i == 1;
  g_autoptr(XcComparison) mix = xc_comparison_new ();
  for (guint s = 0; s < G_N_ELEMENTS (six); s++)
    add_cluster (mix, six[s], given ? six[s] : NULL);
  XcCompareOptions auto_opts = { .stories = XC_STORIES_AUTO };
  ck_assert (xc_comparison_run (mix, &auto_opts, NULL));
  ck_assert_uint_eq (mix->n_stories, G_N_ELEMENTS (six));
  guint conflicts = 0;
  for (guint s = 0; s < G_N_ELEMENTS (six); s++)
    {
      g_autoptr(XcComparison) alone = xc_comparison_new ();
      add_cluster (alone, six[s], NULL);
      ck_assert (xc_comparison_run (alone, &auto_opts, NULL));
      ck_assert_uint_eq (alone->n_stories, 1);
      conflicts += alone->n_conflicts;
      g_autofree char *prefix = g_strdup_printf ("/%s/", six[s]);
      g_autoptr(GPtrArray) a = verdict_lines (mix, prefix), b = verdict_lines (alone, prefix);
      assert_same_lines (a, b, six[s]);
    }
  ck_assert_uint_eq (mix->n_conflicts, conflicts);
  /* every group within one story, and named by it */
  for (guint i = 0; i < mix->groups->len; i++)
    {
      const XcGroup *g = mix->groups->pdata[i];
      ck_assert_ptr_nonnull (g->story);
      const char *first = ((const XcMember *) g->members->pdata[0])->claim->file;
      g_autofree char *dir = g_path_get_dirname (first);
      for (guint m = 1; m < g->members->len; m++)
        {
          g_autofree char *other = g_path_get_dirname (((const XcMember *) g->members->pdata[m])->claim->file);
          ck_assert_str_eq (other, dir);
        }
      if (given)
        ck_assert_msg (g_str_has_suffix (dir, g->story), "%s in story %s", dir, g->story);
    }
}
END_TEST

/* Without stories the same mix lines up figures across stories (the failure the
 * stories prevent): some group holds two stories' claims. */
START_TEST (test_stories_none_crosses)
{
  g_autoptr(XcComparison) mix = xc_comparison_new ();
  for (guint s = 0; s < G_N_ELEMENTS (six); s++)
    add_cluster (mix, six[s], NULL);
  XcCompareOptions none = { .stories = XC_STORIES_NONE };
  ck_assert (xc_comparison_run (mix, &none, NULL));
  ck_assert_uint_eq (mix->n_stories, 1);
  gboolean crossed = FALSE;
  for (guint i = 0; i < mix->groups->len && !crossed; i++)
    {
      const XcGroup *g = mix->groups->pdata[i];
      ck_assert_ptr_null (g->story);
      g_autofree char *dir = g_path_get_dirname (((const XcMember *) g->members->pdata[0])->claim->file);
      for (guint m = 1; m < g->members->len; m++)
        {
          g_autofree char *other = g_path_get_dirname (((const XcMember *) g->members->pdata[m])->claim->file);
          crossed |= !g_str_equal (other, dir);
        }
    }
  ck_assert_msg (crossed, "no group crosses stories without them: the mix shows nothing");
}
END_TEST

/* Input order does not change the stories: added backwards, the same groups. */
START_TEST (test_stories_order)
{
  g_autoptr(XcComparison) fwd = xc_comparison_new (), back = xc_comparison_new ();
  for (guint s = 0; s < G_N_ELEMENTS (six); s++)
    {
      add_cluster (fwd, six[s], NULL);
      add_cluster (back, six[G_N_ELEMENTS (six) - 1 - s], NULL);
    }
  XcCompareOptions opts = { .stories = XC_STORIES_AUTO };
  ck_assert (xc_comparison_run (fwd, &opts, NULL));
  ck_assert (xc_comparison_run (back, &opts, NULL));
  ck_assert_uint_eq (fwd->groups->len, back->groups->len);
  for (guint i = 0; i < fwd->groups->len; i++)
    {
      const XcGroup *a = fwd->groups->pdata[i], *b = back->groups->pdata[i];
      ck_assert_str_eq (a->id, b->id);
      ck_assert_str_eq (a->story, b->story);
    }
}
END_TEST

static const char * const report_formats[] = { "text", "markdown", "json", "html" };

/* (transfer full) the reports (text with colour, Markdown, JSON, HTML, each with
 * every group in full) of every cluster of fixtures/clusters, each its own story,
 * aligned and written on @jobs threads. */
static GPtrArray *
clusters_reports (guint jobs)
{
  g_autofree char *dir = xc_test_fixture_path ("clusters");
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  ck_assert_ptr_nonnull (d);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (const char *n; (n = g_dir_read_name (d));)
    g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, cmp_names);
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  for (guint i = 0; i < names->len; i++)
    add_cluster (cmp, names->pdata[i], NULL);
  XcCompareOptions opts = { .stories = XC_STORIES_AUTO, .jobs = jobs };
  ck_assert (xc_comparison_run (cmp, &opts, NULL));
  ck_assert_uint_gt (cmp->n_stories, 4);
  GPtrArray *reports = g_ptr_array_new_with_free_func (g_free);
  for (guint f = 0; f < G_N_ELEMENTS (report_formats); f++)
    {
      XcReportOptions ropts = { .color = TRUE, .show_all = TRUE, .jobs = jobs };
      g_autoptr(GString) out = g_string_new (NULL);
      ck_assert (xc_report_write (cmp, report_formats[f], &ropts, out, NULL));
      g_ptr_array_add (reports, g_string_free (g_steal_pointer (&out), FALSE));
    }
  return reports;
}

/* Stories aligned and reports written on 2, 4 and 64 threads (more than there are
 * stories) give what one thread gives, byte for byte: each story's aligner is its
 * own, the groups are gathered in story order and the report's pieces are written
 * in order. */
START_TEST (test_stories_threads)
{
  static const guint jobs[] = { 2, 4, 64 };
  g_autoptr(GPtrArray) one = clusters_reports (1);
  g_autoptr(GPtrArray) many = clusters_reports (jobs[_i]);
  for (guint f = 0; f < G_N_ELEMENTS (report_formats); f++)
    ck_assert_msg (g_str_equal (one->pdata[f], many->pdata[f]), "%u threads: the %s report differs from one thread's",
                   jobs[_i], report_formats[f]);
}
END_TEST

/* The story of a document: front matter "story:", a manifest column, any field. */
START_TEST (test_stories_fields)
{
  g_autoptr(GError) error = NULL;
  const char *text = "---\nsource: Harbour Herald\nStory: Ferry strike\ndesk: metro\n---\nThe ferry carried 40 people.\n";
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("a.md", text, -1, XC_FORMAT_MARKDOWN, &error);
  ck_assert_ptr_nonnull (doc);
  ck_assert_str_eq (xc_meta_get_field (&doc->meta, "story"), "Ferry strike");
  ck_assert_str_eq (xc_meta_get_field (&doc->meta, "DESK"), "metro");
  ck_assert_ptr_null (xc_meta_get_field (&doc->meta, "source"));   /* a known key is no field */
  ck_assert_ptr_null (xc_meta_get_field (&doc->meta, "slug"));

  const char *tsv = "file\tsource\tpublished\tstory\tslug\na.md\tWire\t2024-01-02\tquake\tq-1\nb.md\tPost\t\t\t\n";
  g_autoptr(XcManifest) m = xc_manifest_new_from_data ("m.tsv", tsv, strlen (tsv), &error);
  ck_assert_ptr_nonnull (m);
  const XcMeta *a = xc_manifest_lookup (m, "a.md");
  ck_assert_str_eq (xc_meta_get_field (a, "story"), "quake");
  ck_assert_str_eq (xc_meta_get_field (a, "slug"), "q-1");
  ck_assert_ptr_null (xc_meta_get_field (xc_manifest_lookup (m, "b.md"), "story"));   /* empty: none */
  /* the manifest's value wins, front matter fills the rest */
  xc_manifest_apply (m, doc, NULL);
  ck_assert_str_eq (xc_meta_get_field (&doc->meta, "story"), "quake");
  ck_assert_str_eq (xc_meta_get_field (&doc->meta, "desk"), "metro");
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("stories");
  TCase *tc = tcase_create ("stories");
  tcase_set_timeout (tc, 120);
  tcase_add_loop_test (tc, test_stories_mix_as_alone, 0, 2);
  tcase_add_test (tc, test_stories_none_crosses);
  tcase_add_test (tc, test_stories_order);
  tcase_add_test (tc, test_stories_fields);
  tcase_add_loop_test (tc, test_stories_threads, 0, 3);
  suite_add_tcase (s, tc);
  return s;
}
