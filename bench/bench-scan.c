/* bench-scan.c - how extraction compares with the least any extractor must do:
 * one PCRE2 JIT scan for the bytes a claim can start at (a digit, a number
 * word, a month or weekday name). Both run in this one process over the same
 * documents, held in memory, so that the machine's load at the time weighs on
 * both alike; the ratio (extraction's time over the scan's) is what issue 12
 * bounds.
 *   bench-scan [--mb N] [--published YYYY-MM-DD] [--rounds R] FILE...
 * The files (front matter read as usual) are repeated until they hold N MB
 * (default 20); each side runs R times (default 3) and its fastest round counts.
 * SPDX-License-Identifier: MIT */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdio.h>
#include <stdlib.h>
#include <pcre2.h>
#include <crosscheck/crosscheck.h>

/* What starts a claim: digits, number words, month and weekday names (and
 * their abbreviations), whole words, any case. */
static const char trigger[] =
  "\\d"
  "|\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
  "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
  "|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter"
  "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
  "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
  "|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
  "|sat(?:urday)?|sun(?:day)?)\\b";

static double
now (void)
{
  return (double) g_get_monotonic_time () / 1e6;
}

/* One scan of every document: the number of triggers found. */
static gsize
scan_all (pcre2_code *code, pcre2_match_data *md, GPtrArray *docs)
{
  gsize hits = 0;
  for (guint i = 0; i < docs->len; i++)
    {
      const XcDocument *d = docs->pdata[i];
      PCRE2_SIZE pos = 0;
      while (pos < d->text_len
             && pcre2_jit_match (code, (PCRE2_SPTR) d->text, d->text_len, pos, 0, md, NULL) >= 0)
        {
          const PCRE2_SIZE *ov = pcre2_get_ovector_pointer (md);
          hits++;
          pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        }
    }
  return hits;
}

/* One extraction of every document: the number of claims found. */
static gsize
extract_all (XcExtractor *ex, GPtrArray *docs)
{
  gsize claims = 0;
  for (guint i = 0; i < docs->len; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) found = xc_extractor_run (ex, docs->pdata[i], NULL, &error);
      if (found == NULL)
        {
          g_printerr ("bench-scan: %s\n", error->message);
          exit (1);
        }
      claims += found->len;
    }
  return claims;
}

int
main (int argc, char **argv)
{
  int mb = 20, rounds = 3;
  g_autofree char *published = NULL;
  g_auto (GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "mb", 0, 0, G_OPTION_ARG_INT, &mb, "Megabytes of text to run over (20)", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of each; the fastest counts (3)", "R" },
    { "published", 0, 0, G_OPTION_ARG_STRING, &published, "Publication date of every file", "DATE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..." },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE... - extraction against a bare trigger scan");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || files == NULL || mb < 1 || rounds < 1)
    {
      g_printerr ("usage: bench-scan [--mb N] [--rounds R] [--published YYYY-MM-DD] FILE...\n");
      return 2;
    }
  GDate date;
  g_date_clear (&date, 1);
  if (published)
    g_date_set_parse (&date, published);

  /* the documents, repeated until they hold the megabytes asked for */
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_document_free);
  gsize bytes = 0;
  while (bytes < (gsize) mb << 20)
    for (guint i = 0; files[i] && bytes < (gsize) mb << 20; i++)
      {
        XcDocument *d = xc_document_load (files[i], &error);
        if (d == NULL)
          {
            g_printerr ("bench-scan: %s\n", error->message);
            return 1;
          }
        if (g_date_valid (&date) && !g_date_valid (&d->meta.published))
          d->meta.published = date;
        bytes += d->text_len;
        g_ptr_array_add (docs, d);
      }

  int errcode;
  PCRE2_SIZE erroff;
  pcre2_code *code = pcre2_compile ((PCRE2_SPTR) trigger, PCRE2_ZERO_TERMINATED,
                                    PCRE2_CASELESS | PCRE2_UTF,
                                    &errcode, &erroff, NULL);
  if (code == NULL || pcre2_jit_compile (code, PCRE2_JIT_COMPLETE) != 0)
    {
      g_printerr ("bench-scan: the trigger pattern does not compile with JIT\n");
      return 1;
    }
  pcre2_match_data *md = pcre2_match_data_create_from_pattern (code, NULL);
  g_autoptr (XcExtractor) ex = xc_extractor_new (&error);
  if (ex == NULL)
    {
      g_printerr ("bench-scan: %s\n", error->message);
      return 1;
    }

  double best_scan = G_MAXDOUBLE, best_extract = G_MAXDOUBLE;
  gsize hits = 0, claims = 0;
  for (int r = 0; r < rounds; r++)
    {
      double t0 = now ();
      hits = scan_all (code, md, docs);
      double t1 = now ();
      claims = extract_all (ex, docs);
      double t2 = now ();
      best_scan = MIN (best_scan, t1 - t0);
      best_extract = MIN (best_extract, t2 - t1);
    }
  double mbytes = (double) bytes / 1048576.0;
  printf ("text       %u documents, %.1f MB (fastest of %d rounds each)\n", docs->len, mbytes, rounds);
  printf ("scan       %.3f s, %7.1f MB/s, %9" G_GSIZE_FORMAT " triggers\n", best_scan, mbytes / best_scan, hits);
  printf ("extract    %.3f s, %7.1f MB/s, %9" G_GSIZE_FORMAT " claims\n", best_extract, mbytes / best_extract,
          claims);
  printf ("ratio      extraction takes %.2fx the bare scan's time\n", best_extract / best_scan);
  pcre2_match_data_free (md);
  pcre2_code_free (code);
  return 0;
}
