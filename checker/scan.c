/* scan.c - a corpus run: N threads each read, check and store documents.
 *
 * Why this shape: the pack is immutable and shared (engine.h), so a thread
 * needs nothing of its own but an lg_diag. sqlite wants one writer, and one
 * transaction per document is what makes a killed scan resumable, so storing
 * is a critical section: a thread that has checked a document takes the
 * store lock, writes it, and lets the next one in. While one thread writes,
 * the others parse and check: with N threads on N cores both kinds of work
 * overlap, and -j1 is plain sequential code with no thread at all. Memory is
 * bounded by N documents in flight. Diagnostics are captured per document
 * and replayed under the lock, so a document's messages stay together. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hash.h"
#include "lexgap.h"
#include "scan.h"
#include "util.h"
#include "walk.h"

/* A diagnostic raised while loading or checking, replayed under the lock. */
struct msg {
	enum lg_level	 level;
	char		*code, *file, *text;
	unsigned	 line, col;
};

enum job_kind { J_CHECKED, J_FAILED, J_SKIPPED };

/* One file's outcome, owned by the thread that processes it. */
struct job {
	size_t		 idx;		/* into walk->files */
	enum job_kind	 kind;
	uint64_t	 hash, size;
	lg_doc		*doc;
	struct lg_doc_result res;
	const char	*stored_error;	/* skipped, and stored as unreadable */
	struct msg	*msgs;
	size_t		 nmsg, msgcap;
	char		*last_error;
};

struct scan {
	const struct lg_walk	*walk;
	const struct lg_db_entry *prior;	/* stored before this run, sorted by path */
	size_t			 nprior;
	const lg_pack		*pack;
	const struct lg_scan_opts *o;
	lg_db			*db;
	lg_diag			*diag;
	int64_t			 run_id;
	double			 t0;

	size_t			*order;		/* walk->files indices, largest file first */
	pthread_mutex_t		 take_mu;	/* guards next */
	size_t			 next;		/* next in order to take */
	pthread_mutex_t		 store_mu;	/* guards db, diag, progress, rc */
	struct lg_scan_progress	*p;
	int			 rc;		/* first store error: everyone stops */
};

uint64_t
lg_scan_hash(const lg_pack *pack, const struct lg_load_opts *load, const void *buf, size_t len)
{
	uint64_t seed;

	seed = lg_hash64_str(lg_pack_id(pack), 0);
	seed = lg_hash64_str(lg_pack_version(pack), seed);
	seed = lg_hash64_str(LEXGAP_VERSION, seed);
	seed = lg_hash64_str(load ? load->lang : NULL, seed);
	seed = lg_hash64_str(load ? load->country : NULL, seed);
	return lg_hash64(buf, len, seed);
}

static void
capture(enum lg_level level, const char *code, const char *file, unsigned line, unsigned col,
    const char *msg, void *payload)
{
	struct job *j = *(struct job **)payload;
	struct msg *m;

	j->msgs = lg_grow(j->msgs, &j->msgcap, j->nmsg + 1, sizeof(*j->msgs));
	m = &j->msgs[j->nmsg++];
	m->level = level;
	m->code = lg_xstrdup(code);
	m->file = lg_xstrdup(file);
	m->text = lg_xstrdup(msg);
	m->line = line;
	m->col = col;
	if (level == LG_LEVEL_ERROR) {
		free(j->last_error);
		j->last_error = line ? lg_xasprintf("line %u: %s", line, msg) : lg_xstrdup(msg);
	}
}

static void
job_free(struct job *j)
{
	size_t i;

	for (i = 0; i < j->nmsg; i++) {
		free(j->msgs[i].code);
		free(j->msgs[i].file);
		free(j->msgs[i].text);
	}
	free(j->msgs);
	free(j->last_error);
	lg_doc_free(j->doc);
	lg_doc_result_clear(&j->res);
	free(j);
}

static int
cmp_entry(const void *key, const void *e)
{
	return strcmp(key, ((const struct lg_db_entry *)e)->path);
}

static void
fail(struct job *j, const char *path)
{
	j->kind = J_FAILED;
	lg_doc_result_failed(&j->res, path, j->last_error ? j->last_error : "could not be read");
}

/* Read, hash, and (unless unchanged) load and check one file. */
static void
process(struct scan *s, lg_diag *d, struct job *j)
{
	const char *path = s->walk->files[j->idx].path;
	const struct lg_db_entry *prior;
	size_t max = s->o->load.max_bytes ? s->o->load.max_bytes : LG_MAX_DOC_BYTES, len;
	char *buf;
	int rc;

	j->size = s->walk->files[j->idx].size;
	rc = lg_read_file(path, max, &buf, &len);
	if (rc != LG_OK) {
		/* No bytes, no hash: stored with hash 0, so the next run retries. */
		if (rc == LG_ELIMIT)
			lg_diag_emit(d, LG_LEVEL_ERROR, "too-large", path, 0, 0,
			    "file larger than the limit of %zu bytes (--max-size)", max);
		else
			lg_diag_emit(d, LG_LEVEL_ERROR, rc == LG_ENOTFOUND ? "not-found" : "io", path, 0, 0,
			    "cannot read the file");
		fail(j, path);
		return;
	}
	j->size = len;
	j->hash = lg_scan_hash(s->pack, &s->o->load, buf, len);
	prior = s->nprior == 0 ? NULL :	/* bsearch wants a real array */
	    bsearch(path, s->prior, s->nprior, sizeof(*s->prior), cmp_entry);
	if (prior != NULL && prior->hash == j->hash) {
		j->kind = J_SKIPPED;
		j->stored_error = prior->error;
		free(buf);
		return;
	}
	rc = lg_load_mem(buf, len, path, &s->o->load, d, &j->doc);
	free(buf);
	if (rc != LG_OK) {
		fail(j, path);
		return;
	}
	j->kind = J_CHECKED;
	/* The document was made with the walked path, which the result copies:
	 * the store keys documents by it. */
	lg_check_doc(s->pack, j->doc, d, &j->res);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Under store_mu: diagnostics out, document in, progress. */
static int
store(struct scan *s, struct job *j)
{
	struct lg_scan_progress *p = s->p;
	const char *path = s->walk->files[j->idx].path;
	size_t i;
	int rc = LG_OK;

	for (i = 0; i < j->nmsg; i++)
		lg_diag_emit(s->diag, j->msgs[i].level, j->msgs[i].code, j->msgs[i].file,
		    j->msgs[i].line, j->msgs[i].col, "%s", j->msgs[i].text);
	if (j->kind == J_SKIPPED) {
		p->skipped++;
		if (j->stored_error) {
			/* Still unreadable: say so again, or exit 2 would be unexplained. */
			lg_diag_emit(s->diag, LG_LEVEL_ERROR, "unreadable", path, 0, 0,
			    "%s (unchanged since it was stored)", j->stored_error);
			p->failed++;
		}
	} else {
		p->checked++;
		if (j->kind == J_FAILED)
			p->failed++;
		rc = lg_db_store_doc(s->db, s->run_id, j->hash, j->size, j->doc, &j->res);
	}
	p->done++;
	p->bytes_done += s->walk->files[j->idx].size;
	p->elapsed = now() - s->t0;
	if (s->o->progress)
		s->o->progress(p, s->o->progress_payload);
	return rc;
}

static void *
worker(void *arg)
{
	struct scan *s = arg;
	struct job *cur = NULL;
	lg_diag *d = lg_diag_new(capture, &cur);
	size_t i;
	double t;
	int stop;

	for (;;) {
		pthread_mutex_lock(&s->take_mu);
		i = s->next++;
		pthread_mutex_unlock(&s->take_mu);
		if (i >= s->walk->n)
			break;
		cur = lg_xcalloc(1, sizeof(*cur));
		cur->idx = s->order[i];
		process(s, d, cur);

		pthread_mutex_lock(&s->store_mu);
		t = now();
		if (s->rc == LG_OK)
			s->rc = store(s, cur);
		s->p->storing += now() - t;
		stop = s->rc != LG_OK;
		pthread_mutex_unlock(&s->store_mu);
		job_free(cur);
		if (stop)
			break;
	}
	lg_diag_free(d);
	return NULL;
}

static int
cmp_file_path(const void *key, const void *f)
{
	return strcmp(key, ((const struct lg_walk_file *)f)->path);
}

/* Stored documents under root whose file is gone leave the store, so that a
 * store always mirrors the tree it was scanned from. */
static int
prune(struct scan *s, lg_db *db, struct lg_scan_progress *p)
{
	size_t i;

	for (i = 0; i < s->nprior; i++) {
		if (s->walk->n > 0 && bsearch(s->prior[i].path, s->walk->files, s->walk->n,
		    sizeof(*s->walk->files), cmp_file_path) != NULL)
			continue;
		if (lg_db_delete_doc(db, s->prior[i].path) != LG_OK)
			return LG_ERROR;
		p->removed++;
	}
	return LG_OK;
}

/* Largest first (ties in path order): a big code taken last would leave the
 * other threads idle while one thread parses it; taken first, the small files
 * fill in around it. The store does not depend on the order. */
struct by_size {
	uint64_t	 size;
	size_t		 idx;
};

static int
cmp_size_desc(const void *a, const void *b)
{
	const struct by_size *x = a, *y = b;

	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static size_t *
largest_first(const struct lg_walk *w)
{
	struct by_size *v = lg_xcalloc(w->n ? w->n : 1, sizeof(*v));
	size_t *order = lg_xcalloc(w->n ? w->n : 1, sizeof(*order)), i;

	for (i = 0; i < w->n; i++) {
		v[i].size = w->files[i].size;
		v[i].idx = i;
	}
	qsort(v, w->n, sizeof(*v), cmp_size_desc);
	for (i = 0; i < w->n; i++)
		order[i] = v[i].idx;
	free(v);
	return order;
}

static int
jobs_for(const struct lg_scan_opts *o, size_t nfiles)
{
	long n = o->jobs > 0 ? o->jobs : sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		n = 1;
	if (n > 256)
		n = 256;
	if ((size_t)n > nfiles)
		n = nfiles ? (long)nfiles : 1;
	return (int)n;
}

int
lg_scan(const char *root, lg_db *db, const lg_pack *pack, const struct lg_scan_opts *o,
    lg_diag *diag, struct lg_scan_progress *out)
{
	struct lg_walk walk;
	struct scan s;
	struct lg_db_entry *prior = NULL;
	pthread_t *tid = NULL;
	size_t nprior = 0, i;
	int64_t run_id;
	int rc, nthreads = 0, njobs;
	double t0 = now();
	char *r;

	memset(out, 0, sizeof(*out));
	/* Stored paths are root/rel with root as lg_walk spells it: no trailing '/'. */
	r = lg_xstrdup(root);
	for (i = strlen(r); i > 1 && r[i - 1] == '/'; i--)
		r[i - 1] = '\0';
	if ((rc = lg_walk(r, diag, &walk)) != LG_OK) {
		free(r);
		return rc;
	}
	out->total = walk.n;
	for (i = 0; i < walk.n; i++)
		out->bytes_total += walk.files[i].size;
	/* The stored hashes, read once: threads compare against this immutable
	 * copy without the store lock, and parse nothing that is unchanged. */
	if (lg_db_doc_list(db, r, &prior, &nprior) != LG_OK ||
	    lg_db_run_begin(db, lg_pack_id(pack), lg_pack_title(pack), lg_pack_version(pack), r,
	    &run_id) != LG_OK) {
		lg_db_entries_free(prior, nprior);
		lg_walk_free(&walk);
		free(r);
		return LG_ERROR;
	}
	if (o->die_after >= 0)
		lg_db_die_after(db, o->die_after);

	memset(&s, 0, sizeof(s));
	s.walk = &walk;
	s.prior = prior;
	s.nprior = nprior;
	s.pack = pack;
	s.o = o;
	s.db = db;
	s.diag = diag;
	s.run_id = run_id;
	s.t0 = t0;
	s.p = out;
	s.rc = LG_OK;
	s.order = largest_first(&walk);
	pthread_mutex_init(&s.take_mu, NULL);
	pthread_mutex_init(&s.store_mu, NULL);
	/* The calling thread is worker number one; -j N adds N - 1 threads. */
	njobs = jobs_for(o, walk.n);
	/* Threads wait on the store lock: keep checkpoints out of it. */
	if (njobs > 1)
		lg_db_background_checkpoints(db, 1);
	tid = lg_xcalloc((size_t)njobs, sizeof(*tid));
	for (nthreads = 0; nthreads < njobs - 1; nthreads++)
		if (pthread_create(&tid[nthreads], NULL, worker, &s) != 0)
			break;	/* fewer threads is slower, not wrong */
	worker(&s);
	for (i = 0; i < (size_t)nthreads; i++)
		pthread_join(tid[i], NULL);
	lg_db_background_checkpoints(db, 0);
	rc = s.rc;
	if (rc == LG_OK)
		rc = prune(&s, db, out);
	if (rc == LG_OK)
		rc = lg_db_run_finish(db, run_id);
	out->elapsed = now() - t0;
	pthread_mutex_destroy(&s.store_mu);
	pthread_mutex_destroy(&s.take_mu);
	free(tid);
	free(s.order);
	lg_db_entries_free(prior, nprior);
	lg_walk_free(&walk);
	free(r);
	return rc;
}
