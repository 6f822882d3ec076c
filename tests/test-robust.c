/* test-robust.c - no input makes the pipeline crash, hang or lie about positions:
 * seeded random documents made of tricky tokens, in every input format
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-test.h"
#include "xc-private.h"

static const char * const tokens[] = {
  "$", "US$", "€", "£", "¥", "%", " percent", " per cent", " percentage points", "1", "26", "26.3", "1,234",
  "1,", ",000", "240", " billion", "bn", " million", "m", "k", " tn", " more than ", " over ", " about ",
  " between ", " and ", " to ", "–", "-", "—", " up ", " down ", " rose ", " fell ", " from ", " by ",
  "April", " Apr.", " 9", " 2024", " 2023", "Tuesday", " on ", " last ", " year", " month", " week",
  " early ", "mid-", " Q1", " the first ", " 11 months of ", " since ", " in ", "two", "-day", " years",
  " magnitude ", " km", " miles", " tonnes", "°C", " warships", " times", " of ", "tens of thousands",
  ".", ". ", "...", "…", "?", "!", "\n", "\n\n", " ", "  ", "\t", "\"", "“", "”", "’", "(", ")", "[", "]",
  "*", "_", "`", "#", "> ", "- ", "1. ", "<", ">", "&", "&amp;", "<p>", "</p>", "<br>", "<script>",
  "</script>", "<!--", "-->", "---", "é", "日本", "🙂", "\xE2\x80\x8B", "\r\n", "Mr.", "U.S.", "No.",
  "Dec. 31", "Feb. 24, 2022", "from June 3, 2021, to Nov. 30, 2022", "9/4/2024", "2024-04-09",
  "1999", "0", "00", "0.0", "999999999999999999999", "1e9", "½", "x", "the", "according to", " data",
};

static guint32 rng_state;

static guint32
rng (void)
{
  /* xorshift32: the same documents on every run */
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

static char *
random_text (guint n_tokens)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n_tokens; i++)
    g_string_append (s, tokens[rng () % G_N_ELEMENTS (tokens)]);
  return g_string_free (s, FALSE);
}

static void
check_claims (const XcDocument *doc, GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const XcClaim *c = claims->pdata[i];
      ck_assert_msg (c->offset + c->length <= doc->raw_len, "claim past the end of the file");
      ck_assert (c->line >= 1 && c->line <= doc->line_starts->len);
      ck_assert (c->column >= 1);
      ck_assert_ptr_nonnull (c->text);
      ck_assert (g_utf8_validate (c->text, -1, NULL));
      ck_assert (c->sentence == NULL || g_utf8_validate (c->sentence, -1, NULL));
      ck_assert (c->kind < XC_KIND_N_KINDS);
      ck_assert (c->qualifier < XC_QUALIFIER_N);
      ck_assert_msg (!(c->interval.lo > c->interval.hi), "interval upside down for '%s'", c->text);
      g_autofree char *v = xc_claim_value_string (c);
      g_autofree char *iv = xc_interval_string (c);
      ck_assert (g_utf8_validate (v, -1, NULL) && g_utf8_validate (iv, -1, NULL));
      if (i > 0)
        ck_assert (((XcClaim *) claims->pdata[i - 1])->offset <= c->offset);
    }
}

START_TEST (test_robust_random_documents)
{
  XcExtractor *ex = xc_test_extractor ();
  g_autoptr(GError) error = NULL;
  rng_state = 0x9E3779B9u + (guint32) _i * 7919u;
  for (int round = 0; round < 60; round++)
    {
      g_autofree char *text = random_text (1 + rng () % 400);
      XcFormat format = (XcFormat) (round % 3);
      g_autoptr(XcDocument) doc = xc_document_new_from_data ("random", text, -1, format, &error);
      if (doc == NULL)
        {
          /* only an empty document may be refused */
          ck_assert_msg (strlen (text) == 0 || error->domain == XC_ERROR, "%s", error->message);
          g_clear_error (&error);
          continue;
        }
      if (round % 2)
        g_date_set_dmy (&doc->meta.published, 1 + round % 28, 1 + round % 12, 2024);
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) claims = xc_extractor_run (ex, doc, warnings, &error);
      ck_assert_msg (claims != NULL, "%s", error ? error->message : "");
      check_claims (doc, claims);
    }
}
END_TEST

START_TEST (test_robust_long_lines_and_repeats)
{
  g_autoptr(GError) error = NULL;
  XcExtractor *ex = xc_test_extractor ();
  /* one huge line of numbers, and one of dots: no quadratic blow-up, no crash */
  g_autoptr(GString) s = g_string_new (NULL);
  for (int i = 0; i < 20000; i++)
    g_string_append_printf (s, "%d,", i % 1000);
  g_string_append (s, "\n");
  for (int i = 0; i < 20000; i++)
    g_string_append (s, ". ");
  for (int i = 0; i < 2000; i++)
    g_string_append (s, "more than more than between and $ $ % ");
  g_autoptr(XcDocument) doc = xc_document_new_from_data ("long", s->str, (gssize) s->len, XC_FORMAT_TEXT, &error);
  ck_assert_ptr_nonnull (doc);
  g_autoptr(GPtrArray) claims = xc_extractor_run (ex, doc, NULL, &error);
  ck_assert_ptr_nonnull (claims);
  check_claims (doc, claims);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("robust");
  TCase *tc = tcase_create ("random");
  tcase_set_timeout (tc, 120);
  tcase_add_loop_test (tc, test_robust_random_documents, 0, 10);
  tcase_add_test (tc, test_robust_long_lines_and_repeats);
  suite_add_tcase (s, tc);
  return s;
}
