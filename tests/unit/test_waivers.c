/* test_waivers.c - the waivers file format and applying waivers to a report. */
#include "testutil.h"
#include "fixture.h"
#include "lexgap.h"
#include "waivers.h"

static int
parse(const char *text, struct tu_capture *cap, lg_waivers **out)
{
	lg_diag *d = lg_diag_new(tu_capture_cb, cap);
	int rc = lg_waivers_parse(text, strlen(text), "w.txt", d, out);

	lg_diag_free(d);
	return rc;
}

static void
test_valid_file(void **state)
{
	struct tu_capture cap = { { 0 }, 0 };
	lg_waivers *w;

	(void)state;
	assert_int_equal(parse("\xEF\xBB\xBF# lexgap waivers\n\n"
	    "TIP-6-3-residence: covered by the Immigration Act 2019, s. 12 (expires 2027-06-30)\n"
	    "TIP-9-1-prevention: covered by the National Action Plan,\r\n"
	    "    which the Cabinet adopted in 2024.\n"
	    "   # an indented comment is still a comment\n"
	    "UNTOC-2b-serious:   penalties (art. 5) (EXPIRES 2028-02-29)   \n", &cap, &w), LG_OK);
	assert_int_equal(cap.n, 0);
	assert_int_equal(lg_waivers_count(w), 3);
	lg_waivers_free(w);
	lg_buf_free(&cap.text);
}

static void
test_errors_are_positioned_and_all_reported(void **state)
{
	struct tu_capture cap = { { 0 }, 0 };
	lg_waivers *w = (lg_waivers *)1;

	(void)state;
	assert_int_equal(parse("TIP-3a-act:\n"			/* 1: no justification */
	    "TIP-3a-means covered elsewhere\n"			/* 2: no colon */
	    "  orphan continuation? no: previous line failed\n"	/* 3 */
	    "TIP 3a: x\n"					/* 4: space in id */
	    "TIP-5-attempt: ok (expires 2027-02-30)\n"		/* 5: no such date */
	    "TIP-5-attempt: again\n"				/* 6: duplicate */
	    "TIP-7: bad \xff byte\n"				/* 7: encoding */
	    ": no id\n", &cap, &w), LG_EINVALID);		/* 8 */
	assert_null(w);
	assert_non_null(strstr(cap.text.p, "error waiver-syntax 2: expected 'REQUIREMENT-ID: justification'"));
	assert_non_null(strstr(cap.text.p, "error waiver-syntax 3: indented line continues no waiver"));
	assert_non_null(strstr(cap.text.p, "error waiver-syntax 4:"));
	assert_non_null(strstr(cap.text.p, "error waiver-date 5: expiry '2027-02-30' is not a date"));
	assert_non_null(strstr(cap.text.p, "error waiver-duplicate 6: TIP-5-attempt is already waived at line 5"));
	assert_non_null(strstr(cap.text.p, "error waiver-encoding 7: invalid UTF-8"));
	assert_non_null(strstr(cap.text.p, "error waiver-syntax 8:"));
	assert_non_null(strstr(cap.text.p, "error waiver-justification 1: waiver for TIP-3a-act has no justification"));
	assert_int_equal(cap.n, 8);
	lg_buf_free(&cap.text);
}

/* The CLI prints file:line:col; keep the column of the last diagnostic. */
static void
col_cb(enum lg_level l, const char *c, const char *f, unsigned line, unsigned col,
    const char *m, void *p)
{
	(void)l; (void)c; (void)f; (void)line; (void)m;
	*(unsigned *)p = col;
}

static void
test_columns(void **state)
{
	unsigned col = 0;
	lg_diag *d = lg_diag_new(col_cb, &col);
	lg_waivers *w;

	(void)state;
	assert_int_equal(lg_waivers_parse("TIP-3a-act:  \n", 14, "w", d, &w), LG_EINVALID);
	assert_int_equal(col, 12);	/* just after "TIP-3a-act:" */
	assert_int_equal(lg_waivers_parse("TIP-1: x (expires 2027-13-01)", 29, "w", d, &w), LG_EINVALID);
	assert_int_equal(col, 19);	/* at the date */
	assert_int_equal(lg_waivers_parse("TIP 1: x", 8, "w", d, &w), LG_EINVALID);
	assert_int_equal(col, 4);	/* at the space inside the id */
	lg_diag_free(d);
}

static void
test_apply(void **state)
{
	struct tu_capture cap = { { 0 }, 0 };
	lg_report *r = fx_report();
	lg_diag *d;
	lg_waivers *w;
	struct lg_req_result *organs = &r->docs[0].req[2];

	(void)state;
	assert_int_equal(parse("TIP-3a-purpose-organs: covered by the Organ Transplant Act, s. 4 (expires 2030-01-01)\n"
	    "TIP-3a-act: old waiver (expires 2020-01-01)\n"
	    "XYZ-1: nobody knows this one\n", &cap, &w), LG_OK);
	d = lg_diag_new(tu_capture_cb, &cap);
	/* No pack here (the id check is tested through the CLI with a real pack). */
	lg_waivers_apply_at(w, NULL, r, d, "2026-12-03");
	assert_int_equal(organs->status, LG_WAIVED);
	assert_int_equal(organs->computed, LG_MISSING);
	assert_string_equal(organs->waiver, "covered by the Organ Transplant Act, s. 4");
	assert_string_equal(organs->waiver_expiry, "2030-01-01");
	assert_int_equal(r->framework->req[2].status, LG_WAIVED);
	/* expired: not applied, warned */
	assert_int_equal(r->docs[0].req[0].status, LG_MET);
	assert_null(r->docs[0].req[0].waiver);
	assert_non_null(strstr(cap.text.p, "warning waiver-expired 2: waiver for TIP-3a-act expired on 2020-01-01"));
	/* an already waived requirement keeps its first waiver */
	assert_string_equal(r->docs[0].req[3].waiver, "covered by the Immigration Act 2019, s. 12");
	/* the expiry day itself still counts */
	lg_report_free(r);
	r = fx_report();
	lg_waivers_apply_at(w, NULL, r, d, "2030-01-01");
	assert_int_equal(r->docs[0].req[2].status, LG_WAIVED);
	lg_report_free(r);
	r = fx_report();
	lg_waivers_apply_at(w, NULL, r, d, "2030-01-02");
	assert_int_equal(r->docs[0].req[2].status, LG_MISSING);
	/* and the real clock */
	lg_waivers_apply(w, NULL, r, d);
	lg_report_free(r);
	lg_diag_free(d);
	lg_waivers_free(w);
	lg_buf_free(&cap.text);
}

static void
test_load_missing_file(void **state)
{
	struct tu_capture cap = { { 0 }, 0 };
	lg_diag *d = lg_diag_new(tu_capture_cb, &cap);
	lg_waivers *w;

	(void)state;
	assert_int_not_equal(lg_waivers_load("/nonexistent/waivers", d, &w), LG_OK);
	assert_null(w);
	assert_non_null(strstr(cap.text.p, "error waiver-read"));
	lg_diag_free(d);
	lg_buf_free(&cap.text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_file),
		cmocka_unit_test(test_errors_are_positioned_and_all_reported),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_apply),
		cmocka_unit_test(test_load_missing_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
