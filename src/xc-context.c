/* xc-context.c - scope and attribution of quantity claims, from their clause
 * SPDX-License-Identifier: MIT */
#include "xc-private.h"

struct _XcContext {
  int unused;
};

XcContext *
xc_context_new (GError **error)
{
  return g_new0 (XcContext, 1);
}

gboolean
xc_context_annotate (XcContext *self, XcScan *scan, GError **error)
{
  return TRUE;
}

void
xc_context_free (XcContext *self)
{
  g_free (self);
}
