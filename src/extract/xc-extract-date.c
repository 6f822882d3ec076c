/* xc-extract-date.c - date, daterange and duration claims: the prefilter
 * (xc-date-prefilter.c) picks the word starts where a date may begin and the
 * forms each can be of, the forms' anchored patterns (xc-date-forms.c) are
 * tried there in table order, and the first match is read into claims
 * (xc-date-match.c and the handlers it dispatches to)
 * SPDX-License-Identifier: MIT */
#include "xc-date-private.h"

/* The first form, in table order, matching at @start; F_N_FORMS when none. */
static XcDateForm
match_form (const XcDateRecognizer *self, guint32 forms, const char *t, gsize len, gsize start,
            GError **error)
{
  for (int f = 0; f < F_N_FORMS; f++)
    if ((forms & (1u << f)) && xc_pattern_match (self->form[f], t, len, start, error))
      return (XcDateForm) f;
  return F_N_FORMS;
}

/* What is known of one word start: see xc_date_recognizer_run(). */
typedef struct {
  gsize    pos;     /* G_MAXSIZE: none */
  guint32  forms;   /* xc_date_start_forms() */
  gboolean none;    /* match_form() found no form */
} StartMemo;

gboolean
xc_date_recognizer_run (XcDateRecognizer *self, XcScan *scan, GError **error)
{
  g_return_val_if_fail (self != NULL && scan != NULL, FALSE);
  const char *t = scan->text;
  gsize pos = 0, done = 0, as, ae;
  GError *local = NULL;
  guint n_quantity = scan->claims->len;   /* the quantity recognizer ran first */
  /* Nearby anchors look back at the same word starts: what a start can be
   * (xc_date_start_forms()) and whether no form matches there at all
   * (match_form() gives F_N_FORMS) depend on the start alone, so they are
   * kept for the last starts, by position modulo 64. */
  StartMemo memo[64];
  for (gsize i = 0; i < G_N_ELEMENTS (memo); i++)
    memo[i].pos = G_MAXSIZE;
  XcDateWordRing ring = { .n = 0 };
  while (xc_date_next_anchor (self, t, scan->len, pos, &ring, &as, &ae))
    {
      /* up to XC_BACK_WORDS word starts before the anchor ("no more than
       * twenty-five years", "the beginning of 2023"), within 64 bytes,
       * never into a claim */
      gsize starts[XC_BACK_WORDS + 1];
      int n = 0;
      starts[n++] = as;
      for (guint back = 2; back <= ring.n && back <= XC_RING && n <= XC_BACK_WORDS; back++)
        {
          gsize st = ring.pos[(ring.n - back) % XC_RING];
          if (st < done || as - st > 64)
            break;
          starts[n++] = st;
        }
      gboolean taken = FALSE;
      for (int k = n - 1; k >= 0 && !taken; k--)
        {
          gsize st = starts[k];
          StartMemo *mm = &memo[st % G_N_ELEMENTS (memo)];
          if (mm->pos != st)
            {
              mm->pos = st;
              mm->forms = xc_date_start_forms (self, t + st, scan->len - st);
              mm->none = FALSE;
            }
          guint32 forms = mm->forms;
          if (forms == 0 || mm->none)
            continue;
          XcDateForm f = match_form (self, forms, t, scan->len, st, &local);
          if (local)
            break;
          if (f == F_N_FORMS)
            {
              mm->none = TRUE;
              continue;
            }
          XcDateMatch m = { .pattern = self->form[f], .scan = scan, .n_quantity = &n_quantity };
          xc_pattern_group (m.pattern, 0, &m.start, &m.end);
          if (m.end <= as && k > 0)
            continue;   /* a match that does not reach this anchor */
          if (scan->sentences && scan->sentences->len > 0)
            {
              XcSpan *sp = &g_array_index (scan->sentences, XcSpan, xc_segment_find (scan->sentences, m.start));
              m.sent_start = MIN (sp->start, m.start);
              m.sent_end = MAX (sp->end, m.end);
            }
          else
            m.sent_end = scan->len;
          if (m.end > m.start && xc_date_dispatch (&m, f))
            {
              taken = TRUE;
              done = m.end;
            }
        }
      if (local)
        break;
      pos = MAX (ae, done);
    }
  if (local)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}
