/* report_html.c - one self-contained HTML file for reading and printing: inline
 * CSS (with @media print), no scripts, no network. A summary matrix
 * (requirement × document, plus the framework) links to per-requirement
 * sections with strength, explanation, elements, quoted evidence with the
 * matched words in <mark>, and the drafting hint for each gap.
 *
 * The output is also well-formed XML (every element closed, only the five XML
 * entities) so xmllint can check it. Every law-derived string goes through
 * lg_esc_xml; a Content-Security-Policy forbidding scripts is a second line of
 * defence should escaping ever miss something. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esc.h"
#include "report.h"
#include "report_util.h"

static const char css[] =
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1d1d1f}\n"
	"h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{font-size:1.05em;margin:1.4em 0 .3em}\n"
	"table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}\n"
	"th{background:#f0f0f0}.meta th{background:none;font-weight:600;border:none;padding-right:1em}.meta td{border:none}\n"
	".s{font-weight:600;text-transform:uppercase;font-size:.85em;padding:.1em .4em;border-radius:3px;white-space:nowrap}\n"
	".met{background:#d9f2dd;color:#14532d}.partial{background:#fff1c2;color:#713f12}.missing{background:#fbd5d5;color:#7f1d1d}\n"
	".waived{background:#dbeafe;color:#1e3a8a}.error{background:#555;color:#fff}.na{color:#888}\n"
	".matrix td,.matrix th{text-align:center}.matrix a{text-decoration:none}.matrix td:first-child,.matrix th:first-child{text-align:left}\n"
	".req{border-left:4px solid #ccc;padding-left:.8em;margin:1em 0;page-break-inside:avoid}\n"
	".req.missing-b{border-color:#dc2626}.req.partial-b{border-color:#d97706}.req.met-b{border-color:#16a34a}.req.waived-b{border-color:#2563eb}\n"
	"blockquote{margin:.2em 0 .2em 1em;padding:.2em .6em;background:#fafafa;border-left:3px solid #ddd}\n"
	"mark{background:#ffe066;font-weight:600}.loc{color:#555;font-size:.9em}.hint{background:#f5f3ff;border:1px solid #ddd6fe;padding:.4em .7em}\n"
	".summary{font-weight:600}code{font-size:.9em}\n"
	"@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}"
	"h2{page-break-before:always}h2.first{page-break-before:avoid}.s,mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

static void
esc(lg_buf *b, const char *s)
{
	lg_esc_xml(b, s, 0);
}

static void
badge(lg_buf *b, const char *cls, const char *text)
{
	lg_buf_printf(b, "<span class=\"s %s\">%s</span>", cls, text);
}

static void
matrix(lg_buf *b, const lg_report *r)
{
	struct lg_req_row *rows;
	size_t nrows, i, j, ncol = r->ndocs + (r->framework != NULL);

	rows = lg_req_rows(r, &nrows);
	lg_buf_puts(b, "<h2 class=\"first\" id=\"summary\">Summary</h2>\n"
	    "<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th>Requirement</th><th>Strength</th>");
	for (j = 0; j < r->ndocs; j++) {
		lg_buf_printf(b, "<th><a href=\"#doc-%zu\" title=\"", j + 1);
		lg_esc_xml(b, lg_doc_label(&r->docs[j]), 1);
		lg_buf_puts(b, "\">");
		esc(b, r->docs[j].path);
		lg_buf_puts(b, "</a></th>");
	}
	if (r->framework)
		lg_buf_puts(b, "<th><a href=\"#framework\">Framework</a></th>");
	lg_buf_puts(b, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < nrows; i++) {
		lg_buf_puts(b, "<tr><th scope=\"row\">");
		esc(b, rows[i].id);
		if (rows[i].first->title) {
			lg_buf_puts(b, "<br/><small>");
			esc(b, rows[i].first->title);
			lg_buf_puts(b, "</small>");
		}
		lg_buf_puts(b, "</th><td>");
		esc(b, rows[i].first->strength);
		lg_buf_puts(b, "</td>");
		for (j = 0; j < ncol; j++) {
			const struct lg_doc_result *d = j < r->ndocs ? &r->docs[j] : r->framework;
			const struct lg_req_result *q = lg_doc_find_req(d, rows[i].id);

			lg_buf_puts(b, "<td>");
			if (d->failed)
				badge(b, "error", "error");
			else if (q == NULL)
				lg_buf_puts(b, "<span class=\"na\">—</span>");
			else {
				if (j < r->ndocs)
					lg_buf_printf(b, "<a href=\"#doc-%zu-req-%zu\">", j + 1, (size_t)(q - d->req) + 1);
				else
					lg_buf_printf(b, "<a href=\"#framework-req-%zu\">", (size_t)(q - d->req) + 1);
				badge(b, lg_status_name(q->status), lg_status_name(q->status));
				lg_buf_puts(b, "</a>");
			}
			lg_buf_puts(b, "</td>");
		}
		lg_buf_puts(b, "</tr>\n");
	}
	lg_buf_puts(b, "</tbody>\n</table>\n");
	if (nrows == 0)
		lg_buf_puts(b, "<p>No requirements were checked.</p>\n");
	free(rows);
}

static void
evidence(lg_buf *b, const struct lg_evidence *e, const char *docpath)
{
	size_t s, end;

	lg_buf_puts(b, "<li><span class=\"loc\">");
	esc(b, e->path ? e->path : "(document)");
	lg_buf_puts(b, " (");
	if (e->eid) {
		lg_buf_puts(b, "<code>");
		esc(b, e->eid);
		lg_buf_puts(b, "</code>, ");
	}
	lg_buf_printf(b, "line %u", e->line);
	if (e->doc && (docpath == NULL || strcmp(e->doc, docpath) != 0)) {
		lg_buf_puts(b, ", ");
		esc(b, e->doc);
	}
	lg_buf_puts(b, ")</span><blockquote>");
	lg_esc_span(e->quote, e->hl_start, e->hl_len, &s, &end);
	if (e->quote) {
		lg_esc_xml_n(b, e->quote, s, 0);
		if (end > s) {
			lg_buf_puts(b, "<mark>");
			lg_esc_xml_n(b, e->quote + s, end - s, 0);
			lg_buf_puts(b, "</mark>");
		}
		esc(b, e->quote + end);
	}
	lg_buf_puts(b, "</blockquote>");
	if (e->via) {
		lg_buf_puts(b, "<span class=\"loc\">via ");
		esc(b, e->via);
		lg_buf_puts(b, "</span>");
	}
	lg_buf_puts(b, "</li>\n");
}

static void
requirement(lg_buf *b, const struct lg_req_result *q, const char *anchor, size_t idx,
    const char *docpath)
{
	const char *st = lg_status_name(q->status);
	size_t i, k;

	lg_buf_printf(b, "<div class=\"req %s-b\" id=\"%s-req-%zu\">\n<h3>", st, anchor, idx);
	badge(b, st, st);
	lg_buf_puts(b, " ");
	esc(b, q->id);
	if (q->title) {
		lg_buf_puts(b, ": ");
		esc(b, q->title);
	}
	lg_buf_puts(b, "</h3>\n<table class=\"meta\">\n");
	if (q->strength) {
		lg_buf_puts(b, "<tr><th>Strength</th><td>");
		esc(b, q->strength);
		lg_buf_puts(b, "</td></tr>\n");
	}
	if (q->article) {
		lg_buf_puts(b, "<tr><th>Article</th><td>");
		esc(b, q->article);
		lg_buf_puts(b, "</td></tr>\n");
	}
	if (q->status == LG_WAIVED) {
		lg_buf_printf(b, "<tr><th>Waived</th><td>computed status: %s; justification: ",
		    lg_status_name(q->computed));
		esc(b, q->waiver);
		if (q->waiver_expiry) {
			lg_buf_puts(b, " (expires ");
			esc(b, q->waiver_expiry);
			lg_buf_puts(b, ")");
		}
		lg_buf_puts(b, "</td></tr>\n");
	}
	if (q->explanation) {
		lg_buf_puts(b, "<tr><th>Explanation</th><td>");
		esc(b, q->explanation);
		lg_buf_puts(b, "</td></tr>\n");
	}
	if (q->value_text || q->has_value) {
		lg_buf_puts(b, "<tr><th>Value</th><td>");
		if (q->value_text)
			esc(b, q->value_text);
		else
			lg_buf_printf(b, "%g", q->value);
		lg_buf_puts(b, "</td></tr>\n");
	}
	lg_buf_puts(b, "</table>\n");
	if (q->nel > 0) {
		lg_buf_puts(b, "<table class=\"elements\">\n<tr><th>Element</th><th>Status</th><th>Evidence</th></tr>\n");
		for (i = 0; i < q->nel; i++) {
			const struct lg_element_result *el = &q->el[i];

			lg_buf_puts(b, "<tr><td>");
			esc(b, el->label ? el->label : el->id);
			lg_buf_puts(b, " <code>");
			esc(b, el->id);
			lg_buf_puts(b, "</code></td><td>");
			badge(b, lg_status_name(el->status), lg_status_name(el->status));
			lg_buf_puts(b, "</td><td>");
			if (el->nev > 0) {
				lg_buf_puts(b, "<ul>\n");
				for (k = 0; k < el->nev; k++)
					evidence(b, &el->ev[k], docpath);
				lg_buf_puts(b, "</ul>");
			}
			if (el->note) {
				lg_buf_puts(b, "<p><em>Note:</em> ");
				esc(b, el->note);
				lg_buf_puts(b, "</p>");
			}
			lg_buf_puts(b, "</td></tr>\n");
		}
		lg_buf_puts(b, "</table>\n");
	}
	if (q->hint && lg_req_effective(q) != LG_MET) {
		lg_buf_puts(b, "<p class=\"hint\"><strong>Drafting hint:</strong> ");
		esc(b, q->hint);
		lg_buf_puts(b, "</p>\n");
	}
	lg_buf_puts(b, "</div>\n");
}

static void
meta_row(lg_buf *b, const char *k, const char *v)
{
	lg_buf_printf(b, "<tr><th>%s</th><td>", k);
	esc(b, v ? v : "—");
	lg_buf_puts(b, "</td></tr>\n");
}

static void
document(lg_buf *b, const struct lg_doc_result *d, const char *anchor)
{
	struct lg_counts c;
	size_t i;

	lg_buf_printf(b, "<div class=\"doc\" id=\"%s\">\n<h2>", anchor);
	if (anchor[0] == 'f')
		lg_buf_puts(b, "Framework: all documents read together");
	else
		esc(b, d->path);
	lg_buf_puts(b, "</h2>\n");
	if (d->failed) {
		lg_buf_puts(b, "<p>");
		badge(b, "error", "error");
		lg_buf_puts(b, " could not be read: ");
		esc(b, d->error ? d->error : "unknown error");
		lg_buf_puts(b, "</p>\n</div>\n");
		return;
	}
	lg_buf_puts(b, "<table class=\"meta\">\n");
	meta_row(b, "Title", d->title);
	meta_row(b, "Country", d->country);
	meta_row(b, "Language", d->lang);
	meta_row(b, "Format", d->format);
	meta_row(b, "Date", d->date);
	lg_buf_printf(b, "<tr><th>Provisions</th><td>%zu</td></tr>\n", d->nprov);
	lg_buf_printf(b, "<tr><th>GLOTIP class</th><td>%s", lg_glotip_name(d->glotip));
	if (d->glotip_reason) {
		lg_buf_puts(b, ": ");
		esc(b, d->glotip_reason);
	}
	lg_buf_puts(b, "</td></tr>\n</table>\n");
	lg_doc_counts(d, &c);
	lg_buf_printf(b, "<p class=\"summary\">%zu met, %zu partial, %zu missing, %zu waived (%zu requirements)</p>\n",
	    c.n[LG_MET], c.n[LG_PARTIAL], c.n[LG_MISSING], c.n[LG_WAIVED], c.total);
	for (i = 0; i < d->nreq; i++)
		requirement(b, &d->req[i], anchor, i + 1, d->path);
	lg_buf_puts(b, "</div>\n");
}

int
lg_render_html(const lg_report *r, lg_buf *out, int color)
{
	char anchor[32];
	size_t i;

	(void)color;
	lg_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n"
	    "<meta name=\"generator\" content=\"lexgap ");
	lg_esc_xml(out, r->version, 1);
	lg_buf_puts(out, "\"/>\n<title>lexgap report: ");
	esc(out, r->pack_title ? r->pack_title : r->pack);
	lg_buf_printf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>lexgap report: ", css);
	esc(out, r->pack_title ? r->pack_title : r->pack);
	lg_buf_puts(out, "</h1>\n<p class=\"loc\">lexgap ");
	esc(out, r->version);
	lg_buf_puts(out, ", rule pack ");
	esc(out, r->pack);
	lg_buf_puts(out, " ");
	esc(out, r->pack_version);
	lg_buf_puts(out, "</p>\n");
	matrix(out, r);
	for (i = 0; i < r->ndocs; i++) {
		snprintf(anchor, sizeof(anchor), "doc-%zu", i + 1);
		document(out, &r->docs[i], anchor);
	}
	if (r->framework)
		document(out, r->framework, "framework");
	lg_buf_puts(out, "</body>\n</html>\n");
	return 0;
}
