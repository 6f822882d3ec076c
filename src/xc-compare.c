/* xc-compare.c - a comparison run: documents in, groups out
 * SPDX-License-Identifier: MIT */
#include "xc-private.h"

static const char * const xc_verdict_names[] = { "agree", "conflict", "single" };

const char *
xc_verdict_to_string (XcVerdict v)
{
  return v <= XC_VERDICT_SINGLE ? xc_verdict_names[v] : "unknown";
}

gboolean
xc_verdict_from_string (const char *s, XcVerdict *out)
{
  for (guint i = 0; s && i < G_N_ELEMENTS (xc_verdict_names); i++)
    if (g_str_equal (s, xc_verdict_names[i]))
      {
        *out = (XcVerdict) i;
        return TRUE;
      }
  return FALSE;
}

static void
doc_info_free (XcDocInfo *d)
{
  if (d == NULL)
    return;
  g_free (d->file);
  g_free (d->source);
  g_free (d->published);
  g_free (d->error);
  g_free (d);
}

XcComparison *
xc_comparison_new (void)
{
  XcComparison *self = g_new0 (XcComparison, 1);
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) doc_info_free);
  self->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_claim_free);
  self->groups = g_ptr_array_new ();
  return self;
}

void
xc_comparison_free (XcComparison *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->claims);
  g_ptr_array_unref (self->documents);
  g_free (self);
}

void
xc_comparison_add_document (XcComparison *self, const char *file, const char *source,
                            const GDate *published, const char *error_message, GPtrArray *claims)
{
  XcDocInfo *d = g_new0 (XcDocInfo, 1);
  d->file = g_strdup (file);
  d->source = g_strdup (source);
  if (published && g_date_valid (published))
    d->published = xc_iso_from_date (published);
  d->error = g_strdup (error_message);
  if (claims)
    {
      d->n_claims = claims->len;
      for (guint i = 0; i < claims->len; i++)
        g_ptr_array_add (self->claims, g_steal_pointer (&claims->pdata[i]));
      g_ptr_array_unref (claims);
    }
  g_ptr_array_add (self->documents, d);
}

gboolean
xc_comparison_run (XcComparison *self, const XcCompareOptions *options, GError **error)
{
  return TRUE;
}
