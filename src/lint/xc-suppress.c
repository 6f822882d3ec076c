/* xc-suppress.c - inline `crosscheck-disable` comments in Markdown and HTML drafts
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-private.h"
#include "crosscheck/xc-baseline.h"

typedef enum { SUP_NEXT_LINE, SUP_DISABLE, SUP_ENABLE } SupType;

/* Longest first: "disable" is a prefix of "disable-next-line". */
static const struct {
  const char *word;
  SupType     type;
} sup_words[] = {
  { "crosscheck-disable-next-line", SUP_NEXT_LINE },
  { "crosscheck-disable", SUP_DISABLE },
  { "crosscheck-enable", SUP_ENABLE },
};

typedef struct {
  SupType  type;
  guint    line;        /* of the comment */
  guint    column;
  guint    end_column;
  guint    first;       /* lines covered */
  guint    last;
  char    *text;
  gboolean used;
} Suppression;

struct _XcSuppressions {
  char   *file;
  GArray *items;        /* Suppression */
};

static void
suppression_clear (gpointer p)
{
  g_free (((Suppression *) p)->text);
}

void
xc_suppressions_free (XcSuppressions *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_array_unref (self->items);
  g_free (self);
}

static gboolean
line_blank (const char *s, const char *end)
{
  for (; s < end && *s != '\n'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

XcSuppressions *
xc_suppressions_scan (const char *file, const char *raw, gsize len)
{
  XcSuppressions *self = g_new0 (XcSuppressions, 1);
  self->file = g_strdup (file);
  self->items = g_array_new (FALSE, TRUE, sizeof (Suppression));
  g_array_set_clear_func (self->items, suppression_clear);
  const char *end = raw + len;
  guint line = 1;
  const char *line_start = raw;
  const char *p = raw;
  Suppression *open = NULL;
  guint open_index = 0;
  gboolean have_open = FALSE;
  while (p < end)
    {
      if (*p == '\n')
        {
          line++;
          line_start = ++p;
          continue;
        }
      if (end - p < 4 || memcmp (p, "<!--", 4) != 0)
        {
          p++;
          continue;
        }
      const char *body = p + 4;
      const char *close = g_strstr_len (body, end - body, "-->");
      if (close == NULL)
        break;
      const char *w = body;
      while (w < close && g_ascii_isspace (*w))
        w++;
      const char *we = close;
      while (we > w && g_ascii_isspace (we[-1]))
        we--;
      for (guint k = 0; k < G_N_ELEMENTS (sup_words); k++)
        {
          gsize wl = strlen (sup_words[k].word);
          if ((gsize) (we - w) != wl || memcmp (w, sup_words[k].word, wl) != 0)
            continue;
          Suppression s = { 0 };
          s.type = sup_words[k].type;
          s.line = line;
          s.column = (guint) g_utf8_strlen (line_start, p - line_start) + 1;
          s.end_column = s.column + (guint) g_utf8_strlen (p, close + 3 - p);
          s.text = g_strndup (p, close + 3 - p);
          if (s.type == SUP_NEXT_LINE)
            {
              /* the next line with text after the comment's own */
              guint l = line;
              for (const char *q = close; q < end; q++)
                if (*q == '\n')
                  {
                    l++;
                    if (!line_blank (q + 1, end))
                      break;
                  }
              s.first = s.last = l > line ? l : line + 1;
            }
          else if (s.type == SUP_DISABLE)
            {
              s.first = line;
              s.last = G_MAXUINT;
            }
          if (s.type == SUP_ENABLE)
            {
              if (have_open)
                {
                  open = &g_array_index (self->items, Suppression, open_index);
                  open->last = line;
                  have_open = FALSE;
                }
              g_free (s.text);
            }
          else
            {
              if (s.type == SUP_DISABLE && have_open)
                {
                  /* a second disable closes nothing: the first stays open */
                  g_array_append_val (self->items, s);
                  break;
                }
              g_array_append_val (self->items, s);
              if (s.type == SUP_DISABLE)
                {
                  have_open = TRUE;
                  open_index = self->items->len - 1;
                }
            }
          break;
        }
      /* count the lines inside the comment */
      for (const char *q = p; q < close; q++)
        if (*q == '\n')
          {
            line++;
            line_start = q + 1;
          }
      p = close + 3;
    }
  return self;
}

void
xc_lint_apply_suppressions (XcLint *self, XcSuppressions *sup, const XcLintOptions *options)
{
  for (guint i = 0; i < self->findings->len; i++)
    {
      XcFinding *f = self->findings->pdata[i];
      if (f->severity == XC_SEVERITY_OFF || f->kind == XC_FINDING_UNUSED_SUPPRESSION
          || g_strcmp0 (f->file, sup->file) != 0)
        continue;
      for (guint k = 0; k < sup->items->len; k++)
        {
          Suppression *s = &g_array_index (sup->items, Suppression, k);
          if (f->line >= s->first && f->line <= s->last)
            {
              f->suppressed = TRUE;
              s->used = TRUE;
            }
        }
    }
  XcSeverity sev = options->severity[XC_FINDING_UNUSED_SUPPRESSION];
  for (guint k = 0; k < sup->items->len; k++)
    {
      Suppression *s = &g_array_index (sup->items, Suppression, k);
      if (s->used)
        continue;
      XcFinding *f = g_new0 (XcFinding, 1);
      f->kind = XC_FINDING_UNUSED_SUPPRESSION;
      f->severity = sev;
      f->file = g_strdup (sup->file);
      f->line = f->end_line = s->line;
      f->column = s->column;
      f->end_column = s->end_column;
      f->text = g_strdup (s->text);
      f->agreeing = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_evidence_free);
      f->disagreeing = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_evidence_free);
      f->n_sources = self->n_sources;
      xc_lint_add_finding (self, f);
    }
}
