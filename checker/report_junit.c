/* report_junit.c - JUnit XML for CI test dashboards: one testsuite per
 * document (and one for the framework), one testcase per requirement.
 * Missing and partial requirements are failures (text: explanation and
 * drafting hint); waived ones are skipped with their justification; a
 * document that could not be read is one testcase with an error. */
#include "esc.h"
#include "report.h"
#include "report_util.h"

static void
attr(lg_buf *b, const char *name, const char *v)
{
	lg_buf_printf(b, " %s=\"", name);
	lg_esc_xml(b, v ? v : "", 1);
	lg_buf_putc(b, '"');
}

static void
testcase(lg_buf *b, const char *suite, const struct lg_req_result *q)
{
	lg_buf m = { 0 };

	lg_buf_puts(b, "    <testcase");
	attr(b, "classname", suite);
	attr(b, "name", q->id);
	if (q->status == LG_MET) {
		lg_buf_puts(b, "/>\n");
		return;
	}
	lg_buf_puts(b, ">\n");
	if (q->status == LG_WAIVED) {
		lg_buf_printf(&m, "waived (computed: %s): %s", lg_status_name(q->computed),
		    q->waiver ? q->waiver : "");
		if (q->waiver_expiry)
			lg_buf_printf(&m, " (expires %s)", q->waiver_expiry);
		lg_buf_puts(b, "      <skipped");
		attr(b, "message", m.p);
		lg_buf_puts(b, "/>\n");
	} else {
		lg_buf_printf(&m, "%s: %s", lg_status_name(q->status),
		    q->explanation ? q->explanation : (q->title ? q->title : ""));
		lg_buf_puts(b, "      <failure");
		attr(b, "message", m.p);
		attr(b, "type", lg_status_name(q->status));
		lg_buf_puts(b, ">");
		if (q->title) {
			lg_esc_xml(b, q->title, 0);
			lg_buf_puts(b, "\n");
		}
		if (q->explanation) {
			lg_esc_xml(b, q->explanation, 0);
			lg_buf_puts(b, "\n");
		}
		if (q->hint) {
			lg_buf_puts(b, "Drafting hint: ");
			lg_esc_xml(b, q->hint, 0);
			lg_buf_puts(b, "\n");
		}
		lg_buf_puts(b, "</failure>\n");
	}
	lg_buf_puts(b, "    </testcase>\n");
	lg_buf_free(&m);
}

static void
suite(lg_buf *b, const struct lg_doc_result *d, const char *name)
{
	struct lg_counts c;
	size_t i;

	lg_doc_counts(d, &c);
	lg_buf_puts(b, "  <testsuite");
	attr(b, "name", name);
	if (d->failed) {
		lg_buf_puts(b, " tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n    <testcase");
		attr(b, "classname", name);
		attr(b, "name", "read");
		lg_buf_puts(b, ">\n      <error");
		attr(b, "message", d->error ? d->error : "could not be read");
		attr(b, "type", "input");
		lg_buf_puts(b, "/>\n    </testcase>\n  </testsuite>\n");
		return;
	}
	lg_buf_printf(b, " tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"%zu\">\n",
	    c.total, c.n[LG_MISSING] + c.n[LG_PARTIAL], c.n[LG_WAIVED]);
	lg_buf_puts(b, "    <properties>\n");
	lg_buf_puts(b, "      <property name=\"title\"");
	attr(b, "value", d->title);
	lg_buf_puts(b, "/>\n      <property name=\"country\"");
	attr(b, "value", d->country);
	lg_buf_puts(b, "/>\n      <property name=\"language\"");
	attr(b, "value", d->lang);
	lg_buf_printf(b, "/>\n      <property name=\"glotip\" value=\"%s\"/>\n    </properties>\n",
	    lg_glotip_name(d->glotip));
	for (i = 0; i < d->nreq; i++)
		testcase(b, name, &d->req[i]);
	lg_buf_puts(b, "  </testsuite>\n");
}

int
lg_render_junit(const lg_report *r, lg_buf *out, int color)
{
	struct lg_counts c;
	size_t i, tests = 0, failures = 0, errors = 0, skipped = 0;

	(void)color;
	for (i = 0; i < r->ndocs + (r->framework != NULL); i++) {
		const struct lg_doc_result *d = i < r->ndocs ? &r->docs[i] : r->framework;

		if (d->failed) {
			tests++;
			errors++;
			continue;
		}
		lg_doc_counts(d, &c);
		tests += c.total;
		failures += c.n[LG_MISSING] + c.n[LG_PARTIAL];
		skipped += c.n[LG_WAIVED];
	}
	lg_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
	attr(out, "name", "lexgap");
	lg_buf_printf(out, " tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\">\n",
	    tests, failures, errors, skipped);
	for (i = 0; i < r->ndocs; i++)
		suite(out, &r->docs[i], r->docs[i].path);
	if (r->framework)
		suite(out, r->framework, "(framework)");
	lg_buf_puts(out, "</testsuites>\n");
	return 0;
}
