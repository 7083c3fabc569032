/* engine.c - from matches to findings: provision roles, requirement status,
 * evidence and explanations (design.md §3-4).
 *
 * A document is cut into units: its article-level provisions (article,
 * section, rule; or the top-level provision when there are none). Each unit
 * gets the set of concepts found in it and roles:
 *   trafficking - names the offence (the pack's anchor concept) and defines or punishes it,
 *                 or is a core provision;
 *   core        - at least `core-acts` act concepts with the anchor or a purpose
 *                 concept: the definition or the offence itself;
 *   offence     - a trafficking provision with a custodial penalty;
 *   victim      - mentions victims;
 *   definition  - defines a term; repealed units are ignored.
 * A requirement's scope picks the units its elements may be evidenced in, so a
 * definition feeds the offence that uses the defined term, and a framework
 * (several documents) is just more units. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "report_util.h"
#include "lexgap.h"
#include "match.h"
#include "pack.h"
#include "penalty.h"
#include "util.h"

enum {
	R_TRAFFICKING = 1, R_CORE = 2, R_OFFENCE = 4, R_VICTIM = 8, R_DEFINITION = 16,
	R_REPEALED = 32, R_ANCHOR = 64, R_LINKED = 128, R_TREATY = 256
};

struct unit {
	int	 doc;		/* index into engine.docs */
	int	 prov;		/* article-level provision, or -1: text outside any */
	uint64_t *cs;		/* concepts present */
	size_t	 m0, nm;	/* its matches: engine.refs[m0 .. m0+nm) */
	unsigned roles;
	double	 pen_max;	/* largest maximum penalty stated in it, -1 if none */
	int	 pen_floor;	/* pen_max is only a stated minimum ("not less than 7 years"):
				 * the maximum is at least that */
};

struct mref {
	int	 doc;
	const struct lg_match *m;
};

struct engine {
	const lg_pack	*p;
	lg_diag		*diag;
	const lg_doc	**docs;
	struct lg_matches *ms;
	size_t		 ndocs;
	struct unit	*u;
	size_t		 nu;
	struct mref	*refs;
	size_t		 nrefs;
	size_t		 cwords;	/* uint64 words per concept set */
	uint64_t	*csets;		/* one allocation for every unit's set */
	unsigned	 any_roles;	/* union of all unit roles */
	int		 named_offence;	/* an offence provision names the anchor concept */
	int		**unit_of;	/* per document: provision -> unit index or -1;
					 * slot nprov is the text outside any provision */
};

#define HAS(u, c)	((c) >= 0 && ((u)->cs[(c) >> 6] >> ((c) & 63) & 1))

/* ---- units and roles ----------------------------------------------------- */

/* An article-level unit is its whole range; a division (a chapter heading, a
 * flattened container) is only its own text, up to its first child. */
static size_t
unit_text(const struct engine *E, const struct unit *u, const char **s)
{
	const lg_doc *d = E->docs[u->doc];
	const struct lg_prov *pv;
	size_t end;

	if (u->prov < 0) {
		*s = d->text;
		return d->text_len;
	}
	pv = &d->prov[u->prov];
	end = pv->end;
	if (!lg_prov_is_article(pv) && (size_t)u->prov + 1 < d->nprov &&
	    d->prov[u->prov + 1].parent == u->prov)
		end = d->prov[u->prov + 1].start;
	*s = d->text + pv->start;
	return end - pv->start;
}

/* Build units for every document: one per article-level provision that holds a
 * match, plus one per document for text outside provisions. */
static void
build_units(struct engine *E)
{
	size_t d, i, total = 0, *count;
	int **unit_of;

	unit_of = E->unit_of = lg_xcalloc(E->ndocs, sizeof(*unit_of));
	for (d = 0; d < E->ndocs; d++) {
		const lg_doc *doc = E->docs[d];

		unit_of[d] = lg_xcalloc(doc->nprov + 1, sizeof(int));
		for (i = 0; i <= doc->nprov; i++)
			unit_of[d][i] = -1;
		total += E->ms[d].n;
	}
	E->refs = lg_xcalloc(total + 1, sizeof(*E->refs));
	/* First pass: which unit each match falls in (creating units on demand). */
	{
		int *mu = lg_xcalloc(total + 1, sizeof(int));
		size_t k = 0, cap = 0;

		for (d = 0; d < E->ndocs; d++) {
			const lg_doc *doc = E->docs[d];

			for (i = 0; i < E->ms[d].n; i++, k++) {
				int pv = lg_doc_prov_at(doc, E->ms[d].m[i].start);
				int art = pv < 0 ? -1 : lg_doc_article_of(doc, pv);

				/* Outside any article the unit is the provision itself, not the
				 * top-level division that spans the whole code. */
				if (art >= 0 && !lg_prov_is_article(&doc->prov[art]))
					art = pv;
				int *slot = &unit_of[d][art < 0 ? doc->nprov : (size_t)art];

				if (*slot < 0) {
					E->u = lg_grow(E->u, &cap, E->nu + 1, sizeof(*E->u));
					memset(&E->u[E->nu], 0, sizeof(*E->u));
					E->u[E->nu].doc = (int)d;
					E->u[E->nu].prov = art;
					E->u[E->nu].pen_max = -1;
					*slot = (int)E->nu++;
				}
				mu[k] = *slot;
			}
		}
		/* Counting sort of matches by unit, keeping text order inside a unit. */
		count = lg_xcalloc(E->nu + 1, sizeof(size_t));
		for (k = 0; k < total; k++)
			count[mu[k]]++;
		{
			size_t acc = 0;

			for (i = 0; i < E->nu; i++) {
				E->u[i].m0 = acc;
				acc += count[i];
			}
		}
		k = 0;
		for (d = 0; d < E->ndocs; d++)
			for (i = 0; i < E->ms[d].n; i++, k++) {
				struct unit *u = &E->u[mu[k]];

				E->refs[u->m0 + u->nm++] = (struct mref){ (int)d, &E->ms[d].m[i] };
			}
		E->nrefs = total;
		free(count);
		free(mu);
	}
	E->cwords = (E->p->nconcepts + 63) / 64;
	if (E->cwords == 0)
		E->cwords = 1;
	E->csets = lg_xcalloc(E->nu * E->cwords + 1, sizeof(uint64_t));
	for (i = 0; i < E->nu; i++) {
		struct unit *u = &E->u[i];
		size_t k;

		u->cs = E->csets + i * E->cwords;
		for (k = 0; k < u->nm; k++) {
			int c = E->refs[u->m0 + k].m->concept;

			u->cs[c >> 6] |= (uint64_t)1 << (c & 63);
		}
	}
}

/* A provision under a heading about victims ("Étranger victime de traite",
 * "Protección de las víctimas") is about victims even when it says "the
 * foreigner" or "the person". Only short division texts count: a heading, not
 * a preamble that mentions victims in passing. */
static void
inherit_victim(struct engine *E)
{
	size_t i;

	for (i = 0; i < E->nu; i++) {
		struct unit *u = &E->u[i];
		const lg_doc *doc = E->docs[u->doc];
		int a;

		if (u->prov < 0 || (u->roles & (R_VICTIM | R_REPEALED)))
			continue;
		for (a = doc->prov[u->prov].parent; a >= 0; a = doc->prov[a].parent) {
			int h = E->unit_of[u->doc][a];
			const char *t;

			if (h >= 0 && (E->u[h].roles & R_VICTIM) && unit_text(E, &E->u[h], &t) < 300) {
				u->roles |= R_VICTIM;
				break;
			}
		}
	}
}

/* A definition of exploitation ("exploitation includes ...") that does not name
 * the offence still feeds it, when the same law (or framework) has a core
 * provision that uses the purpose: it lists at least two exploitation forms. */
static void
link_definitions(struct engine *E)
{
	const lg_pack *p = E->p;
	size_t i, k;

	if (!(E->any_roles & R_CORE))
		return;
	for (i = 0; i < E->nu; i++) {
		struct unit *u = &E->u[i];
		int forms = 0;

		if ((u->roles & (R_DEFINITION | R_TRAFFICKING | R_REPEALED)) != R_DEFINITION)
			continue;
		for (k = 0; k < p->npurposes; k++)
			forms += HAS(u, p->purposes[k]);
		if (forms >= 2) {
			u->roles |= R_TRAFFICKING | R_CORE | R_LINKED;
			E->any_roles |= u->roles;
		}
	}
}

/* A document written as a treaty ("each State Party shall ...", an act approving
 * a convention and reproducing it) states obligations, it does not meet them:
 * when a quarter of its provisions use treaty wording, its evidence counts as
 * partial at most. */
static void
mark_treaty(struct engine *E)
{
	size_t d, i, n, t;

	if (E->p->treaty < 0)
		return;
	for (d = 0; d < E->ndocs; d++) {
		for (i = n = t = 0; i < E->nu; i++)
			if (E->u[i].doc == (int)d && E->u[i].nm) {
				n++;
				t += HAS(&E->u[i], E->p->treaty);
			}
		if (t < 3 || t * 4 < n)
			continue;
		for (i = 0; i < E->nu; i++)
			if (E->u[i].doc == (int)d)
				E->u[i].roles |= R_TREATY;
	}
}

/* The largest stated maximum; failing that, the largest stated minimum, which
 * the maximum cannot be below ("imprisonment of not less than seven years"). */
static void
unit_penalty(struct unit *u, const char *s, size_t len, const char *lang)
{
	struct lg_penalty *pe = NULL;
	size_t n = lg_penalty_scan(s, len, lang, &pe), k;
	double floor = -1;

	for (k = 0; k < n; k++) {
		if (pe[k].max_years > u->pen_max)
			u->pen_max = pe[k].max_years;
		if (pe[k].min_years > floor)
			floor = pe[k].min_years;
	}
	if (u->pen_max <= 0 && floor > 0) {
		u->pen_max = floor;
		u->pen_floor = 1;
	}
	free(pe);
}

static void
assign_roles(struct engine *E)
{
	const lg_pack *p = E->p;
	size_t i, k;

	for (i = 0; i < E->nu; i++) {
		struct unit *u = &E->u[i];
		const char *s;
		size_t len = unit_text(E, u, &s);
		int nacts = 0, purpose = 0;

		/* "Art. 231 (Revogado)": a short repealed provision says nothing in force. */
		if (HAS(u, p->repealed) && len < 600) {
			u->roles = R_REPEALED;
			continue;
		}
		for (k = 0; k < p->nacts; k++)
			nacts += HAS(u, p->acts[k]);
		for (k = 0; k < p->npurposes; k++)
			purpose |= HAS(u, p->purposes[k]);
		if (HAS(u, p->anchor))
			u->roles |= R_ANCHOR;
		if (HAS(u, p->definition))
			u->roles |= R_DEFINITION;
		if (HAS(u, p->victim))
			u->roles |= R_VICTIM;
		if (nacts >= p->core_acts && ((u->roles & R_ANCHOR) || purpose))
			u->roles |= R_CORE | R_TRAFFICKING;
		/* The text outside every provision of a structured document is not one
		 * provision: a penalty there belongs to no offence. */
		if (u->prov < 0 && E->docs[u->doc]->nprov > 0)
			continue;
		if ((u->roles & (R_ANCHOR | R_CORE)) != 0) {
			/* The lexicon's custodial words are the prefilter: the number parser
			 * only reads provisions that speak of prison. */
			if (p->penalty < 0 || HAS(u, p->penalty))
				unit_penalty(u, s, len, E->docs[u->doc]->lang);
			if (u->pen_max > 0 || HAS(u, p->penalty))
				u->roles |= R_OFFENCE | R_TRAFFICKING;
			if (u->roles & R_DEFINITION)
				u->roles |= R_TRAFFICKING;
		}
		E->any_roles |= u->roles;
		if ((u->roles & (R_OFFENCE | R_ANCHOR)) == (R_OFFENCE | R_ANCHOR))
			E->named_offence = 1;
	}
	inherit_victim(E);
	link_definitions(E);
	mark_treaty(E);
}

static int
in_scope(const struct engine *E, const struct unit *u, enum lg_scope sc)
{
	if (u->roles & R_REPEALED)
		return 0;
	switch (sc) {
	case LG_SCOPE_DOCUMENT:
		return 1;
	case LG_SCOPE_TRAFFICKING_LAW:
		return (E->any_roles & R_TRAFFICKING) != 0;
	case LG_SCOPE_OFFENCE_LAW:
		return (E->any_roles & R_OFFENCE) != 0;
	case LG_SCOPE_TRAFFICKING:
		return (u->roles & R_TRAFFICKING) != 0;
	case LG_SCOPE_CORE:
		return (u->roles & R_CORE) != 0;
	case LG_SCOPE_OFFENCE:
		/* An offence that names the crime ("trafficking in persons is punished by …")
		 * inherits its definition and the provision that describes the conduct. */
		return (u->roles & R_OFFENCE) != 0 ||
		    (((u->roles & (R_TRAFFICKING | R_DEFINITION)) == (R_TRAFFICKING | R_DEFINITION) ||
		    (u->roles & R_CORE)) && E->named_offence);
	case LG_SCOPE_VICTIM:
		return (u->roles & R_VICTIM) != 0;
	}
	return 0;
}

static const char *
scope_words(enum lg_scope sc)
{
	switch (sc) {
	case LG_SCOPE_DOCUMENT: return "the document";
	case LG_SCOPE_TRAFFICKING_LAW: return "this law";
	case LG_SCOPE_OFFENCE_LAW: return "this law";
	case LG_SCOPE_TRAFFICKING: return "the trafficking provisions";
	case LG_SCOPE_CORE: return "the trafficking definition or offence";
	case LG_SCOPE_OFFENCE: return "the trafficking offence";
	case LG_SCOPE_VICTIM: return "the provisions on victims";
	}
	return "";
}

/* ---- evidence -------------------------------------------------------------- */

static const char *
unit_name(const struct engine *E, const struct unit *u)
{
	const lg_doc *d = E->docs[u->doc];

	const struct lg_prov *pv;

	/* Explanations name the provision as the law numbers it ("Artículo 10");
	 * the evidence carries the full hierarchy path. */
	if (u->prov < 0)
		return "the text outside any article";
	pv = &d->prov[u->prov];
	if (pv->num && *pv->num)
		return pv->num;
	if (pv->heading && *pv->heading)
		return pv->heading;
	return pv->path ? pv->path : pv->eid;
}

static size_t
utf8_back(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* Quote the text around a match: up to LG_MAX_QUOTE bytes, on word and UTF-8
 * boundaries, inside the provision, newlines as spaces, "…" where cut. */
static void
quote(const lg_doc *d, int prov, size_t ms, size_t me, struct lg_evidence *ev)
{
	size_t lo = prov >= 0 ? d->prov[prov].start : 0;
	size_t hi = prov >= 0 ? d->prov[prov].end : d->text_len;
	size_t a, b, budget = LG_MAX_QUOTE - 8, i;
	lg_buf q = { 0 };

	if (me - ms > budget)
		me = ms + budget;
	a = ms > lo + (budget - (me - ms)) / 3 ? ms - (budget - (me - ms)) / 3 : lo;
	b = me + (budget - (me - ms) - (ms - a));
	if (b > hi)
		b = hi;
	a = utf8_back(d->text, a);
	b = b < d->text_len ? utf8_back(d->text, b) : b;
	if (a > lo)	/* start at a word */
		while (a < ms && d->text[a] != ' ' && d->text[a] != '\n')
			a++;
	if (b < hi)
		while (b > me && d->text[b - 1] != ' ' && d->text[b - 1] != '\n')
			b--;
	if (a > lo)
		lg_buf_puts(&q, "\xe2\x80\xa6");
	for (i = a; i < b; i++) {
		if (i == ms)
			ev->hl_start = q.len;
		if (i == me)
			ev->hl_len = q.len - ev->hl_start;
		lg_buf_putc(&q, d->text[i] == '\n' || d->text[i] == '\t' ? ' ' : d->text[i]);
	}
	if (me >= b)
		ev->hl_len = q.len - ev->hl_start;
	if (b < hi)
		lg_buf_puts(&q, "\xe2\x80\xa6");
	ev->quote = lg_buf_detach(&q);
}

static void
add_evidence(const struct engine *E, const struct unit *u, const struct lg_match *m,
    struct lg_element_result *er, const char *via)
{
	const lg_doc *d = E->docs[u->doc];
	int deep = lg_doc_prov_at(d, m->start);
	struct lg_evidence *ev;

	er->ev = lg_xrealloc(er->ev, (er->nev + 1) * sizeof(*er->ev));
	ev = &er->ev[er->nev++];
	memset(ev, 0, sizeof(*ev));
	ev->doc = lg_xstrdup(d->path);
	if (deep >= 0) {
		ev->eid = lg_xstrdup(d->prov[deep].eid);
		ev->path = lg_xstrdup(d->prov[deep].path ? d->prov[deep].path : d->prov[deep].eid);
	} else {
		ev->eid = lg_xstrdup("");
		ev->path = lg_xstrdup("(no provision)");
	}
	ev->line = lg_doc_line_at(d, m->start);
	quote(d, deep >= 0 ? deep : u->prov, m->start, m->end, ev);
	ev->via = via ? lg_xstrdup(via) : NULL;
}

static int
element_has(const struct lg_element *el, int c)
{
	size_t i;

	for (i = 0; i < el->nconcepts; i++)
		if (el->concepts[i] == c)
			return 1;
	return 0;
}

static int
unit_has_element(const struct unit *u, const struct lg_element *el)
{
	size_t i;

	for (i = 0; i < el->nconcepts; i++)
		if (HAS(u, el->concepts[i]))
			return 1;
	return 0;
}

/* Collect evidence for one element: core provisions first, then the rest of the
 * scope, one match per provision, at most LG_MAX_EVIDENCE. Returns the first
 * unit that gave evidence, or NULL. */
static const struct unit *
find_element(const struct engine *E, enum lg_scope scope, const struct lg_element *el,
    struct lg_element_result *er)
{
	const struct unit *first = NULL;
	int pass;
	size_t i, k;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < E->nu && er->nev < LG_MAX_EVIDENCE; i++) {
			const struct unit *u = &E->u[i];
			char *via = NULL;

			if (((u->roles & R_CORE) != 0) != (pass == 0) || !in_scope(E, u, scope) ||
			    !unit_has_element(u, el))
				continue;
			if ((u->roles & (R_DEFINITION | R_OFFENCE)) == R_DEFINITION &&
			    (E->any_roles & R_OFFENCE))
				via = lg_xasprintf("definition in %s", unit_name(E, u));
			for (k = 0; k < u->nm; k++)
				if (element_has(el, E->refs[u->m0 + k].m->concept)) {
					add_evidence(E, u, E->refs[u->m0 + k].m, er, via);
					break;
				}
			free(via);
			if (first == NULL)
				first = u;
		}
	return first;
}

/* ---- requirements ---------------------------------------------------------- */

/* The basic offence's maximum: the lowest maximum among core offence provisions
 * (aggravated forms carry higher ones), else among all trafficking offences. */
static double
basic_penalty(const struct engine *E, const struct unit **where)
{
	double best = -1;
	int pass;
	size_t i;

	*where = NULL;
	for (pass = 0; pass < 2 && best < 0; pass++)
		for (i = 0; i < E->nu; i++) {
			const struct unit *u = &E->u[i];

			if (!(u->roles & R_OFFENCE) || (u->roles & R_REPEALED) || u->pen_max <= 0)
				continue;
			if (pass == 0 && !(u->roles & R_CORE))
				continue;
			if (best < 0 || u->pen_max < best) {
				best = u->pen_max;
				*where = u;
			}
		}
	return best;
}

static void
explain(const struct engine *E, const struct lg_req *q, struct lg_req_result *r,
    const struct unit **where, const char *extra)
{
	lg_buf b = { 0 };
	size_t i, nfound = 0;

	for (i = 0; i < r->nel; i++)
		nfound += r->el[i].status != LG_MISSING;
	lg_buf_printf(&b, "%s: ", lg_status_name(r->status));
	if (extra)
		lg_buf_printf(&b, "%s", extra);
	if (nfound) {
		int n = 0;

		lg_buf_printf(&b, "%sfound ", extra ? "; " : "");
		for (i = 0; i < r->nel; i++)
			if (r->el[i].status != LG_MISSING) {
				lg_buf_printf(&b, "%s%s", n++ ? ", " : "", r->el[i].label);
				if (where[i])
					lg_buf_printf(&b, " (%s%s)", unit_name(E, where[i]),
					    r->el[i].ev && r->el[i].ev[0].via ? ", via its definition" : "");
			}
	}
	if (nfound < r->nel && !(extra && r->status == LG_MET)) {
		int n = 0;

		lg_buf_printf(&b, "%s%s ", nfound || extra ? "; " : "",
		    nfound ? "missing" : "nothing in");
		if (!nfound)
			lg_buf_printf(&b, "%s about ", scope_words(q->scope));
		for (i = 0; i < r->nel; i++)
			if (r->el[i].status == LG_MISSING)
				lg_buf_printf(&b, "%s%s", n++ ? ", " : "", r->el[i].label);
	}
	r->explanation = lg_buf_detach(&b);
}

static void
eval_req(const struct engine *E, const struct lg_req *q, struct lg_req_result *r)
{
	const struct unit **where = lg_xcalloc(q->nel + 1, sizeof(*where));
	size_t i, k, nfound = 0;
	char *extra = NULL, *note = NULL;
	int scope_empty = 1;

	r->id = lg_xstrdup(q->id);
	r->title = lg_xstrdup(q->title);
	r->article = q->article ? lg_xstrdup(q->article) : NULL;
	r->strength = lg_xstrdup(q->strength);
	r->hint = q->hint ? lg_xstrdup(q->hint) : NULL;
	r->category = q->category ? lg_xstrdup(q->category) : NULL;
	r->el = lg_xcalloc(q->nel, sizeof(*r->el));
	r->nel = q->nel;
	for (i = 0; i < E->nu && scope_empty; i++)
		scope_empty = !in_scope(E, &E->u[i], q->scope);
	for (i = 0; i < q->nel; i++) {
		r->el[i].id = lg_xstrdup(q->el[i].id);
		r->el[i].label = lg_xstrdup(q->el[i].label);
		where[i] = find_element(E, q->scope, &q->el[i], &r->el[i]);
		r->el[i].status = where[i] ? LG_MET : LG_MISSING;
		nfound += where[i] != NULL;
	}
	switch (q->combine) {
	case LG_COMBINE_ALL:
		r->status = nfound == q->nel ? LG_MET : nfound ? LG_PARTIAL : LG_MISSING;
		break;
	case LG_COMBINE_ANY:
		r->status = nfound ? LG_MET : LG_MISSING;
		break;
	case LG_COMBINE_ATLEAST:
		r->status = nfound >= (size_t)q->atleast ? LG_MET : nfound ? LG_PARTIAL : LG_MISSING;
		break;
	}
	/* Narrowing words in a provision that gave evidence cap the status at partial. */
	for (i = 0; i < q->nel && q->nnarrow; i++)
		for (k = 0; k < q->nnarrow && where[i]; k++)
			if (HAS(where[i], q->narrow[k]) && note == NULL) {
				note = lg_xasprintf("narrowed: %s uses '%s'", unit_name(E, where[i]),
				    E->p->concepts[q->narrow[k]]);
				r->el[i].status = LG_PARTIAL;
				r->el[i].note = lg_xstrdup(note);
				if (r->status == LG_MET)
					r->status = LG_PARTIAL;
			}
	/* Evidence outside the scope (a measure for everyone, not for victims) is
	 * worth a partial, and says so. */
	if (q->has_fallback && nfound == 0) {
		for (i = 0; i < q->nel; i++) {
			where[i] = find_element(E, q->fallback, &q->el[i], &r->el[i]);
			if (where[i]) {
				r->el[i].status = LG_PARTIAL;
				r->el[i].note = lg_xasprintf("found only outside %s", scope_words(q->scope));
				r->status = LG_PARTIAL;
			}
		}
		if (r->status == LG_PARTIAL)
			note = lg_xasprintf("found only outside %s", scope_words(q->scope));
	}
	for (i = 0; i < q->nel && r->status == LG_MET; i++)
		if (where[i] && (where[i]->roles & R_TREATY)) {
			r->status = LG_PARTIAL;
			free(note);
			note = lg_xasprintf("%s is treaty text (obligations of States Parties), "
			    "not national law", E->docs[where[i]->doc]->path);
		}
	if ((q->checks & LG_CHECK_NO_MEANS) && r->status != LG_MET) {
		int ncore = 0, uses = 0;

		for (i = 0; i < E->nu; i++) {
			if (!(E->u[i].roles & R_CORE) || (E->u[i].roles & R_REPEALED))
				continue;
			ncore++;
			for (k = 0; k < q->nel; k++)
				uses |= unit_has_element(&E->u[i], &q->el[k]);
		}
		if (ncore && !uses) {
			r->status = LG_MET;
			extra = lg_xstrdup("the trafficking offence requires none of these means, "
			    "which is broader than the Protocol");
		}
	}
	if (q->checks & LG_CHECK_PENALTY_MAX) {
		const struct unit *u;
		double y = basic_penalty(E, &u);
		char yt[64];

		if (y > 0) {
			if (u->pen_floor) {	/* "at least N years": the maximum is unstated */
				snprintf(yt, sizeof(yt), "at least ");
				lg_penalty_format(y, yt + 9, sizeof(yt) - 9);
			} else
				lg_penalty_format(y, yt, sizeof(yt));
			r->has_value = 1;
			r->value = y;
			r->value_text = lg_xasprintf("%s (%s)", yt, unit_name(E, u));
			if (y >= q->penalty_min)
				extra = lg_xasprintf("maximum penalty of the basic offence is %s in %s, "
				    "at least %g years", yt, unit_name(E, u), q->penalty_min);
			else {
				extra = lg_xasprintf("maximum penalty of the basic offence is %s in %s, "
				    "below %g years", yt, unit_name(E, u), q->penalty_min);
				r->status = LG_MISSING;
			}
		} else {
			extra = lg_xstrdup("no trafficking offence with a custodial penalty");
			r->status = LG_MISSING;
		}
	}
	if (scope_empty && q->scope != LG_SCOPE_DOCUMENT && extra == NULL)
		extra = lg_xasprintf("no %s", q->scope == LG_SCOPE_VICTIM ? "provision about victims" :
		    q->scope == LG_SCOPE_OFFENCE ? "trafficking offence with a custodial penalty" :
		    "trafficking provision");
	if (note && extra == NULL)
		extra = note, note = NULL;
	r->computed = r->status;
	explain(E, q, r, where, extra);
	free(extra);
	free(note);
	free(where);
}

static const struct lg_req_result *
result_of(const struct lg_doc_result *out, const char *id)
{
	return id ? lg_doc_find_req(out, id) : NULL;
}

/* UNODC Global Report class (requirements.md §1F). */
static void
glotip(const lg_pack *p, struct lg_doc_result *out)
{
	const struct lg_req_result *off = result_of(out, p->glotip_offence), *r;
	lg_buf b = { 0 };
	size_t i;
	int n = 0;

	/* §1F: none unless a provision satisfies the criminalisation requirement. */
	if (off == NULL || off->computed != LG_MET) {
		out->glotip = LG_GLOTIP_NONE;
		out->glotip_reason = lg_xstrdup(off && off->computed == LG_PARTIAL ?
		    "no specific trafficking offence (no offence links an act to an exploitative purpose)" :
		    "no specific trafficking offence");
		return;
	}
	for (i = 0; i < p->nglotip_forms; i++)
		if ((r = result_of(out, p->glotip_forms[i])) != NULL && r->computed == LG_MISSING)
			lg_buf_printf(&b, "%s%s", n++ ? ", " : "missing: ", r->title);
	if ((r = result_of(out, p->glotip_victims)) != NULL && r->computed != LG_MET)
		lg_buf_printf(&b, "%svictim scope %s", n++ ? "; " : "", lg_status_name(r->computed));
	if (n) {
		out->glotip = LG_GLOTIP_PARTIAL;
		out->glotip_reason = lg_buf_detach(&b);
	} else {
		out->glotip = LG_GLOTIP_FULL;
		out->glotip_reason = lg_xstrdup("specific offence covering all forms and all victims");
		lg_buf_free(&b);
	}
}

/* Match, cut into units and give roles: everything a requirement is judged on. */
static void
engine_open(struct engine *E, const lg_pack *p, const lg_doc *const *docs, size_t ndocs,
    lg_diag *diag)
{
	size_t i;

	memset(E, 0, sizeof(*E));
	E->p = p;
	E->diag = diag;
	E->docs = (const lg_doc **)docs;
	E->ndocs = ndocs;
	E->ms = lg_xcalloc(ndocs, sizeof(*E->ms));
	for (i = 0; i < ndocs; i++)
		lg_match_doc(p, docs[i], diag, &E->ms[i]);
	build_units(E);
	assign_roles(E);
}

static void
engine_close(struct engine *E)
{
	size_t i;

	for (i = 0; i < E->ndocs; i++) {
		lg_matches_free(&E->ms[i]);
		free(E->unit_of[i]);
	}
	free(E->unit_of);
	free(E->ms);
	free(E->u);
	free(E->refs);
	free(E->csets);
}

static void
run(const lg_pack *p, const lg_doc *const *docs, size_t ndocs, lg_diag *diag,
    struct lg_doc_result *out)
{
	struct engine E;
	size_t i;

	engine_open(&E, p, docs, ndocs, diag);
	out->req = lg_xcalloc(p->nreqs + 1, sizeof(*out->req));
	out->nreq = p->nreqs;
	for (i = 0; i < p->nreqs; i++)
		eval_req(&E, &p->reqs[i], &out->req[i]);
	glotip(p, out);
	engine_close(&E);
}

void
lg_engine_trace(const lg_pack *p, const lg_doc *doc, lg_diag *diag, lg_buf *out)
{
	static const struct { unsigned bit; const char *name; } roles[] = {
		{ R_TRAFFICKING, "trafficking" }, { R_CORE, "core" }, { R_OFFENCE, "offence" },
		{ R_VICTIM, "victim" }, { R_DEFINITION, "definition" }, { R_REPEALED, "repealed" },
		{ R_ANCHOR, "anchor" }, { R_LINKED, "linked-definition" }, { R_TREATY, "treaty" },
	};
	struct engine E;
	size_t i, k;
	int c;

	engine_open(&E, p, &doc, 1, diag);
	for (i = 0; i < E.nu; i++) {
		const struct unit *u = &E.u[i];

		lg_buf_printf(out, "%s\t%s\troles:", u->prov >= 0 ? doc->prov[u->prov].eid : "-",
		    unit_name(&E, u));
		for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
			if (u->roles & roles[k].bit)
				lg_buf_printf(out, " %s", roles[k].name);
		if (u->pen_max > 0)
			lg_buf_printf(out, " (max %s%g years)", u->pen_floor ? ">= " : "", u->pen_max);
		lg_buf_puts(out, "\tconcepts:");
		for (c = 0; c < (int)p->nconcepts; c++)
			if (HAS(u, c))
				lg_buf_printf(out, " %s", p->concepts[c]);
		lg_buf_putc(out, '\n');
	}
	engine_close(&E);
}

int
lg_check_doc(const lg_pack *p, const lg_doc *doc, lg_diag *diag, struct lg_doc_result *out)
{
	out->path = lg_xstrdup(doc->path);
	out->title = lg_xstrdup(doc->title);
	out->country = lg_xstrdup(doc->country);
	out->lang = lg_xstrdup(doc->lang);
	out->format = lg_xstrdup(doc->format);
	out->date = lg_xstrdup(doc->date);
	out->nprov = doc->nprov;
	run(p, &doc, 1, diag, out);
	return LG_OK;
}

int
lg_check_framework(const lg_pack *p, lg_doc *const *docs, size_t ndocs, lg_diag *diag,
    struct lg_doc_result *out)
{
	lg_buf t = { 0 };
	size_t i;

	out->path = lg_xstrdup("(framework)");
	for (i = 0; i < ndocs; i++) {
		lg_buf_printf(&t, "%s%s", i ? " + " : "", docs[i]->title ? docs[i]->title : docs[i]->path);
		out->nprov += docs[i]->nprov;
	}
	out->title = lg_buf_detach(&t);
	out->country = ndocs ? lg_xstrdup(docs[0]->country) : NULL;
	out->lang = ndocs ? lg_xstrdup(docs[0]->lang) : NULL;
	out->format = lg_xstrdup("framework");
	run(p, (const lg_doc *const *)docs, ndocs, diag, out);
	return LG_OK;
}

void
lg_doc_result_failed(struct lg_doc_result *out, const char *path, const char *why)
{
	out->path = lg_xstrdup(path);
	out->failed = 1;
	out->error = lg_xstrdup(why);
}
