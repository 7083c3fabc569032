/* report_csv.c - one row per document × requirement (RFC 4180, CRLF), for
 * spreadsheets and dashboards. Every cell goes through lg_esc_csv, which also
 * defuses formula injection (law text starting with = + - @). A document that
 * could not be read gets one row with status "error". */
#include <string.h>

#include "esc.h"
#include "report.h"
#include "report_util.h"

static const char *header[] = {
	"document", "country", "language", "requirement", "title", "article", "strength",
	"status", "computed", "value", "elements_met", "elements_missing", "evidence",
	"explanation", "hint", "waiver", "waiver_expiry", "glotip",
};
#define NCOL (sizeof(header) / sizeof(header[0]))

static void
row(lg_buf *b, const char *cells[NCOL])
{
	size_t i;

	for (i = 0; i < NCOL; i++) {
		if (i)
			lg_buf_putc(b, ',');
		lg_esc_csv(b, cells[i]);
	}
	lg_buf_puts(b, "\r\n");
}

/* "id;id" of the elements with (want_met) or without evidence. */
static void
element_list(lg_buf *b, const struct lg_req_result *q, int want_met)
{
	size_t i, n = 0;

	for (i = 0; i < q->nel; i++) {
		if ((q->el[i].status == LG_MET) != want_met)
			continue;
		if (n++)
			lg_buf_putc(b, ';');
		lg_buf_puts(b, q->el[i].id ? q->el[i].id : "");
	}
}

/* "eId (path, line N); ..." — locations only; quotes stay in JSON/HTML. */
static void
evidence_list(lg_buf *b, const struct lg_req_result *q)
{
	size_t i, k, n = 0;

	for (i = 0; i < q->nel; i++)
		for (k = 0; k < q->el[i].nev; k++) {
			const struct lg_evidence *e = &q->el[i].ev[k];

			if (n++)
				lg_buf_puts(b, "; ");
			lg_buf_printf(b, "%s (%s, line %u)", e->eid ? e->eid : "-",
			    e->path ? e->path : "", e->line);
		}
}

static void
document(lg_buf *b, const struct lg_doc_result *d, const char *name)
{
	const char *c[NCOL];
	lg_buf met = { 0 }, miss = { 0 }, ev = { 0 }, val = { 0 };
	size_t i;

	if (d->failed) {
		memset(c, 0, sizeof(c));
		c[0] = name;
		c[7] = "error";
		c[13] = d->error ? d->error : "could not be read";
		row(b, c);
		return;
	}
	for (i = 0; i < d->nreq; i++) {
		const struct lg_req_result *q = &d->req[i];

		lg_buf_truncate(&met, 0);
		lg_buf_truncate(&miss, 0);
		lg_buf_truncate(&ev, 0);
		lg_buf_truncate(&val, 0);
		element_list(&met, q, 1);
		element_list(&miss, q, 0);
		evidence_list(&ev, q);
		if (q->has_value)
			lg_buf_printf(&val, "%g", q->value);
		c[0] = name;
		c[1] = d->country;
		c[2] = d->lang;
		c[3] = q->id;
		c[4] = q->title;
		c[5] = q->article;
		c[6] = q->strength;
		c[7] = lg_status_name(q->status);
		c[8] = lg_status_name(lg_req_effective(q));
		c[9] = val.p;
		c[10] = met.p;
		c[11] = miss.p;
		c[12] = ev.p;
		c[13] = q->explanation;
		c[14] = q->status == LG_MET ? NULL : q->hint;
		c[15] = q->waiver;
		c[16] = q->waiver_expiry;
		c[17] = lg_glotip_name(d->glotip);
		row(b, c);
	}
	lg_buf_free(&met);
	lg_buf_free(&miss);
	lg_buf_free(&ev);
	lg_buf_free(&val);
}

int
lg_render_csv(const lg_report *r, lg_buf *out, int color)
{
	size_t i;

	(void)color;
	row(out, header);
	for (i = 0; i < r->ndocs; i++)
		document(out, &r->docs[i], r->docs[i].path);
	if (r->framework)
		document(out, r->framework, "(framework)");
	return 0;
}
