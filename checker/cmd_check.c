/* cmd_check.c - `lexgap check`: load the pack once, check each file, render
 * one report. A file that cannot be read is reported (exit 2) and the others
 * are still checked; stdout carries only the report. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "engine.h"
#include "lexgap.h"
#include "load.h"
#include "report.h"
#include "waivers.h"

struct check_opts {
	const char	*format, *output, *rules, *waivers;
	enum lg_status	 fail_at;	/* gaps at or below this status fail */
	int		 fail_never, framework;
	struct lg_load_opts load;
};

/* The last error a diagnostic reported for the current file, kept so that the
 * report can say why a document is missing from it. */
struct sink {
	char	*last_error;
};

static void
check_diag(enum lg_level level, const char *code, const char *file, unsigned line,
    unsigned col, const char *msg, void *payload)
{
	struct sink *s = payload;

	cli_diag_print(level, code, file, line, col, msg, NULL);
	if (level == LG_LEVEL_ERROR) {
		free(s->last_error);
		s->last_error = line ? lg_xasprintf("line %u: %s", line, msg) : lg_xstrdup(msg);
	}
}

static int
parse_opts(int argc, char **argv, struct check_opts *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "rules", required_argument, NULL, 'r' },
		{ "lang", required_argument, NULL, 'l' },
		{ "country", required_argument, NULL, 'c' },
		{ "framework", no_argument, NULL, 'F' },
		{ "waivers", required_argument, NULL, 'w' },
		{ "fail-on", required_argument, NULL, 'x' },
		{ "max-size", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int c;

	memset(o, 0, sizeof(*o));
	o->format = "text";
	o->fail_at = LG_MISSING;
	optind = 1;
	opterr = 0;	/* one usage line of our own, not getopt's as well */
	while ((c = getopt_long(argc, argv, ":f:o:r:l:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': o->format = optarg; break;
		case 'o': o->output = optarg; break;
		case 'r': o->rules = optarg; break;
		case 'l': o->load.lang = optarg; break;
		case 'c': o->load.country = optarg; break;
		case 'F': o->framework = 1; break;
		case 'w': o->waivers = optarg; break;
		case 'x':
			if (strcmp(optarg, "missing") == 0)
				o->fail_at = LG_MISSING;
			else if (strcmp(optarg, "partial") == 0)
				o->fail_at = LG_PARTIAL;
			else if (strcmp(optarg, "never") == 0)
				o->fail_never = 1;
			else
				return cli_usage("check: --fail-on takes missing, partial or never, not '%s'", optarg);
			break;
		case 'm':
			o->load.max_bytes = strtoull(optarg, &end, 10);
			if (*optarg < '0' || *optarg > '9' || *end != '\0' || o->load.max_bytes == 0)
				return cli_usage("check: --max-size takes a positive number of bytes, not '%s'", optarg);
			break;
		case ':':
			return cli_usage("check: option '%s' needs an argument", argv[optind - 1]);
		default:
			if (optopt != 0 && strncmp(argv[optind - 1], "--", 2) != 0)
				return cli_usage("check: unknown option '-%c'", optopt);
			return cli_usage("check: unknown option '%s'", argv[optind - 1]);
		}
	}
	if (lg_render_lookup(o->format) == NULL)
		return cli_usage("check: unknown format '%s' (one of %s)", o->format, lg_render_formats());
	if (optind >= argc)
		return cli_usage("check: no file given");
	return -1;
}

/* Exit status for the findings alone (design.md §5). */
static int
gaps_status(const lg_report *r, const struct check_opts *o)
{
	if (o->fail_never)
		return LG_EXIT_OK;
	return lg_report_worst(r) <= o->fail_at ? LG_EXIT_GAPS : LG_EXIT_OK;
}

int
cmd_check(int argc, char **argv)
{
	struct check_opts o;
	struct sink sink = { NULL };
	lg_diag *diag;
	lg_pack *pack = NULL;
	lg_report *rep = NULL;
	lg_waivers *wv = NULL;
	lg_doc **docs = NULL;
	size_t ndocs = 0;
	lg_buf out = { 0 };
	lg_render_fn render;
	int rc, i, bad_input = 0, color;

	if ((rc = parse_opts(argc, argv, &o)) >= 0)
		return rc;
	render = lg_render_lookup(o.format);
	diag = lg_diag_new(check_diag, &sink);
	if (lg_pack_load(o.rules ? o.rules : cli_default_rules(), diag, &pack) != LG_OK) {
		rc = LG_EXIT_SYSTEM;
		goto done;
	}
	if (o.waivers && lg_waivers_load(o.waivers, diag, &wv) != LG_OK) {
		rc = LG_EXIT_USAGE;
		goto done;
	}
	rep = lg_pack_report_new(pack);
	docs = lg_xcalloc((size_t)argc, sizeof(*docs));
	for (i = optind; i < argc; i++) {
		struct lg_doc_result *d;
		lg_doc *doc;

		free(sink.last_error);
		sink.last_error = NULL;
		d = lg_report_add_doc(rep);
		if (lg_load(argv[i], &o.load, diag, &doc) != LG_OK) {
			lg_doc_result_failed(d, argv[i], sink.last_error ? sink.last_error : "could not be read");
			bad_input = 1;
			continue;
		}
		lg_check_doc(pack, doc, diag, d);
		if (o.framework)
			docs[ndocs++] = doc;
		else
			lg_doc_free(doc);
	}
	if (o.framework && ndocs > 0) {
		rep->framework = lg_xcalloc(1, sizeof(*rep->framework));
		lg_check_framework(pack, docs, ndocs, diag, rep->framework);
	}
	if (wv != NULL)
		lg_waivers_apply(wv, pack, rep, diag);
	color = (o.output == NULL || strcmp(o.output, "-") == 0) && isatty(STDOUT_FILENO) &&
	    getenv("NO_COLOR") == NULL;
	if (render(rep, &out, color) != 0) {
		rc = LG_EXIT_SYSTEM;
		goto done;
	}
	if (cli_write_output(o.output, out.p ? out.p : "", out.len, diag) != 0) {
		rc = LG_EXIT_SYSTEM;
		goto done;
	}
	rc = bad_input ? LG_EXIT_INPUT : gaps_status(rep, &o);
done:
	for (size_t k = 0; k < ndocs; k++)
		lg_doc_free(docs[k]);
	free(docs);
	lg_buf_free(&out);
	lg_report_free(rep);
	lg_waivers_free(wv);
	lg_pack_free(pack);
	lg_diag_free(diag);
	free(sink.last_error);
	return rc;
}
