/* main.c - lexgap's command line: dispatch to one cmd_*.c per command. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "cli.h"
#include "lexgap.h"

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*usage;
} commands[] = {
	{ "check", cmd_check, "check [--format F] [-o FILE] [--rules DIR] [--lang CODE] [--framework]\n"
	    "                    [--waivers FILE] [--fail-on missing|partial|never] [--max-size BYTES] FILE..." },
	{ "diff", cmd_diff, "diff [--format text|json] [-o FILE] [--rules DIR] [--lang CODE] OLD NEW\n"
	    "                    what changed between two versions; exit 1 if anything got worse" },
	{ "dump", cmd_dump, "dump [--lang CODE] FILE      the provisions lexgap read, one per line" },
	{ "import", cmd_import, "import [--lang CODE] [--country CODE] [-o FILE] FILE   text, Markdown or HTML to Akoma Ntoso 3.0" },
	{ "rules", cmd_rules, "rules list|show ID|test|lint|trace FILE [--rules DIR]" },
	{ "eval", cmd_eval, "eval [--rules DIR] [-v] CORPUS   agreement with CORPUS/gold/dev.tsv" },
	{ "explain", cmd_explain, "explain [--rules DIR] ID    a requirement, its basis and drafting hint" },
};

static void
usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: lexgap COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  lexgap %s\n", commands[i].usage);
	fprintf(f, "\nexit status: 0 no gap at or above --fail-on; 1 gaps; 2 some input could not be read;\n"
	    "3 usage error; 4 internal or system error.  See lexgap(1).\n");
}

int
cli_usage(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "lexgap: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'lexgap --help'.\n");
	return LG_EXIT_USAGE;
}

int
main(int argc, char **argv)
{
	size_t i;
	int rc;

	if (argc < 2)
		return cli_usage("no command given");
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return LG_EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		printf("lexgap %s\n", LEXGAP_VERSION);
		return LG_EXIT_OK;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[1], commands[i].name) == 0) {
			xmlInitParser();
			rc = commands[i].fn(argc - 1, argv + 1);
			xmlCleanupParser();
			return rc;
		}
	return cli_usage("unknown command '%s'", argv[1]);
}
