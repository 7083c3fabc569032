/* report_sarif.c - SARIF 2.1.0 for code-scanning dashboards and CI.
 *
 * One run; tool.driver.rules holds every requirement (help = drafting hint,
 * properties = strength and article). Each requirement that is not met in a
 * document becomes a result: level "error" for missing, "warning" for
 * partial. Waived ones stay in, with an external suppression carrying the
 * justification (SARIF consumers hide them but keep the audit trail). A result
 * is located at its first evidence (file, line, and the AKN eId as a logical
 * location); a requirement with no evidence at all points at line 1 of the
 * document. Documents that could not be read become tool notifications. */
#include <stdlib.h>
#include <string.h>

#include "esc.h"
#include "jsonw.h"
#include "report.h"
#include "report_util.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define MAX_RELATED 20

static void
message(lg_jw *w, const char *key, const char *text)
{
	lg_jw_key(w, key);
	lg_jw_obj(w);
	lg_jw_kstr(w, "text", text && *text ? text : "(none)");
	lg_jw_obj_end(w);
}

static void
rule(lg_jw *w, const struct lg_req_result *q)
{
	lg_buf full = { 0 };

	lg_jw_obj(w);
	lg_jw_kstr(w, "id", q->id);
	lg_jw_kstr(w, "name", q->id);
	message(w, "shortDescription", q->title ? q->title : q->id);
	lg_buf_puts(&full, q->title ? q->title : q->id);
	if (q->article)
		lg_buf_printf(&full, " (%s)", q->article);
	if (q->strength)
		lg_buf_printf(&full, "; obligation strength %s", q->strength);
	lg_buf_putc(&full, '.');
	message(w, "fullDescription", full.p);
	message(w, "help", q->hint ? q->hint : "No drafting hint in the rule pack.");
	lg_jw_key(w, "properties");
	lg_jw_obj(w);
	lg_jw_kstr_opt(w, "strength", q->strength);
	lg_jw_kstr_opt(w, "article", q->article);
	lg_jw_kstr_opt(w, "category", q->category);
	lg_jw_obj_end(w);
	lg_jw_obj_end(w);
	lg_buf_free(&full);
}

/* A SARIF location: file + line, and the provision as a logical location. */
static void
location(lg_jw *w, const char *uri_path, unsigned line, const char *eid, const char *path,
    const char *msg)
{
	lg_buf uri = { 0 };

	lg_esc_uri(&uri, uri_path ? uri_path : "");
	lg_jw_obj(w);
	if (msg)
		message(w, "message", msg);
	lg_jw_key(w, "physicalLocation");
	lg_jw_obj(w);
	lg_jw_key(w, "artifactLocation");
	lg_jw_obj(w);
	lg_jw_kstr(w, "uri", uri.p ? uri.p : "");
	lg_jw_obj_end(w);
	lg_jw_key(w, "region");
	lg_jw_obj(w);
	lg_jw_kint(w, "startLine", line ? line : 1);
	lg_jw_obj_end(w);
	lg_jw_obj_end(w);
	if (eid || path) {
		lg_jw_key(w, "logicalLocations");
		lg_jw_arr(w);
		lg_jw_obj(w);
		lg_jw_kstr_opt(w, "name", path);
		lg_jw_kstr_opt(w, "fullyQualifiedName", eid);
		lg_jw_kstr(w, "kind", "element");
		lg_jw_obj_end(w);
		lg_jw_arr_end(w);
	}
	lg_jw_obj_end(w);
	lg_buf_free(&uri);
}

static void
result(lg_jw *w, const struct lg_doc_result *d, const char *docpath, const struct lg_req_result *q,
    size_t rule_index)
{
	enum lg_status eff = lg_req_effective(q);
	const struct lg_evidence *first = lg_req_first_evidence(q);
	lg_buf msg = { 0 }, fp = { 0 };
	size_t i, k, nrel = 0;

	lg_jw_obj(w);
	lg_jw_kstr(w, "ruleId", q->id);
	lg_jw_kint(w, "ruleIndex", (long long)rule_index);
	lg_jw_kstr(w, "kind", "fail");
	lg_jw_kstr(w, "level", eff == LG_MISSING ? "error" : "warning");
	lg_buf_printf(&msg, "%s: %s", q->id ? q->id : "?", lg_status_name(eff));
	if (q->title)
		lg_buf_printf(&msg, " (%s)", q->title);
	if (q->explanation)
		lg_buf_printf(&msg, ". %s", q->explanation);
	message(w, "message", msg.p);
	lg_jw_key(w, "locations");
	lg_jw_arr(w);
	if (first)
		location(w, first->doc ? first->doc : docpath, first->line, first->eid, first->path, NULL);
	else
		location(w, docpath, 1, NULL, NULL, NULL);
	lg_jw_arr_end(w);
	/* The other evidence, so a reviewer sees every provision that counted. */
	if (first) {
		lg_jw_key(w, "relatedLocations");
		lg_jw_arr(w);
		for (i = 0; i < q->nel; i++)
			for (k = 0; k < q->el[i].nev && nrel < MAX_RELATED; k++) {
				const struct lg_evidence *e = &q->el[i].ev[k];

				if (e == first)
					continue;
				location(w, e->doc ? e->doc : docpath, e->line, e->eid, e->path,
				    q->el[i].label ? q->el[i].label : q->el[i].id);
				nrel++;
			}
		lg_jw_arr_end(w);
	}
	lg_buf_printf(&fp, "%s|%s", d->path ? d->path : "", q->id ? q->id : "");
	lg_jw_key(w, "partialFingerprints");
	lg_jw_obj(w);
	lg_jw_kstr(w, "lexgapRequirement/v1", fp.p);
	lg_jw_obj_end(w);
	if (q->status == LG_WAIVED) {
		lg_jw_key(w, "suppressions");
		lg_jw_arr(w);
		lg_jw_obj(w);
		lg_jw_kstr(w, "kind", "external");
		lg_jw_kstr(w, "status", "accepted");
		lg_jw_kstr(w, "justification", q->waiver ? q->waiver : "");
		if (q->waiver_expiry) {
			lg_jw_key(w, "properties");
			lg_jw_obj(w);
			lg_jw_kstr(w, "expiry", q->waiver_expiry);
			lg_jw_obj_end(w);
		}
		lg_jw_obj_end(w);
		lg_jw_arr_end(w);
	}
	lg_jw_key(w, "properties");
	lg_jw_obj(w);
	lg_jw_kstr(w, "document", d->path);
	lg_jw_kstr(w, "status", lg_status_name(q->status));
	lg_jw_kstr(w, "computed", lg_status_name(eff));
	if (q->has_value) {
		lg_jw_key(w, "value");
		lg_jw_num(w, q->value);
	}
	lg_jw_kstr_opt(w, "valueText", q->value_text);
	lg_jw_key(w, "missingElements");
	lg_jw_arr(w);
	for (i = 0; i < q->nel; i++)
		if (q->el[i].status != LG_MET)
			lg_jw_str(w, q->el[i].id);
	lg_jw_arr_end(w);
	lg_jw_obj_end(w);
	lg_jw_obj_end(w);
	lg_buf_free(&msg);
	lg_buf_free(&fp);
}

static size_t
row_index(const struct lg_req_row *rows, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(rows[i].id, id ? id : "") == 0)
			return i;
	return 0;
}

static void
results(lg_jw *w, const struct lg_doc_result *d, const char *docpath,
    const struct lg_req_row *rows, size_t nrows)
{
	size_t i;

	if (d->failed)
		return;
	for (i = 0; i < d->nreq; i++) {
		const struct lg_req_result *q = &d->req[i];
		enum lg_status eff = lg_req_effective(q);

		if (eff != LG_MET)
			result(w, d, docpath, q, row_index(rows, nrows, q->id));
	}
}

int
lg_render_sarif(const lg_report *r, lg_buf *out, int color)
{
	struct lg_req_row *rows;
	size_t nrows, i, nfailed = 0;
	const char *fw_path = r->ndocs ? r->docs[0].path : "";
	lg_jw w;

	(void)color;
	rows = lg_req_rows(r, &nrows);
	lg_jw_init(&w, out);
	lg_jw_obj(&w);
	lg_jw_kstr(&w, "$schema", SARIF_SCHEMA);
	lg_jw_kstr(&w, "version", "2.1.0");
	lg_jw_key(&w, "runs");
	lg_jw_arr(&w);
	lg_jw_obj(&w);
	lg_jw_key(&w, "tool");
	lg_jw_obj(&w);
	lg_jw_key(&w, "driver");
	lg_jw_obj(&w);
	lg_jw_kstr(&w, "name", "lexgap");
	lg_jw_kstr(&w, "version", r->version);
	lg_jw_kstr(&w, "semanticVersion", r->version);
	lg_jw_key(&w, "rules");
	lg_jw_arr(&w);
	for (i = 0; i < nrows; i++)
		rule(&w, rows[i].first);
	lg_jw_arr_end(&w);
	lg_jw_key(&w, "properties");
	lg_jw_obj(&w);
	lg_jw_kstr(&w, "pack", r->pack);
	lg_jw_kstr(&w, "packTitle", r->pack_title);
	lg_jw_kstr(&w, "packVersion", r->pack_version);
	lg_jw_obj_end(&w);
	lg_jw_obj_end(&w);
	lg_jw_obj_end(&w);
	for (i = 0; i < r->ndocs; i++)
		nfailed += r->docs[i].failed != 0;
	lg_jw_key(&w, "invocations");
	lg_jw_arr(&w);
	lg_jw_obj(&w);
	lg_jw_key(&w, "executionSuccessful");
	lg_jw_bool(&w, nfailed == 0);
	if (nfailed) {
		lg_jw_key(&w, "toolExecutionNotifications");
		lg_jw_arr(&w);
		for (i = 0; i < r->ndocs; i++) {
			if (!r->docs[i].failed)
				continue;
			lg_jw_obj(&w);
			lg_jw_kstr(&w, "level", "error");
			message(&w, "message", r->docs[i].error ? r->docs[i].error : "could not be read");
			lg_jw_key(&w, "locations");
			lg_jw_arr(&w);
			location(&w, r->docs[i].path, 1, NULL, NULL, NULL);
			lg_jw_arr_end(&w);
			lg_jw_obj_end(&w);
		}
		lg_jw_arr_end(&w);
	}
	lg_jw_obj_end(&w);
	lg_jw_arr_end(&w);
	lg_jw_key(&w, "results");
	lg_jw_arr(&w);
	for (i = 0; i < r->ndocs; i++)
		results(&w, &r->docs[i], r->docs[i].path, rows, nrows);
	if (r->framework)
		results(&w, r->framework, fw_path, rows, nrows);
	lg_jw_arr_end(&w);
	lg_jw_obj_end(&w);
	lg_jw_arr_end(&w);
	lg_jw_obj_end(&w);
	lg_jw_end(&w);
	free(rows);
	return 0;
}
