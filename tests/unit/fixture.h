/* fixture.h - hand-built report models for the renderer, waiver and diff
 * tests: no engine, no pack, just the structs of report.h with tricky text. */
#ifndef LG_FIXTURE_H
#define LG_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

static inline struct lg_evidence *
fx_evidence(struct lg_element_result *el, const char *doc, const char *eid, const char *path,
    unsigned line, const char *quote, const char *match)
{
	struct lg_evidence *e;
	const char *m = match ? strstr(quote, match) : NULL;

	el->ev = lg_xrealloc(el->ev, (el->nev + 1) * sizeof(*el->ev));
	e = &el->ev[el->nev++];
	memset(e, 0, sizeof(*e));
	e->doc = lg_xstrdup(doc);
	e->eid = lg_xstrdup(eid);
	e->path = lg_xstrdup(path);
	e->line = line;
	e->quote = lg_xstrdup(quote);
	if (m) {
		e->hl_start = (size_t)(m - quote);
		e->hl_len = strlen(match);
	}
	return e;
}

static inline struct lg_element_result *
fx_element(struct lg_req_result *q, const char *id, const char *label, enum lg_status st)
{
	struct lg_element_result *el;

	q->el = lg_xrealloc(q->el, (q->nel + 1) * sizeof(*q->el));
	el = &q->el[q->nel++];
	memset(el, 0, sizeof(*el));
	el->id = lg_xstrdup(id);
	el->label = lg_xstrdup(label);
	el->status = st;
	return el;
}

static inline struct lg_req_result *
fx_req(struct lg_doc_result *d, const char *id, const char *title, enum lg_status st)
{
	struct lg_req_result *q;

	d->req = lg_xrealloc(d->req, (d->nreq + 1) * sizeof(*d->req));
	q = &d->req[d->nreq++];
	memset(q, 0, sizeof(*q));
	q->id = lg_xstrdup(id);
	q->title = lg_xstrdup(title);
	q->status = q->computed = st;
	q->strength = lg_xstrdup("M");
	q->article = lg_xstrdup("P3(a)");
	q->hint = lg_xstrdup("Criminalise every act; \"model\" <wording>.");
	q->category = lg_xstrdup("criminalisation");
	return q;
}

static inline void
fx_doc_meta(struct lg_doc_result *d, const char *path, const char *title)
{
	d->path = lg_xstrdup(path);
	d->title = lg_xstrdup(title);
	d->country = lg_xstrdup("xx");
	d->lang = lg_xstrdup("en");
	d->format = lg_xstrdup("akn");
	d->date = lg_xstrdup("2026-01-01");
	d->nprov = 12;
}

/* A document with a met, a partial (with a value), a missing and a
 * <script>/formula/control-character/invalid-UTF-8 laden requirement. */
static inline void
fx_fill_doc(struct lg_doc_result *d, const char *path)
{
	struct lg_req_result *q;
	struct lg_element_result *el;

	fx_doc_meta(d, path, "Act <script>alert(1)</script> & \"Co\"");
	d->glotip = LG_GLOTIP_PARTIAL;
	d->glotip_reason = lg_xstrdup("sexual exploitation only");

	q = fx_req(d, "TIP-3a-act", "Acts", LG_MET);
	q->explanation = lg_xstrdup("met: all five acts in art. 3");
	el = fx_element(q, "recruitment", "recruitment", LG_MET);
	fx_evidence(el, path, "art_3__para_1", "Art. 3 › 1", 12,
	    "Whoever recruits <script>alert('x')</script> a person", "recruits");
	el = fx_element(q, "harbouring", "harbouring", LG_MET);
	fx_evidence(el, path, "art_3__para_2", "Art. 3 › 2", 14,
	    "=cmd|' /C calc'!A0 harbours a person", "harbours");

	q = fx_req(d, "UNTOC-2b-serious", "Serious crime", LG_PARTIAL);
	q->has_value = 1;
	q->value = 3;
	q->value_text = lg_xstrdup("3 years (Art. 10)");
	q->explanation = lg_xstrdup("partial: maximum\tpenalty \x1b[31m3 years\x01 < 4");
	el = fx_element(q, "max-4y", "maximum of at least 4 years", LG_PARTIAL);
	el->note = lg_xstrdup("bad \xff\xfe bytes");
	fx_evidence(el, path, "art_10", "Art. 10", 40, "punished by three years' \xc3 imprisonment",
	    "three years");

	q = fx_req(d, "TIP-3a-purpose-organs", "Removal of organs", LG_MISSING);
	q->explanation = lg_xstrdup("missing: no removal of organs");
	fx_element(q, "organs", "removal of organs", LG_MISSING);

	q = fx_req(d, "TIP-6-3-residence", "Residence permits", LG_WAIVED);
	q->computed = LG_MISSING;
	q->waiver = lg_xstrdup("covered by the Immigration Act 2019, s. 12");
	q->waiver_expiry = lg_xstrdup("2027-06-30");
	q->explanation = lg_xstrdup("missing: no residence permit");
}

static inline lg_report *
fx_report(void)
{
	lg_report *r = lg_report_new("tip-protocol", "UN TIP Protocol", "1");
	struct lg_doc_result *d;

	d = lg_report_add_doc(r);
	fx_fill_doc(d, "corpus/a <b>.xml");
	d = lg_report_add_doc(r);
	d->path = lg_xstrdup("missing.xml");
	d->failed = 1;
	d->error = lg_xstrdup("line 3: <oops> \"unclosed\"");
	r->framework = lg_xcalloc(1, sizeof(*r->framework));
	fx_fill_doc(r->framework, "(framework)");
	return r;
}

#endif
