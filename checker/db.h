/* db.h - the sqlite store of corpus runs (design.md §6).
 *
 * One lg_db is one connection; use it from one thread at a time (scan.c has a
 * single writer thread). The store holds the *current* state of every document
 * scanned: its content hash, metadata, provisions (with FTS5), and the findings
 * of the run that last checked it. Each document is written in one
 * transaction, so a process killed at any moment leaves every document either
 * in its old or its new complete state, never half-written.
 *
 * Errors go to the lg_diag given to lg_db_open with code "db" and the database
 * path; functions return LG_OK or LG_ERROR (LG_ENOTFOUND where said). */
#ifndef LG_DB_H
#define LG_DB_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "doc.h"
#include "report.h"

typedef struct lg_db lg_db;

#define LG_DB_SCHEMA_VERSION	2	/* PRAGMA user_version after migrations */

struct lg_db_opts {
	int	 create;	/* create the file if absent (scan); else LG_ENOTFOUND */
	int	 busy_ms;	/* wait this long for a lock; 0: 5000 */
	int	 version;	/* migrate up to this version; 0: LG_DB_SCHEMA_VERSION (tests) */
};

/* Open (and create/migrate) the store. A locked database fails with
 * "database is locked" after busy_ms; a file that is not sqlite fails with
 * the path named. Returns LG_OK, LG_ENOTFOUND or LG_ERROR. */
int	 lg_db_open(const char *path, const struct lg_db_opts *o, lg_diag *diag, lg_db **out);
void	 lg_db_close(lg_db *db);
int	 lg_db_user_version(lg_db *db);

/* Start and finish a run (one `scan` invocation). */
int	 lg_db_run_begin(lg_db *db, const char *pack, const char *pack_title,
	    const char *pack_version, const char *root, int64_t *run_id);
int	 lg_db_run_finish(lg_db *db, int64_t run_id);

/* The stored content hash of path: LG_OK with *hash set, LG_ENOTFOUND, or LG_ERROR. */
int	 lg_db_doc_hash(lg_db *db, const char *path, uint64_t *hash);

/* Every stored document under root (root itself or root/...), sorted by path
 * in byte order (strcmp), with its hash and stored error (NULL if it was read). */
struct lg_db_entry {
	char	 *path;
	uint64_t  hash;
	char	 *error;
};
int	 lg_db_doc_list(lg_db *db, const char *root, struct lg_db_entry **out, size_t *n);
void	 lg_db_entries_free(struct lg_db_entry *e, size_t n);

/* Replace everything stored for res->path with this document: its metadata,
 * its provisions (doc may be NULL when res->failed) and its findings, in one
 * transaction (BEGIN IMMEDIATE ... COMMIT, rolled back on any error). */
int	 lg_db_store_doc(lg_db *db, int64_t run_id, uint64_t hash, uint64_t size,
	    const lg_doc *doc, const struct lg_doc_result *res);

/* Remove a document and everything stored for it (file gone from the corpus). */
int	 lg_db_delete_doc(lg_db *db, const char *path);

/* on: WAL checkpoints run on a thread with its own connection instead of
 * inside the commits of this one (db_ckpt.c); for a writer that other
 * threads wait on. off: back to sqlite's inline automatic checkpoints.
 * lg_db_close turns it off. */
void	 lg_db_background_checkpoints(lg_db *db, int on);

/* Testing hook for crash tests: the (n+1)th lg_db_store_doc of this connection
 * kills the process with SIGKILL in the middle of its transaction. n < 0: off. */
void	 lg_db_die_after(lg_db *db, long n);

/* The stored state as a report: pack fields from the run (0: the latest run),
 * documents sorted by path. LG_ENOTFOUND when there is no such run. */
int	 lg_db_load_report(lg_db *db, int64_t run_id, lg_report **out);

/* Country x requirement matrix: per_doc 0 gives one row per country (the best
 * status any of its documents reached: met > waived > partial > missing),
 * per_doc 1 one row per document path. Called in (row, requirement) order. */
typedef void (*lg_db_cell_fn)(const char *row, const char *requirement,
    enum lg_status status, void *payload);
int	 lg_db_matrix(lg_db *db, int per_doc, lg_db_cell_fn fn, void *payload);

/* Full-text search over provision headings, paths and text (FTS5 syntax; a
 * query that is not valid FTS5 is retried as plain words). Snippets mark the
 * matches with hl_open/hl_close. */
struct lg_db_hit {
	const char	*path, *eid, *prov_path, *snippet;
	unsigned	 line;
};
typedef void (*lg_db_hit_fn)(const struct lg_db_hit *hit, void *payload);
int	 lg_db_search(lg_db *db, const char *query, int limit, const char *hl_open,
	    const char *hl_close, lg_db_hit_fn fn, void *payload);

#endif
