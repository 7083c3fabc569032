/* test_report.c - escaping helpers and every renderer over a hand-built report
 * full of hostile text: <script>, spreadsheet formulas, control characters,
 * quotes, invalid UTF-8, a waived requirement, a failed document, a framework. */
#include "testutil.h"
#include "esc.h"
#include "fixture.h"
#include "report.h"

static char *
render(const char *format, const lg_report *r, int color)
{
	lg_render_fn fn = lg_render_lookup(format);
	lg_buf b = { 0 };

	assert_non_null(fn);
	assert_int_equal(fn(r, &b, color), 0);
	assert_non_null(b.p);
	/* Whatever the input, every format is valid UTF-8 without raw ESC/NUL. */
	assert_true(lg_utf8_valid(b.p, b.len, NULL));
	assert_int_equal(strlen(b.p), b.len);
	return lg_buf_detach(&b);
}

static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

/* Balanced brackets outside strings, no raw control characters inside them. */
static int
json_plausible(const char *s)
{
	char stack[64];
	int depth = 0, in_str = 0;

	for (; *s; s++) {
		if (in_str) {
			if ((unsigned char)*s < 0x20)
				return 0;
			if (*s == '\\')
				s++;
			else if (*s == '"')
				in_str = 0;
			continue;
		}
		if (*s == '"')
			in_str = 1;
		else if (*s == '{' || *s == '[') {
			if (depth == 64)
				return 0;
			stack[depth++] = *s;
		} else if (*s == '}' || *s == ']') {
			if (depth == 0 || stack[--depth] != (*s == '}' ? '{' : '['))
				return 0;
		}
	}
	return depth == 0 && !in_str;
}

static char *
esc_with(void (*fn)(lg_buf *, const char *), const char *s)
{
	lg_buf b = { 0 };

	fn(&b, s);
	return b.p ? lg_buf_detach(&b) : lg_xstrdup("");
}

static void esc_xml_text(lg_buf *b, const char *s) { lg_esc_xml(b, s, 0); }
static void esc_xml_attr(lg_buf *b, const char *s) { lg_esc_xml(b, s, 1); }
static void esc_term(lg_buf *b, const char *s) { lg_esc_term(b, s, 0); }

static void
check_esc(void (*fn)(lg_buf *, const char *), const char *in, const char *want)
{
	char *got = esc_with(fn, in);

	assert_string_equal(got, want);
	free(got);
}

static void
test_escaping(void **state)
{
	(void)state;
	check_esc(lg_esc_json, "a\"b\\c\n\x01\x1f\x7f", "\"a\\\"b\\\\c\\n\\u0001\\u001f\\u007f\"");
	check_esc(lg_esc_json, "bad\xff", "\"bad\xEF\xBF\xBD\"");
	check_esc(lg_esc_json, "\xe2\x80\xa8", "\"\\u2028\"");
	check_esc(lg_esc_json, NULL, "null");
	check_esc(esc_xml_text, "<script>&\"'\x01", "&lt;script&gt;&amp;\"'\xEF\xBF\xBD");
	check_esc(esc_xml_attr, "a\"b'\nc<", "a&quot;b&#39;&#10;c&lt;");
	check_esc(lg_esc_csv, "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0");
	check_esc(lg_esc_csv, "+1", "'+1");
	check_esc(lg_esc_csv, "-1", "'-1");
	check_esc(lg_esc_csv, "@SUM(A1)", "'@SUM(A1)");
	check_esc(lg_esc_csv, "\tx", "'\tx");
	check_esc(lg_esc_csv, "=1,2", "\"'=1,2\"");
	check_esc(lg_esc_csv, "say \"hi\"", "\"say \"\"hi\"\"\"");
	check_esc(lg_esc_csv, "a\nb", "\"a\nb\"");
	check_esc(lg_esc_csv, "plain", "plain");
	check_esc(lg_esc_csv, "nul\x01", "nul ");
	check_esc(lg_esc_md, "a|b *c* _d_ `e` <f> [g](h) ~~s~~ \\ &", "a\\|b \\*c\\* \\_d\\_ \\`e\\` &lt;f&gt; \\[g\\](h) \\~\\~s\\~\\~ \\\\ &amp;");
	check_esc(lg_esc_md, "line\nbreak", "line break");
	check_esc(esc_term, "red \x1b[31m!\x9b", "red \xEF\xBF\xBD[31m!\xEF\xBF\xBD");
	check_esc(lg_esc_uri, "a b/<c>é", "a%20b/%3Cc%3E%C3%A9");
}

/* Random hostile strings through every escaper: the invariants of esc.h hold. */
static void
test_escaping_random(void **state)
{
	static const char alphabet[] = "<>&\"'|=+-@\t\r\n\x1b\x01\x7f\\`*_[]~a b\xc3\xa9\xe2\x80\xa8\xff\x80\xc3";
	unsigned seed = 12345;
	char in[80];
	int it;
	size_t i, n;

	(void)state;
	for (it = 0; it < 3000; it++) {
		lg_buf b = { 0 };

		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % 64;
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			in[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		in[n] = '\0';

		lg_esc_json(&b, in);
		assert_true(lg_utf8_valid(b.p, b.len, NULL));
		for (i = 0; i < b.len; i++)
			assert_true((unsigned char)b.p[i] >= 0x20);
		lg_buf_truncate(&b, 0);

		lg_esc_xml(&b, in, 1);
		assert_true(lg_utf8_valid(b.p ? b.p : "", b.len, NULL));
		for (i = 0; i < b.len; i++) {
			assert_true((unsigned char)b.p[i] >= 0x20);
			assert_true(strchr("<>\"'", b.p[i]) == NULL);
		}
		lg_buf_truncate(&b, 0);

		lg_esc_csv(&b, in);
		assert_true(lg_utf8_valid(b.p ? b.p : "", b.len, NULL));
		if (n > 0 && strchr("=+-@\t\r", in[0]))
			assert_true(b.p[0] == '\'' || (b.p[0] == '"' && b.p[1] == '\''));
		lg_buf_truncate(&b, 0);

		lg_esc_md(&b, in);
		assert_true(lg_utf8_valid(b.p ? b.p : "", b.len, NULL));
		for (i = 0; i < b.len; i++) {
			assert_true((unsigned char)b.p[i] >= 0x20 && b.p[i] != '<' && b.p[i] != 0x7f);
			if (b.p[i] == '|' || b.p[i] == '*' || b.p[i] == '`')
				assert_true(i > 0 && b.p[i - 1] == '\\');
			if (b.p[i] == '\\')	/* an escape pair: skip the escaped char */
				i++;
		}
		lg_buf_truncate(&b, 0);

		lg_esc_term(&b, in, 0);
		assert_true(lg_utf8_valid(b.p ? b.p : "", b.len, NULL));
		for (i = 0; i < b.len; i++)
			assert_true((unsigned char)b.p[i] >= 0x20 && b.p[i] != 0x7f);
		lg_buf_free(&b);
	}
}

static void
test_span_and_clean(void **state)
{
	size_t s, e, hs, hl;
	char *c;

	(void)state;
	lg_esc_span("abc", 1, 99, &s, &e);
	assert_int_equal(s, 1);
	assert_int_equal(e, 3);
	lg_esc_span("abc", 9, 1, &s, &e);
	assert_int_equal(s, 3);
	assert_int_equal(e, 3);
	/* "é" is two bytes: a span starting in its middle widens to the whole. */
	lg_esc_span("xéy", 2, 1, &s, &e);
	assert_int_equal(s, 1);
	assert_int_equal(e, 3);
	hs = 4;
	hl = 2;
	c = lg_utf8_clean("\xff\xfe" "abcd", &hs, &hl);
	assert_string_equal(c, "\xEF\xBF\xBD\xEF\xBF\xBD" "abcd");
	assert_int_equal(hs, 8);
	assert_int_equal(hl, 2);
	assert_memory_equal(c + hs, "cd", 2);
	free(c);
}

static void
test_json(void **state)
{
	lg_report *r = fx_report();
	char *s = render("json", r, 0);

	(void)state;
	assert_true(json_plausible(s));
	assert_non_null(strstr(s, "\"tool\": \"lexgap\""));
	assert_non_null(strstr(s, "\"schema_version\": 1"));
	assert_non_null(strstr(s, "\"pack\": \"tip-protocol\""));
	assert_non_null(strstr(s, "\"glotip\": \"partial\""));
	assert_non_null(strstr(s, "\"glotip\": null"));
	assert_non_null(strstr(s, "\"error\": \"line 3: <oops> \\\"unclosed\\\"\""));
	assert_non_null(strstr(s, "\"framework\": {"));
	assert_non_null(strstr(s, "\"status\": \"waived\""));
	assert_non_null(strstr(s, "\"computed\": \"missing\""));
	assert_non_null(strstr(s, "\"justification\": \"covered by the Immigration Act 2019, s. 12\""));
	assert_non_null(strstr(s, "\"expiry\": \"2027-06-30\""));
	assert_non_null(strstr(s, "\"value\": 3,"));
	assert_non_null(strstr(s, "\"eId\": \"art_3__para_1\""));
	assert_non_null(strstr(s, "\"line\": 12"));
	assert_non_null(strstr(s, "\"start\": 8"));
	assert_non_null(strstr(s, "\"text\": \"recruits\""));
	assert_non_null(strstr(s, "maximum\\tpenalty \\u001b[31m3 years\\u0001 < 4"));
	assert_non_null(strstr(s, "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"));
	/* The quote with an invalid byte before the match: offsets follow the
	 * cleaned quote, so quote[start..start+length) is still the match. */
	assert_non_null(strstr(s, "\"text\": \"three years\""));
	assert_int_equal(count(s, "\"requirements\": ["), 3);
	free(s);
	lg_report_free(r);
}

static void
test_html(void **state)
{
	lg_report *r = fx_report();
	char *s = render("html", r, 0);

	(void)state;
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "<oops"));
	assert_null(strchr(s, '\x1b'));
	assert_non_null(strstr(s, "&lt;script&gt;alert('x')&lt;/script&gt;"));
	assert_non_null(strstr(s, "<table class=\"matrix\" id=\"matrix\">"));
	assert_non_null(strstr(s, "<mark>recruits</mark>"));
	assert_non_null(strstr(s, "<mark>three years</mark>"));
	assert_non_null(strstr(s, "Drafting hint:</strong> Criminalise every act; \"model\" &lt;wording&gt;."));
	assert_non_null(strstr(s, "@media print"));
	assert_non_null(strstr(s, "Content-Security-Policy"));
	assert_non_null(strstr(s, "<th><a href=\"#framework\">Framework</a></th>"));
	assert_non_null(strstr(s, "covered by the Immigration Act 2019"));
	assert_non_null(strstr(s, "could not be read: line 3: &lt;oops&gt;"));
	assert_null(strstr(s, "http://"));
	free(s);
	lg_report_free(r);
}

/* Records and fields of an RFC 4180 text; every record must have ncol fields. */
static int
csv_shape(const char *s, size_t *nrec, size_t ncol)
{
	size_t fields = 1;
	int q = 0;

	*nrec = 0;
	for (; *s; s++) {
		if (q) {
			if (*s == '"' && s[1] == '"')
				s++;
			else if (*s == '"')
				q = 0;
		} else if (*s == '"')
			q = 1;
		else if (*s == ',')
			fields++;
		else if (*s == '\r' && s[1] == '\n') {
			if (fields != ncol)
				return 0;
			(*nrec)++;
			fields = 1;
			s++;
		}
	}
	return !q;
}

static void
test_csv(void **state)
{
	lg_report *r = fx_report();
	char *s;
	size_t nrec;

	(void)state;
	free(r->docs[0].req[2].explanation);
	r->docs[0].req[2].explanation = lg_xstrdup("=cmd|' /C calc'!A0");
	free(r->docs[0].req[0].title);
	r->docs[0].req[0].title = lg_xstrdup("@SUM(1+1)*cmd|' /C calc'!A0");
	s = render("csv", r, 0);
	assert_true(csv_shape(s, &nrec, 18));
	assert_int_equal(nrec, 1 + 4 + 1 + 4);	/* header, doc, failed doc, framework */
	assert_true(strncmp(s, "document,country,language,requirement,", 38) == 0);
	assert_non_null(strstr(s, ",'=cmd|' /C calc'!A0,"));
	assert_non_null(strstr(s, ",'@SUM(1+1)*cmd|' /C calc'!A0,"));
	assert_null(strstr(s, ",=cmd"));
	assert_null(strstr(s, ",@SUM"));
	assert_non_null(strstr(s, "missing.xml,,,,,,,error,"));
	assert_non_null(strstr(s, ",waived,missing,"));
	assert_non_null(strstr(s, "recruitment;harbouring"));
	assert_non_null(strstr(s, "art_3__para_1 (Art. 3 › 1, line 12)"));
	assert_null(strchr(s, '\x1b'));
	assert_null(strchr(s, '\x01'));
	free(s);
	lg_report_free(r);
}

static void
test_sarif(void **state)
{
	lg_report *r = fx_report();
	char *s = render("sarif", r, 0);

	(void)state;
	assert_true(json_plausible(s));
	assert_non_null(strstr(s, "\"version\": \"2.1.0\""));
	assert_non_null(strstr(s, "\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\""));
	/* 4 distinct requirements as rules; 3 non-met results per doc and framework */
	assert_int_equal(count(s, "\"shortDescription\""), 4);
	assert_int_equal(count(s, "\"ruleId\""), 6);
	assert_int_equal(count(s, "\"level\": \"warning\""), 2);
	/* 2 missing + 2 waived-missing results, 1 notification for the failed doc */
	assert_int_equal(count(s, "\"level\": \"error\""), 5);
	assert_int_equal(count(s, "\"suppressions\""), 2);
	assert_non_null(strstr(s, "\"kind\": \"external\""));
	assert_non_null(strstr(s, "\"justification\": \"covered by the Immigration Act 2019, s. 12\""));
	assert_non_null(strstr(s, "\"uri\": \"corpus/a%20%3Cb%3E.xml\""));
	assert_non_null(strstr(s, "\"fullyQualifiedName\": \"art_10\""));
	assert_non_null(strstr(s, "\"executionSuccessful\": false"));
	assert_non_null(strstr(s, "\"help\": {"));
	assert_non_null(strstr(s, "\"strength\": \"M\""));
	free(s);
	lg_report_free(r);
}

static void
test_junit(void **state)
{
	lg_report *r = fx_report();
	char *s = render("junit", r, 0);

	(void)state;
	assert_true(strncmp(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 50) == 0);
	assert_non_null(strstr(s, "tests=\"9\" failures=\"4\" errors=\"1\" skipped=\"2\""));
	assert_non_null(strstr(s, "<testsuite name=\"corpus/a &lt;b&gt;.xml\" tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"1\">"));
	assert_non_null(strstr(s, "<skipped message=\"waived (computed: missing): covered by"));
	assert_non_null(strstr(s, "<failure message=\"missing: missing: no removal of organs\" type=\"missing\">"));
	assert_non_null(strstr(s, "<error message=\"line 3: &lt;oops&gt; &quot;unclosed&quot;\" type=\"input\"/>"));
	assert_non_null(strstr(s, "<testsuite name=\"(framework)\""));
	assert_non_null(strstr(s, "&lt;wording&gt;"));
	assert_null(strstr(s, "<script"));
	assert_null(strchr(s, '\x1b'));
	free(s);
	lg_report_free(r);
}

static void
test_markdown(void **state)
{
	lg_report *r = fx_report();
	char *s = render("md", r, 0);

	(void)state;
	assert_non_null(strstr(s, "| Requirement | Strength | corpus/a &lt;b&gt;.xml | missing.xml | Framework |"));
	assert_non_null(strstr(s, "| TIP-3a-act | M | met | error | met |"));
	assert_non_null(strstr(s, "**recruits**"));
	assert_non_null(strstr(s, "&lt;script&gt;"));
	assert_non_null(strstr(s, "=cmd\\|' /C calc'!A0 **harbours**"));
	assert_non_null(strstr(s, "> **Drafting hint:**"));
	assert_non_null(strstr(s, "**Waived** (computed: missing)"));
	assert_non_null(strstr(s, "## Framework: all documents read together"));
	assert_null(strstr(s, "<script"));
	assert_null(strchr(s, '\x1b'));
	free(s);
	lg_report_free(r);
}

static void
test_text(void **state)
{
	lg_report *r = fx_report();
	char *plain = render("text", r, 0), *color = render("text", r, 1);

	(void)state;
	assert_null(strchr(plain, '\x1b'));
	assert_non_null(strstr(plain, "MET      TIP-3a-act  Acts  [M]"));
	assert_non_null(strstr(plain, "«recruits»"));
	/* evidence in the document itself does not repeat its path */
	assert_non_null(strstr(plain, "Art. 3 › 1 (art_3__para_1, line 12): \"Whoever «recruits» <script>"));
	assert_non_null(strstr(plain, "waived (computed: missing): covered by the Immigration Act 2019, s. 12 (expires 2027-06-30)"));
	assert_non_null(strstr(plain, "hint: Criminalise every act"));
	assert_non_null(strstr(plain, "value: 3 years (Art. 10)"));
	assert_non_null(strstr(plain, "ERROR  could not be read: line 3: <oops>"));
	assert_non_null(strstr(plain, "summary: 1 met / 1 partial / 1 missing / 1 waived (4 requirements)"));
	assert_non_null(strstr(plain, "## framework: all documents read together"));
	assert_non_null(strstr(plain, "GLOTIP:     partial — sexual exploitation only"));
	/* Colour: the match is highlighted; law text never carries its own ESC. */
	assert_non_null(strstr(color, "\033[1;4mrecruits\033[0m"));
	assert_null(strstr(color, "\x1b[31m3 years"));
	assert_null(strstr(color, "«"));
	free(plain);
	free(color);
	lg_report_free(r);
}

/* With LEXGAP_TEST_DUMP=DIR, write the fixture in every format to DIR so that
 * tests/golden/run.sh can check it with real parsers (python3 json, xmllint,
 * the SARIF checker). */
static void
test_dump_for_external_validation(void **state)
{
	static const char *fmts[] = { "text", "json", "md", "html", "csv", "sarif", "junit" };
	const char *dir = getenv("LEXGAP_TEST_DUMP");
	lg_report *r;
	size_t i;

	(void)state;
	if (dir == NULL)
		skip();
	r = fx_report();
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		char path[512], *s = render(fmts[i], r, 0);
		FILE *f;

		snprintf(path, sizeof(path), "%s/fixture.%s", dir, fmts[i]);
		assert_non_null(f = fopen(path, "wb"));
		fputs(s, f);
		assert_int_equal(fclose(f), 0);
		free(s);
	}
	lg_report_free(r);
}

static void
test_every_format_handles_empty_report(void **state)
{
	static const char *fmts[] = { "text", "json", "md", "html", "csv", "sarif", "junit" };
	lg_report *r = lg_report_new("p", NULL, NULL);
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++)
		free(render(fmts[i], r, 0));
	assert_null(lg_render_lookup("pdf"));
	assert_string_equal(lg_render_formats(), "text|json|md|html|csv|sarif|junit");
	lg_report_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_escaping_random),
		cmocka_unit_test(test_span_and_clean),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_sarif),
		cmocka_unit_test(test_junit),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_every_format_handles_empty_report),
		cmocka_unit_test(test_dump_for_external_validation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
