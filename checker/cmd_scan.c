/* cmd_scan.c - `lexgap scan DIR --db FILE [-j N]`: a corpus run into sqlite.
 * A progress bar on stderr when stderr is a terminal; a one-line summary
 * unless -q. Exit 0, 2 if some file could not be read, 4 on a database or
 * pack error. LEXGAP_SCAN_DIE_AFTER=N (tests only) kills the process in the
 * middle of storing document N+1, to prove a rerun resumes cleanly. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "db.h"
#include "engine.h"
#include "lexgap.h"
#include "scan.h"

struct scan_cli {
	const char	*db, *rules, *root;
	int		 quiet;
	struct lg_scan_opts o;
};

/* The progress bar's state: diagnostics erase it before printing, and it is
 * redrawn at most ten times a second. */
struct bar {
	int	 tty;
	int	 shown;
	double	 last;
};

static void
bar_clear(struct bar *b)
{
	if (b->shown) {
		fputs("\r\033[K", stderr);
		b->shown = 0;
	}
}

static void
scan_diag(enum lg_level level, const char *code, const char *file, unsigned line, unsigned col,
    const char *msg, void *payload)
{
	bar_clear(payload);
	cli_diag_print(level, code, file, line, col, msg, NULL);
}

static void
bar_draw(const struct lg_scan_progress *p, void *payload)
{
	struct bar *b = payload;
	double mbs, eta;
	int width = 30, fill, i;
	unsigned long secs;

	if (!b->tty || (p->done < p->total && p->elapsed - b->last < 0.1))
		return;
	b->last = p->elapsed;
	fill = p->total ? (int)((double)width * (double)p->done / (double)p->total) : width;
	mbs = p->elapsed > 0 ? (double)p->bytes_done / 1e6 / p->elapsed : 0;
	eta = p->bytes_done > 0 ? p->elapsed * (double)(p->bytes_total - p->bytes_done) /
	    (double)p->bytes_done : 0;
	secs = (unsigned long)(eta + 0.5);
	fputs("\r[", stderr);
	for (i = 0; i < width; i++)
		fputc(i < fill ? '=' : i == fill ? '>' : ' ', stderr);
	fprintf(stderr, "] %zu/%zu docs  %.1f MB/s  ETA %lu:%02lu\033[K", p->done, p->total, mbs,
	    secs / 60, secs % 60);
	fflush(stderr);
	b->shown = 1;
}

static int
parse_opts(int argc, char **argv, struct scan_cli *c)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "rules", required_argument, NULL, 'r' },
		{ "lang", required_argument, NULL, 'l' },
		{ "country", required_argument, NULL, 'c' },
		{ "max-size", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 },
	};
	const char *env;
	char *end;
	long n;
	int ch;

	memset(c, 0, sizeof(*c));
	c->o.die_after = -1;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "d:j:r:l:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd': c->db = optarg; break;
		case 'r': c->rules = optarg; break;
		case 'l': c->o.load.lang = optarg; break;
		case 'c': c->o.load.country = optarg; break;
		case 'q': c->quiet = 1; break;
		case 'j':
			n = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || n < 1 || n > 256)
				return cli_usage("scan: -j takes a number of workers from 1 to 256, not '%s'", optarg);
			c->o.jobs = (int)n;
			break;
		case 'm':
			c->o.load.max_bytes = strtoull(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || c->o.load.max_bytes == 0)
				return cli_usage("scan: --max-size takes a positive number of bytes, not '%s'", optarg);
			break;
		default:
			return cli_usage("scan: unknown option");
		}
	}
	if (c->db == NULL)
		return cli_usage("scan: --db FILE is required");
	if (optind >= argc)
		return cli_usage("scan: no directory given");
	if (optind + 1 < argc)
		return cli_usage("scan: one directory at a time ('%s' is extra)", argv[optind + 1]);
	c->root = argv[optind];
	if ((env = getenv("LEXGAP_SCAN_DIE_AFTER")) != NULL && *env != '\0')
		c->o.die_after = strtol(env, NULL, 10);
	return -1;
}

int
cmd_scan(int argc, char **argv)
{
	struct scan_cli c;
	struct lg_db_opts dbo = { .create = 1 };
	struct lg_scan_progress p;
	struct bar bar = { 0 };
	lg_diag *diag;
	lg_pack *pack = NULL;
	lg_db *db = NULL;
	int rc;

	if ((rc = parse_opts(argc, argv, &c)) >= 0)
		return rc;
	bar.tty = isatty(STDERR_FILENO);
	c.o.progress = bar_draw;
	c.o.progress_payload = &bar;
	diag = lg_diag_new(scan_diag, &bar);
	if (lg_pack_load(c.rules ? c.rules : cli_default_rules(), diag, &pack) != LG_OK ||
	    lg_db_open(c.db, &dbo, diag, &db) != LG_OK) {
		rc = LG_EXIT_SYSTEM;
		goto done;
	}
	rc = lg_scan(c.root, db, pack, &c.o, diag, &p);
	bar_clear(&bar);
	if (rc == LG_ENOTFOUND) {
		rc = LG_EXIT_INPUT;
		goto done;
	}
	if (!c.quiet && rc == LG_OK)
		fprintf(stderr, "lexgap: scan: %zu documents (%.1f MB) in %.2f s: checked %zu, skipped %zu,"
		    " failed %zu, removed %zu; storing %.2f s\n", p.total, (double)p.bytes_total / 1e6,
		    p.elapsed, p.checked, p.skipped, p.failed, p.removed, p.storing);
	rc = rc != LG_OK ? LG_EXIT_SYSTEM : p.failed ? LG_EXIT_INPUT : LG_EXIT_OK;
done:
	lg_db_close(db);
	lg_pack_free(pack);
	lg_diag_free(diag);
	return rc;
}
