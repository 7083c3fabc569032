/* waivers.c - the waivers file: parse (all errors in one pass, positioned)
 * and apply to a report. Format, in the words an adviser would use:
 *
 *	# lexgap waivers
 *	TIP-6-3-residence: covered by the Immigration Act 2019, s. 12 (expires 2027-06-30)
 *	TIP-9-1-prevention: covered by the National Action Plan,
 *	    which the Cabinet adopted in 2024.
 *
 * - "ID: justification"; the justification is mandatory (a waiver nobody can
 *   explain is not auditable, semgrep#3153).
 * - "(expires YYYY-MM-DD)" at the end of a line is optional; after that date
 *   the waiver is not applied and a warning says so, so that waivers get
 *   reviewed instead of silently living forever.
 * - A line starting with white space continues the previous justification.
 * - Blank lines and lines starting with # are ignored. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lexgap.h"
#include "util.h"
#include "waivers.h"

#define MAX_WAIVERS_BYTES (1u << 20)

struct waiver {
	char	*id, *expiry;
	lg_buf	 just;
	unsigned line;
};

struct lg_waivers {
	char		*path;
	struct waiver	*w;
	size_t		 n, cap;
};

struct parser {
	lg_waivers	*ws;
	lg_diag		*diag;
	unsigned	 line;
	int		 errors;
	struct waiver	*cur;	/* the entry continuation lines extend */
};

static void error(struct parser *ps, const char *code, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
error(struct parser *ps, const char *code, unsigned col, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lg_diag_emit(ps->diag, LG_LEVEL_ERROR, code, ps->ws->path, ps->line, col, "%s", msg);
	ps->errors++;
}

static int
is_id_char(int c)
{
	return isalnum(c) || c == '-' || c == '_' || c == '.';
}

/* A real calendar date in the form YYYY-MM-DD. */
static int
valid_date(const char *s, size_t n)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d, i;

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}

/* Strip a trailing "(expires YYYY-MM-DD)" from text[0..*n), store it in the
 * current waiver. col0 is the column of text[0] on the line. */
static void
take_expiry(struct parser *ps, const char *text, size_t *n, unsigned col0)
{
	static const char kw[] = "(expires";
	size_t len = *n, open, ds, de;

	if (len == 0 || text[len - 1] != ')')
		return;
	for (open = len; open > 0 && text[open - 1] != '('; open--)
		;
	if (open == 0)
		return;
	open--;
	if (len - open < sizeof(kw) - 1 || strncasecmp(text + open, kw, sizeof(kw) - 1) != 0)
		return;
	ds = open + sizeof(kw) - 1;
	while (ds < len - 1 && (text[ds] == ' ' || text[ds] == '\t'))
		ds++;
	de = len - 1;
	while (de > ds && (text[de - 1] == ' ' || text[de - 1] == '\t'))
		de--;
	if (!valid_date(text + ds, de - ds)) {
		char *d = lg_xstrndup(text + ds, de - ds);

		error(ps, "waiver-date", col0 + (unsigned)ds,
		    "expiry '%s' is not a date of the form YYYY-MM-DD", d);
		free(d);
	} else if (ps->cur->expiry != NULL)
		error(ps, "waiver-date", col0 + (unsigned)open, "%s has two expiry dates", ps->cur->id);
	else
		ps->cur->expiry = lg_xstrndup(text + ds, de - ds);
	while (open > 0 && (text[open - 1] == ' ' || text[open - 1] == '\t'))
		open--;
	*n = open;
}

static void
append_text(struct parser *ps, const char *text, size_t n, unsigned col0)
{
	take_expiry(ps, text, &n, col0);
	if (n == 0)
		return;
	if (ps->cur->just.len > 0)
		lg_buf_putc(&ps->cur->just, ' ');
	lg_buf_put(&ps->cur->just, text, n);
}

static void
parse_line(struct parser *ps, const char *s, size_t n)
{
	size_t i = 0, id_end, t;
	struct waiver *w;
	size_t k;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] == '#')
		return;
	if (i > 0) {	/* continuation */
		if (ps->cur == NULL) {
			error(ps, "waiver-syntax", (unsigned)i + 1,
			    "indented line continues no waiver");
			return;
		}
		append_text(ps, s + i, n - i, (unsigned)i + 1);
		return;
	}
	ps->cur = NULL;
	for (id_end = 0; id_end < n && is_id_char((unsigned char)s[id_end]); id_end++)
		;
	if (id_end == n || s[id_end] != ':' || id_end == 0) {
		error(ps, "waiver-syntax", (unsigned)id_end + 1,
		    "expected 'REQUIREMENT-ID: justification'");
		return;
	}
	t = id_end + 1;
	while (t < n && (s[t] == ' ' || s[t] == '\t'))
		t++;
	for (k = 0; k < ps->ws->n; k++)
		if (strlen(ps->ws->w[k].id) == id_end && strncmp(ps->ws->w[k].id, s, id_end) == 0) {
			char *id = lg_xstrndup(s, id_end);

			lg_diag_emit(ps->diag, LG_LEVEL_ERROR, "waiver-duplicate", ps->ws->path, ps->line, 1,
			    "%s is already waived at line %u", id, ps->ws->w[k].line);
			ps->errors++;
			free(id);
			return;
		}
	ps->ws->w = lg_grow(ps->ws->w, &ps->ws->cap, ps->ws->n + 1, sizeof(*ps->ws->w));
	w = &ps->ws->w[ps->ws->n++];
	memset(w, 0, sizeof(*w));
	w->id = lg_xstrndup(s, id_end);
	w->line = ps->line;
	ps->cur = w;
	append_text(ps, s + t, n - t, (unsigned)t + 1);
}

/* The justification is checked once the entry (with continuations) is whole. */
static void
check_justifications(struct parser *ps)
{
	size_t i;

	for (i = 0; i < ps->ws->n; i++)
		if (ps->ws->w[i].just.len == 0) {
			lg_diag_emit(ps->diag, LG_LEVEL_ERROR, "waiver-justification", ps->ws->path,
			    ps->ws->w[i].line, (unsigned)strlen(ps->ws->w[i].id) + 2,
			    "waiver for %s has no justification: say why the gap is accepted "
			    "(e.g. 'covered by the Code of Criminal Procedure, art. 300')", ps->ws->w[i].id);
			ps->errors++;
		}
}

int
lg_waivers_parse(const char *buf, size_t len, const char *path, lg_diag *diag, lg_waivers **out)
{
	struct parser ps;
	size_t start = 0, i, bad;

	*out = NULL;
	memset(&ps, 0, sizeof(ps));
	ps.ws = lg_xcalloc(1, sizeof(*ps.ws));
	ps.ws->path = lg_xstrdup(path);
	ps.diag = diag;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		start = 3;	/* editors on Windows add a BOM */
	for (i = start; i <= len; i++) {
		if (i < len && buf[i] != '\n')
			continue;
		ps.line++;
		if (!lg_utf8_valid(buf + start, i - start, &bad)) {
			error(&ps, "waiver-encoding", (unsigned)bad + 1, "invalid UTF-8");
			ps.cur = NULL;
		} else if (memchr(buf + start, '\0', i - start) != NULL) {
			error(&ps, "waiver-encoding", 1, "NUL byte in line");
			ps.cur = NULL;
		} else
			parse_line(&ps, buf + start, i - start);
		start = i + 1;
	}
	check_justifications(&ps);
	if (ps.errors) {
		lg_waivers_free(ps.ws);
		return LG_EINVALID;
	}
	*out = ps.ws;
	return LG_OK;
}

int
lg_waivers_load(const char *path, lg_diag *diag, lg_waivers **out)
{
	char *buf;
	size_t len;
	int rc;

	*out = NULL;
	rc = lg_read_file(path, MAX_WAIVERS_BYTES, &buf, &len);
	if (rc != LG_OK) {
		if (rc == LG_ELIMIT)
			lg_diag_emit(diag, LG_LEVEL_ERROR, "waiver-read", path, 0, 0,
			    "waivers file larger than %u bytes", MAX_WAIVERS_BYTES);
		else
			lg_diag_emit(diag, LG_LEVEL_ERROR, "waiver-read", path, 0, 0, "%s",
			    rc == LG_ENOTFOUND ? "no such waivers file" : "cannot read waivers file");
		return rc;
	}
	rc = lg_waivers_parse(buf, len, path, diag, out);
	free(buf);
	return rc;
}

void
lg_waivers_free(lg_waivers *w)
{
	size_t i;

	if (w == NULL)
		return;
	for (i = 0; i < w->n; i++) {
		free(w->w[i].id);
		free(w->w[i].expiry);
		lg_buf_free(&w->w[i].just);
	}
	free(w->w);
	free(w->path);
	free(w);
}

size_t
lg_waivers_count(const lg_waivers *w)
{
	return w ? w->n : 0;
}

static void
apply_doc(const struct waiver *w, struct lg_doc_result *d)
{
	size_t i;

	if (d == NULL || d->failed)
		return;
	for (i = 0; i < d->nreq; i++) {
		struct lg_req_result *q = &d->req[i];

		if (q->id == NULL || strcmp(q->id, w->id) != 0 || q->status == LG_WAIVED)
			continue;
		q->computed = q->status;
		q->status = LG_WAIVED;
		q->waiver = lg_xstrdup(w->just.p);
		q->waiver_expiry = lg_xstrdup(w->expiry);
	}
}

void
lg_waivers_apply_at(const lg_waivers *ws, const lg_pack *p, lg_report *r, lg_diag *diag,
    const char *today)
{
	size_t i, k;

	if (ws == NULL)
		return;
	for (i = 0; i < ws->n; i++) {
		const struct waiver *w = &ws->w[i];

		if (p != NULL && !lg_pack_has_req(p, w->id))
			lg_diag_emit(diag, LG_LEVEL_WARNING, "waiver-unknown", ws->path, w->line, 1,
			    "no requirement %s in rule pack %s", w->id, lg_pack_id(p));
		/* ISO dates compare as strings; the expiry day itself still counts. */
		if (w->expiry && strcmp(w->expiry, today) < 0) {
			lg_diag_emit(diag, LG_LEVEL_WARNING, "waiver-expired", ws->path, w->line, 1,
			    "waiver for %s expired on %s and was not applied", w->id, w->expiry);
			continue;
		}
		for (k = 0; k < r->ndocs; k++)
			apply_doc(w, &r->docs[k]);
		apply_doc(w, r->framework);
	}
}

void
lg_waivers_apply(const lg_waivers *w, const lg_pack *p, lg_report *r, lg_diag *diag)
{
	char today[16];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	lg_waivers_apply_at(w, p, r, diag, today);
}
