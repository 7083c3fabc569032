/* test_diff.c - diff of two hand-built document results (two drafts). */
#include "testutil.h"
#include "diff.h"
#include "fixture.h"

/* Draft 1: means partial (force only), organs missing, penalty 3 years. */
static void
draft1(struct lg_doc_result *d)
{
	struct lg_req_result *q;
	struct lg_element_result *el;

	memset(d, 0, sizeof(*d));
	fx_doc_meta(d, "draft1.xml", "Draft 1");
	q = fx_req(d, "TIP-3a-act", "Acts", LG_MET);
	el = fx_element(q, "recruitment", "recruitment", LG_MET);
	fx_evidence(el, "draft1.xml", "art_3", "Art. 3", 10, "recruits", "recruits");
	q = fx_req(d, "TIP-3a-means", "Means", LG_PARTIAL);
	el = fx_element(q, "force", "force", LG_MET);
	fx_evidence(el, "draft1.xml", "art_4", "Art. 4", 20, "by force", "force");
	fx_element(q, "vulnerability", "abuse of a position of vulnerability", LG_MISSING);
	q = fx_req(d, "TIP-3a-purpose-organs", "Organs", LG_MISSING);
	fx_element(q, "organs", "removal of organs", LG_MISSING);
	q = fx_req(d, "UNTOC-2b-serious", "Serious crime", LG_MISSING);
	q->has_value = 1;
	q->value = 3;
	q = fx_req(d, "TIP-6-3-assistance", "Assistance", LG_MET);
	el = fx_element(q, "assistance", "assistance", LG_MET);
	fx_evidence(el, "draft1.xml", "art_20", "Art. 20", 80, "shall assist", "assist");
}

/* Draft 2: vulnerability added in art. 4(2) (means met), penalty 10 years
 * (serious met), assistance article deleted (worse), organs still missing. */
static void
draft2(struct lg_doc_result *d)
{
	struct lg_req_result *q;
	struct lg_element_result *el;

	memset(d, 0, sizeof(*d));
	fx_doc_meta(d, "draft2.xml", "Draft 2");
	q = fx_req(d, "TIP-3a-act", "Acts", LG_MET);
	el = fx_element(q, "recruitment", "recruitment", LG_MET);
	fx_evidence(el, "draft2.xml", "art_3", "Art. 3", 11, "recruits", "recruits");
	q = fx_req(d, "TIP-3a-means", "Means", LG_MET);
	el = fx_element(q, "force", "force", LG_MET);
	fx_evidence(el, "draft2.xml", "art_4", "Art. 4", 21, "by force", "force");
	el = fx_element(q, "vulnerability", "abuse of a position of vulnerability", LG_MET);
	fx_evidence(el, "draft2.xml", "art_4__para_2", "Art. 4 › 2", 23, "vulnerability", "vulnerability");
	q = fx_req(d, "TIP-3a-purpose-organs", "Organs", LG_MISSING);
	fx_element(q, "organs", "removal of organs", LG_MISSING);
	q = fx_req(d, "UNTOC-2b-serious", "Serious crime", LG_MET);
	q->has_value = 1;
	q->value = 10;
	q = fx_req(d, "TIP-6-3-assistance", "Assistance", LG_MISSING);
	fx_element(q, "assistance", "assistance", LG_MISSING);
}

static const struct lg_change *
find(const struct lg_diff *d, const char *req, const char *el)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (strcmp(d->c[i].req_id, req) == 0 &&
		    ((el == NULL && d->c[i].elem_id == NULL) ||
		    (el && d->c[i].elem_id && strcmp(d->c[i].elem_id, el) == 0)))
			return &d->c[i];
	return NULL;
}

static void
test_drafts(void **state)
{
	struct lg_doc_result a, b;
	struct lg_diff d;
	const struct lg_change *c;

	(void)state;
	draft1(&a);
	draft2(&b);
	memset(&d, 0, sizeof(d));
	lg_diff_docs(&a, &b, &d);

	/* unchanged requirements (acts: same eId, other line; organs) are not listed */
	assert_null(find(&d, "TIP-3a-act", NULL));
	assert_null(find(&d, "TIP-3a-purpose-organs", NULL));

	assert_non_null(c = find(&d, "TIP-3a-means", NULL));
	assert_int_equal(c->dir, LG_CHG_BETTER);
	assert_int_equal(c->from, LG_PARTIAL);
	assert_int_equal(c->to, LG_MET);
	assert_int_equal(c->nappeared, 1);
	assert_string_equal(c->appeared[0].eid, "art_4__para_2");
	assert_int_equal(c->ngone, 0);
	assert_non_null(c = find(&d, "TIP-3a-means", "vulnerability"));
	assert_int_equal(c->dir, LG_CHG_BETTER);
	assert_int_equal(c->nappeared, 1);
	assert_string_equal(c->appeared[0].path, "Art. 4 › 2");
	assert_null(find(&d, "TIP-3a-means", "force"));

	assert_non_null(c = find(&d, "UNTOC-2b-serious", NULL));
	assert_int_equal(c->dir, LG_CHG_BETTER);
	assert_true(c->value_changed);
	assert_true(c->from_value == 3 && c->to_value == 10);

	assert_non_null(c = find(&d, "TIP-6-3-assistance", NULL));
	assert_int_equal(c->dir, LG_CHG_WORSE);
	assert_int_equal(c->ngone, 1);
	assert_string_equal(c->gone[0].eid, "art_20");
	assert_non_null(c = find(&d, "TIP-6-3-assistance", "assistance"));
	assert_int_equal(c->dir, LG_CHG_WORSE);

	assert_int_equal(d.better, 2);
	assert_int_equal(d.worse, 1);
	assert_true(lg_diff_worse(&d));
	assert_string_equal(lg_change_dir_name(LG_CHG_WORSE), "worsened");
	lg_diff_free(&d);

	/* Reverse direction: the mirror image. */
	lg_diff_docs(&b, &a, &d);
	assert_int_equal(d.better, 1);
	assert_int_equal(d.worse, 2);
	assert_non_null(c = find(&d, "TIP-3a-means", NULL));
	assert_int_equal(c->ngone, 1);
	lg_diff_free(&d);

	/* Identical: nothing, nothing worse. */
	lg_diff_docs(&a, &a, &d);
	assert_int_equal(d.n, 0);
	assert_false(lg_diff_worse(&d));
	lg_diff_free(&d);
	lg_doc_result_clear(&a);
	lg_doc_result_clear(&b);
}

static void
test_waived_compares_by_computed_and_pack_changes(void **state)
{
	struct lg_doc_result a, b;
	struct lg_diff d;
	const struct lg_change *c;
	struct lg_req_result *q;

	(void)state;
	draft1(&a);
	draft1(&b);
	/* Waiving organs in the new run is not an improvement of the law. */
	q = &b.req[2];
	q->status = LG_WAIVED;
	q->computed = LG_MISSING;
	/* An element got worse while its requirement stays partial: still worse. */
	b.req[1].el[0].status = LG_PARTIAL;
	/* A requirement only the new pack has, and one only the old had. */
	fx_req(&b, "TIP-NEW", "New", LG_MET);
	fx_req(&a, "TIP-OLD", "Old", LG_MISSING);
	memset(&d, 0, sizeof(d));
	lg_diff_docs(&a, &b, &d);
	assert_null(find(&d, "TIP-3a-purpose-organs", NULL));
	assert_non_null(c = find(&d, "TIP-3a-means", "force"));
	assert_int_equal(c->dir, LG_CHG_WORSE);
	assert_non_null(c = find(&d, "TIP-3a-means", NULL));
	assert_int_equal(c->dir, LG_CHG_SAME);
	assert_true(lg_diff_worse(&d));
	assert_int_equal(d.worse, 0);
	assert_non_null(c = find(&d, "TIP-NEW", NULL));
	assert_false(c->in_old);
	assert_non_null(c = find(&d, "TIP-OLD", NULL));
	assert_false(c->in_new);
	lg_diff_free(&d);
	/* NULL sides are allowed (a document with no result at all). */
	lg_diff_docs(NULL, &a, &d);
	assert_int_equal(d.n, a.nreq);
	lg_diff_free(&d);
	lg_doc_result_clear(&a);
	lg_doc_result_clear(&b);
}

static void
test_render(void **state)
{
	struct lg_doc_result a, b;
	struct lg_diff d;
	lg_buf t = { 0 }, j = { 0 };

	(void)state;
	draft1(&a);
	draft2(&b);
	/* hostile label: terminal escape and quotes */
	free(b.req[1].el[1].label);
	b.req[1].el[1].label = lg_xstrdup("vulnerability \x1b[2J \"q\"");
	memset(&d, 0, sizeof(d));
	lg_diff_docs(&a, &b, &d);
	lg_diff_render_text(&t, "draft1.xml", "draft2.xml", &d);
	assert_null(strchr(t.p, '\x1b'));
	assert_non_null(strstr(t.p, "IMPROVED  TIP-3a-means  Means: partial -> met\n"));
	assert_non_null(strstr(t.p, "      + vulnerability \xEF\xBF\xBD[2J \"q\" [vulnerability]: missing -> met\n"
	    "          evidence new:  art_4__para_2 (Art. 4 › 2, line 23)\n"));
	assert_non_null(strstr(t.p, "IMPROVED  UNTOC-2b-serious  Serious crime: missing -> met\n    value 3 -> 10\n"));
	assert_non_null(strstr(t.p, "WORSENED  TIP-6-3-assistance  Assistance: met -> missing\n"));
	assert_non_null(strstr(t.p, "evidence gone: art_20 (Art. 20, line 80)"));
	/* the requirement line does not repeat what its element line shows */
	assert_int_equal(strstr(strstr(t.p, "art_4__para_2") + 1, "art_4__para_2") == NULL, 1);
	assert_non_null(strstr(t.p, "summary: 2 requirement(s) improved, 1 worsened"));
	lg_diff_render_json(&j, "tip-protocol", "draft1.xml", "draft2.xml", &d);
	assert_non_null(strstr(j.p, "\"worse\": true"));
	assert_non_null(strstr(j.p, "\"change\": \"worsened\""));
	assert_non_null(strstr(j.p, "\"value_from\": 3"));
	assert_non_null(strstr(j.p, "\"label\": \"vulnerability \\u001b[2J \\\"q\\\"\""));
	assert_true(lg_utf8_valid(j.p, j.len, NULL));
	lg_buf_free(&t);
	lg_buf_free(&j);
	lg_diff_free(&d);
	/* no change */
	lg_diff_docs(&a, &a, &d);
	lg_diff_render_text(&t, "a", "a", &d);
	assert_non_null(strstr(t.p, "no change in any requirement"));
	lg_buf_free(&t);
	lg_diff_free(&d);
	lg_doc_result_clear(&a);
	lg_doc_result_clear(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_drafts),
		cmocka_unit_test(test_waived_compares_by_computed_and_pack_changes),
		cmocka_unit_test(test_render),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
