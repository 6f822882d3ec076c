/* xc-extract-date.c - date, daterange and duration claims
 * SPDX-License-Identifier: MIT */
#include "xc-private.h"

struct _XcDateRecognizer {
  int unused;
};

XcDateRecognizer *
xc_date_recognizer_new (GError **error)
{
  return g_new0 (XcDateRecognizer, 1);
}

gboolean
xc_date_recognizer_run (XcDateRecognizer *self, XcScan *scan, GError **error)
{
  return TRUE;
}

void
xc_date_recognizer_free (XcDateRecognizer *self)
{
  g_free (self);
}
