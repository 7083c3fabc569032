/* test_doc.c - the provision model: ranges, paths, eIds, offset lookups. */
#include "testutil.h"
#include "doc.h"

static void
test_nesting_and_lookup(void **state)
{
	lg_doc *doc = lg_doc_new("t.xml");
	int a, p1, p2;
	size_t off;

	(void)state;
	a = lg_doc_begin(doc, "article", NULL, "Article 10", "Trafficking", 3);
	lg_doc_text(doc, "Whoever  recruits\n a person", 27, 4);
	p1 = lg_doc_begin(doc, "point", NULL, "(a)", NULL, 5);
	lg_doc_text(doc, "for sexual exploitation;", 24, 5);
	lg_doc_end(doc, p1);
	p2 = lg_doc_begin(doc, "point", NULL, "(b)", NULL, 6);
	lg_doc_text(doc, "for forced labour.", 18, 6);
	lg_doc_end(doc, p2);
	lg_doc_end(doc, a);
	lg_doc_finish(doc);

	assert_int_equal(doc->nprov, 3);
	assert_string_equal(doc->prov[a].eid, "art_10");
	assert_string_equal(doc->prov[p1].eid, "art_10__point_a");
	assert_string_equal(doc->prov[p2].path, "Article 10 › (b)");
	/* whitespace collapsed, heading on its own line */
	assert_non_null(strstr(doc->text, "Article 10 Trafficking\nWhoever recruits a person"));
	off = (size_t)(strstr(doc->text, "forced") - doc->text);
	assert_int_equal(lg_doc_prov_at(doc, off), p2);
	assert_int_equal(lg_doc_line_at(doc, off), 6);
	assert_int_equal(lg_doc_article_of(doc, p2), a);
	off = (size_t)(strstr(doc->text, "recruits") - doc->text);
	assert_int_equal(lg_doc_prov_at(doc, off), a);
	assert_int_equal(lg_doc_line_at(doc, off), 4);
	assert_true(doc->prov[a].end >= doc->prov[p2].end);
	lg_doc_free(doc);
}

static void
test_generated_eids_are_unique_per_sibling(void **state)
{
	lg_doc *doc = lg_doc_new("t.txt");
	int a, b;

	(void)state;
	a = lg_doc_begin(doc, "paragraph", NULL, NULL, NULL, 1);
	lg_doc_text(doc, "one", 3, 1);
	lg_doc_end(doc, a);
	b = lg_doc_begin(doc, "paragraph", NULL, NULL, NULL, 2);
	lg_doc_text(doc, "two", 3, 2);
	lg_doc_end(doc, b);
	assert_string_not_equal(doc->prov[a].eid, doc->prov[b].eid);
	lg_doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nesting_and_lookup),
		cmocka_unit_test(test_generated_eids_are_unique_per_sibling),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
