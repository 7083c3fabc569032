/* structure.c - recognise legislative structure in logical lines (see
 * structure.h): divisions (Part/Livre/Título/الباب ...), articles in their
 * national forms (Article, Art., ARTÍCULO 10.-, Artigo 149-A, § 1591,
 * Section 3(1)(a), المادة (5)), numbered paragraphs and points, front matter.
 *
 * One pass over the lines, each matched against a few anchored patterns
 * (compiled once per call), so the cost is linear in the input. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import_int.h"
#include "lexgap.h"

/* ---------- patterns ---------- */

/* Articles: keyword, number as printed, separator, rest of the line. */
static const char ART_RE[] =
    "^(?<kw>Art[íi]culo|Artigo|Article|Art\\.|Art(?=\\s*[0-9])|Section|Sec\\.|§§?"
    "|المادة|مادة|الفصل(?=\\s*\\(?[0-9٠-٩]))\\s*"
    "(?<num>(?:[LRDA]\\.?\\s?)?[0-9٠-٩]+(?:\\s?[ºª°](?!\\w)|er\\b|o\\b)?(?:[-.‑][0-9]+)*"
    "(?:-?[A-Z](?![\\w])|(?-i:\\s[A-Z])(?=\\s*$|\\s*[.:—–-]))?"
    "(?:\\s(?:bis|ter|quater|quáter|quinquies|quinque|quinto|sexies|septies|octies|nonies|decies)(?![\\w\\x80-\\xff]))*"
    "(?:\\s?\\([0-9]{1,2}\\)(?=\\s*[.:—–-]))?"
    "|\\([0-9٠-٩]+\\)|premier|unique|[úu]nico|preliminar|Annexe\\s[0-9]+"
    "|ال[^\\s:.\\-—–]+)"
    "(?<sep>\\s*(?:\\.?\\s*[-—–]+|[:.)]))?\\s*(?<rest>.*)$";

static const char DIV_RE[] =
    "^(?<kw>Partie|Parte|Part|Livre|Libro|Livro|Book|Sous-titre|Subt[íi]tulo|Subtitle"
    "|Titre|T[íi]tulo|Title|Chapitre|Cap[íi]tulo|Chapter|Sub-?chapter|Subcap[íi]tulo"
    "|Sous-section|Subsecci[óo]n|Subse[çc][ãa]o|Subsection|Section|Secci[óo]n|Se[çc][ãa]o"
    "|Paragraphe|Division|Divisi[óo]n)\\s+"
    "(?<num>(?:(?-i:[IVXLCDM]+)(?:er|re|e|[ºª°])?|[0-9]+(?:er|re|e|[ºª°])?(?:[.-][0-9]+)*(?-i:[A-Z])?"
    "|(?-i:[A-Z])(?=\\s*[:.—–-]|\\s*$)"
    "|PRIMER[OA]?|SEGUND[OA]|TERCER[OA]?|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]"
    "|OCTAV[OA]|NOVEN[OA]|D[ÉE]CIM[OA]|PRIMEIR[OA]|TERCEIR[OA]|PREMI(?:ER|ÈRE)"
    "|PR[ÉE]LIMINAIRE|PRELIMINAR|PRELIMINARY|[ÚU]NIC[OA]|UNIQUE"
    "|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|GERAL|ESPECIAL|GENERAL|SPECIAL"
    "|L[ÉE]GISLATIVE|R[ÉE]GLEMENTAIRE)"
    "(?:\\s(?:bis|ter|quater|A|B|C)(?=[\\s:.—–,-]|$))?)"
    "(?=[\\s:.—–,-]|$)(?<sep>\\s*[-—–:.]+)?\\s*(?<rest>.*)$"
    "|^(?<akw>الكتاب|الباب|الفصل|الفرع|القسم|الجزء)\\s+(?<anum>[^\\s:.\\-—–]+)"
    "(?<asep>\\s*[-—–:.]+)?\\s*(?<arest>.*)$";

/* Numbered paragraphs and points; case matters here ((i) vs (I)). */
static const char PT_RE[] =
    "^(?:\\((?<p>[0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\)"
    "|(?<d>[0-9]{1,3})(?<ds>\\.\\s?[-–—]+|\\.(?![0-9])|\\)|\\s?[º°ª]\\.?|\\s?-(?=\\s))"
    "|(?<l>[a-z])(?:\\)|\\.(?=\\s))"
    "|(?<r>[IVXLC]{1,6})(?:\\.?\\s*[-–—]+|[.)](?=\\s))"
    "|§\\s*(?<s>[0-9]{1,3})\\s?[º°o]?\\.?(?:\\s*[-–—](?=\\s))?"
    "|(?<u>(?i:Par[áa]grafo\\s+[úu]nico))\\.?(?:\\s*[-–—](?=\\s))?"
    "|\\((?<a>[\\x{0621}-\\x{064A}])\\)|(?<a2>[\\x{0621}-\\x{064A}])\\)(?=\\s))"
    "(?<rest>.*)$";

/* Amending verbs: an article that quotes new articles ("Incorpórase como
 * artículo 145 bis ... el siguiente:") must not turn them into its siblings. */
static const char AMEND_RE[] =
    "incorp[óo]rase|sustit[úu]yese|modif[íi]case|reempl[áa]zase|agr[ée]gase|substitua-se"
    "|passa a vigorar|acrescid[oa]|est ainsi r[ée]dig|remplac[ée]e? par|ins[ée]r[ée]"
    "|is amended|shall be amended|is inserted|are inserted|is substituted|يستبدل|تضاف";

/* ---------- the recogniser ---------- */

enum style {
	ST_NONE, ST_PDIGIT, ST_PLOWER, ST_PUPPER, ST_PRLOWER, ST_PRUPPER, ST_DDOT,
	ST_DPAREN, ST_DORD, ST_DDASH, ST_LOWER, ST_ROMAN, ST_PARA_SIGN, ST_UNICO, ST_BULLET,
	ST_ARABIC
};

#define MAX_DIVS	32
#define MAX_PTS		12

struct lvl {
	int	 prov;		/* index in doc->prov */
	int	 rank;		/* divisions: smaller is higher */
	int	 style;		/* points */
	char	 last[8];	/* points: the last value, to tell (i) the letter from (i) the roman */
	int	 item;		/* points: opened by a list item (Markdown -, 1., HTML li) */
	char	*key;		/* divisions and articles: kind + num, to skip repeated headers */
};

struct ctx {
	lg_doc			*doc;		/* provisions are built here */
	lg_doc			*meta;		/* the caller's document: metadata go here */
	const struct lg_lines	*l;
	struct lg_re		 art, div, pt, amend;
	struct lg_idset		 ids;
	struct lvl		 divs[MAX_DIVS], pts[MAX_PTS];
	int			 ndivs, npts;
	struct lvl		 art_lvl;	/* art_lvl.prov < 0: none open */
	char			*art_form;	/* keyword form of the open article */
	int			 amending;	/* the open article quotes new text */
	int			 has_articles;	/* Article/Artículo/... seen: § and Section are lower */
	size_t			 units;		/* articles and divisions opened */
	size_t			 text_lines;	/* lines of text in the open article, for amending */
	int			 after_blank;	/* the previous line was a paragraph boundary */
	int			 caps_word;	/* the last text ended with a word in capitals */
	int			 last_char_word; /* the last text ended with a letter or digit */
};

/* eId of a new unit under eid_parent: the AKN abbreviation of its kind and
 * the token of its number ("art_225-4-1", "art_10__para_1"), or NULL when
 * the number gives no token (lg_doc_begin then numbers it by position). */
static char *
make_eid(struct ctx *c, int parent, const char *kind, const char *num, size_t n)
{
	lg_buf b;
	size_t base;

	lg_buf_init(&b);
	if (parent >= 0)
		lg_buf_printf(&b, "%s__", c->doc->prov[parent].eid);
	lg_buf_printf(&b, "%s_", lg_eid_abbrev(kind));
	base = b.len;
	if (num != NULL)
		lg_eid_token(&b, num, n);
	if (b.len == base) {
		lg_buf_free(&b);
		return NULL;
	}
	return lg_buf_detach(&b);
}

/* Make doc->prov[idx].eid unique in the document: a second Article L311-15
 * (two versions in one consolidation) becomes art_l311-15_2. */
static void
unique_eid(struct ctx *c, int idx)
{
	struct lg_prov *p = &c->doc->prov[idx];
	struct lg_identry *e;
	lg_buf b;
	size_t base, i;
	int added;

	e = lg_idset_get(&c->ids, p->eid, &added);
	if (added)
		return;
	lg_buf_init(&b);
	lg_buf_puts(&b, p->eid);
	base = b.len;
	for (i = e->next;; i++) {
		lg_buf_truncate(&b, base);
		lg_buf_printf(&b, "_%zu", i);
		(void)lg_idset_get(&c->ids, b.p, &added);
		if (added)
			break;
	}
	/* idset_get may have moved the table: look the base up again. */
	lg_idset_get(&c->ids, p->eid, &added)->next = i + 1;
	free(p->eid);
	p->eid = lg_buf_detach(&b);
}

static int
open_unit(struct ctx *c, const char *kind, int eid_parent, const char *num, size_t numlen,
    const char *printed, const char *heading, unsigned line)
{
	char *eid = make_eid(c, eid_parent, kind, num, numlen);
	int idx = lg_doc_begin(c->doc, kind, eid, printed, heading, line);

	free(eid);
	if (idx >= 0)
		unique_eid(c, idx);
	c->caps_word = 0;
	return idx;
}

static void
close_points(struct ctx *c, int from)
{
	if (from < c->npts) {
		lg_doc_end(c->doc, c->pts[from].prov);
		c->npts = from;
	}
}

static void
close_article(struct ctx *c)
{
	close_points(c, 0);
	if (c->art_lvl.prov >= 0)
		lg_doc_end(c->doc, c->art_lvl.prov);
	c->art_lvl.prov = -1;
	free(c->art_lvl.key);
	c->art_lvl.key = NULL;
	free(c->art_form);
	c->art_form = NULL;
	c->amending = 0;
}

static int
innermost(struct ctx *c)
{
	if (c->npts > 0)
		return c->pts[c->npts - 1].prov;
	if (c->art_lvl.prov >= 0)
		return c->art_lvl.prov;
	return c->ndivs > 0 ? c->divs[c->ndivs - 1].prov : -1;
}

static void
add_text(struct ctx *c, const char *s, size_t n, unsigned line)
{
	size_t i = n, caps = 0;

	if (n == 0)
		return;
	lg_doc_text(c->doc, " ", 1, line);
	lg_doc_text(c->doc, s, n, line);
	c->text_lines++;
	while (i > 0 && ((s[i - 1] >= 'A' && s[i - 1] <= 'Z') || (unsigned char)s[i - 1] >= 0x80)) {
		caps += s[i - 1] >= 'A' && s[i - 1] <= 'Z';
		i--;
	}
	c->caps_word = caps >= 3 && (i == 0 || s[i - 1] == ' ');
	c->last_char_word = isalnum((unsigned char)s[n - 1]) || (unsigned char)s[n - 1] >= 0x80;
}

static const char *
skip_blank(const char *s, const char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	return s;
}

/* Division rank (smaller is higher) and AKN element of a keyword. */
static int
div_kind(const char *kw, size_t n, const char **kind)
{
	static const struct { const char *pfx; const char *kind; int rank; } t[] = {
		{ "sous-titre", "subtitle", 4 }, { "subt", "subtitle", 4 },
		{ "sous-section", "subsection", 8 }, { "subse", "subsection", 8 },
		{ "sub-chapter", "subchapter", 6 }, { "subchapter", "subchapter", 6 },
		{ "subcap", "subchapter", 6 },
		{ "part", "part", 1 }, { "livre", "book", 2 }, { "libro", "book", 2 },
		{ "livro", "book", 2 }, { "book", "book", 2 }, { "tit", "title", 3 },
		{ "tít", "title", 3 }, { "tÍt", "title", 3 }, { "chap", "chapter", 5 },
		{ "cap", "chapter", 5 }, { "sec", "section", 7 }, { "se", "section", 7 },
		{ "paragraphe", "paragraph", 9 }, { "div", "division", 6 },
		{ "الكتاب", "book", 2 }, { "الباب", "title", 3 }, { "الفصل", "chapter", 5 },
		{ "الفرع", "section", 7 }, { "القسم", "part", 1 }, { "الجزء", "part", 1 },
	};
	char low[32];
	size_t i, m = n < sizeof(low) - 1 ? n : sizeof(low) - 1;

	for (i = 0; i < m; i++)
		low[i] = (char)tolower((unsigned char)kw[i]);
	low[m] = '\0';
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strncmp(low, t[i].pfx, strlen(t[i].pfx)) == 0) {
			*kind = t[i].kind;
			return t[i].rank;
		}
	*kind = "division";
	return 6;
}

/* A line that can be the heading of a division printed on the line before it
 * ("TITULO I" / "DISPOSICIONES GENERALES"): short, not itself a unit, and set
 * off as a heading, in bold or in capitals. */
static int
heading_like(struct ctx *c, const struct lg_line *ln, int arabic)
{
	const char *s = c->l->text.p + ln->off;
	size_t i, upper = 0, lower = 0;

	if (ln->flags & (LG_LINE_BLANK | LG_LINE_FRONT | LG_LINE_FRONT_END | LG_LINE_ITEM) || ln->len > 200)
		return 0;
	if (lg_re_match(&c->art, s, ln->len) || lg_re_match(&c->div, s, ln->len) || lg_re_match(&c->pt, s, ln->len))
		return 0;
	/* Arabic has no capitals: a short line after "الباب الأول" is its title. */
	if (ln->flags & (LG_LINE_HEADING | LG_LINE_BOLD) || (arabic && ln->len <= 120))
		return 1;
	for (i = 0; i < ln->len; i++) {
		if (isupper((unsigned char)s[i]))
			upper++;
		else if (islower((unsigned char)s[i]))
			lower++;
	}
	return upper >= 3 && lower * 10 <= upper;
}

static int
on_division(struct ctx *c, size_t *li)
{
	const struct lg_line *ln = &c->l->v[*li];
	const char *s = c->l->text.p + ln->off, *kw, *num, *rest, *kind;
	size_t kwl, numl, sepl, restl, k, j;
	int rank, parent, idx, arabic = 0;
	char *key, *printed, *heading = NULL;

	if (!lg_re_match(&c->div, s, ln->len))
		return 0;
	if ((kw = lg_re_group(&c->div, s, "kw", &kwl)) == NULL) {
		kw = lg_re_group(&c->div, s, "akw", &kwl);
		arabic = 1;
	}
	num = lg_re_group(&c->div, s, arabic ? "anum" : "num", &numl);
	(void)lg_re_group(&c->div, s, arabic ? "asep" : "sep", &sepl);
	rest = lg_re_group(&c->div, s, arabic ? "arest" : "rest", &restl);
	if (kw == NULL || num == NULL || (!arabic && islower((unsigned char)kw[0])))
		return 0;
	/* "Section" is an article-level unit in laws without articles. */
	if (!c->has_articles && kwl >= 3 && strncasecmp(kw, "sec", 3) == 0 && strncasecmp(kw, "sous", 4) != 0)
		return 0;
	/* Body text that happens to start with "Chapter 5 of ..." is no heading. */
	if (!(ln->flags & (LG_LINE_HEADING | LG_LINE_BOLD)) && restl > 0 && sepl == 0)
		return 0;
	rank = div_kind(kw, kwl, &kind);
	printed = lg_xstrndup(kw, (size_t)(num + numl - kw));
	key = lg_xasprintf("%s %.*s", kind, (int)numl, num);
	/* Chunked sources repeat the headers of the division already open. */
	for (k = 0; k < (size_t)c->ndivs; k++)
		if (strcmp(c->divs[k].key, key) == 0) {
			free(key);
			free(printed);
			return 1;
		}
	if (restl > 0)
		heading = lg_xstrndup(rest, restl);
	else {
		/* The heading on the next non-blank line. */
		for (j = *li + 1; j < c->l->n && (c->l->v[j].flags & LG_LINE_BLANK); j++)
			;
		if (j < c->l->n && j <= *li + 2 && heading_like(c, &c->l->v[j], arabic)) {
			heading = lg_xstrndup(c->l->text.p + c->l->v[j].off, c->l->v[j].len);
			*li = j;
		}
	}
	close_article(c);
	for (k = 0; k < (size_t)c->ndivs && c->divs[k].rank < rank; k++)
		;
	if (k < (size_t)c->ndivs) {
		lg_doc_end(c->doc, c->divs[k].prov);
		for (j = k; j < (size_t)c->ndivs; j++)
			free(c->divs[j].key);
		c->ndivs = (int)k;
	}
	parent = c->ndivs > 0 ? c->divs[c->ndivs - 1].prov : -1;
	idx = c->ndivs < MAX_DIVS ? open_unit(c, kind, parent, num, numl, printed, heading, ln->line) : -1;
	if (idx >= 0) {
		c->divs[c->ndivs].prov = idx;
		c->divs[c->ndivs].rank = rank;
		c->divs[c->ndivs].key = key;
		c->ndivs++;
		c->units++;
	} else {
		free(key);
		add_text(c, s, ln->len, ln->line);
	}
	free(printed);
	free(heading);
	return 1;
}

static int open_point(struct ctx *c, const char *s, size_t n, unsigned line, unsigned flags);

static void
begin_article(struct ctx *c, const char *kind, const char *num, size_t numl, const char *printed,
    const char *heading, const char *form, unsigned line)
{
	int idx;

	close_article(c);
	/* Articles are numbered across the act: their eId carries no division. */
	idx = open_unit(c, kind, -1, num, numl, printed, heading, line);
	c->art_lvl.prov = idx;
	c->art_lvl.key = lg_xasprintf("%s %.*s", kind, (int)numl, num);
	c->art_form = lg_xstrdup(form);
	c->text_lines = 0;
	if (idx >= 0)
		c->units++;
}

static int
ordinal_end(const char *num, size_t n)
{
	return (n >= 2 && ((unsigned char)num[n - 2] == 0xC2 && ((unsigned char)num[n - 1] == 0xBA ||
	    (unsigned char)num[n - 1] == 0xB0 || (unsigned char)num[n - 1] == 0xAA))) ||
	    (n >= 2 && isdigit((unsigned char)num[n - 2]) && num[n - 1] == 'o') ||
	    (n >= 3 && memcmp(num + n - 2, "er", 2) == 0 && isdigit((unsigned char)num[n - 3]));
}

static int
on_article(struct ctx *c, const struct lg_line *ln)
{
	const char *s = c->l->text.p + ln->off, *kw, *num, *rest, *kind = "article";
	size_t kwl, numl, sepl, restl;
	char *printed, *key, *form, *heading = NULL;
	int section, heading_line = (ln->flags & (LG_LINE_HEADING | LG_LINE_BOLD)) != 0;

	if (!lg_re_match(&c->art, s, ln->len))
		return 0;
	kw = lg_re_group(&c->art, s, "kw", &kwl);
	num = lg_re_group(&c->art, s, "num", &numl);
	(void)lg_re_group(&c->art, s, "sep", &sepl);
	rest = lg_re_group(&c->art, s, "rest", &restl);
	/* "artículo 13 del Código" is a reference in running text. */
	if (kw == NULL || num == NULL || islower((unsigned char)kw[0]))
		return 0;
	section = (kw[0] == 'S' || kw[0] == 's' || (unsigned char)kw[0] == 0xC2);
	if (section && c->has_articles)
		return 0;	/* § 1º inside an article; "Section 1 :" a division */
	/* "Article 5 of the Convention ..." is a reference; "Art. 1º Esta Lei"
	 * is an article: the ordinal sign is its separator. */
	if (!heading_line && sepl == 0 && restl > 0 && rest[0] != '(' && !ordinal_end(num, numl))
		return 0;
	if (section)
		kind = "section";
	/* How this law prints its articles: "ARTICULO"/"ARTÍCULO" alike, but not
	 * "Artículo", and whether as a heading or in bold. */
	form = lg_xasprintf("%c%c/%u", kw[0], kwl > 1 && isupper((unsigned char)kw[1]) ? 'U' : 'l',
	    ln->flags & (LG_LINE_HEADING | LG_LINE_BOLD));
	/* An amending article quotes the articles it inserts: they stay its text
	 * unless they are printed the way this law prints its own articles. */
	if (c->amending && c->art_form != NULL && strcmp(form, c->art_form) != 0) {
		free(form);
		return 0;
	}
	key = lg_xasprintf("%s %.*s", kind, (int)numl, num);
	if (c->art_lvl.prov >= 0 && c->art_lvl.key != NULL && strcmp(key, c->art_lvl.key) == 0 &&
	    (ln->flags & LG_LINE_HEADING)) {
		/* The same section's header repeated by the next chunk. */
		free(key);
		free(form);
		return 1;
	}
	free(key);
	printed = lg_xstrndup(kw, (size_t)(num + numl - kw));
	if (heading_line && restl > 0 && rest[0] != '(' && (ln->flags & LG_LINE_HEADING))
		heading = lg_xstrndup(rest, restl);
	begin_article(c, kind, num, numl, printed, heading, form, ln->line);
	if (heading == NULL && restl > 0) {
		/* "Section 3(1)(a) ..." opens the subsection and the point too. */
		if (rest[0] != '(' || !open_point(c, rest, restl, ln->line, 0))
			add_text(c, rest, restl, ln->line);
		if (lg_re_match(&c->amend, rest, restl))
			c->amending = 1;
	}
	free(printed);
	free(heading);
	free(form);
	return 1;
}

static int
roman_only(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strchr("ivxlcIVXLC", s[i]))
			return 0;
	return n > 0;
}

static int
style_open(struct ctx *c, int st, const char *last)
{
	int k;

	for (k = c->npts - 1; k >= 0; k--)
		if (c->pts[k].style == st && (last == NULL || strcmp(c->pts[k].last, last) == 0))
			return k;
	return -1;
}

/* (i) after (h) is a letter; otherwise a roman numeral. Same for (v), (x). */
static int
paren_style(struct ctx *c, const char *v, size_t n)
{
	int lower = islower((unsigned char)v[0]);
	char prev[2] = { 0, 0 };

	if (n == 1) {
		prev[0] = (char)(v[0] - 1);
		if (style_open(c, lower ? ST_PLOWER : ST_PUPPER, prev) >= 0)
			return lower ? ST_PLOWER : ST_PUPPER;
	}
	if (roman_only(v, n) && (n > 1 || strchr("iIvVxX", v[0]) != NULL))
		return lower ? ST_PRLOWER : ST_PRUPPER;
	if (n > 1 && v[0] != v[1])
		return ST_NONE;
	return lower ? ST_PLOWER : ST_PUPPER;
}

/* Open a numbered paragraph or point at the start of s; its text follows.
 * Returns 0 (nothing opened) if s does not start with a number. */
static int
open_point(struct ctx *c, const char *s, size_t n, unsigned line, unsigned flags)
{
	const char *v, *rest, *num_end;
	size_t vl, restl;
	int st = ST_NONE, k, parent, idx, depth = 0;
	const char *kind = "point";
	char *printed;

	while (n > 0) {
		kind = "point";
		if (!lg_re_match(&c->pt, s, n)) {
			if (depth == 0 && (flags & LG_LINE_ITEM)) {
				st = ST_BULLET;
				v = NULL;
				vl = 0;
				rest = s;
				restl = n;
			} else
				break;
		} else {
			rest = lg_re_group(&c->pt, s, "rest", &restl);
			if ((v = lg_re_group(&c->pt, s, "p", &vl)) != NULL) {
				st = isdigit((unsigned char)v[0]) ? ST_PDIGIT : paren_style(c, v, vl);
				/* "CUATRO\n(4) a OCHO (8) años": a figure after its words. */
				if (st == ST_PDIGIT && depth == 0 && c->caps_word)
					break;
				if (st == ST_PDIGIT)
					kind = "paragraph";
			} else if ((v = lg_re_group(&c->pt, s, "d", &vl)) != NULL) {
				const char *ds;
				size_t dsl;

				ds = lg_re_group(&c->pt, s, "ds", &dsl);
				st = ds[0] == '.' ? ST_DDOT : ds[0] == ')' ? ST_DPAREN :
				    strchr(ds, '-') && (size_t)(strchr(ds, '-') - ds) < dsl ? ST_DDASH : ST_DORD;
				if (st == ST_DDOT)
					kind = "paragraph";
			} else if ((v = lg_re_group(&c->pt, s, "l", &vl)) != NULL)
				st = ST_LOWER;
			else if ((v = lg_re_group(&c->pt, s, "r", &vl)) != NULL)
				st = ST_ROMAN;
			else if ((v = lg_re_group(&c->pt, s, "s", &vl)) != NULL) {
				st = ST_PARA_SIGN;
				kind = "paragraph";
			} else if ((v = lg_re_group(&c->pt, s, "a", &vl)) != NULL ||
			    (v = lg_re_group(&c->pt, s, "a2", &vl)) != NULL) {
				st = ST_ARABIC;
			} else if ((v = lg_re_group(&c->pt, s, "u", &vl)) != NULL) {
				st = ST_UNICO;
				kind = "paragraph";
				v = "unico";
				vl = 5;
			}
			if (st == ST_NONE)
				break;
		}
		/* A new Markdown list after a list: its sibling, whatever its style. */
		if (depth == 0 && (flags & LG_LINE_ITEM) && c->npts > 0 && c->pts[c->npts - 1].item &&
		    c->pts[c->npts - 1].style != st && style_open(c, st, NULL) < 0) {
			for (k = 0; k < c->npts && !c->pts[k].item; k++)
				;
			close_points(c, k);
		}
		/* A sibling closes its predecessor and everything below it; a "§ 1º"
		 * or "Parágrafo único" is always a paragraph of the article itself. */
		if (depth == 0 && (st == ST_PARA_SIGN || st == ST_UNICO))
			close_points(c, 0);
		else if ((k = style_open(c, st, NULL)) >= 0)
			close_points(c, k);
		else if (c->npts >= MAX_PTS)
			break;
		num_end = rest;
		while (num_end > s && num_end[-1] == ' ')
			num_end--;
		/* "I - texto": the dash separates, it is not part of the number. */
		if (st == ST_ROMAN || st == ST_DDASH || st == ST_DDOT || st == ST_PARA_SIGN || st == ST_UNICO)
			while (num_end > s + 1 && (num_end[-1] == '-' || num_end[-1] == ' ' ||
			    (num_end - s > 3 && (unsigned char)num_end[-3] == 0xE2 && (unsigned char)num_end[-2] == 0x80)))
				num_end -= (unsigned char)num_end[-1] >= 0x80 ? 3 : 1;
		printed = st == ST_BULLET ? NULL : lg_xstrndup(s, (size_t)(num_end - s));
		parent = innermost(c);
		idx = open_unit(c, kind, parent, v, vl, printed, NULL, line);
		free(printed);
		if (idx < 0)
			break;
		c->pts[c->npts].prov = idx;
		c->pts[c->npts].style = st;
		c->pts[c->npts].item = (flags & LG_LINE_ITEM) != 0;
		snprintf(c->pts[c->npts].last, sizeof(c->pts[c->npts].last), "%.*s", (int)(vl < 7 ? vl : 7), v ? v : "");
		c->npts++;
		depth++;
		s = skip_blank(rest, rest + restl);
		n = restl - (size_t)(s - rest);
		if (st == ST_BULLET || n == 0 || s[0] != '(')
			break;	/* only "(1)(a)" chains */
	}
	if (depth > 0)
		add_text(c, s, n, line);
	return depth > 0;
}

/* Metadata from a front-matter "key: value" line. A block with a section
 * key (one file per section, concatenated) opens that section. */
struct front {
	char	*section;
	unsigned line;
};

static void
unquote(const char **v, size_t *n)
{
	while (*n > 0 && ((*v)[0] == '"' || (*v)[0] == '\'' || (*v)[0] == ' ')) {
		(*v)++;
		(*n)--;
	}
	while (*n > 0 && ((*v)[*n - 1] == '"' || (*v)[*n - 1] == '\'' || (*v)[*n - 1] == ' '))
		(*n)--;
}

static void
on_front(struct ctx *c, struct front *f, const struct lg_line *ln)
{
	const char *s = c->l->text.p + ln->off, *colon = memchr(s, ':', ln->len), *v;
	size_t kl, vl;
	char *val;

	if (colon == NULL)
		return;
	kl = (size_t)(colon - s);
	v = colon + 1;
	vl = ln->len - kl - 1;
	unquote(&v, &vl);
	if (vl == 0)
		return;
	val = lg_xstrndup(v, vl);
	if ((kl == 3 && memcmp(s, "act", 3) == 0))
		lg_doc_set(c->meta, &c->meta->title, val);
	else if (kl == 5 && memcmp(s, "title", 5) == 0 && c->meta->title == NULL)
		lg_doc_set(c->meta, &c->meta->title, val);
	else if (kl == 7 && memcmp(s, "country", 7) == 0 && c->meta->country == NULL)
		lg_doc_set(c->meta, &c->meta->country, val);
	else if (((kl == 4 && memcmp(s, "date", 4) == 0) || (kl == 16 && memcmp(s, "publication_date", 16) == 0) ||
	    (kl == 14 && memcmp(s, "enactment_date", 14) == 0)) && c->meta->date == NULL && vl == 10)
		lg_doc_set(c->meta, &c->meta->date, val);
	else if (kl == 6 && memcmp(s, "number", 6) == 0)
		lg_doc_set(c->meta, &c->meta->number, val);
	else if (kl == 7 && memcmp(s, "section", 7) == 0) {
		free(f->section);
		f->section = lg_xstrdup(val);
		f->line = ln->line;
	}
	free(val);
}

static void
on_front_end(struct ctx *c, struct front *f)
{
	char *printed;

	if (f->section == NULL)
		return;
	printed = lg_xasprintf("Section %s", f->section);
	begin_article(c, "section", f->section, strlen(f->section), printed, NULL, "front", f->line);
	free(printed);
	free(f->section);
	f->section = NULL;
}

static void
on_line(struct ctx *c, size_t *li, struct front *f)
{
	const struct lg_line *ln = &c->l->v[*li];
	const char *s = c->l->text.p + ln->off;
	int after_blank, k;

	if (ln->flags & LG_LINE_FRONT) {
		on_front(c, f, ln);
		return;
	}
	if (ln->flags & LG_LINE_FRONT_END) {
		on_front_end(c, f);
		return;
	}
	if (ln->flags & LG_LINE_BLANK) {
		lg_doc_break(c->doc);
		c->after_blank = 1;
		return;
	}
	after_blank = c->after_blank;
	c->after_blank = 0;
	if (on_article(c, ln) || on_division(c, li))
		return;
	if (innermost(c) >= 0 && open_point(c, s, ln->len, ln->line, ln->flags))
		return;
	/* "Pena - reclusão ..." after the incisos is the article's penalty. */
	if (c->npts > 0 && c->art_lvl.prov >= 0 && ln->len > 6 && memcmp(s, "Pena", 4) == 0 &&
	    (s[4] == ':' || (s[4] == ' ' && (s[5] == '-' || s[5] == ':' || (unsigned char)s[5] == 0xE2))))
		close_points(c, 0);
	/* A paragraph after a list ends the list: it is the text that wraps it
	 * up. Unless the item stopped mid-sentence ("... gubernamentales, las" /
	 * "que serán ..."): sources hard-wrapped with blank lines between. */
	if (after_blank && !(ln->flags & LG_LINE_ITEM) && c->npts > 0 && c->pts[c->npts - 1].item &&
	    !(c->last_char_word && islower((unsigned char)s[0]))) {
		for (k = 0; k < c->npts && !c->pts[k].item; k++)
			;
		close_points(c, k);
	}
	if (c->art_lvl.prov >= 0 && c->text_lines < 8 && lg_re_match(&c->amend, s, ln->len))
		c->amending = 1;
	add_text(c, s, ln->len, ln->line);
}

/* Does the text use article keywords (Article, Artículo, Art., Artigo, المادة)?
 * Then "§ 1º" is a paragraph and "Section 2 :" a division. */
static int
uses_articles(struct ctx *c)
{
	size_t i, kwl, numl, n = 0;
	const char *s, *kw;

	for (i = 0; i < c->l->n && n < 2; i++) {
		s = c->l->text.p + c->l->v[i].off;
		if (c->l->v[i].flags & (LG_LINE_BLANK | LG_LINE_FRONT) || !lg_re_match(&c->art, s, c->l->v[i].len))
			continue;
		kw = lg_re_group(&c->art, s, "kw", &kwl);
		if (kw == NULL || islower((unsigned char)kw[0]) || lg_re_group(&c->art, s, "num", &numl) == NULL)
			continue;
		if (kw[0] == 'A' || (unsigned char)kw[0] == 0xD8 || (unsigned char)kw[0] == 0xD9)
			n++;
	}
	return n >= 2;
}

/* ---------- metadata from the text ---------- */

/* ---------- entry point ---------- */

static void
unstructured(const struct lg_lines *l, lg_doc *doc, lg_diag *diag)
{
	size_t i;
	int p = -1;

	for (i = 0; i < l->n; i++) {
		const struct lg_line *ln = &l->v[i];

		if (ln->flags & (LG_LINE_FRONT | LG_LINE_FRONT_END))
			continue;
		if (ln->flags & LG_LINE_BLANK) {
			lg_doc_end(doc, p);
			p = -1;
			continue;
		}
		if (p < 0)
			p = lg_doc_begin(doc, "paragraph", NULL, NULL, NULL, ln->line);
		else
			lg_doc_text(doc, " ", 1, ln->line);
		lg_doc_text(doc, l->text.p + ln->off, ln->len, ln->line);
	}
	lg_doc_finish(doc);
	lg_diag_emit(diag, LG_LEVEL_WARNING, "import-unstructured", doc->path, 0, 0,
	    "no legislative structure recognised; one provision per paragraph");
}

/* Move the built text and provisions of src into dst. */
static void
take_body(lg_doc *dst, lg_doc *src)
{
#define SWAP(f) do { __typeof__(dst->f) t_ = dst->f; dst->f = src->f; src->f = t_; } while (0)
	SWAP(text); SWAP(text_len); SWAP(text_cap);
	SWAP(prov); SWAP(nprov); SWAP(prov_cap);
	SWAP(lines); SWAP(nlines); SWAP(lines_cap);
#undef SWAP
}

void
lg_structure(const struct lg_lines *l, lg_doc *doc, lg_diag *diag)
{
	struct ctx c;
	struct front f = { NULL, 0 };
	size_t i;
	int k;

	memset(&c, 0, sizeof(c));
	c.l = l;
	c.art_lvl.prov = -1;
	if (lg_re_compile(&c.art, ART_RE, 1) < 0 || lg_re_compile(&c.div, DIV_RE, 1) < 0 ||
	    lg_re_compile(&c.pt, PT_RE, 0) < 0 || lg_re_compile(&c.amend, AMEND_RE, 1) < 0) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "internal", doc->path, 0, 0, "structure patterns do not compile");
		goto out;
	}
	/* Build into a scratch document: if nothing is recognised the text is
	 * rebuilt as paragraphs instead. Metadata goes straight into doc. */
	c.doc = lg_doc_new(doc->path);
	c.meta = doc;
	c.has_articles = uses_articles(&c);
	for (i = 0; i < l->n; i++)
		on_line(&c, &i, &f);
	lg_doc_finish(c.doc);
	lg_front_from_text(l, doc);
	if (c.units > 0) {
		take_body(doc, c.doc);
	} else
		unstructured(l, doc, diag);
	lg_doc_free(c.doc);
out:
	free(f.section);
	for (k = 0; k < c.ndivs; k++)
		free(c.divs[k].key);
	free(c.art_lvl.key);
	free(c.art_form);
	lg_idset_free(&c.ids);
	lg_re_free(&c.art);
	lg_re_free(&c.div);
	lg_re_free(&c.pt);
	lg_re_free(&c.amend);
}
