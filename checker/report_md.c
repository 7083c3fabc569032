/* report_md.c - Markdown for pasting into an assessment: a summary matrix
 * (requirement × document), then per document a section per requirement with
 * an element table, quoted evidence (matched words in bold) and the drafting
 * hint. All law text goes through lg_esc_md, which is table-cell safe. */
#include <stdlib.h>
#include <string.h>

#include "esc.h"
#include "report.h"
#include "report_util.h"

static void
status_cell(lg_buf *b, enum lg_status s)
{
	/* Bold for gaps so they stand out in plain-text views too. */
	if (s == LG_MISSING || s == LG_PARTIAL)
		lg_buf_printf(b, "**%s**", lg_status_name(s));
	else
		lg_buf_puts(b, lg_status_name(s));
}

static void
matrix(lg_buf *b, const lg_report *r)
{
	struct lg_req_row *rows;
	size_t nrows, i, j;

	rows = lg_req_rows(r, &nrows);
	lg_buf_puts(b, "## Summary\n\n| Requirement | Strength |");
	for (j = 0; j < r->ndocs; j++) {
		lg_buf_putc(b, ' ');
		lg_esc_md(b, r->docs[j].path);
		lg_buf_puts(b, " |");
	}
	if (r->framework)
		lg_buf_puts(b, " Framework |");
	lg_buf_puts(b, "\n|---|---|");
	for (j = 0; j < r->ndocs + (r->framework != NULL); j++)
		lg_buf_puts(b, "---|");
	lg_buf_putc(b, '\n');
	for (i = 0; i < nrows; i++) {
		lg_buf_puts(b, "| ");
		lg_esc_md(b, rows[i].id);
		lg_buf_puts(b, " | ");
		lg_esc_md(b, rows[i].first->strength);
		lg_buf_puts(b, " |");
		for (j = 0; j < r->ndocs + (r->framework != NULL); j++) {
			const struct lg_doc_result *d = j < r->ndocs ? &r->docs[j] : r->framework;
			const struct lg_req_result *q = lg_doc_find_req(d, rows[i].id);

			lg_buf_putc(b, ' ');
			if (d->failed)
				lg_buf_puts(b, "error");
			else if (q == NULL)
				lg_buf_puts(b, "—");
			else
				status_cell(b, q->status);
			lg_buf_puts(b, " |");
		}
		lg_buf_putc(b, '\n');
	}
	if (nrows == 0)
		lg_buf_puts(b, "\nNo requirements were checked.\n");
	lg_buf_putc(b, '\n');
	free(rows);
}

static void
evidence(lg_buf *b, const struct lg_evidence *e, const char *docpath)
{
	size_t s, end;

	lg_esc_md(b, e->path ? e->path : "(document)");
	lg_buf_puts(b, " (");
	if (e->eid) {
		lg_esc_md(b, e->eid);
		lg_buf_puts(b, ", ");
	}
	lg_buf_printf(b, "line %u", e->line);
	if (e->doc && (docpath == NULL || strcmp(e->doc, docpath) != 0)) {
		lg_buf_puts(b, ", ");
		lg_esc_md(b, e->doc);
	}
	lg_buf_puts(b, "): “");
	lg_esc_span(e->quote, e->hl_start, e->hl_len, &s, &end);
	if (e->quote) {
		lg_esc_md_n(b, e->quote, s);
		if (end > s) {
			lg_buf_puts(b, "**");
			lg_esc_md_n(b, e->quote + s, end - s);
			lg_buf_puts(b, "**");
		}
		lg_esc_md(b, e->quote + end);
	}
	lg_buf_puts(b, "”");
	if (e->via) {
		lg_buf_puts(b, " via ");
		lg_esc_md(b, e->via);
	}
}

static void
requirement(lg_buf *b, const struct lg_req_result *q, const char *docpath)
{
	size_t i, k;

	lg_buf_printf(b, "### %s — ", lg_status_name(q->status));
	lg_esc_md(b, q->id);
	if (q->title) {
		lg_buf_puts(b, ": ");
		lg_esc_md(b, q->title);
	}
	lg_buf_puts(b, "\n\n");
	if (q->strength) {
		lg_buf_puts(b, "- **Strength:** ");
		lg_esc_md(b, q->strength);
		lg_buf_putc(b, '\n');
	}
	if (q->article) {
		lg_buf_puts(b, "- **Article:** ");
		lg_esc_md(b, q->article);
		lg_buf_putc(b, '\n');
	}
	if (q->status == LG_WAIVED) {
		lg_buf_printf(b, "- **Waived** (computed: %s): ", lg_status_name(q->computed));
		lg_esc_md(b, q->waiver);
		if (q->waiver_expiry) {
			lg_buf_puts(b, " (expires ");
			lg_esc_md(b, q->waiver_expiry);
			lg_buf_putc(b, ')');
		}
		lg_buf_putc(b, '\n');
	}
	if (q->explanation) {
		lg_buf_puts(b, "- **Explanation:** ");
		lg_esc_md(b, q->explanation);
		lg_buf_putc(b, '\n');
	}
	if (q->value_text || q->has_value) {
		lg_buf_puts(b, "- **Value:** ");
		if (q->value_text)
			lg_esc_md(b, q->value_text);
		else
			lg_buf_printf(b, "%g", q->value);
		lg_buf_putc(b, '\n');
	}
	if (q->nel > 0) {
		lg_buf_puts(b, "\n| Element | Status | Evidence |\n|---|---|---|\n");
		for (i = 0; i < q->nel; i++) {
			const struct lg_element_result *el = &q->el[i];

			lg_buf_puts(b, "| ");
			lg_esc_md(b, el->label ? el->label : el->id);
			if (el->label && el->id && strcmp(el->label, el->id) != 0) {
				lg_buf_puts(b, " (");
				lg_esc_md(b, el->id);
				lg_buf_putc(b, ')');
			}
			lg_buf_puts(b, " | ");
			status_cell(b, el->status);
			lg_buf_puts(b, " | ");
			for (k = 0; k < el->nev; k++) {
				if (k)
					lg_buf_puts(b, "<br>");
				evidence(b, &el->ev[k], docpath);
			}
			if (el->note) {
				if (el->nev)
					lg_buf_puts(b, "<br>");
				lg_buf_puts(b, "*Note:* ");
				lg_esc_md(b, el->note);
			}
			lg_buf_puts(b, " |\n");
		}
	}
	if (q->hint && lg_req_effective(q) != LG_MET) {
		lg_buf_puts(b, "\n> **Drafting hint:** ");
		lg_esc_md(b, q->hint);
		lg_buf_putc(b, '\n');
	}
	lg_buf_putc(b, '\n');
}

static void
meta_row(lg_buf *b, const char *k, const char *v)
{
	lg_buf_printf(b, "| %s | ", k);
	lg_esc_md(b, v ? v : "—");
	lg_buf_puts(b, " |\n");
}

static void
document(lg_buf *b, const struct lg_doc_result *d, int framework)
{
	struct lg_counts c;
	size_t i;

	if (framework)
		lg_buf_puts(b, "## Framework: all documents read together\n\n");
	else {
		lg_buf_puts(b, "## Document: ");
		lg_esc_md(b, d->path);
		lg_buf_puts(b, "\n\n");
	}
	if (d->failed) {
		lg_buf_puts(b, "**Error:** could not be read: ");
		lg_esc_md(b, d->error ? d->error : "unknown error");
		lg_buf_puts(b, "\n\n");
		return;
	}
	lg_buf_puts(b, "| | |\n|---|---|\n");
	meta_row(b, "Title", d->title);
	meta_row(b, "Country", d->country);
	meta_row(b, "Language", d->lang);
	meta_row(b, "Format", d->format);
	meta_row(b, "Date", d->date);
	lg_buf_printf(b, "| Provisions | %zu |\n", d->nprov);
	lg_buf_printf(b, "| GLOTIP class | %s", lg_glotip_name(d->glotip));
	if (d->glotip_reason) {
		lg_buf_puts(b, ": ");
		lg_esc_md(b, d->glotip_reason);
	}
	lg_buf_puts(b, " |\n\n");
	lg_doc_counts(d, &c);
	lg_buf_printf(b, "**Summary:** %zu met, %zu partial, %zu missing, %zu waived (%zu requirements)\n\n",
	    c.n[LG_MET], c.n[LG_PARTIAL], c.n[LG_MISSING], c.n[LG_WAIVED], c.total);
	for (i = 0; i < d->nreq; i++)
		requirement(b, &d->req[i], d->path);
}

int
lg_render_md(const lg_report *r, lg_buf *out, int color)
{
	size_t i;

	(void)color;
	lg_buf_puts(out, "# lexgap report: ");
	lg_esc_md(out, r->pack_title ? r->pack_title : r->pack);
	lg_buf_puts(out, "\n\nlexgap ");
	lg_esc_md(out, r->version);
	lg_buf_puts(out, ", rule pack ");
	lg_esc_md(out, r->pack);
	lg_buf_puts(out, " ");
	lg_esc_md(out, r->pack_version);
	lg_buf_puts(out, "\n\n");
	matrix(out, r);
	for (i = 0; i < r->ndocs; i++)
		document(out, &r->docs[i], 0);
	if (r->framework)
		document(out, r->framework, 1);
	return 0;
}
