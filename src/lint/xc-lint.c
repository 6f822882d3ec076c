/* xc-lint.c - classifying a draft's claims against the sources that share their groups
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <string.h>
#include "xc-lint-private.h"
#include "crosscheck/xc-lint.h"

static const struct {
  const char *name;
  const char *description;
} xc_finding_kinds[XC_FINDING_N_KINDS] = {
  { "contradicted", "the sources state this fact and none of them is compatible with the draft's value" },
  { "contested", "the sources disagree among themselves and the draft sides with some of them" },
  { "unsupported", "no source states this fact" },
  { "supported", "at least one source agrees and none contradicts" },
  { "unused-suppression", "a crosscheck-disable comment that suppresses nothing" },
};

static const char * const xc_severity_names[] = { "off", "note", "warning", "error" };

const char *
xc_finding_kind_to_string (XcFindingKind kind)
{
  return kind < XC_FINDING_N_KINDS ? xc_finding_kinds[kind].name : "unknown";
}

const char *
xc_finding_kind_describe (XcFindingKind kind)
{
  return kind < XC_FINDING_N_KINDS ? xc_finding_kinds[kind].description : "";
}

gboolean
xc_finding_kind_from_string (const char *s, XcFindingKind *out_kind)
{
  for (guint i = 0; s && i < XC_FINDING_N_KINDS; i++)
    if (g_str_equal (s, xc_finding_kinds[i].name))
      {
        *out_kind = (XcFindingKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
xc_severity_to_string (XcSeverity severity)
{
  return severity <= XC_SEVERITY_ERROR ? xc_severity_names[severity] : "unknown";
}

gboolean
xc_severity_from_string (const char *s, XcSeverity *out_severity)
{
  for (guint i = 0; s && i < G_N_ELEMENTS (xc_severity_names); i++)
    if (g_str_equal (s, xc_severity_names[i]))
      {
        *out_severity = (XcSeverity) i;
        return TRUE;
      }
  if (s && g_str_equal (s, "none"))
    {
      *out_severity = XC_SEVERITY_OFF;
      return TRUE;
    }
  return FALSE;
}

void
xc_lint_options_init (XcLintOptions *options)
{
  memset (options, 0, sizeof *options);
  options->severity[XC_FINDING_CONTRADICTED] = XC_SEVERITY_ERROR;
  options->severity[XC_FINDING_CONTESTED] = XC_SEVERITY_WARNING;
  options->severity[XC_FINDING_UNSUPPORTED] = XC_SEVERITY_WARNING;
  options->severity[XC_FINDING_SUPPORTED] = XC_SEVERITY_NOTE;
  options->severity[XC_FINDING_UNUSED_SUPPRESSION] = XC_SEVERITY_WARNING;
}

void
xc_evidence_free (XcEvidence *e)
{
  if (e == NULL)
    return;
  g_free (e->file);
  g_free (e->source);
  g_free (e->text);
  g_free (e->value);
  g_free (e);
}

void
xc_finding_free (XcFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->file);
  g_free (f->text);
  g_free (f->value);
  g_free (f->sentence);
  g_free (f->group_id);
  g_free (f->label);
  g_clear_pointer (&f->agreeing, g_ptr_array_unref);
  g_clear_pointer (&f->disagreeing, g_ptr_array_unref);
  g_free (f->fingerprint);
  g_free (f->justification);
  g_free (f);
}

void
xc_lint_failure_free (gpointer p)
{
  XcLintFailure *f = p;
  if (f == NULL)
    return;
  g_free (f->file);
  g_free (f->message);
  g_free (f);
}

void
xc_lint_free (XcLint *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->findings);
  g_strfreev (self->sources);
  if (self->failures)
    g_ptr_array_unref (self->failures);
  g_free (self);
}

/* The end of an expression that starts at @line:@column: one past its last character. */
static void
end_of (const char *text, guint line, guint column, guint *out_line, guint *out_column)
{
  const char *last_nl = text ? strrchr (text, '\n') : NULL;
  *out_line = line;
  if (text == NULL)
    {
      *out_column = column;
      return;
    }
  for (const char *p = text; *p; p++)
    if (*p == '\n')
      (*out_line)++;
  if (last_nl)
    *out_column = (guint) g_utf8_strlen (last_nl + 1, -1) + 1;
  else
    *out_column = column + (guint) g_utf8_strlen (text, -1);
}

/* The normalized value, with the direction of a change: "26 % down". */
static char *
lint_value (const XcClaim *c)
{
  g_autofree char *v = xc_claim_value_string (c);
  const char *dir = xc_direction_to_string (c->direction);
  return dir ? g_strdup_printf ("%s %s", v, dir) : g_steal_pointer (&v);
}

static XcEvidence *
evidence_new (const XcClaim *c)
{
  XcEvidence *e = g_new0 (XcEvidence, 1);
  e->file = g_strdup (c->file);
  e->source = g_strdup (c->source);
  e->line = c->line;
  e->column = c->column;
  end_of (c->text, c->line, c->column, &e->end_line, &e->end_column);
  e->text = g_strdup (c->text);
  e->value = lint_value (c);
  return e;
}

/* file, then line, then column: the order findings and their evidence are shown in */
static int
position_cmp (const char *fa, guint la, guint ca, const char *fb, guint lb, guint cb)
{
  int r = g_strcmp0 (fa, fb);
  if (r)
    return r;
  if (la != lb)
    return la < lb ? -1 : 1;
  if (ca != cb)
    return ca < cb ? -1 : 1;
  return 0;
}

static int
evidence_cmp (gconstpointer a, gconstpointer b)
{
  const XcEvidence *x = *(XcEvidence * const *) a, *y = *(XcEvidence * const *) b;
  int r = position_cmp (x->file, x->line, x->column, y->file, y->line, y->column);
  return r ? r : g_strcmp0 (x->text, y->text);
}

static int
finding_cmp (gconstpointer a, gconstpointer b)
{
  const XcFinding *x = *(XcFinding * const *) a, *y = *(XcFinding * const *) b;
  int r = position_cmp (x->file, x->line, x->column, y->file, y->line, y->column);
  if (r)
    return r;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return g_strcmp0 (x->text, y->text);
}

/* The content key: what a finding is about, never where it is. */
static char *
content_key (const XcFinding *f)
{
  g_autofree char *raw = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", xc_finding_kind_to_string (f->kind),
                                          f->file ? f->file : "", f->text ? f->text : "",
                                          f->sentence ? f->sentence : "");
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, raw, -1);
  return g_strndup (sum, 32);
}

/* Sorts, then fingerprints: findings with the same content are told apart by
 * their rank among themselves, which moving lines does not change. */
static void
finish (XcLint *self)
{
  g_ptr_array_sort (self->findings, finding_cmp);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < self->findings->len; i++)
    {
      XcFinding *f = self->findings->pdata[i];
      char *key = content_key (f);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
      g_free (f->fingerprint);
      f->fingerprint = g_strdup_printf ("%s:%u", key, n);
      g_hash_table_replace (seen, key, GUINT_TO_POINTER (n + 1));
    }
}

void
xc_lint_merge (XcLint *self, XcLint *from)
{
  for (guint i = 0; i < from->findings->len; i++)
    g_ptr_array_add (self->findings, g_steal_pointer (&from->findings->pdata[i]));
  g_ptr_array_set_size (from->findings, 0);
  finish (self);
}

void
xc_lint_add_finding (XcLint *self, XcFinding *finding)
{
  g_ptr_array_add (self->findings, finding);
  finish (self);
}

static XcFinding *
finding_for_claim (const XcClaim *c)
{
  XcFinding *f = g_new0 (XcFinding, 1);
  f->file = g_strdup (c->file);
  f->line = c->line;
  f->column = c->column;
  end_of (c->text, c->line, c->column, &f->end_line, &f->end_column);
  f->text = g_strdup (c->text);
  f->value = lint_value (c);
  f->sentence = g_strdup (c->sentence);
  f->agreeing = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_evidence_free);
  f->disagreeing = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_evidence_free);
  return f;
}

XcLint *
xc_lint_classify (const XcComparison *cmp, const char * const *drafts, const XcLintOptions *options)
{
  XcLint *self = g_new0 (XcLint, 1);
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) xc_finding_free);
  self->failures = g_ptr_array_new_with_free_func (xc_lint_failure_free);
  g_autoptr(GHashTable) is_draft = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; drafts && drafts[i]; i++)
    g_hash_table_add (is_draft, (gpointer) drafts[i]);
  for (guint i = 0; i < cmp->documents->len; i++)
    {
      const XcDocInfo *d = cmp->documents->pdata[i];
      if (d->error == NULL && !g_hash_table_contains (is_draft, d->file))
        self->n_sources++;
    }

  /* the comparison's own grouping and judgement of values: lint forks neither */
  XcComparison *run = (XcComparison *) cmp;   /* group_of indexes lazily; nothing else changes */
  for (guint i = 0; i < cmp->claims->len; i++)
    {
      const XcClaim *c = cmp->claims->pdata[i];
      if (c->file == NULL || !g_hash_table_contains (is_draft, c->file))
        continue;
      /* "in 2023" of "$240 billion in 2023" is part of that fact, not one of its own */
      if (c->is_scope)
        continue;
      XcFinding *f = finding_for_claim (c);
      f->n_sources = self->n_sources;
      const XcGroup *g = xc_comparison_group_of (run, c);
      if (g)
        {
          f->group_id = g_strdup (g->id);
          f->label = g_strdup (g->label);
          for (guint m = 0; m < g->members->len; m++)
            {
              const XcClaim *o = ((const XcMember *) g->members->pdata[m])->claim;
              if (o->file == NULL || g_hash_table_contains (is_draft, o->file))
                continue;
              /* a figure that changed between reports: the later value is the fact, the
               * earlier one no evidence either way (a draft that gives it is contradicted) */
              if (g->verdict == XC_VERDICT_UPDATED && !((const XcMember *) g->members->pdata[m])->later)
                continue;
              g_ptr_array_add (xc_claims_compatible (c, o, options->tolerance) ? f->agreeing : f->disagreeing,
                               evidence_new (o));
            }
          g_ptr_array_sort (f->agreeing, evidence_cmp);
          g_ptr_array_sort (f->disagreeing, evidence_cmp);
        }
      if (f->agreeing->len == 0 && f->disagreeing->len == 0)
        f->kind = XC_FINDING_UNSUPPORTED;
      else if (f->disagreeing->len == 0)
        f->kind = XC_FINDING_SUPPORTED;
      else if (f->agreeing->len == 0)
        f->kind = XC_FINDING_CONTRADICTED;
      else
        f->kind = XC_FINDING_CONTESTED;
      f->severity = options->severity[f->kind];
      g_ptr_array_add (self->findings, f);
    }
  finish (self);
  return self;
}

gboolean
xc_finding_active (const XcFinding *f)
{
  return f->severity != XC_SEVERITY_OFF && !f->suppressed && !f->baselined;
}

guint
xc_lint_count (const XcLint *self, XcSeverity severity)
{
  guint n = 0;
  for (guint i = 0; i < self->findings->len; i++)
    {
      const XcFinding *f = self->findings->pdata[i];
      if (xc_finding_active (f) && f->severity == severity)
        n++;
    }
  return n;
}

gboolean
xc_lint_fails (const XcLint *self, XcSeverity fail_on)
{
  if (fail_on == XC_SEVERITY_OFF)
    return FALSE;
  for (guint i = 0; i < self->findings->len; i++)
    {
      const XcFinding *f = self->findings->pdata[i];
      if (xc_finding_active (f) && f->severity >= fail_on)
        return TRUE;
    }
  return FALSE;
}

/* How a message names evidence: as plain text, or (SARIF) as links
 * "[...](id)" to the result's relatedLocations, the rest of the text with
 * its brackets escaped. */
typedef struct {
  gboolean links;
  guint    first_agreeing;      /* the id of agreeing[0] */
  guint    first_disagreeing;   /* the id of disagreeing[0] */
} MessageStyle;

/* @s as message text: with links, a literal [ or ] is escaped (SARIF 3.11.5). */
static void
put_text (GString *out, const char *s, const MessageStyle *style)
{
  if (!style->links)
    {
      g_string_append (out, s);
      return;
    }
  for (const char *p = s; *p; p++)
    {
      if (*p == '[' || *p == ']')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
put_quoted (GString *out, const char *s, const MessageStyle *style)
{
  g_string_append_c (out, '"');
  put_text (out, s, style);
  g_string_append_c (out, '"');
}

/* "\"26.3 percent\" (The Epoch Times, 000.txt:24)"; a disagreeing claim in the
 * draft's own words (@f set) shows its value: "\"26 percent\" (26 % up; ...)".
 * With links, the whole of it links to its related location, @id. */
static void
append_evidence (GString *out, const XcEvidence *e, const XcFinding *f, const MessageStyle *style, guint id)
{
  g_autofree char *base = g_path_get_basename (e->file);
  if (style->links)
    g_string_append_c (out, '[');
  put_quoted (out, e->text, style);
  g_string_append (out, " (");
  if (f && g_strcmp0 (e->text, f->text) == 0 && e->value)
    {
      put_text (out, e->value, style);
      g_string_append (out, "; ");
    }
  if (e->source)
    {
      put_text (out, e->source, style);
      g_string_append (out, ", ");
    }
  put_text (out, base, style);
  g_string_append_printf (out, ":%u)", e->line);
  if (style->links)
    g_string_append_printf (out, "](%u)", id);
}

/* Names up to @max of @list, then "and N more sources". */
static void
append_side (GString *out, const GPtrArray *list, guint max, const XcFinding *f, const MessageStyle *style,
             guint first_id)
{
  for (guint i = 0; i < list->len && i < max; i++)
    {
      if (i)
        g_string_append (out, i + 1 == list->len ? " and " : ", ");
      append_evidence (out, list->pdata[i], f, style, first_id + i);
    }
  if (list->len > max)
    g_string_append_printf (out, " and %u more source%s", list->len - max,
                            list->len - max == 1 ? "" : "s");
}

static char *
build_message (const XcFinding *f, const MessageStyle *st)
{
  GString *out = g_string_new (NULL);
  switch (f->kind)
    {
    case XC_FINDING_CONTRADICTED:
      put_quoted (out, f->text, st);
      g_string_append_c (out, ' ');
      if (f->disagreeing->len && g_strcmp0 (((XcEvidence *) f->disagreeing->pdata[0])->text, f->text) == 0
          && f->value)
        {
          g_string_append_c (out, '(');
          put_text (out, f->value, st);
          g_string_append (out, ") ");
        }
      g_string_append (out, "contradicts ");
      append_side (out, f->disagreeing, 1, f, st, st->first_disagreeing);
      break;
    case XC_FINDING_CONTESTED:
      put_quoted (out, f->text, st);
      g_string_append_printf (out, " is contested: %u source%s agree%s (",
                              f->agreeing->len, f->agreeing->len == 1 ? "" : "s",
                              f->agreeing->len == 1 ? "s" : "");
      append_side (out, f->agreeing, 2, NULL, st, st->first_agreeing);
      g_string_append_printf (out, "), %u disagree%s (", f->disagreeing->len,
                              f->disagreeing->len == 1 ? "s" : "");
      append_side (out, f->disagreeing, 2, f, st, st->first_disagreeing);
      g_string_append (out, ")");
      break;
    case XC_FINDING_SUPPORTED:
      put_quoted (out, f->text, st);
      g_string_append (out, " is supported by ");
      append_side (out, f->agreeing, 1, NULL, st, st->first_agreeing);
      break;
    case XC_FINDING_UNSUPPORTED:
      put_quoted (out, f->text, st);
      g_string_append_printf (out, " is stated by none of the %u source%s checked",
                              f->n_sources, f->n_sources == 1 ? "" : "s");
      break;
    case XC_FINDING_UNUSED_SUPPRESSION:
    case XC_FINDING_N_KINDS:
    default:
      g_string_append_c (out, '\'');
      put_text (out, f->text, st);
      g_string_append (out, "' suppresses nothing");
      break;
    }
  return g_string_free (out, FALSE);
}

char *
xc_finding_message (const XcFinding *f)
{
  const MessageStyle plain = { FALSE, 0, 0 };
  return build_message (f, &plain);
}

char *
xc_finding_message_linked (const XcFinding *f, guint first_agreeing_id, guint first_disagreeing_id)
{
  const MessageStyle links = { TRUE, first_agreeing_id, first_disagreeing_id };
  return build_message (f, &links);
}
