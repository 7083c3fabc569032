/* walk.h - the files a scan reads: every supported file under a directory,
 * recursively, in a deterministic order. */
#ifndef LG_WALK_H
#define LG_WALK_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

struct lg_walk_file {
	char	 *path;		/* root/relative/path, root as given minus trailing '/' */
	uint64_t  size;
};

struct lg_walk {
	struct lg_walk_file *files;	/* sorted by path, byte order (strcmp) */
	size_t	 n, cap;
};

/* 1 if the name has an extension lexgap reads (.xml .akn .html .htm .xhtml
 * .txt .md .markdown, any case). */
int	 lg_walk_supported(const char *name);

/* Collect the supported regular files under root (root may also be one file).
 * Hidden entries (".name") are skipped; a directory reached twice (symlink
 * loop or alias) is read once. Unreadable subdirectories are warnings.
 * Returns LG_OK, or LG_ENOTFOUND / LG_ERROR when root itself cannot be read. */
int	 lg_walk(const char *root, lg_diag *diag, struct lg_walk *out);
void	 lg_walk_free(struct lg_walk *w);

#endif
