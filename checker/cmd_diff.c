/* cmd_diff.c - `lexgap diff OLD NEW`: check two versions of a text (e.g. two
 * drafts of a bill) with the same pack and say, requirement by requirement,
 * what improved or got worse and which provisions caused it. Exit 1 when
 * anything got worse (a CI gate on drafts), 0 otherwise, 2 when an input
 * cannot be read, 3 on usage errors. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diff.h"
#include "engine.h"
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
		lg_diff_render_json(&out, lg_pack_id(pack), argv[optind], argv[optind + 1], &d);
	else
		lg_diff_render_text(&out, argv[optind], argv[optind + 1], &d);
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
