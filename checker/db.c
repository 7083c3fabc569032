/* db.c - the sqlite store: schema and migrations, one transaction per
 * document, reading a stored run back into the report model, the matrix and
 * full-text search. With db_ckpt.c, the only files that include sqlite3.h.
 *
 * Provisions are indexed by an FTS5 table with external content
 * (content='provisions'): the law text is stored once, in provisions.text,
 * and the index holds only tokens; snippet() still works because FTS5 reads
 * the text back from provisions. A contentless table would save nothing more
 * and would lose snippet(); a plain FTS table would store every code twice.
 *
 * The index is kept in step by this file, one INSERT ... SELECT per document
 * inside the document's transaction, not by row triggers: FTS5 flushes its
 * pending terms at every statement savepoint, so a trigger per provision
 * wrote one index segment per provision and made a scan 4x slower.
 * The index covers heading and text, not the hierarchy path: paths repeat
 * their ancestors' headings (hundreds of bytes per provision in flattened
 * codes), which made search noisy and cost a third of the storing time. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"
#include "db_ckpt.h"
#include "hash.h"
#include "lexgap.h"
#include "util.h"

/* Migration i takes user_version i to i + 1, in its own transaction. Append
 * only: a released migration never changes. */
static const char *const migrations[] = {
	/* 1: the tables. STRICT so that a bug cannot store text in an integer. */
	"CREATE TABLE runs ("
	"  id INTEGER PRIMARY KEY,"
	"  started TEXT NOT NULL,"
	"  finished TEXT,"
	"  root TEXT,"
	"  pack TEXT NOT NULL,"
	"  pack_title TEXT,"
	"  pack_version TEXT NOT NULL,"
	"  tool_version TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE documents ("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT NOT NULL UNIQUE,"
	"  hash TEXT NOT NULL,"		/* lg_hash64 of bytes + pack id/version, hex */
	"  size INTEGER NOT NULL,"
	"  format TEXT, title TEXT, country TEXT, lang TEXT, date TEXT,"
	"  nprov INTEGER NOT NULL DEFAULT 0,"
	"  glotip TEXT CHECK (glotip IN ('none','partial','full')),"
	"  glotip_reason TEXT,"
	"  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
	"  checked_at TEXT NOT NULL,"
	"  error TEXT"			/* non-NULL: the file could not be read */
	") STRICT;"
	"CREATE INDEX documents_country ON documents(country);"
	"CREATE TABLE provisions ("
	"  id INTEGER PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  parent INTEGER,"
	"  eid TEXT, kind TEXT, num TEXT, heading TEXT, path TEXT,"
	"  line INTEGER NOT NULL DEFAULT 0,"
	"  text TEXT NOT NULL,"		/* own text: descendants' text excluded */
	"  UNIQUE (doc_id, idx)"
	") STRICT;"
	"CREATE TABLE findings ("
	"  id INTEGER PRIMARY KEY,"
	"  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	"  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
	"  idx INTEGER NOT NULL,"
	"  requirement TEXT NOT NULL,"
	"  title TEXT, article TEXT, strength TEXT, hint TEXT, category TEXT,"
	"  status TEXT NOT NULL CHECK (status IN ('missing','partial','met','waived')),"
	"  computed TEXT NOT NULL CHECK (computed IN ('missing','partial','met','waived')),"
	"  value REAL, value_text TEXT, explanation TEXT,"
	"  waiver TEXT, waiver_expiry TEXT,"
	"  UNIQUE (doc_id, idx)"
	") STRICT;"
	"CREATE INDEX findings_requirement ON findings(requirement, status);"
	"CREATE TABLE elements ("
	"  id INTEGER PRIMARY KEY,"
	"  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  element TEXT NOT NULL,"
	"  label TEXT,"
	"  status TEXT NOT NULL CHECK (status IN ('missing','partial','met','waived')),"
	"  note TEXT,"
	"  UNIQUE (finding_id, idx)"
	") STRICT;"
	"CREATE TABLE evidence ("
	"  id INTEGER PRIMARY KEY,"
	"  element_id INTEGER NOT NULL REFERENCES elements(id) ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  doc TEXT, eid TEXT, path TEXT,"
	"  line INTEGER NOT NULL DEFAULT 0,"
	"  quote TEXT,"
	"  hl_start INTEGER NOT NULL DEFAULT 0,"
	"  hl_len INTEGER NOT NULL DEFAULT 0,"
	"  via TEXT,"
	"  UNIQUE (element_id, idx)"
	") STRICT;",

	/* 2: full-text search over provisions (see the comment at the top). */
	"CREATE VIRTUAL TABLE provisions_fts USING fts5(heading, text,"
	"  content='provisions', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');"
	"INSERT INTO provisions_fts(provisions_fts) VALUES ('rebuild');",
};

#define NMIGRATIONS	(int)(sizeof(migrations) / sizeof(migrations[0]))

/* Every statement, prepared once on first use and finalized in lg_db_close. */
enum stmt {
	S_BEGIN, S_COMMIT, S_ROLLBACK,
	S_RUN_BEGIN, S_RUN_FINISH,
	S_DOC_HASH, S_DOC_LIST, S_DOC_ID, S_DOC_DEL, S_PROV_DEL, S_DOC_INS,
	S_PROV_INS, S_FTS_ADD, S_FTS_DEL, S_FIND_INS, S_EL_INS, S_EV_INS,
	S_RUN_LATEST, S_RUN_GET, S_DOC_ALL, S_FIND_GET, S_EL_GET, S_EV_GET,
	S_MATRIX_COUNTRY, S_MATRIX_DOC, S_SEARCH,
	S_COUNT
};

static const char *const stmt_sql[S_COUNT] = {
	[S_BEGIN] = "BEGIN IMMEDIATE",
	[S_COMMIT] = "COMMIT",
	[S_ROLLBACK] = "ROLLBACK",
	[S_RUN_BEGIN] = "INSERT INTO runs(started, pack, pack_title, pack_version, tool_version, root)"
	    " VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?1, ?2, ?3, ?4, ?5)",
	[S_RUN_FINISH] = "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?1",
	[S_DOC_HASH] = "SELECT hash FROM documents WHERE path = ?1",
	[S_DOC_LIST] = "SELECT path, hash, error FROM documents"
	    " WHERE path = ?1 OR substr(path, 1, length(?2)) = ?2 ORDER BY path",
	[S_DOC_ID] = "SELECT id FROM documents WHERE path = ?1",
	[S_DOC_DEL] = "DELETE FROM documents WHERE id = ?1",
	[S_PROV_DEL] = "DELETE FROM provisions WHERE doc_id = ?1",
	[S_DOC_INS] = "INSERT INTO documents(path, hash, size, format, title, country, lang, date,"
	    " nprov, glotip, glotip_reason, run_id, checked_at, error) VALUES (?1, ?2, ?3, ?4, ?5,"
	    " ?6, ?7, ?8, ?9, ?10, ?11, ?12, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?13)",
	[S_PROV_INS] = "INSERT INTO provisions(doc_id, idx, parent, eid, kind, num, heading, path,"
	    " line, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[S_FTS_ADD] = "INSERT INTO provisions_fts(rowid, heading, text)"
	    " SELECT id, heading, text FROM provisions WHERE doc_id = ?1",
	[S_FTS_DEL] = "INSERT INTO provisions_fts(provisions_fts, rowid, heading, text)"
	    " SELECT 'delete', id, heading, text FROM provisions WHERE doc_id = ?1",
	[S_FIND_INS] = "INSERT INTO findings(doc_id, run_id, idx, requirement, title, article,"
	    " strength, hint, category, status, computed, value, value_text, explanation, waiver,"
	    " waiver_expiry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
	    " ?15, ?16)",
	[S_EL_INS] = "INSERT INTO elements(finding_id, idx, element, label, status, note)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[S_EV_INS] = "INSERT INTO evidence(element_id, idx, doc, eid, path, line, quote, hl_start,"
	    " hl_len, via) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[S_RUN_LATEST] = "SELECT pack, pack_title, pack_version, tool_version FROM runs"
	    " ORDER BY id DESC LIMIT 1",
	[S_RUN_GET] = "SELECT pack, pack_title, pack_version, tool_version FROM runs WHERE id = ?1",
	[S_DOC_ALL] = "SELECT id, path, title, country, lang, format, date, error, nprov, glotip,"
	    " glotip_reason FROM documents ORDER BY path",
	[S_FIND_GET] = "SELECT id, requirement, title, article, strength, hint, category, status,"
	    " computed, value, value_text, explanation, waiver, waiver_expiry FROM findings"
	    " WHERE doc_id = ?1 ORDER BY idx",
	[S_EL_GET] = "SELECT id, element, label, status, note FROM elements"
	    " WHERE finding_id = ?1 ORDER BY idx",
	[S_EV_GET] = "SELECT doc, eid, path, line, quote, hl_start, hl_len, via FROM evidence"
	    " WHERE element_id = ?1 ORDER BY idx",
	/* Rank: met 3 > waived 2 > partial 1 > missing 0; the best document wins. */
	[S_MATRIX_COUNTRY] = "SELECT coalesce(nullif(d.country, ''), '(unknown)'), f.requirement,"
	    " max(CASE f.status WHEN 'met' THEN 3 WHEN 'waived' THEN 2 WHEN 'partial' THEN 1"
	    " ELSE 0 END) FROM findings f JOIN documents d ON d.id = f.doc_id"
	    " GROUP BY 1, 2 ORDER BY 1, 2",
	[S_MATRIX_DOC] = "SELECT d.path, f.requirement,"
	    " max(CASE f.status WHEN 'met' THEN 3 WHEN 'waived' THEN 2 WHEN 'partial' THEN 1"
	    " ELSE 0 END) FROM findings f JOIN documents d ON d.id = f.doc_id"
	    " GROUP BY 1, 2 ORDER BY 1, 2",
	[S_SEARCH] = "SELECT d.path, p.eid, p.path, p.line,"
	    " snippet(provisions_fts, -1, ?2, ?3, '…', 16)"
	    " FROM provisions_fts JOIN provisions p ON p.id = provisions_fts.rowid"
	    " JOIN documents d ON d.id = p.doc_id"
	    " WHERE provisions_fts MATCH ?1 ORDER BY rank, d.path, p.idx LIMIT ?4",
};

struct lg_db {
	sqlite3		*db;
	char		*path;
	lg_diag		*diag;
	sqlite3_stmt	*st[S_COUNT];
	int		 version;	/* schema version after migrations */
	long		 die_after;	/* crash-test hook, < 0: off */
	long		 nstored;
	lg_buf		 text;		/* scratch for provision own text */
	struct lg_db_ckpt *ckpt;	/* background checkpoints, or NULL */
};


/* Report the connection's error now: the next sqlite call overwrites it. */
static int
db_fail(lg_db *db, const char *what)
{
	lg_diag_emit(db->diag, LG_LEVEL_ERROR, "db", db->path, 0, 0, "%s: %s", what,
	    db->db ? sqlite3_errmsg(db->db) : "out of memory");
	return LG_ERROR;
}

static sqlite3_stmt *
stmt(lg_db *db, enum stmt s)
{
	if (db->st[s] == NULL && sqlite3_prepare_v3(db->db, stmt_sql[s], -1,
	    SQLITE_PREPARE_PERSISTENT, &db->st[s], NULL) != SQLITE_OK) {
		db_fail(db, "cannot prepare a statement");
		return NULL;
	}
	sqlite3_reset(db->st[s]);
	sqlite3_clear_bindings(db->st[s]);
	return db->st[s];
}

/* Strings bound with SQLITE_STATIC live in the caller's model until the
 * statement is reset, which every caller does before they can change. */
static void
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s ? lg_xstrdup((const char *)s) : NULL;
}

/* Step a statement that returns no rows. */
static int
run(lg_db *db, enum stmt s, const char *what)
{
	sqlite3_stmt *st = db->st[s];
	int rc = sqlite3_step(st);

	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		db_fail(db, what);
		sqlite3_reset(st);
		return LG_ERROR;
	}
	sqlite3_reset(st);
	return LG_OK;
}

static int
exec(lg_db *db, const char *sql, const char *what)
{
	char *err = NULL;

	if (sqlite3_exec(db->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		lg_diag_emit(db->diag, LG_LEVEL_ERROR, "db", db->path, 0, 0, "%s: %s", what,
		    err ? err : sqlite3_errmsg(db->db));
		sqlite3_free(err);
		return LG_ERROR;
	}
	return LG_OK;
}

static int
read_user_version(lg_db *db, int *v)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, "cannot read the schema version");
	rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_fail(db, "cannot read the schema version");
	return LG_OK;
}

/* Apply migrations up to `target`, each in its own BEGIN IMMEDIATE: the
 * version is re-read under the write lock, so two processes opening a new
 * store at once do not both migrate it. */
static int
migrate(lg_db *db, int target)
{
	char sql[64];
	int v;

	if (read_user_version(db, &v) != LG_OK)
		return LG_ERROR;
	if (v > NMIGRATIONS) {
		lg_diag_emit(db->diag, LG_LEVEL_ERROR, "db", db->path, 0, 0,
		    "database schema version %d is newer than this lexgap's (%d)", v, NMIGRATIONS);
		return LG_ERROR;
	}
	while (v < target) {
		if (exec(db, "BEGIN IMMEDIATE", "cannot upgrade the database") != LG_OK)
			return LG_ERROR;
		if (read_user_version(db, &v) != LG_OK)
			goto fail;
		if (v >= target) {
			exec(db, "COMMIT", "cannot upgrade the database");
			break;
		}
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", v + 1);
		if (exec(db, migrations[v], "cannot upgrade the database") != LG_OK ||
		    exec(db, sql, "cannot upgrade the database") != LG_OK ||
		    exec(db, "COMMIT", "cannot upgrade the database") != LG_OK)
			goto fail;
		v++;
	}
	return LG_OK;
fail:
	sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
	return LG_ERROR;
}

int
lg_db_open(const char *path, const struct lg_db_opts *o, lg_diag *diag, lg_db **out)
{
	lg_db *db;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, target;

	*out = NULL;
	target = o && o->version > 0 && o->version < NMIGRATIONS ? o->version : NMIGRATIONS;
	if (!(o && o->create) && access(path, F_OK) != 0) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "db", path, 0, 0, "no such database");
		return LG_ENOTFOUND;
	}
	if (o && o->create)
		flags |= SQLITE_OPEN_CREATE;
	db = lg_xcalloc(1, sizeof(*db));
	db->path = lg_xstrdup(path);
	db->diag = diag;
	db->die_after = -1;
	if (sqlite3_open_v2(path, &db->db, flags, NULL) != SQLITE_OK) {
		db_fail(db, "cannot open the database");
		goto fail;
	}
	/* Debian builds sqlite with FTS5; a build without it cannot hold a store. */
	if (!sqlite3_compileoption_used("ENABLE_FTS5")) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "db", path, 0, 0,
		    "this sqlite %s was built without FTS5 (SQLITE_ENABLE_FTS5)", sqlite3_libversion());
		goto fail;
	}
	sqlite3_extended_result_codes(db->db, 1);
	sqlite3_busy_timeout(db->db, o && o->busy_ms > 0 ? o->busy_ms : 5000);
	/* The first statement reads the header: a file that is not sqlite fails
	 * here ("file is not a database") and is never written to.
	 * WAL: readers (report, search) never block the scan's writer.
	 * synchronous=NORMAL: in WAL a killed process loses nothing committed;
	 * only a power cut can drop the last transactions, never corrupt.
	 * LG_DB_AUTOCHECKPOINT: with synchronous=OFF a scan ran in 60% of the
	 * time; checkpointing less often recovered most of that while syncing.
	 * cache_size: FTS5 segment merges reread pages. */
	if (exec(db, "PRAGMA foreign_keys = ON", "cannot open the database") != LG_OK ||
	    exec(db, "PRAGMA journal_mode = WAL", "cannot open the database") != LG_OK ||
	    exec(db, "PRAGMA synchronous = NORMAL", "cannot open the database") != LG_OK ||
	    sqlite3_wal_autocheckpoint(db->db, LG_DB_AUTOCHECKPOINT) != SQLITE_OK ||
	    exec(db, "PRAGMA cache_size = -65536", "cannot open the database") != LG_OK ||
	    migrate(db, target) != LG_OK || read_user_version(db, &db->version) != LG_OK)
		goto fail;
	*out = db;
	return LG_OK;
fail:
	lg_db_close(db);
	return LG_ERROR;
}

void
lg_db_close(lg_db *db)
{
	int i;

	if (db == NULL)
		return;
	lg_db_background_checkpoints(db, 0);
	for (i = 0; i < S_COUNT; i++)
		sqlite3_finalize(db->st[i]);
	sqlite3_close(db->db);
	lg_buf_free(&db->text);
	free(db->path);
	free(db);
}

int
lg_db_user_version(lg_db *db)
{
	int v = -1;

	read_user_version(db, &v);
	return v;
}

void
lg_db_background_checkpoints(lg_db *db, int on)
{
	if (on && db->ckpt == NULL)
		db->ckpt = lg_db_ckpt_start(db->db, db->path);
	else if (!on && db->ckpt != NULL) {
		lg_db_ckpt_stop(db->ckpt);
		db->ckpt = NULL;
	}
}

void
lg_db_die_after(lg_db *db, long n)
{
	db->die_after = n;
}

int
lg_db_run_begin(lg_db *db, const char *pack, const char *pack_title, const char *pack_version,
    const char *root, int64_t *run_id)
{
	sqlite3_stmt *st;

	if ((st = stmt(db, S_RUN_BEGIN)) == NULL)
		return LG_ERROR;
	bind_text(st, 1, pack);
	bind_text(st, 2, pack_title);
	bind_text(st, 3, pack_version);
	bind_text(st, 4, LEXGAP_VERSION);
	bind_text(st, 5, root);
	if (run(db, S_RUN_BEGIN, "cannot record the run") != LG_OK)
		return LG_ERROR;
	*run_id = sqlite3_last_insert_rowid(db->db);
	return LG_OK;
}

int
lg_db_run_finish(lg_db *db, int64_t run_id)
{
	sqlite3_stmt *st;

	if ((st = stmt(db, S_RUN_FINISH)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, run_id);
	return run(db, S_RUN_FINISH, "cannot record the end of the run");
}

int
lg_db_doc_hash(lg_db *db, const char *path, uint64_t *hash)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = stmt(db, S_DOC_HASH)) == NULL)
		return LG_ERROR;
	bind_text(st, 1, path);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*hash = strtoull((const char *)sqlite3_column_text(st, 0), NULL, 16);
		sqlite3_reset(st);
		return LG_OK;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return LG_ENOTFOUND;
	lg_diag_emit(db->diag, LG_LEVEL_ERROR, "db", db->path, 0, 0, "cannot read a document: %s",
	    sqlite3_errstr(rc));
	return LG_ERROR;
}

int
lg_db_doc_list(lg_db *db, const char *root, struct lg_db_entry **out, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	char *prefix;
	int rc;

	*out = NULL;
	*n = 0;
	if ((st = stmt(db, S_DOC_LIST)) == NULL)
		return LG_ERROR;
	prefix = lg_xasprintf("%s/", root);
	bind_text(st, 1, root);
	bind_text(st, 2, prefix);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lg_db_entry *e;

		*out = lg_grow(*out, &cap, *n + 1, sizeof(**out));
		e = &(*out)[(*n)++];
		e->path = col_dup(st, 0);
		e->hash = strtoull((const char *)sqlite3_column_text(st, 1), NULL, 16);
		e->error = col_dup(st, 2);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, "cannot list documents");
	sqlite3_reset(st);
	free(prefix);
	if (rc != SQLITE_DONE) {
		lg_db_entries_free(*out, *n);
		*out = NULL;
		*n = 0;
		return LG_ERROR;
	}
	return LG_OK;
}

void
lg_db_entries_free(struct lg_db_entry *e, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(e[i].path);
		free(e[i].error);
	}
	free(e);
}

/* Add a document's provisions to the FTS index, or take them out (which
 * needs their old text, so before the rows go). Schema v1 has no index. */
static int
fts_update(lg_db *db, enum stmt s, sqlite3_int64 doc_id)
{
	sqlite3_stmt *st;

	if (db->version < 2)
		return LG_OK;
	if ((st = stmt(db, s)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, doc_id);
	return run(db, s, "cannot update the search index");
}

/* Delete the stored rows of path, if any: index entries, then provisions;
 * findings, elements and evidence follow documents by ON DELETE CASCADE. */
static int
delete_doc(lg_db *db, const char *path)
{
	sqlite3_stmt *st;
	sqlite3_int64 id;
	int rc;

	if ((st = stmt(db, S_DOC_ID)) == NULL)
		return LG_ERROR;
	bind_text(st, 1, path);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(st);
		return LG_OK;
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return db_fail(db, "cannot find a document");
	}
	id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (fts_update(db, S_FTS_DEL, id) != LG_OK || (st = stmt(db, S_PROV_DEL)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, id);
	if (run(db, S_PROV_DEL, "cannot delete old provisions") != LG_OK)
		return LG_ERROR;
	if ((st = stmt(db, S_DOC_DEL)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, id);
	return run(db, S_DOC_DEL, "cannot delete an old document");
}

/* A provision's own text: its range minus its children's ranges, so that the
 * store (and the FTS index) hold each word of the law once, not once per
 * ancestor. Provisions are in document order: the descendants of i follow it. */
static const char *
own_text(lg_db *db, const lg_doc *doc, size_t i)
{
	const struct lg_prov *p = &doc->prov[i];
	size_t cur = p->start, j, a, b;

	lg_buf_truncate(&db->text, 0);
	for (j = i + 1; j < doc->nprov && doc->prov[j].start < p->end; j++) {
		if (doc->prov[j].parent != (int)i)
			continue;
		if (doc->prov[j].start > cur)
			lg_buf_put(&db->text, doc->text + cur, doc->prov[j].start - cur);
		if (doc->prov[j].end > cur)
			cur = doc->prov[j].end;
	}
	if (p->end > cur)
		lg_buf_put(&db->text, doc->text + cur, p->end - cur);
	a = 0;
	b = db->text.len;
	while (a < b && (db->text.p[a] == ' ' || db->text.p[a] == '\n'))
		a++;
	while (b > a && (db->text.p[b - 1] == ' ' || db->text.p[b - 1] == '\n'))
		b--;
	if (b < db->text.len)
		lg_buf_truncate(&db->text, b);
	return db->text.p ? db->text.p + a : "";
}

static int
store_provisions(lg_db *db, sqlite3_int64 doc_id, const lg_doc *doc)
{
	sqlite3_stmt *st;
	size_t i;

	for (i = 0; i < doc->nprov; i++) {
		const struct lg_prov *p = &doc->prov[i];

		if ((st = stmt(db, S_PROV_INS)) == NULL)
			return LG_ERROR;
		sqlite3_bind_int64(st, 1, doc_id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		if (p->parent >= 0)
			sqlite3_bind_int(st, 3, p->parent);
		bind_text(st, 4, p->eid);
		bind_text(st, 5, p->kind);
		bind_text(st, 6, p->num);
		bind_text(st, 7, p->heading);
		bind_text(st, 8, p->path);
		sqlite3_bind_int64(st, 9, p->line);
		bind_text(st, 10, own_text(db, doc, i));
		if (run(db, S_PROV_INS, "cannot store a provision") != LG_OK)
			return LG_ERROR;
	}
	return LG_OK;
}

static int
store_element(lg_db *db, sqlite3_int64 find_id, size_t idx, const struct lg_element_result *e)
{
	sqlite3_stmt *st;
	sqlite3_int64 el_id;
	size_t k;

	if ((st = stmt(db, S_EL_INS)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, find_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)idx);
	bind_text(st, 3, e->id ? e->id : "");
	bind_text(st, 4, e->label);
	bind_text(st, 5, lg_status_name(e->status));
	bind_text(st, 6, e->note);
	if (run(db, S_EL_INS, "cannot store an element") != LG_OK)
		return LG_ERROR;
	el_id = sqlite3_last_insert_rowid(db->db);
	for (k = 0; k < e->nev; k++) {
		const struct lg_evidence *v = &e->ev[k];

		if ((st = stmt(db, S_EV_INS)) == NULL)
			return LG_ERROR;
		sqlite3_bind_int64(st, 1, el_id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)k);
		bind_text(st, 3, v->doc);
		bind_text(st, 4, v->eid);
		bind_text(st, 5, v->path);
		sqlite3_bind_int64(st, 6, v->line);
		bind_text(st, 7, v->quote);
		sqlite3_bind_int64(st, 8, (sqlite3_int64)v->hl_start);
		sqlite3_bind_int64(st, 9, (sqlite3_int64)v->hl_len);
		bind_text(st, 10, v->via);
		if (run(db, S_EV_INS, "cannot store evidence") != LG_OK)
			return LG_ERROR;
	}
	return LG_OK;
}

static int
store_findings(lg_db *db, sqlite3_int64 doc_id, int64_t run_id, const struct lg_doc_result *res)
{
	sqlite3_stmt *st;
	sqlite3_int64 find_id;
	size_t i, j;

	for (i = 0; i < res->nreq; i++) {
		const struct lg_req_result *q = &res->req[i];

		if ((st = stmt(db, S_FIND_INS)) == NULL)
			return LG_ERROR;
		sqlite3_bind_int64(st, 1, doc_id);
		sqlite3_bind_int64(st, 2, run_id);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)i);
		bind_text(st, 4, q->id ? q->id : "");
		bind_text(st, 5, q->title);
		bind_text(st, 6, q->article);
		bind_text(st, 7, q->strength);
		bind_text(st, 8, q->hint);
		bind_text(st, 9, q->category);
		bind_text(st, 10, lg_status_name(q->status));
		bind_text(st, 11, lg_status_name(q->computed));
		if (q->has_value)
			sqlite3_bind_double(st, 12, q->value);
		bind_text(st, 13, q->value_text);
		bind_text(st, 14, q->explanation);
		bind_text(st, 15, q->waiver);
		bind_text(st, 16, q->waiver_expiry);
		if (run(db, S_FIND_INS, "cannot store a finding") != LG_OK)
			return LG_ERROR;
		find_id = sqlite3_last_insert_rowid(db->db);
		for (j = 0; j < q->nel; j++)
			if (store_element(db, find_id, j, &q->el[j]) != LG_OK)
				return LG_ERROR;
	}
	return LG_OK;
}

static int
store_body(lg_db *db, int64_t run_id, uint64_t hash, uint64_t size, const lg_doc *doc,
    const struct lg_doc_result *res)
{
	sqlite3_stmt *st;
	sqlite3_int64 doc_id;
	char hex[17];

	if (delete_doc(db, res->path) != LG_OK || (st = stmt(db, S_DOC_INS)) == NULL)
		return LG_ERROR;
	lg_hash_hex(hash, hex);
	bind_text(st, 1, res->path);
	bind_text(st, 2, hex);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)size);
	bind_text(st, 4, res->format ? res->format : doc ? doc->format : NULL);
	bind_text(st, 5, res->title ? res->title : doc ? doc->title : NULL);
	bind_text(st, 6, res->country ? res->country : doc ? doc->country : NULL);
	bind_text(st, 7, res->lang ? res->lang : doc ? doc->lang : NULL);
	bind_text(st, 8, res->date ? res->date : doc ? doc->date : NULL);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)(doc ? doc->nprov : res->nprov));
	if (!res->failed)
		bind_text(st, 10, lg_glotip_name(res->glotip));
	bind_text(st, 11, res->glotip_reason);
	sqlite3_bind_int64(st, 12, run_id);
	if (res->failed)
		bind_text(st, 13, res->error ? res->error : "could not be read");
	if (run(db, S_DOC_INS, "cannot store a document") != LG_OK)
		return LG_ERROR;
	doc_id = sqlite3_last_insert_rowid(db->db);
	if (doc && !res->failed && (store_provisions(db, doc_id, doc) != LG_OK ||
	    fts_update(db, S_FTS_ADD, doc_id) != LG_OK))
		return LG_ERROR;
	/* The crash-test hook fires with half a document written: the rerun must
	 * find the old state intact, not this one. */
	if (db->die_after >= 0 && db->nstored == db->die_after)
		raise(SIGKILL);
	return store_findings(db, doc_id, run_id, res);
}

int
lg_db_store_doc(lg_db *db, int64_t run_id, uint64_t hash, uint64_t size, const lg_doc *doc,
    const struct lg_doc_result *res)
{
	if (stmt(db, S_BEGIN) == NULL || stmt(db, S_COMMIT) == NULL || stmt(db, S_ROLLBACK) == NULL)
		return LG_ERROR;
	if (run(db, S_BEGIN, "cannot start a transaction") != LG_OK)
		return LG_ERROR;
	if (store_body(db, run_id, hash, size, doc, res) != LG_OK ||
	    run(db, S_COMMIT, "cannot commit") != LG_OK) {
		run(db, S_ROLLBACK, "cannot roll back");
		return LG_ERROR;
	}
	db->nstored++;
	return LG_OK;
}

int
lg_db_delete_doc(lg_db *db, const char *path)
{
	if (stmt(db, S_BEGIN) == NULL || stmt(db, S_COMMIT) == NULL || stmt(db, S_ROLLBACK) == NULL)
		return LG_ERROR;
	if (run(db, S_BEGIN, "cannot start a transaction") != LG_OK)
		return LG_ERROR;
	if (delete_doc(db, path) != LG_OK || run(db, S_COMMIT, "cannot commit") != LG_OK) {
		run(db, S_ROLLBACK, "cannot roll back");
		return LG_ERROR;
	}
	return LG_OK;
}

static enum lg_status
col_status(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	enum lg_status v = LG_MISSING;

	if (s != NULL)
		lg_status_parse((const char *)s, &v);
	return v;
}

static int
load_evidence(lg_db *db, sqlite3_int64 el_id, struct lg_element_result *e)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	if ((st = stmt(db, S_EV_GET)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, el_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lg_evidence *v;

		e->ev = lg_grow(e->ev, &cap, e->nev + 1, sizeof(*e->ev));
		v = &e->ev[e->nev++];
		memset(v, 0, sizeof(*v));
		v->doc = col_dup(st, 0);
		v->eid = col_dup(st, 1);
		v->path = col_dup(st, 2);
		v->line = (unsigned)sqlite3_column_int64(st, 3);
		v->quote = col_dup(st, 4);
		v->hl_start = (size_t)sqlite3_column_int64(st, 5);
		v->hl_len = (size_t)sqlite3_column_int64(st, 6);
		v->via = col_dup(st, 7);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, "cannot read evidence");
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? LG_OK : LG_ERROR;
}

/* Elements are read into a list first: the evidence query reuses the
 * connection while the element statement would still be stepping. */
static int
load_elements(lg_db *db, sqlite3_int64 find_id, struct lg_req_result *q)
{
	sqlite3_stmt *st;
	sqlite3_int64 *ids = NULL;
	size_t cap = 0, idcap = 0, j;
	int rc;

	if ((st = stmt(db, S_EL_GET)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, find_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lg_element_result *e;

		q->el = lg_grow(q->el, &cap, q->nel + 1, sizeof(*q->el));
		ids = lg_grow(ids, &idcap, q->nel + 1, sizeof(*ids));
		e = &q->el[q->nel];
		memset(e, 0, sizeof(*e));
		ids[q->nel++] = sqlite3_column_int64(st, 0);
		e->id = col_dup(st, 1);
		e->label = col_dup(st, 2);
		e->status = col_status(st, 3);
		e->note = col_dup(st, 4);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, "cannot read elements");
	sqlite3_reset(st);
	for (j = 0; rc == SQLITE_DONE && j < q->nel; j++)
		if (load_evidence(db, ids[j], &q->el[j]) != LG_OK)
			rc = SQLITE_ERROR;
	free(ids);
	return rc == SQLITE_DONE ? LG_OK : LG_ERROR;
}

static int
load_findings(lg_db *db, sqlite3_int64 doc_id, struct lg_doc_result *d)
{
	sqlite3_stmt *st;
	sqlite3_int64 *ids = NULL;
	size_t cap = 0, idcap = 0, i;
	int rc;

	if ((st = stmt(db, S_FIND_GET)) == NULL)
		return LG_ERROR;
	sqlite3_bind_int64(st, 1, doc_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lg_req_result *q;

		d->req = lg_grow(d->req, &cap, d->nreq + 1, sizeof(*d->req));
		ids = lg_grow(ids, &idcap, d->nreq + 1, sizeof(*ids));
		q = &d->req[d->nreq];
		memset(q, 0, sizeof(*q));
		ids[d->nreq++] = sqlite3_column_int64(st, 0);
		q->id = col_dup(st, 1);
		q->title = col_dup(st, 2);
		q->article = col_dup(st, 3);
		q->strength = col_dup(st, 4);
		q->hint = col_dup(st, 5);
		q->category = col_dup(st, 6);
		q->status = col_status(st, 7);
		q->computed = col_status(st, 8);
		if (sqlite3_column_type(st, 9) != SQLITE_NULL) {
			q->has_value = 1;
			q->value = sqlite3_column_double(st, 9);
		}
		q->value_text = col_dup(st, 10);
		q->explanation = col_dup(st, 11);
		q->waiver = col_dup(st, 12);
		q->waiver_expiry = col_dup(st, 13);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, "cannot read findings");
	sqlite3_reset(st);
	for (i = 0; rc == SQLITE_DONE && i < d->nreq; i++)
		if (load_elements(db, ids[i], &d->req[i]) != LG_OK)
			rc = SQLITE_ERROR;
	free(ids);
	return rc == SQLITE_DONE ? LG_OK : LG_ERROR;
}

static int
load_run(lg_db *db, int64_t run_id, lg_report **out)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = stmt(db, run_id > 0 ? S_RUN_GET : S_RUN_LATEST)) == NULL)
		return LG_ERROR;
	if (run_id > 0)
		sqlite3_bind_int64(st, 1, run_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = lg_report_new((const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1), (const char *)sqlite3_column_text(st, 2));
		/* The report says which lexgap produced the findings, not which renders them. */
		free((*out)->version);
		(*out)->version = col_dup(st, 3);
	} else if (rc != SQLITE_DONE)
		db_fail(db, "cannot read the run");
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		if (run_id > 0)
			lg_diag_emit(db->diag, LG_LEVEL_ERROR, "db", db->path, 0, 0,
			    "no run %lld in the database", (long long)run_id);
		else
			lg_diag_emit(db->diag, LG_LEVEL_ERROR, "db", db->path, 0, 0,
			    "no run in the database yet (run lexgap scan)");
		return LG_ENOTFOUND;
	}
	return rc == SQLITE_ROW ? LG_OK : LG_ERROR;
}

int
lg_db_load_report(lg_db *db, int64_t run_id, lg_report **out)
{
	sqlite3_stmt *st;
	sqlite3_int64 *ids = NULL;
	size_t idcap = 0, i;
	lg_report *r = NULL;
	int rc;

	*out = NULL;
	if ((rc = load_run(db, run_id, &r)) != LG_OK)
		return rc;
	if ((st = stmt(db, S_DOC_ALL)) == NULL) {
		lg_report_free(r);
		return LG_ERROR;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct lg_doc_result *d = lg_report_add_doc(r);
		const unsigned char *g;

		ids = lg_grow(ids, &idcap, r->ndocs, sizeof(*ids));
		ids[r->ndocs - 1] = sqlite3_column_int64(st, 0);
		d->path = col_dup(st, 1);
		d->title = col_dup(st, 2);
		d->country = col_dup(st, 3);
		d->lang = col_dup(st, 4);
		d->format = col_dup(st, 5);
		d->date = col_dup(st, 6);
		if ((d->error = col_dup(st, 7)) != NULL)
			d->failed = 1;
		d->nprov = (size_t)sqlite3_column_int64(st, 8);
		g = sqlite3_column_text(st, 9);
		d->glotip = g == NULL || strcmp((const char *)g, "none") == 0 ? LG_GLOTIP_NONE :
		    strcmp((const char *)g, "full") == 0 ? LG_GLOTIP_FULL : LG_GLOTIP_PARTIAL;
		d->glotip_reason = col_dup(st, 10);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, "cannot read documents");
	sqlite3_reset(st);
	for (i = 0; rc == SQLITE_DONE && i < r->ndocs; i++)
		if (load_findings(db, ids[i], &r->docs[i]) != LG_OK)
			rc = SQLITE_ERROR;
	free(ids);
	if (rc != SQLITE_DONE) {
		lg_report_free(r);
		return LG_ERROR;
	}
	*out = r;
	return LG_OK;
}

int
lg_db_matrix(lg_db *db, int per_doc, lg_db_cell_fn fn, void *payload)
{
	static const enum lg_status by_rank[] = { LG_MISSING, LG_PARTIAL, LG_WAIVED, LG_MET };
	sqlite3_stmt *st;
	int rc, rank;

	if ((st = stmt(db, per_doc ? S_MATRIX_DOC : S_MATRIX_COUNTRY)) == NULL)
		return LG_ERROR;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rank = sqlite3_column_int(st, 2);
		fn((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		    by_rank[rank < 0 || rank > 3 ? 0 : rank], payload);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, "cannot read the matrix");
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? LG_OK : LG_ERROR;
}

/* "forced labour" -> "\"forced\" \"labour\"": every word a literal token, for
 * queries that are not valid FTS5 syntax (a stray quote, "art.", "a-b"). */
static char *
plain_query(const char *q)
{
	lg_buf b = { 0 };
	int in = 0;

	for (; *q; q++) {
		if (*q == ' ' || *q == '\t' || *q == '\n') {
			if (in)
				lg_buf_puts(&b, "\" ");
			in = 0;
			continue;
		}
		if (!in)
			lg_buf_putc(&b, '"');
		in = 1;
		if (*q == '"')
			lg_buf_putc(&b, '"');
		lg_buf_putc(&b, *q);
	}
	if (in)
		lg_buf_putc(&b, '"');
	return b.p ? lg_buf_detach(&b) : lg_xstrdup("\"\"");
}

static int
search_once(lg_db *db, const char *query, int limit, const char *hl_open, const char *hl_close,
    lg_db_hit_fn fn, void *payload, int quiet)
{
	sqlite3_stmt *st;
	struct lg_db_hit h;
	int rc;

	if ((st = stmt(db, S_SEARCH)) == NULL)
		return LG_ERROR;
	bind_text(st, 1, query);
	bind_text(st, 2, hl_open);
	bind_text(st, 3, hl_close);
	sqlite3_bind_int(st, 4, limit > 0 ? limit : 20);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		h.path = (const char *)sqlite3_column_text(st, 0);
		h.eid = (const char *)sqlite3_column_text(st, 1);
		h.prov_path = (const char *)sqlite3_column_text(st, 2);
		h.line = (unsigned)sqlite3_column_int64(st, 3);
		h.snippet = (const char *)sqlite3_column_text(st, 4);
		fn(&h, payload);
	}
	if (rc != SQLITE_DONE && !quiet)
		db_fail(db, "cannot search");
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? LG_OK : LG_ERROR;
}

int
lg_db_search(lg_db *db, const char *query, int limit, const char *hl_open, const char *hl_close,
    lg_db_hit_fn fn, void *payload)
{
	char *plain;
	int rc;

	/* A syntax error is reported before the first row, so nothing was
	 * delivered yet when we retry. */
	if (search_once(db, query, limit, hl_open, hl_close, fn, payload, 1) == LG_OK)
		return LG_OK;
	plain = plain_query(query);
	rc = search_once(db, plain, limit, hl_open, hl_close, fn, payload, 0);
	free(plain);
	return rc;
}
