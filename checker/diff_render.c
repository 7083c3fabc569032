/* diff_render.c - `lexgap diff` output: text for people, JSON for programs
 * (documented in docs/json.md). Law-derived strings go through esc.c. */
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "esc.h"
#include "jsonw.h"
#include "lexgap.h"

static const char *
value_str(char *buf, size_t n, int has, double v)
{
	if (!has)
		return "none";
	snprintf(buf, n, "%g", v);
	return buf;
}

/* Is provision r shown on one of the element lines after change i? */
static int
shown_below(const struct lg_diff *d, size_t i, const struct lg_prov_ref *r)
{
	size_t j, k;

	for (j = i + 1; j < d->n && d->c[j].elem_id; j++) {
		for (k = 0; k < d->c[j].nappeared; k++)
			if (d->c[j].appeared[k].eid && r->eid && strcmp(d->c[j].appeared[k].eid, r->eid) == 0)
				return 1;
		for (k = 0; k < d->c[j].ngone; k++)
			if (d->c[j].gone[k].eid && r->eid && strcmp(d->c[j].gone[k].eid, r->eid) == 0)
				return 1;
	}
	return 0;
}

/* The provisions behind change i; a requirement line leaves out those its
 * element lines below will show. */
static void
refs_text(lg_buf *b, const struct lg_diff *d, size_t i, int gone)
{
	const struct lg_change *c = &d->c[i];
	const struct lg_prov_ref *r = gone ? c->gone : c->appeared;
	size_t k, n = gone ? c->ngone : c->nappeared;

	for (k = 0; k < n; k++) {
		if (c->elem_id == NULL && shown_below(d, i, &r[k]))
			continue;
		lg_buf_printf(b, "%s%s ", c->elem_id ? "          " : "      ",
		    gone ? "evidence gone:" : "evidence new: ");
		lg_esc_term(b, r[k].eid ? r[k].eid : "-", 0);
		if (r[k].path) {
			lg_buf_puts(b, " (");
			lg_esc_term(b, r[k].path, 0);
			lg_buf_printf(b, ", line %u)", r[k].line);
		}
		lg_buf_putc(b, '\n');
	}
}

void
lg_diff_render_text(lg_buf *b, const char *oldp, const char *newp, const struct lg_diff *d)
{
	char v1[32], v2[32];
	size_t i;

	lg_buf_puts(b, "lexgap diff ");
	lg_esc_term(b, oldp, 0);
	lg_buf_puts(b, " -> ");
	lg_esc_term(b, newp, 0);
	lg_buf_puts(b, "\n\n");
	for (i = 0; i < d->n; i++) {
		const struct lg_change *c = &d->c[i];
		const char *ind = c->elem_id ? "      " : "  ";

		lg_buf_puts(b, ind);
		if (c->elem_id) {
			lg_buf_puts(b, c->dir == LG_CHG_BETTER ? "+ " : c->dir == LG_CHG_WORSE ? "- " : "~ ");
			lg_esc_term(b, c->label, 0);
			lg_buf_puts(b, " [");
			lg_esc_term(b, c->elem_id, 0);
			lg_buf_puts(b, "]");
		} else {
			lg_buf_printf(b, "%-9s ", c->dir == LG_CHG_SAME ? "CHANGED" :
			    c->dir == LG_CHG_BETTER ? "IMPROVED" : "WORSENED");
			lg_esc_term(b, c->req_id, 0);
			lg_buf_puts(b, "  ");
			lg_esc_term(b, c->label, 0);
		}
		if (!c->in_old)
			lg_buf_printf(b, ": new requirement, %s\n", lg_status_name(c->to));
		else if (!c->in_new)
			lg_buf_printf(b, ": no longer checked (was %s)\n", lg_status_name(c->from));
		else if (c->from != c->to)
			lg_buf_printf(b, ": %s -> %s\n", lg_status_name(c->from), lg_status_name(c->to));
		else
			lg_buf_printf(b, ": still %s\n", lg_status_name(c->to));
		if (c->value_changed)
			lg_buf_printf(b, "%s  value %s -> %s\n", ind,
			    value_str(v1, sizeof(v1), c->has_from_value, c->from_value),
			    value_str(v2, sizeof(v2), c->has_to_value, c->to_value));
		refs_text(b, d, i, 0);
		refs_text(b, d, i, 1);
	}
	if (d->n == 0)
		lg_buf_puts(b, "  no change in any requirement\n");
	lg_buf_printf(b, "\nsummary: %zu requirement(s) improved, %zu worsened%s\n", d->better, d->worse,
	    lg_diff_worse(d) && d->worse == 0 ? " (some elements worsened)" : "");
}

static void
refs_json(lg_jw *w, const char *key, const struct lg_prov_ref *r, size_t n)
{
	size_t i;

	lg_jw_key(w, key);
	lg_jw_arr(w);
	for (i = 0; i < n; i++) {
		lg_jw_obj(w);
		lg_jw_kstr(w, "eId", r[i].eid);
		lg_jw_kstr(w, "path", r[i].path);
		lg_jw_kint(w, "line", r[i].line);
		lg_jw_kstr(w, "document", r[i].doc);
		lg_jw_obj_end(w);
	}
	lg_jw_arr_end(w);
}

void
lg_diff_render_json(lg_buf *b, const char *pack, const char *oldp, const char *newp, const struct lg_diff *d)
{
	lg_jw w;
	size_t i;

	lg_jw_init(&w, b);
	lg_jw_obj(&w);
	lg_jw_kstr(&w, "tool", "lexgap");
	lg_jw_kstr(&w, "version", LEXGAP_VERSION);
	lg_jw_kint(&w, "schema_version", LEXGAP_JSON_SCHEMA);
	lg_jw_kstr(&w, "pack", pack);
	lg_jw_kstr(&w, "old", oldp);
	lg_jw_kstr(&w, "new", newp);
	lg_jw_key(&w, "worse");
	lg_jw_bool(&w, lg_diff_worse(d));
	lg_jw_kint(&w, "improved", (long long)d->better);
	lg_jw_kint(&w, "worsened", (long long)d->worse);
	lg_jw_key(&w, "changes");
	lg_jw_arr(&w);
	for (i = 0; i < d->n; i++) {
		const struct lg_change *c = &d->c[i];

		lg_jw_obj(&w);
		lg_jw_kstr(&w, "requirement", c->req_id);
		lg_jw_kstr(&w, "element", c->elem_id);
		lg_jw_kstr(&w, "label", c->label);
		lg_jw_kstr(&w, "change", !c->in_old ? "added" : !c->in_new ? "removed" :
		    lg_change_dir_name(c->dir));
		if (c->in_old)
			lg_jw_kstr(&w, "from", lg_status_name(c->from));
		if (c->in_new)
			lg_jw_kstr(&w, "to", lg_status_name(c->to));
		if (c->value_changed) {
			lg_jw_key(&w, "value_from");
			if (c->has_from_value) lg_jw_num(&w, c->from_value); else lg_jw_null(&w);
			lg_jw_key(&w, "value_to");
			if (c->has_to_value) lg_jw_num(&w, c->to_value); else lg_jw_null(&w);
		}
		refs_json(&w, "appeared", c->appeared, c->nappeared);
		refs_json(&w, "disappeared", c->gone, c->ngone);
		lg_jw_obj_end(&w);
	}
	lg_jw_arr_end(&w);
	lg_jw_obj_end(&w);
	lg_jw_end(&w);
}

