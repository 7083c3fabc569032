/* cmd_diff.c - `lexgap diff OLD NEW`: check two versions of a text (e.g. two
 * drafts of a bill) with the same pack and say, requirement by requirement,
 * what improved or got worse and which provisions caused it. Exit 1 when
 * anything got worse (a CI gate on drafts), 0 otherwise, 2 when an input
 * cannot be read, 3 on usage errors. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diff.h"
#include "engine.h"
#include "esc.h"
#include "jsonw.h"
#include "lexgap.h"
#include "load.h"
#include "report.h"

struct diff_opts {
	const char	*format, *rules, *output;
	struct lg_load_opts load;
};

static int
parse_opts(int argc, char **argv, struct diff_opts *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "rules", required_argument, NULL, 'r' },
		{ "lang", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->format = "text";
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:r:l:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': o->format = optarg; break;
		case 'o': o->output = optarg; break;
		case 'r': o->rules = optarg; break;
		case 'l': o->load.lang = optarg; break;
		default: return cli_usage("diff: unknown option");
		}
	}
	if (strcmp(o->format, "text") != 0 && strcmp(o->format, "json") != 0)
		return cli_usage("diff: unknown format '%s' (one of text|json)", o->format);
	if (argc - optind != 2)
		return cli_usage("diff: give exactly two files, OLD and NEW");
	return -1;
}

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

static void
render_text(lg_buf *b, const char *oldp, const char *newp, const struct lg_diff *d)
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

static void
render_json(lg_buf *b, const char *pack, const char *oldp, const char *newp, const struct lg_diff *d)
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

int
cmd_diff(int argc, char **argv)
{
	struct diff_opts o;
	struct lg_doc_result res[2];
	struct lg_diff d;
	lg_diag *diag;
	lg_pack *pack = NULL;
	lg_doc *doc;
	lg_buf out = { 0 };
	int rc, i;

	if ((rc = parse_opts(argc, argv, &o)) >= 0)
		return rc;
	memset(res, 0, sizeof(res));
	memset(&d, 0, sizeof(d));
	diag = cli_diag_new();
	if (lg_pack_load(o.rules ? o.rules : cli_default_rules(), diag, &pack) != LG_OK) {
		rc = LG_EXIT_SYSTEM;
		goto done;
	}
	for (i = 0; i < 2; i++) {
		if (lg_load(argv[optind + i], &o.load, diag, &doc) != LG_OK) {
			rc = LG_EXIT_INPUT;
			goto done;
		}
		lg_check_doc(pack, doc, diag, &res[i]);
		lg_doc_free(doc);
	}
	lg_diff_docs(&res[0], &res[1], &d);
	if (strcmp(o.format, "json") == 0)
		render_json(&out, lg_pack_id(pack), argv[optind], argv[optind + 1], &d);
	else
		render_text(&out, argv[optind], argv[optind + 1], &d);
	if (cli_write_output(o.output, out.p, out.len, diag) != 0)
		rc = LG_EXIT_SYSTEM;
	else
		rc = lg_diff_worse(&d) ? LG_EXIT_GAPS : LG_EXIT_OK;
done:
	lg_diff_free(&d);
	lg_doc_result_clear(&res[0]);
	lg_doc_result_clear(&res[1]);
	lg_buf_free(&out);
	lg_pack_free(pack);
	lg_diag_free(diag);
	return rc;
}
