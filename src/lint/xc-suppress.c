/* xc-suppress.c - inline `crosscheck-disable` comments: HTML comments in
 * Markdown and HTML drafts, `//` lines in plain-text drafts; per rule, with a reason
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-lint-private.h"
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
  guint32  rules;       /* bit per XcFindingKind; 0: every rule */
  char    *reason;      /* after " -- ", or NULL */
  char    *text;
  gboolean used;
} Suppression;

struct _XcSuppressions {
  char      *file;
  GArray    *items;     /* Suppression */
  GPtrArray *warnings;  /* char*: "FILE:LINE: ..." */
};

static void
suppression_clear (gpointer p)
{
  g_free (((Suppression *) p)->text);
  g_free (((Suppression *) p)->reason);
}

void
xc_suppressions_free (XcSuppressions *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_array_unref (self->items);
  g_ptr_array_unref (self->warnings);
  g_free (self);
}

const GPtrArray *
xc_suppressions_warnings (const XcSuppressions *self)
{
  return self->warnings;
}

static gboolean
line_blank (const char *s, const char *end)
{
  for (; s < end && *s != '\n'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* Reads the body of a comment, [@w, @we) trimmed: a directive, then the
 * rules it covers (commas or spaces between), then " -- " and a reason.
 * Returns FALSE when the body is not a directive ("crosscheck-disabled",
 * "note: crosscheck-disable"). */
static gboolean
parse_body (XcSuppressions *self, const char *w, const char *we, guint line, Suppression *s)
{
  gsize n = (gsize) (we - w);
  guint k;
  for (k = 0; k < G_N_ELEMENTS (sup_words); k++)
    {
      gsize wl = strlen (sup_words[k].word);
      if (n >= wl && memcmp (w, sup_words[k].word, wl) == 0 && (n == wl || g_ascii_isspace (w[wl])))
        break;
    }
  if (k == G_N_ELEMENTS (sup_words))
    return FALSE;
  s->type = sup_words[k].type;
  const char *p = w + strlen (sup_words[k].word);
  /* the reason: after the first "--" that stands as a word of its own */
  const char *dash = NULL;
  for (const char *q = p; q + 1 < we && dash == NULL; q++)
    if (q[0] == '-' && q[1] == '-' && g_ascii_isspace (q[-1]) && (q + 2 == we || g_ascii_isspace (q[2])))
      dash = q;
  const char *rules_end = dash ? dash : we;
  if (dash)
    {
      g_autofree char *reason = g_strstrip (g_strndup (dash + 2, (gsize) (we - dash - 2)));
      if (*reason)
        s->reason = g_steal_pointer (&reason);
    }
  g_autofree char *list = g_strndup (p, (gsize) (rules_end - p));
  g_auto(GStrv) names = g_strsplit_set (list, ", \t\r\n", -1);
  gboolean named = FALSE;
  for (guint i = 0; names[i]; i++)
    {
      if (*names[i] == '\0')
        continue;
      named = TRUE;
      XcFindingKind kind;
      if (xc_finding_kind_from_string (names[i], &kind))
        s->rules |= 1u << kind;
      else
        g_ptr_array_add (self->warnings,
                         g_strdup_printf ("%s:%u: %s: unknown rule '%s' (contradicted, contested, unsupported, "
                                          "supported, unused-suppression)",
                                          self->file, line, sup_words[k].word, names[i]));
    }
  /* rules named but none known: the comment covers nothing (and says so) */
  if (named && s->rules == 0)
    s->rules = 1u << XC_FINDING_N_KINDS;
  return TRUE;
}

/* Adds the comment at [@p, @close) (its body [@w, @we)) on @line. */
static void
add_comment (XcSuppressions *self, const char *p, const char *close, const char *w, const char *we,
             const char *line_start, guint line, const char *end, gboolean *have_open, guint *open_index)
{
  Suppression s = { 0 };
  if (!parse_body (self, w, we, line, &s))
    return;
  s.line = line;
  s.column = (guint) g_utf8_strlen (line_start, p - line_start) + 1;
  s.end_column = s.column + (guint) g_utf8_strlen (p, close - p);
  s.text = g_strndup (p, (gsize) (close - p));
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
      if (*have_open)
        {
          g_array_index (self->items, Suppression, *open_index).last = line;
          *have_open = FALSE;
        }
      suppression_clear (&s);
      return;
    }
  g_array_append_val (self->items, s);
  /* a second disable closes nothing: the first stays open */
  if (s.type == SUP_DISABLE && !*have_open)
    {
      *have_open = TRUE;
      *open_index = self->items->len - 1;
    }
}

XcSuppressions *
xc_suppressions_scan (const char *file, const char *raw, gsize len)
{
  XcSuppressions *self = g_new0 (XcSuppressions, 1);
  self->file = g_strdup (file);
  self->items = g_array_new (FALSE, TRUE, sizeof (Suppression));
  g_array_set_clear_func (self->items, suppression_clear);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  /* plain text has no comments of its own: a line "// crosscheck-..." is one */
  gboolean line_comments = xc_format_from_path (file) == XC_FORMAT_TEXT;
  const char *end = raw + len;
  guint line = 1;
  const char *line_start = raw;
  const char *p = raw;
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
      if (line_comments && p == line_start)
        {
          const char *q = p;
          while (q < end && (*q == ' ' || *q == '\t'))
            q++;
          if (end - q >= 2 && q[0] == '/' && q[1] == '/')
            {
              const char *eol = memchr (q, '\n', (gsize) (end - q));
              const char *le = eol ? eol : end;
              const char *w = q + 2;
              while (w < le && g_ascii_isspace (*w))
                w++;
              const char *we = le;
              while (we > w && g_ascii_isspace (we[-1]))
                we--;
              add_comment (self, q, we, w, we, line_start, line, end, &have_open, &open_index);
              p = le;
              continue;
            }
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
      add_comment (self, p, close + 3, w, we, line_start, line, end, &have_open, &open_index);
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
          if (f->line >= s->first && f->line <= s->last && (s->rules == 0 || (s->rules & (1u << f->kind))))
            {
              if (!f->suppressed && s->reason)
                f->justification = g_strdup (s->reason);
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
