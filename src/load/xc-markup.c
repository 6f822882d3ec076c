/* xc-markup.c - the text of Markdown (md4c) and HTML (libxml2) inputs: markup
 * and code never become claims, and every offset still leads back into the file
 * SPDX-License-Identifier: MIT */
#include <string.h>
#include <md4c.h>
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

/* Blanks HTML tags and comments in [@from, @to) of @t (text between tags
 * stays): the inside of a Markdown HTML block. */
static void
blank_tags (char *t, gsize from, gsize to)
{
  mask_raw_text_elements (t + from, to - from);
  for (gsize i = from; i < to; i++)
    {
      if (t[i] != '<')
        continue;
      if (to - i >= 4 && strncmp (t + i, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (t + i + 4, (gssize) (to - i - 4), "-->");
          gsize end = close ? (gsize) (close - t) + 3 : to;
          blank (t, i, end);
          i = end - 1;
          continue;
        }
      if (i + 1 < to && (g_ascii_isalpha (t[i + 1]) || t[i + 1] == '/' || t[i + 1] == '!' || t[i + 1] == '?'))
        {
          gsize j = i + 1;
          while (j < to && t[j] != '>' && t[j] != '<')
            j++;
          if (j < to && t[j] == '>')
            {
              blank (t, i, j + 1);
              i = j;
            }
        }
    }
}

/* ---------- Markdown (md4c) ---------- */

typedef struct {
  const char *src;         /* what md4c reads: the file, front matter blanked */
  gsize       len;
  char       *out;         /* blanks, newlines kept; text is copied in at its offset */
  const char *link_href;   /* the target of the link being read (an autolink's text is it) */
  gboolean    html_block;
  gsize       html_from;   /* the extent of the HTML block's lines */
  gsize       html_to;
  int         raw_element; /* inline <script>/<style> open (index), or -1 */
  gboolean    unclosed[G_N_ELEMENTS (xc_raw_text_elements)];   /* no closing tag after the last */
} MdWalk;

/* Entities that are white space stay blank: "5&nbsp;million" reads as 5 million. */
static const char * const xc_space_entities[] = {
  "&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&ensp;", "&emsp;", "&thinsp;", "&#8201;", "&#x2009;", NULL
};

static int
md_enter_block (MD_BLOCKTYPE type, void *detail, void *data)
{
  MdWalk *w = data;
  if (type == MD_BLOCK_HTML)
    {
      w->html_block = TRUE;
      w->html_from = G_MAXSIZE;
      w->html_to = 0;
    }
  return 0;
}

static int
md_leave_block (MD_BLOCKTYPE type, void *detail, void *data)
{
  MdWalk *w = data;
  if (type == MD_BLOCK_HTML)
    {
      if (w->html_to > w->html_from)
        blank_tags (w->out, w->html_from, w->html_to);
      w->html_block = FALSE;
    }
  return 0;
}

static int
md_enter_span (MD_SPANTYPE type, void *detail, void *data)
{
  MdWalk *w = data;
  if (type == MD_SPAN_A)
    w->link_href = ((const MD_SPAN_A_DETAIL *) detail)->href.text;
  return 0;
}

static int
md_leave_span (MD_SPANTYPE type, void *detail, void *data)
{
  MdWalk *w = data;
  if (type == MD_SPAN_A)
    w->link_href = NULL;
  return 0;
}

static int
md_text (MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
  MdWalk *w = data;
  /* line breaks and code indentation come as md4c's own strings: the newline
   * is already in place */
  if (text < w->src || size > w->len || text > w->src + (w->len - size))
    return 0;
  gsize at = (gsize) (text - w->src);
  switch (type)
    {
    case MD_TEXT_NORMAL:
      /* an autolink (<https://...>) shows its target: a URL is not prose */
      if (w->raw_element >= 0 || (w->link_href != NULL && text == w->link_href))
        return 0;
      break;
    case MD_TEXT_ENTITY:
      if (w->raw_element >= 0)
        return 0;
      for (guint i = 0; xc_space_entities[i]; i++)
        if (strlen (xc_space_entities[i]) == size && memcmp (text, xc_space_entities[i], size) == 0)
          return 0;
      break;
    case MD_TEXT_HTML:
      if (w->html_block)
        {
          /* copied, then its tags are blanked when the block ends */
          w->html_from = MIN (w->html_from, at);
          w->html_to = MAX (w->html_to, at + size);
          break;
        }
      /* inline: the tag itself stays blank; <script>/<style> blank what follows */
      if (size > 1 && text[1] == '/')
        {
          if (w->raw_element >= 0)
            {
              gsize n = strlen (xc_raw_text_elements[w->raw_element]);
              if (size >= n + 2 && g_ascii_strncasecmp (text + 2, xc_raw_text_elements[w->raw_element], n) == 0)
                w->raw_element = -1;
            }
        }
      else if (w->raw_element < 0)
        {
          /* without a closing tag later on (a tag named in prose) only the tag goes */
          int k = raw_text_element (text, 0, size);
          if (k >= 0 && !w->unclosed[k])
            {
              g_autofree char *closing = g_strconcat ("</", xc_raw_text_elements[k], NULL);
              gsize rest = w->len - (at + size);
              gboolean found = FALSE;
              for (const char *q = memchr (text + size, '<', rest); q && !found;
                   q = memchr (q + 1, '<', (gsize) (w->src + w->len - (q + 1))))
                found = (gsize) (w->src + w->len - q) >= strlen (closing)
                        && g_ascii_strncasecmp (q, closing, strlen (closing)) == 0;
              if (found)
                w->raw_element = k;
              else
                w->unclosed[k] = TRUE;
            }
        }
      return 0;
    case MD_TEXT_CODE:       /* code spans and code blocks are never prose */
    case MD_TEXT_NULLCHAR:
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
    case MD_TEXT_LATEXMATH:
    default:
      return 0;
    }
  memcpy (w->out + at, text, size);
  return 0;
}

gboolean
xc_markup_markdown_text (XcDocument *doc, GError **error)
{
  if (doc->text_len > G_MAXUINT32)
    {
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: too large for the Markdown parser", doc->name);
      return FALSE;
    }
  MdWalk w = {
    .src = doc->text,
    .len = doc->text_len,
    .out = g_malloc (doc->text_len + 1),
    .raw_element = -1,
  };
  for (gsize i = 0; i < doc->text_len; i++)
    w.out[i] = doc->text[i] == '\n' ? '\n' : ' ';
  w.out[doc->text_len] = '\0';
  /* CommonMark with GitHub's tables, strikethrough and task lists; bare URLs
   * stay text, as in any other prose */
  const MD_PARSER parser = {
    .flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS,
    .enter_block = md_enter_block,
    .leave_block = md_leave_block,
    .enter_span = md_enter_span,
    .leave_span = md_leave_span,
    .text = md_text,
  };
  if (md_parse (doc->text, (MD_SIZE) doc->text_len, &parser, &w) != 0)
    {
      g_free (w.out);
      g_set_error (error, XC_ERROR, XC_ERROR_INPUT, "%s: the Markdown parser could not read it", doc->name);
      return FALSE;
    }
  g_free (doc->text);
  doc->text = w.out;
  return TRUE;
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
  /* libxml2 sets up its globals on first use and asks a threaded program to do
   * that once before its threads read (check --jobs loads documents on several) */
  static gsize xml_ready;
  if (g_once_init_enter (&xml_ready))
    {
      xmlInitParser ();
      g_once_init_leave (&xml_ready, 1);
    }
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
