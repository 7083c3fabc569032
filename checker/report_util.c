/* report_util.c - counting and indexing over the report model for renderers. */
#include <string.h>

#include "report_util.h"

void
lg_doc_counts(const struct lg_doc_result *d, struct lg_counts *c)
{
	size_t i;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < d->nreq; i++) {
		c->n[d->req[i].status]++;
		c->total++;
	}
}

static void
add_rows(const struct lg_doc_result *d, struct lg_req_row **rows, size_t *n, size_t *cap)
{
	size_t i, j;

	for (i = 0; i < d->nreq; i++) {
		const char *id = d->req[i].id ? d->req[i].id : "";

		for (j = 0; j < *n; j++)
			if (strcmp((*rows)[j].id, id) == 0)
				break;
		if (j < *n)
			continue;
		*rows = lg_grow(*rows, cap, *n + 1, sizeof(**rows));
		(*rows)[*n].id = id;
		(*rows)[*n].first = &d->req[i];
		(*n)++;
	}
}

struct lg_req_row *
lg_req_rows(const lg_report *r, size_t *n)
{
	struct lg_req_row *rows = NULL;
	size_t cap = 0, i;

	*n = 0;
	for (i = 0; i < r->ndocs; i++)
		add_rows(&r->docs[i], &rows, n, &cap);
	if (r->framework)
		add_rows(r->framework, &rows, n, &cap);
	return rows;
}

const struct lg_req_result *
lg_doc_find_req(const struct lg_doc_result *d, const char *id)
{
	size_t i;

	for (i = 0; i < d->nreq; i++)
		if (d->req[i].id && strcmp(d->req[i].id, id) == 0)
			return &d->req[i];
	return NULL;
}

enum lg_status
lg_req_effective(const struct lg_req_result *q)
{
	return q->status == LG_WAIVED ? q->computed : q->status;
}

const struct lg_evidence *
lg_req_first_evidence(const struct lg_req_result *q)
{
	size_t i;

	for (i = 0; i < q->nel; i++)
		if (q->el[i].nev > 0)
			return &q->el[i].ev[0];
	return NULL;
}

const char *
lg_doc_label(const struct lg_doc_result *d)
{
	if (d->title && *d->title)
		return d->title;
	if (d->path && *d->path)
		return d->path;
	return "(unnamed)";
}
