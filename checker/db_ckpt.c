/* db_ckpt.c - WAL checkpoints on a thread of their own, for multi-threaded
 * scans.
 *
 * Why: in WAL mode every commit appends pages to the -wal file, and a
 * checkpoint copies them back into the database file and syncs it. sqlite
 * runs that checkpoint inside the COMMIT that crosses wal_autocheckpoint,
 * that is inside scan.c's store lock, where it took about a fifth of the
 * storing time and stalled every other thread that had a document ready.
 * A PASSIVE checkpoint needs no write lock, so a second connection can run
 * it while the writer goes on committing: the writer's wal hook only wakes
 * this thread. The WAL file only starts over after a checkpoint that caught
 * up completely, which a thread racing a busy writer seldom does, so the
 * writer still checkpoints inline where sqlite's automatic checkpoint used to
 * (LG_DB_AUTOCHECKPOINT pages); by then the thread has copied most of the
 * pages and the inline checkpoint is short. The -wal file stays at the size
 * it had before (measured: 35 MB at most on the bench corpus, against
 * 136 MB with the inline checkpoint at 128 MB).
 *
 * Crash safety is sqlite's: a checkpoint interrupted by kill -9 is redone
 * from the WAL by the next connection. */
#include <pthread.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "db_ckpt.h"
#include "util.h"

/* In pages (4 KB by default): wake the checkpointer at 4 MB of WAL,
 * checkpoint inline at 32 MB. */
#define CKPT_WAKE	1024
#define CKPT_INLINE	LG_DB_AUTOCHECKPOINT

struct lg_db_ckpt {
	sqlite3		*writer;
	sqlite3		*conn;		/* the checkpointer's own connection */
	pthread_t	 tid;
	pthread_mutex_t	 mu;		/* guards want, stop */
	pthread_cond_t	 cv;
	int		 want, stop;
};

static void *
ckpt_main(void *arg)
{
	struct lg_db_ckpt *c = arg;

	pthread_mutex_lock(&c->mu);
	for (;;) {
		while (!c->want && !c->stop)
			pthread_cond_wait(&c->cv, &c->mu);
		if (c->stop)
			break;
		c->want = 0;
		pthread_mutex_unlock(&c->mu);
		/* Errors (SQLITE_BUSY while another checkpoint runs) only mean
		 * the pages wait for the next one, or for the final one at close. */
		sqlite3_wal_checkpoint_v2(c->conn, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&c->mu);
	}
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

/* The writer's wal hook: runs after each commit, in the writer's thread. */
static int
ckpt_hook(void *arg, sqlite3 *writer, const char *schema, int pages)
{
	struct lg_db_ckpt *c = arg;

	if (pages >= CKPT_INLINE) {
		sqlite3_wal_checkpoint_v2(writer, schema, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		return SQLITE_OK;
	}
	if (pages >= CKPT_WAKE) {
		pthread_mutex_lock(&c->mu);
		c->want = 1;
		pthread_cond_signal(&c->cv);
		pthread_mutex_unlock(&c->mu);
	}
	return SQLITE_OK;
}

struct lg_db_ckpt *
lg_db_ckpt_start(sqlite3 *writer, const char *path)
{
	struct lg_db_ckpt *c = lg_xcalloc(1, sizeof(*c));

	/* A connection learns that the file is in WAL mode when it first reads
	 * it; until then sqlite3_wal_checkpoint_v2 is a silent no-op. */
	if (sqlite3_open_v2(path, &c->conn, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK ||
	    sqlite3_exec(c->conn, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK)
		goto fail;
	pthread_mutex_init(&c->mu, NULL);
	pthread_cond_init(&c->cv, NULL);
	if (pthread_create(&c->tid, NULL, ckpt_main, c) != 0) {
		pthread_cond_destroy(&c->cv);
		pthread_mutex_destroy(&c->mu);
		goto fail;
	}
	c->writer = writer;
	/* Replaces the automatic checkpoint, which is itself a wal hook. */
	sqlite3_wal_hook(writer, ckpt_hook, c);
	return c;
fail:
	/* No thread: the writer keeps checkpointing inline, slower, not wrong. */
	sqlite3_close(c->conn);
	free(c);
	return NULL;
}

void
lg_db_ckpt_stop(struct lg_db_ckpt *c)
{
	if (c == NULL)
		return;
	sqlite3_wal_autocheckpoint(c->writer, LG_DB_AUTOCHECKPOINT);	/* unhooks ckpt_hook */
	pthread_mutex_lock(&c->mu);
	c->stop = 1;
	pthread_cond_signal(&c->cv);
	pthread_mutex_unlock(&c->mu);
	pthread_join(c->tid, NULL);
	pthread_cond_destroy(&c->cv);
	pthread_mutex_destroy(&c->mu);
	sqlite3_close(c->conn);
	free(c);
}
