/* xc-markup.c - the text of Markdown and HTML inputs: markup never becomes a
 * claim, and every offset still leads back into the file
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "xc-document-private.h"
#include "xc-wordset-private.h"

static void
blank (char *t, gsize from, gsize to)
{
  for (gsize i = from; i < to; i++)
    if (t[i] != '\n')
      t[i] = ' ';
}

/* Blanks one line's block markers: headings, quotes, list bullets, rules, tables. */
static void
mask_line_start (char *t, gsize s, gsize e)
{
  gsize i = s;
  for (;;)
    {
      while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
      if (i < e && t[i] == '>')
        {
          t[i++] = ' ';
          continue;
        }
      break;
    }
  if (i < e && t[i] == '#')
    {
      gsize j = i;
      while (j < e && t[j] == '#')
        j++;
      if (j == e || t[j] == ' ')
        blank (t, i, j);
    }
  else if (i + 1 < e && (t[i] == '-' || t[i] == '*' || t[i] == '+') && t[i + 1] == ' ')
    t[i] = ' ';
  else if (i < e && g_ascii_isdigit (t[i]))
    {
      gsize j = i;
      while (j < e && j - i < 9 && g_ascii_isdigit (t[j]))
        j++;
      if (j + 1 < e && (t[j] == '.' || t[j] == ')') && t[j + 1] == ' ')
        blank (t, i, j + 1);   /* an ordered-list number is not a figure */
    }
  /* rules and table separators: a line of only - * _ = | : and spaces */
  gboolean rule = TRUE, any = FALSE;
  for (gsize j = i; j < e; j++)
    {
      if (strchr ("-*_=|: \t\r", t[j]) == NULL)
        rule = FALSE;
      else if (t[j] != ' ' && t[j] != '\t' && t[j] != '\r')
        any = TRUE;
    }
  if (rule && any)
    blank (t, s, e);
}

/* The element named at @t + @i ("<script", "<style" and then a space, '>'
 * or '/'), as its index in @names, or -1. */
static const char * const xc_raw_text_elements[] = { "script", "style" };

static int
raw_text_element (const char *t, gsize i, gsize len)
{
  for (guint k = 0; k < G_N_ELEMENTS (xc_raw_text_elements); k++)
    {
      gsize n = strlen (xc_raw_text_elements[k]);
      if (i + 1 + n < len && g_ascii_strncasecmp (t + i + 1, xc_raw_text_elements[k], n) == 0
          && strchr (" \t\r\n>/", t[i + 1 + n]))
        return (int) k;
    }
  return -1;
}

/* <script> and <style> with their bodies: code, not article text. Without a
 * closing tag only the opening tag goes (a mention of the tag in prose). */
static void
mask_raw_text_elements (char *t, gsize len)
{
  /* once a closing tag is not found, none will be after a later opening:
   * each search starts past the last, so the pass stays linear */
  gboolean unclosed[G_N_ELEMENTS (xc_raw_text_elements)] = { FALSE };
  for (const char *p = memchr (t, '<', len); p; p = memchr (p + 1, '<', len - (gsize) (p + 1 - t)))
    {
      gsize i = (gsize) (p - t);
      int k = raw_text_element (t, i, len);
      if (k < 0 || unclosed[k])
        continue;
      unclosed[k] = TRUE;
      gsize n = strlen (xc_raw_text_elements[k]);
      for (const char *q = memchr (p + 1, '<', len - (i + 1)); q; q = memchr (q + 1, '<', len - (gsize) (q + 1 - t)))
        {
          gsize j = (gsize) (q - t);
          if (j + 2 + n <= len && t[j + 1] == '/' && g_ascii_strncasecmp (t + j + 2, xc_raw_text_elements[k], n) == 0)
            {
              const char *gt = memchr (t + j, '>', len - j);
              gsize end = gt ? (gsize) (gt - t) + 1 : len;
              blank (t, i, end);
              p = t + end - 1;
              unclosed[k] = FALSE;
              break;
            }
        }
      if (p + 1 >= t + len)
        break;
    }
}

void
xc_markup_mask_markdown (char *t, gsize len)
{
  gboolean fence = FALSE;
  gsize s = 0;
  while (s < len)
    {
      gsize e = s;
      while (e < len && t[e] != '\n')
        e++;
      gsize k = s;
      while (k < e && t[k] == ' ')
        k++;
      gboolean fence_line = e - k >= 3 && (strncmp (t + k, "```", 3) == 0 || strncmp (t + k, "~~~", 3) == 0);
      if (fence || fence_line)
        {
          blank (t, s, e);   /* code is not prose */
          if (fence_line)
            fence = !fence;
        }
      else if (e - k >= 4 && t[k] == '[' && memchr (t + k, ']', e - k) && strstr (t + k, "]:")
               && (gsize) (strstr (t + k, "]:") - t) < e)
        blank (t, s, e);     /* a link reference definition */
      else
        mask_line_start (t, s, e);
      s = e + 1;
    }

  mask_raw_text_elements (t, len);

  /* inline: comments, tags, autolinks, link targets, emphasis, code marks, pipes */
  for (gsize i = 0; i < len; i++)
    {
      if (t[i] == '<')
        {
          const char *close = NULL;
          if (i + 4 <= len && strncmp (t + i, "<!--", 4) == 0)
            {
              close = strstr (t + i + 4, "-->");
              if (close)
                {
                  blank (t, i, (gsize) (close - t) + 3);
                  i = (gsize) (close - t) + 2;
                }
              continue;
            }
          if (i + 1 < len && (g_ascii_isalpha (t[i + 1]) || t[i + 1] == '/'))
            {
              gsize j = i + 1;
              while (j < len && t[j] != '>' && t[j] != '\n' && t[j] != '<')
                j++;
              if (j < len && t[j] == '>')
                {
                  blank (t, i, j + 1);
                  i = j;
                }
            }
        }
      else if (t[i] == ']' && i + 1 < len && t[i + 1] == '(')
        {
          gsize j = i + 2;
          int depth = 1;
          while (j < len && t[j] != '\n' && depth > 0)
            {
              depth += t[j] == '(' ? 1 : t[j] == ')' ? -1 : 0;
              j++;
            }
          if (depth == 0)
            {
              blank (t, i, j);
              i = j - 1;
            }
        }
      else if (t[i] == '!' && i + 1 < len && t[i + 1] == '[')
        t[i] = ' ';
      else if (t[i] == '[' || t[i] == '*' || t[i] == '`' || t[i] == '|' || t[i] == '~')
        t[i] = ' ';
      else if (t[i] == '_' && (i == 0 || !g_ascii_isalnum (t[i - 1]) || i + 1 == len
                               || !g_ascii_isalnum (t[i + 1])))
        t[i] = ' ';
      else if (t[i] == ']' && (i + 1 >= len || t[i + 1] != ':'))
        t[i] = ' ';
    }
}

/* ---------- HTML ---------- */

typedef struct {
  XcDocument *doc;
  const char *src;      /* the file's bytes with front matter blanked (same offsets) */
  GString    *text;
  GArray     *map;
  gsize       cursor;   /* raw offset where the next text node is looked for */
} HtmlWalk;

static const char * const xc_skipped_elements[] = {
  "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", NULL
};

static const char * const xc_block_elements[] = {
  "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "tr", "td", "th", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "article",
  "section", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "address",
  "details", "summary", "body", "html", "title", "form", "fieldset", "legend", NULL
};

static void
add_run (HtmlWalk *w, gsize text_off, gsize raw_off, gsize len)
{
  XcTextMap m = { text_off, raw_off, len };
  g_array_append_val (w->map, m);
}

/* A block element ends a paragraph: a blank line in the text, which ends a
 * sentence; newlines inside a text node are only white space (soft). */
static void
newline (HtmlWalk *w)
{
  gsize n = w->text->len;
  if (n == 0 || (n >= 2 && w->text->str[n - 1] == '\n' && w->text->str[n - 2] == '\n'))
    return;
  add_run (w, n, w->cursor, 0);
  g_string_append (w->text, w->text->str[n - 1] == '\n' ? "\n" : "\n\n");
}

/* Appends a text node; finds its pieces in the raw file so positions hold.
 * Runs of plain ASCII are searched verbatim; a piece that was written as an
 * entity (&amp;, &#8212;) maps to where the search stands. */
static void
add_text (HtmlWalk *w, const char *content)
{
  const char *raw = w->src;
  gsize raw_len = w->doc->raw_len;
  gsize n = strlen (content);
  gsize i = 0;
  while (i < n)
    {
      gsize j = i;
      gboolean plain = (guchar) content[i] < 0x80 && !strchr ("&<>\"'", content[i]);
      while (j < n && (((guchar) content[j] < 0x80 && !strchr ("&<>\"'", content[j])) == plain))
        j++;
      gsize text_off = w->text->len;
      g_string_append_len (w->text, content + i, (gssize) (j - i));
      if (plain)
        {
          g_autofree char *needle = g_strndup (content + i, j - i);
          const char *hit = strstr (raw + w->cursor, needle);
          if (hit && (gsize) (hit - raw) < raw_len)
            {
              add_run (w, text_off, (gsize) (hit - raw), j - i);
              w->cursor = (gsize) (hit - raw) + (j - i);
            }
          else
            add_run (w, text_off, w->cursor, 0);
        }
      else
        {
          /* the character as written, or as an entity: step past either */
          if (w->cursor < raw_len && raw[w->cursor] == '&')
            {
              const char *semi = memchr (raw + w->cursor, ';', MIN (raw_len - w->cursor, 12));
              gsize width = semi ? (gsize) (semi - (raw + w->cursor)) + 1 : 1;
              add_run (w, text_off, w->cursor, width);
              w->cursor += width;
            }
          else if (w->cursor + (j - i) <= raw_len && memcmp (raw + w->cursor, content + i, j - i) == 0)
            {
              add_run (w, text_off, w->cursor, j - i);
              w->cursor += j - i;
            }
          else
            add_run (w, text_off, w->cursor, 0);
        }
      i = j;
    }
}

static gboolean
is_block (const xmlNode *n)
{
  return xc_word_in_str ((const char *) n->name, xc_block_elements);
}

/* Depth first over @first and its siblings, without recursion: HTML may nest
 * as deep as it likes (XML_PARSE_HUGE), and recursing 100,000 levels
 * overflowed the stack. */
static void
walk (HtmlWalk *w, xmlNode *first)
{
  xmlNode *top = first ? first->parent : NULL;
  xmlNode *n = first;
  while (n)
    {
      if (n->type == XML_ELEMENT_NODE
          && !xc_word_in_str ((const char *) n->name, xc_skipped_elements))
        {
          gboolean block = is_block (n);
          if (block)
            newline (w);
          if (n->children)
            {
              n = n->children;
              continue;
            }
          if (block)
            newline (w);
        }
      else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
        add_text (w, (const char *) n->content);
      /* on to the next node, closing the elements left on the way up */
      while (n && n->next == NULL)
        {
          n = n->parent;
          if (n == top)
            n = NULL;
          else if (is_block (n))
            newline (w);
        }
      if (n)
        n = n->next;
    }
}

gboolean
xc_markup_html_text (XcDocument *doc, GError **error)
{
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
             | XML_PARSE_HUGE;   /* HTML_PARSE_HUGE in libxml2 2.12; the same bit */
  /* doc->text is still the file with front matter blanked: same offsets as raw */
  htmlDocPtr html = htmlReadMemory (doc->text, (int) MIN (doc->raw_len, (gsize) G_MAXINT),
                                    doc->name, "UTF-8", opts);
  if (html == NULL)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the HTML parser could not read it", doc->name);
      return FALSE;
    }
  HtmlWalk w = {
    .doc = doc,
    .src = doc->text,
    .text = g_string_sized_new (doc->raw_len),
    .map = g_array_new (FALSE, FALSE, sizeof (XcTextMap)),
  };
  walk (&w, xmlDocGetRootElement (html));
  xmlFreeDoc (html);
  /* the text must be valid UTF-8 for the matcher; libxml2 wrote UTF-8 */
  if (!g_utf8_validate (w.text->str, (gssize) w.text->len, NULL))
    {
      g_string_free (w.text, TRUE);
      g_array_unref (w.map);
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the HTML's text is not UTF-8", doc->name);
      return FALSE;
    }
  g_free (doc->text);
  doc->text_len = w.text->len;
  doc->text = g_string_free (w.text, FALSE);
  if (doc->map)
    g_array_unref (doc->map);
  doc->map = w.map;
  return TRUE;
}
