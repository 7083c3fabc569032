/* cmd_store.c - commands over a store written by `scan`:
 *   report --db FILE   render the stored run like `check` renders a live one
 *   matrix --db FILE   country (or document) x requirement status
 *   search --db FILE   full-text search of provisions, with snippets
 * A missing, locked or corrupt database is exit 4 with the path named. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "db.h"
#include "esc.h"
#include "lexgap.h"
#include "report.h"
#include "util.h"

static int
open_store(const char *path, lg_diag *diag, lg_db **db)
{
	struct lg_db_opts o = { 0 };

	return lg_db_open(path, &o, diag, db);
}

int
cmd_report(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "run", required_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL, *format = "text", *output = NULL;
	long long run_id = 0;
	lg_diag *diag = NULL;
	lg_db *db = NULL;
	lg_report *rep = NULL;
	lg_render_fn render;
	lg_buf out = { 0 };
	char *end;
	int c, rc, color;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:f:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'f': format = optarg; break;
		case 'o': output = optarg; break;
		case 'R':
			run_id = strtoll(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || run_id < 1)
				return cli_usage("report: --run takes a run number, not '%s'", optarg);
			break;
		default:
			return cli_usage("report: unknown option");
		}
	}
	if (dbpath == NULL)
		return cli_usage("report: --db FILE is required");
	if (optind < argc)
		return cli_usage("report: unexpected argument '%s'", argv[optind]);
	if ((render = lg_render_lookup(format)) == NULL)
		return cli_usage("report: unknown format '%s' (one of %s)", format, lg_render_formats());
	diag = cli_diag_new();
	rc = LG_EXIT_SYSTEM;
	if (open_store(dbpath, diag, &db) != LG_OK || lg_db_load_report(db, run_id, &rep) != LG_OK)
		goto done;
	color = (output == NULL || strcmp(output, "-") == 0) && isatty(STDOUT_FILENO) &&
	    getenv("NO_COLOR") == NULL;
	if (render(rep, &out, color) != 0 ||
	    cli_write_output(output, out.p ? out.p : "", out.len, diag) != 0)
		goto done;
	rc = LG_EXIT_OK;
done:
	lg_buf_free(&out);
	lg_report_free(rep);
	lg_db_close(db);
	lg_diag_free(diag);
	return rc;
}

/* The matrix is collected, then printed: requirement columns are only known
 * once every row has been seen. */
struct matrix {
	char	**rows, **reqs;
	size_t	 nrows, rcap, nreqs, qcap;
	struct cell { size_t row; const char *req; enum lg_status st; } *cells;
	size_t	 ncells, ccap;
};

static void
matrix_cell(const char *row, const char *req, enum lg_status st, void *payload)
{
	struct matrix *m = payload;
	size_t i;

	if (m->nrows == 0 || strcmp(m->rows[m->nrows - 1], row) != 0) {
		m->rows = lg_grow(m->rows, &m->rcap, m->nrows + 1, sizeof(*m->rows));
		m->rows[m->nrows++] = lg_xstrdup(row);
	}
	for (i = 0; i < m->nreqs && strcmp(m->reqs[i], req) != 0; i++)
		;
	if (i == m->nreqs) {
		m->reqs = lg_grow(m->reqs, &m->qcap, m->nreqs + 1, sizeof(*m->reqs));
		m->reqs[m->nreqs++] = lg_xstrdup(req);
	}
	m->cells = lg_grow(m->cells, &m->ccap, m->ncells + 1, sizeof(*m->cells));
	m->cells[m->ncells].row = m->nrows - 1;
	m->cells[m->ncells].req = m->reqs[i];
	m->cells[m->ncells++].st = st;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Status name of (row, req), or NULL when that row has no finding for it. */
static const char *
matrix_get(const struct matrix *m, size_t row, const char *req)
{
	size_t lo = 0, hi = m->ncells, mid;

	/* Cells arrive row by row (lg_db_matrix orders them), so a row's cells
	 * are one run: find its start, then look only there. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->cells[mid].row < row)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < m->ncells && m->cells[lo].row == row; lo++)
		if (strcmp(m->cells[lo].req, req) == 0)
			return lg_status_name(m->cells[lo].st);
	return NULL;
}

static void
matrix_render(const struct matrix *m, const char *format, int per_doc, lg_buf *b)
{
	const char *label = per_doc ? "document" : "country", *v;
	size_t i, j, w = strlen(label);

	if (strcmp(format, "json") == 0) {
		lg_buf_printf(b, "{\"tool\":\"lexgap\",\"version\":\"%s\",\"rows\":[", LEXGAP_VERSION);
		for (i = 0; i < m->nrows; i++) {
			lg_buf_printf(b, "%s\n {\"%s\":", i ? "," : "", label);
			lg_esc_json(b, m->rows[i]);
			lg_buf_puts(b, ",\"requirements\":{");
			for (j = 0; j < m->nreqs; j++) {
				if ((v = matrix_get(m, i, m->reqs[j])) == NULL)
					continue;
				if (b->len && b->p[b->len - 1] != '{')
					lg_buf_putc(b, ',');
				lg_esc_json(b, m->reqs[j]);
				lg_buf_printf(b, ":\"%s\"", v);
			}
			lg_buf_puts(b, "}}");
		}
		lg_buf_puts(b, "\n]}\n");
		return;
	}
	if (strcmp(format, "csv") == 0) {
		lg_buf_puts(b, label);
		for (j = 0; j < m->nreqs; j++) {
			lg_buf_putc(b, ',');
			lg_esc_csv(b, m->reqs[j]);
		}
		lg_buf_puts(b, "\r\n");
		for (i = 0; i < m->nrows; i++) {
			lg_esc_csv(b, m->rows[i]);
			for (j = 0; j < m->nreqs; j++) {
				lg_buf_putc(b, ',');
				v = matrix_get(m, i, m->reqs[j]);
				lg_buf_puts(b, v ? v : "");
			}
			lg_buf_puts(b, "\r\n");
		}
		return;
	}
	for (i = 0; i < m->nrows; i++)
		if (strlen(m->rows[i]) > w)
			w = strlen(m->rows[i]);
	lg_buf_printf(b, "%-*s", (int)w, label);
	for (j = 0; j < m->nreqs; j++)
		lg_buf_printf(b, "  %-*s", (int)(strlen(m->reqs[j]) > 7 ? strlen(m->reqs[j]) : 7),
		    m->reqs[j]);
	lg_buf_putc(b, '\n');
	for (i = 0; i < m->nrows; i++) {
		lg_buf_printf(b, "%-*s", (int)w, m->rows[i]);
		for (j = 0; j < m->nreqs; j++) {
			v = matrix_get(m, i, m->reqs[j]);
			lg_buf_printf(b, "  %-*s", (int)(strlen(m->reqs[j]) > 7 ? strlen(m->reqs[j]) : 7),
			    v ? v : "-");
		}
		lg_buf_putc(b, '\n');
	}
}

static void
matrix_free(struct matrix *m)
{
	size_t i;

	for (i = 0; i < m->nrows; i++)
		free(m->rows[i]);
	for (i = 0; i < m->nreqs; i++)
		free(m->reqs[i]);
	free(m->rows);
	free(m->reqs);
	free(m->cells);
}

int
cmd_matrix(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "by-document", no_argument, NULL, 'D' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL, *format = "text", *output = NULL;
	struct matrix m = { 0 };
	lg_diag *diag;
	lg_db *db = NULL;
	lg_buf out = { 0 };
	int c, rc, per_doc = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:f:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'f': format = optarg; break;
		case 'o': output = optarg; break;
		case 'D': per_doc = 1; break;
		default:
			return cli_usage("matrix: unknown option");
		}
	}
	if (dbpath == NULL)
		return cli_usage("matrix: --db FILE is required");
	if (optind < argc)
		return cli_usage("matrix: unexpected argument '%s'", argv[optind]);
	if (strcmp(format, "text") != 0 && strcmp(format, "csv") != 0 && strcmp(format, "json") != 0)
		return cli_usage("matrix: unknown format '%s' (one of text|csv|json)", format);
	diag = cli_diag_new();
	rc = LG_EXIT_SYSTEM;
	if (open_store(dbpath, diag, &db) != LG_OK || lg_db_matrix(db, per_doc, matrix_cell, &m) != LG_OK)
		goto done;
	if (m.ncells == 0)
		fprintf(stderr, "lexgap: %s: the store holds no findings\n", dbpath);
	if (m.nreqs > 1)
		qsort(m.reqs, m.nreqs, sizeof(*m.reqs), cmp_str);
	matrix_render(&m, format, per_doc, &out);
	if (cli_write_output(output, out.p ? out.p : "", out.len, diag) != 0)
		goto done;
	rc = LG_EXIT_OK;
done:
	matrix_free(&m);
	lg_buf_free(&out);
	lg_db_close(db);
	lg_diag_free(diag);
	return rc;
}

struct hits {
	size_t		 n;
	const char	*open, *close;	/* highlight markers */
};

/* One hit per line, grep style: path:line: eId: snippet. FTS5 marks each
 * token, so "[trata] [de] [personas]" is joined into "[trata de personas]". */
static void
print_hit(const struct lg_db_hit *h, void *payload)
{
	struct hits *hs = payload;
	size_t lc = strlen(hs->close), lo = strlen(hs->open);
	const char *s;

	hs->n++;
	printf("%s:%u: %s: ", h->path, h->line, h->eid ? h->eid : "-");
	for (s = h->snippet ? h->snippet : ""; *s; s++) {
		if (strncmp(s, hs->close, lc) == 0 && s[lc] == ' ' &&
		    strncmp(s + lc + 1, hs->open, lo) == 0) {
			putchar(' ');
			s += lc + lo;
			continue;
		}
		putchar(*s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s);
	}
	putchar('\n');
}

int
cmd_search(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "limit", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL;
	struct hits hs = { 0 };
	lg_buf q = { 0 };
	lg_diag *diag;
	lg_db *db = NULL;
	long limit = 20;
	char *end;
	int c, rc, i, tty;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:n:", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'n':
			limit = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || limit < 1 || limit > 1000000)
				return cli_usage("search: --limit takes a positive number, not '%s'", optarg);
			break;
		default:
			return cli_usage("search: unknown option");
		}
	}
	if (dbpath == NULL)
		return cli_usage("search: --db FILE is required");
	if (optind >= argc)
		return cli_usage("search: no query given");
	for (i = optind; i < argc; i++) {
		if (i > optind)
			lg_buf_putc(&q, ' ');
		lg_buf_puts(&q, argv[i]);
	}
	tty = isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL;
	hs.open = tty ? "\033[1m" : "[";
	hs.close = tty ? "\033[0m" : "]";
	diag = cli_diag_new();
	rc = LG_EXIT_SYSTEM;
	if (open_store(dbpath, diag, &db) != LG_OK ||
	    lg_db_search(db, q.p, (int)limit, hs.open, hs.close, print_hit, &hs) != LG_OK)
		goto done;
	if (fflush(stdout) != 0) {
		perror("lexgap: <stdout>");
		goto done;
	}
	/* Like grep: 1 when nothing matched, so scripts can test for a hit. */
	rc = hs.n ? LG_EXIT_OK : LG_EXIT_GAPS;
done:
	lg_buf_free(&q);
	lg_db_close(db);
	lg_diag_free(diag);
	return rc;
}
