/* cmd_eval.c - `lexgap eval [--rules DIR] CORPUS`: agreement with expert labels.
 *
 * Reads CORPUS/gold/dev.tsv (doc, requirement, status, evidence, note), checks
 * each labelled document once and prints agreement per requirement, per
 * document and overall, Cohen's kappa and the met/partial/missing confusion.
 * GLOTIP-class rows compare the Global Report class. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "engine.h"
#include "report_util.h"
#include "lexgap.h"
#include "load.h"
#include "report.h"
#include "util.h"

struct label {
	char	*doc, *req, *status;
};

struct tally {
	char	*key;
	unsigned agree, total;
};

static struct tally *
tally_get(struct tally **v, size_t *n, const char *key)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].key, key) == 0)
			return &(*v)[i];
	*v = lg_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[*n] = (struct tally){ lg_xstrdup(key), 0, 0 };
	return &(*v)[(*n)++];
}

static int
status_index(const char *s)
{
	if (strcmp(s, "met") == 0 || strcmp(s, "full") == 0)
		return 0;
	if (strcmp(s, "partial") == 0)
		return 1;
	return 2;
}

static struct label *
read_gold(const char *path, size_t *n)
{
	char *buf, *line, *save = NULL;
	size_t len, cap = 0;
	struct label *v = NULL;
	int first = 1;

	*n = 0;
	if (lg_read_file(path, 64u << 20, &buf, &len) != LG_OK)
		return NULL;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *f[3], *s = line;
		int k;

		if (first) {	/* header */
			first = 0;
			continue;
		}
		for (k = 0; k < 3; k++) {
			f[k] = s;
			s = strchr(s, '\t');
			if (s == NULL)
				break;
			*s++ = '\0';
		}
		if (k < 2)
			continue;
		if (s == NULL && k == 2) {
			char *cr = strchr(f[2], '\r');

			if (cr)
				*cr = '\0';
		}
		v = lg_grow(v, &cap, *n + 1, sizeof(*v));
		v[(*n)++] = (struct label){ lg_xstrdup(f[0]), lg_xstrdup(f[1]), lg_xstrdup(f[2]) };
	}
	free(buf);
	return v;
}

int
cmd_eval(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	const char *rules = NULL, *corpus;
	struct tally *byreq = NULL, *bydoc = NULL;
	size_t nreq = 0, ndoc = 0, nl, i, j;
	unsigned conf[3][3] = { { 0 } }, agree = 0, total = 0, gagree = 0, gtotal = 0;
	struct label *gold;
	lg_diag *diag, *quiet;
	lg_pack *p;
	char *gpath;
	int c, verbose = 0;
	double po, pe = 0, kappa;

	optind = 1;
	while ((c = getopt_long(argc, argv, "r:v", longopts, NULL)) != -1) {
		if (c == 'r')
			rules = optarg;
		else if (c == 'v')
			verbose = 1;
		else
			return cli_usage("eval: unknown option");
	}
	if (optind >= argc)
		return cli_usage("eval: which corpus directory (holding gold/dev.tsv)?");
	corpus = argv[optind];
	gpath = lg_xasprintf("%s/gold/dev.tsv", corpus);
	gold = read_gold(gpath, &nl);
	if (gold == NULL) {
		fprintf(stderr, "lexgap: %s: cannot read the gold labels\n", gpath);
		free(gpath);
		return LG_EXIT_INPUT;
	}
	free(gpath);
	diag = cli_diag_new();
	quiet = lg_diag_new(NULL, NULL);
	if (lg_pack_load(rules ? rules : cli_default_rules(), diag, &p) != LG_OK) {
		lg_diag_free(diag);
		lg_diag_free(quiet);
		return LG_EXIT_SYSTEM;
	}
	for (i = 0; i < nl; i++) {
		struct lg_doc_result r;
		lg_doc *doc;
		char *path;

		if (i > 0 && strcmp(gold[i].doc, gold[i - 1].doc) == 0)
			continue;
		path = lg_xasprintf("%s/%s", corpus, gold[i].doc);
		memset(&r, 0, sizeof(r));
		if (lg_load(path, NULL, quiet, &doc) == LG_OK) {
			lg_check_doc(p, doc, quiet, &r);
			lg_doc_free(doc);
		} else
			fprintf(stderr, "lexgap: %s: could not be read; counted as all missing\n", path);
		for (j = i; j < nl && strcmp(gold[j].doc, gold[i].doc) == 0; j++) {
			const struct lg_req_result *q;
			const char *got = "missing";
			int g, o;

			if (strcmp(gold[j].req, "GLOTIP-class") == 0) {
				got = r.path ? lg_glotip_name(r.glotip) : "none";
				gtotal++;
				gagree += strcmp(got, gold[j].status) == 0;
				if (verbose || strcmp(got, gold[j].status) != 0)
					printf("%s %-32s gold %-8s got %-8s %s\n",
					    strcmp(got, gold[j].status) == 0 ? "  " : "XX", "GLOTIP-class",
					    gold[j].status, got, gold[j].doc);
				continue;
			}
			if ((q = lg_doc_find_req(&r, gold[j].req)) != NULL)
				got = lg_status_name(q->computed);
			g = status_index(gold[j].status);
			o = status_index(got);
			conf[g][o]++;
			total++;
			agree += g == o;
			tally_get(&byreq, &nreq, gold[j].req)->total++;
			tally_get(&bydoc, &ndoc, gold[j].doc)->total++;
			if (g == o) {
				tally_get(&byreq, &nreq, gold[j].req)->agree++;
				tally_get(&bydoc, &ndoc, gold[j].doc)->agree++;
			}
			if (verbose || g != o)
				printf("%s %-32s gold %-8s got %-8s %s%s%s\n", g == o ? "  " : "XX",
				    gold[j].req, gold[j].status, got, gold[j].doc,
				    q && verbose ? "\n     " : "",
				    q && verbose ? q->explanation : "");
		}
		lg_doc_result_clear(&r);
		free(path);
	}
	printf("\nper requirement:\n");
	for (i = 0; i < nreq; i++)
		printf("  %-40s %3u/%-3u %5.1f%%\n", byreq[i].key, byreq[i].agree, byreq[i].total,
		    100.0 * byreq[i].agree / byreq[i].total);
	printf("per document:\n");
	for (i = 0; i < ndoc; i++)
		printf("  %-45s %3u/%-3u %5.1f%%\n", bydoc[i].key, bydoc[i].agree, bydoc[i].total,
		    100.0 * bydoc[i].agree / bydoc[i].total);
	printf("confusion (rows gold, columns lexgap):\n            met partial missing\n");
	for (i = 0; i < 3; i++)
		printf("  %-8s %5u %7u %7u\n", i == 0 ? "met" : i == 1 ? "partial" : "missing",
		    conf[i][0], conf[i][1], conf[i][2]);
	po = total ? (double)agree / total : 0;
	for (i = 0; i < 3 && total; i++) {
		double rowi = conf[i][0] + conf[i][1] + conf[i][2];
		double coli = conf[0][i] + conf[1][i] + conf[2][i];

		pe += (rowi / total) * (coli / total);
	}
	kappa = pe < 1 ? (po - pe) / (1 - pe) : 0;
	printf("overall: %u/%u agree = %.1f%%, Cohen's kappa = %.3f; GLOTIP class %u/%u\n",
	    agree, total, 100 * po, kappa, gagree, gtotal);
	for (i = 0; i < nl; i++) {
		free(gold[i].doc);
		free(gold[i].req);
		free(gold[i].status);
	}
	free(gold);
	for (i = 0; i < nreq; i++)
		free(byreq[i].key);
	for (i = 0; i < ndoc; i++)
		free(bydoc[i].key);
	free(byreq);
	free(bydoc);
	lg_pack_free(p);
	lg_diag_free(diag);
	lg_diag_free(quiet);
	return LG_EXIT_OK;
}
