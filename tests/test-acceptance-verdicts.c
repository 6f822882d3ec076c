/* test-acceptance-verdicts.c - the whole pipeline (load, extract, compare) over article
 * clusters, checked against their expected verdicts (fixtures/clusters and the seeds)
 * SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include "xc-test.h"

typedef struct {
  XcComparison *cmp;
  GHashTable   *raw;       /* basename -> file contents */
  GString      *problems;  /* trust broken: a conflict missed or wrong, a false alarm */
  GString      *misses;    /* agreement not seen, and tolerated (tolerated_misses) */
  const char   *cluster;   /* the cluster's name under fixtures/, NULL for the seeds */
  guint         stretch_total;
  guint         stretch_held;
} Run;

static void
run_clear (Run *r)
{
  xc_comparison_free (r->cmp);
  g_hash_table_unref (r->raw);
  g_string_free (r->problems, TRUE);
  g_string_free (r->misses, TRUE);
}

static gboolean
is_article (const char *name)
{
  return g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".html");
}

static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Loads every article of @dir (sorted), with @manifest's metadata when given, and compares. */
static void
run_pipeline (Run *r, const char *dir, const char *manifest_path)
{
  g_autoptr(GError) error = NULL;
  r->cmp = xc_comparison_new ();
  r->raw = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r->problems = g_string_new (NULL);
  r->misses = g_string_new (NULL);
  g_autoptr(XcManifest) manifest = NULL;
  if (manifest_path)
    {
      manifest = xc_manifest_load (manifest_path, &error);
      ck_assert_msg (manifest != NULL, "manifest: %s", error ? error->message : "?");
    }
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  ck_assert_msg (d != NULL, "%s: %s", dir, error ? error->message : "?");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (const char *n; (n = g_dir_read_name (d));)
    if (is_article (n))
      g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, cmp_names);
  XcExtractor *ex = xc_test_extractor ();
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autoptr(XcDocument) doc = xc_document_load (path, &error);
      ck_assert_msg (doc != NULL, "%s: %s", path, error ? error->message : "?");
      if (manifest)
        {
          const XcMeta *m = xc_manifest_lookup (manifest, path);
          if (m)
            xc_meta_merge (&doc->meta, m);
        }
      GPtrArray *claims = xc_extractor_run (ex, doc, NULL, &error);
      ck_assert_msg (claims != NULL, "%s: %s", path, error ? error->message : "?");
      g_hash_table_insert (r->raw, g_path_get_basename (doc->name), g_strndup (doc->raw, doc->raw_len));
      xc_comparison_add_document (r->cmp, doc->name, doc->meta.source, &doc->meta.published, NULL, claims);
    }
  XcCompareOptions opts = { 0 };
  ck_assert (xc_comparison_run (r->cmp, &opts, &error));
}

/* Extraction not built yet (stub recognizers): nothing to judge; say so. */
/* A run with no claims at all cannot be checked: that is a failure, not a pass. */
static gboolean
skip_without_claims (Run *r, const char *what)
{
  ck_assert_msg (r->cmp->claims->len > 0, "%s: the extractors found no claims at all", what);
  return FALSE;
}

/* The claim an expectation {file, line, text} names: same file, its span overlapping
 * the text on that line; the largest overlap wins. */
static XcClaim *
find_claim (Run *r, JsonObject *ref)
{
  const char *file = json_object_get_string_member (ref, "file");
  guint line = (guint) json_object_get_int_member (ref, "line");
  const char *text = json_object_get_string_member (ref, "text");
  const char *raw = g_hash_table_lookup (r->raw, file);
  if (raw == NULL)
    return NULL;
  const char *p = raw;
  for (guint l = 1; l < line && p; l++)
    {
      p = strchr (p, '\n');
      if (p)
        p++;
    }
  if (p == NULL)
    return NULL;
  const char *eol = strchr (p, '\n');
  g_autofree char *line_text = g_strndup (p, eol ? (gsize) (eol - p) : strlen (p));
  const char *at = strstr (line_text, text);
  if (at == NULL)
    return NULL;
  gsize lo = (gsize) (p - raw) + (gsize) (at - line_text), hi = lo + strlen (text);
  XcClaim *best = NULL;
  gsize best_overlap = 0;
  for (guint i = 0; i < r->cmp->claims->len; i++)
    {
      XcClaim *c = r->cmp->claims->pdata[i];
      g_autofree char *base = g_path_get_basename (c->file);
      if (!g_str_equal (base, file))
        continue;
      gsize s = MAX (lo, c->offset), e = MIN (hi, c->offset + c->length);
      if (e > s && e - s > best_overlap)
        {
          best = c;
          best_overlap = e - s;
        }
    }
  return best;
}

static char *
ref_string (JsonObject *ref)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT " '%s'", json_object_get_string_member (ref, "file"),
                          json_object_get_int_member (ref, "line"), json_object_get_string_member (ref, "text"));
}

/* Agreements our own clusters are known not to see yet, and why: every other split of an
 * `agree` fact is a failure (in the seeds always). */
typedef struct {
  const char *cluster;
  const char *fact;
} Tolerated;

static const Tolerated tolerated_misses[] = {
  /* none today ("about $8.4 billion" in orlek-summit is seen since the rare-figure bonus) */
  { NULL, NULL },
};

static gboolean
miss_tolerated (const char *cluster, const char *fact)
{
  for (guint i = 0; cluster && i < G_N_ELEMENTS (tolerated_misses) && tolerated_misses[i].cluster; i++)
    if (g_str_equal (tolerated_misses[i].cluster, cluster) && g_str_equal (tolerated_misses[i].fact, fact))
      return TRUE;
  return FALSE;
}

static gboolean
check_fact (Run *r, JsonObject *fact, GHashTable *conflict_groups_explained)
{
  const char *id = json_object_get_string_member (fact, "id");
  const char *want = json_object_get_string_member (fact, "verdict");
  JsonArray *members = json_object_get_array_member (fact, "members");
  GString *why = g_string_new (NULL);
  XcGroup *group = NULL;
  gboolean ok = TRUE;
  gboolean split_only = g_str_equal (want, "agree");   /* stays TRUE while the only fault is a split */
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *ref = json_array_get_object_element (members, i);
      g_autofree char *name = ref_string (ref);
      XcClaim *c = find_claim (r, ref);
      if (c == NULL)
        {
          g_string_append_printf (why, " %s not extracted;", name);
          ok = split_only = FALSE;
          continue;
        }
      XcGroup *g = xc_comparison_group_of (r->cmp, c);
      if (g == NULL)
        {
          g_string_append_printf (why, " %s in no group;", name);
          ok = split_only = FALSE;
          continue;
        }
      if (g->verdict == XC_VERDICT_CONFLICT && !g_str_equal (want, "conflict"))
        split_only = FALSE;
      if (g_str_equal (want, "single"))
        {
          if (g->verdict == XC_VERDICT_CONFLICT)
            {
              g_string_append_printf (why, " %s in conflict group '%s' (%s);", name, g->label, g->reason);
              ok = FALSE;
            }
          continue;
        }
      if (group && g != group)
        {
          g_string_append_printf (why, " %s in another group '%s' (%s) than '%s';", name, g->label, g->reason,
                                  group->label);
          ok = FALSE;
        }
      group = group ? group : g;
    }
  if (ok && group && !g_str_equal (want, "single"))
    {
      XcVerdict v;
      xc_verdict_from_string (want, &v);
      if (group->verdict != v)
        {
          g_string_append_printf (why, " verdict %s, not %s: %s;", xc_verdict_to_string (group->verdict), want,
                                  group->reason);
          ok = FALSE;
        }
      if (v == XC_VERDICT_CONFLICT)
        {
          g_hash_table_add (conflict_groups_explained, group);
          JsonArray *odd = json_object_has_member (fact, "odd_one_out") ? json_object_get_array_member (fact, "odd_one_out") : NULL;
          g_autoptr(GHashTable) want_odd = g_hash_table_new (NULL, NULL);
          for (guint i = 0; odd && i < json_array_get_length (odd); i++)
            {
              XcClaim *c = find_claim (r, json_array_get_object_element (odd, i));
              if (c)
                g_hash_table_add (want_odd, c);
            }
          for (guint m = 0; m < group->members->len; m++)
            {
              XcMember *mb = group->members->pdata[m];
              if (mb->outlier != g_hash_table_contains (want_odd, mb->claim))
                {
                  g_string_append_printf (why, " %s:%u '%s' outlier=%d;", mb->claim->file, mb->claim->line,
                                          mb->claim->text, mb->outlier);
                  ok = FALSE;
                }
            }
        }
    }
  if (ok && group && group->verdict == XC_VERDICT_UPDATED)
    {
      /* the members that state the later value, and only they, are marked later */
      JsonArray *later = json_object_has_member (fact, "later") ? json_object_get_array_member (fact, "later") : NULL;
      g_autoptr(GHashTable) want_later = g_hash_table_new (NULL, NULL);
      for (guint i = 0; later && i < json_array_get_length (later); i++)
        {
          XcClaim *c = find_claim (r, json_array_get_object_element (later, i));
          if (c)
            g_hash_table_add (want_later, c);
        }
      for (guint m = 0; m < group->members->len; m++)
        {
          XcMember *mb = group->members->pdata[m];
          if (mb->later != g_hash_table_contains (want_later, mb->claim))
            {
              g_string_append_printf (why, " %s:%u '%s' later=%d;", mb->claim->file, mb->claim->line,
                                      mb->claim->text, mb->later);
              ok = FALSE;
            }
        }
    }
  if (!ok)
    g_string_append_printf (split_only && miss_tolerated (r->cluster, id) ? r->misses : r->problems,
                            "fact %s (%s):%s\n", id, want, why->str);
  g_string_free (why, TRUE);
  return ok;
}

static void
check_expectations (Run *r, const char *expected_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  ck_assert_msg (json_parser_load_from_file (parser, expected_path, &error), "%s: %s", expected_path,
                 error ? error->message : "?");
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *facts = json_object_get_array_member (root, "facts");
  g_autoptr(GHashTable) explained = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < json_array_get_length (facts); i++)
    {
      JsonObject *fact = json_array_get_object_element (facts, i);
      gboolean stretch = json_object_get_boolean_member_with_default (fact, "stretch", FALSE);
      if (!stretch)
        {
          check_fact (r, fact, explained);
          continue;
        }
      g_autoptr(GString) saved = g_string_new (r->problems->str);
      g_autoptr(GString) saved_misses = g_string_new (r->misses->str);
      r->stretch_total++;
      if (check_fact (r, fact, explained))
        r->stretch_held++;
      g_string_assign (r->problems, saved->str);   /* stretch facts are counted, not required */
      g_string_assign (r->misses, saved_misses->str);
    }
  JsonArray *never = json_object_has_member (root, "never_conflict") ? json_object_get_array_member (root, "never_conflict") : NULL;
  for (guint i = 0; never && i < json_array_get_length (never); i++)
    {
      JsonArray *pair = json_array_get_array_element (never, i);
      XcClaim *a = find_claim (r, json_array_get_object_element (pair, 0));
      XcClaim *b = find_claim (r, json_array_get_object_element (pair, 1));
      XcGroup *ga = a ? xc_comparison_group_of (r->cmp, a) : NULL;
      XcGroup *gb = b ? xc_comparison_group_of (r->cmp, b) : NULL;
      if (ga && ga == gb && ga->verdict == XC_VERDICT_CONFLICT)
        g_string_append_printf (r->problems, "never_conflict pair %u shares conflict group '%s': %s\n", i,
                                ga->label, ga->reason);
    }
  for (guint i = 0; i < r->cmp->groups->len; i++)
    {
      XcGroup *g = r->cmp->groups->pdata[i];
      if (g->verdict == XC_VERDICT_CONFLICT && !g_hash_table_contains (explained, g))
        g_string_append_printf (r->problems, "false alarm: '%s': %s\n", g->label, g->reason);
    }
}

static void
print_diagnostics (const char *what, Run *r)
{
  printf ("# %s: %u groups, %u conflicts, %u agree, %u single; stretch facts held: %u of %u\n", what,
          r->cmp->groups->len, r->cmp->n_conflicts, r->cmp->n_agree, r->cmp->n_single, r->stretch_held,
          r->stretch_total);
  if (g_getenv ("XC_DEBUG_VERDICTS"))
    for (guint i = 0; i < r->cmp->groups->len; i++)
      {
        XcGroup *g = r->cmp->groups->pdata[i];
        if (g->members->len > 1 || g->verdict != XC_VERDICT_SINGLE)
          printf ("#   [%s] %s %s: %s\n", xc_verdict_to_string (g->verdict), g->id, g->label, g->reason);
      }
  if (r->misses->len)
    {
      g_auto(GStrv) lines = g_strsplit (r->misses->str, "\n", -1);
      for (guint i = 0; lines[i] && *lines[i]; i++)
        printf ("# MISS (agreement not seen, no false alarm): %s\n", lines[i]);
    }
  fflush (stdout);
}

/* folders under fixtures/ holding articles and an expected.json */
static const char * const clusters[] = {
  "clusters/valmora-storm", "clusters/orlek-summit", "clusters/lindqvist-bridge", "clusters/tamsin-ferry", "example",
  "clusters/varella-quake", "clusters/kestria-visit", "clusters/ostrava-rates", "clusters/lumeria-vote",
  "clusters/harlen-bout", "clusters/brenna-mine", "clusters/valmoria-rescue", "clusters/kessel-raid", "clusters/maren-trawler", "clusters/maren-trawler-undated", "clusters/tarn-slugger", "clusters/sarvik-mill", "clusters/bravno-bus", "clusters/corvane-results", "clusters/dorva-budget", "clusters/pelvo-shooting", "clusters/skarn-blast",
  NULL,
};

/* XC_CLUSTERS="clusters/a,clusters/b" checks those folders instead (to look at clusters
 * that wait for other work, with XC_DEBUG_VERDICTS=1) */
static GStrv
cluster_list (void)
{
  const char *env = g_getenv ("XC_CLUSTERS");
  if (env && *env)
    return g_strsplit (env, ",", -1);
  return g_strdupv ((GStrv) clusters);
}

START_TEST (test_acceptance_cluster)
{
  g_auto(GStrv) list = cluster_list ();
  const char *name = list[_i];
  g_autofree char *dir = xc_test_fixture_path (name);
  g_autofree char *expected = g_build_filename (dir, "expected.json", NULL);
  Run r = { 0 };
  r.cluster = name;
  run_pipeline (&r, dir, NULL);
  if (skip_without_claims (&r, name))
    return;
  check_expectations (&r, expected);
  print_diagnostics (name, &r);
  ck_assert_msg (r.problems->len == 0, "%s:\n%s", name, r.problems->str);
  run_clear (&r);
}
END_TEST

START_TEST (test_acceptance_seeds)
{
  g_autofree char *dir = g_build_filename (xc_test_shared (), "seeds", NULL);
  g_autofree char *tsv = g_build_filename (dir, "sources.tsv", NULL);
  g_autofree char *expected = g_build_filename (dir, "gold-verdicts.json", NULL);
  Run r = { 0 };
  run_pipeline (&r, dir, tsv);
  if (skip_without_claims (&r, "seeds"))
    return;
  check_expectations (&r, expected);
  print_diagnostics ("seeds", &r);
  /* the truth: exactly one conflict, trade growth in 2023 */
  if (r.cmp->n_conflicts != 1)
    g_string_append_printf (r.problems, "%u conflicts, the truth is 1\n", r.cmp->n_conflicts);
  ck_assert_msg (r.problems->len == 0, "seeds:\n%s", r.problems->str);
  run_clear (&r);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("acceptance-verdicts");
  TCase *tc = tcase_create ("clusters");
  tcase_set_timeout (tc, 120);
  g_auto(GStrv) list = cluster_list ();
  tcase_add_loop_test (tc, test_acceptance_cluster, 0, (int) g_strv_length (list));
  suite_add_tcase (s, tc);
  if (xc_test_shared ())
    {
      tc = tcase_create ("seeds");
      tcase_set_timeout (tc, 120);
      tcase_add_test (tc, test_acceptance_seeds);
      suite_add_tcase (s, tc);
    }
  else
    printf ("# SKIP seeds: XC_SHARED does not point at a folder with seeds/: the seed verdicts were not checked\n");
  return s;
}
