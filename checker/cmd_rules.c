/* cmd_rules.c - `lexgap rules list|show|test|lint` and `lexgap explain ID`:
 * the pack as its authors and its readers see it. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "engine.h"
#include "report_util.h"
#include "lexgap.h"
#include "load.h"
#include "pack.h"
#include "report.h"

static int
load_pack(const char *dir, lg_diag *diag, lg_pack **p)
{
	int rc = lg_pack_load(dir ? dir : cli_default_rules(), diag, p);

	return rc == LG_OK ? LG_EXIT_OK : LG_EXIT_SYSTEM;
}

static void
show(const lg_pack *p, const struct lg_req *q)
{
	size_t i, j;

	printf("%s — %s\n", q->id, q->title);
	if (q->article)
		printf("  basis:    %s\n", q->article);
	printf("  strength: %s\n", q->strength);
	if (q->category)
		printf("  category: %s\n", q->category);
	if (q->requires)
		printf("  requires: %s\n", q->requires);
	printf("  scope:    %s; %s of %zu elements\n", lg_scope_name(q->scope),
	    q->combine == LG_COMBINE_ANY ? "any" : q->combine == LG_COMBINE_ALL ? "all" : "at least some",
	    q->nel);
	for (i = 0; i < q->nel; i++) {
		printf("    - %s:", q->el[i].label);
		for (j = 0; j < q->el[i].nconcepts; j++)
			printf(" %s", p->concepts[q->el[i].concepts[j]]);
		printf("\n");
	}
	if (q->checks & LG_CHECK_NO_MEANS)
		printf("  check:    met when the offence needs none of these elements\n");
	if (q->checks & LG_CHECK_PENALTY_MAX)
		printf("  check:    maximum penalty of the basic offence >= %g years\n", q->penalty_min);
	if (q->hint)
		printf("  drafting hint: %s\n", q->hint);
	printf("  examples: %zu\n", q->nex);
}

/* One example as a document: each blank-line-separated paragraph is a provision. */
static lg_doc *
example_doc(const lg_pack *p, const struct lg_req *q, const struct lg_example *ex, size_t n)
{
	char name[512];
	lg_doc *d;
	const char *s = ex->text;
	int k = 0;

	snprintf(name, sizeof(name), "%s example %zu (%s)", q->id, n, ex->lang);
	d = lg_doc_new(name);
	lg_doc_set(d, &d->lang, ex->lang);
	lg_doc_set(d, &d->format, "example");
	(void)p;
	while (*s) {
		const char *e = strstr(s, "\n\n");
		size_t len = e ? (size_t)(e - s) : strlen(s);
		char num[16];
		int idx;

		if (len > 0) {
			snprintf(num, sizeof(num), "%d", ++k);
			idx = lg_doc_begin(d, "paragraph", NULL, num, NULL, ex->line);
			lg_doc_text(d, s, len, ex->line);
			lg_doc_end(d, idx);
		}
		s += len;
		while (*s == '\n')
			s++;
	}
	lg_doc_finish(d);
	return d;
}

static int
run_tests(const lg_pack *p, const char *only, int verbose)
{
	lg_diag *quiet = lg_diag_new(NULL, NULL);
	size_t i, j, pass = 0, fail = 0, reqs_without = 0;

	for (i = 0; i < p->nreqs; i++) {
		const struct lg_req *q = &p->reqs[i];
		int pos = 0, neg = 0;

		if (only && strcmp(only, q->id) != 0)
			continue;
		for (j = 0; j < q->nex; j++) {
			const struct lg_example *ex = &q->ex[j];
			lg_doc *d = example_doc(p, q, ex, j + 1);
			const struct lg_req_result *got;
			struct lg_doc_result r;

			memset(&r, 0, sizeof(r));
			lg_check_doc(p, d, quiet, &r);
			got = lg_doc_find_req(&r, q->id);
			if (ex->status == LG_MET)
				pos = 1;
			else
				neg = 1;
			if (got && (int)got->computed == ex->status) {
				pass++;
				if (verbose)
					printf("ok   %s:%u: %s %s\n", q->file, ex->line, ex->lang,
					    lg_status_name((enum lg_status)ex->status));
			} else {
				fail++;
				printf("FAIL %s:%u: %s example: expected %s, got %s\n     %s\n     text: %.200s\n",
				    q->file, ex->line, ex->lang, lg_status_name((enum lg_status)ex->status),
				    got ? lg_status_name(got->computed) : "nothing",
				    got ? got->explanation : "", ex->text);
			}
			lg_doc_result_clear(&r);
			lg_doc_free(d);
		}
		if (!pos || !neg) {
			reqs_without++;
			printf("FAIL %s: needs at least one positive and one negative example\n", q->file);
		}
	}
	lg_diag_free(quiet);
	printf("rules test: %zu examples passed, %zu failed; %zu requirements lack a positive or negative example\n",
	    pass, fail, reqs_without);
	return fail || reqs_without ? LG_EXIT_GAPS : LG_EXIT_OK;
}

static void
lint(const lg_pack *p, lg_diag *diag)
{
	size_t i, j, l;

	for (i = 0; i < p->nreqs; i++) {
		const struct lg_req *q = &p->reqs[i];

		if (q->hint == NULL)
			lg_diag_emit(diag, LG_LEVEL_WARNING, "rule-lint", q->file, 0, 0, "no drafting hint");
		if (q->article == NULL)
			lg_diag_emit(diag, LG_LEVEL_WARNING, "rule-lint", q->file, 0, 0, "no 'article'");
		/* Every element should be matchable in every language that has examples. */
		for (l = 0; l < p->nlangs; l++) {
			int has_ex = 0;

			for (j = 0; j < q->nex; j++)
				has_ex |= strcmp(q->ex[j].lang, p->langs[l].code) == 0;
			if (!has_ex)
				continue;
			for (j = 0; j < q->nel; j++) {
				size_t c, t;
				int found = 0;

				for (c = 0; c < q->el[j].nconcepts && !found; c++)
					for (t = 0; t < p->langs[l].nterms && !found; t++)
						found = p->langs[l].terms[t].concept == q->el[j].concepts[c] &&
						    !p->langs[l].terms[t].exclude;
				if (!found)
					lg_diag_emit(diag, LG_LEVEL_WARNING, "rule-lint", q->file, 0, 0,
					    "element '%s' has no %s term", q->el[j].id, p->langs[l].code);
			}
		}
	}
}

int
cmd_rules(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dir = NULL, *sub;
	lg_diag *diag;
	lg_pack *p = NULL;
	int c, rc, verbose = 0;
	size_t i;

	optind = 1;
	while ((c = getopt_long(argc, argv, "r:v", longopts, NULL)) != -1) {
		if (c == 'r')
			dir = optarg;
		else if (c == 'v')
			verbose = 1;
		else
			return cli_usage("rules: unknown option");
	}
	if (optind >= argc)
		return cli_usage("rules: expected list, show ID, test or lint");
	sub = argv[optind];
	if (strcmp(sub, "list") != 0 && strcmp(sub, "show") != 0 && strcmp(sub, "test") != 0 &&
	    strcmp(sub, "lint") != 0 && strcmp(sub, "trace") != 0)
		return cli_usage("rules: unknown subcommand '%s'", sub);
	if (strcmp(sub, "show") == 0 && optind + 1 >= argc)
		return cli_usage("rules show: which requirement?");
	if (strcmp(sub, "trace") == 0 && optind + 1 >= argc)
		return cli_usage("rules trace: which file?");
	diag = cli_diag_new();
	if ((rc = load_pack(dir, diag, &p)) != LG_EXIT_OK) {
		lg_diag_free(diag);
		return rc;
	}
	if (strcmp(sub, "list") == 0) {
		for (i = 0; i < p->nreqs; i++)
			printf("%-40s %-18s %s\n", p->reqs[i].id, p->reqs[i].strength, p->reqs[i].title);
	} else if (strcmp(sub, "show") == 0) {
		const struct lg_req *q = lg_pack_req(p, argv[optind + 1]);

		if (q == NULL) {
			fprintf(stderr, "lexgap: no requirement '%s' in %s\n", argv[optind + 1], p->id);
			rc = LG_EXIT_USAGE;
		} else
			show(p, q);
	} else if (strcmp(sub, "trace") == 0) {
		lg_doc *doc;
		lg_buf out = { 0 };

		if (lg_load(argv[optind + 1], NULL, diag, &doc) != LG_OK)
			rc = LG_EXIT_INPUT;
		else {
			lg_engine_trace(p, doc, diag, &out);
			fwrite(out.p ? out.p : "", 1, out.len, stdout);
			lg_buf_free(&out);
			lg_doc_free(doc);
		}
	} else if (strcmp(sub, "test") == 0)
		rc = run_tests(p, optind + 1 < argc ? argv[optind + 1] : NULL, verbose);
	else {
		lint(p, diag);
		printf("rules lint: %s: %zu requirements, %zu concepts, %zu languages, %u warnings\n",
		    p->id, p->nreqs, p->nconcepts, p->nlangs, lg_diag_count(diag, LG_LEVEL_WARNING));
	}
	lg_pack_free(p);
	lg_diag_free(diag);
	return rc;
}

int
cmd_explain(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dir = NULL;
	const struct lg_req *q;
	lg_diag *diag;
	lg_pack *p = NULL;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "r:", longopts, NULL)) != -1) {
		if (c == 'r')
			dir = optarg;
		else
			return cli_usage("explain: unknown option");
	}
	if (optind >= argc)
		return cli_usage("explain: which requirement?");
	diag = cli_diag_new();
	if ((rc = load_pack(dir, diag, &p)) != LG_EXIT_OK) {
		lg_diag_free(diag);
		return rc;
	}
	if ((q = lg_pack_req(p, argv[optind])) == NULL) {
		fprintf(stderr, "lexgap: no requirement '%s' in %s (see 'lexgap rules list')\n",
		    argv[optind], p->id);
		rc = LG_EXIT_USAGE;
	} else
		show(p, q);
	lg_pack_free(p);
	lg_diag_free(diag);
	return rc;
}
