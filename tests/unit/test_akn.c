/* test_akn.c - the Akoma Ntoso loader: versions, provisions, dirty files, refusals. */
#include <stdlib.h>

#include "testutil.h"
#include "akn.h"
#include "doc.h"
#include "lexgap.h"
#include "load.h"

/* Load an inline document, capturing diagnostics; returns the rc. */
static int
load(const char *xml, struct tu_capture *cap, lg_doc **doc)
{
	lg_diag *diag = lg_diag_new(tu_capture_cb, cap);
	int rc;

	lg_buf_init(&cap->text);
	cap->n = 0;
	rc = lg_akn_load(xml, strlen(xml), "t.xml", diag, doc);
	lg_diag_free(diag);
	return rc;
}

static int
find_prov(const lg_doc *doc, const char *eid)
{
	size_t i;

	for (i = 0; i < doc->nprov; i++)
		if (strcmp(doc->prov[i].eid, eid) == 0)
			return (int)i;
	return -1;
}

/* The provision's own text after num/heading, whitespace-trimmed, in a static buffer. */
static const char *
body_of(const lg_doc *doc, int i)
{
	static char buf[4096];
	const struct lg_prov *p = &doc->prov[i];
	size_t s = p->body, e = p->end, n;

	while (s < e && (doc->text[s] == ' ' || doc->text[s] == '\n'))
		s++;
	while (e > s && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n'))
		e--;
	n = e - s < sizeof(buf) - 1 ? e - s : sizeof(buf) - 1;
	memcpy(buf, doc->text + s, n);
	buf[n] = '\0';
	return buf;
}

static unsigned
count_errors(const struct tu_capture *cap)
{
	const char *p = cap->text.p;
	unsigned n = 0;

	for (; p != NULL && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		n += strncmp(p, "error ", 6) == 0;
	return n;
}

static unsigned
line_of(const lg_doc *doc, const char *word)
{
	const char *p = strstr(doc->text, word);

	return p ? lg_doc_line_at(doc, (size_t)(p - doc->text)) : 0;
}

static const char akn3[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"					/* 1 */
    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"	/* 2 */
    "<act name=\"trafficking\">\n"							/* 3 */
    "<meta><identification source=\"#x\">\n"						/* 4 */
    "<FRBRWork><FRBRthis value=\"/akn/xx/act/2020/5/main\"/><FRBRuri value=\"/akn/xx/act/2020/5\"/>\n" /* 5 */
    "<FRBRdate date=\"2020-03-01\" name=\"enacted\"/><FRBRauthor href=\"#p\"/>\n"	/* 6 */
    "<FRBRcountry value=\"xx\"/><FRBRnumber value=\"5\"/></FRBRWork>\n"		/* 7 */
    "<FRBRExpression><FRBRthis value=\"/e\"/><FRBRlanguage language=\"spa\"/></FRBRExpression>\n" /* 8 */
    "</identification></meta>\n"							/* 9 */
    "<preface><p>Ley <docTitle>Trafficking Act</docTitle></p></preface>\n"		/* 10 */
    "<body>\n"									/* 11 */
    "<chapter eId=\"chp_1\"><num>Chapter 1</num><heading>Offences</heading>\n"	/* 12 */
    "<article eId=\"art_10\">\n"							/* 13 */
    "  <num>Article 10</num>\n"							/* 14 */
    "  <heading>Trafficking in persons</heading>\n"					/* 15 */
    "  <paragraph eId=\"art_10__para_1\"><num>1.</num><content><p>Whoever recruits,\n" /* 16 */
    "transports or harbours a person\n"						/* 17 */
    "for exploitation is punished.</p></content></paragraph>\n"			/* 18 */
    "</article>\n"									/* 19 */
    "</chapter>\n"									/* 20 */
    "</body></act></akomaNtoso>\n";

static void
test_akn3_provisions(void **state)
{
	struct tu_capture cap;
	lg_doc *doc;
	int c, a, p;

	(void)state;
	assert_int_equal(load(akn3, &cap, &doc), LG_OK);
	assert_string_equal(doc->format, "akn3");
	assert_string_equal(doc->doctype, "act");
	assert_string_equal(doc->title, "Trafficking Act");
	assert_string_equal(doc->country, "xx");
	assert_string_equal(doc->lang, "es");
	assert_string_equal(doc->date, "2020-03-01");
	assert_string_equal(doc->work_uri, "/akn/xx/act/2020/5/main");
	assert_string_equal(doc->number, "5");
	assert_int_equal(doc->nprov, 3);
	c = find_prov(doc, "chp_1");
	a = find_prov(doc, "art_10");
	p = find_prov(doc, "art_10__para_1");
	assert_true(c == 0 && a == 1 && p == 2);
	assert_string_equal(doc->prov[a].kind, "article");
	assert_string_equal(doc->prov[a].num, "Article 10");
	assert_string_equal(doc->prov[a].heading, "Trafficking in persons");
	assert_string_equal(doc->prov[a].path, "Chapter 1 › Article 10");
	assert_int_equal(doc->prov[a].parent, c);
	assert_int_equal(doc->prov[p].parent, a);
	assert_int_equal(doc->prov[c].line, 12);
	assert_int_equal(doc->prov[a].line, 13);
	assert_int_equal(doc->prov[p].line, 16);
	assert_string_equal(body_of(doc, p),
	    "Whoever recruits, transports or harbours a person for exploitation is punished.");
	/* each line of a multi-line paragraph maps to its own source line */
	assert_int_equal(line_of(doc, "Whoever"), 16);
	assert_int_equal(line_of(doc, "harbours"), 17);
	assert_int_equal(line_of(doc, "exploitation"), 18);
	assert_int_equal(lg_doc_prov_at(doc, (size_t)(strstr(doc->text, "harbours") - doc->text)), p);
	/* preface text is kept, metadata is not */
	assert_non_null(strstr(doc->text, "Ley Trafficking Act"));
	assert_null(strstr(doc->text, "/akn/xx"));
	assert_int_equal(cap.n, 0);
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_wd17_prefixed(void **state)
{
	static const char xml[] =
	    "<an:akomaNtoso xmlns:an=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17\">"
	    "<an:bill><an:body><an:article eId=\"art_1\"><an:num>Art. 1</an:num>"
	    "<an:paragraph eId=\"art_1__para_1\"><an:content><an:p>Testo <an:i>uno</an:i>.</an:p>"
	    "</an:content></an:paragraph></an:article></an:body></an:bill></an:akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_string_equal(doc->format, "akn3-wd17");
	assert_string_equal(doc->doctype, "bill");
	assert_int_equal(doc->nprov, 2);
	assert_string_equal(doc->prov[1].eid, "art_1__para_1");
	assert_int_equal(doc->prov[1].parent, 0);
	assert_string_equal(body_of(doc, 1), "Testo uno.");
	assert_int_equal(cap.n, 0);
	lg_doc_free(doc);
	lg_buf_free(&cap.text);

	assert_int_equal(load("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD02\">"
	    "<act><body><section eId=\"sec_1\"><num>1</num><content><p>x</p></content></section>"
	    "</body></act></akomaNtoso>", &cap, &doc), LG_OK);
	assert_string_equal(doc->format, "akn3-csd02");
	assert_string_equal(doc->prov[0].path, "s. 1");
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_akn2_uses_id_without_warning(void **state)
{
	static const char xml[] =
	    "<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><act><meta><identification>"
	    "<FRBRWork><FRBRalias value=\"Ley de prueba\"/></FRBRWork></identification></meta>"
	    "<body><article id=\"art1\"><num>Artículo 1</num><heading>Objeto</heading>"
	    "<paragraph id=\"art1-par1\"><content><p>Texto.</p></content></paragraph>"
	    "</article></body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_string_equal(doc->format, "akn2");
	assert_string_equal(doc->title, "Ley de prueba");
	assert_int_equal(doc->nprov, 2);
	assert_string_equal(doc->prov[0].eid, "art1");
	assert_string_equal(doc->prov[0].heading, "Objeto");
	assert_string_equal(doc->prov[1].eid, "art1-par1");
	assert_int_equal(cap.n, 0);
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_id_fallback_and_duplicates_warn(void **state)
{
	static const char xml[] =
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n"
	    "<article id=\"art-1\"><num>Artículo 1</num><content><p>uno</p></content></article>\n"
	    "<article id=\"art-1\"><num>Artículo 1</num><content><p>dos</p></content></article>\n"
	    "<article wId=\"w3\"><content><p>tres</p></content></article>\n"
	    "<article><num>4</num><content><p>cuatro</p></content></article>\n"
	    "</body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_int_equal(doc->nprov, 4);
	assert_string_equal(doc->prov[0].eid, "art-1");
	assert_string_equal(doc->prov[2].eid, "w3");
	assert_string_equal(doc->prov[3].eid, "art_4");	/* generated */
	assert_string_equal(body_of(doc, 1), "dos");
	/* one @id warning per document, one per duplicate, with lines */
	assert_non_null(strstr(cap.text.p, "warning akn-id 2: uses @id instead of @eId"));
	assert_non_null(strstr(cap.text.p, "warning akn-duplicate-eid 3: duplicate eId \"art-1\" (first at line 2)"));
	assert_int_equal(cap.n, 2);
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_generated_eids(void **state)
{
	static const char xml[] =
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
	    "<paragraph><content><p>a</p></content></paragraph>"
	    "<paragraph><point><content><p>b</p></content></point>"
	    "<point><point><content><p>c</p></content></point></point></paragraph>"
	    "<paragraph><content><p>d</p></content></paragraph>"
	    "<section><num>Sec. 4A.</num><content><p>e</p></content></section>"
	    "</body></act></akomaNtoso>";
	static const char *const eids[] = {
		"para_1", "para_2", "para_2__point_1", "para_2__point_2",
		"para_2__point_2__point_1", "para_3", "sec_4a",
	};
	struct tu_capture cap;
	lg_doc *doc;
	size_t i;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_int_equal(doc->nprov, 7);
	for (i = 0; i < 7; i++)
		assert_string_equal(doc->prov[i].eid, eids[i]);
	assert_string_equal(doc->prov[3].path, "paragraph 2 › point 2");
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_not_akn_refused(void **state)
{
	struct tu_capture cap;
	lg_doc *doc = (lg_doc *)&cap;

	(void)state;
	assert_int_equal(load("<?xml version=\"1.0\"?>\n<uscDoc xmlns=\"http://xml.house.gov/schemas/uslm/1.0\">"
	    "<main><section><num>1</num></section></main></uscDoc>", &cap, &doc), LG_EINVALID);
	assert_null(doc);
	assert_string_equal(cap.text.p, "error akn-not-akn 2: not Akoma Ntoso: root element is <uscDoc> "
	    "in namespace http://xml.house.gov/schemas/uslm/1.0\n");
	lg_buf_free(&cap.text);

	assert_int_equal(load("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>",
	    &cap, &doc), LG_EINVALID);
	assert_non_null(strstr(cap.text.p, "akn-not-akn 1: not Akoma Ntoso: root element is <html> in namespace http://www.w3.org/1999/xhtml"));
	assert_int_equal(cap.n, 1);
	lg_buf_free(&cap.text);

	assert_int_equal(load("<law><p>x</p></law>", &cap, &doc), LG_EINVALID);
	assert_non_null(strstr(cap.text.p, "root element is <law> in namespace (none)"));
	lg_buf_free(&cap.text);

	/* no namespace at all: tolerated with a warning */
	assert_int_equal(load("<akomaNtoso><act><body><article eId=\"a\"><content><p>x</p></content>"
	    "</article></body></act></akomaNtoso>", &cap, &doc), LG_OK);
	assert_int_equal(doc->nprov, 1);
	assert_non_null(strstr(cap.text.p, "warning akn-namespace"));
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_malformed_refused_with_position(void **state)
{
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
	    "<act><body>\n<p>open\n</body></act></akomaNtoso>\n", &cap, &doc), LG_EINVALID);
	assert_null(doc);
	assert_int_equal(cap.n, 1);
	assert_non_null(strstr(cap.text.p, "error xml-malformed 4: Opening and ending tag mismatch: p line 3 and body\n"));
	lg_buf_free(&cap.text);

	assert_int_equal(load("<akomaNtoso", &cap, &doc), LG_EINVALID);
	assert_non_null(strstr(cap.text.p, "error xml-malformed 1: Couldn't find end of Start Tag akomaNtoso\n"));
	assert_int_equal(count_errors(&cap), 1);
	lg_buf_free(&cap.text);
}

static void
test_inline_spacing(void **state)
{
	static const char xml[] =
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
	    "<article eId=\"a\"><content><p>La <b>tra</b>ta de foo<br/>bar y <i>otros</i> "
	    "<ref href=\"#x\">delitos</ref>,<eol/>fin<authorialNote><p>nota</p></authorialNote></p>"
	    "<p>siguiente<![CDATA[ cdata]]> &amp; m&#xE1;s</p></content></article>"
	    "</body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_string_equal(body_of(doc, 0),
	    "La trata de foo bar y otros delitos, fin\nnota\nsiguiente cdata & más");
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_flattened_articles_recovered(void **state)
{
	static const char xml[] =
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n"
	    "<chapter id=\"c1\"><num>CAPÍTULO I</num>\n"
	    "<hcontainer name=\"p\"><content><p>Artículo 1.- Objeto de la ley.</p></content></hcontainer>\n"
	    "<hcontainer name=\"p\"><content><p>I. primera fracción;</p></content></hcontainer>\n"
	    "<hcontainer name=\"p\"><content><p>Artículo 89 de la Constitución (no es un artículo).</p></content></hcontainer>\n"
	    "<hcontainer name=\"p\"><content><p>Artículo 2o. Comete el delito quien capte.</p></content></hcontainer>\n"
	    "</chapter>\n"
	    "<chapter id=\"c2\"><num>CAPÍTULO II</num>\n"
	    "<paragraph id=\"p9\"><content><p><b>Artículo</b> 3 bis.- Otro.</p></content></paragraph>\n"
	    "<paragraph id=\"p10\"><content><p>\n  ARTICULO\n4 bis.- Cuarto bis.</p></content></paragraph>\n"
	    "</chapter>\n"
	    "</body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;
	size_t i, arts = 0;
	int a1 = -1, a2 = -1;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	for (i = 0; i < doc->nprov; i++)
		if (strcmp(doc->prov[i].kind, "article") == 0) {
			arts++;
			if (a1 < 0)
				a1 = (int)i;
			else if (a2 < 0)
				a2 = (int)i;
		}
	assert_int_equal(arts, 3);	/* "<b>Artículo</b> 3" is split by markup: not recovered */
	assert_string_equal(doc->prov[a1].num, "Artículo 1");
	assert_string_equal(doc->prov[a1].eid, "c1__art_1");
	assert_string_equal(doc->prov[a1].path, "CAPÍTULO I › Artículo 1");
	assert_int_equal(doc->prov[a1].line, 3);
	/* the following paragraphs (and the cross-reference) nest in article 1 */
	assert_non_null(strstr(doc->text + doc->prov[a1].start, "primera fracción"));
	assert_true(strstr(doc->text, "Artículo 89") - doc->text < (long)doc->prov[a1].end);
	assert_string_equal(doc->prov[a2].num, "Artículo 2o");
	assert_non_null(strstr(body_of(doc, a2), "Comete el delito quien capte."));
	assert_int_equal(doc->prov[a2].parent, doc->prov[a1].parent);
	assert_non_null(strstr(cap.text.p, "warning akn-flattened 3: flattened structure"));
	assert_non_null(strstr(doc->text, "Artículo 3 bis.- Otro."));
	/* the recovered article holds the paragraph it starts in */
	i = (size_t)find_prov(doc, "c2__art_4");
	assert_true(i < doc->nprov);
	assert_string_equal(doc->prov[i].num, "ARTICULO 4 bis");
	assert_int_equal(doc->prov[i].line, 11);
	assert_string_equal(doc->prov[i + 1].eid, "p10");
	assert_int_equal((size_t)doc->prov[i + 1].parent, i);
	assert_string_equal(body_of(doc, (int)i), "Cuarto bis.");
	assert_int_equal(line_of(doc, "Cuarto"), 12);
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_deep_nesting_refused_cleanly(void **state)
{
	lg_buf b;
	struct tu_capture cap;
	lg_doc *doc;
	int i;

	(void)state;
	lg_buf_init(&b);
	lg_buf_puts(&b, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n");
	for (i = 0; i < 5000; i++)
		lg_buf_puts(&b, "<hcontainer name=\"x\">");
	lg_buf_puts(&b, "deep");
	for (i = 0; i < 5000; i++)
		lg_buf_puts(&b, "</hcontainer>");
	lg_buf_puts(&b, "</body></act></akomaNtoso>");
	assert_int_equal(load(b.p, &cap, &doc), LG_EINVALID);
	assert_int_equal(cap.n, 1);
	assert_non_null(strstr(cap.text.p, "error xml-too-deep 2: elements nested deeper than 256 levels"));
	lg_buf_free(&cap.text);
	lg_buf_free(&b);

	/* 250 levels parse; provisions nest as deep as the model keeps */
	lg_buf_init(&b);
	lg_buf_puts(&b, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>");
	for (i = 0; i < 250; i++)
		lg_buf_puts(&b, "<point>");
	lg_buf_puts(&b, "deep");
	for (i = 0; i < 250; i++)
		lg_buf_puts(&b, "</point>");
	lg_buf_puts(&b, "</body></act></akomaNtoso>");
	assert_int_equal(load(b.p, &cap, &doc), LG_OK);
	assert_int_equal(doc->nprov, 250);
	assert_non_null(strstr(doc->text, "deep"));
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
	lg_buf_free(&b);
}

static void
test_entities_bounded(void **state)
{
	static const char laughs[] =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n"
	    "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
	    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
	    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
	    "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
	    "]>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
	    "<p>&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;</p></body></act></akomaNtoso>";
	static const char ext[] =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n"
	    "<!ENTITY x SYSTEM \"file:///etc/passwd\">\n<!ENTITY y \"small\">\n]>\n"
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
	    "<p>[&x;] [&y;]</p></body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc = NULL;

	(void)state;
	/* libxml2's amplification limit refuses it: no gigabytes of "a" */
	assert_int_equal(load(laughs, &cap, &doc), LG_EINVALID);
	assert_int_equal(cap.n, 1);
	assert_non_null(strstr(cap.text.p, "error xml-malformed"));
	lg_buf_free(&cap.text);

	/* an external entity is never read; an internal one is */
	assert_int_equal(load(ext, &cap, &doc), LG_OK);
	assert_null(strstr(doc->text, "root:"));
	assert_non_null(strstr(cap.text.p, "warning xml-external-entity 6: external entity &x; (file:///etc/passwd) not read"));
	assert_non_null(strstr(doc->text, "[small]"));
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_unknown_elements_kept(void **state)
{
	static const char xml[] =
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:x=\"urn:x\">\n"
	    "<act><body><article eId=\"a\"><content>\n"
	    "<p>uno <x:note>dos</x:note> <frobnicate>tres</frobnicate></p>\n"
	    "<p><frobnicate>cuatro</frobnicate></p></content></article></body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_non_null(strstr(doc->text, "uno\ndos\ntres\ncuatro"));
	assert_string_equal(cap.text.p,
	    "warning akn-unknown-element 3: unknown element <note> in namespace urn:x; its text is kept\n"
	    "warning akn-unknown-element 3: unknown element <frobnicate>; its text is kept\n");
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_encoding_declared(void **state)
{
	/* ISO-8859-1 bytes for "Artículo" and "trata" */
	static const char xml[] =
	    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
	    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
	    "<article eId=\"a\"><num>Art\xED" "culo 1</num><content><p>trata</p></content></article>"
	    "</body></act></akomaNtoso>";
	struct tu_capture cap;
	lg_doc *doc;

	(void)state;
	assert_int_equal(load(xml, &cap, &doc), LG_OK);
	assert_string_equal(doc->prov[0].num, "Artículo 1");
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

static void
test_sniff(void **state)
{
	static const char *const yes[] = {
		"<?xml version=\"1.0\"?>\n<!-- c -->\n<akomaNtoso xmlns=\"x\">",
		"\xEF\xBB\xBF<an:akomaNtoso xmlns:an=\"x\">",
		"<!DOCTYPE akomaNtoso [ ]>\n<akomaNtoso>",
	};
	static const char *const no[] = {
		"<uscDoc xmlns=\"x\"><akomaNtoso/>", "Artículo 1", "<akomaNtosoX>", "",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		assert_true(lg_akn_sniff(yes[i], strlen(yes[i])));
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		assert_false(lg_akn_sniff(no[i], strlen(no[i])));
}

/* ---- the shared corpus ---------------------------------------------------- */

static const char *const corpus_files[] = {
	"mx/cnpp.xml", "mx/cpf.xml", "mx/lan.xml", "mx/lfcdo.xml", "mx/lgdnna.xml",
	"mx/lgpsedmtp.xml", "mx/lgv.xml", "mx/lmigra.xml",
	"oasis-wd17/eu-com-2013-0619-en.xml", "oasis-wd17/it_senato_ddl_2013.xml",
	"oasis-wd17/ke_Debate_Bungeni_2011-06-10.xml", "oasis-wd17/uk_pga-2014-27-enacted-data.xml",
	"oasis-wd17/us_Act_2011-11-29.xml", "oasis-wd17/us_Title9-Chap3-eng.xml",
	"oasis-wd17/uy_bill_2010-09-27.xml", "oasis-wd17/za_Judgement_2008-11-26.xml",
	"v2/Act_Panama_decreto_223_2010.xml", "v2/Act_constitution_final-Kenya.xml",
	"v2/Bill_UN_2012.xml", "v2/Bill_UN_2012_ES.xml", "v2/Bill_Uruguay_2011-09-27.xml",
	"v2/Bill_cl_2005-03-14.xml", "v3/eu-com-2013-0619-en.xml", "v3/uy_bill_2010-09-27.xml",
};

static int
load_corpus(const char *rel, struct tu_capture *cap, lg_doc **doc)
{
	char path[512];
	lg_diag *diag = lg_diag_new(tu_capture_cb, cap);
	int rc;

	snprintf(path, sizeof(path), "%s/akn/%s", tu_shared(), rel);
	lg_buf_init(&cap->text);
	cap->n = 0;
	rc = lg_load(path, NULL, diag, doc);
	if (lg_diag_count(diag, LG_LEVEL_ERROR) > 0)
		rc = LG_ERROR;
	lg_diag_free(diag);
	return rc;
}

static void
test_corpus_all_load(void **state)
{
	struct tu_capture cap;
	lg_doc *doc;
	size_t i;

	(void)state;
	if (tu_shared() == NULL)
		skip();
	for (i = 0; i < sizeof(corpus_files) / sizeof(corpus_files[0]); i++) {
		if (load_corpus(corpus_files[i], &cap, &doc) != LG_OK)
			fail_msg("%s: %s", corpus_files[i], cap.text.p ? cap.text.p : "");
		assert_true(doc->nprov > 0);
		assert_non_null(doc->format);
		assert_true(strncmp(doc->format, "akn", 3) == 0);
		assert_true(doc->text_len > 1000);
		lg_doc_free(doc);
		lg_buf_free(&cap.text);
	}
}

/* Every article of the Mexican trafficking law, with its text. The file marks
 * up 173 <article> elements: the law's arts 1o-126 and the transitory articles
 * of the law and of its reform decrees. */
static void
test_corpus_mexican_trafficking_law(void **state)
{
	struct tu_capture cap;
	lg_doc *doc;
	size_t i, arts = 0;
	int seen[127] = { 0 }, n;
	char *end;

	(void)state;
	if (tu_shared() == NULL)
		skip();
	assert_int_equal(load_corpus("mx/lgpsedmtp.xml", &cap, &doc), LG_OK);
	assert_string_equal(doc->lang, "es");
	assert_string_equal(doc->country, "mx");
	assert_non_null(strstr(cap.text.p, "warning akn-id 29: uses @id instead of @eId"));
	assert_non_null(strstr(cap.text.p, "warning akn-flattened 29: flattened hierarchy: 28 empty divisions"));
	for (i = 0; i < doc->nprov; i++) {
		const struct lg_prov *p = &doc->prov[i];

		if (strcmp(p->kind, "article") != 0)
			continue;
		arts++;
		assert_non_null(p->num);
		assert_true(p->end - p->body > 10);	/* non-empty text */
		if (strncmp(p->eid, "art-", 4) == 0 && (n = (int)strtol(p->eid + 4, &end, 10)) >= 1 &&
		    n <= 126 && (*end == '.' || *end == 'o') && end[1] == '\0')
			seen[n]++;
		if (strcmp(p->eid, "art-10.") == 0)
			assert_non_null(strstr(body_of(doc, (int)i), "para captar, enganchar, transportar"));
	}
	assert_int_equal(arts, 173);
	/* The converter split one decree's text at "Artículo 5o. Constitucional"
	 * (line 3436): that fragment is a second art-5o. */
	for (n = 1; n <= 126; n++)
		if (seen[n] != (n == 5 ? 2 : 1))
			fail_msg("article %d seen %d times", n, seen[n]);
	lg_doc_free(doc);
	lg_buf_free(&cap.text);
}

/* Every truncation of a real file is refused with exactly one error, no crash. */
static void
test_corpus_truncations(void **state)
{
	char path[512], *buf;
	size_t len, cut;
	struct tu_capture cap;
	lg_diag *diag;
	lg_doc *doc;

	(void)state;
	if (tu_shared() == NULL)
		skip();
	snprintf(path, sizeof(path), "%s/akn/mx/lgpsedmtp.xml", tu_shared());
	assert_int_equal(lg_read_file(path, LG_MAX_DOC_BYTES, &buf, &len), LG_OK);
	for (cut = 1; cut < len - 20; cut += 9973) {
		lg_buf_init(&cap.text);
		cap.n = 0;
		diag = lg_diag_new(tu_capture_cb, &cap);
		assert_int_equal(lg_akn_load(buf, cut, "t.xml", diag, &doc), LG_EINVALID);
		assert_int_equal(lg_diag_count(diag, LG_LEVEL_ERROR), 1);
		lg_diag_free(diag);
		lg_buf_free(&cap.text);
	}
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_akn3_provisions),
		cmocka_unit_test(test_wd17_prefixed),
		cmocka_unit_test(test_akn2_uses_id_without_warning),
		cmocka_unit_test(test_id_fallback_and_duplicates_warn),
		cmocka_unit_test(test_generated_eids),
		cmocka_unit_test(test_not_akn_refused),
		cmocka_unit_test(test_malformed_refused_with_position),
		cmocka_unit_test(test_inline_spacing),
		cmocka_unit_test(test_flattened_articles_recovered),
		cmocka_unit_test(test_deep_nesting_refused_cleanly),
		cmocka_unit_test(test_entities_bounded),
		cmocka_unit_test(test_unknown_elements_kept),
		cmocka_unit_test(test_encoding_declared),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_corpus_all_load),
		cmocka_unit_test(test_corpus_mexican_trafficking_law),
		cmocka_unit_test(test_corpus_truncations),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
