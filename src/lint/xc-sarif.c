/* xc-sarif.c - lint findings as SARIF 2.1.0, the form GitHub code scanning accepts
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "xc-lint-private.h"
#include "xc-version.h"

static const char *
sarif_level (XcSeverity s)
{
  return s == XC_SEVERITY_ERROR ? "error" : s == XC_SEVERITY_WARNING ? "warning"
         : s == XC_SEVERITY_NOTE ? "note" : "none";
}

static void
add_text (JsonBuilder *b, const char *member, const char *text)
{
  xc_json_begin_object_member (b, member);
  xc_json_add_string (b, "text", text);
  json_builder_end_object (b);
}

/* @s with [ and ] escaped: message text where brackets would read as links. */
static char *
escape_brackets (const char *s)
{
  GString *out = g_string_new (NULL);
  for (const char *p = s; *p; p++)
    {
      if (*p == '[' || *p == ']')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* @file as a path relative to the repository root, '/'-separated and
 * escaped as a URI reference: the form code scanning matches files by. */
static char *
repo_uri (const XcLintWriteOptions *o, const char *file)
{
  g_autofree char *abs = NULL;
  if (g_path_is_absolute (file))
    abs = g_canonicalize_filename (file, "/");
  else if (o->cwd)
    abs = g_canonicalize_filename (file, o->cwd);
  g_autofree char *rel = NULL;
  if (abs && o->root)
    {
      g_autofree char *root = g_canonicalize_filename (o->root, "/");
      g_auto(GStrv) ra = g_strsplit (root, "/", -1);
      g_auto(GStrv) fa = g_strsplit (abs, "/", -1);
      guint n = 0;
      while (ra[n] && fa[n] && g_str_equal (ra[n], fa[n]))
        n++;
      GString *s = g_string_new (NULL);
      for (guint i = n; ra[i]; i++)
        if (*ra[i])
          g_string_append (s, "../");
      for (guint i = n; fa[i]; i++)
        {
          g_string_append (s, fa[i]);
          if (fa[i + 1])
            g_string_append_c (s, '/');
        }
      rel = g_string_free (s, FALSE);
    }
  else
    rel = g_str_has_prefix (file, "./") ? g_strdup (file + 2) : g_strdup (file);
  return g_uri_escape_string (rel, "/", FALSE);
}

static void
add_location (JsonBuilder *b, const XcLintWriteOptions *o, const char *file, guint line,
              guint column, guint end_line, guint end_column)
{
  g_autofree char *uri = repo_uri (o, file);
  xc_json_begin_object_member (b, "physicalLocation");
  xc_json_begin_object_member (b, "artifactLocation");
  xc_json_add_string (b, "uri", uri);
  json_builder_end_object (b);
  xc_json_begin_object_member (b, "region");
  xc_json_add_int (b, "startLine", line);
  xc_json_add_int (b, "startColumn", column);
  xc_json_add_int (b, "endLine", end_line);
  xc_json_add_int (b, "endColumn", end_column);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static const char * const rule_names[XC_FINDING_N_KINDS] = {
  "ContradictedBySources", "ContestedAmongSources", "UnsupportedBySources", "SupportedBySources",
  "UnusedSuppression",
};

static const char * const rule_help[XC_FINDING_N_KINDS] = {
  "Every source that states this fact gives a value the draft's figure cannot be reconciled with. "
  "Check the figure against the sources named in the message and correct it, or cite a source that supports it.",
  "The sources disagree about this fact; the draft follows some of them. Say which source the figure "
  "comes from, or give the range the sources span.",
  "None of the sources checked states this fact. Add a source for it, or mark it as the draft's own.",
  "At least one source states the same value and none contradicts it. Nothing to do.",
  "A crosscheck-disable comment covers no finding. Remove it, so that it cannot hide a future one.",
};

gboolean
xc_lint_write_sarif (const XcLint *lint, const XcLintWriteOptions *o, GString *out, GError **error)
{
  XcLintOptions defaults;
  xc_lint_options_init (&defaults);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  xc_json_add_string (b, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  xc_json_add_string (b, "version", "2.1.0");
  xc_json_begin_array_member (b, "runs");
  json_builder_begin_object (b);

  xc_json_begin_object_member (b, "tool");
  xc_json_begin_object_member (b, "driver");
  xc_json_add_string (b, "name", "crosscheck");
  xc_json_add_string (b, "semanticVersion", o->version ? o->version : XC_VERSION);
  xc_json_begin_array_member (b, "rules");
  for (guint k = 0; k < XC_FINDING_N_KINDS; k++)
    {
      const char *id = xc_finding_kind_to_string ((XcFindingKind) k);
      g_autofree char *full = g_strdup_printf ("%s: %s.", id, xc_finding_kind_describe ((XcFindingKind) k));
      json_builder_begin_object (b);
      xc_json_add_string (b, "id", id);
      xc_json_add_string (b, "name", rule_names[k]);
      add_text (b, "shortDescription", xc_finding_kind_describe ((XcFindingKind) k));
      add_text (b, "fullDescription", full);
      xc_json_begin_object_member (b, "help");
      xc_json_add_string (b, "text", rule_help[k]);
      xc_json_add_string (b, "markdown", rule_help[k]);
      json_builder_end_object (b);
      xc_json_begin_object_member (b, "defaultConfiguration");
      xc_json_add_string (b, "level", sarif_level (defaults.severity[k]));
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  /* one invocation: successful unless an input could not be used, each
   * failure a notification on its file */
  xc_json_begin_array_member (b, "invocations");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "executionSuccessful");
  json_builder_add_boolean_value (b, lint->failures == NULL || lint->failures->len == 0);
  if (lint->failures && lint->failures->len)
    {
      xc_json_begin_array_member (b, "toolExecutionNotifications");
      for (guint i = 0; i < lint->failures->len; i++)
        {
          const XcLintFailure *fail = lint->failures->pdata[i];
          g_autofree char *text = escape_brackets (fail->message);
          g_autofree char *uri = repo_uri (o, fail->file);
          json_builder_begin_object (b);
          xc_json_add_string (b, "level", "error");
          add_text (b, "message", text);
          xc_json_begin_array_member (b, "locations");
          json_builder_begin_object (b);
          xc_json_begin_object_member (b, "physicalLocation");
          xc_json_begin_object_member (b, "artifactLocation");
          xc_json_add_string (b, "uri", uri);
          json_builder_end_object (b);
          json_builder_end_object (b);
          json_builder_end_object (b);
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  json_builder_end_array (b);

  xc_json_begin_array_member (b, "results");
  for (guint i = 0; i < lint->findings->len; i++)
    {
      const XcFinding *f = lint->findings->pdata[i];
      /* suppressed and baselined findings are kept, marked as such */
      if (f->severity == XC_SEVERITY_OFF || (f->severity <= XC_SEVERITY_NOTE && !o->verbose))
        continue;
      /* the message links each piece of evidence to its related location:
       * the ids number the side the finding is about first (disagreeing,
       * or agreeing for a supported claim), then the other */
      const GPtrArray *other = f->kind == XC_FINDING_SUPPORTED ? f->agreeing : f->disagreeing;
      guint first_agreeing = other == f->agreeing ? 1 : 1 + f->disagreeing->len;
      guint first_disagreeing = other == f->disagreeing ? 1 : 1 + f->agreeing->len;
      g_autofree char *msg = xc_finding_message_linked (f, first_agreeing, first_disagreeing);
      json_builder_begin_object (b);
      xc_json_add_string (b, "ruleId", xc_finding_kind_to_string (f->kind));
      xc_json_add_int (b, "ruleIndex", f->kind);
      xc_json_add_string (b, "level", sarif_level (f->severity));
      add_text (b, "message", msg);
      xc_json_begin_array_member (b, "locations");
      json_builder_begin_object (b);
      add_location (b, o, f->file, f->line, f->column, f->end_line, f->end_column);
      json_builder_end_object (b);
      json_builder_end_array (b);
      guint id = 1;
      if (f->agreeing->len || f->disagreeing->len)
        {
          xc_json_begin_array_member (b, "relatedLocations");
          for (guint side = 0; side < 2; side++)
            {
              const GPtrArray *list = side == 0 ? other : other == f->agreeing ? f->disagreeing : f->agreeing;
              for (guint k = 0; k < list->len; k++)
                {
                  const XcEvidence *e = list->pdata[k];
                  g_autofree char *m0 = g_strdup_printf ("%s \"%s\"%s%s", list == f->agreeing ? "agrees:" : "disagrees:",
                                                         e->text, e->source ? " — " : "",
                                                         e->source ? e->source : "");
                  g_autofree char *m = escape_brackets (m0);
                  json_builder_begin_object (b);
                  xc_json_add_int (b, "id", id++);
                  add_location (b, o, e->file, e->line, e->column, e->end_line, e->end_column);
                  add_text (b, "message", m);
                  json_builder_end_object (b);
                }
            }
          json_builder_end_array (b);
        }
      if (f->suppressed || f->baselined)
        {
          /* inSource: a crosscheck-disable comment in the draft; external: the baseline */
          xc_json_begin_array_member (b, "suppressions");
          if (f->suppressed)
            {
              json_builder_begin_object (b);
              xc_json_add_string (b, "kind", "inSource");
              if (f->justification)
                xc_json_add_string (b, "justification", f->justification);
              json_builder_end_object (b);
            }
          if (f->baselined)
            {
              json_builder_begin_object (b);
              xc_json_add_string (b, "kind", "external");
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      xc_json_begin_object_member (b, "partialFingerprints");
      xc_json_add_string (b, "crosscheckFinding/v1", f->fingerprint);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  xc_json_add_string (b, "columnKind", "unicodeCodePoints");
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  xc_json_append_builder (out, b, TRUE);
  return TRUE;
}
