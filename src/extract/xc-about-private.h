/* xc-about-private.h - what each claim is about (xc-about.c): measure, event, who, where
 * SPDX-License-Identifier: MIT */
#pragma once
#include "xc-private.h"

G_BEGIN_DECLS

typedef struct _XcAbout XcAbout;

/* Fails (XC_ERROR_INPUT) when WordNet's database cannot be opened. */
XcAbout  *xc_about_new      (GError **error);
void      xc_about_free     (XcAbout *self);

/**
 * xc_about_annotate:
 * Runs after the context stage, on claims with text offsets: fills each claim's
 * about_measure, about_event, about_who and about_where from its sentence.
 */
gboolean  xc_about_annotate (XcAbout *self, XcScan *scan, GError **error);

G_END_DECLS
