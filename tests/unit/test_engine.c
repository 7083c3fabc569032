/* test_engine.c - the pack loader and the engine, on tests/data/mini-pack. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "doc.h"
#include "engine.h"
#include "lexgap.h"
#include "report.h"

#define MINI "tests/data/mini-pack"

static lg_pack *
mini(void)
{
	lg_diag *d = lg_diag_new(NULL, NULL);
	lg_pack *p = NULL;

	assert_int_equal(lg_pack_load(MINI, d, &p), LG_OK);
	lg_diag_free(d);
	return p;
}

/* A document from "num|text" pairs, one article each. */
static lg_doc *
doc_of(const char *path, const char *lang, const char *const *arts, size_t n)
{
	lg_doc *d = lg_doc_new(path);
	size_t i;

	lg_doc_set(d, &d->lang, lang);
	for (i = 0; i < n; i++) {
		int a = lg_doc_begin(d, "article", NULL, arts[2 * i], NULL, (unsigned)(10 * (i + 1)));

		lg_doc_text(d, arts[2 * i + 1], strlen(arts[2 * i + 1]), (unsigned)(10 * (i + 1)));
		lg_doc_end(d, a);
	}
	lg_doc_finish(d);
	return d;
}

static const struct lg_req_result *
req(const struct lg_doc_result *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->nreq; i++)
		if (strcmp(r->req[i].id, id) == 0)
			return &r->req[i];
	fail_msg("no result for %s", id);
	return NULL;
}

static void
test_definition_feeds_offence(void **state)
{
	static const char *const arts[] = {
		"Article 1", "Trafficking in persons means the recruitment, transportation or harbouring of persons for exploitation.",
		"Article 2", "Whoever commits trafficking in persons shall be liable to imprisonment for a term not exceeding twelve years.",
		"Article 3", "Victims shall be entitled to compensation from the offender.",
	};
	lg_pack *p = mini();
	lg_doc *d = doc_of("law.txt", "en", arts, 3);
	struct lg_doc_result r;
	const struct lg_req_result *q;

	(void)state;
	memset(&r, 0, sizeof(r));
	assert_int_equal(lg_check_doc(p, d, NULL, &r), LG_OK);
	q = req(&r, "MINI-acts");
	assert_int_equal(q->status, LG_MET);
	assert_int_equal(q->nel, 3);
	assert_string_equal(q->el[0].ev[0].eid, "art_1");
	assert_int_equal(q->el[0].ev[0].line, 10);
	/* the quote highlights the matched words */
	assert_memory_equal(q->el[0].ev[0].quote + q->el[0].ev[0].hl_start, "recruitment", 11);
	assert_non_null(q->el[0].ev[0].via);	/* evidence from the definition */
	q = req(&r, "MINI-offence");
	assert_int_equal(q->status, LG_MET);
	assert_true(q->has_value);
	assert_true(q->value == 12.0);
	assert_non_null(strstr(q->value_text, "12 years"));
	q = req(&r, "MINI-means");
	assert_int_equal(q->status, LG_MET);	/* no means at all: broader than the Protocol */
	assert_int_equal(req(&r, "MINI-compensation")->status, LG_MET);
	assert_int_equal(req(&r, "MINI-organs")->status, LG_MISSING);
	assert_int_equal(r.glotip, LG_GLOTIP_PARTIAL);	/* organ removal missing */
	assert_non_null(strstr(req(&r, "MINI-organs")->explanation, "missing"));
	lg_doc_result_clear(&r);
	lg_doc_free(d);
	lg_pack_free(p);
}

static void
test_traps_and_penalty(void **state)
{
	static const char *const drugs[] = {
		"Article 1", "Drug trafficking means the recruitment and transport of couriers; imprisonment for twenty years.",
	};
	static const char *const low[] = {
		"Art. 5", "Whoever recruits or transports a person for exploitation commits trafficking in persons and shall be liable to imprisonment for two years.",
	};
	lg_pack *p = mini();
	lg_doc *d = doc_of("drugs.txt", "en", drugs, 1);
	struct lg_doc_result r;
	const struct lg_req_result *q;

	(void)state;
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	assert_int_equal(req(&r, "MINI-acts")->status, LG_MISSING);
	assert_int_equal(req(&r, "MINI-offence")->status, LG_MISSING);
	assert_int_equal(r.glotip, LG_GLOTIP_NONE);
	lg_doc_result_clear(&r);
	lg_doc_free(d);

	/* only a minimum is stated: the maximum is at least that */
	{
		static const char *const floor[] = {
			"Art. 5", "Whoever recruits or transports a person for exploitation commits trafficking in persons and shall be liable to imprisonment for not less than seven years.",
		};

		d = doc_of("floor.txt", "en", floor, 1);
		memset(&r, 0, sizeof(r));
		lg_check_doc(p, d, NULL, &r);
		q = req(&r, "MINI-offence");
		assert_int_equal(q->status, LG_MET);
		assert_true(q->value == 7.0);
		assert_non_null(strstr(q->value_text, "at least 7 years"));
		lg_doc_result_clear(&r);
		lg_doc_free(d);
	}

	d = doc_of("low.txt", "en", low, 1);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	q = req(&r, "MINI-offence");
	assert_int_equal(q->status, LG_MISSING);
	assert_true(q->value == 2.0);
	assert_non_null(strstr(q->explanation, "below 4 years"));
	lg_doc_result_clear(&r);
	lg_doc_free(d);
	lg_pack_free(p);
}

static void
test_framework(void **state)
{
	static const char *const a[] = {
		"Section 1", "Trafficking in persons means the recruitment or transport of persons for exploitation.",
	};
	static const char *const b[] = {
		"Artículo 3", "Las víctimas tendrán derecho a una indemnización.",
	};
	lg_pack *p = mini();
	lg_doc *docs[2];
	struct lg_doc_result r;

	(void)state;
	docs[0] = doc_of("act.txt", "en", a, 1);
	docs[1] = doc_of("ley.txt", "es", b, 1);
	memset(&r, 0, sizeof(r));
	lg_check_framework(p, docs, 2, NULL, &r);
	assert_int_equal(req(&r, "MINI-compensation")->status, LG_MET);
	assert_string_equal(req(&r, "MINI-compensation")->el[0].ev[0].doc, "ley.txt");
	assert_int_equal(req(&r, "MINI-acts")->status, LG_PARTIAL);
	assert_string_equal(req(&r, "MINI-acts")->el[0].ev[0].doc, "act.txt");
	lg_doc_result_clear(&r);
	lg_doc_free(docs[0]);
	lg_doc_free(docs[1]);
	lg_pack_free(p);
}

/* Terms: stems, "…" gaps, re: terms and exclusions, on folded text. */
static void
test_terms(void **state)
{
	static const char *const a[] = {
		"Art. 1", "La TRATA de personas consiste en CAPTAR o TRASLADAR personas con fines de EXPLOTACIÓN.",
		"Art. 2", "La trata ilícita de migrantes se castiga con prisión.",
	};
	static const char *const b[] = {
		"s. 1", "Trafficking in persons means harbouring, for exploitation, those persons and the recruitment; also organ harvest.",
	};
	lg_pack *p = mini();
	lg_doc *d = doc_of("es.txt", "es", a, 2);
	struct lg_doc_result r;
	const struct lg_req_result *q;

	(void)state;
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	q = req(&r, "MINI-acts");
	/* upper case and accents fold; "acog*" is absent */
	assert_int_equal(q->status, LG_PARTIAL);
	assert_int_equal(q->el[0].status, LG_MET);
	assert_int_equal(q->el[2].status, LG_MISSING);
	/* art. 2 is smuggling (excluded), so the only offence text lacks a penalty */
	assert_int_equal(req(&r, "MINI-offence")->status, LG_MISSING);
	lg_doc_result_clear(&r);
	lg_doc_free(d);

	d = doc_of("en.txt", "en", b, 1);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	q = req(&r, "MINI-acts");
	/* "harbo* … person*": up to six words between */
	assert_int_equal(q->el[2].status, LG_MET);
	assert_memory_equal(q->el[2].ev[0].quote + q->el[2].ev[0].hl_start, "harbouring, for exploitation, those persons",
	    q->el[2].ev[0].hl_len);
	/* re: organs? (?:harvest|removal) */
	assert_int_equal(req(&r, "MINI-organs")->status, LG_MET);
	lg_doc_result_clear(&r);
	lg_doc_free(d);
	lg_pack_free(p);
}

/* A doc with one division holding articles: "heading|num|text|num|text...". */
static lg_doc *
doc_with_chapter(const char *heading, const char *const *arts, size_t n)
{
	lg_doc *d = lg_doc_new("chap.txt");
	int c = lg_doc_begin(d, "chapter", NULL, "Chapter 1", heading, 1);
	size_t i;

	lg_doc_set(d, &d->lang, "en");
	for (i = 0; i < n; i++) {
		int a = lg_doc_begin(d, "article", NULL, arts[2 * i], NULL, (unsigned)(i + 2));

		lg_doc_text(d, arts[2 * i + 1], strlen(arts[2 * i + 1]), (unsigned)(i + 2));
		lg_doc_end(d, a);
	}
	lg_doc_end(d, c);
	lg_doc_finish(d);
	return d;
}

/* Roles that come from context: a heading about victims, treaty wording, an
 * offence elsewhere in the law, a definition of exploitation. */
static void
test_context_roles(void **state)
{
	static const char *const foreigner[] = {
		"Article 1", "The foreigner concerned shall receive compensation.",
	};
	static const char *const treaty[] = {
		"Article 1", "Each State Party shall ensure that victims obtain compensation.",
		"Article 2", "Each State Party shall consider measures under this Protocol.",
		"Article 3", "This Protocol shall be open for signature by any State Party.",
	};
	static const char *const defs_only[] = {
		"Section 1", "Trafficking in persons means the recruitment or transport of persons for exploitation.",
		"Section 2", "An attempt to define terms otherwise is void.",
	};
	static const char *const linked[] = {
		"Section 1", "Whoever recruits or transports a person for the purpose of exploitation commits trafficking in persons and shall be liable to imprisonment for ten years.",
		"Section 2", "In this Act exploitation means forced labour or the removal of organs.",
	};
	lg_pack *p = mini();
	lg_doc *d;
	struct lg_doc_result r;

	(void)state;
	/* the victim role comes from the chapter heading */
	d = doc_with_chapter("Victims of trafficking", foreigner, 1);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	assert_int_equal(req(&r, "MINI-compensation")->status, LG_MET);
	lg_doc_result_clear(&r);
	lg_doc_free(d);
	d = doc_with_chapter("Final provisions", foreigner, 1);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	assert_int_equal(req(&r, "MINI-compensation")->status, LG_MISSING);
	lg_doc_result_clear(&r);
	lg_doc_free(d);

	/* treaty text states obligations: partial at most, and says why */
	d = doc_of("treaty.txt", "en", treaty, 3);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	assert_int_equal(req(&r, "MINI-compensation")->status, LG_PARTIAL);
	assert_non_null(strstr(req(&r, "MINI-compensation")->explanation, "treaty text"));
	lg_doc_result_clear(&r);
	lg_doc_free(d);

	/* offence-law: a definitions-only law gets nothing for attempt */
	d = doc_of("defs.txt", "en", defs_only, 2);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	assert_int_equal(req(&r, "MINI-attempt")->status, LG_MISSING);
	assert_int_equal(r.glotip, LG_GLOTIP_NONE);
	lg_doc_result_clear(&r);
	lg_doc_free(d);

	/* a definition of exploitation feeds the offence that uses the purpose */
	d = doc_of("linked.txt", "en", linked, 2);
	memset(&r, 0, sizeof(r));
	lg_check_doc(p, d, NULL, &r);
	assert_int_equal(req(&r, "MINI-organs")->status, LG_MET);
	assert_string_equal(req(&r, "MINI-organs")->el[0].ev[0].eid, "art_2");
	lg_doc_result_clear(&r);
	lg_doc_free(d);
	lg_pack_free(p);
}

static void
write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(s, f);
	fclose(f);
}

/* Every error in a pack is reported, with its line, in one pass. */
static void
test_pack_errors(void **state)
{
	char dir[] = "/tmp/lexgap-pack-XXXXXX", path[512];
	struct tu_capture cap = { { 0 }, 0 };
	lg_diag *d = lg_diag_new(tu_capture_cb, &cap);
	lg_pack *p = NULL;
	int rc;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/requirements", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/pack.conf", dir);
	write_file(path, "id: bad\nanchor: trafficking\ncolour: blue\n");
	snprintf(path, sizeof(path), "%s/lexicon/en.lex", dir);
	write_file(path, "[trafficking]\ntrafficking\nre: (unclosed\nab*\n");
	snprintf(path, sizeof(path), "%s/requirements/X-1.req", dir);
	write_file(path, "id: X-1\ntitle: t\nstrength: sometimes\nscope: trafficking\n"
	    "element: a = nosuchconcept\nwhatever: 1\n");
	rc = lg_pack_load(dir, d, &p);
	assert_int_equal(rc, LG_EINVALID);
	assert_null(p);
	assert_non_null(strstr(cap.text.p, "rule-key 3: unknown key 'colour'"));
	assert_non_null(strstr(cap.text.p, "rule-regex 3: bad regular expression"));
	assert_non_null(strstr(cap.text.p, "rule-term 4: a stem needs at least 3 letters"));
	assert_non_null(strstr(cap.text.p, "rule-value 3: unknown strength 'sometimes'"));
	assert_non_null(strstr(cap.text.p, "rule-concept 5: unknown concept 'nosuchconcept'"));
	assert_non_null(strstr(cap.text.p, "rule-key 6: unknown key 'whatever'"));
	lg_buf_free(&cap.text);
	lg_diag_free(d);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

static void
test_missing_pack(void **state)
{
	lg_diag *d = lg_diag_new(NULL, NULL);
	lg_pack *p = NULL;

	(void)state;
	assert_int_equal(lg_pack_load("/nonexistent/pack", d, &p), LG_ENOTFOUND);
	assert_null(p);
	assert_int_equal(lg_diag_count(d, LG_LEVEL_ERROR), 1);
	lg_diag_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_definition_feeds_offence),
		cmocka_unit_test(test_traps_and_penalty),
		cmocka_unit_test(test_framework),
		cmocka_unit_test(test_terms),
		cmocka_unit_test(test_context_roles),
		cmocka_unit_test(test_pack_errors),
		cmocka_unit_test(test_missing_pack),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
