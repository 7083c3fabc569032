/* report.c - report model lifetime and the table of renderers. */
#include <stdlib.h>
#include <string.h>

#include "lexgap.h"
#include "report.h"
#include "util.h"

int lg_render_text(const lg_report *r, lg_buf *out, int color);
int lg_render_json(const lg_report *r, lg_buf *out, int color);
int lg_render_md(const lg_report *r, lg_buf *out, int color);
int lg_render_html(const lg_report *r, lg_buf *out, int color);
int lg_render_csv(const lg_report *r, lg_buf *out, int color);
int lg_render_sarif(const lg_report *r, lg_buf *out, int color);
int lg_render_junit(const lg_report *r, lg_buf *out, int color);

/* One row per format: adding a format is one file and one row. */
static const struct {
	const char	*name;
	lg_render_fn	 fn;
} renderers[] = {
	{ "text", lg_render_text },
	{ "json", lg_render_json },
	{ "md", lg_render_md },
	{ "html", lg_render_html },
	{ "csv", lg_render_csv },
	{ "sarif", lg_render_sarif },
	{ "junit", lg_render_junit },
};

lg_render_fn
lg_render_lookup(const char *format)
{
	size_t i;

	for (i = 0; i < sizeof(renderers) / sizeof(renderers[0]); i++)
		if (strcmp(renderers[i].name, format) == 0)
			return renderers[i].fn;
	return NULL;
}

const char *
lg_render_formats(void)
{
	static char buf[256];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < sizeof(renderers) / sizeof(renderers[0]); i++) {
		if (i)
			strcat(buf, "|");
		strcat(buf, renderers[i].name);
	}
	return buf;
}

lg_report *
lg_report_new(const char *pack, const char *pack_title, const char *pack_version)
{
	lg_report *r = lg_xcalloc(1, sizeof(*r));

	r->version = lg_xstrdup(LEXGAP_VERSION);
	r->pack = lg_xstrdup(pack);
	r->pack_title = lg_xstrdup(pack_title);
	r->pack_version = lg_xstrdup(pack_version);
	return r;
}

struct lg_doc_result *
lg_report_add_doc(lg_report *r)
{
	struct lg_doc_result *d;

	r->docs = lg_grow(r->docs, &r->docs_cap, r->ndocs + 1, sizeof(*r->docs));
	d = &r->docs[r->ndocs++];
	memset(d, 0, sizeof(*d));
	return d;
}

static void
evidence_clear(struct lg_evidence *e)
{
	free(e->doc);
	free(e->eid);
	free(e->path);
	free(e->quote);
	free(e->via);
}

void
lg_doc_result_clear(struct lg_doc_result *d)
{
	size_t i, j, k;

	if (d == NULL)
		return;
	for (i = 0; i < d->nreq; i++) {
		struct lg_req_result *q = &d->req[i];

		for (j = 0; j < q->nel; j++) {
			for (k = 0; k < q->el[j].nev; k++)
				evidence_clear(&q->el[j].ev[k]);
			free(q->el[j].ev);
			free(q->el[j].id);
			free(q->el[j].label);
			free(q->el[j].note);
		}
		free(q->el);
		free(q->id);
		free(q->title);
		free(q->article);
		free(q->strength);
		free(q->hint);
		free(q->category);
		free(q->explanation);
		free(q->value_text);
		free(q->waiver);
		free(q->waiver_expiry);
	}
	free(d->req);
	free(d->path);
	free(d->title);
	free(d->country);
	free(d->lang);
	free(d->format);
	free(d->date);
	free(d->error);
	free(d->glotip_reason);
	memset(d, 0, sizeof(*d));
}

void
lg_report_free(lg_report *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->ndocs; i++)
		lg_doc_result_clear(&r->docs[i]);
	free(r->docs);
	if (r->framework) {
		lg_doc_result_clear(r->framework);
		free(r->framework);
	}
	free(r->version);
	free(r->pack);
	free(r->pack_title);
	free(r->pack_version);
	free(r);
}

const char *
lg_status_name(enum lg_status s)
{
	static const char *n[] = { "missing", "partial", "met", "waived" };

	return n[s];
}

const char *
lg_glotip_name(enum lg_glotip g)
{
	static const char *n[] = { "none", "partial", "full" };

	return n[g];
}

int
lg_status_parse(const char *s, enum lg_status *out)
{
	int i;

	for (i = LG_MISSING; i <= LG_WAIVED; i++)
		if (strcmp(s, lg_status_name((enum lg_status)i)) == 0) {
			*out = (enum lg_status)i;
			return 0;
		}
	return -1;
}

static enum lg_status
doc_worst(const struct lg_doc_result *d, enum lg_status w)
{
	size_t i;

	for (i = 0; i < d->nreq; i++)
		if (d->req[i].status != LG_WAIVED && d->req[i].status < w)
			w = d->req[i].status;
	return w;
}

enum lg_status
lg_report_worst(const lg_report *r)
{
	enum lg_status w = LG_MET;
	size_t i;

	for (i = 0; i < r->ndocs; i++)
		if (!r->docs[i].failed)
			w = doc_worst(&r->docs[i], w);
	if (r->framework)
		w = doc_worst(r->framework, w);
	return w;
}
