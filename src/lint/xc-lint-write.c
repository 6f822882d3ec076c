/* xc-lint-write.c - lint findings as GNU lines, JSON, reviewdog JSON lines, GitHub annotations, Markdown
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-lint-private.h"
#include "xc-version.h"

typedef gboolean (*XcLintWriteFunc) (const XcLint *lint, const XcLintWriteOptions *options,
                                     GString *out, GError **error);

gboolean
xc_lint_shown (const XcFinding *f, gboolean verbose)
{
  return xc_finding_active (f) && (verbose || f->severity > XC_SEVERITY_NOTE);
}

/* ---- gnu: file:line:col: severity: message [kind] ---- */

/* @s on one line: a run of white space holding a line break is one space
 * ("26\npercent" wrapped in the draft), other control characters '?'. */
static const char *
one_line (GString *buf, const char *s)
{
  g_string_truncate (buf, 0);
  for (const char *p = s; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t' || *p == '\v' || *p == '\f')
      {
        while (buf->len && buf->str[buf->len - 1] == ' ')
          g_string_truncate (buf, buf->len - 1);
        g_string_append_c (buf, ' ');
        while (g_ascii_isspace (p[1]))
          p++;
      }
    else
      g_string_append_c (buf, (guchar) *p < 0x20 || *p == 0x7f ? '?' : *p);
  return buf->str;
}

static gboolean
write_gnu (const XcLint *lint, const XcLintWriteOptions *o, GString *out, GError **error)
{
  g_autoptr(GString) file = g_string_new (NULL), text = g_string_new (NULL);
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (!xc_lint_shown (f, o->verbose))
        continue;
      g_autofree char *msg = xc_finding_message (f);
      /* GCC's colours: errors bold red, warnings bold magenta, notes bold cyan */
      const char *on = !o->color ? "" : f->severity == XC_SEVERITY_ERROR ? "\033[1;31m"
                       : f->severity == XC_SEVERITY_WARNING ? "\033[1;35m" : "\033[1;36m";
      g_string_append_printf (out, "%s:%u:%u: %s%s%s: %s [%s]\n", one_line (file, f->file), f->line, f->column,
                              on, xc_severity_to_string (f->severity), o->color ? "\033[0m" : "",
                              one_line (text, msg), xc_finding_kind_to_string (f->kind));
    }
  return TRUE;
}

/* ---- json (docs/lint.md) ---- */

static void
add_evidence_list (JsonBuilder *b, const char *name, const GPtrArray *list)
{
  xc_json_begin_array_member (b, name);
  for (guint i = 0; i < list->len; i++)
    {
      const XcEvidence *e = list->pdata[i];
      json_builder_begin_object (b);
      xc_json_add_string (b, "file", e->file);
      xc_json_add_string (b, "source", e->source);
      xc_json_add_int (b, "line", e->line);
      xc_json_add_int (b, "column", e->column);
      xc_json_add_string (b, "text", e->text);
      xc_json_add_string (b, "value", e->value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static guint
count_flag (const XcLint *lint, gboolean baselined)
{
  guint n = 0;
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (f->severity != XC_SEVERITY_OFF && (baselined ? f->baselined : f->suppressed))
        n++;
    }
  return n;
}

static gboolean
write_json (const XcLint *lint, const XcLintWriteOptions *o, GString *out, GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  xc_json_add_string (b, "tool", "crosscheck");
  xc_json_add_string (b, "version", o->version ? o->version : XC_VERSION);
  xc_json_begin_object_member (b, "summary");
  xc_json_add_int (b, "error", xc_lint_count (lint, XC_SEVERITY_ERROR));
  xc_json_add_int (b, "warning", xc_lint_count (lint, XC_SEVERITY_WARNING));
  xc_json_add_int (b, "note", xc_lint_count (lint, XC_SEVERITY_NOTE));
  xc_json_add_int (b, "suppressed", count_flag (lint, FALSE));
  xc_json_add_int (b, "baselined", count_flag (lint, TRUE));
  xc_json_add_int (b, "sources", lint->n_sources);
  json_builder_end_object (b);
  if (o->sources)
    {
      xc_json_begin_array_member (b, "sources");
      for (guint i = 0; o->sources[i]; i++)
        json_builder_add_string_value (b, o->sources[i]);
      json_builder_end_array (b);
    }
  /* inputs that could not be used: a report that leaves them out would read as if
   * every source had been checked */
  if (lint->failures && lint->failures->len > 0)
    {
      xc_json_begin_array_member (b, "failures");
      for (guint i = 0; i < lint->failures->len; i++)
        {
          const XcLintFailure *fl = lint->failures->pdata[i];
          json_builder_begin_object (b);
          xc_json_add_string (b, "file", fl->file);
          xc_json_add_string (b, "message", fl->message);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  xc_json_begin_array_member (b, "findings");
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (!xc_finding_active (f))
        continue;
      g_autofree char *msg = xc_finding_message (f);
      json_builder_begin_object (b);
      xc_json_add_string (b, "kind", xc_finding_kind_to_string (f->kind));
      xc_json_add_string (b, "severity", xc_severity_to_string (f->severity));
      xc_json_add_string (b, "file", f->file);
      xc_json_add_int (b, "line", f->line);
      xc_json_add_int (b, "column", f->column);
      xc_json_add_int (b, "end_line", f->end_line);
      xc_json_add_int (b, "end_column", f->end_column);
      xc_json_add_string (b, "text", f->text);
      xc_json_add_string (b, "value", f->value);
      xc_json_add_string (b, "sentence", f->sentence);
      xc_json_add_string (b, "group", f->group_id);
      xc_json_add_string (b, "label", f->label);
      xc_json_add_string (b, "message", msg);
      xc_json_add_string (b, "fingerprint", f->fingerprint);
      add_evidence_list (b, "agreeing", f->agreeing);
      add_evidence_list (b, "disagreeing", f->disagreeing);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  xc_json_append_builder (out, b, TRUE);
  return TRUE;
}

/* ---- rdjsonl: one reviewdog Diagnostic per line ---- */

static void
add_range (JsonBuilder *b, guint line, guint column, guint end_line, guint end_column)
{
  xc_json_begin_object_member (b, "range");
  xc_json_begin_object_member (b, "start");
  xc_json_add_int (b, "line", line);
  xc_json_add_int (b, "column", column);
  json_builder_end_object (b);
  xc_json_begin_object_member (b, "end");
  xc_json_add_int (b, "line", end_line);
  xc_json_add_int (b, "column", end_column);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static const char *
rd_severity (XcSeverity s)
{
  return s == XC_SEVERITY_ERROR ? "ERROR" : s == XC_SEVERITY_WARNING ? "WARNING" : "INFO";
}

static gboolean
write_rdjsonl (const XcLint *lint, const XcLintWriteOptions *o, GString *out, GError **error)
{
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (!xc_lint_shown (f, o->verbose))
        continue;
      g_autofree char *msg = xc_finding_message (f);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      xc_json_add_string (b, "message", msg);
      xc_json_begin_object_member (b, "location");
      xc_json_add_string (b, "path", f->file);
      add_range (b, f->line, f->column, f->end_line, f->end_column);
      json_builder_end_object (b);
      xc_json_add_string (b, "severity", rd_severity (f->severity));
      xc_json_begin_object_member (b, "source");
      xc_json_add_string (b, "name", "crosscheck");
      json_builder_end_object (b);
      xc_json_begin_object_member (b, "code");
      xc_json_add_string (b, "value", xc_finding_kind_to_string (f->kind));
      json_builder_end_object (b);
      const GPtrArray *other = f->kind == XC_FINDING_SUPPORTED ? f->agreeing : f->disagreeing;
      if (other->len)
        {
          xc_json_begin_array_member (b, "related_locations");
          for (guint k = 0; k < other->len; k++)
            {
              const XcEvidence *e = other->pdata[k];
              g_autofree char *m = g_strdup_printf ("%s%s\"%s\"", e->source ? e->source : "",
                                                    e->source ? ": " : "", e->text);
              json_builder_begin_object (b);
              xc_json_add_string (b, "message", m);
              xc_json_begin_object_member (b, "location");
              xc_json_add_string (b, "path", e->file);
              add_range (b, e->line, e->column, e->end_line, e->end_column);
              json_builder_end_object (b);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
      xc_json_append_builder (out, b, FALSE);
    }
  return TRUE;
}

/* ---- github: workflow commands, at most 10 of each level ---- */

#define XC_GITHUB_MAX 10

static void
gh_escape (GString *out, const char *s, gboolean property)
{
  for (; *s; s++)
    switch (*s)
      {
      case '%': g_string_append (out, "%25"); break;
      case '\r': g_string_append (out, "%0D"); break;
      case '\n': g_string_append (out, "%0A"); break;
      case ':': g_string_append (out, property ? "%3A" : ":"); break;
      case ',': g_string_append (out, property ? "%2C" : ","); break;
      default: g_string_append_c (out, *s);
      }
}

static gboolean
write_github (const XcLint *lint, const XcLintWriteOptions *o, GString *out, GError **error)
{
  guint shown[XC_SEVERITY_ERROR + 1] = { 0 };
  guint hidden[XC_SEVERITY_ERROR + 1] = { 0 };
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (!xc_lint_shown (f, o->verbose))
        continue;
      if (shown[f->severity] >= XC_GITHUB_MAX)
        {
          hidden[f->severity]++;
          continue;
        }
      shown[f->severity]++;
      g_autofree char *msg = xc_finding_message (f);
      const char *cmd = f->severity == XC_SEVERITY_ERROR ? "error"
                        : f->severity == XC_SEVERITY_WARNING ? "warning" : "notice";
      g_string_append_printf (out, "::%s file=", cmd);
      gh_escape (out, f->file, TRUE);
      g_string_append_printf (out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", f->line,
                              f->column, f->end_line, f->end_column);
      g_autofree char *title = g_strdup_printf ("crosscheck: %s", xc_finding_kind_to_string (f->kind));
      gh_escape (out, title, TRUE);
      g_string_append (out, "::");
      gh_escape (out, msg, FALSE);
      g_string_append_c (out, '\n');
    }
  guint more = hidden[XC_SEVERITY_ERROR] + hidden[XC_SEVERITY_WARNING] + hidden[XC_SEVERITY_NOTE];
  if (more)
    g_string_append_printf (out, "crosscheck: %u more error%s, %u more warning%s and %u more note%s "
                            "not annotated (run with --format gnu for all)\n",
                            hidden[XC_SEVERITY_ERROR], hidden[XC_SEVERITY_ERROR] == 1 ? "" : "s",
                            hidden[XC_SEVERITY_WARNING], hidden[XC_SEVERITY_WARNING] == 1 ? "" : "s",
                            hidden[XC_SEVERITY_NOTE], hidden[XC_SEVERITY_NOTE] == 1 ? "" : "s");
  return TRUE;
}

/* ---- markdown: a table for a pull-request comment ---- */

static void
md_cell (GString *out, const char *s)
{
  for (; s && *s; s++)
    switch (*s)
      {
      case '|': g_string_append (out, "\\|"); break;
      case '\n': g_string_append_c (out, ' '); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      default: g_string_append_c (out, *s);
      }
}

static gboolean
write_markdown (const XcLint *lint, const XcLintWriteOptions *o, GString *out, GError **error)
{
  guint ne = xc_lint_count (lint, XC_SEVERITY_ERROR);
  guint nw = xc_lint_count (lint, XC_SEVERITY_WARNING);
  guint nn = xc_lint_count (lint, XC_SEVERITY_NOTE);
  g_string_append_printf (out, "### crosscheck lint: %u error%s, %u warning%s", ne, ne == 1 ? "" : "s",
                          nw, nw == 1 ? "" : "s");
  if (o->verbose)
    g_string_append_printf (out, ", %u note%s", nn, nn == 1 ? "" : "s");
  g_string_append_printf (out, "\n\nChecked against %u source%s.", lint->n_sources,
                          lint->n_sources == 1 ? "" : "s");
  guint ns = count_flag (lint, FALSE), nb = count_flag (lint, TRUE);
  if (ns || nb)
    g_string_append_printf (out, " %u suppressed, %u in the baseline.", ns, nb);
  g_string_append (out, "\n\n");
  gboolean any = FALSE;
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (!xc_lint_shown (f, o->verbose))
        continue;
      if (!any)
        g_string_append (out, "| Severity | Where | Claim | Finding | Details |\n"
                              "| --- | --- | --- | --- | --- |\n");
      any = TRUE;
      g_autofree char *msg = xc_finding_message (f);
      g_string_append_printf (out, "| %s | `%s:%u:%u` | ", xc_severity_to_string (f->severity),
                              f->file, f->line, f->column);
      md_cell (out, f->text);
      g_string_append_printf (out, " | %s | ", xc_finding_kind_to_string (f->kind));
      md_cell (out, msg);
      g_string_append (out, " |\n");
    }
  if (!any)
    g_string_append (out, "No findings.\n");
  return TRUE;
}

static const struct {
  const char     *name;
  XcLintWriteFunc write;
} xc_lint_writers[] = {
  { "gnu", write_gnu },
  { "json", write_json },
  { "sarif", xc_lint_write_sarif },
  { "rdjsonl", write_rdjsonl },
  { "github", write_github },
  { "markdown", write_markdown },
};

static const char * const xc_lint_format_names[] = { "gnu", "json", "sarif", "rdjsonl", "github",
                                                     "markdown", NULL };

const char * const *
xc_lint_formats (void)
{
  return xc_lint_format_names;
}

gboolean
xc_lint_write (const XcLint *lint, const char *format, const XcLintWriteOptions *options,
               GString *out, GError **error)
{
  XcLintWriteOptions defaults = { 0 };
  if (options == NULL)
    options = &defaults;
  for (guint i = 0; i < G_N_ELEMENTS (xc_lint_writers); i++)
    if (g_str_equal (format, xc_lint_writers[i].name))
      return xc_lint_writers[i].write (lint, options, out, error);
  g_set_error (error, XC_ERROR, XC_ERROR_USAGE, "unknown lint format '%s'", format);
  return FALSE;
}
