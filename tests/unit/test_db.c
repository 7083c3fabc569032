/* test_db.c - the store: migrations, a document round trip, FTS search, the
 * matrix, and the two failures users meet (a corrupt file, a locked store).
 * The test talks to sqlite directly only to play the other process. */
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "testutil.h"
#include "db.h"
#include "engine.h"
#include "hash.h"
#include "lexgap.h"
#include "report.h"

struct fx {
	char	 dir[64];
	char	 path[96];
	struct tu_capture cap;
	lg_diag	*diag;
};

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	snprintf(f->dir, sizeof(f->dir), "/tmp/lexgap-test-db-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/store.db", f->dir);
	f->diag = lg_diag_new(tu_capture_cb, &f->cap);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	char p[128];

	snprintf(p, sizeof(p), "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", f->path);
	unlink(p);
	unlink(f->path);
	rmdir(f->dir);
	lg_diag_free(f->diag);
	lg_buf_free(&f->cap.text);
	free(f);
	return 0;
}

/* An article with a point, as a loader would build it. */
static lg_doc *
make_doc(const char *path, const char *country)
{
	lg_doc *doc = lg_doc_new(path);
	int a, p;

	lg_doc_set(doc, &doc->title, "Act against Trafficking");
	lg_doc_set(doc, &doc->country, country);
	lg_doc_set(doc, &doc->lang, "en");
	lg_doc_set(doc, &doc->format, "text");
	a = lg_doc_begin(doc, "article", NULL, "Article 3", "Offence", 10);
	lg_doc_text(doc, "Whoever recruits a person", 25, 11);
	p = lg_doc_begin(doc, "point", NULL, "(a)", NULL, 12);
	lg_doc_text(doc, "for forced labour or services;", 30, 12);
	lg_doc_end(doc, p);
	lg_doc_end(doc, a);
	lg_doc_finish(doc);
	return doc;
}

static void
make_result(struct lg_doc_result *d, const lg_doc *doc, enum lg_status st)
{
	struct lg_req_result *q;
	struct lg_evidence *ev;

	memset(d, 0, sizeof(*d));
	d->path = lg_xstrdup(doc->path);
	d->title = lg_xstrdup(doc->title);
	d->country = lg_xstrdup(doc->country);
	d->lang = lg_xstrdup(doc->lang);
	d->format = lg_xstrdup(doc->format);
	d->nprov = doc->nprov;
	d->glotip = LG_GLOTIP_PARTIAL;
	d->glotip_reason = lg_xstrdup("forced labour only");
	d->nreq = 1;
	d->req = q = lg_xcalloc(1, sizeof(*q));
	q->id = lg_xstrdup("TIP-ACT-001");
	q->title = lg_xstrdup("Acts");
	q->article = lg_xstrdup("3(a)");
	q->strength = lg_xstrdup("mandatory");
	q->status = st;
	q->computed = st;
	q->explanation = lg_xstrdup("met: recruitment in art. 3");
	q->has_value = 1;
	q->value = 12.5;
	q->value_text = lg_xstrdup("12.5 years");
	q->nel = 2;
	q->el = lg_xcalloc(2, sizeof(*q->el));
	q->el[0].id = lg_xstrdup("recruitment");
	q->el[0].status = LG_MET;
	q->el[0].nev = 1;
	q->el[0].ev = ev = lg_xcalloc(1, sizeof(*ev));
	ev->doc = lg_xstrdup(doc->path);
	ev->eid = lg_xstrdup("art_3");
	ev->path = lg_xstrdup("Article 3");
	ev->line = 11;
	ev->quote = lg_xstrdup("Whoever recruits a person");
	ev->hl_start = 8;
	ev->hl_len = 8;
	q->el[1].id = lg_xstrdup("harbouring");
	q->el[1].status = LG_MISSING;
	q->el[1].note = lg_xstrdup("not found");
}

static void
store(struct fx *f, lg_db *db, const char *path, const char *country, enum lg_status st)
{
	struct lg_doc_result res;
	lg_doc *doc = make_doc(path, country);

	make_result(&res, doc, st);
	assert_int_equal(lg_db_store_doc(db, 1, 42, 100, doc, &res), LG_OK);
	lg_doc_result_clear(&res);
	lg_doc_free(doc);
	(void)f;
}

/* A document of n articles of about 1 KB each. */
static lg_doc *
make_big_doc(const char *path, int n)
{
	lg_doc *doc = lg_doc_new(path);
	char text[1100];
	int i, a;

	lg_doc_set(doc, &doc->lang, "en");
	for (i = 0; i < n; i++) {
		a = lg_doc_begin(doc, "article", NULL, "Article", NULL, (unsigned)i + 1);
		memset(text, 'a' + i % 26, sizeof(text));
		snprintf(text, 40, "Article %d: whoever recruits ", i);
		text[strlen(text)] = ' ';
		lg_doc_text(doc, text, sizeof(text), (unsigned)i + 1);
		lg_doc_end(doc, a);
	}
	lg_doc_finish(doc);
	return doc;
}

static off_t
file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? st.st_size : -1;
}

/* With background checkpoints the writer no longer checkpoints below the
 * inline cap (32 MB of WAL), so pages reach the database file only if the
 * thread copies them: 12 MB stored must show up there, not only in -wal.
 * And the store reads back whole, before and after the thread stops. */
static void
test_background_checkpoints(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1 };
	struct lg_doc_result res;
	struct timespec ts = { 0, 50 * 1000 * 1000 };
	lg_report *r = NULL;
	lg_db *db = NULL;
	int64_t run;
	char path[32];
	off_t before;
	int i, tries;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_run_begin(db, "tip", "TIP", "1", f->dir, &run), LG_OK);
	lg_db_background_checkpoints(db, 1);
	lg_db_background_checkpoints(db, 1);	/* twice is once */
	before = file_size(f->path);
	for (i = 0; i < 12; i++) {
		lg_doc *doc;

		snprintf(path, sizeof(path), "big-%02d.txt", i);
		doc = make_big_doc(path, 1000);
		memset(&res, 0, sizeof(res));
		res.path = lg_xstrdup(path);
		res.nprov = doc->nprov;
		assert_int_equal(lg_db_store_doc(db, run, (uint64_t)i, 1000, doc, &res), LG_OK);
		lg_doc_result_clear(&res);
		lg_doc_free(doc);
	}
	for (tries = 0; tries < 100 && file_size(f->path) < before + 8 * 1024 * 1024; tries++)
		nanosleep(&ts, NULL);
	assert_true(file_size(f->path) >= before + 8 * 1024 * 1024);
	lg_db_background_checkpoints(db, 0);
	lg_db_background_checkpoints(db, 0);
	store(f, db, "after.txt", "ke", LG_MET);
	assert_int_equal(lg_db_load_report(db, 0, &r), LG_OK);
	assert_int_equal(r->ndocs, 13);
	assert_string_equal(r->docs[0].path, "after.txt");
	assert_int_equal(r->docs[1].nprov, 1000);
	assert_string_equal(r->docs[12].path, "big-11.txt");
	lg_report_free(r);
	lg_db_close(db);
}

static void
test_migrate_empty(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1 };
	lg_db *db;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_user_version(db), LG_DB_SCHEMA_VERSION);
	lg_db_close(db);
	/* Reopening an up-to-date store changes nothing. */
	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_user_version(db), LG_DB_SCHEMA_VERSION);
	lg_db_close(db);
	assert_int_equal(f->cap.n, 0);
}

static void
count_hit(const struct lg_db_hit *h, void *payload)
{
	lg_buf *b = payload;

	lg_buf_printf(b, "%s|%s|%u|%s\n", h->path, h->eid, h->line, h->snippet);
}

static void
test_migrate_from_v1(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts v1 = { .create = 1, .version = 1 }, cur = { 0 };
	int64_t run;
	lg_db *db;
	lg_buf hits = { 0 };

	assert_int_equal(lg_db_open(f->path, &v1, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_user_version(db), 1);
	assert_int_equal(lg_db_run_begin(db, "tip-protocol", "TIP", "1", "/c", &run), LG_OK);
	store(f, db, "/c/a.txt", "GB", LG_MET);
	lg_db_close(db);

	/* v2 adds the FTS index and must index what v1 already stored. */
	assert_int_equal(lg_db_open(f->path, &cur, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_user_version(db), 2);
	assert_int_equal(lg_db_search(db, "recruits", 10, "[", "]", count_hit, &hits), LG_OK);
	assert_non_null(hits.p);
	assert_non_null(strstr(hits.p, "/c/a.txt|art_3|10|"));
	assert_non_null(strstr(hits.p, "[recruits]"));
	lg_buf_free(&hits);
	lg_db_close(db);
}

static void
test_round_trip(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1 };
	const struct lg_req_result *q;
	struct lg_db_entry *e;
	lg_report *r;
	int64_t run;
	uint64_t h = 0;
	size_t n;
	lg_db *db;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_load_report(db, 0, &r), LG_ENOTFOUND);
	assert_int_equal(lg_db_run_begin(db, "tip-protocol", "TIP Protocol", "7", "/c", &run), LG_OK);
	store(f, db, "/c/b.txt", "GB", LG_PARTIAL);
	store(f, db, "/c/b.txt", "GB", LG_MET);	/* replaced, not duplicated */
	assert_int_equal(lg_db_doc_hash(db, "/c/b.txt", &h), LG_OK);
	assert_true(h == 42);
	assert_int_equal(lg_db_doc_hash(db, "/c/none.txt", &h), LG_ENOTFOUND);
	assert_int_equal(lg_db_run_finish(db, run), LG_OK);

	assert_int_equal(lg_db_load_report(db, 0, &r), LG_OK);
	assert_string_equal(r->pack, "tip-protocol");
	assert_string_equal(r->pack_version, "7");
	assert_int_equal(r->ndocs, 1);
	assert_string_equal(r->docs[0].path, "/c/b.txt");
	assert_string_equal(r->docs[0].title, "Act against Trafficking");
	assert_string_equal(r->docs[0].country, "GB");
	assert_int_equal(r->docs[0].nprov, 2);
	assert_int_equal(r->docs[0].glotip, LG_GLOTIP_PARTIAL);
	assert_int_equal(r->docs[0].nreq, 1);
	q = &r->docs[0].req[0];
	assert_string_equal(q->id, "TIP-ACT-001");
	assert_int_equal(q->status, LG_MET);
	assert_true(q->has_value && q->value == 12.5);
	assert_string_equal(q->value_text, "12.5 years");
	assert_int_equal(q->nel, 2);
	assert_string_equal(q->el[1].id, "harbouring");
	assert_string_equal(q->el[1].note, "not found");
	assert_int_equal(q->el[0].nev, 1);
	assert_string_equal(q->el[0].ev[0].eid, "art_3");
	assert_int_equal(q->el[0].ev[0].line, 11);
	assert_int_equal(q->el[0].ev[0].hl_start, 8);
	assert_null(q->el[1].ev);
	lg_report_free(r);

	assert_int_equal(lg_db_doc_list(db, "/c", &e, &n), LG_OK);
	assert_int_equal(n, 1);
	assert_null(e[0].error);
	lg_db_entries_free(e, n);
	assert_int_equal(lg_db_delete_doc(db, "/c/b.txt"), LG_OK);
	assert_int_equal(lg_db_doc_list(db, "/c", &e, &n), LG_OK);
	assert_int_equal(n, 0);
	lg_db_entries_free(e, n);
	lg_db_close(db);
}

static void
test_failed_doc(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1 };
	struct lg_doc_result res = { 0 };
	struct lg_db_entry *e;
	lg_report *r;
	int64_t run;
	size_t n;
	lg_db *db;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_run_begin(db, "p", "P", "1", "/c", &run), LG_OK);
	lg_doc_result_failed(&res, "/c/bad.xml", "line 3: not well-formed");
	assert_int_equal(lg_db_store_doc(db, run, 7, 10, NULL, &res), LG_OK);
	lg_doc_result_clear(&res);
	assert_int_equal(lg_db_doc_list(db, "/c", &e, &n), LG_OK);
	assert_int_equal(n, 1);
	assert_string_equal(e[0].error, "line 3: not well-formed");
	lg_db_entries_free(e, n);
	assert_int_equal(lg_db_load_report(db, run, &r), LG_OK);
	assert_true(r->docs[0].failed);
	assert_string_equal(r->docs[0].error, "line 3: not well-formed");
	lg_report_free(r);
	lg_db_close(db);
}

static void
test_fts_search(void **state)
{
	struct fx *f = *state;
	int64_t run;
	struct lg_db_opts o = { .create = 1 };
	lg_buf hits = { 0 };
	lg_db *db;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_run_begin(db, "p", "P", "1", "/c", &run), LG_OK);
	store(f, db, "/c/a.txt", "GB", LG_MET);
	assert_int_equal(lg_db_search(db, "forced labour", 10, "[", "]", count_hit, &hits), LG_OK);
	assert_non_null(hits.p);
	/* The point holds the words, not its article: own text only. */
	assert_non_null(strstr(hits.p, "/c/a.txt|art_3__point_a|12|"));
	assert_null(strstr(hits.p, "|art_3|"));
	assert_non_null(strstr(hits.p, "[forced] [labour]"));
	lg_buf_truncate(&hits, 0);
	/* Not FTS5 syntax: retried as plain words rather than failing. */
	assert_int_equal(lg_db_search(db, "\"forced (labour", 10, "[", "]", count_hit, &hits), LG_OK);
	assert_true(hits.len > 0);
	lg_buf_truncate(&hits, 0);
	/* Replacing the document drops its old rows from the index. */
	store(f, db, "/c/a.txt", "GB", LG_MET);
	assert_int_equal(lg_db_search(db, "labour", 10, "[", "]", count_hit, &hits), LG_OK);
	assert_non_null(hits.p);
	assert_null(strchr(strchr(hits.p, '\n') + 1, '|'));	/* one hit */
	lg_buf_free(&hits);
	lg_db_close(db);
	assert_int_equal(f->cap.n, 0);
}

static void
matrix_cell(const char *row, const char *req, enum lg_status st, void *payload)
{
	lg_buf_printf(payload, "%s %s %s\n", row, req, lg_status_name(st));
}

static void
test_matrix(void **state)
{
	struct fx *f = *state;
	int64_t run;
	struct lg_db_opts o = { .create = 1 };
	lg_buf m = { 0 };
	lg_db *db;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(lg_db_run_begin(db, "p", "P", "1", "/c", &run), LG_OK);
	store(f, db, "/c/gb1.txt", "GB", LG_PARTIAL);
	store(f, db, "/c/gb2.txt", "GB", LG_MET);
	store(f, db, "/c/fr.txt", "FR", LG_MISSING);
	assert_int_equal(lg_db_matrix(db, 0, matrix_cell, &m), LG_OK);
	assert_string_equal(m.p, "FR TIP-ACT-001 missing\nGB TIP-ACT-001 met\n");
	lg_buf_truncate(&m, 0);
	assert_int_equal(lg_db_matrix(db, 1, matrix_cell, &m), LG_OK);
	assert_string_equal(m.p, "/c/fr.txt TIP-ACT-001 missing\n/c/gb1.txt TIP-ACT-001 partial\n"
	    "/c/gb2.txt TIP-ACT-001 met\n");
	lg_buf_free(&m);
	lg_db_close(db);
}

static void
test_corrupt(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1 };
	FILE *fp = fopen(f->path, "wb");
	lg_db *db = (lg_db *)1;
	size_t i;

	assert_non_null(fp);
	for (i = 0; i < 4096; i++)
		fputc("not a database "[i % 15], fp);
	fclose(fp);
	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_ERROR);
	assert_null(db);
	assert_non_null(strstr(f->cap.text.p, "error db 0: cannot open the database: file is not a database"));
}

static void
test_missing(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { 0 };
	lg_db *db;

	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_ENOTFOUND);
	assert_non_null(strstr(f->cap.text.p, "no such database"));
}

static void
test_newer_schema(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1 };
	sqlite3 *other;
	lg_db *db;

	assert_int_equal(sqlite3_open(f->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(other);
	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_ERROR);
	assert_non_null(strstr(f->cap.text.p, "schema version 99 is newer"));
}

static void
test_locked(void **state)
{
	struct fx *f = *state;
	struct lg_db_opts o = { .create = 1, .busy_ms = 50 };
	struct lg_doc_result res;
	sqlite3 *other;
	lg_doc *doc;
	lg_db *db;

	/* A fresh store cannot even be created while another process writes. */
	assert_int_equal(sqlite3_open(f->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "PRAGMA journal_mode=WAL; CREATE TABLE x(a);"
	    " BEGIN IMMEDIATE; INSERT INTO x VALUES (1);", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_ERROR);
	assert_non_null(strstr(f->cap.text.p, "database is locked"));
	assert_int_equal(sqlite3_exec(other, "ROLLBACK; DROP TABLE x;", NULL, NULL, NULL), SQLITE_OK);

	/* An existing store opens, and the write fails after the timeout. */
	assert_int_equal(lg_db_open(f->path, &o, f->diag, &db), LG_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO runs(started, pack,"
	    " pack_version, tool_version) VALUES ('x', 'p', '1', '0')", NULL, NULL, NULL), SQLITE_OK);
	lg_buf_truncate(&f->cap.text, 0);
	doc = make_doc("/c/a.txt", "GB");
	make_result(&res, doc, LG_MET);
	assert_int_equal(lg_db_store_doc(db, 1, 1, 1, doc, &res), LG_ERROR);
	assert_non_null(strstr(f->cap.text.p, "database is locked"));
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	/* Once the lock is gone the same connection works again. */
	assert_int_equal(lg_db_store_doc(db, 1, 1, 1, doc, &res), LG_OK);
	lg_doc_result_clear(&res);
	lg_doc_free(doc);
	lg_db_close(db);
	sqlite3_close(other);
}

static void
test_hash(void **state)
{
	char buf[64];
	uint64_t h[41];
	char hex[17];
	size_t i, j;

	(void)state;
	memset(buf, 'a', sizeof(buf));
	for (i = 0; i <= 40; i++) {
		h[i] = lg_hash64(buf, i, 0);
		assert_true(h[i] == lg_hash64(buf, i, 0));
		assert_true(h[i] != lg_hash64(buf, i, 1));
		for (j = 0; j < i; j++)
			assert_true(h[i] != h[j]);
	}
	buf[17] = 'b';
	assert_true(lg_hash64(buf, 40, 0) != h[40]);
	lg_hash_hex(0x0123456789abcdefULL, hex);
	assert_string_equal(hex, "0123456789abcdef");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_migrate_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_from_v1, setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_doc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fts_search, setup, teardown),
		cmocka_unit_test_setup_teardown(test_matrix, setup, teardown),
		cmocka_unit_test_setup_teardown(test_corrupt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_locked, setup, teardown),
		cmocka_unit_test_setup_teardown(test_background_checkpoints, setup, teardown),
		cmocka_unit_test(test_hash),
	};

	return cmocka_run_group_tests_name("db", tests, NULL, NULL);
}
