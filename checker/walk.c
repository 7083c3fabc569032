/* walk.c - directory traversal for scan: recursive, sorted, loop-safe. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "lexgap.h"
#include "util.h"
#include "walk.h"

/* Directories already entered, by identity: following symlinks is useful
 * (corpora are often assembled from links) but must not loop. */
struct seen {
	dev_t	*dev;
	ino_t	*ino;
	size_t	 n, cap, icap;
};

int
lg_walk_supported(const char *name)
{
	static const char *const ext[] = {
		"xml", "akn", "html", "htm", "xhtml", "txt", "md", "markdown",
	};
	const char *dot = strrchr(name, '.');
	size_t i;

	if (dot == NULL || dot == name)
		return 0;
	for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++)
		if (strcasecmp(dot + 1, ext[i]) == 0)
			return 1;
	return 0;
}

static int
seen_add(struct seen *s, const struct stat *st)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->dev[i] == st->st_dev && s->ino[i] == st->st_ino)
			return 0;
	s->dev = lg_grow(s->dev, &s->cap, s->n + 1, sizeof(*s->dev));
	s->ino = lg_grow(s->ino, &s->icap, s->n + 1, sizeof(*s->ino));
	s->dev[s->n] = st->st_dev;
	s->ino[s->n++] = st->st_ino;
	return 1;
}

static void
add_file(struct lg_walk *w, const char *path, const struct stat *st)
{
	w->files = lg_grow(w->files, &w->cap, w->n + 1, sizeof(*w->files));
	w->files[w->n].path = lg_xstrdup(path);
	w->files[w->n++].size = (uint64_t)st->st_size;
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
walk_dir(const char *dir, struct seen *seen, lg_diag *diag, struct lg_walk *w)
{
	DIR *d;
	struct dirent *e;
	struct stat st;
	char **names = NULL, *path;
	size_t n = 0, cap = 0, i;

	if ((d = opendir(dir)) == NULL) {
		lg_diag_emit(diag, LG_LEVEL_WARNING, "io", dir, 0, 0, "cannot read the directory: %s",
		    strerror(errno));
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')	/* ".", "..", .git, editor files */
			continue;
		names = lg_grow(names, &cap, n + 1, sizeof(*names));
		names[n++] = lg_xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 1)	/* qsort wants a real array */
		qsort(names, n, sizeof(*names), cmp_name);
	for (i = 0; i < n; i++) {
		path = lg_xasprintf("%s/%s", dir, names[i]);
		if (stat(path, &st) != 0)
			;	/* dangling link or raced away: nothing to read */
		else if (S_ISDIR(st.st_mode)) {
			if (seen_add(seen, &st))
				walk_dir(path, seen, diag, w);
		} else if (S_ISREG(st.st_mode) && lg_walk_supported(names[i]))
			add_file(w, path, &st);
		free(path);
		free(names[i]);
	}
	free(names);
}

static int
cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct lg_walk_file *)a)->path, ((const struct lg_walk_file *)b)->path);
}

int
lg_walk(const char *root, lg_diag *diag, struct lg_walk *out)
{
	struct seen seen = { 0 };
	struct stat st;
	char *r = lg_xstrdup(root);
	size_t len = strlen(r);

	memset(out, 0, sizeof(*out));
	while (len > 1 && r[len - 1] == '/')
		r[--len] = '\0';
	if (stat(r, &st) != 0) {
		int err = errno;

		lg_diag_emit(diag, LG_LEVEL_ERROR, err == ENOENT ? "not-found" : "io", r, 0, 0,
		    "%s", err == ENOENT ? "no such file or directory" : strerror(err));
		free(r);
		return err == ENOENT ? LG_ENOTFOUND : LG_ERROR;
	}
	if (S_ISDIR(st.st_mode)) {
		seen_add(&seen, &st);
		walk_dir(r, &seen, diag, out);
	} else
		add_file(out, r, &st);
	/* Depth-first order is not byte order ("a/b" vs "a.txt"); the store and
	 * the pruning of deleted files compare sorted lists, so sort once here. */
	if (out->n > 1)
		qsort(out->files, out->n, sizeof(*out->files), cmp_file);
	free(seen.dev);
	free(seen.ino);
	free(r);
	return LG_OK;
}

void
lg_walk_free(struct lg_walk *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		free(w->files[i].path);
	free(w->files);
	memset(w, 0, sizeof(*w));
}
