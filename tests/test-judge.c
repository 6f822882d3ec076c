/* test-judge.c - judging: which values can both be true, who is the odd one out,
 * voices and wire copy, slips by a power of ten, reasons in words
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-test.h"
#include "xc-compare-private.h"

#define INF INFINITY
#define UP XC_DIRECTION_UP
#define DOWN XC_DIRECTION_DOWN
#define NONE XC_DIRECTION_NONE

typedef struct {
  XcKind      kind;
  double      lo, hi;
  gboolean    lo_open, hi_open;
  XcDirection dir;
  const char *iso;       /* dates: "2024-04-09"; ranges "a/b"; durations "P2D"; money: currency */
  gboolean    vague;
  gboolean    unresolved;
} V;

typedef struct {
  const char *what;
  V           a, b;
  double      tolerance;
  gboolean    compatible;
} PairCase;

#define PCT(lo, hi, lo_open, hi_open, dir) { XC_KIND_PERCENT, lo, hi, lo_open, hi_open, dir, NULL, FALSE, FALSE }
#define USD(lo, hi) { XC_KIND_MONEY, lo, hi, FALSE, TRUE, NONE, "USD", FALSE, FALSE }
#define CUR(lo, hi, c) { XC_KIND_MONEY, lo, hi, FALSE, TRUE, NONE, c, FALSE, FALSE }
#define N(lo, hi, lo_open, hi_open) { XC_KIND_COUNT, lo, hi, lo_open, hi_open, NONE, NULL, FALSE, FALSE }
#define D(iso) { XC_KIND_DATE, -INF, INF, FALSE, FALSE, NONE, iso, FALSE, FALSE }
#define R(iso) { XC_KIND_DATERANGE, -INF, INF, FALSE, FALSE, NONE, iso, FALSE, FALSE }
#define DUR(iso) { XC_KIND_DURATION, -INF, INF, FALSE, FALSE, NONE, iso, FALSE, FALSE }

static const PairCase pair_cases[] = {
  /* rounding: the stated precision overlaps */
  { "240 vs 240.1 billion", USD (239.5e9, 240.5e9), USD (240.05e9, 240.15e9), 0, TRUE },
  { "26 vs 26.3 percent", PCT (25.5, 26.5, FALSE, TRUE, UP), PCT (26.25, 26.35, FALSE, TRUE, UP), 0, TRUE },
  { "over 26 vs 26.3", PCT (26, INF, TRUE, FALSE, UP), PCT (26.25, 26.35, FALSE, TRUE, UP), 0, TRUE },
  { "over 26 vs 26", PCT (26, INF, TRUE, FALSE, UP), PCT (25.5, 26.5, FALSE, TRUE, UP), 0, TRUE },
  { "about 300 vs 320", N (270, 330, FALSE, FALSE), N (319.5, 320.5, FALSE, TRUE), 0, TRUE },
  { "at least 40 vs 40", N (40, INF, FALSE, FALSE), N (39.5, 40.5, FALSE, TRUE), 0, TRUE },
  { "at most 40 vs 40", N (0, 40, FALSE, FALSE), N (39.5, 40.5, FALSE, TRUE), 0, TRUE },
  { "range vs inside", N (10, 20, FALSE, FALSE), N (14.5, 15.5, FALSE, TRUE), 0, TRUE },
  { "same value", N (11.5, 12.5, FALSE, TRUE), N (11.5, 12.5, FALSE, TRUE), 0, TRUE },
  { "down vs down", PCT (11.55, 11.65, FALSE, TRUE, DOWN), PCT (11.5, 12.5, FALSE, TRUE, DOWN), 0, TRUE },
  { "a day and its month", D ("2024-04-09"), D ("2024-04"), 0, TRUE },
  { "a day and its year", D ("2022-02-24"), D ("2022"), 0, TRUE },
  { "a month and its year", D ("2022-02"), D ("2022"), 0, TRUE },
  { "Tuesday resolved to April 9", D ("2024-04-09"), D ("2024-04-09"), 0, TRUE },
  { "a day inside a span", R ("2024-04-04/2024-04-08"), D ("2024-04-06"), 0, TRUE },
  { "span's first day", R ("2024-04-04/2024-04-08"), D ("2024-04-04"), 0, TRUE },
  { "span's last day", R ("2024-04-04/2024-04-08"), D ("2024-04-08"), 0, TRUE },
  { "overlapping spans", R ("2024-04-04/2024-04-08"), R ("2024-04-07/2024-04-10"), 0, TRUE },
  { "same duration", DUR ("P2D"), DUR ("P2D"), 0, TRUE },
  { "two weeks vs 14 days", DUR ("P2W"), DUR ("P14D"), 0, TRUE },
  { "vague never conflicts", { XC_KIND_COUNT, 10000, 99999, FALSE, FALSE, NONE, NULL, TRUE, FALSE }, N (5, 6, FALSE, FALSE), 0, TRUE },
  { "unresolved never conflicts", { XC_KIND_DATE, -INF, INF, FALSE, FALSE, NONE, NULL, FALSE, TRUE }, D ("2024-04-09"), 0, TRUE },
  { "other currency is not compared", CUR (1e9, 2e9, "EUR"), USD (5e9, 6e9), 0, TRUE },
  { "tolerance bridges 25 vs 26.3", PCT (24.5, 25.5, FALSE, TRUE, UP), PCT (26.25, 26.35, FALSE, TRUE, UP), 0.05, TRUE },
  { "tolerance bridges 1.2 vs 1.25", N (1.15, 1.25, FALSE, TRUE), N (1.255, 1.265, FALSE, FALSE), 0.01, TRUE },

  /* cannot both be true */
  { "25 vs 26.3 percent", PCT (24.5, 25.5, FALSE, TRUE, UP), PCT (26.25, 26.35, FALSE, TRUE, UP), 0, FALSE },
  { "25 vs 26 percent: half-open ends", PCT (24.5, 25.5, FALSE, TRUE, UP), PCT (25.5, 26.5, FALSE, TRUE, UP), 0, FALSE },
  { "over 26 vs 25", PCT (26, INF, TRUE, FALSE, UP), PCT (24.5, 25.5, FALSE, TRUE, UP), 0, FALSE },
  { "over 26 vs exactly 26", PCT (26, INF, TRUE, FALSE, UP), PCT (26, 26, FALSE, FALSE, UP), 0, FALSE },
  { "less than 40 vs 40", N (0, 40, FALSE, TRUE), N (40, 40, FALSE, FALSE), 0, FALSE },
  { "up vs down", PCT (4.5, 5.5, FALSE, TRUE, UP), PCT (4.5, 5.5, FALSE, TRUE, DOWN), 0, FALSE },
  { "up 12 vs down 11.6", PCT (11.5, 12.5, FALSE, TRUE, UP), PCT (11.55, 11.65, FALSE, TRUE, DOWN), 0, FALSE },
  { "240 vs 664 billion", USD (239.5e9, 240.5e9), USD (663.5e9, 664.5e9), 0, FALSE },
  { "1.2 vs 12", N (1.15, 1.25, FALSE, TRUE), N (11.5, 12.5, FALSE, TRUE), 0, FALSE },
  { "different days", D ("2024-04-09"), D ("2024-04-10"), 0, FALSE },
  { "day outside the month", D ("2024-04-09"), D ("2024-05"), 0, FALSE },
  { "day outside a span", R ("2024-04-04/2024-04-08"), D ("2024-04-09"), 0, FALSE },
  { "disjoint spans", R ("2024-04-04/2024-04-08"), R ("2024-04-10/2024-04-12"), 0, FALSE },
  { "other year", D ("2022-02"), D ("2023"), 0, FALSE },
  { "two vs five days", DUR ("P2D"), DUR ("P5D"), 0, FALSE },
  { "range vs outside", N (10, 20, FALSE, FALSE), N (20.5, 21.5, FALSE, TRUE), 0, FALSE },
  { "small tolerance does not bridge", PCT (24.5, 25.5, FALSE, TRUE, UP), PCT (26.25, 26.35, FALSE, TRUE, UP), 0.01, FALSE },
};

static XcClaim *
make_value (const V *v)
{
  XcClaim *c = xc_claim_new (v->kind);
  c->interval.lo = v->lo;
  c->interval.hi = v->hi;
  c->interval.lo_open = v->lo_open;
  c->interval.hi_open = v->hi_open;
  c->direction = v->dir;
  c->vague = v->vague;
  c->resolved = !v->unresolved;
  c->value = isfinite (v->lo) && isfinite (v->hi) ? (v->lo + v->hi) / 2 : isfinite (v->lo) ? v->lo : v->hi;
  if (v->kind == XC_KIND_DATE || v->kind == XC_KIND_DURATION)
    c->iso = g_strdup (v->iso);
  else if (v->kind == XC_KIND_DATERANGE)
    {
      g_auto(GStrv) p = g_strsplit (v->iso, "/", 2);
      c->start = g_strdup (p[0]);
      c->end = g_strdup (p[1]);
    }
  else if (v->kind == XC_KIND_MONEY)
    c->unit = g_strdup (v->iso);
  else if (v->kind == XC_KIND_PERCENT)
    c->unit = g_strdup ("%");
  return c;
}

START_TEST (test_judge_compatible)
{
  const PairCase *t = &pair_cases[_i];
  g_autoptr(XcClaim) a = make_value (&t->a);
  g_autoptr(XcClaim) b = make_value (&t->b);
  ck_assert_msg (xc_claims_compatible (a, b, t->tolerance) == t->compatible, "%s", t->what);
  ck_assert_msg (xc_claims_compatible (b, a, t->tolerance) == t->compatible, "%s (reversed)", t->what);
}
END_TEST

/* ---------- outliers ---------- */

typedef struct {
  const char *what;
  guint       n;
  XcInterval  ivs[6];
  const char *keep;      /* '1' kept, '0' outlier; NULL = tie */
} OutlierCase;

#define I(lo, hi) { lo, hi, FALSE, TRUE }
#define OPEN_ABOVE(lo) { lo, INFINITY, TRUE, FALSE }

static const OutlierCase outlier_cases[] = {
  { "all agree", 3, { I (239.5, 240.5), I (240.05, 240.15), I (239.5, 240.5) }, "111" },
  { "seed shape: 25 is odd", 4, { I (26.25, 26.35), I (25.5, 26.5), OPEN_ABOVE (26), I (24.5, 25.5) }, "1110" },
  { "odd one first", 3, { I (9.5, 10.5), I (19.5, 20.5), I (19.5, 20.5) }, "011" },
  { "two against one", 3, { I (1, 2), I (1.5, 2.5), I (5, 6) }, "110" },
  { "two odd ones", 5, { I (1, 2), I (1, 2), I (1, 2), I (7, 8), I (9, 10) }, "11100" },
  { "one against one: tie", 2, { I (1, 2), I (3, 4) }, NULL },
  { "two against two: tie", 4, { I (1, 2), I (1, 2), I (3, 4), I (3, 4) }, NULL },
  { "chain: middle overlaps both sides", 3, { I (1, 3), I (2, 5), I (4, 6) }, NULL },
  { "open end excludes the touch point", 3, { I (1, 2), I (2, 3), I (2, 3) }, "011" },
  { "closed ends meet", 3, { { 1, 2, FALSE, FALSE }, { 2, 3, FALSE, FALSE }, I (7, 8) }, "110" },
  { "identical open-ended bounds agree", 3, { OPEN_ABOVE (207), OPEN_ABOVE (207), OPEN_ABOVE (207) }, "111" },
  { "identical points agree", 2, { { 5, 5, FALSE, FALSE }, { 5, 5, FALSE, FALSE } }, "11" },
  { "unbounded one joins the majority", 4, { OPEN_ABOVE (10), I (12, 13), I (12.5, 13.5), I (3, 4) }, "1110" },
};

START_TEST (test_judge_outliers)
{
  const OutlierCase *t = &outlier_cases[_i];
  const XcInterval *ptrs[6];
  for (guint i = 0; i < t->n; i++)
    ptrs[i] = &t->ivs[i];
  gboolean keep[6] = { 0 };
  gboolean tie = FALSE;
  XcInterval common;
  guint best = xc_outliers_find (ptrs, t->n, keep, &tie, &common);
  if (t->keep == NULL)
    {
      ck_assert_msg (tie, "%s: expected a tie", t->what);
      return;
    }
  ck_assert_msg (!tie, "%s: unexpected tie", t->what);
  guint want = 0;
  for (guint i = 0; i < t->n; i++)
    {
      want += t->keep[i] == '1';
      ck_assert_msg (keep[i] == (t->keep[i] == '1'), "%s: member %u", t->what, i);
    }
  ck_assert_uint_eq (best, want);
}
END_TEST

/* ---------- whole groups: voices, wire copy, power of ten, reasons ---------- */

typedef struct {
  const char *file;
  const char *source;
  const char *sentence;
  const char *text;
  double      lo, hi;
} Row;

static XcComparison *
run_rows (const Row *rows, guint n, XcKind kind, const char *unit, XcDirection dir)
{
  XcComparison *cmp = xc_comparison_new ();
  for (guint i = 0; i < n; i++)
    {
      XcClaim *c = xc_claim_new (kind);
      c->file = g_strdup (rows[i].file);
      c->source = g_strdup (rows[i].source);
      c->sentence = g_strdup (rows[i].sentence);
      c->text = g_strdup (rows[i].text);
      const char *at = strstr (rows[i].sentence, rows[i].text);
      ck_assert (at != NULL);
      c->offset = (gsize) (at - rows[i].sentence) + 100 * i;
      c->sentence_offset = 100 * i;
      c->length = strlen (rows[i].text);
      c->unit = g_strdup (unit);
      c->si_unit = kind == XC_KIND_MEASURE ? g_strdup (unit) : NULL;
      c->direction = dir;
      c->value = (rows[i].lo + rows[i].hi) / 2;
      c->interval.lo = rows[i].lo;
      c->interval.hi = rows[i].hi;
      c->interval.hi_open = TRUE;
      GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
      g_ptr_array_add (claims, c);
      xc_comparison_add_document (cmp, rows[i].file, rows[i].source, NULL, NULL, claims);
    }
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  return cmp;
}

static XcMember *
member_in (XcGroup *g, const char *file)
{
  for (guint i = 0; i < g->members->len; i++)
    {
      XcMember *m = g->members->pdata[i];
      if (g_str_equal (m->claim->file, file))
        return m;
    }
  return NULL;
}

static const Row growth_rows[] = {
  { "a.txt", "Alpha", "Customs data showed Varenna's cheese exports rose 26.3 percent in 2024 from the year before.", "26.3 percent", 26.25, 26.35 },
  { "b.txt", "Beta", "Varenna's cheese exports grew 26 percent last year, customs figures show.", "26 percent", 25.5, 26.5 },
  { "c.txt", "Gamma", "Last year Varenna's exports of cheese climbed by 25 percent, according to customs.", "25 percent", 24.5, 25.5 },
  { "d.txt", "Delta", "Cheese exports from Varenna jumped 26 percent in 2024, customs data showed.", "26 percent", 25.5, 26.5 },
};

/* ---------- figures that change over time (xc-updated.c) ---------- */

typedef struct {
  const char *sentence;
  const char *text;
  double      value;
  const char *published;   /* ISO day, NULL: undated */
} TimedRow;

typedef struct {
  const char *what;
  XcKind      kind;
  const char *unit;
  TimedRow    a, b;
  XcVerdict   verdict;
  const char *later;       /* the file ("a.txt", "b.txt") whose member is later, or NULL */
  const char *reason;      /* a part of the reason, or NULL */
  TimedRow    c;           /* a third report, or { NULL } */
} TimeCase;

static const TimeCase time_cases[] = {
  { "a running toll grows between two dated reports", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill injured 18 people, the fire service said.", "18 people", 18, "2026-03-03" },
    { "The toll of the blast at the Orvik mill rose to 25 people injured, the fire service said.", "25 people", 25, "2026-03-04" },
    XC_VERDICT_UPDATED, "b.txt", "“18 people” (Alpha, 2026-03-03) rose to “25 people” (Beta, 2026-03-04" },
  { "the later report is smaller: no toll grows down", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill injured 25 people so far, the fire service said.", "25 people", 25, "2026-03-03" },
    { "The blast at the Orvik mill injured 18 people so far, the fire service said.", "18 people", 18, "2026-03-04" },
    XC_VERDICT_CONFLICT, NULL, NULL },
  { "a revised figure may fall", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill injured 25 people, the fire service said.", "25 people", 25, "2026-03-03" },
    { "The blast at the Orvik mill injured a revised 18 people, the fire service said.", "18 people", 18, "2026-03-04" },
    XC_VERDICT_UPDATED, "b.txt", "was revised to" },
  { "one day, no word of change: a conflict", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill injured 18 people so far, the fire service said.", "18 people", 18, "2026-03-03" },
    { "The blast at the Orvik mill injured 25 people so far, the fire service said.", "25 people", 25, "2026-03-03" },
    XC_VERDICT_CONFLICT, NULL, NULL },
  { "undated reports of a running toll: a conflict as before", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill injured 18 people so far, the fire service said.", "18 people", 18, NULL },
    { "The blast at the Orvik mill injured 25 people so far, the fire service said.", "25 people", 25, NULL },
    XC_VERDICT_CONFLICT, NULL, NULL },
  { "undated, but the words say which came first", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill initially injured 18 people, the fire service said.", "18 people", 18, NULL },
    { "The blast at the Orvik mill injured 25 people, the fire service said.", "25 people", 25, NULL },
    XC_VERDICT_UPDATED, "b.txt", "an earlier figure" },
  { "dated, but nothing says the figure runs: a conflict", XC_KIND_COUNT, "person",
    { "The blast at the Orvik mill injured 18 people, the fire service said.", "18 people", 18, "2026-03-03" },
    { "The blast at the Orvik mill injured 25 people, the fire service said.", "25 people", 25, "2026-03-04" },
    XC_VERDICT_CONFLICT, NULL, NULL },
  { "ages 27 (2005) and 29 (2007) agree on the birth year", XC_KIND_AGE, "years",
    { "Deputy Sal Renko, 27, joined the Orvik county force.", "27", 27, "2005-05-10" },
    { "Deputy Sal Renko, 29, joined the Orvik county force.", "29", 29, "2007-04-02" },
    XC_VERDICT_AGREE, NULL, "ages in reports 1 year apart agree on the birth year" },
  { "ages 27 (2005) and 35 (2007) do not", XC_KIND_AGE, "years",
    { "Deputy Sal Renko, 27, joined the Orvik county force.", "27", 27, "2005-05-10" },
    { "Deputy Sal Renko, 35, joined the Orvik county force.", "35", 35, "2007-04-02" },
    XC_VERDICT_CONFLICT, NULL, NULL },
  { "an undated age between the dated ones agrees with them", XC_KIND_AGE, "years",
    { "Deputy Sal Renko, 27, joined the Orvik county force.", "27", 27, "2005-05-10" },
    { "Deputy Sal Renko, 29, joined the Orvik county force.", "29", 29, "2007-04-02" },
    XC_VERDICT_AGREE, NULL, "agree on the birth year",
    { "Deputy Sal Renko, 28, joined the Orvik county force.", "28", 28, NULL } },
  { "an undated age outside them does not", XC_KIND_AGE, "years",
    { "Deputy Sal Renko, 27, joined the Orvik county force.", "27", 27, "2005-05-10" },
    { "Deputy Sal Renko, 29, joined the Orvik county force.", "29", 29, "2007-04-02" },
    XC_VERDICT_CONFLICT, NULL, NULL,
    { "Deputy Sal Renko, 33, joined the Orvik county force.", "33", 33, NULL } },
  { "undated ages: a conflict as before", XC_KIND_AGE, "years",
    { "Deputy Sal Renko, 27, joined the Orvik county force.", "27", 27, NULL },
    { "Deputy Sal Renko, 29, joined the Orvik county force.", "29", 29, NULL },
    XC_VERDICT_CONFLICT, NULL, NULL },
};

static void
add_timed (XcComparison *cmp, const TimeCase *tc, const TimedRow *row, const char *file, const char *source)
{
  XcClaim *c = xc_claim_new (tc->kind);
  c->file = g_strdup (file);
  c->source = g_strdup (source);
  c->sentence = g_strdup (row->sentence);
  c->text = g_strdup (row->text);
  const char *at = strstr (row->sentence, row->text);
  ck_assert (at != NULL);
  c->offset = (gsize) (at - row->sentence);
  c->length = strlen (row->text);
  c->unit = g_strdup (tc->unit);
  c->value = row->value;
  c->interval.lo = row->value - 0.5;
  c->interval.hi = row->value + 0.5;
  c->interval.hi_open = TRUE;
  GPtrArray *claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  g_ptr_array_add (claims, c);
  XcDocInfo info = { .file = (char *) file, .source = (char *) source, .published = (char *) row->published };
  xc_comparison_add_document_full (cmp, &info, claims);
}

START_TEST (test_judge_over_time)
{
  const TimeCase *tc = &time_cases[_i];
  g_autoptr(XcComparison) cmp = xc_comparison_new ();
  add_timed (cmp, tc, &tc->a, "a.txt", "Alpha");
  add_timed (cmp, tc, &tc->b, "b.txt", "Beta");
  if (tc->c.sentence)
    add_timed (cmp, tc, &tc->c, "c.txt", "Gamma");
  ck_assert (xc_comparison_run (cmp, NULL, NULL));
  ck_assert_msg (cmp->groups->len == 1, "%s: %u groups", tc->what, cmp->groups->len);
  XcGroup *g = cmp->groups->pdata[0];
  ck_assert_msg (g->verdict == tc->verdict, "%s: %s, not %s (%s)", tc->what, xc_verdict_to_string (g->verdict),
                 xc_verdict_to_string (tc->verdict), g->reason);
  for (guint i = 0; i < g->members->len; i++)
    {
      XcMember *m = g->members->pdata[i];
      ck_assert_msg (m->later == (tc->later && g_str_equal (m->claim->file, tc->later)), "%s: %s later=%d",
                     tc->what, m->claim->file, m->later);
    }
  if (tc->reason)
    ck_assert_msg (strstr (g->reason, tc->reason) != NULL, "%s: %s", tc->what, g->reason);
  ck_assert_uint_eq (cmp->n_updated, tc->verdict == XC_VERDICT_UPDATED);
}
END_TEST

START_TEST (test_judge_conflict_outlier)
{
  g_autoptr(XcComparison) cmp = run_rows (growth_rows, 4, XC_KIND_PERCENT, "%", XC_DIRECTION_UP);
  ck_assert_uint_eq (cmp->n_conflicts, 1);
  XcGroup *g = cmp->groups->pdata[0];
  ck_assert_int_eq (g->verdict, XC_VERDICT_CONFLICT);
  ck_assert_uint_eq (g->members->len, 4);
  ck_assert (member_in (g, "c.txt")->outlier);
  ck_assert (!member_in (g, "a.txt")->outlier && !member_in (g, "b.txt")->outlier);
  ck_assert (!g->outlier_tie && !g->power_of_ten && !g->self_conflict);
  ck_assert_uint_eq (g->n_sources, 4);
  ck_assert_uint_eq (g->n_voices, 4);
  ck_assert_msg (strstr (g->reason, "“25 percent” (up 24.5–25.5, c.txt) cannot be up 26.25–26.35") != NULL,
                 "%s", g->reason);
}
END_TEST

/* One outlet, two articles, two values, nobody else: not "contradicts itself". */
static const Row alone_rows[] = {
  { "a.txt", "Alpha", "Customs data showed Varenna's cheese exports rose 26 percent in 2024.", "26 percent", 25.5, 26.5 },
  { "b.txt", "Alpha", "Customs data showed Varenna's cheese exports rose 31 percent in 2024.", "31 percent", 30.5, 31.5 },
};

/* ... but beside another source, the same outlet's two values are a self-contradiction. */
static const Row beside_rows[] = {
  { "a.txt", "Alpha", "Customs data showed Varenna's cheese exports rose 26 percent in 2024.", "26 percent", 25.5, 26.5 },
  { "b.txt", "Alpha", "Customs data showed Varenna's cheese exports rose 31 percent in 2024.", "31 percent", 30.5, 31.5 },
  { "c.txt", "Beta", "Customs data showed Varenna's cheese exports rose 26 percent in 2024.", "26 percent", 25.5, 26.5 },
};

START_TEST (test_judge_self_contradiction_needs_company)
{
  g_autoptr(XcComparison) alone = run_rows (alone_rows, 2, XC_KIND_PERCENT, "%", XC_DIRECTION_UP);
  ck_assert_uint_eq (alone->n_conflicts, 0);
  ck_assert_uint_eq (alone->groups->len, 1);   /* one fact, as the words say: the rule is exercised */
  ck_assert_uint_eq (((XcGroup *) alone->groups->pdata[0])->members->len, 2);
  for (guint i = 0; i < alone->groups->len; i++)
    {
      XcGroup *g = alone->groups->pdata[i];
      ck_assert (!g->self_conflict);
      ck_assert_msg (strstr (g->reason, "contradicts") == NULL, "%s", g->reason);
    }
  g_autoptr(XcComparison) beside = run_rows (beside_rows, 3, XC_KIND_PERCENT, "%", XC_DIRECTION_UP);
  ck_assert_uint_eq (beside->n_conflicts, 1);
  XcGroup *g = beside->groups->pdata[0];
  ck_assert_int_eq (g->verdict, XC_VERDICT_CONFLICT);
  ck_assert (g->self_conflict);
  ck_assert (member_in (g, "b.txt")->outlier);
}
END_TEST

static const Row tie_rows[] = {
  { "a.txt", "Alpha", "Varenna's cheese exports rose 26 percent in 2024, customs data showed.", "26 percent", 25.5, 26.5 },
  { "b.txt", "Beta", "Customs data showed Varenna's cheese exports rose 31 percent in 2024.", "31 percent", 30.5, 31.5 },
};

START_TEST (test_judge_tie)
{
  g_autoptr(XcComparison) cmp = run_rows (tie_rows, 2, XC_KIND_PERCENT, "%", XC_DIRECTION_UP);
  ck_assert_uint_eq (cmp->n_conflicts, 1);
  XcGroup *g = cmp->groups->pdata[0];
  ck_assert (g->outlier_tie);
  ck_assert (!member_in (g, "a.txt")->outlier && !member_in (g, "b.txt")->outlier);
  ck_assert_msg (strstr (g->reason, "no majority") != NULL, "%s", g->reason);
}
END_TEST

static const Row slip_rows[] = {
  { "a.txt", "Alpha", "The new Lindqvist bridge spans 1.2 kilometres across the fjord, engineers said.", "1.2 kilometres", 1150, 1250 },
  { "b.txt", "Beta", "Engineers said the Lindqvist bridge spans 1.2 kilometres across the fjord.", "1.2 kilometres", 1150, 1250 },
  { "c.txt", "Gamma", "Across the fjord, the new Lindqvist bridge spans 12 kilometres, engineers said.", "12 kilometres", 11500, 12500 },
};

START_TEST (test_judge_power_of_ten)
{
  g_autoptr(XcComparison) cmp = run_rows (slip_rows, 3, XC_KIND_MEASURE, "m", XC_DIRECTION_NONE);
  ck_assert_uint_eq (cmp->n_conflicts, 1);
  XcGroup *g = cmp->groups->pdata[0];
  ck_assert (g->power_of_ten);
  ck_assert (member_in (g, "c.txt")->outlier);
  ck_assert_msg (strstr (g->reason, "probably a slip") != NULL, "%s", g->reason);
}
END_TEST

static const Row voice_rows[] = {
  { "a.txt", "Wire", "The storm destroyed 1,200 homes in the coastal district of Varenna, officials said on Sunday.", "1,200 homes", 1199.5, 1200.5 },
  { "b.txt", "Paper B", "The storm destroyed 1,200 homes in the coastal district of Varenna, officials said on Sunday.", "1,200 homes", 1199.5, 1200.5 },
  { "c.txt", "Paper C", "The storm destroyed 1,200 homes in the coastal district of Varenna , officials said Sunday.", "1,200 homes", 1199.5, 1200.5 },
  { "d.txt", "Paper D", "In Varenna, officials counted 1,200 homes destroyed by the storm along the coast.", "1,200 homes", 1199.5, 1200.5 },
  { "e.txt", "Paper D", "Officials in Varenna say 1,200 homes were destroyed when the storm hit the coastal district.", "1,200 homes", 1199.5, 1200.5 },
};

START_TEST (test_judge_voices)
{
  g_autoptr(XcComparison) cmp = run_rows (voice_rows, 5, XC_KIND_COUNT, "home", XC_DIRECTION_NONE);
  ck_assert_uint_eq (cmp->groups->len, 1);
  XcGroup *g = cmp->groups->pdata[0];
  ck_assert_int_eq (g->verdict, XC_VERDICT_AGREE);
  ck_assert_uint_eq (g->n_sources, 4);
  ck_assert_uint_eq (g->n_voices, 2);   /* the wire story thrice, Paper D twice */
  ck_assert (member_in (g, "a.txt")->wire_copy && member_in (g, "b.txt")->wire_copy && member_in (g, "c.txt")->wire_copy);
  ck_assert (!member_in (g, "d.txt")->wire_copy);
  ck_assert_uint_eq (member_in (g, "a.txt")->voice, member_in (g, "c.txt")->voice);
  ck_assert_uint_eq (member_in (g, "d.txt")->voice, member_in (g, "e.txt")->voice);
  ck_assert_uint_ne (member_in (g, "a.txt")->voice, member_in (g, "d.txt")->voice);
}
END_TEST

typedef struct {
  const char *a, *b;
  gboolean    wire;
} WireCase;

static const WireCase wire_cases[] = {
  { "The storm destroyed 1,200 homes.", "The storm destroyed 1,200 homes.", TRUE },
  { "The storm destroyed 1,200 homes, officials said.", "The storm destroyed 1,200 homes , officials  said", TRUE },
  { "“The storm destroyed 1,200 homes in Varenna,” officials said on Sunday.", "The storm destroyed 1,200 homes in Varenna, officials said on Sunday.", TRUE },
  { "The storm destroyed 1,200 homes in Varenna, officials said.", "Officials said the storm destroyed 1,200 homes.", FALSE },
  { "The storm destroyed 1,200 homes in Varenna.", "The storm destroyed 1,300 homes in Varenna.", FALSE },
};

START_TEST (test_judge_wire_overlap)
{
  const WireCase *t = &wire_cases[_i];
  g_autofree char *a = xc_fold_sentence (t->a);
  g_autofree char *b = xc_fold_sentence (t->b);
  ck_assert_msg ((xc_fold_overlap (a, b) >= XC_WIRE_COPY_OVERLAP) == t->wire, "'%s' vs '%s': %g", a, b, xc_fold_overlap (a, b));
}
END_TEST

/* The word overlap of two folded sentences, counted as multisets over the longer
 * one: repeats count as often as both hold them; word prefixes are other words. */
static const struct { const char *a, *b; double share; } overlap_cases[] = {
  { "the port grew", "the port grew", 1.0 },
  { "the port grew", "port the grew", 1.0 },
  { "the the port", "the port port", 2.0 / 3 },
  { "a b c d", "a b", 0.5 },
  { "port ports", "port port", 0.5 },
  { "", "a", 0 },
  { "ab", "a b", 0 },
};

START_TEST (test_judge_fold_overlap)
{
  ck_assert_msg (fabs (xc_fold_overlap (overlap_cases[_i].a, overlap_cases[_i].b) - overlap_cases[_i].share) < 1e-12,
                 "'%s' / '%s': %g", overlap_cases[_i].a, overlap_cases[_i].b,
                 xc_fold_overlap (overlap_cases[_i].a, overlap_cases[_i].b));
}
END_TEST

/* Sentences of more words than the overlap keeps on the stack. */
START_TEST (test_judge_fold_overlap_long)
{
  g_autoptr(GString) a = g_string_new (NULL), b = g_string_new (NULL);
  for (guint i = 0; i < 600; i++)
    {
      g_string_append_printf (a, "%sw%u", i ? " " : "", i % 300);
      g_string_append_printf (b, "%sw%u", i ? " " : "", i < 450 ? i % 300 : 999);
    }
  ck_assert (fabs (xc_fold_overlap (a->str, b->str) - 450.0 / 600) < 1e-12);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("judge");
  TCase *tc = tcase_create ("compatible");
  tcase_add_loop_test (tc, test_judge_compatible, 0, G_N_ELEMENTS (pair_cases));
  tcase_add_loop_test (tc, test_judge_fold_overlap, 0, G_N_ELEMENTS (overlap_cases));
  tcase_add_test (tc, test_judge_fold_overlap_long);
  suite_add_tcase (s, tc);
  tc = tcase_create ("outliers");
  tcase_add_loop_test (tc, test_judge_outliers, 0, G_N_ELEMENTS (outlier_cases));
  suite_add_tcase (s, tc);
  tc = tcase_create ("groups");
  tcase_add_loop_test (tc, test_judge_over_time, 0, G_N_ELEMENTS (time_cases));
  tcase_add_test (tc, test_judge_conflict_outlier);
  tcase_add_test (tc, test_judge_self_contradiction_needs_company);
  tcase_add_test (tc, test_judge_tie);
  tcase_add_test (tc, test_judge_power_of_ten);
  tcase_add_test (tc, test_judge_voices);
  tcase_add_loop_test (tc, test_judge_wire_overlap, 0, G_N_ELEMENTS (wire_cases));
  suite_add_tcase (s, tc);
  return s;
}
