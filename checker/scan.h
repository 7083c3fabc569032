/* scan.h - check every supported file under a directory into the store.
 *
 * N threads (the calling one included) read, hash, load and check documents;
 * storing is one critical section, so sqlite sees a single writer, one
 * transaction per document. A file whose bytes (and pack id/version) hash as
 * stored is skipped before it is parsed. libxml2 must be initialised
 * (xmlInitParser) before lg_scan. */
#ifndef LG_SCAN_H
#define LG_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "diag.h"
#include "engine.h"
#include "load.h"

/* Where a scan stands; handed to the progress callback after each document. */
struct lg_scan_progress {
	size_t	 total;		/* files found */
	size_t	 done;		/* checked + skipped (failed ones included) */
	size_t	 checked;	/* read and checked (or failed) this run */
	size_t	 skipped;	/* unchanged since stored */
	size_t	 failed;	/* could not be read (this run or, unchanged, before) */
	size_t	 removed;	/* stored documents whose file is gone */
	uint64_t bytes_total, bytes_done;
	double	 elapsed;	/* seconds since the scan started */
	double	 storing;	/* seconds spent holding the store lock: the serial
				 * part, which bounds what more threads can gain */
};

typedef void (*lg_scan_progress_fn)(const struct lg_scan_progress *p, void *payload);

struct lg_scan_opts {
	int		 jobs;		/* threads, the caller's included; 0: online CPUs */
	struct lg_load_opts load;
	long		 die_after;	/* testing: SIGKILL inside the (n+1)th store; < 0 off */
	lg_scan_progress_fn progress;	/* may be NULL; called under the store lock */
	void		*progress_payload;
};

/* Scan root into db. Diagnostics reach diag under the store lock (never two
 * at once), a document's together. Unreadable documents are recorded
 * (documents.error) and counted in out->failed; the scan goes on.
 * Returns LG_OK, LG_ENOTFOUND (no root), or LG_ERROR (database). */
int	 lg_scan(const char *root, lg_db *db, const lg_pack *pack, const struct lg_scan_opts *o,
	    lg_diag *diag, struct lg_scan_progress *out);

/* The hash a stored document is compared with: its bytes, the pack's id and
 * version, lexgap's version and the --lang/--country overrides: a new pack,
 * tool or override rechecks everything. */
uint64_t lg_scan_hash(const lg_pack *pack, const struct lg_load_opts *load, const void *buf,
	    size_t len);

#endif
