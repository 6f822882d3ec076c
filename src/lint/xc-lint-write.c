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

/* The builder's document and a newline, through the one JSON printer. */
void
xc_builder_append (JsonBuilder *b, gboolean pretty, GString *out)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  xc_json_append (out, root, pretty);
  g_string_append_c (out, '\n');
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
      g_string_append_printf (out, "%s:%u:%u: %s: %s [%s]\n", one_line (file, f->file), f->line, f->column,
                              xc_severity_to_string (f->severity), one_line (text, msg),
                              xc_finding_kind_to_string (f->kind));
    }
  return TRUE;
}

/* ---- json (docs/lint.md) ---- */

static void
add_str (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b, const char *name, gint64 value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_evidence_list (JsonBuilder *b, const char *name, const GPtrArray *list)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    {
      const XcEvidence *e = list->pdata[i];
      json_builder_begin_object (b);
      add_str (b, "file", e->file);
      add_str (b, "source", e->source);
      add_int (b, "line", e->line);
      add_int (b, "column", e->column);
      add_str (b, "text", e->text);
      add_str (b, "value", e->value);
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
  add_str (b, "tool", "crosscheck");
  add_str (b, "version", o->version ? o->version : XC_VERSION);
  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  add_int (b, "error", xc_lint_count (lint, XC_SEVERITY_ERROR));
  add_int (b, "warning", xc_lint_count (lint, XC_SEVERITY_WARNING));
  add_int (b, "note", xc_lint_count (lint, XC_SEVERITY_NOTE));
  add_int (b, "suppressed", count_flag (lint, FALSE));
  add_int (b, "baselined", count_flag (lint, TRUE));
  add_int (b, "sources", lint->n_sources);
  json_builder_end_object (b);
  if (o->sources)
    {
      json_builder_set_member_name (b, "sources");
      json_builder_begin_array (b);
      for (guint i = 0; o->sources[i]; i++)
        json_builder_add_string_value (b, o->sources[i]);
      json_builder_end_array (b);
    }
  json_builder_set_member_name (b, "findings");
  json_builder_begin_array (b);
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      if (!xc_finding_active (f))
        continue;
      g_autofree char *msg = xc_finding_message (f);
      json_builder_begin_object (b);
      add_str (b, "kind", xc_finding_kind_to_string (f->kind));
      add_str (b, "severity", xc_severity_to_string (f->severity));
      add_str (b, "file", f->file);
      add_int (b, "line", f->line);
      add_int (b, "column", f->column);
      add_int (b, "end_line", f->end_line);
      add_int (b, "end_column", f->end_column);
      add_str (b, "text", f->text);
      add_str (b, "value", f->value);
      add_str (b, "sentence", f->sentence);
      add_str (b, "group", f->group_id);
      add_str (b, "label", f->label);
      add_str (b, "message", msg);
      add_str (b, "fingerprint", f->fingerprint);
      add_evidence_list (b, "agreeing", f->agreeing);
      add_evidence_list (b, "disagreeing", f->disagreeing);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  xc_builder_append (b, TRUE, out);
  return TRUE;
}

/* ---- rdjsonl: one reviewdog Diagnostic per line ---- */

static void
add_range (JsonBuilder *b, guint line, guint column, guint end_line, guint end_column)
{
  json_builder_set_member_name (b, "range");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "start");
  json_builder_begin_object (b);
  add_int (b, "line", line);
  add_int (b, "column", column);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "end");
  json_builder_begin_object (b);
  add_int (b, "line", end_line);
  add_int (b, "column", end_column);
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
      add_str (b, "message", msg);
      json_builder_set_member_name (b, "location");
      json_builder_begin_object (b);
      add_str (b, "path", f->file);
      add_range (b, f->line, f->column, f->end_line, f->end_column);
      json_builder_end_object (b);
      add_str (b, "severity", rd_severity (f->severity));
      json_builder_set_member_name (b, "source");
      json_builder_begin_object (b);
      add_str (b, "name", "crosscheck");
      json_builder_end_object (b);
      json_builder_set_member_name (b, "code");
      json_builder_begin_object (b);
      add_str (b, "value", xc_finding_kind_to_string (f->kind));
      json_builder_end_object (b);
      const GPtrArray *other = f->kind == XC_FINDING_SUPPORTED ? f->agreeing : f->disagreeing;
      if (other->len)
        {
          json_builder_set_member_name (b, "related_locations");
          json_builder_begin_array (b);
          for (guint k = 0; k < other->len; k++)
            {
              const XcEvidence *e = other->pdata[k];
              g_autofree char *m = g_strdup_printf ("%s%s\"%s\"", e->source ? e->source : "",
                                                    e->source ? ": " : "", e->text);
              json_builder_begin_object (b);
              add_str (b, "message", m);
              json_builder_set_member_name (b, "location");
              json_builder_begin_object (b);
              add_str (b, "path", e->file);
              add_range (b, e->line, e->column, e->end_line, e->end_column);
              json_builder_end_object (b);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
      xc_builder_append (b, FALSE, out);
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
