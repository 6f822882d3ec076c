/* test-segment.c - sentence boundaries in news text
 * SPDX-License-Identifier: MIT */
#include "xc-test.h"
#include "xc-private.h"

typedef struct {
  const char *text;
  gboolean    soft;        /* Markdown soft wrap */
  const char *expected;    /* sentences joined by " | " */
} SegmentCase;

static const SegmentCase segment_cases[] = {
  { "One. Two.", FALSE, "One. | Two." },
  { "The U.S. Treasury spoke. It warned.", FALSE, "The U.S. Treasury spoke. | It warned." },
  { "Mr. Lavrov met Ms. Yellen. Then he left.", FALSE, "Mr. Lavrov met Ms. Yellen. | Then he left." },
  { "It ended on Feb. 24, 2022, in war. Next.", FALSE, "It ended on Feb. 24, 2022, in war. | Next." },
  { "It ended Dec. 31. After that, nothing.", FALSE, "It ended Dec. 31. | After that, nothing." },
  { "He is No. 2 in the party. Really.", FALSE, "He is No. 2 in the party. | Really." },
  { "Trade grew 26.3 percent. Exports fell.", FALSE, "Trade grew 26.3 percent. | Exports fell." },
  { "“We agree,” he said. “Good.”", FALSE, "“We agree,” he said. | “Good.”" },
  { "He said: “It is over.” Then silence.", FALSE, "He said: “It is over.” | Then silence." },
  { "Wait... What happened? Nobody knows!", FALSE, "Wait... | What happened? | Nobody knows!" },
  { "Well… Maybe.", FALSE, "Well… | Maybe." },
  { "J. Smith wrote it. Fine.", FALSE, "J. Smith wrote it. | Fine." },
  { "A headline\nThe body starts here.", FALSE, "A headline | The body starts here." },
  { "a line that\nwraps in markdown.", TRUE, "a line that wraps in markdown." },
  { "para one\n\npara two", TRUE, "para one | para two" },
  /* a full stop before a soft newline ends the sentence as before a space */
  { "The plant made 12 cars.\nIt sold 40 vans.", TRUE, "The plant made 12 cars. | It sold 40 vans." },
  { "lower. case follows", FALSE, "lower. case follows" },
  { "Price is $3.5 billion. Yes.", FALSE, "Price is $3.5 billion. | Yes." },
  { "", FALSE, "" },
  { "   \n\n  ", FALSE, "" },
  { "No terminator", FALSE, "No terminator" },
  { "(Reuters) He went. (He came back.) End.", FALSE, "(Reuters) He went. | (He came back.) | End." },
};

START_TEST (test_segment_sentences)
{
  const SegmentCase *c = &segment_cases[_i];
  g_autoptr(GArray) spans = xc_segment_sentences (c->text, strlen (c->text), c->soft);
  g_autoptr(GString) got = g_string_new (NULL);
  for (guint i = 0; i < spans->len; i++)
    {
      XcSpan *s = &g_array_index (spans, XcSpan, i);
      g_autofree char *one = g_strndup (c->text + s->start, s->end - s->start);
      g_strdelimit (one, "\n", ' ');
      if (i)
        g_string_append (got, " | ");
      g_string_append (got, one);
    }
  /* soft-wrapped newlines stay in the span; compare with white space folded */
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *folded = g_regex_replace_literal (space, got->str, -1, 0, " ", 0, NULL);
  ck_assert_str_eq (folded, c->expected);
}
END_TEST

START_TEST (test_segment_find)
{
  const char *t = "One. Two. Three.";
  g_autoptr(GArray) spans = xc_segment_sentences (t, strlen (t), FALSE);
  ck_assert_uint_eq (spans->len, 3);
  ck_assert_uint_eq (xc_segment_find (spans, 0), 0);
  ck_assert_uint_eq (xc_segment_find (spans, 5), 1);
  ck_assert_uint_eq (xc_segment_find (spans, 15), 2);
}
END_TEST

Suite *
xc_test_suite (void)
{
  Suite *s = suite_create ("segment");
  TCase *tc = tcase_create ("sentences");
  tcase_add_loop_test (tc, test_segment_sentences, 0, G_N_ELEMENTS (segment_cases));
  tcase_add_test (tc, test_segment_find);
  suite_add_tcase (s, tc);
  return s;
}
