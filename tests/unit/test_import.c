/* test_import.c - text, Markdown and HTML importers and the AKN writer:
 * numbering forms per language, hierarchy, lines, front matter, bad input,
 * and known articles and article counts of the real corpus (../shared). */
#include <stdlib.h>
#include <time.h>

#include "testutil.h"
#include "akn.h"
#include "doc.h"
#include "import.h"
#include "lexgap.h"
#include "load.h"

/* ---------- helpers ---------- */

static struct tu_capture cap;

static lg_diag *
new_diag(void)
{
	lg_buf_free(&cap.text);
	memset(&cap, 0, sizeof(cap));
	return lg_diag_new(tu_capture_cb, &cap);
}

static lg_doc *
import_str(const char *s, int markdown)
{
	lg_diag *d = new_diag();
	lg_doc *doc = NULL;

	assert_int_equal(lg_import_text(s, strlen(s), markdown ? "t.md" : "t.txt", markdown, d, &doc), LG_OK);
	lg_diag_free(d);
	return doc;
}

static lg_doc *
import_html_str(const char *s)
{
	lg_diag *d = new_diag();
	lg_doc *doc = NULL;

	assert_int_equal(lg_import_html(s, strlen(s), "t.html", d, &doc), LG_OK);
	lg_diag_free(d);
	return doc;
}

static int
find(const lg_doc *doc, const char *eid)
{
	size_t i;

	for (i = 0; i < doc->nprov; i++)
		if (strcmp(doc->prov[i].eid, eid) == 0)
			return (int)i;
	return -1;
}

/* The provision's own text: after its num/heading, before its first child. */
static char *
own_text(const lg_doc *doc, int idx)
{
	size_t end = doc->prov[idx].end;

	if ((size_t)idx + 1 < doc->nprov && doc->prov[idx + 1].parent == idx)
		end = doc->prov[idx + 1].start;
	return lg_xstrndup(doc->text + doc->prov[idx].body, end - doc->prov[idx].body);
}

static int
own_has(const lg_doc *doc, const char *eid, const char *needle)
{
	int i = find(doc, eid);
	char *t;
	int r;

	if (i < 0) {
		print_error("no provision %s\n", eid);
		return 0;
	}
	t = own_text(doc, i);
	for (r = 0; t[r]; r++)		/* wrapped lines join with a space */
		if (t[r] == '\n')
			t[r] = ' ';
	r = strstr(t, needle) != NULL;
	if (!r)
		print_error("%s: \"%s\" not in \"%.200s\"\n", eid, needle, t);
	free(t);
	return r;
}

/* The provision's whole text, descendants included, has needle. */
static int
text_has(const lg_doc *doc, const char *eid, const char *needle)
{
	int i = find(doc, eid), r;
	char *t;

	if (i < 0) {
		print_error("no provision %s\n", eid);
		return 0;
	}
	t = lg_xstrndup(doc->text + doc->prov[i].body, doc->prov[i].end - doc->prov[i].body);
	for (r = 0; t[r]; r++)
		if (t[r] == '\n')
			t[r] = ' ';
	r = strstr(t, needle) != NULL;
	if (!r)
		print_error("%s: \"%s\" not in \"%.200s\"\n", eid, needle, t);
	free(t);
	return r;
}

static void
assert_prov(const lg_doc *doc, const char *eid, const char *kind, const char *num, unsigned line)
{
	int i = find(doc, eid);

	if (i < 0)
		print_error("no provision %s\n", eid);
	assert_true(i >= 0);
	assert_string_equal(doc->prov[i].kind, kind);
	if (num != NULL) {
		assert_non_null(doc->prov[i].num);
		assert_string_equal(doc->prov[i].num, num);
	}
	if (line != 0)
		assert_int_equal(doc->prov[i].line, line);
}

static const char *
parent_eid(const lg_doc *doc, const char *eid)
{
	int i = find(doc, eid);

	assert_true(i >= 0);
	return doc->prov[i].parent < 0 ? "" : doc->prov[doc->prov[i].parent].eid;
}

/* Article-level provisions: articles, and sections numbered across the act
 * (eId "sec_1591", no prefix); a French "Section 1 :" is a division of
 * articles and its eId carries its parents ("chp_v__sec_1"). */
static size_t
count_articles(const lg_doc *doc)
{
	size_t i, n = 0;

	for (i = 0; i < doc->nprov; i++)
		if (strcmp(doc->prov[i].kind, "article") == 0 ||
		    (strcmp(doc->prov[i].kind, "section") == 0 && strstr(doc->prov[i].eid, "__") == NULL))
			n++;
	return n;
}

static lg_doc *
load_shared(const char *rel)
{
	const char *root = tu_shared();
	char path[512];
	lg_diag *d;
	lg_doc *doc = NULL;

	if (root == NULL)
		return NULL;
	snprintf(path, sizeof(path), "%s/%s", root, rel);
	d = new_diag();
	assert_int_equal(lg_load(path, NULL, d, &doc), LG_OK);
	lg_diag_free(d);
	return doc;
}

/* ---------- English ---------- */

static void
test_en_sections_and_points(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "PREVENTION OF TRAFFICKING ACT\n"			/* 1 */
	    "\n"
	    "PART I - OFFENCES\n"				/* 3 */
	    "\n"
	    "Section 3(1)(a) A person who recruits another\n"	/* 5 */
	    "(b) by force;\n"					/* 6 */
	    "(2) The consent of a victim is irrelevant.\n"	/* 7 */
	    "\n"
	    "Section 4. Penalties\n"				/* 9 */
	    "(1) Imprisonment of ten years, where\n"		/* 10 */
	    "(a) the victim is a child;\n"			/* 11 */
	    "(i) under twelve, or\n"				/* 12 */
	    "(ii) disabled;\n"					/* 13 */
	    "(b) the offender is an official.\n"		/* 14 */
	    "(A) in office;\n"					/* 15 */
	    "\n"
	    "Chapter 5 of the Penal Code applies to this Act.\n", 0);	/* 17 */

	assert_prov(doc, "part_i", "part", "PART I", 3);
	assert_prov(doc, "sec_3", "section", "Section 3", 5);
	assert_prov(doc, "sec_3__para_1", "paragraph", "(1)", 5);
	assert_prov(doc, "sec_3__para_1__point_a", "point", "(a)", 5);
	assert_true(own_has(doc, "sec_3__para_1__point_a", "A person who recruits"));
	assert_string_equal(parent_eid(doc, "sec_3__para_1__point_b"), "sec_3__para_1");
	assert_string_equal(parent_eid(doc, "sec_3__para_2"), "sec_3");
	assert_string_equal(parent_eid(doc, "sec_3"), "part_i");
	assert_prov(doc, "sec_4__para_1__point_a__point_i", "point", "(i)", 12);
	assert_prov(doc, "sec_4__para_1__point_a__point_ii", "point", "(ii)", 13);
	assert_prov(doc, "sec_4__para_1__point_b", "point", "(b)", 14);
	assert_prov(doc, "sec_4__para_1__point_b__point_a", "point", "(A)", 15);
	/* A body line that starts with a division word is no division. */
	assert_true(own_has(doc, "sec_4__para_1__point_b__point_a", "Chapter 5 of the Penal Code"));
	assert_string_equal(doc->title, "PREVENTION OF TRAFFICKING ACT");
	lg_doc_free(doc);
}

static void
test_en_us_code_markdown(void **state)
{
	(void)state;
	/* Chunked sources repeat the chapter and section headers; § is the section. */
	lg_doc *doc = import_str(
	    "# Title 18— CRIMES AND CRIMINAL PROCEDURE\n"		/* 1 */
	    "### CHAPTER 77— PEONAGE, SLAVERY, AND TRAFFICKING IN PERSONS\n"
	    "#### §\xE2\x80\xAF" "1591. Sex trafficking of children\n"	/* 3 */
	    "###### (a) Whoever knowingly\n"				/* 4 */
	    "\n"
	    "(1) in or affecting interstate commerce, recruits;\n"	/* 6 */
	    "\n"
	    "# Title 18— CRIMES AND CRIMINAL PROCEDURE\n"
	    "### CHAPTER 77— PEONAGE, SLAVERY, AND TRAFFICKING IN PERSONS\n"
	    "#### §\xE2\x80\xAF" "1591. Sex trafficking of children\n"
	    "###### (b) The punishment for an offense is\n"		/* 11 */
	    "\n"
	    "#### § 1593A. Benefitting financially\n"			/* 13 */
	    "\n"
	    "Whoever knowingly benefits.\n", 1);

	assert_prov(doc, "title_18", "title", "Title 18", 1);
	assert_prov(doc, "title_18__chp_77", "chapter", "CHAPTER 77", 2);
	assert_prov(doc, "sec_1591", "section", NULL, 3);
	assert_string_equal(doc->prov[find(doc, "sec_1591")].heading, "Sex trafficking of children");
	assert_prov(doc, "sec_1591__point_a", "point", "(a)", 4);
	assert_prov(doc, "sec_1591__point_a__para_1", "paragraph", "(1)", 6);
	assert_prov(doc, "sec_1591__point_b", "point", "(b)", 11);
	assert_prov(doc, "sec_1593a", "section", "§ 1593A", 13);
	assert_int_equal(find(doc, "title_18_2"), -1);
	assert_int_equal(find(doc, "sec_1591_2"), -1);
	assert_int_equal(count_articles(doc), 2);
	lg_doc_free(doc);
}

static void
test_en_markdown_lists(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "## Section 6. Assistance\n"
	    "\n"
	    "Every victim is provided with—\n"
	    "\n"
	    "- housing;\n"
	    "- counselling; and\n"
	    "\n"
	    "1. medical care;\n"
	    "2. legal aid.\n"
	    "\n"
	    "as the Minister may direct.\n", 1);

	assert_prov(doc, "sec_6", "section", "Section 6", 1);
	assert_prov(doc, "sec_6__point_1", "point", NULL, 5);
	assert_prov(doc, "sec_6__point_2", "point", NULL, 6);
	assert_prov(doc, "sec_6__para_1", "paragraph", "1.", 8);
	assert_true(own_has(doc, "sec_6__para_2", "legal aid."));
	/* The paragraph after the list wraps it up: the section's, not item 2's. */
	{
		int i = find(doc, "sec_6__para_2");
		const char *m = strstr(doc->text, "as the Minister");

		assert_non_null(m);
		assert_true((size_t)(m - doc->text) >= doc->prov[i].end);
		assert_true((size_t)(m - doc->text) < doc->prov[find(doc, "sec_6")].end);
	}
	lg_doc_free(doc);
}

/* ---------- French ---------- */

static void
test_fr_code(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "#### Livre II : Des crimes et délits contre les personnes\n"	/* 1 */
	    "#### Titre II : Des atteintes à la personne humaine\n"		/* 2 */
	    "#### Chapitre V : Des atteintes à la dignité de la personne\n"	/* 3 */
	    "#### Section 1 bis : De la traite des êtres humains\n"		/* 4 */
	    "##### Article 225-4-1\n"						/* 5 */
	    "\n"
	    "I. - La traite des êtres humains est le fait de recruter une personne :\n"	/* 7 */
	    "\n"
	    "1° Soit avec l'emploi de menace ;\n"				/* 9 */
	    "\n"
	    "2° Soit par un ascendant.\n"					/* 11 */
	    "\n"
	    "II. - La traite est punie de sept ans d'emprisonnement.\n"	/* 13 */
	    "##### Article 225-4-2\n"						/* 14 */
	    "\n"
	    "L'infraction prévue est punie de dix ans.\n"
	    "##### Article 224-1 A\n"						/* 17 */
	    "La réduction en esclavage est punie de vingt ans.\n"
	    "#### Chapitre VI : Des autres atteintes\n"			/* 19 */
	    "##### Article 1er\n"						/* 20 */
	    "Art. 3-1. La tentative est punie.\n", 1);				/* 21 */

	assert_prov(doc, "book_ii", "book", "Livre II", 1);
	assert_prov(doc, "book_ii__title_ii__chp_v", "chapter", "Chapitre V", 3);
	assert_string_equal(doc->prov[find(doc, "book_ii__title_ii__chp_v")].heading,
	    "Des atteintes à la dignité de la personne");
	assert_prov(doc, "art_225-4-1", "article", "Article 225-4-1", 5);
	assert_string_equal(doc->prov[find(doc, "art_225-4-1")].path,
	    "Livre II › Titre II › Chapitre V › Section 1 bis › Article 225-4-1");
	assert_prov(doc, "art_225-4-1__point_i", "point", "I.", 7);
	assert_prov(doc, "art_225-4-1__point_i__point_1", "point", "1°", 9);
	assert_prov(doc, "art_225-4-1__point_ii", "point", "II.", 13);
	assert_true(own_has(doc, "art_225-4-1__point_ii", "sept ans"));
	assert_true(own_has(doc, "art_225-4-2", "dix ans"));
	assert_prov(doc, "art_224-1-a", "article", "Article 224-1 A", 17);
	assert_prov(doc, "art_1", "article", "Article 1er", 20);
	assert_prov(doc, "art_3-1", "article", "Art. 3-1", 21);
	/* The new chapter closed the section: articles move up a level. */
	assert_string_equal(parent_eid(doc, "art_1"), "book_ii__title_ii__chp_vi");
	lg_doc_free(doc);
}

/* ---------- Spanish ---------- */

static void
test_es_ley(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "LEY 26.999\n"						/* 1 */
	    "Sancionada: Abril 9 de 2008\n"				/* 2 */
	    "\n"
	    "### TITULO I\n"						/* 4 */
	    "\n"
	    "DISPOSICIONES GENERALES\n"				/* 6 */
	    "\n"
	    "**ARTICULO 1º**— Objeto. La presente ley tiene\n"	/* 8 */
	    "\n"
	    "por objeto prevenir la trata de personas.\n"		/* 10 */
	    "\n"
	    "**ARTÍCULO 10.-** Incorpórase como artículo 145 bis del Código Penal, el siguiente:\n"	/* 12 */
	    "\n"
	    "##### Artículo 145 bis: El que captare será reprimido con prisión de CUATRO\n"	/* 14 */
	    "\n"
	    "(4) a OCHO (8) años.\n"					/* 16 */
	    "\n"
	    "**ARTICULO 11.-** Serán aplicables las siguientes fracciones:\n"	/* 18 */
	    "I. la prevención;\n"					/* 19 */
	    "II. la sanción, y\n"					/* 20 */
	    "a) los incisos del artículo 5;\n"			/* 21 */
	    "*(Artículo sustituido por art. 1 de la Ley 27.508)***ARTICULO 12.**— Regístrese.\n",	/* 22 */
	    1);

	assert_prov(doc, "title_i", "title", "TITULO I", 4);
	assert_string_equal(doc->prov[find(doc, "title_i")].heading, "DISPOSICIONES GENERALES");
	assert_prov(doc, "art_1", "article", "ARTICULO 1º", 8);
	assert_true(own_has(doc, "art_1", "por objeto prevenir"));
	assert_prov(doc, "art_10", "article", "ARTÍCULO 10", 12);
	/* The quoted article of the amended code is text of article 10, and "(4)"
	 * after "CUATRO" continues a sentence: neither is a provision. */
	assert_int_equal(find(doc, "art_145-bis"), -1);
	assert_true(own_has(doc, "art_10", "Artículo 145 bis: El que captare"));
	assert_true(own_has(doc, "art_10", "(4) a OCHO (8)"));
	assert_prov(doc, "art_11__point_i", "point", "I.", 19);
	assert_prov(doc, "art_11__point_ii__point_a", "point", "a)", 21);
	assert_prov(doc, "art_12", "article", "ARTICULO 12", 22);
	assert_true(own_has(doc, "art_11__point_ii__point_a", "(Artículo sustituido"));
	assert_string_equal(doc->number, "26.999");
	assert_string_equal(doc->date, "2008-04-09");
	assert_int_equal(count_articles(doc), 4);
	lg_doc_free(doc);
}

static void
test_es_html(void **state)
{
	(void)state;
	lg_doc *doc = import_html_str(
	    "<!DOCTYPE html>\n"						/* 1 */
	    "<html lang=\"es\"><head><title>Ley de Trata</title>\n"	/* 2 */
	    "<style>p { color: red } .ARTICULO { }</style>\n"
	    "<script>var s = \"ARTÍCULO 99.- no es ley\";</script></head>\n"
	    "<body><nav>ARTÍCULO 98.- menú</nav>\n"			/* 5 */
	    "<h2>CAPÍTULO I</h2><h3>De los delitos</h3>\n"		/* 6 */
	    "<p><b>ARTÍCULO 3º.-</b> Será reprimido\n"			/* 7 */
	    "con prisión el que &lt;captare&gt; &amp; trasladare.</p>\n"
	    "<ul><li>I. menores;</li>\n"				/* 9 */
	    "<li>II. <strike>mayores</strike> funcionarios;</li></ul>\n"	/* 10 */
	    "<p>\n"
	    "   <b>ARTÍCULO 4º.-</b> Las víctimas no son punibles.</p>\n"	/* 12 */
	    "</body></html>\n");

	assert_string_equal(doc->title, "Ley de Trata");
	assert_string_equal(doc->lang, "es");
	assert_prov(doc, "chp_i", "chapter", "CAPÍTULO I", 6);
	assert_string_equal(doc->prov[find(doc, "chp_i")].heading, "De los delitos");
	assert_prov(doc, "art_3", "article", "ARTÍCULO 3º", 7);
	assert_true(own_has(doc, "art_3", "con prisión el que <captare> & trasladare."));
	assert_prov(doc, "art_3__point_i", "point", "I.", 9);
	assert_prov(doc, "art_4", "article", "ARTÍCULO 4º", 12);
	assert_true(own_has(doc, "art_3__point_ii", "funcionarios"));
	/* Scripts, styles, navigation and struck-out text never become text. */
	assert_null(strstr(doc->text, "99"));
	assert_null(strstr(doc->text, "98"));
	assert_null(strstr(doc->text, "color"));
	assert_null(strstr(doc->text, "mayores"));
	assert_int_equal(count_articles(doc), 2);
	assert_non_null(strstr(cap.text.p, "note html-struck"));
	lg_doc_free(doc);
}

static void
test_html_big_lines(void **state)
{
	/* libxml2 caps line numbers at 65535 unless told otherwise. */
	lg_buf h;
	lg_doc *doc;
	size_t i;

	(void)state;
	lg_buf_init(&h);
	lg_buf_puts(&h, "<html><body>\n");
	for (i = 0; i < 70000; i++)
		lg_buf_puts(&h, "<p>x</p>\n");
	lg_buf_puts(&h, "<p>Art. 1º Texto.</p>\n<p>\n Art. 2º Outro.</p></body></html>\n");
	doc = import_html_str(h.p);
	assert_prov(doc, "art_1", "article", "Art. 1º", 70002);
	assert_prov(doc, "art_2", "article", "Art. 2º", 70004);
	lg_doc_free(doc);
	lg_buf_free(&h);
}

/* ---------- Portuguese ---------- */

static void
test_pt_incisos_and_paragraphs(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "CAPÍTULO II\n"						/* 1 */
	    "DA REPRESSÃO\n"
	    "\n"
	    "Art. 149-A. Agenciar, aliciar, recrutar pessoa, com a finalidade de:\n"	/* 4 */
	    "I - remover-lhe órgãos;\n"					/* 5 */
	    "II - exploração sexual.\n"					/* 6 */
	    "Pena - reclusão, de 4 (quatro) a 8 (oito) anos.\n"
	    "§ 1º A pena é aumentada se:\n"				/* 8 */
	    "I - o crime for cometido contra criança;\n"		/* 9 */
	    "§ 2º A pena é reduzida.\n"					/* 10 */
	    "Artigo 150 Entrar em casa alheia.\n"			/* 11 */
	    "Parágrafo único. Aplica-se a pena.\n"			/* 12 */
	    "Art. 1º Não há crime sem lei anterior.\n"			/* 13 */
	    "Art. 2o (Revogado pela Lei nº 1.234, de 2020)\n"		/* 14 */
	    "Artigo 149-B - Promover o tráfico.\n", 0);			/* 15 */

	assert_prov(doc, "chp_ii", "chapter", "CAPÍTULO II", 1);
	assert_prov(doc, "art_149-a", "article", "Art. 149-A", 4);
	assert_prov(doc, "art_149-a__point_i", "point", "I", 5);
	assert_prov(doc, "art_149-a__para_1", "paragraph", "§ 1º", 8);
	assert_prov(doc, "art_149-a__para_1__point_i", "point", "I", 9);
	assert_prov(doc, "art_149-a__para_2", "paragraph", "§ 2º", 10);
	assert_string_equal(parent_eid(doc, "art_149-a__para_2"), "art_149-a");
	assert_true(own_has(doc, "art_149-a__point_ii", "exploração sexual."));
	assert_false(strstr(doc->text + doc->prov[find(doc, "art_149-a__point_ii")].body, "Pena") <
	    doc->text + doc->prov[find(doc, "art_149-a__point_ii")].end);
	/* "Artigo 150 Entrar": no separator, so a reference, not an article. */
	assert_int_equal(find(doc, "art_150"), -1);
	assert_prov(doc, "art_1", "article", "Art. 1º", 13);
	assert_true(own_has(doc, "art_1", "Não há crime"));
	assert_prov(doc, "art_2", "article", "Art. 2o", 14);
	assert_true(own_has(doc, "art_2", "(Revogado"));
	assert_prov(doc, "art_149-b", "article", "Artigo 149-B", 15);
	assert_true(own_has(doc, "art_149-b", "Promover o tráfico."));
	lg_doc_free(doc);
}

/* ---------- Arabic ---------- */

static void
test_ar_articles(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "قانون رقم 12 لسنة 2024\n"					/* 1 */
	    "\n"
	    "الباب الأول\n"						/* 3 */
	    "أحكام عامة\n"
	    "\n"
	    "المادة (5)\n"						/* 6 */
	    "يشمل الاستغلال:\n"
	    "(أ) الاستغلال الجنسي؛\n"					/* 8 */
	    "(ب) السخرة.\n"						/* 9 */
	    "المادة 6 -\n"						/* 10 */
	    "يعاقب بالسجن.\n"
	    "1- إذا كان المجني عليه طفلا؛\n"				/* 12 */
	    "المادة ٧: لا يعتد برضاء المجني عليه.\n", 0);		/* 13 */

	assert_prov(doc, "title_1", "title", "الباب الأول", 3);
	assert_string_equal(doc->prov[find(doc, "title_1")].heading, "أحكام عامة");
	assert_prov(doc, "art_5", "article", "المادة (5)", 6);
	assert_prov(doc, "art_5__point_1", "point", "(أ)", 8);
	assert_prov(doc, "art_5__point_2", "point", "(ب)", 9);
	assert_prov(doc, "art_6", "article", "المادة 6", 10);
	assert_prov(doc, "art_6__point_1", "point", "1", 12);
	assert_prov(doc, "art_7", "article", "المادة ٧", 13);
	assert_true(own_has(doc, "art_7", "لا يعتد برضاء"));
	assert_string_equal(doc->number, "12");
	lg_doc_free(doc);
}

/* ---------- front matter, bad input, encodings ---------- */

static void
test_front_matter_sections(void **state)
{
	(void)state;
	/* One file per section, concatenated: each front-matter block opens its section. */
	lg_doc *doc = import_str(
	    "<!-- concatenated -->\n"
	    "---\n"
	    "title: \"BNS Section 143\"\n"
	    "section: \"143\"\n"				/* 4 */
	    "act: \"Bharatiya Nyaya Sanhita, 2023\"\n"
	    "date: \"2023-12-25\"\n"
	    "---\n"
	    "(1) Whoever recruits a person commits trafficking.\n"	/* 8 */
	    "---\n"
	    "section: \"144\"\n"				/* 10 */
	    "---\n"
	    "Whoever engages a trafficked child.\n", 1);

	assert_string_equal(doc->title, "Bharatiya Nyaya Sanhita, 2023");
	assert_string_equal(doc->date, "2023-12-25");
	assert_prov(doc, "sec_143", "section", "Section 143", 4);
	assert_prov(doc, "sec_143__para_1", "paragraph", "(1)", 8);
	assert_prov(doc, "sec_144", "section", "Section 144", 10);
	assert_true(own_has(doc, "sec_144", "trafficked child"));
	assert_null(strstr(doc->text, "concatenated"));
	lg_doc_free(doc);

	/* Front matter that never closes is text, not metadata. */
	doc = import_str("---\ntitle: x\nArticle 1. La traite est punie.\nArticle 2. Fin.\n", 1);
	assert_true(own_has(doc, "art_1", "La traite est punie."));
	lg_doc_free(doc);
}

static void
test_unstructured(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "The government shall protect victims of trafficking.\n"
	    "It shall provide shelter.\n"
	    "\n"
	    "\n"
	    "Traffickers shall be punished.\n", 0);

	assert_int_equal(doc->nprov, 2);
	assert_string_equal(doc->prov[0].kind, "paragraph");
	assert_int_equal(doc->prov[0].line, 1);
	assert_int_equal(doc->prov[1].line, 5);
	assert_true(own_has(doc, doc->prov[0].eid, "It shall provide shelter."));
	assert_non_null(strstr(cap.text.p, "warning import-unstructured"));
	assert_non_null(strstr(cap.text.p, "no legislative structure recognised; one provision per paragraph"));
	lg_doc_free(doc);
}

static void
test_encodings(void **state)
{
	(void)state;
	static const char u16[] = "\xFF\xFE" "A\0r\0t\0i\0c\0l\0e\0 \0" "1\0\n\0" "\xE9\0t\0\xE9\0\n\0"
	    "A\0r\0t\0i\0c\0l\0e\0 \0" "2\0\n\0" "x\0\n\0";
	static const char cp1252[] = "Article 1\nLa traite est r\xE9prim\xE9" "e \x93ici\x94.\nArticle 2\nFin.\n";
	static const char moji[] = "Article 1\nLa traite est r\xC3\x83\xC2\xA9prim\xC3\x83\xC2\xA9" "e.\nArticle 2\nFin.\n";
	lg_diag *d;
	lg_doc *doc;

	d = new_diag();
	assert_int_equal(lg_load_mem(u16, sizeof(u16) - 1, "u16.txt", NULL, d, &doc), LG_OK);
	assert_true(own_has(doc, "art_1", "été"));
	lg_doc_free(doc);
	lg_diag_free(d);

	d = new_diag();
	assert_int_equal(lg_load_mem(cp1252, sizeof(cp1252) - 1, "w.txt", NULL, d, &doc), LG_OK);
	assert_true(own_has(doc, "art_1", "réprimée “ici”"));
	assert_non_null(strstr(cap.text.p, "warning encoding"));
	lg_doc_free(doc);
	lg_diag_free(d);

	d = new_diag();
	assert_int_equal(lg_load_mem(moji, sizeof(moji) - 1, "m.txt", NULL, d, &doc), LG_OK);
	assert_non_null(strstr(cap.text.p, "warning mojibake 2:"));
	lg_doc_free(doc);
	lg_diag_free(d);
}

/* ---------- AKN writer ---------- */

static void
test_akn_write(void **state)
{
	(void)state;
	lg_doc *doc = import_str(
	    "Chapter 1 - General\n"
	    "\n"
	    "Section 1. Scope & <purpose>\n"
	    "(1) This Act applies \"everywhere\" \x01 here.\n"
	    "(2) Second.\n"
	    "Section 1. Duplicate number\n", 0);
	lg_buf b;

	lg_buf_init(&b);
	free(doc->country);
	doc->country = lg_xstrdup("ke");
	free(doc->lang);
	doc->lang = lg_xstrdup("en");
	assert_int_equal(lg_akn_write(doc, &b), LG_OK);
	assert_non_null(strstr(b.p, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"));
	assert_non_null(strstr(b.p, "<FRBRcountry value=\"ke\"/>"));
	assert_non_null(strstr(b.p, "<FRBRlanguage language=\"eng\"/>"));
	assert_non_null(strstr(b.p, "<chapter eId=\"chp_1\">"));
	assert_non_null(strstr(b.p, "<section eId=\"sec_1\">"));
	assert_non_null(strstr(b.p, "<section eId=\"sec_1_2\">"));
	assert_non_null(strstr(b.p, "Scope &amp; &lt;purpose&gt;"));
	assert_non_null(strstr(b.p, "<paragraph eId=\"sec_1__para_1\">"));
	/* Control characters cannot appear in XML 1.0. */
	assert_null(strchr(b.p, '\x01'));
	assert_non_null(strstr(b.p, "<intro>"));
	lg_buf_free(&b);
	lg_doc_free(doc);
}

/* ---------- robustness and speed ---------- */

static void
test_any_bytes(void **state)
{
	(void)state;
	unsigned long x = 12345;
	char buf[4096];
	size_t i, round, n;
	lg_diag *d = lg_diag_new(NULL, NULL);
	lg_doc *doc;
	lg_buf b;
	static const char *bits[] = { "Article ", "Art. 1", "(a)", "§ ", "<p>", "</p>", "<script>",
	    "\n", "---\n", "title: x\n", "<!--", "-->", "**", "I - ", "1º", "Chapitre I", "\xC3", "\xA9",
	    "المادة (", "<h1>", "\xC2\xA0", "[x](", ")", "# ", "- ", "Section 2 :", "(1)(a)" };

	for (round = 0; round < 300; round++) {
		n = 0;
		while (n < sizeof(buf) - 32) {
			x = x * 6364136223846793005UL + 1442695040888963407UL;
			if ((x >> 60) < 8) {
				const char *s = bits[(x >> 33) % (sizeof(bits) / sizeof(bits[0]))];

				memcpy(buf + n, s, strlen(s));
				n += strlen(s);
			} else
				buf[n++] = (char)(x >> 40);
			if ((x >> 20) % 97 == 0)
				break;
		}
		for (i = 0; i < 3; i++) {
			doc = NULL;
			if (i < 2)
				assert_int_equal(lg_import_text(buf, n, "f", (int)i, d, &doc), LG_OK);
			else if (lg_import_html(buf, n, "f.html", d, &doc) != LG_OK)
				continue;
			lg_buf_init(&b);
			assert_int_equal(lg_akn_write(doc, &b), LG_OK);
			lg_buf_free(&b);
			lg_doc_free(doc);
		}
	}
	/* Deep nesting does not exhaust the stack. */
	{
		lg_buf h;

		lg_buf_init(&h);
		for (i = 0; i < 20000; i++)
			lg_buf_puts(&h, i == 100 ? "<p>Article 1. Text." : "<div><b>");
		if (lg_import_html(h.p, h.len, "deep.html", d, &doc) == LG_OK) {
			assert_non_null(strstr(doc->text, "Text."));
			lg_doc_free(doc);
		}
		lg_buf_free(&h);
	}
	lg_diag_free(d);
}

static void
test_linear_time(void **state)
{
	(void)state;
	/* 20 MB of text (LG_TEST_QUICK: 2 MB, for valgrind) in well under two seconds. */
	size_t target = getenv("LG_TEST_QUICK") ? 2u << 20 : 20u << 20, k = 0;
	lg_buf b;
	lg_diag *d = lg_diag_new(NULL, NULL);
	lg_doc *doc;
	clock_t t0;
	double secs;

	lg_buf_init(&b);
	while (b.len < target) {
		lg_buf_printf(&b, "Chapitre %zu : Dispositions\n\nArticle %zu-1\n\nLa traite des êtres humains est "
		    "punie de sept ans d'emprisonnement et de 150 000 euros d'amende.\n1° Soit avec menace ;\n"
		    "2° Soit par abus d'autorité.\n\n", k + 1, k + 1);
		k++;
	}
	t0 = clock();
	assert_int_equal(lg_import_text(b.p, b.len, "big.txt", 0, d, &doc), LG_OK);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	print_message("imported %zu MB, %zu provisions in %.2f s\n", b.len >> 20, doc->nprov, secs);
	assert_int_equal(count_articles(doc), k);
	assert_int_equal(doc->nprov, 4 * k);
	lg_doc_free(doc);
	lg_buf_free(&b);
	lg_diag_free(d);
}

/* ---------- the real corpus (../shared/corpus; skipped when absent) ---------- */

static void
test_real_code_penal(void **state)
{
	(void)state;
	lg_doc *doc = load_shared("text/fr/fr-code-penal.md");
	static const char *arts[][2] = {
		{ "art_225-4-1", "La traite des êtres humains est le fait de recruter" },
		{ "art_225-4-2", "dix ans d'emprisonnement" },
		{ "art_225-4-3", "réclusion criminelle" },
		{ "art_225-4-4", "tortures ou à des actes de barbarie" },
		{ "art_225-4-5", "Lorsque le crime ou le délit qui a été commis" },
		{ "art_225-4-6", "personnes morales" },
		{ "art_225-4-7", "La tentative des délits" },
		{ "art_225-4-8", "hors du territoire de la République par un Français" },
		{ "art_225-4-9", "exempte de peine" },
	};
	size_t i;
	int idx;

	if (doc == NULL)
		skip();
	for (i = 0; i < sizeof(arts) / sizeof(arts[0]); i++) {
		idx = find(doc, arts[i][0]);
		assert_true(idx >= 0);
		assert_string_equal(doc->prov[idx].kind, "article");
		/* Its own text, and not the next article's. */
		assert_true(text_has(doc, arts[i][0], arts[i][1]));
		assert_true(doc->prov[idx].end <= doc->prov[idx + 1].start || doc->prov[idx + 1].parent == idx);
	}
	assert_prov(doc, "art_225-4-1", "article", "Article 225-4-1", 4746);
	assert_prov(doc, "art_225-4-1__point_i", "point", "I.", 4748);
	assert_string_equal(doc->title, "Code pénal");
	assert_string_equal(doc->country, "fr");
	assert_string_equal(doc->lang, "fr");
	lg_doc_free(doc);
}

static void
test_real_brazil_149a(void **state)
{
	(void)state;
	lg_doc *doc = load_shared("html/pt/br-codigo-penal.html");

	if (doc == NULL)
		skip();
	assert_prov(doc, "art_149-a", "article", "Art. 149-A", 8316);
	assert_true(own_has(doc, "art_149-a", "Agenciar, aliciar, recrutar, transportar"));
	assert_prov(doc, "art_149-a__point_i", "point", "I", 8323);
	assert_true(own_has(doc, "art_149-a__point_i", "remover-lhe órgãos"));
	assert_true(own_has(doc, "art_149-a__point_v", "exploração sexual"));
	assert_prov(doc, "art_149-a__para_1", "paragraph", "§ 1º", 0);
	assert_string_equal(parent_eid(doc, "art_149-a__para_1"), "art_149-a");
	assert_string_equal(doc->title, "Código Penal");
	assert_string_equal(doc->lang, "pt");
	lg_doc_free(doc);
}

static void
test_real_argentina_26364(void **state)
{
	(void)state;
	lg_doc *doc = load_shared("text/es/ar-ley-26364.md");
	static const char *snippet[29] = {
		NULL, "Objeto", "Se entiende", "derogado", "derogado", "No punibilidad",
		"garantiza", "Alojamiento", "privacidad", "ciudadan", "145 bis", "145 ter",
		"41 ter", "inciso e)", "132 bis", "119", "121", "127 bis", "Consejo Federal",
		"Una vez constituido", "El Consejo Federal", "Comité Ejecutivo", "Programa",
		"Créase", "implementar", "Ministerio Público", "denuncias", "Presupuesto",
		"restituciones",
	};
	char eid[16];
	int i;

	if (doc == NULL)
		skip();
	for (i = 1; i <= 28; i++) {
		snprintf(eid, sizeof(eid), "art_%d", i);
		assert_prov(doc, eid, "article", NULL, 0);
		assert_true(text_has(doc, eid, snippet[i]));
	}
	assert_int_equal(find(doc, "art_29"), -1);
	assert_int_equal(count_articles(doc), 28);
	assert_prov(doc, "art_22", "article", "ARTICULO 22", 674);
	assert_prov(doc, "art_2__point_a", "point", "a)", 70);
	/* Hard-wrapped with blank lines: an item goes on after a blank line
	 * mid-sentence, and the paragraph after the list is the article's. */
	assert_true(own_has(doc, "art_18__para_11", "las que serán incorporadas de acuerdo"));
	assert_true(text_has(doc, "art_18", "El Consejo Federal designará"));
	assert_false(strstr(doc->text + doc->prov[find(doc, "art_18__para_11")].body, "designará") <
	    doc->text + doc->prov[find(doc, "art_18__para_11")].end);
	lg_doc_free(doc);
}

static void
test_real_18usc(void **state)
{
	(void)state;
	lg_doc *doc = load_shared("text/en/us-18usc-ch77.md");

	if (doc == NULL)
		skip();
	assert_prov(doc, "sec_1589", "section", NULL, 91);
	assert_prov(doc, "sec_1590", "section", NULL, 116);
	assert_prov(doc, "sec_1591", "section", NULL, 126);
	assert_string_equal(doc->prov[find(doc, "sec_1591")].heading,
	    "Sex trafficking of children or by force, fraud, or coercion");
	assert_true(own_has(doc, "sec_1589__point_a", "Whoever knowingly provides or obtains the labor"));
	assert_true(own_has(doc, "sec_1590__point_a", "Whoever knowingly recruits, harbors"));
	assert_true(own_has(doc, "sec_1591__point_a", "Whoever knowingly"));
	assert_prov(doc, "sec_1591__point_b", "point", "(b)", 138);
	assert_string_equal(parent_eid(doc, "sec_1591"), "title_18__chp_77");
	lg_doc_free(doc);
}

/* True article counts, counted once with a one-off script independent of
 * lexgap (tests/import/count-articles.py: article markers at the start of a
 * line after Markdown "#" or "*" or HTML tags, with their separator;
 * lower-case "artículo" is a reference; struck-out HTML removed) and the
 * differences read by hand:
 * - distinct article numbers where a file repeats a heading for another
 *   version of the same article (French codes: 1325 and 2545 "##### Article"
 *   headings with repeats; CESEDA by its distinct headings) or a chunk
 *   (US Code);
 * - Ley 25.632 is the law (2 articles) plus the Convention (41) and two
 *   Protocols (20, 25), each numbered from 1: all 88 headings;
 * - Ley 26.364 has articles 1-28; the articles it inserts into other codes
 *   (145 bis, 145 ter, 41 ter, 119, 121) are quoted text, not its own;
 * - BNS: four sections (one front-matter block each). */
static void
test_real_counts(void **state)
{
	(void)state;
	static const struct { const char *file; size_t truth; } t[] = {
		{ "text/fr/fr-code-penal.md", 1303 },
		{ "text/fr/fr-ceseda.md", 2487 },
		{ "text/es/ar-codigo-penal.md", 394 },
		{ "text/es/ar-ley-25632.md", 88 },
		{ "text/es/ar-ley-26364.md", 28 },
		{ "text/en/us-18usc-ch77.md", 19 },
		{ "text/en/us-22usc-ch78.md", 26 },
		{ "text/en/in-bns-143-146.md", 4 },
		{ "html/pt/br-codigo-penal.html", 402 },
	};
	size_t i, n;
	lg_doc *doc;

	if (tu_shared() == NULL)
		skip();
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		doc = load_shared(t[i].file);
		n = count_articles(doc);
		print_message("%-32s %5zu provisions, %5zu articles (%+.2f%%)\n", t[i].file, n, t[i].truth,
		    100.0 * ((double)n - (double)t[i].truth) / (double)t[i].truth);
		assert_true(n * 100 >= t[i].truth * 98 && n * 100 <= t[i].truth * 102);
		lg_doc_free(doc);
	}
}

static int
teardown(void **state)
{
	(void)state;
	(void)state;
	lg_buf_free(&cap.text);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_en_sections_and_points),
		cmocka_unit_test(test_en_us_code_markdown),
		cmocka_unit_test(test_en_markdown_lists),
		cmocka_unit_test(test_fr_code),
		cmocka_unit_test(test_es_ley),
		cmocka_unit_test(test_es_html),
		cmocka_unit_test(test_html_big_lines),
		cmocka_unit_test(test_pt_incisos_and_paragraphs),
		cmocka_unit_test(test_ar_articles),
		cmocka_unit_test(test_front_matter_sections),
		cmocka_unit_test(test_unstructured),
		cmocka_unit_test(test_encodings),
		cmocka_unit_test(test_akn_write),
		cmocka_unit_test(test_any_bytes),
		cmocka_unit_test(test_linear_time),
		cmocka_unit_test(test_real_code_penal),
		cmocka_unit_test(test_real_brazil_149a),
		cmocka_unit_test(test_real_argentina_26364),
		cmocka_unit_test(test_real_18usc),
		cmocka_unit_test(test_real_counts),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
