/* structure.c - recognise legislative structure in logical lines (see
 * structure.h): divisions (Part/Livre/Título/الباب ...), articles in their
 * national forms (Article, Art., ARTÍCULO 10.-, Artigo 149-A, § 1591,
 * Section 3(1)(a), المادة (5)), numbered paragraphs and points, front matter.
 *
 * One pass over the lines, each matched against a few anchored patterns
 * (compiled once per call), so the cost is linear in the input. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexgap.h"
#include "structure.h"
#include "util.h"

/* ---------- lines ---------- */

void
lg_lines_init(struct lg_lines *l)
{
	memset(l, 0, sizeof(*l));
	lg_buf_init(&l->text);
}

void
lg_lines_free(struct lg_lines *l)
{
	lg_buf_free(&l->text);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static int
is_blank_at(const char *s, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)s[i];

	*w = 1;
	if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
		return 1;
	/* NBSP: pages pad numbers with it ("Art. 149-A.&nbsp; Agenciar"). */
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
		*w = 2;
		return 1;
	}
	/* U+2000-U+200A and U+202F (the US Code writes "§\u202F1581"). */
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] <= 0x8A || (unsigned char)s[i + 2] == 0xAF)) {
		*w = 3;
		return 1;
	}
	return 0;
}

void
lg_lines_add(struct lg_lines *l, const char *s, size_t n, unsigned line, unsigned flags)
{
	size_t i, w, start;
	int space = 0;
	struct lg_line *ln;

	start = l->text.len;
	for (i = 0; i < n; i += w) {
		if (is_blank_at(s, n, i, &w)) {
			space = 1;
			continue;
		}
		if (space && l->text.len > start)
			lg_buf_putc(&l->text, ' ');
		space = 0;
		lg_buf_put(&l->text, s + i, w);
	}
	if (l->text.len == start) {
		if ((flags & (LG_LINE_FRONT | LG_LINE_FRONT_END)) == 0) {
			/* A paragraph boundary; fold runs and skip leading ones. */
			if (l->n == 0 || (l->v[l->n - 1].flags & LG_LINE_BLANK))
				return;
			flags = LG_LINE_BLANK;
		}
	}
	l->v = lg_grow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	ln = &l->v[l->n++];
	ln->off = start;
	ln->len = l->text.len - start;
	ln->line = line;
	ln->flags = flags;
}

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
    "(?<num>(?-i:[IVXLCDM]+)(?:er|re|e|[ºª°])?|[0-9]+(?:er|re|e|[ºª°])?(?:[.-][0-9]+)*(?-i:[A-Z])?"
    "|(?-i:[A-Z])(?=\\s*[:.—–-]|\\s*$)"
    "|PRIMER[OA]?|SEGUND[OA]|TERCER[OA]?|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]"
    "|OCTAV[OA]|NOVEN[OA]|D[ÉE]CIM[OA]|PRIMEIR[OA]|TERCEIR[OA]|PREMI(?:ER|ÈRE)"
    "|PR[ÉE]LIMINAIRE|PRELIMINAR|PRELIMINARY|[ÚU]NIC[OA]|UNIQUE"
    "|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|GERAL|ESPECIAL|GENERAL|SPECIAL"
    "|L[ÉE]GISLATIVE|R[ÉE]GLEMENTAIRE)"
    "(?=[\\s:.—–,-]|$)(?<sep>\\s*[-—–:.]+)?\\s*(?<rest>.*)$"
    "|^(?<akw>الكتاب|الباب|الفصل|الفرع|القسم|الجزء)\\s+(?<anum>[^\\s:.\\-—–]+)"
    "(?<asep>\\s*[-—–:.]+)?\\s*(?<arest>.*)$";

/* Numbered paragraphs and points; case matters here ((i) vs (I)). */
static const char PT_RE[] =
    "^(?:\\((?<p>[0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\)"
    "|(?<d>[0-9]{1,3})(?<ds>\\.(?![0-9])|\\)|\\s?[º°ª]\\.?|\\s?-(?=\\s))"
    "|(?<l>[a-z])(?:\\)|\\.(?=\\s))"
    "|(?<r>[IVXLC]{1,6})(?:\\s*[-–—]|\\.|\\))(?=\\s)"
    "|§\\s*(?<s>[0-9]{1,3})\\s?[º°o]?\\.?"
    "|(?<u>(?i:Par[áa]grafo\\s+[úu]nico))\\.?"
    "|\\((?<a>[\\x{0621}-\\x{064A}])\\)|(?<a2>[\\x{0621}-\\x{064A}])\\)(?=\\s))"
    "(?<rest>.*)$";

static const char NUMBER_RE[] =
    "(?:\\b(?:Ley|Law|Loi|Lei|Act|Decreto-Lei|Decreto|D[ée]cret|Decree|Code)|قانون)\\s+"
    "(?:N[°º.o]?\\s*|No\\.?\\s*|n[°º]\\s*|رقم\\s*)?(?<n>[0-9][0-9./-]*[0-9]|[0-9])";

static const char DATE_RE[] =
    "(?<iso>[12][0-9]{3}-[01][0-9]-[0-3][0-9])"
    "|(?<d1>[0-3]?[0-9])(?:º|°|er|st|nd|rd|th)?\\s+(?:de\\s+)?(?<m1>[A-Za-zéûçÉÛ]+)\\s+(?:de\\s+|del\\s+)?(?<y1>[12][0-9]{3})"
    "|(?<m2>[A-Za-z]+)\\s+(?<d2>[0-3]?[0-9]),?\\s+(?:de\\s+)?(?<y2>[12][0-9]{3})";

/* Amending verbs: an article that quotes new articles ("Incorpórase como
 * artículo 145 bis ... el siguiente:") must not turn them into its siblings. */
static const char AMEND_RE[] =
    "incorp[óo]rase|sustit[úu]yese|modif[íi]case|reempl[áa]zase|agr[ée]gase|substitua-se"
    "|passa a vigorar|acrescid[oa]|est ainsi r[ée]dig|remplac[ée]e? par|ins[ée]r[ée]"
    "|is amended|shall be amended|is inserted|are inserted|is substituted|يستبدل|تضاف";

struct re {
	pcre2_code		*code;
	pcre2_match_data	*md;
};

static int
re_compile(struct re *r, const char *pat, int caseless)
{
	int err;
	PCRE2_SIZE eoff;
	uint32_t opt = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | (caseless ? PCRE2_CASELESS : 0);

	r->code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opt, &err, &eoff, NULL);
	if (r->code == NULL)
		return -1;
	(void)pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE);
	r->md = pcre2_match_data_create_from_pattern(r->code, NULL);
	return 0;
}

static void
re_free(struct re *r)
{
	pcre2_match_data_free(r->md);
	pcre2_code_free(r->code);
}

static int
re_match(struct re *r, const char *s, size_t n)
{
	return r->code != NULL && pcre2_match(r->code, (PCRE2_SPTR)s, n, 0, 0, r->md, NULL) > 0;
}

/* Named group of the last match: pointer and length (0 and NULL if unset). */
static const char *
re_group(struct re *r, const char *s, const char *name, size_t *len)
{
	int g = pcre2_substring_number_from_name(r->code, (PCRE2_SPTR)name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);

	*len = 0;
	if (g < 0 || (uint32_t)g >= pcre2_get_ovector_count(r->md) || ov[2 * g] == PCRE2_UNSET)
		return NULL;
	*len = ov[2 * g + 1] - ov[2 * g];
	return s + ov[2 * g];
}

/* ---------- eIds ---------- */

struct idset {
	char	**slot;
	size_t	  cap, n;
};

static unsigned long
hash(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* Insert s (taken over) if absent; 0 if it was already there (s not taken). */
static int
idset_add(struct idset *set, char *s)
{
	size_t i, j;
	char **old;

	if (set->n * 2 >= set->cap) {
		old = set->slot;
		j = set->cap;
		set->cap = set->cap ? set->cap * 2 : 256;
		set->slot = lg_xcalloc(set->cap, sizeof(char *));
		set->n = 0;
		for (i = 0; i < j; i++)
			if (old[i] != NULL)
				(void)idset_add(set, old[i]);
		free(old);
	}
	for (i = hash(s) & (set->cap - 1); set->slot[i] != NULL; i = (i + 1) & (set->cap - 1))
		if (strcmp(set->slot[i], s) == 0)
			return 0;
	set->slot[i] = s;
	set->n++;
	return 1;
}

static void
idset_free(struct idset *set)
{
	size_t i;

	for (i = 0; i < set->cap; i++)
		free(set->slot[i]);
	free(set->slot);
}

static const char *
abbrev(const char *kind)
{
	static const char *t[][2] = {
		{ "article", "art" }, { "section", "sec" }, { "subsection", "subsec" },
		{ "paragraph", "para" }, { "point", "point" }, { "chapter", "chp" },
		{ "subchapter", "subchp" }, { "part", "part" }, { "book", "book" },
		{ "title", "title" }, { "subtitle", "subtitle" }, { "division", "dvs" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i][0], kind) == 0)
			return t[i][1];
	return kind;
}

/* The number part of an eId: ASCII letters and digits, '-' between them,
 * Arabic-Indic digits as ASCII; "Ier"/"1er" lose the ordinal suffix. */
static void
num_token(lg_buf *b, const char *num, size_t n)
{
	size_t i, start = b->len;
	int nn;
	long cp;

	for (i = 0; i < n; i += (size_t)nn) {
		cp = lg_utf8_decode((const unsigned char *)num + i, n - i, &nn);
		if (cp >= 0x660 && cp <= 0x669)
			cp = '0' + (cp - 0x660);
		if (cp >= 0 && cp < 128 && isalnum((int)cp))
			lg_buf_putc(b, (char)tolower((int)cp));
		else if (b->len > start && b->p[b->len - 1] != '-' && cp >= 0 && cp < 128 &&
		    (cp == '-' || cp == '.' || cp == ' '))
			lg_buf_putc(b, '-');
	}
	while (b->len > start && b->p[b->len - 1] == '-')
		lg_buf_truncate(b, b->len - 1);
	if (b->len >= start + 3 && (memcmp(b->p + b->len - 2, "er", 2) == 0 ||
	    memcmp(b->p + b->len - 2, "re", 2) == 0) &&
	    strspn(b->p + start, "0123456789ivxlcdm") == b->len - start - 2)
		lg_buf_truncate(b, b->len - 2);
}

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
	lg_doc			*doc;
	const struct lg_lines	*l;
	struct re		 art, div, pt, amend;
	struct idset		 ids;
	struct lvl		 divs[MAX_DIVS], pts[MAX_PTS];
	int			 ndivs, npts;
	struct lvl		 art_lvl;	/* art_lvl.prov < 0: none open */
	char			*art_form;	/* keyword form of the open article */
	int			 amending;	/* the open article quotes new text */
	int			 has_articles;	/* Article/Artículo/... seen: § and Section are lower */
	size_t			 units;		/* articles and divisions opened */
	size_t			 text_lines;	/* lines of text in the open article, for amending */
	int			 after_blank;	/* the previous line was a paragraph boundary */
};

static char *
make_eid(struct ctx *c, int parent, const char *kind, const char *num, size_t n)
{
	lg_buf b;
	char *e;
	size_t base, sib = 1, i;

	lg_buf_init(&b);
	if (parent >= 0)
		lg_buf_printf(&b, "%s__", c->doc->prov[parent].eid);
	lg_buf_printf(&b, "%s_", abbrev(kind));
	base = b.len;
	if (num != NULL)
		num_token(&b, num, n);
	if (b.len == base) {
		for (i = parent < 0 ? 0 : (size_t)parent + 1; i < c->doc->nprov; i++)
			if (c->doc->prov[i].parent == parent && strcmp(c->doc->prov[i].kind, kind) == 0)
				sib++;
		lg_buf_printf(&b, "%zu", sib);
	}
	base = b.len;
	for (i = 2; !idset_add(&c->ids, lg_xstrdup(b.p)); i++) {
		/* A second Article L311-15 (two versions in one consolidation). */
		lg_buf_truncate(&b, base);
		lg_buf_printf(&b, "_%zu", i);
	}
	e = lg_xstrdup(b.p);
	lg_buf_free(&b);
	return e;
}

static int
open_unit(struct ctx *c, const char *kind, int eid_parent, const char *num, size_t numlen,
    const char *printed, const char *heading, unsigned line)
{
	char *eid = make_eid(c, eid_parent, kind, num, numlen);
	int idx = lg_doc_begin(c->doc, kind, eid, printed, heading, line);

	free(eid);
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
	if (n == 0)
		return;
	lg_doc_text(c->doc, " ", 1, line);
	lg_doc_text(c->doc, s, n, line);
	c->text_lines++;
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
	if (re_match(&c->art, s, ln->len) || re_match(&c->div, s, ln->len) || re_match(&c->pt, s, ln->len))
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

	if (!re_match(&c->div, s, ln->len))
		return 0;
	if ((kw = re_group(&c->div, s, "kw", &kwl)) == NULL) {
		kw = re_group(&c->div, s, "akw", &kwl);
		arabic = 1;
	}
	num = re_group(&c->div, s, arabic ? "anum" : "num", &numl);
	(void)re_group(&c->div, s, arabic ? "asep" : "sep", &sepl);
	rest = re_group(&c->div, s, arabic ? "arest" : "rest", &restl);
	if (kw == NULL || num == NULL || (!arabic && islower((unsigned char)kw[0])))
		return 0;
	/* "Section" is an article-level unit in laws without articles. */
	if (!c->has_articles && kwl >= 3 && strncasecmp(kw, "sec", 3) == 0 && strncasecmp(kw, "sous", 4) != 0)
		return 0;
	/* Body text that happens to start with "Chapter 5 of ..." is no heading. */
	if (!(ln->flags & (LG_LINE_HEADING | LG_LINE_BOLD)) && restl > 0 && sepl == 0 && !heading_like(c, ln, 0))
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

	if (!re_match(&c->art, s, ln->len))
		return 0;
	kw = re_group(&c->art, s, "kw", &kwl);
	num = re_group(&c->art, s, "num", &numl);
	(void)re_group(&c->art, s, "sep", &sepl);
	rest = re_group(&c->art, s, "rest", &restl);
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
	form = lg_xasprintf("%.*s/%u", (int)kwl, kw, ln->flags & (LG_LINE_HEADING | LG_LINE_BOLD));
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
		if (re_match(&c->amend, rest, restl))
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
		if (!re_match(&c->pt, s, n)) {
			if (depth == 0 && (flags & LG_LINE_ITEM)) {
				st = ST_BULLET;
				v = NULL;
				vl = 0;
				rest = s;
				restl = n;
			} else
				break;
		} else {
			rest = re_group(&c->pt, s, "rest", &restl);
			if ((v = re_group(&c->pt, s, "p", &vl)) != NULL) {
				st = isdigit((unsigned char)v[0]) ? ST_PDIGIT : paren_style(c, v, vl);
				if (st == ST_PDIGIT)
					kind = "paragraph";
			} else if ((v = re_group(&c->pt, s, "d", &vl)) != NULL) {
				const char *ds;
				size_t dsl;

				ds = re_group(&c->pt, s, "ds", &dsl);
				st = ds[0] == '.' ? ST_DDOT : ds[0] == ')' ? ST_DPAREN :
				    strchr(ds, '-') && (size_t)(strchr(ds, '-') - ds) < dsl ? ST_DDASH : ST_DORD;
				if (st == ST_DDOT)
					kind = "paragraph";
			} else if ((v = re_group(&c->pt, s, "l", &vl)) != NULL)
				st = ST_LOWER;
			else if ((v = re_group(&c->pt, s, "r", &vl)) != NULL)
				st = ST_ROMAN;
			else if ((v = re_group(&c->pt, s, "s", &vl)) != NULL) {
				st = ST_PARA_SIGN;
				kind = "paragraph";
			} else if ((v = re_group(&c->pt, s, "a", &vl)) != NULL ||
			    (v = re_group(&c->pt, s, "a2", &vl)) != NULL) {
				st = ST_ARABIC;
			} else if ((v = re_group(&c->pt, s, "u", &vl)) != NULL) {
				st = ST_UNICO;
				kind = "paragraph";
				v = "unico";
				vl = 5;
			}
			if (st == ST_NONE)
				break;
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
		lg_doc_set(c->doc, &c->doc->title, val);
	else if (kl == 5 && memcmp(s, "title", 5) == 0 && c->doc->title == NULL)
		lg_doc_set(c->doc, &c->doc->title, val);
	else if (kl == 7 && memcmp(s, "country", 7) == 0 && c->doc->country == NULL)
		lg_doc_set(c->doc, &c->doc->country, val);
	else if (((kl == 4 && memcmp(s, "date", 4) == 0) || (kl == 16 && memcmp(s, "publication_date", 16) == 0) ||
	    (kl == 14 && memcmp(s, "enactment_date", 14) == 0)) && c->doc->date == NULL && vl == 10)
		lg_doc_set(c->doc, &c->doc->date, val);
	else if (kl == 6 && memcmp(s, "number", 6) == 0)
		lg_doc_set(c->doc, &c->doc->number, val);
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
	/* A paragraph after a list ends the list: it is the text that wraps it up. */
	if (after_blank && !(ln->flags & LG_LINE_ITEM) && c->npts > 0 && c->pts[c->npts - 1].item) {
		for (k = 0; k < c->npts && !c->pts[k].item; k++)
			;
		close_points(c, k);
	}
	if (c->art_lvl.prov >= 0 && c->text_lines < 8 && re_match(&c->amend, s, ln->len))
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
		if (c->l->v[i].flags & (LG_LINE_BLANK | LG_LINE_FRONT) || !re_match(&c->art, s, c->l->v[i].len))
			continue;
		kw = re_group(&c->art, s, "kw", &kwl);
		if (kw == NULL || islower((unsigned char)kw[0]) || re_group(&c->art, s, "num", &numl) == NULL)
			continue;
		if (kw[0] == 'A' || (unsigned char)kw[0] == 0xD8 || (unsigned char)kw[0] == 0xD9)
			n++;
	}
	return n >= 2;
}

/* ---------- metadata from the text ---------- */

static int
month_of(const char *m, size_t n)
{
	static const char *names[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
		"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
		"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
		"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
	};
	static const char *full[] = {
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
		"marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
		"noviembre", "diciembre", "janeiro", "fevereiro", "março", "abril", "maio", "junho",
		"julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
	};
	char low[16];
	size_t i;

	(void)names;
	if (n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)m[i]);
	low[n] = '\0';
	for (i = 0; i < sizeof(full) / sizeof(full[0]); i++)
		if (strcmp(low, full[i]) == 0)
			return (int)(i % 12) + 1;
	return 0;
}

static void
front_from_text(struct ctx *c)
{
	struct re num = { NULL, NULL }, date = { NULL, NULL };
	size_t i, seen = 0, gl, ml, dl, yl;
	const char *s, *g, *m, *d, *y;
	char buf[16];
	int mon;

	if (re_compile(&num, NUMBER_RE, 1) < 0 || re_compile(&date, DATE_RE, 1) < 0) {
		re_free(&num);
		re_free(&date);
		return;
	}
	for (i = 0; i < c->l->n && seen < 40; i++) {
		const struct lg_line *ln = &c->l->v[i];

		if (ln->flags & (LG_LINE_BLANK | LG_LINE_FRONT | LG_LINE_FRONT_END))
			continue;
		seen++;
		s = c->l->text.p + ln->off;
		if (c->doc->title == NULL && ((ln->flags & LG_LINE_HEADING) || seen == 1))
			c->doc->title = lg_xstrndup(s, ln->len > 300 ? 300 : ln->len);
		if (c->doc->number == NULL && re_match(&num, s, ln->len) &&
		    (g = re_group(&num, s, "n", &gl)) != NULL)
			c->doc->number = lg_xstrndup(g, gl);
		if (c->doc->date == NULL && re_match(&date, s, ln->len)) {
			if ((g = re_group(&date, s, "iso", &gl)) != NULL)
				c->doc->date = lg_xstrndup(g, gl);
			else {
				if ((m = re_group(&date, s, "m1", &ml)) != NULL) {
					d = re_group(&date, s, "d1", &dl);
					y = re_group(&date, s, "y1", &yl);
				} else {
					m = re_group(&date, s, "m2", &ml);
					d = re_group(&date, s, "d2", &dl);
					y = re_group(&date, s, "y2", &yl);
				}
				if (m && d && y && (mon = month_of(m, ml)) > 0 && atoi(d) >= 1 && atoi(d) <= 31) {
					snprintf(buf, sizeof(buf), "%.4s-%02d-%02d", y, mon, atoi(d));
					c->doc->date = lg_xstrdup(buf);
				}
			}
		}
	}
	re_free(&num);
	re_free(&date);
}

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
	if (re_compile(&c.art, ART_RE, 1) < 0 || re_compile(&c.div, DIV_RE, 1) < 0 ||
	    re_compile(&c.pt, PT_RE, 0) < 0 || re_compile(&c.amend, AMEND_RE, 1) < 0) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "internal", doc->path, 0, 0, "structure patterns do not compile");
		goto out;
	}
	/* Build into a scratch document: if nothing is recognised the text is
	 * rebuilt as paragraphs instead. Metadata goes straight into doc. */
	c.doc = lg_doc_new(doc->path);
	c.has_articles = uses_articles(&c);
	for (i = 0; i < l->n; i++) {
		c.doc->title = doc->title;	/* front matter may set metadata */
		c.doc->country = doc->country;
		c.doc->date = doc->date;
		c.doc->number = doc->number;
		on_line(&c, &i, &f);
		doc->title = c.doc->title;
		doc->country = c.doc->country;
		doc->date = c.doc->date;
		doc->number = c.doc->number;
	}
	c.doc->title = c.doc->country = c.doc->date = c.doc->number = NULL;
	lg_doc_finish(c.doc);
	{
		lg_doc *save = c.doc;

		c.doc = doc;
		front_from_text(&c);
		c.doc = save;
	}
	if (c.units > 0) {
		take_body(doc, c.doc);
		lg_doc_finish(doc);
	} else
		unstructured(l, doc, diag);
	lg_doc_free(c.doc);
out:
	free(f.section);
	for (k = 0; k < c.ndivs; k++)
		free(c.divs[k].key);
	free(c.art_lvl.key);
	free(c.art_form);
	idset_free(&c.ids);
	if (c.art.code) re_free(&c.art);
	if (c.div.code) re_free(&c.div);
	if (c.pt.code) re_free(&c.pt);
	if (c.amend.code) re_free(&c.amend);
}
