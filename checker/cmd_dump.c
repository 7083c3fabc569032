/* cmd_dump.c - `lexgap dump FILE`: what lexgap read, provision by provision.
 * For drafters checking an import and for developers of the loaders. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "doc.h"
#include "lexgap.h"
#include "load.h"

static void
dump(const lg_doc *doc)
{
	size_t i;

	printf("# %s\n# format=%s type=%s lang=%s country=%s date=%s\n# title=%s\n# provisions=%zu\n",
	    doc->path, doc->format ? doc->format : "-", doc->doctype ? doc->doctype : "-",
	    doc->lang ? doc->lang : "-", doc->country ? doc->country : "-",
	    doc->date ? doc->date : "-", doc->title ? doc->title : "-", doc->nprov);
	for (i = 0; i < doc->nprov; i++) {
		const struct lg_prov *p = &doc->prov[i];
		size_t n = p->end - p->body, j;
		const char *t = doc->text + p->body;

		printf("%*s%s\tline %u\t%s\t", p->depth * 2, "", p->eid, p->line, p->path);
		for (j = 0; j < n && j < 160; j++)
			putchar(t[j] == '\n' ? ' ' : t[j]);
		printf("%s\n", n > 160 ? "…" : "");
	}
}

int
cmd_dump(int argc, char **argv)
{
	struct lg_load_opts o = { 0, NULL, NULL };
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "text", no_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	lg_diag *diag;
	lg_doc *doc;
	int c, i, rc = LG_EXIT_OK, whole = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "l:t", longopts, NULL)) != -1) {
		if (c == 'l')
			o.lang = optarg;
		else if (c == 't')
			whole = 1;
		else
			return cli_usage("dump: bad option");
	}
	if (optind >= argc)
		return cli_usage("dump: no file given");
	diag = cli_diag_new();
	for (i = optind; i < argc; i++) {
		if (lg_load(argv[i], &o, diag, &doc) != LG_OK) {
			rc = LG_EXIT_INPUT;
			continue;
		}
		if (whole)
			fwrite(doc->text, 1, doc->text_len, stdout);
		else
			dump(doc);
		lg_doc_free(doc);
	}
	lg_diag_free(diag);
	return rc;
}
