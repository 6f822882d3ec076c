/* lint-build.h - hand-built comparisons for the lint and diff suites (no alignment involved)
 * SPDX-License-Identifier: MIT */
#pragma once
#include <glib.h>
#include "crosscheck/crosscheck.h"
#include "xc-private.h"

/* A percent claim whose interval is [lo, hi]. */
static inline XcClaim *
lb_claim (const char *file, const char *source, guint line, guint column, const char *text,
          double lo, double hi, const char *sentence)
{
  XcClaim *c = xc_claim_new (XC_KIND_PERCENT);
  c->file = g_strdup (file);
  c->source = g_strdup (source);
  c->line = line;
  c->column = column;
  c->text = g_strdup (text);
  c->value = lo;
  c->unit = g_strdup ("%");
  c->sentence = g_strdup (sentence ? sentence : text);
  c->interval.lo = lo;
  c->interval.hi = hi;
  return c;
}

/* Adds @claim (transfer full) to @cmp's claims and, when @group is given, to its members. */
static inline void
lb_add (XcComparison *cmp, XcGroup *group, XcClaim *claim)
{
  claim = xc_comparison_adopt_claim (cmp, claim);
  if (group)
    {
      XcMember *m = g_new0 (XcMember, 1);
      m->claim = claim;
      g_ptr_array_add (group->members, m);
    }
}

static inline XcGroup *
lb_group (XcComparison *cmp, const char *id, const char *label, XcVerdict verdict)
{
  XcGroup *g = g_new0 (XcGroup, 1);
  g->id = g_strdup (id);
  g->label = g_strdup (label);
  g->kind = XC_KIND_PERCENT;
  g->verdict = verdict;
  g->members = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (cmp->groups, g);
  return g;
}

static inline void
lb_document (XcComparison *cmp, const char *file, const char *source)
{
  xc_comparison_add_document (cmp, file, source, NULL, NULL, g_ptr_array_new ());
}

/* Frees the groups this header made, whatever free function the library
 * gives cmp->groups, then the comparison. */
static inline void
lb_free (XcComparison *cmp)
{
  g_ptr_array_set_free_func (cmp->groups, NULL);
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      XcGroup *g = cmp->groups->pdata[i];
      g_free (g->id);
      g_free (g->label);
      g_ptr_array_unref (g->members);
      g_free (g);
    }
  g_ptr_array_set_size (cmp->groups, 0);
  xc_comparison_free (cmp);
}
