/* db_ckpt.h - background WAL checkpoints for one writer connection (db.c). */
#ifndef LG_DB_CKPT_H
#define LG_DB_CKPT_H

#include <sqlite3.h>

/* Pages of WAL between sqlite's automatic checkpoints (32 MB at 4 KB): each
 * costs two fsyncs, slow on virtual disks, so fewer and larger than the
 * default 1000. */
#define LG_DB_AUTOCHECKPOINT	8192

struct lg_db_ckpt;

/* Open a second connection to path and checkpoint from a thread whenever the
 * writer's WAL grows; the writer stops checkpointing inline (up to a cap).
 * NULL if the thread or connection cannot be had: nothing changed then. */
struct lg_db_ckpt *lg_db_ckpt_start(sqlite3 *writer, const char *path);

/* Stop the thread, close its connection, and give the writer back sqlite's
 * automatic checkpoint every LG_DB_AUTOCHECKPOINT pages. NULL is a no-op. */
void	 lg_db_ckpt_stop(struct lg_db_ckpt *c);

#endif
