/* report_text.c - the terminal report: per document a header, one line per
 * requirement with its explanation, elements and quoted evidence, drafting
 * hints for gaps, and a summary line. ANSI colour only when asked (a tty);
 * without colour the matched words are marked «like this». Law text goes
 * through lg_esc_term so it can never emit escape sequences of its own. */
#include <string.h>

#include "esc.h"
#include "report.h"
#include "report_util.h"

#define C_RESET	"\033[0m"
#define C_BOLD	"\033[1m"
#define C_DIM	"\033[2m"
#define C_HL	"\033[1;4m"

struct tx {
	lg_buf	*b;
	int	 color;
	const char *docpath;	/* document being rendered: evidence elsewhere names its file */
};

static void
sgr(struct tx *t, const char *code)
{
	if (t->color)
		lg_buf_puts(t->b, code);
}

static const char *
status_color(enum lg_status s)
{
	static const char *c[] = { "\033[31m", "\033[33m", "\033[32m", "\033[36m" };

	return c[s];
}

static void
status_word(struct tx *t, enum lg_status s)
{
	static const char *w[] = { "MISSING", "PARTIAL", "MET    ", "WAIVED " };

	sgr(t, status_color(s));
	lg_buf_puts(t->b, w[s]);
	sgr(t, C_RESET);
}

/* A labelled line of law-derived text at an indent, omitted when s is NULL. */
static void
field(struct tx *t, const char *indent, const char *label, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	lg_buf_puts(t->b, indent);
	if (label) {
		sgr(t, C_DIM);
		lg_buf_puts(t->b, label);
		sgr(t, C_RESET);
	}
	lg_esc_term(t->b, s, 0);
	lg_buf_putc(t->b, '\n');
}

static void
evidence(struct tx *t, const struct lg_evidence *e)
{
	size_t s, end;

	lg_buf_puts(t->b, "          ");
	lg_esc_term(t->b, e->path ? e->path : "(document)", 0);
	lg_buf_puts(t->b, " (");
	if (e->eid) {
		lg_esc_term(t->b, e->eid, 0);
		lg_buf_puts(t->b, ", ");
	}
	lg_buf_printf(t->b, "line %u", e->line);
	if (e->doc && (t->docpath == NULL || strcmp(e->doc, t->docpath) != 0)) {
		lg_buf_puts(t->b, ", ");
		lg_esc_term(t->b, e->doc, 0);
	}
	lg_buf_puts(t->b, "): \"");
	lg_esc_span(e->quote, e->hl_start, e->hl_len, &s, &end);
	if (e->quote) {
		lg_esc_term_n(t->b, e->quote, s, 0);
		if (end > s) {
			if (t->color)
				sgr(t, C_HL);
			else
				lg_buf_puts(t->b, "«");
			lg_esc_term_n(t->b, e->quote + s, end - s, 0);
			if (t->color)
				sgr(t, C_RESET);
			else
				lg_buf_puts(t->b, "»");
		}
		lg_esc_term(t->b, e->quote + end, 0);
	}
	lg_buf_puts(t->b, "\"\n");
	field(t, "            ", "via ", e->via);
}

static void
element(struct tx *t, const struct lg_element_result *el)
{
	size_t i;

	lg_buf_puts(t->b, "        ");
	sgr(t, status_color(el->status));
	lg_buf_puts(t->b, el->status == LG_MET ? "+ " : el->status == LG_PARTIAL ? "~ " : "- ");
	sgr(t, C_RESET);
	lg_esc_term(t->b, el->label ? el->label : el->id, 0);
	if (el->label && el->id && strcmp(el->label, el->id) != 0) {
		lg_buf_puts(t->b, " [");
		lg_esc_term(t->b, el->id, 0);
		lg_buf_putc(t->b, ']');
	}
	lg_buf_printf(t->b, ": %s\n", lg_status_name(el->status));
	field(t, "          ", "note: ", el->note);
	for (i = 0; i < el->nev; i++)
		evidence(t, &el->ev[i]);
}

static void
requirement(struct tx *t, const struct lg_req_result *q)
{
	size_t i;

	lg_buf_puts(t->b, "  ");
	status_word(t, q->status);
	lg_buf_puts(t->b, "  ");
	sgr(t, C_BOLD);
	lg_esc_term(t->b, q->id, 0);
	sgr(t, C_RESET);
	if (q->title) {
		lg_buf_puts(t->b, "  ");
		lg_esc_term(t->b, q->title, 0);
	}
	if (q->strength) {
		lg_buf_puts(t->b, "  [");
		lg_esc_term(t->b, q->strength, 0);
		lg_buf_putc(t->b, ']');
	}
	lg_buf_putc(t->b, '\n');
	field(t, "        ", "article: ", q->article);
	if (q->status == LG_WAIVED) {
		lg_buf_printf(t->b, "        waived (computed: %s): ", lg_status_name(q->computed));
		lg_esc_term(t->b, q->waiver ? q->waiver : "", 0);
		if (q->waiver_expiry) {
			lg_buf_puts(t->b, " (expires ");
			lg_esc_term(t->b, q->waiver_expiry, 0);
			lg_buf_putc(t->b, ')');
		}
		lg_buf_putc(t->b, '\n');
	}
	field(t, "        ", NULL, q->explanation);
	if (q->value_text)
		field(t, "        ", "value: ", q->value_text);
	else if (q->has_value)
		lg_buf_printf(t->b, "        value: %g\n", q->value);
	for (i = 0; i < q->nel; i++)
		element(t, &q->el[i]);
	if (lg_req_effective(q) != LG_MET)
		field(t, "        ", "hint: ", q->hint);
	lg_buf_putc(t->b, '\n');
}

static void
document(struct tx *t, const struct lg_doc_result *d, const char *heading)
{
	struct lg_counts c;
	size_t i;

	t->docpath = d->path;
	sgr(t, C_BOLD);
	lg_buf_puts(t->b, heading);
	if (heading[0] == '=')
		lg_esc_term(t->b, d->path ? d->path : "(unnamed)", 0);
	sgr(t, C_RESET);
	lg_buf_putc(t->b, '\n');
	if (d->failed) {
		lg_buf_puts(t->b, "  ");
		sgr(t, status_color(LG_MISSING));
		lg_buf_puts(t->b, "ERROR");
		sgr(t, C_RESET);
		lg_buf_puts(t->b, "  could not be read: ");
		lg_esc_term(t->b, d->error ? d->error : "unknown error", 0);
		lg_buf_puts(t->b, "\n\n");
		return;
	}
	field(t, "  ", "title:      ", d->title);
	if (d->country || d->lang || d->format || d->date) {
		lg_buf_puts(t->b, "  ");
		sgr(t, C_DIM);
		lg_buf_puts(t->b, "country:    ");
		sgr(t, C_RESET);
		lg_esc_term(t->b, d->country ? d->country : "?", 0);
		lg_buf_puts(t->b, "  language: ");
		lg_esc_term(t->b, d->lang ? d->lang : "?", 0);
		lg_buf_puts(t->b, "  format: ");
		lg_esc_term(t->b, d->format ? d->format : "?", 0);
		if (d->date) {
			lg_buf_puts(t->b, "  date: ");
			lg_esc_term(t->b, d->date, 0);
		}
		lg_buf_putc(t->b, '\n');
	}
	lg_buf_printf(t->b, "  provisions: %zu\n", d->nprov);
	lg_buf_printf(t->b, "  GLOTIP:     %s", lg_glotip_name(d->glotip));
	if (d->glotip_reason) {
		lg_buf_puts(t->b, " — ");
		lg_esc_term(t->b, d->glotip_reason, 0);
	}
	lg_buf_puts(t->b, "\n\n");
	if (d->nreq == 0)
		lg_buf_puts(t->b, "  no requirements were checked\n");
	for (i = 0; i < d->nreq; i++)
		requirement(t, &d->req[i]);
	lg_doc_counts(d, &c);
	lg_buf_puts(t->b, "  summary: ");
	for (i = LG_MET + 1; i-- > 0;) {
		sgr(t, status_color((enum lg_status)i));
		lg_buf_printf(t->b, "%zu %s", c.n[i], lg_status_name((enum lg_status)i));
		sgr(t, C_RESET);
		lg_buf_puts(t->b, " / ");
	}
	sgr(t, status_color(LG_WAIVED));
	lg_buf_printf(t->b, "%zu waived", c.n[LG_WAIVED]);
	sgr(t, C_RESET);
	lg_buf_printf(t->b, " (%zu requirements)\n\n", c.total);
}

int
lg_render_text(const lg_report *r, lg_buf *out, int color)
{
	struct tx t = { out, color, NULL };
	size_t i;

	lg_buf_puts(out, "lexgap ");
	lg_esc_term(out, r->version, 0);
	lg_buf_puts(out, " — ");
	lg_esc_term(out, r->pack_title ? r->pack_title : r->pack, 0);
	if (r->pack_version) {
		lg_buf_puts(out, " (");
		lg_esc_term(out, r->pack, 0);
		lg_buf_puts(out, " ");
		lg_esc_term(out, r->pack_version, 0);
		lg_buf_putc(out, ')');
	}
	lg_buf_puts(out, "\n\n");
	for (i = 0; i < r->ndocs; i++)
		document(&t, &r->docs[i], "== ");
	if (r->framework)
		document(&t, r->framework, "## framework: all documents read together");
	return 0;
}
