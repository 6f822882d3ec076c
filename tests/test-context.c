/* test-context.c - scope and attribution of quantity claims: dates found by the
 * real recognizer, figures added by hand (the quantity recognizer is separate)
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

/* @figures: up to three substrings of @text made into money claims; @scopes:
 * the scope each must get (NULL = none); @attribution: what all of them must
 * get (NULL = none); @scope_date: a date text that must be marked is_scope. */
typedef struct {
  const char *text;
  const char *pub;
  const char *figures[3];
  const char *scopes[3];
  const char *attribution;
  const char *scope_date;
} ContextCase;

static const ContextCase context_cases[] = {
  { "Trade reached $240 billion in 2023.", "2024-04-10", { "$240 billion" }, { "2023" }, NULL, "2023" },
  { "Trade hit $240 billion last year.", "2024-04-10", { "$240 billion" }, { "2023" }, NULL, "last year" },
  { "Shipments slid by 12.4 percent and stood at $581 billion in 2022, according to Pelland's customs data.",
    "2024-04-10", { "12.4 percent", "$581 billion" }, { "2022", "2022" }, "Pelland's customs data", "2022" },
  { "Last year, trade grew over 26%, reaching $240 billion.", "2024-04-10",
    { "over 26%", "$240 billion" }, { "2023", "2023" }, NULL, "Last year" },
  { "Figures from Pelland's commerce ministry show that exports hit a record $310 billion last year, up 18 percent compared with 2022.",
    "2024-04-10", { "$310 billion", "18 percent" }, { "2023", "2023" }, "Pelland's commerce ministry", "last year" },
  { "Ostland customs data showed that exports reached $310 billion in 2023, up 18.4 percent from the previous year.",
    "2024-04-10", { "$310 billion", "18.4 percent" }, { "2023", "2023" }, "Ostland customs data", "2023" },
  { "According to the Ostland Association of Farm Machinery Makers, more than 512,000 tractors were shipped in the first 11 months of 2023.",
    "2024-04-10", { "more than 512,000" }, { "2023-01-01/2023-11-30" }, "Ostland Association of Farm Machinery Makers", "the first 11 months of 2023" },
  { "Exports rose 5 percent from 2022.", "2024-04-10", { "5 percent" }, { NULL }, NULL, NULL },
  /* a period after an old value, claimed or not, is the old value's */
  { "Deliveries reached 621,000 vehicles, compared with 580,000 in the same quarter last year.", "2024-04-10",
    { "621,000 vehicles" }, { NULL }, NULL, NULL },
  { "The carmaker delivered 612,000 vehicles, up from 580,000 in the first quarter of 2023.", "2024-04-10",
    { "612,000 vehicles" }, { NULL }, NULL, NULL },
  { "Exports were 7 percent higher than in 2021.", "2024-04-10", { "7 percent" }, { NULL }, NULL, NULL },
  { "Sales grew 4 percent over 2022.", "2024-04-10", { "4 percent" }, { NULL }, NULL, NULL },
  { "Sales grew 4 percent versus 2022.", "2024-04-10", { "4 percent" }, { NULL }, NULL, NULL },
  { "The war began in 2022. Trade reached $240 billion.", "2024-04-10", { "$240 billion" }, { NULL }, NULL, NULL },
  { "The war began in 2022; trade reached $240 billion.", "2024-04-10", { "$240 billion" }, { NULL }, NULL, NULL },
  { "Trade reached $240 billion, the ministry said.", "2024-04-10", { "$240 billion" }, { NULL }, "ministry", NULL },
  { "Trade reached $240 billion, he said.", "2024-04-10", { "$240 billion" }, { NULL }, NULL, NULL },
  { "Mr. Lavrov said the talks went well. Trade reached $240 billion.", "2024-04-10", { "$240 billion" }, { NULL }, NULL, NULL },
  /* the word pre-check before the attribution patterns: any case for caseless ones, word starts only */
  { "Trade reached $240 billion, ACCORDING TO the Harbour Board.", "2024-04-10", { "$240 billion" }, { NULL }, "Harbour Board", NULL },
  { "Statistics from the Varella bureau show 3,500 homes were damaged.", "2024-04-10", { "3,500 homes" }, { NULL }, "Varella bureau", NULL },
  { "Freight reached 40 tonnes, the agency Reported.", "2024-04-10", { "40 tonnes" }, { NULL }, NULL, NULL },
  { "Freight reached 40 tonnes, the port misreported.", "2024-04-10", { "40 tonnes" }, { NULL }, NULL, NULL },
  { "In the first quarter, sales were $5 million.", "2024-04-10", { "$5 million" }, { "2024-01-01/2024-03-31" }, NULL, "the first quarter" },
  { "Sales of $3 million in March beat forecasts.", "2024-04-10", { "$3 million" }, { "2024-03" }, NULL, "March" },
  { "Revenue was $9 billion in 2023 and $8 billion in 2022.", "2024-04-10",
    { "$9 billion", "$8 billion" }, { "2023", "2022" }, NULL, "2023" },
  { "Since 2022, exports grew to $1 billion.", "2024-04-10", { "$1 billion" }, { NULL }, NULL, NULL },
  { "According to Reuters, the fund lost $2 billion.", "2024-04-10", { "$2 billion" }, { NULL }, "Reuters", NULL },
  /* a fiscal year is a scope of its own kind */
  { "Revenue was $3.2 billion in fiscal 2023.", "2024-04-10", { "$3.2 billion" }, { "FY2023" }, NULL, "fiscal 2023" },
  { "Revenue was $3.2 billion in FY2023/24.", "2024-04-10", { "$3.2 billion" }, { "FY2023/2024" }, NULL, "FY2023/24" },
  { "Revenue was $3.2 billion in 2023.", "2024-04-10", { "$3.2 billion" }, { "2023" }, NULL, "2023" },
  /* "a year earlier": back from the sentence's own date, the scope of the figure before it */
  { "Prices rose $3 million last month, compared with $4 million a year earlier.", "2024-04-10",
    { "$3 million", "$4 million" }, { "2024-03", "2023-03" }, NULL, "last month" },
  { "In March, exports were $2 billion, against $1.5 billion a month earlier.", "2024-04-10",
    { "$2 billion", "$1.5 billion" }, { "2024-03", "2024-02" }, NULL, "March" },
  { "Sales were $5 million in 2022, up from $4 million the previous year.", "2024-04-10",
    { "$5 million", "$4 million" }, { "2022", "2021" }, NULL, "2022" },
  { "Sales were $5 million a year ago.", "2024-04-10", { "$5 million" }, { "2023" }, NULL, "a year ago" },
  /* no date in the sentence: "a year earlier" is left alone */
  { "Sales were $5 million, against $4 million a year earlier.", "2024-04-10",
    { "$5 million", "$4 million" }, { NULL, NULL }, NULL, NULL },
  { "Trade totalled $240.1 billion in 2023, according to China's customs data released in January.",
    "2024-04-10", { "$240.1 billion" }, { "2023" }, "China's customs data", "2023" },
};

static XcClaim *
money_claim (const char *text, const char *figure)
{
  const char *at = strstr (text, figure);
  ck_assert_msg (at != NULL, "'%s' not in '%s'", figure, text);
  XcClaim *c = xc_claim_new (XC_KIND_MONEY);
  c->offset = (gsize) (at - text);
  c->length = strlen (figure);
  c->text = g_strdup (figure);
  return c;
}

static int
by_offset (gconstpointer a, gconstpointer b)
{
  const XcClaim *x = *(XcClaim * const *) a, *y = *(XcClaim * const *) b;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

START_TEST (test_context_table)
{
  const ContextCase *tc = &context_cases[_i];
  g_autoptr(GError) error = NULL;
  GPtrArray *claims = xc_test_extract (tc->text, tc->pub);
  XcClaim *figs[3] = { NULL };
  for (int k = 0; k < 3 && tc->figures[k]; k++)
    g_ptr_array_add (claims, figs[k] = money_claim (tc->text, tc->figures[k]));
  g_ptr_array_sort (claims, by_offset);
  g_autoptr(XcDocument) doc = xc_test_document (tc->text, XC_FORMAT_TEXT, tc->pub);
  g_autoptr(GArray) sentences = xc_segment_sentences (tc->text, strlen (tc->text), FALSE);
  XcScan scan = {
    .doc = doc, .text = tc->text, .len = strlen (tc->text), .sentences = sentences,
    .published = &doc->meta.published, .claims = claims,
  };
  XcContext *ctx = xc_context_new (&error);
  ck_assert_ptr_nonnull (ctx);
  ck_assert (xc_context_annotate (ctx, &scan, &error));
  xc_context_free (ctx);
  for (int k = 0; k < 3 && figs[k]; k++)
    {
      ck_assert_msg (g_strcmp0 (figs[k]->scope, tc->scopes[k]) == 0, "'%s': %s scope %s, expected %s",
                     tc->text, tc->figures[k], figs[k]->scope, tc->scopes[k]);
      ck_assert_msg (g_strcmp0 (figs[k]->attribution, tc->attribution) == 0, "'%s': attribution '%s', expected '%s'",
                     tc->text, figs[k]->attribution, tc->attribution);
    }
  gboolean marked = FALSE;
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *c = claims->pdata[i];
      if (c->kind != XC_KIND_DATE && c->kind != XC_KIND_DATERANGE)
        continue;
      gboolean want = tc->scope_date && strncmp (tc->text + c->offset, tc->scope_date, c->length) == 0
                      && c->length == strlen (tc->scope_date);
      if (c->is_scope)
        marked = TRUE;
      if (want)
        ck_assert_msg (c->is_scope, "'%s': date '%s' not marked as a scope", tc->text, tc->scope_date);
    }
  if (tc->scope_date == NULL)
    ck_assert_msg (!marked, "'%s': a date marked as scope", tc->text);
  g_ptr_array_unref (claims);
}
END_TEST

typedef struct {
  const char *text;
  const char *date;      /* the date expression looked at */
  gboolean    basis;     /* the date a change is measured against */
} BasisCase;

static const BasisCase basis_cases[] = {
  { "Sales grew 4 percent over 2022.", "2022", TRUE },
  { "Exports rose 5 percent from 2022.", "2022", TRUE },
  { "Exports were 7 percent higher than in 2021.", "2021", TRUE },
  { "Trade grew 12.4% on 2023, the ministry said.", "2023", TRUE },
  { "Trade reached $5 billion in 2023.", "2023", FALSE },
  { "The port reopened on March 10, after 40 containers were cleared.", "March 10", FALSE },
  { "Prices of 2022 were 5 percent of income.", "2022", FALSE },
};

/* A basis date is marked, with the whole extractor: alignment keeps it out of date facts. */
START_TEST (test_context_basis)
{
  const BasisCase *bc = &basis_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (bc->text, "2024-04-10");
  gboolean seen = FALSE;
  for (guint i = 0; i < claims->len; i++)
    {
      XcClaim *c = claims->pdata[i];
      if (c->kind != XC_KIND_DATE || strncmp (bc->text + c->offset, bc->date, strlen (bc->date)) != 0)
        continue;
      seen = TRUE;
      ck_assert_msg (c->is_basis == bc->basis, "'%s': '%s' is_basis=%d, expected %d", bc->text, bc->date,
                     c->is_basis, bc->basis);
      ck_assert_msg (!(c->is_basis && c->is_scope), "'%s': a basis is not a scope", bc->text);
    }
  ck_assert_msg (seen, "'%s': no date claim for '%s'", bc->text, bc->date);
}
END_TEST

/* With the whole extractor: the numeric claim spanning @figure must get @scope
 * (NULL = none) and @previous. Old values take the date right after them; a
 * date after an old value, or bound to a bare number, is no other figure's. */
typedef struct {
  const char *text;
  const char *figure;
  const char *scope;
  gboolean    previous;
} FullCase;

static const FullCase full_cases[] = {
  { "Revenue rose 7.2% to $18.2bn in the three months to June, while profit dropped to $1.1bn from $1.25bn a year ago.",
    "7.2%", "2023-04-01/2023-06-30", FALSE },
  { "Revenue rose 7.2% to $18.2bn in the three months to June, while profit dropped to $1.1bn from $1.25bn a year ago.",
    "$18.2bn", "2023-04-01/2023-06-30", FALSE },
  { "Revenue rose 7.2% to $18.2bn in the three months to June, while profit dropped to $1.1bn from $1.25bn a year ago.",
    "$1.1bn", "2023-04-01/2023-06-30", FALSE },
  { "Revenue rose 7.2% to $18.2bn in the three months to June, while profit dropped to $1.1bn from $1.25bn a year ago.",
    "$1.25bn", "2022-04-01/2022-06-30", TRUE },   /* "a year ago" after a quarter: that quarter, a year back */
  { "Profit dropped to $1.1bn from $1.25bn a year ago.", "$1.1bn", NULL, FALSE },
  { "Exports were 23% of sales, against 18% in the same period of 2023.", "23%", NULL, FALSE },
  { "Exports were 23% of sales, against 18% in the same period of 2023.", "18%", "2023", TRUE },
  { "Sales were 23% higher, whereas costs were 5% lower in 2023.", "23%", NULL, FALSE },
  { "Sales were 23% higher, whereas costs were 5% lower in 2023.", "5%", "2023", FALSE },
  { "Exports rose 5% in 2023, while imports fell 3%.", "3%", "2023", FALSE },
  { "Exports rose 5%, while imports fell 3% in the first half.", "5%", NULL, FALSE },
  { "The party won 42 of the 120 seats in Sunday's election, up from 35 in 2021, with 31.4% of the vote.",
    "42 of the 120 seats", "2024-04-07", FALSE },
  { "The party won 42 of the 120 seats in Sunday's election, up from 35 in 2021, with 31.4% of the vote.",
    "31.4%", "2024-04-07", FALSE },
  { "The party won 27 of the 90 seats, up from 19 in 2020, with 22.5% of ballots.", "27 of the 90 seats", NULL, FALSE },
  { "The party won 27 of the 90 seats, up from 19 in 2020, with 22.5% of ballots.", "22.5%", NULL, FALSE },
  { "Growth is seen at 1.4% this year, down from a forecast of 1.9% in March.", "1.4%", "2024", FALSE },
  { "Growth is seen at 1.4% this year, down from a forecast of 1.9% in March.", "1.9%", "2024-03", TRUE },
  { "Margins were 12% higher than the 9% rise seen in 2023.", "12%", NULL, FALSE },
  { "Margins were 12% higher than the 9% rise seen in 2023.", "9%", "2023", TRUE },
  { "In 2023, the old rate of 4% compared with 3% in 2022.", "3%", "2022", TRUE },
  /* kept: a date before a change names its period; the change follows the figure it changes */
  { "In 2023, trade rose 26% to $240 billion.", "26%", "2023", FALSE },
  { "In 2023, trade rose 26% to $240 billion.", "$240 billion", "2023", FALSE },
  { "Trade was $240 billion in 2023, up 26.3% from 2022.", "26.3%", "2023", FALSE },
  { "Trade was $240 billion in 2023, up 26.3% from 2022.", "$240 billion", "2023", FALSE },
  { "Revenue was $9 billion in 2023 and $8 billion in 2022.", "$8 billion", "2022", FALSE },
  /* periods up to a month */
  { "Sales in the six months to March rose 4%.", "4%", "2023-10-01/2024-03-31", FALSE },
  { "In the year to May, prices climbed 3.5%.", "3.5%", "2022-06-01/2023-05-31", FALSE },
  { "Output fell 2% in the 12 months through September.", "2%", "2022-10-01/2023-09-30", FALSE },
  { "Sales in the nine months ended Sept. 30 reached $4 billion.", "$4 billion", "2023-01-01/2023-09-30", FALSE },
  { "Sales in the quarter ended March 31, 2024 reached $4 billion.", "$4 billion", "2024-01-01/2024-03-31", FALSE },
};

START_TEST (test_context_full)
{
  const FullCase *k = &full_cases[_i];
  g_autoptr(GPtrArray) claims = xc_test_extract (k->text, "2024-04-10");
  const XcClaim *c = NULL;
  for (guint i = 0; i < claims->len && c == NULL; i++)
    {
      const XcClaim *x = claims->pdata[i];
      if (x->kind != XC_KIND_DATE && x->kind != XC_KIND_DATERANGE && x->kind != XC_KIND_DURATION
          && g_str_equal (x->text, k->figure))
        c = x;
    }
  ck_assert_msg (c != NULL, "'%s': no claim '%s'", k->text, k->figure);
  ck_assert_msg (g_strcmp0 (c->scope, k->scope) == 0, "'%s': %s scope %s, expected %s", k->text, k->figure,
                 c->scope, k->scope);
  ck_assert_msg (c->previous == k->previous, "'%s': %s previous=%d, expected %d", k->text, k->figure,
                 c->previous, k->previous);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("context");
  TCase *tc = tcase_create ("context");
  tcase_add_loop_test (tc, test_context_table, 0, G_N_ELEMENTS (context_cases));
  tcase_add_loop_test (tc, test_context_basis, 0, G_N_ELEMENTS (basis_cases));
  tcase_add_loop_test (tc, test_context_full, 0, G_N_ELEMENTS (full_cases));
  suite_add_tcase (s, tc);
  return s;
}
