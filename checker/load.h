/* load.h - read one input file of any supported format into an lg_doc:
 * size limit, encoding, format detection by content and extension, language. */
#ifndef LG_LOAD_H
#define LG_LOAD_H

#include <stddef.h>

#include "diag.h"
#include "doc.h"

struct lg_load_opts {
	size_t		 max_bytes;	/* 0: LG_MAX_DOC_BYTES */
	const char	*lang;		/* --lang override, or NULL */
	const char	*country;	/* --country override, or NULL */
};

/* LG_ENOTFOUND, LG_ERROR (I/O), LG_ELIMIT (too large), LG_EINVALID (unreadable
 * content); each with one error diagnostic naming the file. */
int	lg_load(const char *path, const struct lg_load_opts *o, lg_diag *diag, lg_doc **out);
int	lg_load_mem(const char *buf, size_t len, const char *path,
	    const struct lg_load_opts *o, lg_diag *diag, lg_doc **out);

#endif
