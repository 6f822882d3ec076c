/* xc-extract-quantity.c - money, percent, measure and count claims
 * SPDX-License-Identifier: MIT */
#include "xc-private.h"

struct _XcQuantityRecognizer {
  int unused;
};

XcQuantityRecognizer *
xc_quantity_recognizer_new (GError **error)
{
  return g_new0 (XcQuantityRecognizer, 1);
}

gboolean
xc_quantity_recognizer_run (XcQuantityRecognizer *self, XcScan *scan, GError **error)
{
  return TRUE;
}

void
xc_quantity_recognizer_set_dollar (XcQuantityRecognizer *self, const char *iso_code)
{
}

void
xc_quantity_recognizer_free (XcQuantityRecognizer *self)
{
  g_free (self);
}
