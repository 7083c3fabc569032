/* cmd_import.c - `lexgap import FILE`: legislation as published (text,
 * Markdown, HTML; AKN too) written as Akoma Ntoso 3.0, so drafters can start
 * from the text they have. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "akn.h"
#include "cli.h"
#include "doc.h"
#include "lexgap.h"
#include "load.h"
#include "util.h"

int
cmd_import(int argc, char **argv)
{
	struct lg_load_opts o = { 0, NULL, NULL };
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "country", required_argument, NULL, 'c' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *output = NULL;
	lg_diag *diag;
	lg_doc *doc;
	lg_buf b;
	int c, rc = LG_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "l:c:o:", longopts, NULL)) != -1) {
		if (c == 'l')
			o.lang = optarg;
		else if (c == 'c')
			o.country = optarg;
		else if (c == 'o')
			output = optarg;
		else
			return cli_usage("import: bad option");
	}
	if (optind >= argc)
		return cli_usage("import: no file given");
	if (optind + 1 < argc)
		return cli_usage("import: one file at a time");
	diag = cli_diag_new();
	if (lg_load(argv[optind], &o, diag, &doc) != LG_OK) {
		lg_diag_free(diag);
		return LG_EXIT_INPUT;
	}
	lg_buf_init(&b);
	if (lg_akn_write(doc, &b) != LG_OK || cli_write_output(output, b.p, b.len, diag) != 0)
		rc = LG_EXIT_SYSTEM;
	lg_buf_free(&b);
	lg_doc_free(doc);
	lg_diag_free(diag);
	return rc;
}
