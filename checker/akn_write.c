/* akn_write.c - write a document as Akoma Ntoso 3.0 (`lexgap import`).
 *
 * The mapping is chosen so that every document the importers build is valid
 * against the OASIS schema: known kinds keep their element, others become
 * hcontainer; a unit with children carries its own text in intro (and any
 * trailing text in wrapUp), a unit without children in content/p; text
 * before the first provision is the preamble. Text is escaped here and
 * characters XML forbids are replaced, so any input bytes give
 * well-formed output. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "akn.h"
#include "lexgap.h"
#include "util.h"

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

/* Text content: escape markup, replace what XML 1.0 cannot carry. */
static void
esc(lg_buf *b, const char *s, size_t n, int attr)
{
	size_t i = 0;
	int w;
	long cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			if (c == '&')
				lg_buf_puts(b, "&amp;");
			else if (c == '<')
				lg_buf_puts(b, "&lt;");
			else if (c == '>')
				lg_buf_puts(b, "&gt;");
			else if (c == '"' && attr)
				lg_buf_puts(b, "&quot;");
			else if (c == '\n' || c == '\t' || c == '\r')
				lg_buf_putc(b, ' ');
			else if (c < 0x20 || c == 0x7F)
				lg_buf_puts(b, "\xEF\xBF\xBD");
			else
				lg_buf_putc(b, (char)c);
			i++;
			continue;
		}
		cp = lg_utf8_decode((const unsigned char *)s + i, n - i, &w);
		if (cp < 0 || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp <= 0x9F))
			lg_buf_puts(b, "\xEF\xBF\xBD");
		else
			lg_buf_put(b, s + i, (size_t)w);
		i += (size_t)w;
	}
}

static void
esc_str(lg_buf *b, const char *s, int attr)
{
	esc(b, s, strlen(s), attr);
}

static int
hier_element(const char *kind)
{
	static const char *const t[] = {
		"article", "section", "subsection", "paragraph", "subparagraph", "point", "part",
		"subpart", "book", "tome", "title", "subtitle", "chapter", "subchapter", "division",
		"subdivision", "clause", "subclause", "rule", "subrule", "alinea", "indent",
		"level", "list", "proviso", "transitional", NULL
	};
	size_t i;

	for (i = 0; t[i] != NULL; i++)
		if (strcmp(t[i], kind) == 0)
			return 1;
	return 0;
}

/* One <p> per line of doc->text[from, to); nothing if it is only blanks. */
static int
paras(lg_buf *b, const lg_doc *doc, size_t from, size_t to, int indent)
{
	size_t i = from, j, k, n = 0;

	while (i < to) {
		for (j = i; j < to && doc->text[j] != '\n'; j++)
			;
		for (k = i; k < j && doc->text[k] == ' '; k++)
			;
		while (j > k && doc->text[j - 1] == ' ')
			j--;
		if (j > k) {
			lg_buf_printf(b, "%*s<p>", indent, "");
			esc(b, doc->text + k, j - k, 0);
			lg_buf_puts(b, "</p>\n");
			n++;
		}
		for (i = j; i < to && doc->text[i] != '\n'; i++)
			;
		i++;
	}
	return (int)n;
}

static int
blank(const lg_doc *doc, size_t from, size_t to)
{
	for (; from < to; from++)
		if (!isspace((unsigned char)doc->text[from]))
			return 0;
	return 1;
}

/* Write provision idx and its descendants; returns the index after them. */
static size_t
write_prov(lg_buf *b, const lg_doc *doc, size_t idx, int indent)
{
	const struct lg_prov *p = &doc->prov[idx];
	const char *el = hier_element(p->kind) ? p->kind : "hcontainer";
	size_t c, first = idx + 1, at;
	int has_children = first < doc->nprov && doc->prov[first].parent == (int)idx;

	lg_buf_printf(b, "%*s<%s eId=\"", indent, "", el);
	esc_str(b, p->eid, 1);
	lg_buf_putc(b, '"');
	if (strcmp(el, "hcontainer") == 0) {
		lg_buf_puts(b, " name=\"");
		esc_str(b, p->kind, 1);
		lg_buf_putc(b, '"');
	}
	lg_buf_puts(b, ">\n");
	if (p->num != NULL) {
		lg_buf_printf(b, "%*s<num>", indent + 2, "");
		esc_str(b, p->num, 0);
		lg_buf_puts(b, "</num>\n");
	}
	if (p->heading != NULL) {
		lg_buf_printf(b, "%*s<heading>", indent + 2, "");
		esc_str(b, p->heading, 0);
		lg_buf_puts(b, "</heading>\n");
	}
	if (!has_children) {
		lg_buf_printf(b, "%*s<content>\n", indent + 2, "");
		if (paras(b, doc, p->body, p->end, indent + 4) == 0)
			lg_buf_printf(b, "%*s<p/>\n", indent + 4, "");
		lg_buf_printf(b, "%*s</content>\n", indent + 2, "");
		lg_buf_printf(b, "%*s</%s>\n", indent, "", el);
		return idx + 1;
	}
	if (!blank(doc, p->body, doc->prov[first].start)) {
		lg_buf_printf(b, "%*s<intro>\n", indent + 2, "");
		paras(b, doc, p->body, doc->prov[first].start, indent + 4);
		lg_buf_printf(b, "%*s</intro>\n", indent + 2, "");
	}
	c = first;
	at = p->body;
	while (c < doc->nprov && doc->prov[c].parent == (int)idx) {
		/* Text between two children has no place in AKN but a crossHeading. */
		if (c > first && !blank(doc, at, doc->prov[c].start)) {
			size_t k = at, e = doc->prov[c].start;

			lg_buf_printf(b, "%*s<crossHeading>", indent + 2, "");
			while (k < e && isspace((unsigned char)doc->text[k]))
				k++;
			while (e > k && isspace((unsigned char)doc->text[e - 1]))
				e--;
			esc(b, doc->text + k, e - k, 0);
			lg_buf_puts(b, "</crossHeading>\n");
		}
		at = doc->prov[c].end;
		c = write_prov(b, doc, c, indent + 2);
	}
	if (!blank(doc, at, p->end)) {
		lg_buf_printf(b, "%*s<wrapUp>\n", indent + 2, "");
		paras(b, doc, at, p->end, indent + 4);
		lg_buf_printf(b, "%*s</wrapUp>\n", indent + 2, "");
	}
	lg_buf_printf(b, "%*s</%s>\n", indent, "", el);
	return c;
}

static const char *
lang3(const char *l)
{
	static const char *t[][2] = {
		{ "en", "eng" }, { "fr", "fra" }, { "es", "spa" }, { "pt", "por" }, { "ar", "ara" },
		{ "it", "ita" }, { "de", "deu" },
	};
	size_t i;

	for (i = 0; l != NULL && i < sizeof(t) / sizeof(t[0]); i++)
		if (strncmp(l, t[i][0], 2) == 0)
			return t[i][1];
	return "und";
}

/* A URI component: lower-case ASCII letters and digits, '-' for the rest. */
static char *
slug(const char *s, const char *fallback)
{
	lg_buf b;

	lg_buf_init(&b);
	for (; s != NULL && *s; s++) {
		if (isalnum((unsigned char)*s))
			lg_buf_putc(&b, (char)tolower((unsigned char)*s));
		else if (b.len > 0 && b.p[b.len - 1] != '-')
			lg_buf_putc(&b, '-');
		if (b.len >= 60)
			break;
	}
	while (b.len > 0 && b.p[b.len - 1] == '-')
		lg_buf_truncate(&b, b.len - 1);
	if (b.len == 0)
		lg_buf_puts(&b, fallback);
	return lg_buf_detach(&b);
}

static int
valid_date(const char *d)
{
	size_t i;

	if (d == NULL || strlen(d) != 10)
		return 0;
	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? d[i] != '-' : !isdigit((unsigned char)d[i]))
			return 0;
	return strncmp(d + 5, "13", 2) < 0 && strncmp(d + 5, "00", 2) > 0 &&
	    strncmp(d + 8, "32", 2) < 0 && strncmp(d + 8, "00", 2) > 0;
}

static void
identification(lg_buf *b, const lg_doc *doc)
{
	const char *date = valid_date(doc->date) ? doc->date : "0001-01-01";
	const char *dname = valid_date(doc->date) ? "enactment" : "unknown";
	const char *lang = lang3(doc->lang), *base = doc->path ? strrchr(doc->path, '/') : NULL;
	char *country = slug(doc->country, "xx"), *number, *file, *dot;

	file = lg_xstrdup(base ? base + 1 : doc->path ? doc->path : "document");
	if ((dot = strrchr(file, '.')) != NULL && dot != file)
		*dot = '\0';
	number = slug(doc->number ? doc->number : file, "1");
	if (strlen(country) != 2 && strcmp(country, "xx") != 0) {
		free(country);
		country = lg_xstrdup("xx");
	}
	lg_buf_puts(b, "      <identification source=\"#lexgap\">\n");
	lg_buf_printf(b, "      <FRBRWork>\n"
	    "        <FRBRthis value=\"/akn/%s/act/%s/%s/!main\"/>\n"
	    "        <FRBRuri value=\"/akn/%s/act/%s/%s\"/>\n"
	    "        <FRBRdate date=\"%s\" name=\"%s\"/>\n"
	    "        <FRBRauthor href=\"#author\"/>\n"
	    "        <FRBRcountry value=\"%s\"/>\n",
	    country, date, number, country, date, number, date, dname, country);
	if (doc->number != NULL) {
		lg_buf_puts(b, "        <FRBRnumber value=\"");
		esc_str(b, doc->number, 1);
		lg_buf_puts(b, "\"/>\n");
	}
	if (doc->title != NULL) {
		lg_buf_puts(b, "        <FRBRname value=\"");
		esc_str(b, doc->title, 1);
		lg_buf_puts(b, "\"/>\n");
	}
	lg_buf_printf(b, "      </FRBRWork>\n"
	    "      <FRBRExpression>\n"
	    "        <FRBRthis value=\"/akn/%s/act/%s/%s/%s@/!main\"/>\n"
	    "        <FRBRuri value=\"/akn/%s/act/%s/%s/%s@\"/>\n"
	    "        <FRBRdate date=\"%s\" name=\"%s\"/>\n"
	    "        <FRBRauthor href=\"#author\"/>\n"
	    "        <FRBRlanguage language=\"%s\"/>\n"
	    "      </FRBRExpression>\n"
	    "      <FRBRManifestation>\n"
	    "        <FRBRthis value=\"/akn/%s/act/%s/%s/%s@/!main.xml\"/>\n"
	    "        <FRBRuri value=\"/akn/%s/act/%s/%s/%s@.akn\"/>\n"
	    "        <FRBRdate date=\"%s\" name=\"%s\"/>\n"
	    "        <FRBRauthor href=\"#lexgap\"/>\n"
	    "      </FRBRManifestation>\n"
	    "      </identification>\n",
	    country, date, number, lang, country, date, number, lang, date, dname, lang,
	    country, date, number, lang, country, date, number, lang, date, dname);
	free(country);
	free(number);
	free(file);
}

int
lg_akn_write(const lg_doc *doc, lg_buf *out)
{
	size_t i, first;

	lg_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	lg_buf_puts(out, "<akomaNtoso xmlns=\"" AKN_NS "\">\n  <act name=\"act\">\n    <meta>\n");
	identification(out, doc);
	lg_buf_puts(out, "      <references source=\"#lexgap\">\n"
	    "        <TLCOrganization eId=\"lexgap\" href=\"/ontology/organization/lexgap\" showAs=\"lexgap\"/>\n"
	    "        <TLCPerson eId=\"author\" href=\"/ontology/person/author\" showAs=\"Author\"/>\n"
	    "      </references>\n    </meta>\n");
	if (doc->title != NULL || doc->number != NULL || valid_date(doc->date)) {
		lg_buf_puts(out, "    <preface>\n");
		if (doc->title != NULL) {
			lg_buf_puts(out, "      <p><docTitle>");
			esc_str(out, doc->title, 0);
			lg_buf_puts(out, "</docTitle></p>\n");
		}
		if (doc->number != NULL) {
			lg_buf_puts(out, "      <p><docNumber>");
			esc_str(out, doc->number, 0);
			lg_buf_puts(out, "</docNumber></p>\n");
		}
		if (valid_date(doc->date))
			lg_buf_printf(out, "      <p><docDate date=\"%s\">%s</docDate></p>\n", doc->date, doc->date);
		lg_buf_puts(out, "    </preface>\n");
	}
	first = doc->nprov > 0 ? doc->prov[0].start : doc->text_len;
	if (!blank(doc, 0, first)) {
		lg_buf_puts(out, "    <preamble>\n");
		paras(out, doc, 0, first, 6);
		lg_buf_puts(out, "    </preamble>\n");
	}
	lg_buf_puts(out, "    <body>\n");
	if (doc->nprov == 0)
		lg_buf_puts(out, "      <paragraph eId=\"para_1\">\n        <content>\n          <p/>\n"
		    "        </content>\n      </paragraph>\n");
	for (i = 0; i < doc->nprov;) {
		if (doc->prov[i].parent >= 0) {
			i++;	/* not reached: children are written by their parent */
			continue;
		}
		i = write_prov(out, doc, i, 6);
	}
	lg_buf_puts(out, "    </body>\n  </act>\n</akomaNtoso>\n");
	return LG_OK;
}
