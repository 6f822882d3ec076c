/* cmd-extract.c - `crosscheck extract`: every claim of every input
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include "cli.h"

typedef struct {
  const char  *format;
  XcExtractor *extractor;
  GString     *out;        /* flushed after each document: the corpus is never held */
  XcOutput     sink;       /* standard output, every write checked */
  GError      *write_error;
  guint        n_docs;
  guint        n_claims;
  gboolean     fatal;
  const char  *story_field; /* the metadata field naming a document's story, or NULL */
  gboolean     key;         /* jsonl: each line after its story key and a tab */
  gboolean     text;        /* the format is text */
  gboolean     jsonl;       /* the format is jsonl */
  /* the document being written, claim by claim */
  const char  *path;
  XcDocument  *doc;
  const char  *story;
  GPtrArray   *warnings;
  gboolean     opened;      /* its warnings told and its JSON object opened */
  guint        doc_claims;
} ExtractRun;

/* The first failed write stops the run (a full disk, a closed pipe). */
static gboolean
flush (ExtractRun *run)
{
  if (run->write_error == NULL)
    xc_cli_output_write (run->out, &run->sink, &run->write_error);
  g_string_truncate (run->out, 0);
  return run->write_error == NULL;
}

/* The start of the document's object, up to its claims (or whole, with its
 * error), written straight to text in the compact form xc_json_append() writes:
 * no json-glib tree per document or per claim. */
static void
document_json_open (GString *out, const char *path, const XcDocument *doc, const char *story,
                    const char *error, GPtrArray *warnings)
{
  /* the story first: sorted lines of jsonl are grouped story by story */
  if (story)
    {
      g_string_append (out, "{\"story\":");
      xc_json_append_string (out, story);
      g_string_append (out, ",\"file\":");
    }
  else
    g_string_append (out, "{\"file\":");
  xc_json_append_string (out, doc ? doc->name : path);
  if (doc && doc->meta.source)
    {
      g_string_append (out, ",\"source\":");
      xc_json_append_string (out, doc->meta.source);
    }
  if (doc && g_date_valid (&doc->meta.published))
    g_string_append_printf (out, ",\"published\":\"%04u-%02u-%02u\"", g_date_get_year (&doc->meta.published),
                            g_date_get_month (&doc->meta.published), g_date_get_day (&doc->meta.published));
  if (error)
    {
      g_string_append (out, ",\"error\":");
      xc_json_append_string (out, error);
      g_string_append_c (out, '}');
      return;
    }
  if (warnings && warnings->len)
    {
      g_string_append (out, ",\"warnings\":[");
      for (guint i = 0; i < warnings->len; i++)
        {
          if (i)
            g_string_append_c (out, ',');
          xc_json_append_string (out, warnings->pdata[i]);
        }
      g_string_append_c (out, ']');
    }
  g_string_append (out, ",\"claims\":[");
}

static void
append_uint (GString *out, guint v)
{
  char buf[16];
  int n = 0;
  do
    buf[n++] = (char) ('0' + v % 10);
  while ((v /= 10) > 0);
  while (n > 0)
    g_string_append_c (out, buf[--n]);
}

/* @s quoted for one line of text output: UTF-8 text stays as it is ("€3.2
 * billion"); control characters, the backslash and the double quote get C
 * escapes, so a claim never breaks its line. */
static void
append_escaped (GString *out, const char *s)
{
  for (const guchar *p = (const guchar *) s; *p; p++)
    {
      guchar c = *p;
      const char *esc = NULL;
      if (c >= 0x80 || (c >= ' ' && c < 0177 && c != '\\' && c != '"'))
        {
          g_string_append_c (out, (char) c);
          continue;
        }
      switch (c)
        {
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\v': esc = "\\v"; break;
        case '\\': esc = "\\\\"; break;
        case '"': esc = "\\\""; break;
        default: break;
        }
      if (esc)
        g_string_append (out, esc);
      else
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) ('0' + ((c >> 6) & 07)));
          g_string_append_c (out, (char) ('0' + ((c >> 3) & 07)));
          g_string_append_c (out, (char) ('0' + (c & 07)));
        }
    }
}

/* Appending without a call when the string has room: a text line is a dozen
 * pieces, and g_string_append() per piece was a visible share of the run. */
static inline void
put_len (GString *out, const char *s, gsize n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, (gssize) n);
}

static inline void
put (GString *out, const char *s)
{
  put_len (out, s, strlen (s));
}

#define PUT_LIT(out, lit) put_len ((out), (lit), sizeof (lit) - 1)

/* FILE:LINE:COL: KIND VALUE [QUALIFIER] [DIRECTION] [scope S] "TEXT", built
 * piece by piece: printf per claim was a visible share of the run. */
static void
text_line (GString *out, const XcClaim *c)
{
  put (out, c->file);
  g_string_append_c (out, ':');
  append_uint (out, c->line);
  g_string_append_c (out, ':');
  append_uint (out, c->column);
  PUT_LIT (out, ": ");
  put (out, xc_kind_to_string (c->kind));
  g_string_append_c (out, ' ');
  xc_claim_append_value (c, out);
  if (c->qualifier != XC_QUALIFIER_EXACT)
    {
      PUT_LIT (out, " [");
      put (out, xc_qualifier_to_string (c->qualifier));
      g_string_append_c (out, ']');
    }
  if (c->direction != XC_DIRECTION_NONE)
    {
      PUT_LIT (out, " [");
      put (out, xc_direction_to_string (c->direction));
      g_string_append_c (out, ']');
    }
  if (c->previous)
    PUT_LIT (out, " [previous]");
  if (c->scope)
    {
      PUT_LIT (out, " [scope ");
      put (out, c->scope);
      g_string_append_c (out, ']');
    }
  PUT_LIT (out, " \"");
  append_escaped (out, c->text);
  PUT_LIT (out, "\"\n");
}

/* What a document's first claim (or its end) opens: its warnings on standard
 * error, and in JSON its object up to the claims. */
static void
open_document (ExtractRun *run)
{
  if (run->opened)
    return;
  run->opened = TRUE;
  for (guint i = 0; i < run->warnings->len; i++)
    xc_cli_warning ("%s", (char *) run->warnings->pdata[i]);
  if (!run->text)
    document_json_open (run->out, run->path, run->doc, run->story, NULL, run->warnings);
}

/* Each claim written as the extractor hands it on, then freed: a document's
 * claims never hold their sentences all at once, and the output is flushed
 * every 64 KB (a 10 MB document's text lines filled an 8 MB buffer). */
static gboolean
on_claim (XcClaim *c, gpointer user_data)
{
  ExtractRun *run = user_data;
  open_document (run);
  if (run->text)
    text_line (run->out, c);
  else
    {
      if (run->doc_claims)
        g_string_append_c (run->out, ',');
      if (run->jsonl)
        xc_claim_append_jsonl (c, run->out);   /* with what check --claims needs */
      else
        xc_claim_append_json (c, run->out);
    }
  run->doc_claims++;
  xc_claim_free (c);
  if (run->out->len > 65536)
    flush (run);
  return run->write_error == NULL;
}

static gboolean
on_document (const char *path, XcDocument *doc, const GError *error, gpointer user_data)
{
  ExtractRun *run = user_data;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;
  const GError *problem = error;

  run->path = path;
  run->doc = doc;
  run->warnings = warnings;
  run->opened = FALSE;
  run->doc_claims = 0;
  run->story = doc && run->story_field ? xc_meta_get_field (&doc->meta, run->story_field) : NULL;
  if (!run->text)
    {
      if (!run->jsonl && run->n_docs)
        g_string_append (run->out, ",\n");
      if (run->jsonl && run->key)
        {
          /* a key for Hadoop Streaming and sort: the story, tabs and newlines blanked */
          for (const char *k = run->story ? run->story : ""; *k; k++)
            g_string_append_c (run->out, *k == '\t' || *k == '\n' || *k == '\r' ? ' ' : *k);
          g_string_append_c (run->out, '\t');
        }
    }
  /* JSON and JSONL are streamed a claim at a time, each written straight to
   * text: a document of 200,000 claims held its whole JSON tree (2.9 GB for a
   * line of 780 KB) */
  if (doc && !xc_extractor_run_each (run->extractor, doc, warnings, on_claim, run, &local))
    problem = local;

  const char *name = doc ? doc->name : path ? path : "";
  if (problem)
    xc_cli_error ("%s", problem->message);
  else
    {
      open_document (run);
      xc_cli_info ("%s: %u claim%s", doc->name, run->doc_claims, run->doc_claims == 1 ? "" : "s");
    }
  if (run->text)
    {
      if (problem)
        g_string_append_printf (run->out, "%s: error: %s\n", name, problem->message);
      else if (run->doc_claims == 0)
        g_string_append_printf (run->out, "%s: no claims\n", name);
    }
  else
    {
      if (problem)
        document_json_open (run->out, path, doc, run->story, problem->message, warnings);
      else
        g_string_append (run->out, "]}");
      if (run->jsonl)
        g_string_append_c (run->out, '\n');
    }
  run->n_docs++;
  run->n_claims += run->doc_claims;
  run->warnings = NULL;
  return flush (run);
}

int
xc_cmd_extract (int argc, char **argv)
{
  XcInputOptions in = { 0 };
  XcCommonOptions common = { 0 };
  g_autofree char *format = NULL;
  g_autofree char *stories = NULL;
  gboolean key = FALSE;
  g_auto(GStrv) paths = NULL;
  g_autoptr(XcExtractor) ex = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default), json or jsonl", "FORMAT" },
    { "stories", 0, 0, G_OPTION_ARG_STRING, &stories,
      "json/jsonl: the field naming a document's story, written as \"story\" (default: story; none: no story)",
      "FIELD|none" },
    { "key", 0, 0, G_OPTION_ARG_NONE, &key,
      "jsonl: start each line with the document's story and a tab (the key of Hadoop Streaming)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("PATH… - find every quantitative and dated claim");
  g_option_context_set_summary (ctx,
    "Reads articles (plain text, Markdown or HTML; directories are walked for\n"
    ".txt, .md and .html files) and prints each claim with its normalized value:\n"
    "money, percent, measure, count, age, ordinal, record, date, daterange,\n"
    "duration and time of day.");
  g_option_context_set_description (ctx,
    "Formats:\n"
    "  text   one claim a line: FILE:LINE:COL: KIND VALUE [QUALIFIER] \"TEXT\"\n"
    "  json   {\"version\": 1, \"documents\": [...]}, described in docs/claims.md\n"
    "  jsonl  one document object a line, each claim with its sentence_offset:\n"
    "         what `crosscheck check --claims` reads (the reduce of a map/reduce run,\n"
    "         docs/performance.md)\n\n"
    "Publication dates resolve relative expressions (\"on Tuesday\", \"last year\"):\n"
    "front matter (---, published: 2024-04-09, source: ..., ---) at the top of a\n"
    "file, a --manifest row, or --published for all. Without one, such claims are\n"
    "reported unresolved, never guessed.\n\n"
    "Exit status: 0 when every input was read, 2 when any input failed or on a\n"
    "usage error (the other inputs are still processed).");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GOptionGroup *main_group = g_option_context_get_main_group (ctx);
  xc_cli_input_options_add (main_group, &in);
  xc_cli_common_options_add (main_group, &common, "Write the claims to FILE instead of standard output",
                             "Say how many claims each input gave, on standard error");

  g_autoptr(GError) error = NULL;
  int status = XC_EXIT_ERROR;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || !xc_cli_common_options_ready (&common, &error))
    {
      xc_cli_usage_error ("extract", error->message);
      goto out;
    }
  if (format == NULL)
    format = g_strdup ("text");
  if (!g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "jsonl"))
    {
      xc_cli_error ("extract: unknown format '%s' (text, json or jsonl)", format);
      goto out;
    }
  if (paths == NULL || paths[0] == NULL)
    {
      xc_cli_usage_error ("extract", "no input: name files or directories");
      goto out;
    }
  if (!xc_cli_input_options_ready (&in, &error))
    {
      xc_cli_error ("%s", error->message);
      goto out;
    }
  ex = xc_extractor_new (&error);
  if (ex == NULL)
    {
      xc_cli_error ("%s", error->message);
      goto out;
    }
  if (stories && *stories == '\0')
    {
      xc_cli_error ("extract: --stories takes a field name or none");
      xc_cli_input_options_clear (&in);
      return XC_EXIT_ERROR;
    }
  ExtractRun run = { .format = format, .extractor = ex, .key = key,
                     .text = g_str_equal (format, "text"), .jsonl = g_str_equal (format, "jsonl"),
                     .story_field = stories && g_str_equal (stories, "none") ? NULL
                                  : stories && !g_str_equal (stories, "auto") ? stories : "story" };
  if (!xc_cli_output_open (&run.sink, common.output, &error))
    {
      xc_cli_error ("%s", error->message);
      goto out;
    }
  run.out = g_string_new (NULL);
  if (g_str_equal (format, "json"))
    g_string_append (run.out, "{\"version\":1,\"documents\":[\n");
  guint failed = xc_cli_for_each_document (paths, &in, on_document, &run);
  if (g_str_equal (format, "json"))
    g_string_append (run.out, "\n]}\n");
  flush (&run);
  g_string_free (run.out, TRUE);
  /* a write that failed is an error, never a run that exits 0 with its output lost */
  if (!xc_cli_output_close (&run.sink, run.write_error ? NULL : &run.write_error) || run.write_error)
    {
      xc_cli_error ("%s", run.write_error->message);
      g_clear_error (&run.write_error);
      goto out;
    }
  status = failed ? XC_EXIT_ERROR : XC_EXIT_OK;
out:
  xc_cli_input_options_clear (&in);
  xc_cli_common_options_clear (&common);
  return status;
}
