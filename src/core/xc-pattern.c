/* xc-pattern.c - PCRE2 patterns: compiled once with JIT, match data reused
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"
#include "xc-pattern-private.h"

/* A group name looked up once: the name table's entries for it. */
typedef struct {
  char       name[24];
  PCRE2_SPTR first, last;
  int        size;          /* < 0: no such name */
} XcNameEntry;

struct _XcPattern {
  char             *name;
  pcre2_code       *code;
  pcre2_match_data *md;
  int               last_rc;
  gboolean          jit;       /* JIT-compiled: matched by pcre2_jit_match() */
  XcNameEntry       names[16];  /* the names asked for so far */
  guint             n_names;
};

static void
set_pcre2_error (GError **error, XcError code, int rc, const char *name, gsize offset)
{
  PCRE2_UCHAR buf[256];
  pcre2_get_error_message (rc, buf, sizeof buf);
  g_set_error (error, XC_ERROR, code, "pattern '%s' at offset %" G_GSIZE_FORMAT ": %s",
               name, offset, (const char *) buf);
}

XcPattern *
xc_pattern_new (const char *name, const char *regex, guint32 flags, GError **error)
{
  int rc;
  PCRE2_SIZE off;
  guint32 options = PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
  if (!(flags & XC_PATTERN_CASE))
    options |= PCRE2_CASELESS;
  options |= flags & ~XC_PATTERN_CASE;
  /* An anchored pattern is tried at chosen places only; PCRE2's start-up
   * optimisation would scan ahead through the whole rest of the text for a
   * required character on every try, which is quadratic over a document. */
  if (options & PCRE2_ANCHORED)
    options |= PCRE2_NO_START_OPTIMIZE;
  g_autoptr(pcre2_code) code = pcre2_compile ((PCRE2_SPTR) regex, PCRE2_ZERO_TERMINATED,
                                              options, &rc, &off, NULL);
  if (code == NULL)
    {
      set_pcre2_error (error, XC_ERROR_PATTERN, rc, name, off);
      return NULL;
    }
  gboolean jit = pcre2_jit_compile (code, PCRE2_JIT_COMPLETE) == 0;   /* on failure PCRE2 interprets */
  XcPattern *p = g_new0 (XcPattern, 1);
  p->jit = jit;
  p->name = g_strdup (name);
  p->md = pcre2_match_data_create_from_pattern (code, NULL);
  p->code = g_steal_pointer (&code);
  return p;
}

void
xc_pattern_free (XcPattern *p)
{
  if (p == NULL)
    return;
  pcre2_match_data_free (p->md);
  pcre2_code_free (p->code);
  g_free (p->name);
  g_free (p);
}

gboolean
xc_pattern_match (XcPattern *p, const char *text, gsize len, gsize start, GError **error)
{
  if (start > len)
    return FALSE;
  /* The text was validated as UTF-8 when the document was loaded. */
  /* pcre2_jit_match() is pcre2_match() on JIT code without its checks of the
   * options and of the subject, which was validated as UTF-8 on loading */
  int rc = p->jit ? pcre2_jit_match (p->code, (PCRE2_SPTR) text, len, start, 0, p->md, NULL)
                  : pcre2_match (p->code, (PCRE2_SPTR) text, len, start, PCRE2_NO_UTF_CHECK, p->md, NULL);
  p->last_rc = rc;
  if (rc == PCRE2_ERROR_NOMATCH)
    return FALSE;
  if (rc < 0)
    {
      set_pcre2_error (error, XC_ERROR_MATCH, rc, p->name, start);
      return FALSE;
    }
  return TRUE;
}

gboolean
xc_pattern_group (XcPattern *p, int n, gsize *out_start, gsize *out_end)
{
  if (n < 0 || (guint32) n >= pcre2_get_ovector_count (p->md))
    return FALSE;
  const PCRE2_SIZE *ov = pcre2_get_ovector_pointer (p->md);
  if (ov[2 * n] == PCRE2_UNSET)
    return FALSE;
  if (out_start)
    *out_start = ov[2 * n];
  if (out_end)
    *out_end = ov[2 * n + 1];
  return TRUE;
}

int
xc_pattern_group_number (XcPattern *p, const char *name)
{
  return pcre2_substring_number_from_name (p->code, (PCRE2_SPTR) name);
}

gboolean
xc_pattern_named (XcPattern *p, const char *name, gsize *out_start, gsize *out_end)
{
  /* With duplicate names (PCRE2_DUPNAMES) the first set group wins. The
   * name table is scanned once per name: lookups were 1% of extraction. */
  PCRE2_SPTR first = NULL, last = NULL;
  int size = -1;
  guint i = 0;
  while (i < p->n_names && strcmp (p->names[i].name, name) != 0)
    i++;
  if (i < p->n_names)
    {
      first = p->names[i].first;
      last = p->names[i].last;
      size = p->names[i].size;
    }
  else
    {
      size = pcre2_substring_nametable_scan (p->code, (PCRE2_SPTR) name, &first, &last);
      if (p->n_names < G_N_ELEMENTS (p->names) && strlen (name) < sizeof p->names[0].name)
        {
          XcNameEntry *e = &p->names[p->n_names++];
          g_strlcpy (e->name, name, sizeof e->name);
          e->first = first;
          e->last = last;
          e->size = size;
        }
    }
  if (size < 0)
    return FALSE;
  for (PCRE2_SPTR e = first; e <= last; e += size)
    {
      int n = (e[0] << 8) | e[1];
      if (xc_pattern_group (p, n, out_start, out_end))
        return TRUE;
    }
  return FALSE;
}
