/* import_html.c - HTML legislation into logical lines for the structure
 * recogniser (structure.c): libxml2's HTML parser (no network, recovering),
 * then a walk of the DOM where each block element becomes a line carrying the
 * source line of its first text. Scripts, styles, navigation and superseded
 * wording (<strike>, <del>, <s>: Planalto keeps repealed text struck through
 * next to the text in force) never become text. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "import.h"
#include "lexgap.h"
#include "structure.h"
#include "util.h"

static int
name_in(const xmlNode *n, const char *const *names)
{
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strcasecmp((const char *)n->name, names[i]) == 0)
			return 1;
	return 0;
}

static const char *const SKIP[] = {
	"script", "style", "nav", "noscript", "template", "head", "header", "footer",
	"strike", "del", "s", "button", "select", "iframe", "object", "svg", NULL
};
static const char *const STRUCK[] = { "strike", "del", "s", NULL };
static const char *const BLOCK[] = {
	"p", "div", "li", "td", "th", "tr", "table", "ul", "ol", "dl", "dt", "dd",
	"blockquote", "pre", "center", "section", "article", "main", "aside", "body",
	"h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "form", "fieldset", "address",
	"caption", "figure", "figcaption", NULL
};

struct walk {
	struct lg_lines	*l;
	lg_buf		 cur;
	unsigned	 line, flags;
	size_t		 struck;	/* <strike>/<del>/<s> elements left out */
};

static void
flush(struct walk *w)
{
	if (w->cur.len > 0) {
		lg_lines_add(w->l, w->cur.p, w->cur.len, w->line, w->flags);
		lg_lines_add(w->l, "", 0, w->line, 0);
	}
	lg_buf_truncate(&w->cur, 0);
	w->line = 0;
	w->flags = 0;
}

static int
blank_text(const xmlChar *s)
{
	for (; *s; s++)
		if (!isspace(*s) && !(s[0] == 0xC2 && s[1] == 0xA0))
			return 0;
		else if (*s == 0xC2)
			s++;
	return 1;
}

static int
is_heading(const xmlNode *n)
{
	const char *s = (const char *)n->name;

	return (s[0] == 'h' || s[0] == 'H') && s[1] >= '1' && s[1] <= '6' && s[2] == '\0';
}

static long
newlines(const xmlChar *s)
{
	long n = 0;

	for (; s != NULL && *s; s++)
		n += *s == '\n';
	return n;
}

/* Newlines in the text of an element's subtree (no recursion). */
static long
subtree_newlines(xmlNode *e)
{
	xmlNode *n = e->children;
	long nl = 0;

	while (n != NULL && n != e) {
		if (n->type == XML_TEXT_NODE)
			nl += newlines(n->content);
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != e && n->next == NULL)
			n = n->parent;
		if (n != e)
			n = n->next;
	}
	return nl;
}

/* Source line where the visible text of node t starts. libxml2 gives a text
 * node the line where the parser was when it created it (often the end of
 * its first chunk), but an element the line of its start tag: count from the
 * nearest element before t. */
static unsigned
text_line(xmlNode *t)
{
	xmlNode *b = t->prev;
	const xmlChar *p;
	long line, nl = 0;

	while (b != NULL && b->type != XML_ELEMENT_NODE) {
		if (b->type == XML_TEXT_NODE)
			nl += newlines(b->content);
		b = b->prev;
	}
	if ((b != NULL ? b : t->parent) != NULL && (b != NULL ? b : t->parent)->line == 65535)
		/* Past 65535 elements have no line of their own: the text node
		 * knows where it ended, near enough. */
		line = xmlGetLineNo(t) - newlines(t->content);
	else if (b != NULL)
		line = xmlGetLineNo(b) + subtree_newlines(b) + nl;
	else
		line = (t->parent != NULL ? xmlGetLineNo(t->parent) : 1) + nl;
	for (p = t->content; *p && (isspace(*p) || (p[0] == 0xC2 && p[1] == 0xA0)); p++)
		line += *p == '\n';
	return line > 0 ? (unsigned)line : 1;
}

/* Walk without recursion (parent links) so deep nesting cannot exhaust the stack. */
static void
walk(struct walk *w, xmlNode *root)
{
	xmlNode *n = root, *up;
	int heading = 0;

	while (n != NULL) {
		int descend = 0;

		if (n->type == XML_ELEMENT_NODE) {
			if (name_in(n, STRUCK))
				w->struck++;
			if (!name_in(n, SKIP)) {
				if (name_in(n, BLOCK))
					flush(w);
				if (is_heading(n))
					heading++;
				descend = n->children != NULL;
				if (!descend && is_heading(n))
					heading--;
			}
		} else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL && n->content[0] != '\0') {
				/* The line of the first visible text, not of the indentation before it. */
				if (w->line == 0 && !blank_text(n->content))
					w->line = text_line(n);
				if (heading)
					w->flags |= LG_LINE_HEADING;
				lg_buf_puts(&w->cur, (const char *)n->content);
			}
		}
		if (descend) {
			n = n->children;
			continue;
		}
		/* Leave finished elements, closing blocks on the way up. */
		while (n != NULL && n != root && n->next == NULL) {
			up = n->parent;
			if (up != NULL && up->type == XML_ELEMENT_NODE) {
				if (name_in(up, BLOCK))
					flush(w);
				if (is_heading(up))
					heading--;
			}
			n = up;
		}
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
	flush(w);
}

/* Without a declared charset, libxml2 assumes Latin-1; most pages today are
 * UTF-8. Declared: trust it. Undeclared: UTF-8 if valid, else Windows-1252. */
static const char *
encoding_for(const char *buf, size_t len, const char *path, lg_diag *diag)
{
	size_t head = len < 4096 ? len : 4096, i, bad = 0;

	if (len >= 2 && (((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE) ||
	    ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF)))
		return NULL;
	for (i = 0; i + 7 < head; i++)
		if (strncasecmp(buf + i, "charset", 7) == 0)
			return NULL;
	if (lg_utf8_valid(buf, len, &bad))
		return "UTF-8";
	lg_diag_emit(diag, LG_LEVEL_WARNING, "encoding", path, 0, 0,
	    "not valid UTF-8 (first bad byte at offset %zu) and no charset declared; read as Windows-1252", bad);
	/* Five bytes are undefined in Windows-1252; Latin-1 takes any byte. */
	for (i = 0; i < len; i++)
		if (buf[i] != '\0' && strchr("\x81\x8D\x8F\x90\x9D", buf[i]) != NULL)
			return "ISO-8859-1";
	return "WINDOWS-1252";
}

/* htmlReadMemory, but with line numbers past 65535: the HTML parser does not
 * take XML_PARSE_BIG_LINES as an option, the SAX2 text handler honours it in
 * ctxt->options (the line goes to the text node's psvi, where xmlGetLineNo
 * finds it). */
static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static htmlDocPtr
parse(const char *buf, size_t len, const char *encoding)
{
	htmlParserCtxtPtr ctxt;
	xmlCharEncodingHandlerPtr enc;
	htmlDocPtr h;
	/* Encoding errors go to libxml2's generic handler, not the parser's:
	 * silence it for this parse (library code never prints). The handler
	 * is per thread in libxml2, so this is safe with parallel scans. */
	xmlGenericErrorFunc saved = xmlGenericError;
	void *saved_ctx = xmlGenericErrorContext;

	xmlSetGenericErrorFunc(NULL, quiet);
	ctxt = htmlCreateMemoryParserCtxt(buf, (int)len);
	if (ctxt == NULL) {
		xmlSetGenericErrorFunc(saved_ctx, saved);
		return NULL;
	}
	if (encoding != NULL && (enc = xmlFindCharEncodingHandler(encoding)) != NULL)
		xmlSwitchToEncoding(ctxt, enc);
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_RECOVER);
	ctxt->options |= XML_PARSE_BIG_LINES;
	(void)htmlParseDocument(ctxt);
	h = ctxt->myDoc;
	ctxt->myDoc = NULL;
	htmlFreeParserCtxt(ctxt);
	xmlSetGenericErrorFunc(saved_ctx, saved);
	return h;
}

int
lg_import_html(const char *buf, size_t len, const char *path, lg_diag *diag, lg_doc **out)
{
	htmlDocPtr h;
	xmlNode *root, *n;
	struct lg_lines l;
	struct walk w;
	lg_doc *doc;
	xmlChar *title;

	*out = NULL;
	if (len > (size_t)0x7fffffff) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "too-large", path, 0, 0, "HTML file too large to parse");
		return LG_ELIMIT;
	}
	h = parse(buf, len, encoding_for(buf, len, path, diag));
	if (h == NULL || (root = xmlDocGetRootElement(h)) == NULL) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "html-syntax", path, 0, 0, "cannot parse the HTML");
		if (h != NULL)
			xmlFreeDoc(h);
		return LG_EINVALID;
	}
	doc = lg_doc_new(path);
	doc->format = lg_xstrdup("html");
	lg_lines_init(&l);
	/* <title> and <html lang> are metadata, not law text. */
	for (n = root->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, "head") == 0) {
			xmlNode *t;

			for (t = n->children; t != NULL; t = t->next)
				if (t->type == XML_ELEMENT_NODE && strcasecmp((const char *)t->name, "title") == 0 &&
				    (title = xmlNodeGetContent(t)) != NULL) {
					lg_buf tb;

					lg_buf_init(&tb);
					lg_buf_printf(&tb, "title: %s", (const char *)title);
					lg_lines_add(&l, tb.p, tb.len, (unsigned)xmlGetLineNo(t), LG_LINE_FRONT);
					lg_buf_free(&tb);
					xmlFree(title);
				}
		}
	if ((title = xmlGetProp(root, (const xmlChar *)"lang")) != NULL) {
		lg_doc_set(doc, &doc->lang, (const char *)title);
		xmlFree(title);
	}
	memset(&w, 0, sizeof(w));
	w.l = &l;
	lg_buf_init(&w.cur);
	walk(&w, root);
	lg_buf_free(&w.cur);
	if (w.struck > 0)
		lg_diag_emit(diag, LG_LEVEL_NOTE, "html-struck", path, 0, 0,
		    "%zu struck-out passages (<strike>, <del>, <s>) left out as superseded wording", w.struck);
	xmlFreeDoc(h);
	lg_structure(&l, doc, diag);
	lg_lines_free(&l);
	*out = doc;
	return LG_OK;
}
