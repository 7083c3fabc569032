/* report_json.c - the JSON report (design.md §5; documented in docs/json.md).
 *
 * The contract fields (tool, version, pack, documents[].path/title/country/
 * language/glotip/requirements[].id/status/value/elements[].id/status/
 * evidence[].eId/path/line/quote) never change name; everything else is an
 * addition, and schema_version goes up only if a field ever had to change. */
#include <stdlib.h>

#include "esc.h"
#include "jsonw.h"
#include "lexgap.h"
#include "report.h"
#include "report_util.h"

static void
evidence(lg_jw *w, const struct lg_evidence *e)
{
	size_t hs = e->hl_start, hl = e->hl_len;
	/* Offsets refer to the quote as written (invalid bytes replaced). */
	char *q = lg_utf8_clean(e->quote ? e->quote : "", &hs, &hl);

	lg_jw_obj(w);
	lg_jw_kstr(w, "eId", e->eid);
	lg_jw_kstr(w, "path", e->path);
	lg_jw_kint(w, "line", e->line);
	lg_jw_kstr(w, "quote", q);
	lg_jw_kstr(w, "document", e->doc);
	lg_jw_key(w, "highlight");
	lg_jw_obj(w);
	lg_jw_kint(w, "start", (long long)hs);
	lg_jw_kint(w, "length", (long long)hl);
	lg_jw_key(w, "text");
	lg_jw_strn(w, q + hs, hl);
	lg_jw_obj_end(w);
	lg_jw_kstr_opt(w, "via", e->via);
	lg_jw_obj_end(w);
	free(q);
}

static void
element(lg_jw *w, const struct lg_element_result *el)
{
	size_t i;

	lg_jw_obj(w);
	lg_jw_kstr(w, "id", el->id);
	lg_jw_kstr(w, "status", lg_status_name(el->status));
	lg_jw_kstr_opt(w, "label", el->label);
	lg_jw_kstr_opt(w, "note", el->note);
	lg_jw_key(w, "evidence");
	lg_jw_arr(w);
	for (i = 0; i < el->nev; i++)
		evidence(w, &el->ev[i]);
	lg_jw_arr_end(w);
	lg_jw_obj_end(w);
}

static void
requirement(lg_jw *w, const struct lg_req_result *q)
{
	size_t i;

	lg_jw_obj(w);
	lg_jw_kstr(w, "id", q->id);
	lg_jw_kstr(w, "status", lg_status_name(q->status));
	if (q->has_value) {
		lg_jw_key(w, "value");
		lg_jw_num(w, q->value);
	}
	lg_jw_kstr_opt(w, "value_text", q->value_text);
	lg_jw_kstr(w, "computed", lg_status_name(lg_req_effective(q)));
	lg_jw_kstr_opt(w, "title", q->title);
	lg_jw_kstr_opt(w, "article", q->article);
	lg_jw_kstr_opt(w, "strength", q->strength);
	lg_jw_kstr_opt(w, "category", q->category);
	lg_jw_kstr_opt(w, "explanation", q->explanation);
	lg_jw_kstr_opt(w, "hint", q->hint);
	if (q->status == LG_WAIVED) {
		lg_jw_key(w, "waiver");
		lg_jw_obj(w);
		lg_jw_kstr(w, "justification", q->waiver);
		lg_jw_kstr(w, "expiry", q->waiver_expiry);
		lg_jw_obj_end(w);
	}
	lg_jw_key(w, "elements");
	lg_jw_arr(w);
	for (i = 0; i < q->nel; i++)
		element(w, &q->el[i]);
	lg_jw_arr_end(w);
	lg_jw_obj_end(w);
}

static void
document(lg_jw *w, const struct lg_doc_result *d)
{
	struct lg_counts c;
	size_t i;

	lg_jw_obj(w);
	lg_jw_kstr(w, "path", d->path);
	lg_jw_kstr(w, "title", d->title);
	lg_jw_kstr(w, "country", d->country);
	lg_jw_kstr(w, "language", d->lang);
	if (d->failed) {
		/* Nothing was checked: no class rather than a misleading "none". */
		lg_jw_key(w, "glotip");
		lg_jw_null(w);
		lg_jw_kstr(w, "error", d->error ? d->error : "could not be read");
	} else {
		lg_jw_kstr(w, "glotip", lg_glotip_name(d->glotip));
		lg_jw_kstr_opt(w, "glotip_reason", d->glotip_reason);
	}
	lg_jw_kstr(w, "format", d->format);
	lg_jw_kstr(w, "date", d->date);
	lg_jw_kint(w, "provisions", (long long)d->nprov);
	lg_doc_counts(d, &c);
	lg_jw_key(w, "summary");
	lg_jw_obj(w);
	for (i = 0; i < 4; i++)
		lg_jw_kint(w, lg_status_name((enum lg_status)i), (long long)c.n[i]);
	lg_jw_obj_end(w);
	lg_jw_key(w, "requirements");
	lg_jw_arr(w);
	for (i = 0; i < d->nreq; i++)
		requirement(w, &d->req[i]);
	lg_jw_arr_end(w);
	lg_jw_obj_end(w);
}

int
lg_render_json(const lg_report *r, lg_buf *out, int color)
{
	lg_jw w;
	size_t i;

	(void)color;
	lg_jw_init(&w, out);
	lg_jw_obj(&w);
	lg_jw_kstr(&w, "tool", "lexgap");
	lg_jw_kstr(&w, "version", r->version);
	lg_jw_kint(&w, "schema_version", LEXGAP_JSON_SCHEMA);
	lg_jw_kstr(&w, "pack", r->pack);
	lg_jw_kstr(&w, "pack_title", r->pack_title);
	lg_jw_kstr(&w, "pack_version", r->pack_version);
	lg_jw_key(&w, "documents");
	lg_jw_arr(&w);
	for (i = 0; i < r->ndocs; i++)
		document(&w, &r->docs[i]);
	lg_jw_arr_end(&w);
	if (r->framework) {
		lg_jw_key(&w, "framework");
		document(&w, r->framework);
	}
	lg_jw_obj_end(&w);
	lg_jw_end(&w);
	return 0;
}
