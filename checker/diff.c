/* diff.c - compare two lg_doc_results requirement by requirement. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "report_util.h"
#include "util.h"

/* Rank for "better/worse": met > partial > missing. Requirements compare
 * by their effective status (lg_req_effective). */
static int
el_rank(enum lg_status s)
{
	return s == LG_MET ? 2 : s == LG_PARTIAL ? 1 : 0;
}

static const struct lg_req_result *
find_req(const struct lg_doc_result *d, const char *id)
{
	return d ? lg_doc_find_req(d, id) : NULL;
}

static const struct lg_element_result *
find_el(const struct lg_req_result *q, const char *id)
{
	size_t i;

	for (i = 0; q && i < q->nel; i++)
		if (q->el[i].id && strcmp(q->el[i].id, id) == 0)
			return &q->el[i];
	return NULL;
}

/* Provisions are identified by eId (path when there is no eId), not by
 * document: the two versions of a draft are two files. */
static int
same_prov(const struct lg_evidence *a, const struct lg_evidence *b)
{
	const char *ka = a->eid ? a->eid : a->path, *kb = b->eid ? b->eid : b->path;

	return ka != NULL && kb != NULL && strcmp(ka, kb) == 0;
}

static int
has_prov(const struct lg_element_result *const *els, size_t nels, const struct lg_evidence *e)
{
	size_t i, k;

	for (i = 0; i < nels; i++)
		for (k = 0; els[i] && k < els[i]->nev; k++)
			if (same_prov(&els[i]->ev[k], e))
				return 1;
	return 0;
}

static int
listed(const struct lg_prov_ref *l, size_t n, const struct lg_evidence *e)
{
	size_t i;
	const char *k = e->eid ? e->eid : e->path;

	for (i = 0; i < n; i++) {
		const char *lk = l[i].eid ? l[i].eid : l[i].path;

		if (lk && k && strcmp(lk, k) == 0)
			return 1;
	}
	return 0;
}

static void
add_ref(struct lg_prov_ref **l, size_t *n, const struct lg_evidence *e)
{
	struct lg_prov_ref *r;

	if (listed(*l, *n, e))
		return;
	*l = lg_xrealloc(*l, (*n + 1) * sizeof(**l));
	r = &(*l)[(*n)++];
	r->eid = lg_xstrdup(e->eid);
	r->path = lg_xstrdup(e->path);
	r->doc = lg_xstrdup(e->doc);
	r->line = e->line;
}

/* Evidence in `from` elements but not in `to` elements goes to *out. */
static void
prov_delta(const struct lg_element_result *const *from, size_t nfrom,
    const struct lg_element_result *const *to, size_t nto, struct lg_prov_ref **out, size_t *n)
{
	size_t i, k;

	for (i = 0; i < nfrom; i++)
		for (k = 0; from[i] && k < from[i]->nev; k++)
			if (!has_prov(to, nto, &from[i]->ev[k]))
				add_ref(out, n, &from[i]->ev[k]);
}

static struct lg_change *
add_change(struct lg_diff *d, const char *req_id, const char *elem_id, const char *label)
{
	struct lg_change *c;

	d->c = lg_grow(d->c, &d->cap, d->n + 1, sizeof(*d->c));
	c = &d->c[d->n++];
	memset(c, 0, sizeof(*c));
	c->req_id = lg_xstrdup(req_id);
	c->elem_id = lg_xstrdup(elem_id);
	c->label = lg_xstrdup(label);
	return c;
}

static void
all_elements(const struct lg_req_result *q, const struct lg_element_result ***out, size_t *n)
{
	size_t i;

	*n = q ? q->nel : 0;
	*out = lg_xcalloc(*n ? *n : 1, sizeof(**out));
	for (i = 0; i < *n; i++)
		(*out)[i] = &q->el[i];
}

static void
diff_elements(struct lg_diff *d, const struct lg_req_result *o, const struct lg_req_result *n)
{
	size_t i;

	for (i = 0; n && i < n->nel; i++) {
		const struct lg_element_result *ne = &n->el[i], *oe = find_el(o, ne->id);
		struct lg_change *c;
		int dr;

		if (oe == NULL || oe->status == ne->status)
			continue;
		dr = el_rank(ne->status) - el_rank(oe->status);
		c = add_change(d, n->id, ne->id, ne->label ? ne->label : ne->id);
		c->in_old = c->in_new = 1;
		c->from = oe->status;
		c->to = ne->status;
		c->dir = dr > 0 ? LG_CHG_BETTER : dr < 0 ? LG_CHG_WORSE : LG_CHG_SAME;
		prov_delta(&ne, 1, &oe, 1, &c->appeared, &c->nappeared);
		prov_delta(&oe, 1, &ne, 1, &c->gone, &c->ngone);
	}
}

static void
diff_req(struct lg_diff *d, const struct lg_req_result *o, const struct lg_req_result *n)
{
	const struct lg_req_result *any = n ? n : o;
	const struct lg_element_result **oe, **ne;
	size_t noe, nne, mark = d->n;
	struct lg_change *c;
	int value_changed = 0, dr = 0;

	if (o && n) {
		dr = el_rank(lg_req_effective(n)) - el_rank(lg_req_effective(o));
		value_changed = o->has_value != n->has_value ||
		    (o->has_value && n->has_value && o->value != n->value);
	}
	c = add_change(d, any->id, NULL, any->title ? any->title : any->id);
	c->in_old = o != NULL;
	c->in_new = n != NULL;
	c->from = o ? lg_req_effective(o) : LG_MISSING;
	c->to = n ? lg_req_effective(n) : LG_MISSING;
	c->dir = dr > 0 ? LG_CHG_BETTER : dr < 0 ? LG_CHG_WORSE : LG_CHG_SAME;
	if (o && n && value_changed) {
		c->value_changed = 1;
		c->has_from_value = o->has_value;
		c->has_to_value = n->has_value;
		c->from_value = o->value;
		c->to_value = n->value;
	}
	all_elements(o, &oe, &noe);
	all_elements(n, &ne, &nne);
	prov_delta(ne, nne, oe, noe, &c->appeared, &c->nappeared);
	prov_delta(oe, noe, ne, nne, &c->gone, &c->ngone);
	free(oe);
	free(ne);
	if (o && n)
		diff_elements(d, o, n);
	c = &d->c[mark];	/* diff_elements may have moved the array */
	/* Keep the requirement line only if something about it changed. */
	if (c->in_old && c->in_new && c->dir == LG_CHG_SAME && !c->value_changed &&
	    c->nappeared == 0 && c->ngone == 0 && d->n == mark + 1) {
		d->n = mark;
		free(c->req_id);
		free(c->elem_id);
		free(c->label);
		return;
	}
	if (c->dir == LG_CHG_BETTER)
		d->better++;
	else if (c->dir == LG_CHG_WORSE)
		d->worse++;
}

void
lg_diff_docs(const struct lg_doc_result *old, const struct lg_doc_result *new, struct lg_diff *out)
{
	size_t i;

	for (i = 0; new && i < new->nreq; i++)
		if (new->req[i].id)
			diff_req(out, find_req(old, new->req[i].id), &new->req[i]);
	for (i = 0; old && i < old->nreq; i++)
		if (old->req[i].id && find_req(new, old->req[i].id) == NULL)
			diff_req(out, &old->req[i], NULL);
}

static void
free_refs(struct lg_prov_ref *l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(l[i].eid);
		free(l[i].path);
		free(l[i].doc);
	}
	free(l);
}

void
lg_diff_free(struct lg_diff *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->c[i].req_id);
		free(d->c[i].elem_id);
		free(d->c[i].label);
		free_refs(d->c[i].appeared, d->c[i].nappeared);
		free_refs(d->c[i].gone, d->c[i].ngone);
	}
	free(d->c);
	memset(d, 0, sizeof(*d));
}

int
lg_diff_worse(const struct lg_diff *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->c[i].dir == LG_CHG_WORSE)
			return 1;
	return 0;
}

const char *
lg_change_dir_name(enum lg_change_dir d)
{
	return d == LG_CHG_BETTER ? "improved" : d == LG_CHG_WORSE ? "worsened" : "changed";
}
