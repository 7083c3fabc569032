/* akn.c - Akoma Ntoso loader (see akn.h).
 *
 * Why SAX on a push parser rather than a DOM or xmlTextReader: the file is
 * already in memory (lg_load read it), a DOM would hold a second, larger copy,
 * and xmlReadMemory/xmlCreateMemoryParserCtxt copy the whole input again. Fed
 * in chunks, the push parser only keeps a window, so peak memory is the input
 * buffer plus the document model's single copy of the text.
 *
 * Why we track lines ourselves: a text node spanning 50 lines (the Mexican
 * PDF conversions) would otherwise map to one line; the parser's line counter
 * at a characters() callback is the line where the chunk ends, so counting the
 * newlines in the chunk gives every line of it.
 *
 * Provisions are opened lazily: a unit's <num> and <heading> come after its
 * start tag, and lg_doc_begin wants them up front, so a unit stays "pending"
 * until its first real text or child unit. */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "akn.h"
#include "lang.h"
#include "lexgap.h"

#define AKN3_NS		"http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define AKN2_NS		"http://www.akomantoso.org/2.0"
#define FEED_CHUNK	(64 * 1024)	/* bytes handed to the push parser at a time */
#define PROBE_BYTES	48		/* text looked at for a flattened "Artículo N." */
#define MAX_DUP_WARN	20		/* duplicate-eId warnings before a summary */
/* libxml2's pull parser refuses elements nested deeper than this without
 * XML_PARSE_HUGE, but its push parser (2.9) does not check: we do. */
#define MAX_XML_DEPTH	256

/* What an element does to the document model. */
enum akn_role {
	ROLE_BLOCK,	/* text inside it is its own block (p, content, td, ...) */
	ROLE_INLINE,	/* text flows on (b, i, ref, term, ...) */
	ROLE_SPACE,	/* an empty element that separates words (br, eol) */
	ROLE_UNIT,	/* a provision (article, section, point, ...) */
	ROLE_NUM,	/* <num> of a pending unit */
	ROLE_HEADING,	/* <heading> of a pending unit */
	ROLE_QUOTED,	/* quotedStructure: units inside are quoted text, not ours */
	ROLE_SKIP	/* meta: metadata, not text */
};

enum frbr { FRBR_NONE, FRBR_WORK, FRBR_EXPR, FRBR_MANIF };

struct akn_frame {
	const char	*name;		/* dictionary-owned local name */
	unsigned char	 role;
	unsigned char	 container;	/* part/chapter/... or body: holds recovered articles */
	unsigned char	 pending;	/* unit not begun yet */
	unsigned	 line;
	int		 prov;		/* provision begun for this unit, or -1 */
	int		 virt;		/* article recovered from text inside this frame, or -1 */
	char		*eid;		/* pending unit's eId (owned until begun) */
	lg_buf		 num, heading;	/* pending unit's num / heading text */
};

/* Duplicate-eId detection: open addressing over provision indexes. */
struct akn_eids {
	int	*slot;			/* provision index + 1, 0 = empty */
	size_t	 cap, n;
};

struct akn_state {
	xmlParserCtxtPtr ctxt;		/* the main context (entity content arrives on others) */
	lg_doc		*doc;
	lg_diag		*diag;
	const char	*path;

	struct akn_frame *f;
	size_t		 nf, fcap;
	int		 first_pending;	/* lowest frame index that may be pending, -1 none */

	const char	*ns;		/* the document's AKN namespace (NULL: none) */
	int		 akn2;		/* 2.0 uses @id legitimately */
	int		 refused;	/* root is not akomaNtoso */
	int		 failed;	/* fatal XML error reported */
	lg_buf		 err;		/* first non-fatal XML error */
	unsigned	 err_line, err_col;

	size_t		 skip;		/* depth of the meta being skipped, 0 none */
	int		 meta_done;	/* first meta read: later ones are attachments' */
	enum frbr	 frbr;
	size_t		 frbr_depth;
	char		*alias, *name_attr;	/* title fallbacks */

	/* num/heading being captured: frame index (+1; 0 none) and which buffer.
	 * An index, not a pointer: the frame array moves when it grows. */
	size_t		 cap_frame;
	int		 cap_heading;
	lg_buf		 title;		/* first docTitle/shortTitle */
	size_t		 title_depth;	/* 0: not capturing */
	int		 title_done;

	int		 quoted;	/* inside quotedStructure */

	/* Flattened-structure recovery (no article/section/rule elements). */
	int		 recover;
	int		 armed;		/* at the start of a block: look at its first text */
	lg_buf		 probe;
	unsigned	 probe_line;
	unsigned	 recovered, recovered_line;
	unsigned	 empty, empty_line;	/* containers with neither text nor children */

	int		 warned_id;
	struct akn_eids	 eids;
	unsigned	 dups;
	char		**unknown;	/* element names already warned about */
	size_t		 nunknown, unknown_cap;
};

/* Every element name of the AKN 2.0, 3.0 WD17 and 3.0 schemas
 * (../shared/corpus/schema), sorted (C locale) for bsearch. */
static const char *const akn_elements[] = {
	"FRBRExpression", "FRBRItem", "FRBRManifestation", "FRBRWork", "FRBRalias", "FRBRauthor",
	"FRBRauthoritative", "FRBRcountry", "FRBRdate", "FRBRformat", "FRBRlanguage", "FRBRmasterExpression",
	"FRBRname", "FRBRnumber", "FRBRportion", "FRBRprescriptive", "FRBRsubtype", "FRBRthis",
	"FRBRtranslation", "FRBRuri", "FRBRversionNumber", "TLCConcept", "TLCEvent", "TLCLocation",
	"TLCObject", "TLCOrganization", "TLCPerson", "TLCProcess", "TLCReference", "TLCRole",
	"TLCTerm", "a", "abbr", "act", "activeModifications", "activeRef",
	"address", "adjournment", "administrationOfOath", "affectedDocument", "akomaNtoso", "alinea",
	"alternativeReference", "amendment", "amendmentBody", "amendmentContent", "amendmentHeading", "amendmentJustification",
	"amendmentList", "amendmentReference", "analysis", "answer", "application", "applies",
	"argument", "arguments", "article", "attachment", "attachmentOf", "attachments",
	"authorialNote", "b", "background", "bill", "block", "blockContainer",
	"blockList", "body", "book", "br", "caption", "change",
	"chapter", "citation", "citations", "classification", "clause", "collectionBody",
	"communication", "component", "componentData", "componentInfo", "componentRef", "components",
	"concept", "conclusions", "condition", "container", "content", "contrasts",
	"count", "courtType", "coverPage", "crossHeading", "date", "debate",
	"debateBody", "debateReport", "debateSection", "decision", "declarationOfVote", "decoration",
	"def", "del", "derogates", "destination", "dissentsFrom", "distinguishes",
	"div", "division", "doc", "docAuthority", "docCommittee", "docDate",
	"docIntroducer", "docJurisdiction", "docNumber", "docProponent", "docPurpose", "docStage",
	"docStatus", "docTitle", "docType", "docketNumber", "documentCollection", "documentRef",
	"domain", "duration", "efficacy", "efficacyMod", "embeddedStructure", "embeddedText",
	"entity", "eol", "eop", "event", "eventRef", "extends",
	"extractStructure", "extractText", "fillIn", "force", "forceMod", "foreign",
	"formula", "fragment", "fragmentBody", "from", "hasAttachment", "hcontainer",
	"header", "heading", "i", "identification", "img", "implicitReference",
	"indent", "inline", "ins", "interstitial", "intro", "introduction",
	"isAnalogTo", "item", "judge", "judgement", "judgementBody", "judgment",
	"judgmentBody", "judicial", "jurisprudence", "keyword", "lawyer", "legalSystemMod",
	"legislature", "level", "li", "lifecycle", "list", "listConclusion",
	"listIntroduction", "listWrapUp", "location", "longTitle", "mainBody", "mapping",
	"mappings", "marker", "meaningMod", "meta", "ministerialStatements", "mmod",
	"mod", "motivation", "mref", "narrative", "nationalInterest", "neutralCitation",
	"new", "note", "noteRef", "notes", "noticesOfMotion", "num",
	"object", "officialGazette", "ol", "old", "omissis", "opinion",
	"oralStatements", "organization", "original", "other", "otherAnalysis", "otherRef",
	"otherReferences", "outcome", "overrules", "p", "papers", "paragraph",
	"parliamentary", "part", "party", "passiveModifications", "passiveRef", "person",
	"personalStatements", "petitions", "placeholder", "point", "pointOfOrder", "popup",
	"portion", "portionBody", "prayers", "preamble", "preface", "presentation",
	"preservation", "previous", "proceduralMotions", "process", "proprietary", "proviso",
	"publication", "putsInQuestion", "quantity", "question", "questions", "quorum",
	"quorumVerification", "quotedStructure", "quotedText", "recital", "recitals", "recordedTime",
	"recount", "ref", "references", "relatedDocument", "remark", "remedies",
	"resolutions", "restriction", "restrictions", "restricts", "result", "rmod",
	"role", "rollCall", "rref", "rule", "scene", "scopeMod",
	"section", "session", "shortTitle", "signature", "source", "span",
	"speech", "speechGroup", "statement", "step", "sub", "subFlow",
	"subchapter", "subclause", "subdivision", "subheading", "sublist", "subparagraph",
	"subpart", "subrule", "subsection", "subtitle", "summary", "sup",
	"supports", "table", "tblock", "td", "temporalData", "temporalGroup",
	"term", "textualMod", "th", "time", "timeInterval", "title",
	"toc", "tocItem", "tome", "tr", "transitional", "u",
	"ul", "vote", "voting", "workflow", "wrap", "wrapUp",
	"writtenStatements",
};

static const char *const unit_names[] = {
	"alinea", "article", "book", "chapter", "clause", "debateSection", "division",
	"hcontainer", "indent", "item", "level", "paragraph", "part", "point",
	"proviso", "rule", "section", "subchapter", "subclause", "subdivision",
	"sublist", "subparagraph", "subpart", "subrule", "subsection", "subtitle",
	"title", "tome", "transitional",
};

/* Units above article level, and the bodies of flattened documents: recovered
 * articles nest inside them. */
static const char *const container_names[] = {
	"body", "book", "chapter", "debateBody", "debateSection", "division",
	"judgmentBody", "mainBody", "part", "portionBody", "subchapter", "subdivision",
	"subpart", "subtitle", "title", "tome",
};

static const char *const inline_names[] = {
	"a", "abbr", "affectedDocument", "argument", "authorialNote", "b", "change",
	"concept", "courtType", "date", "decoration", "def", "del", "docAuthority",
	"docCommittee", "docDate", "docIntroducer", "docJurisdiction", "docNumber",
	"docProponent", "docPurpose", "docStage", "docStatus", "docTitle", "docType",
	"docketNumber", "entity", "event", "extractText", "fillIn", "i", "img",
	"inline", "ins", "judge", "lawyer", "legislature", "location", "marker",
	"mmod", "mod", "mref", "neutralCitation", "noteRef", "object", "omissis",
	"opinion", "organization", "outcome", "party", "person", "placeholder",
	"popup", "process", "quantity", "quotedText", "recordedTime", "ref",
	"relatedDocument", "remark", "rmod", "role", "rref", "session", "shortTitle",
	"signature", "span", "sub", "sup", "term", "time", "u", "vote",
};

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every element goes through these lookups: the name tables are sorted (C
 * locale) so that they are a bsearch, not a scan. */
static int
name_in(const char *name, const char *const *set, size_t n)
{
	return bsearch(&name, set, n, sizeof(*set), cmp_name) != NULL;
}

#define IN(name, set) name_in((name), (set), sizeof(set) / sizeof((set)[0]))

/* ---- sniffing and the namespace ------------------------------------------ */

/* Skip the prolog (BOM, XML declaration, comments, PIs, DOCTYPE) and return the
 * first start tag, or NULL. */
static const char *
first_tag(const char *p, const char *end)
{
	if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end) {
		const char *q;

		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p >= end || *p != '<')
			return NULL;
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			if ((q = memmem(p, (size_t)(end - p), "-->", 3)) != NULL)
				q += 2;
		} else if (end - p >= 9 && memcmp(p, "<!DOCTYPE", 9) == 0 &&
		    (q = memchr(p, '[', (size_t)(end - p))) != NULL &&
		    q < (const char *)memchr(p, '>', (size_t)(end - p))) {
			/* the internal subset holds '>': skip to "]>" */
			if ((q = memmem(q, (size_t)(end - q), "]", 1)) != NULL)
				q = memchr(q, '>', (size_t)(end - q));
		} else if (end - p >= 2 && (p[1] == '?' || p[1] == '!'))
			q = memchr(p, '>', (size_t)(end - p));
		else
			return p;
		if (q == NULL)
			return NULL;
		p = q + 1;
	}
	return NULL;
}

int
lg_akn_sniff(const char *buf, size_t len)
{
	size_t head = len < 65536 ? len : 65536;
	const char *end = buf + head, *p = first_tag(buf, end), *n, *colon;

	if (p == NULL)
		return 0;
	for (n = ++p; n < end && !isspace((unsigned char)*n) && *n != '>' && *n != '/'; n++)
		;
	colon = memchr(p, ':', (size_t)(n - p));
	if (colon != NULL)
		p = colon + 1;
	return n - p == 10 && memcmp(p, "akomaNtoso", 10) == 0;
}

/* Does any start tag (any prefix) name an article-level unit? If not, the body
 * is flattened and articles are recovered from the text. A byte scan is enough:
 * '<' cannot occur unescaped in text. */
static int
has_article_tags(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len, *n;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		p++;
		for (n = p; n < end && (isalnum((unsigned char)*n) || *n == '_' || *n == '-' || *n == '.'); n++)
			;
		if (n < end && *n == ':') {
			p = n + 1;
			for (n = p; n < end && (isalnum((unsigned char)*n) || *n == '_' || *n == '-' || *n == '.'); n++)
				;
		}
		if (n >= end || !(isspace((unsigned char)*n) || *n == '>' || *n == '/'))
			continue;
		if ((n - p == 7 && memcmp(p, "article", 7) == 0) ||
		    (n - p == 7 && memcmp(p, "section", 7) == 0) ||
		    (n - p == 4 && memcmp(p, "rule", 4) == 0))
			return 1;
	}
	return 0;
}

/* "akn3", "akn3-wd17", "akn3-csd02", "akn2", or NULL for a foreign namespace. */
static char *
format_of(const char *ns)
{
	size_t n = strlen(AKN3_NS), i;
	char *s;

	if (ns == NULL)
		return NULL;
	if (strcmp(ns, AKN2_NS) == 0)
		return lg_xstrdup("akn2");
	if (strncmp(ns, AKN3_NS, n) != 0)
		return NULL;
	if (ns[n] == '\0' || (ns[n] == '/' && ns[n + 1] == '\0'))
		return lg_xstrdup("akn3");
	if (ns[n] != '/')
		return NULL;
	s = lg_xasprintf("akn3-%s", ns + n + 1);
	for (i = 0; s[i]; i++)
		s[i] = (char)tolower((unsigned char)s[i]);
	return s;
}

/* ---- diagnostics ---------------------------------------------------------- */

static void
warn_unknown(struct akn_state *st, const char *name, const char *uri, unsigned line)
{
	size_t i;

	for (i = 0; i < st->nunknown; i++)
		if (strcmp(st->unknown[i], name) == 0)
			return;
	st->unknown = lg_grow(st->unknown, &st->unknown_cap, st->nunknown + 1, sizeof(*st->unknown));
	st->unknown[st->nunknown++] = lg_xstrdup(name);
	lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-unknown-element", st->path, line, 0,
	    "unknown element <%s>%s%s; its text is kept", name,
	    uri ? " in namespace " : "", uri ? uri : "");
}

static size_t
hash_str(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* Remember provision idx's eId; warn if an earlier provision has it. */
static void
check_dup_eid(struct akn_state *st, int idx)
{
	struct akn_eids *e = &st->eids;
	const char *eid = st->doc->prov[idx].eid;
	size_t i, j;

	if (e->n * 2 >= e->cap) {
		int *old = e->slot;
		size_t oldcap = e->cap;

		e->cap = e->cap ? e->cap * 2 : 256;
		e->slot = lg_xcalloc(e->cap, sizeof(*e->slot));
		for (i = 0; i < oldcap; i++)
			if (old[i]) {
				for (j = hash_str(st->doc->prov[old[i] - 1].eid) & (e->cap - 1);
				    e->slot[j]; j = (j + 1) & (e->cap - 1))
					;
				e->slot[j] = old[i];
			}
		free(old);
	}
	for (j = hash_str(eid) & (e->cap - 1); e->slot[j]; j = (j + 1) & (e->cap - 1)) {
		const struct lg_prov *first = &st->doc->prov[e->slot[j] - 1];

		if (strcmp(first->eid, eid) == 0) {
			if (++st->dups <= MAX_DUP_WARN)
				lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-duplicate-eid", st->path,
				    st->doc->prov[idx].line, 0, "duplicate eId \"%s\" (first at line %u)",
				    eid, first->line);
			return;
		}
	}
	e->slot[j] = idx + 1;
	e->n++;
}

/* ---- building provisions -------------------------------------------------- */

/* lg_doc_end pops everything above idx, so only call it for an open index. */
static void
end_prov(lg_doc *doc, int idx)
{
	int i;

	if (idx < 0)
		return;
	for (i = doc->nopen - 1; i >= 0; i--)
		if (doc->open[i] == idx) {
			lg_doc_end(doc, idx);
			return;
		}
}

static void
begin_frame(struct akn_state *st, struct akn_frame *fr)
{
	int from_file = fr->eid != NULL;

	fr->prov = lg_doc_begin(st->doc, fr->name, fr->eid,
	    fr->num.len ? fr->num.p : NULL, fr->heading.len ? fr->heading.p : NULL, fr->line);
	fr->pending = 0;
	free(fr->eid);
	fr->eid = NULL;
	lg_buf_free(&fr->num);
	lg_buf_free(&fr->heading);
	if (fr->prov >= 0 && from_file)
		check_dup_eid(st, fr->prov);
}

/* Begin every pending unit up to and including frame `upto`, outermost first. */
static void
flush_pending(struct akn_state *st, size_t upto)
{
	size_t i;

	if (st->first_pending < 0)
		return;
	for (i = (size_t)st->first_pending; i < st->nf && i <= upto; i++)
		if (st->f[i].pending)
			begin_frame(st, &st->f[i]);
	st->first_pending = -1;
	for (i = upto + 1; i < st->nf; i++)
		if (st->f[i].pending) {
			st->first_pending = (int)i;
			break;
		}
}

/* ---- text ----------------------------------------------------------------- */

/* Append s (source line of its first byte: line) to the document, one source
 * line at a time so every line of a long paragraph maps back. */
static void
emit_lines(lg_doc *doc, const char *s, size_t n, unsigned line)
{
	const char *nl;

	while (n > 0 && (nl = memchr(s, '\n', n)) != NULL) {
		lg_doc_text(doc, s, (size_t)(nl - s) + 1, line);
		n -= (size_t)(nl - s) + 1;
		s = nl + 1;
		line++;
	}
	if (n > 0)
		lg_doc_text(doc, s, n, line);
}

/* Append to a num/heading/title buffer with whitespace runs collapsed. */
static void
put_collapsed(lg_buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i])) {
			if (b->len > 0 && b->p[b->len - 1] != ' ')
				lg_buf_putc(b, ' ');
		} else
			lg_buf_putc(b, s[i]);
	}
}

static void
trim_buf(lg_buf *b)
{
	size_t s = 0;

	while (b->len > 0 && b->p[b->len - 1] == ' ')
		lg_buf_truncate(b, b->len - 1);
	while (s < b->len && b->p[s] == ' ')
		s++;
	if (s > 0) {
		memmove(b->p, b->p + s, b->len - s + 1);
		b->len -= s;
	}
}

static lg_buf *
cap_buf(struct akn_state *st)
{
	struct akn_frame *fr = &st->f[st->cap_frame - 1];

	return st->cap_heading ? &fr->heading : &fr->num;
}

static int
all_space(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i]))
			continue;
		/* U+00A0 NO-BREAK SPACE, which lg_doc_text also folds */
		if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			i++;
			continue;
		}
		return 0;
	}
	return 1;
}

/* The label words that start an article in flattened text. */
static const char *const article_words[] = {
	"ARTÍCULO", "Artículo", "ARTICULO", "Articulo", "ARTICLE", "Article", "ARTIGO",
	"Artigo", "Art.", "ART.", "SECTION", "Section", "Sec.",
};

/* Length of what follows an article number as part of it: 1o, 1º, 1°, 5A,
 * 5 bis, 5 ter. */
static size_t
num_suffix(const char *s, size_t n)
{
	size_t p = 0;

	if (n > 0 && (s[0] == 'o' || s[0] == 'A' || s[0] == 'B') &&
	    (n == 1 || !isalpha((unsigned char)s[1])))
		p = 1;
	else if (n > 1 && (unsigned char)s[0] == 0xC2 &&
	    ((unsigned char)s[1] == 0xBA || (unsigned char)s[1] == 0xB0))
		p = 2;
	if (n - p >= 4 && (memcmp(s + p, " bis", 4) == 0 || memcmp(s + p, " ter", 4) == 0))
		p += 4;
	return p;
}

/* Does the text start with "Artículo 12.-", "Art. 5o.", "Section 3."? On a match,
 * *numlen is the length of "Artículo 12" and *skip that of "Artículo 12.- ". */
static int
match_article(const char *s, size_t n, size_t *numlen, size_t *skip)
{
	size_t i, w, p;

	for (i = 0; i < sizeof(article_words) / sizeof(article_words[0]); i++) {
		w = strlen(article_words[i]);
		if (n > w && memcmp(s, article_words[i], w) == 0)
			break;
	}
	if (i == sizeof(article_words) / sizeof(article_words[0]))
		return 0;
	p = w;
	while (p < n && isspace((unsigned char)s[p]))
		p++;
	if (p == w && s[w - 1] != '.')
		return 0;
	if (p >= n || !isdigit((unsigned char)s[p]))
		return 0;
	while (p < n && (isdigit((unsigned char)s[p]) ||
	    (s[p] == '-' && p + 1 < n && isdigit((unsigned char)s[p + 1]))))
		p++;
	p += num_suffix(s + p, n - p);
	*numlen = p;
	/* A number must end with punctuation: "Artículo 89 de la Constitución"
	 * at the start of a line is a cross-reference, not an article. */
	if (p >= n || (s[p] != '.' && s[p] != '-' && s[p] != ':' &&
	    !(p + 2 < n && memcmp(s + p, "\xE2\x80\x93", 3) == 0)))
		return 0;
	while (p < n && (s[p] == '.' || s[p] == '-' || s[p] == ':' || s[p] == ' '))
		p++;
	if (p + 2 < n && memcmp(s + p, "\xE2\x80\x93", 3) == 0)
		p += 3;
	while (p < n && isspace((unsigned char)s[p]))
		p++;
	*skip = p;
	return 1;
}

/* The innermost frame that holds recovered articles, with no begun unit
 * between it and the text (else the text is inside an existing provision). */
static int
recovery_container(struct akn_state *st)
{
	size_t i = st->nf;

	while (i-- > 0) {
		if (st->f[i].container)
			return (int)i;
		if (st->f[i].role == ROLE_UNIT && !st->f[i].pending)
			return -1;
	}
	return -1;
}

/* The probe holds the first text of a block: open a recovered article if it
 * starts like one, then emit the text. */
static void
resolve_probe(struct akn_state *st)
{
	lg_buf *pb = &st->probe, num;
	size_t lead = 0, numlen, skip = 0, i;
	unsigned line = st->probe_line;
	int c;

	st->armed = 0;
	if (pb->len == 0)
		return;
	while (lead < pb->len && isspace((unsigned char)pb->p[lead]))
		line += pb->p[lead++] == '\n';
	if (match_article(pb->p + lead, pb->len - lead, &numlen, &skip) &&
	    (c = recovery_container(st)) >= 0) {
		struct akn_frame *cf = &st->f[c];

		flush_pending(st, (size_t)c);
		end_prov(st->doc, cf->virt);
		lg_buf_init(&num);
		put_collapsed(&num, pb->p + lead, numlen);
		cf->virt = lg_doc_begin(st->doc, "article", NULL, num.p, NULL, line);
		lg_buf_free(&num);
		if (st->recovered++ == 0)
			st->recovered_line = line;
		skip += lead;
	} else
		skip = 0;
	flush_pending(st, st->nf);
	for (i = 0, line = st->probe_line; i < skip; i++)
		line += pb->p[i] == '\n';
	emit_lines(st->doc, pb->p + skip, pb->len - skip, line);
	lg_buf_truncate(pb, 0);
}

static unsigned
cur_line(struct akn_state *st)
{
	return st->ctxt->input ? (unsigned)st->ctxt->input->line : 0;
}

static void
on_text(void *ctx, const xmlChar *xs, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct akn_state *st = ctxt->_private;
	const char *s = (const char *)xs;
	size_t n = (size_t)len, i, nl = 0;
	unsigned line = cur_line(st);

	if (st->skip || st->refused || st->failed || n == 0)
		return;
	/* The parser's line is where the chunk ends; entity content arrives on
	 * another context and keeps the reference's line. */
	if (ctxt == st->ctxt) {
		for (i = 0; i < n; i++)
			nl += s[i] == '\n';
		line = line > nl ? line - (unsigned)nl : 1;
	}
	if (st->title_depth)
		put_collapsed(&st->title, s, n);
	if (st->cap_frame) {
		put_collapsed(cap_buf(st), s, n);
		return;
	}
	if (all_space(s, n)) {
		if (st->probe.len > 0)
			lg_buf_put(&st->probe, s, n);
		else
			lg_doc_text(st->doc, s, n, line);
		return;
	}
	if (st->armed) {
		if (st->probe.len == 0)
			st->probe_line = line;
		lg_buf_put(&st->probe, s, n);
		if (st->probe.len >= PROBE_BYTES)
			resolve_probe(st);
		return;
	}
	flush_pending(st, st->nf);
	emit_lines(st->doc, s, n, line);
}

/* Internal entities' content already arrived through on_text (libxml2
 * delivers it in SAX mode, within its amplification limits); external ones
 * are never read, so say their text is missing. */
static void
on_reference(void *ctx, const xmlChar *name)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct akn_state *st = ctxt->_private;
	xmlEntityPtr ent;

	if (st->skip || st->refused || ctxt->myDoc == NULL)
		return;
	ent = xmlGetDocEntity(ctxt->myDoc, name);
	if (ent != NULL && ent->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY)
		lg_diag_emit(st->diag, LG_LEVEL_WARNING, "xml-external-entity", st->path,
		    cur_line(st), 0, "external entity &%s; (%s) not read: its text is missing",
		    (const char *)name, ent->SystemID ? (const char *)ent->SystemID : "?");
}

/* ---- metadata ------------------------------------------------------------- */

static char *
attr(const xmlChar **attrs, int nattrs, const char *name)
{
	int i;

	for (i = 0; i < nattrs; i++)
		if (strcmp((const char *)attrs[i * 5], name) == 0)
			return lg_xstrndup((const char *)attrs[i * 5 + 3],
			    (size_t)(attrs[i * 5 + 4] - attrs[i * 5 + 3]));
	return NULL;
}

static void
set_attr(struct akn_state *st, char **field, const xmlChar **attrs, int nattrs, const char *name)
{
	char *v;

	if (*field != NULL)
		return;
	v = attr(attrs, nattrs, name);
	lg_doc_set(st->doc, field, v);
	free(v);
}

static void
meta_element(struct akn_state *st, const char *name, const xmlChar **attrs, int nattrs)
{
	lg_doc *doc = st->doc;

	if (strcmp(name, "FRBRWork") == 0)
		st->frbr = FRBR_WORK;
	else if (strcmp(name, "FRBRExpression") == 0)
		st->frbr = FRBR_EXPR;
	else if (strcmp(name, "FRBRManifestation") == 0)
		st->frbr = FRBR_MANIF;
	else {
		if (st->frbr == FRBR_WORK) {
			if (strcmp(name, "FRBRthis") == 0)
				set_attr(st, &doc->work_uri, attrs, nattrs, "value");
			else if (strcmp(name, "FRBRdate") == 0)
				set_attr(st, &doc->date, attrs, nattrs, "date");
			else if (strcmp(name, "FRBRcountry") == 0)
				set_attr(st, &doc->country, attrs, nattrs, "value");
			else if (strcmp(name, "FRBRnumber") == 0)
				set_attr(st, &doc->number, attrs, nattrs, "value");
			else if (strcmp(name, "FRBRalias") == 0)
				set_attr(st, &st->alias, attrs, nattrs, "value");
		} else if (st->frbr == FRBR_EXPR && strcmp(name, "FRBRlanguage") == 0)
			set_attr(st, &doc->lang, attrs, nattrs, "language");
		return;
	}
	st->frbr_depth = st->nf + 1;	/* the frame about to be pushed */
}

/* ---- elements ------------------------------------------------------------- */

static void
root_element(struct akn_state *st, const char *name, const char *uri, unsigned line)
{
	char *fmt = format_of(uri);

	if (strcmp(name, "akomaNtoso") != 0) {
		lg_diag_emit(st->diag, LG_LEVEL_ERROR, "akn-not-akn", st->path, line, 0,
		    "not Akoma Ntoso: root element is <%s> in namespace %s", name,
		    uri ? uri : "(none)");
		st->refused = 1;
		xmlStopParser(st->ctxt);
		free(fmt);
		return;
	}
	if (fmt == NULL) {
		lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-namespace", st->path, line, 0,
		    "root <akomaNtoso> %s%s; read as Akoma Ntoso 3.0",
		    uri ? "in unknown namespace " : "has no namespace", uri ? uri : "");
		fmt = lg_xstrdup("akn3");
	}
	st->doc->format = fmt;
	st->akn2 = strcmp(fmt, "akn2") == 0;
	st->ns = uri;
}

static enum akn_role
role_of(struct akn_state *st, const char *name, const char *uri, unsigned line)
{
	struct akn_frame *top = st->nf ? &st->f[st->nf - 1] : NULL;
	int ours = (uri == NULL && st->ns == NULL) ||
	    (uri != NULL && st->ns != NULL && strcmp(uri, st->ns) == 0);

	if (!ours || !IN(name, akn_elements)) {
		warn_unknown(st, name, ours ? NULL : uri, line);
		return ROLE_BLOCK;
	}
	if (strcmp(name, "meta") == 0)
		return ROLE_SKIP;
	if (top && top->pending && !st->cap_frame) {
		if (strcmp(name, "num") == 0 && top->num.len == 0)
			return ROLE_NUM;
		if (strcmp(name, "heading") == 0 && top->heading.len == 0)
			return ROLE_HEADING;
	}
	if (IN(name, unit_names))
		return st->quoted ? ROLE_BLOCK : ROLE_UNIT;
	if (strcmp(name, "quotedStructure") == 0 || strcmp(name, "embeddedStructure") == 0)
		return ROLE_QUOTED;
	if (strcmp(name, "br") == 0 || strcmp(name, "eol") == 0 || strcmp(name, "eop") == 0)
		return ROLE_SPACE;
	if (IN(name, inline_names))
		return ROLE_INLINE;
	return ROLE_BLOCK;
}

/* The eId of a unit: @eId, else @id (warned: 3.0 renamed it), else @wId. */
static char *
unit_eid(struct akn_state *st, const xmlChar **attrs, int nattrs, unsigned line)
{
	char *v;

	if ((v = attr(attrs, nattrs, "eId")) != NULL)
		return v;
	if ((v = attr(attrs, nattrs, "id")) != NULL) {
		if (!st->akn2 && !st->warned_id++)
			lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-id", st->path, line, 0,
			    "uses @id instead of @eId (first at line %u)", line);
		return v;
	}
	return attr(attrs, nattrs, "wId");
}

static struct akn_frame *
push_frame(struct akn_state *st, const char *name, enum akn_role role, unsigned line)
{
	struct akn_frame *fr;

	st->f = lg_grow(st->f, &st->fcap, st->nf + 1, sizeof(*st->f));
	fr = &st->f[st->nf++];
	memset(fr, 0, sizeof(*fr));
	fr->name = name;
	fr->role = (unsigned char)role;
	fr->line = line;
	fr->prov = -1;
	fr->virt = -1;
	return fr;
}

/* A unit or container starting inside a frame holding a recovered article:
 * a chapter ends the article, a paragraph nests in it. */
static void
close_virt_for(struct akn_state *st, int container)
{
	size_t i = st->nf;

	if (!container)
		return;
	while (i-- > 0)
		if (st->f[i].container) {
			if (st->f[i].virt >= 0) {
				end_prov(st->doc, st->f[i].virt);
				st->f[i].virt = -1;
			}
			return;
		}
}

/* Elements inside meta: only the first meta's FRBR attributes matter. */
static void
start_skipped(struct akn_state *st, const char *name, const xmlChar **attrs, int nattrs,
    unsigned line)
{
	if (!st->meta_done)
		meta_element(st, name, attrs, nattrs);
	push_frame(st, name, ROLE_SKIP, line);
}

static void
start_unit(struct akn_state *st, const char *name, const xmlChar **attrs, int nattrs,
    unsigned line)
{
	int cont = IN(name, container_names);
	struct akn_frame *fr;

	flush_pending(st, st->nf);
	close_virt_for(st, cont);
	fr = push_frame(st, name, ROLE_UNIT, line);
	fr->container = (unsigned char)cont;
	fr->pending = 1;
	fr->eid = unit_eid(st, attrs, nattrs, line);
	if (st->first_pending < 0)
		st->first_pending = (int)st->nf - 1;
	st->armed = st->recover;
}

/* Block, inline, space and quoted elements: they only shape the text. */
static void
start_text_element(struct akn_state *st, const char *name, enum akn_role role, unsigned line)
{
	struct akn_frame *fr = push_frame(st, name, role, line);

	if (role == ROLE_QUOTED)
		st->quoted++;
	if (role == ROLE_SPACE) {
		if (st->cap_frame)
			put_collapsed(cap_buf(st), " ", 1);
		else
			lg_doc_text(st->doc, " ", 1, line);
		return;
	}
	if (role != ROLE_INLINE) {
		fr->container = (unsigned char)IN(name, container_names);
		lg_doc_break(st->doc);
		st->armed = st->recover;
	}
	if (!st->title_done && !st->title_depth &&
	    (strcmp(name, "docTitle") == 0 || strcmp(name, "shortTitle") == 0))
		st->title_depth = st->nf;
}

static void
too_deep(struct akn_state *st, unsigned line)
{
	lg_diag_emit(st->diag, LG_LEVEL_ERROR, "xml-too-deep", st->path, line,
	    (unsigned)st->ctxt->input->col, "elements nested deeper than %d levels", MAX_XML_DEPTH);
	st->failed = 1;
	xmlStopParser(st->ctxt);
}

static void
on_start(void *ctx, const xmlChar *xname, const xmlChar *prefix, const xmlChar *xuri,
    int nns, const xmlChar **nss, int nattrs, int ndefaulted, const xmlChar **attrs)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct akn_state *st = ctxt->_private;
	const char *name = (const char *)xname, *uri = (const char *)xuri;
	unsigned line = cur_line(st);
	enum akn_role role;

	(void)prefix;
	(void)nns;
	(void)nss;
	(void)ndefaulted;
	if (st->refused || st->failed)
		return;
	if (st->nf == 0) {
		root_element(st, name, uri, line);
		if (!st->refused)
			push_frame(st, name, ROLE_BLOCK, line);
		return;
	}
	if (st->nf >= MAX_XML_DEPTH) {
		too_deep(st, line);
		return;
	}
	if (st->skip) {
		start_skipped(st, name, attrs, nattrs, line);
		return;
	}
	if (st->probe.len > 0)
		resolve_probe(st);
	if (st->nf == 1 && st->doc->doctype == NULL) {
		lg_doc_set(st->doc, &st->doc->doctype, name);
		st->name_attr = attr(attrs, nattrs, "name");
	}
	role = role_of(st, name, uri, line);
	if (role == ROLE_SKIP) {
		push_frame(st, name, role, line);
		st->skip = st->nf;
	} else if (role == ROLE_NUM || role == ROLE_HEADING) {
		push_frame(st, name, role, line);
		st->cap_frame = st->nf - 1;	/* the unit, pushed before this frame */
		st->cap_heading = role == ROLE_HEADING;
	} else if (role == ROLE_UNIT)
		start_unit(st, name, attrs, nattrs, line);
	else
		start_text_element(st, name, role, line);
}

/* A chapter holding only its num is the mark of a PDF conversion that put all
 * the headings first and all the articles in the last division: counted for
 * one warning, since the articles' paths then misstate their divisions. */
static void
note_empty(struct akn_state *st, const struct akn_frame *fr)
{
	const lg_doc *doc = st->doc;
	size_t i;

	if (fr->prov < 0 || (size_t)fr->prov + 1 != doc->nprov)
		return;
	for (i = doc->prov[fr->prov].body; i < doc->text_len; i++)
		if (!isspace((unsigned char)doc->text[i]))
			return;
	if (st->empty++ == 0)
		st->empty_line = fr->line;
}

/* Leaving an element inside meta. */
static void
end_skipped(struct akn_state *st)
{
	if (st->frbr_depth == st->nf) {
		st->frbr = FRBR_NONE;
		st->frbr_depth = 0;
	}
	if (st->skip == st->nf) {
		st->skip = 0;
		st->meta_done = 1;
	}
}

/* Leaving a num/heading/title being captured. */
static void
end_captures(struct akn_state *st)
{
	if (st->cap_frame && st->cap_frame + 1 == st->nf) {
		trim_buf(cap_buf(st));
		st->cap_frame = 0;
	}
	if (st->title_depth == st->nf) {
		trim_buf(&st->title);
		st->title_depth = 0;
		st->title_done = st->title.len > 0;
	}
}

static void
on_end(void *ctx, const xmlChar *xname, const xmlChar *prefix, const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct akn_state *st = ctxt->_private;
	struct akn_frame *fr;

	(void)xname;
	(void)prefix;
	(void)uri;
	if (st->refused || st->failed || st->nf == 0)
		return;
	if (st->skip) {
		end_skipped(st);
		st->nf--;
		return;
	}
	if (st->probe.len > 0)
		resolve_probe(st);
	end_captures(st);
	fr = &st->f[st->nf - 1];
	if (fr->virt >= 0)
		end_prov(st->doc, fr->virt);
	if (fr->role == ROLE_UNIT) {
		if (fr->pending)
			flush_pending(st, st->nf - 1);
		if (fr->container)
			note_empty(st, fr);
		end_prov(st->doc, fr->prov);
	}
	if (fr->role == ROLE_QUOTED)
		st->quoted--;
	if (fr->role != ROLE_INLINE && fr->role != ROLE_SPACE) {
		lg_doc_break(st->doc);
		st->armed = 0;
	}
	free(fr->eid);
	lg_buf_free(&fr->num);
	lg_buf_free(&fr->heading);
	st->nf--;
}

/* ---- errors --------------------------------------------------------------- */

/* libxml2's structured handler; the state travels in the context's _private
 * (the handler's data is the context), never in a global. Fatal errors are
 * reported at once; other errors only decide the outcome when the parser says
 * the document is not well-formed (see parse()), else they are warnings. */
static void
on_error(void *data, xmlErrorPtr err)
{
	xmlParserCtxtPtr ctxt = data;
	struct akn_state *st;
	lg_buf msg;

	if (ctxt == NULL || (st = ctxt->_private) == NULL || err == NULL)
		return;
	if (st->failed || st->refused)
		return;
	lg_buf_init(&msg);
	put_collapsed(&msg, err->message ? err->message : "XML error",
	    err->message ? strlen(err->message) : 9);
	trim_buf(&msg);
	if (err->level == XML_ERR_FATAL) {
		st->failed = 1;
		lg_diag_emit(st->diag, LG_LEVEL_ERROR, "xml-malformed", st->path,
		    (unsigned)err->line, (unsigned)err->int2, "%s", msg.p);
	} else if (err->level == XML_ERR_ERROR && err->domain != XML_FROM_NAMESPACE &&
	    st->err.len == 0) {
		lg_buf_puts(&st->err, msg.p);
		st->err_line = (unsigned)err->line;
		st->err_col = (unsigned)err->int2;
	} else
		lg_diag_emit(st->diag, LG_LEVEL_WARNING,
		    err->domain == XML_FROM_NAMESPACE ? "xml-namespace" : "xml-warning",
		    st->path, (unsigned)err->line, (unsigned)err->int2, "%s", msg.p);
	lg_buf_free(&msg);
}

/* Entities are never fetched: libxml2 asks here for external ones. */
static xmlParserInputPtr
no_external(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void)ctx;
	(void)public_id;
	(void)system_id;
	return NULL;
}

/* ---- driver --------------------------------------------------------------- */

static void
init_sax(xmlSAXHandler *sax)
{
	memset(sax, 0, sizeof(*sax));
	/* The SAX2 defaults keep the internal subset (entity declarations) in a
	 * throwaway ctxt->myDoc; we replace everything that would build nodes. */
	xmlSAXVersion(sax, 2);
	sax->startElementNs = on_start;
	sax->endElementNs = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = on_text;
	sax->reference = on_reference;
	sax->comment = NULL;
	sax->processingInstruction = NULL;
	sax->externalSubset = NULL;
	sax->resolveEntity = no_external;
	sax->serror = on_error;
	sax->warning = NULL;
	sax->error = NULL;
	sax->fatalError = NULL;
}

static void
state_free(struct akn_state *st)
{
	size_t i;

	for (i = 0; i < st->nf; i++) {
		free(st->f[i].eid);
		lg_buf_free(&st->f[i].num);
		lg_buf_free(&st->f[i].heading);
	}
	free(st->f);
	for (i = 0; i < st->nunknown; i++)
		free(st->unknown[i]);
	free(st->unknown);
	free(st->eids.slot);
	free(st->alias);
	free(st->name_attr);
	lg_buf_free(&st->title);
	lg_buf_free(&st->probe);
	lg_buf_free(&st->err);
}

/* Feed buf to the parser; 0 when the document parsed to the end. */
static int
parse(struct akn_state *st, const char *buf, size_t len)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;
	size_t off = 0, n;
	int rc = 0;

	init_sax(&sax);
	ctxt = xmlCreatePushParserCtxt(&sax, NULL, buf, len < 4 ? (int)len : 4, st->path);
	if (ctxt == NULL)
		return -1;
	off = len < 4 ? len : 4;
	ctxt->_private = st;
	st->ctxt = ctxt;
	/* NONET: never fetch. No NOENT, no DTDLOAD, no HUGE: libxml2's limits
	 * stop entity amplification (nesting is bounded in on_start). BIG_LINES:
	 * real line numbers past 65535. */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES |
	    XML_PARSE_NOCDATA);
	while (rc == 0 && !st->refused && !st->failed) {
		n = len - off < FEED_CHUNK ? len - off : FEED_CHUNK;
		rc = xmlParseChunk(ctxt, buf + off, (int)n, off + n == len);
		off += n;
		if (off == len)
			break;
	}
	if (!st->failed && !st->refused && (rc != 0 || !ctxt->wellFormed)) {
		lg_diag_emit(st->diag, LG_LEVEL_ERROR, "xml-malformed", st->path,
		    st->err.len ? st->err_line : cur_line(st), st->err.len ? st->err_col : 0,
		    "%s", st->err.len ? st->err.p : "XML parse error");
		st->failed = 1;
	} else if (!st->failed && !st->refused && st->err.len)
		lg_diag_emit(st->diag, LG_LEVEL_WARNING, "xml-warning", st->path,
		    st->err_line, st->err_col, "%s", st->err.p);
	if (ctxt->myDoc != NULL)
		xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	st->ctxt = NULL;
	xmlFreeParserCtxt(ctxt);
	return st->failed || st->refused ? -1 : 0;
}

/* Title, language and the summary warnings once the document is read. */
static void
finish_doc(struct akn_state *st)
{
	lg_doc *doc = st->doc;
	const char *l;

	lg_doc_finish(doc);
	if (st->title.len > 0)
		lg_doc_set(doc, &doc->title, st->title.p);
	else if (st->alias != NULL)
		lg_doc_set(doc, &doc->title, st->alias);
	else
		lg_doc_set(doc, &doc->title, st->name_attr);
	if (doc->lang != NULL && (l = lg_lang_normalize(doc->lang)) != NULL)
		lg_doc_set(doc, &doc->lang, l);
	if (st->dups > MAX_DUP_WARN)
		lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-duplicate-eid", st->path, 0, 0,
		    "%u more duplicate eIds not shown", st->dups - MAX_DUP_WARN);
	if (st->empty > 1)
		lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-flattened", st->path, st->empty_line, 0,
		    "flattened hierarchy: %u empty divisions (only a num or heading); "
		    "the provisions after them may not be in the division their path names",
		    st->empty);
	if (st->recovered > 0)
		lg_diag_emit(st->diag, LG_LEVEL_WARNING, "akn-flattened", st->path,
		    st->recovered_line, 0,
		    "flattened structure: no article or section elements; %u articles recovered from the text",
		    st->recovered);
}

int
lg_akn_load(const char *buf, size_t len, const char *path, lg_diag *diag, lg_doc **out)
{
	struct akn_state st;

	*out = NULL;
	if (len > (size_t)INT_MAX) {	/* xmlParseChunk counts in int */
		lg_diag_emit(diag, LG_LEVEL_ERROR, "too-large", path, 0, 0,
		    "file too large for the XML parser");
		return LG_ELIMIT;
	}
	memset(&st, 0, sizeof(st));
	st.doc = lg_doc_new(path);
	/* The text is at most as long as the markup it comes from: reserving it
	 * once saves the copies of a doubling buffer on a 20 MB code. Untouched
	 * pages of the reservation cost no memory. */
	lg_doc_reserve(st.doc, len);
	st.diag = diag;
	st.path = st.doc->path;
	st.first_pending = -1;
	st.recover = !has_article_tags(buf, len);
	if (parse(&st, buf, len) != 0) {
		state_free(&st);
		lg_doc_free(st.doc);
		return LG_EINVALID;
	}
	finish_doc(&st);
	state_free(&st);
	*out = st.doc;
	return LG_OK;
}
