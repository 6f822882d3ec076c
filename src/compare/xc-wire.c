/* xc-wire.c - wire copy: a sentence folded to its words, and how many words two
 * folded sentences share; alignment and judging both ask whether two claims stand
 * in one sentence carried by two sources
 * SPDX-License-Identifier: MIT */
#include "xc-compare-private.h"

char *
xc_fold_sentence (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;
  for (const char *p = s ? s : ""; *p; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalnum (*p))
            {
              if (gap && out->len)
                g_string_append_c (out, ' ');
              gap = FALSE;
              g_string_append_c (out, g_ascii_tolower (*p));
            }
          else
            gap = TRUE;
          continue;
        }
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        {
          if (gap && out->len)
            g_string_append_c (out, ' ');
          gap = FALSE;
          g_string_append_unichar (out, g_unichar_tolower (c));
        }
      else
        gap = TRUE;
    }
  char *folded = g_strndup (out->str, out->len);   /* kept per sentence for the whole run */
  g_string_free (out, TRUE);
  return folded;
}

double
xc_fold_overlap (const char *a, const char *b)
{
  if (a == NULL || b == NULL || !*a || !*b)
    return 0;
  if (g_str_equal (a, b))
    return 1;
  g_auto(GStrv) ta = g_strsplit (a, " ", -1);
  g_auto(GStrv) tb = g_strsplit (b, " ", -1);
  g_autoptr(GHashTable) count = g_hash_table_new (g_str_hash, g_str_equal);
  guint na = 0, nb = 0, shared = 0;
  for (guint i = 0; ta[i]; i++, na++)
    g_hash_table_insert (count, ta[i],
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, ta[i])) + 1));
  for (guint i = 0; tb[i]; i++, nb++)
    {
      guint c = GPOINTER_TO_UINT (g_hash_table_lookup (count, tb[i]));
      if (c > 0)
        {
          shared++;
          g_hash_table_insert (count, tb[i], GUINT_TO_POINTER (c - 1));
        }
    }
  return (double) shared / MAX (na, nb);
}
