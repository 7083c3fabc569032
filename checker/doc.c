/* doc.c - build and query the provision model (see doc.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexgap.h"
#include "util.h"

lg_doc *
lg_doc_new(const char *path)
{
	lg_doc *doc = lg_xcalloc(1, sizeof(*doc));

	doc->path = lg_xstrdup(path ? path : "-");
	doc->text = lg_xstrdup("");
	doc->text_cap = 1;
	return doc;
}

void
lg_doc_reserve(lg_doc *doc, size_t n)
{
	if (n + 1 > doc->text_cap) {
		doc->text = lg_xrealloc(doc->text, n + 1);
		doc->text_cap = n + 1;
	}
}

void
lg_doc_free(lg_doc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nprov; i++) {
		free(doc->prov[i].eid);
		free(doc->prov[i].kind);
		free(doc->prov[i].num);
		free(doc->prov[i].heading);
		free(doc->prov[i].path);
	}
	free(doc->prov);
	free(doc->lines);
	free(doc->text);
	free(doc->path);
	free(doc->format);
	free(doc->doctype);
	free(doc->title);
	free(doc->country);
	free(doc->lang);
	free(doc->date);
	free(doc->work_uri);
	free(doc->number);
	free(doc);
}

void
lg_doc_set(lg_doc *doc, char **field, const char *value)
{
	(void)doc;
	if (value == NULL || *value == '\0')
		return;
	free(*field);
	*field = lg_xstrdup(value);
}

static void
put(lg_doc *doc, const char *s, size_t n)
{
	if (doc->text_len + n + 1 > doc->text_cap)
		doc->text = lg_grow(doc->text, &doc->text_cap, doc->text_len + n + 1, 1);
	memcpy(doc->text + doc->text_len, s, n);
	doc->text_len += n;
	doc->text[doc->text_len] = '\0';
}

static void
mark_line(lg_doc *doc, unsigned line)
{
	if (line == 0)
		return;
	if (doc->nlines > 0 && doc->lines[doc->nlines - 1].line == line)
		return;
	if (doc->nlines > 0 && doc->lines[doc->nlines - 1].off == doc->text_len) {
		doc->lines[doc->nlines - 1].line = line;
		return;
	}
	doc->lines = lg_grow(doc->lines, &doc->lines_cap, doc->nlines + 1, sizeof(*doc->lines));
	doc->lines[doc->nlines].off = doc->text_len;
	doc->lines[doc->nlines].line = line;
	doc->nlines++;
}

/* The document text is valid UTF-8 whatever a loader hands over (a parser
 * recovering from a bad charset can pass a stray byte): invalid bytes
 * become U+FFFD, so every consumer can decode it without checks. */
static void
put_utf8(lg_doc *doc, const char *s, size_t n)
{
	size_t i = 0, bad;
	int k;

	if (lg_utf8_valid(s, n, &bad)) {
		put(doc, s, n);
		return;
	}
	while (i < n) {
		if (lg_utf8_decode((const unsigned char *)s + i, n - i, &k) < 0) {
			put(doc, "\xef\xbf\xbd", 3);
			i++;
			continue;
		}
		put(doc, s + i, (size_t)k);
		i += (size_t)k;
	}
}

void
lg_doc_text(lg_doc *doc, const char *s, size_t n, unsigned line)
{
	size_t i = 0, j;
	unsigned char high;

	while (i < n) {
		/* Collapse any run of ASCII whitespace (and NBSP) into one space. */
		if (isspace((unsigned char)s[i]) ||
		    ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)) {
			doc->need_space = 1;
			i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
			continue;
		}
		j = i;
		high = 0;
		while (j < n && !isspace((unsigned char)s[j]) &&
		    !((unsigned char)s[j] == 0xC2 && j + 1 < n && (unsigned char)s[j + 1] == 0xA0))
			high |= (unsigned char)s[j++];
		if (doc->need_space && doc->text_len > 0 &&
		    doc->text[doc->text_len - 1] != '\n')
			put(doc, " ", 1);
		doc->need_space = 0;
		mark_line(doc, line);
		if (high & 0x80)
			put_utf8(doc, s + i, j - i);
		else
			put(doc, s + i, j - i);
		i = j;
	}
	/* Text from consecutive nodes joins with a space unless it already did. */
	if (n > 0 && !isspace((unsigned char)s[n - 1]))
		doc->need_space = 0;
}

void
lg_doc_break(lg_doc *doc)
{
	if (doc->text_len > 0 && doc->text[doc->text_len - 1] != '\n')
		put(doc, "\n", 1);
	doc->need_space = 0;
}

static const char *
kind_abbrev(const char *kind)
{
	static const struct { const char *kind, *abbr; } t[] = {
		{ "article", "art" }, { "section", "sec" }, { "subsection", "subsec" },
		{ "paragraph", "para" }, { "subparagraph", "subpara" }, { "point", "point" },
		{ "item", "item" }, { "list", "list" }, { "chapter", "chp" }, { "part", "part" },
		{ "title", "title" }, { "book", "book" }, { "clause", "clause" },
		{ "rule", "rule" }, { "subrule", "subrule" }, { "division", "dvs" },
		{ "subdivision", "subdvs" }, { "hcontainer", "hcontainer" },
		{ "subchapter", "subchp" }, { "subpart", "subpart" }, { "subtitle", "subtitle" },
		{ "proviso", "proviso" }, { "indent", "indent" }, { "alinea", "al" },
		{ "tome", "tome" }, { "level", "lvl" }, { "definition", "def" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i].kind, kind) == 0)
			return t[i].abbr;
	return kind;
}

static const char *
kind_label(const char *kind)
{
	if (strcmp(kind, "article") == 0)
		return "Art.";
	if (strcmp(kind, "section") == 0)
		return "s.";
	if (strcmp(kind, "paragraph") == 0)
		return "para.";
	if (strcmp(kind, "chapter") == 0)
		return "Chapter";
	if (strcmp(kind, "part") == 0)
		return "Part";
	if (strcmp(kind, "title") == 0)
		return "Title";
	if (strcmp(kind, "book") == 0)
		return "Book";
	return NULL;
}

/* AKN naming convention: the num with punctuation dropped, lower case. */
static char *
num_token(const char *num, size_t ordinal)
{
	lg_buf b;
	const unsigned char *p;

	lg_buf_init(&b);
	if (num != NULL) {
		/* Skip a leading label word ("Artículo", "Section", "Art.", "§"). */
		p = (const unsigned char *)num;
		while (*p && !isdigit(*p) && *p != '(' && !(isupper(*p) && (p[1] == '.' || p[1] == ')' || p[1] == ' ' || p[1] == '\0') && p != (const unsigned char *)num && p[-1] == ' ')) {
			if (*p == ' ' && (isdigit(p[1]) || p[1] == '('))
				break;
			p++;
		}
		if (*p == '\0')
			p = (const unsigned char *)num;
		for (; *p; p++) {
			if (isalnum(*p))
				lg_buf_putc(&b, (char)tolower(*p));
			else if ((*p == '-' || *p == '.') && b.len > 0 && isalnum(p[1]))
				lg_buf_putc(&b, '-');
			else if (*p == ' ' && b.len > 0)
				break;
		}
	}
	if (b.len == 0)
		lg_buf_printf(&b, "%zu", ordinal);
	return lg_buf_detach(&b);
}

int
lg_doc_begin(lg_doc *doc, const char *kind, const char *eid, const char *num,
    const char *heading, unsigned line)
{
	struct lg_prov *p;
	int parent = doc->nopen > 0 ? doc->open[doc->nopen - 1] : -1;
	size_t siblings = 0;
	int j;
	char *tok;
	const char *label;
	lg_buf b;

	if (doc->nopen >= LG_MAX_DEPTH || doc->nopen >= (int)(sizeof(doc->open) / sizeof(doc->open[0])))
		return -1;
	lg_doc_break(doc);
	doc->prov = lg_grow(doc->prov, &doc->prov_cap, doc->nprov + 1, sizeof(*doc->prov));
	p = &doc->prov[doc->nprov];
	memset(p, 0, sizeof(*p));
	p->kind = lg_xstrdup(kind);
	p->num = num && *num ? lg_xstrdup(num) : NULL;
	p->heading = heading && *heading ? lg_xstrdup(heading) : NULL;
	p->line = line;
	p->parent = parent;
	p->depth = doc->nopen;
	p->start = doc->text_len;

	/* Siblings of the same kind, without scanning the document (imports of
	 * 20 MB codes open hundreds of thousands of provisions): the previous
	 * sibling is the ancestor-or-self of the last provision whose parent is
	 * ours, and siblings chain back through prev. */
	p->prev = -1;
	for (j = (int)doc->nprov - 1; j >= 0 && j != parent; j = doc->prov[j].parent)
		if (doc->prov[j].parent == parent) {
			p->prev = j;
			break;
		}
	for (j = p->prev; j >= 0; j = doc->prov[j].prev)
		if (strcmp(doc->prov[j].kind, kind) == 0) {
			siblings = doc->prov[j].ordinal;
			break;
		}
	p->ordinal = (unsigned)siblings + 1;
	if (eid != NULL && *eid != '\0')
		p->eid = lg_xstrdup(eid);
	else {
		/* A num without a token ("Artículo único") takes the ordinal. */
		tok = num_token(num, p->ordinal);
		if (parent >= 0)
			p->eid = lg_xasprintf("%s__%s_%s", doc->prov[parent].eid, kind_abbrev(kind), tok);
		else
			p->eid = lg_xasprintf("%s_%s", kind_abbrev(kind), tok);
		free(tok);
	}

	lg_buf_init(&b);
	if (parent >= 0) {
		/* puts, not printf: paths grow long and this runs per provision */
		lg_buf_puts(&b, doc->prov[parent].path);
		lg_buf_puts(&b, " › ");
	}
	label = kind_label(kind);
	if (p->num != NULL) {
		/* "Artículo 10." already says what it is; "10" alone gets a label. */
		if (label != NULL && (isdigit((unsigned char)p->num[0]) || p->num[0] == '('))
			lg_buf_printf(&b, "%s %s", label, p->num);
		else
			lg_buf_puts(&b, p->num);
	} else if (p->heading != NULL)
		lg_buf_puts(&b, p->heading);
	else
		lg_buf_printf(&b, "%s %u", kind, p->ordinal);
	/* Trim a trailing dot or dash of the printed number ("Artículo 10.-"). */
	while (b.len > 0 && (b.p[b.len - 1] == '.' || b.p[b.len - 1] == '-' || b.p[b.len - 1] == ' '))
		lg_buf_truncate(&b, b.len - 1);
	p->path = lg_buf_detach(&b);

	doc->nprov++;
	doc->open[doc->nopen++] = (int)(doc->nprov - 1);
	if (p->num != NULL) {
		lg_doc_text(doc, p->num, strlen(p->num), line);
		doc->need_space = 1;
	}
	if (p->heading != NULL) {
		lg_doc_text(doc, p->heading, strlen(p->heading), line);
		lg_doc_break(doc);
	}
	doc->prov[doc->nprov - 1].body = doc->text_len;
	return (int)(doc->nprov - 1);
}

void
lg_doc_end(lg_doc *doc, int idx)
{
	if (idx < 0)
		return;
	/* Close any provision left open inside this one, then this one. */
	while (doc->nopen > 0) {
		int top = doc->open[--doc->nopen];

		doc->prov[top].end = doc->text_len;
		if (top == idx)
			break;
	}
	lg_doc_break(doc);
}

void
lg_doc_finish(lg_doc *doc)
{
	while (doc->nopen > 0)
		doc->prov[doc->open[--doc->nopen]].end = doc->text_len;
}

int
lg_doc_prov_at(const lg_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->nprov;
	int i;

	/* Provisions are in document order of start: find the last start <= off,
	 * then climb until a range contains off. */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (doc->prov[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = (int)lo - 1; i >= 0; i = doc->prov[i].parent)
		if (off < doc->prov[i].end || (off == doc->prov[i].end && off == doc->prov[i].start))
			return i;
	return -1;
}

unsigned
lg_doc_line_at(const lg_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->nlines;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (doc->lines[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? (doc->nlines ? doc->lines[0].line : 0) : doc->lines[lo - 1].line;
}

int
lg_prov_is_article(const struct lg_prov *p)
{
	return strcmp(p->kind, "article") == 0 || strcmp(p->kind, "section") == 0 ||
	    strcmp(p->kind, "rule") == 0;
}

int
lg_doc_article_of(const lg_doc *doc, int idx)
{
	int i, top = idx;

	for (i = idx; i >= 0; i = doc->prov[i].parent) {
		if (lg_prov_is_article(&doc->prov[i]))
			return i;
		top = i;
	}
	return top;
}
