/* import_int.h - shared by the importer's files (import_*.c, structure.c);
 * not part of the library's interface. */
#ifndef LG_IMPORT_INT_H
#define LG_IMPORT_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "doc.h"
#include "structure.h"
#include "util.h"

/* A compiled pattern and its match data: one per pattern per import call. */
struct lg_re {
	pcre2_code		*code;
	pcre2_match_data	*md;
};

/* UTF-8 (invalid input allowed), optionally caseless. -1 if it does not compile. */
int	 lg_re_compile(struct lg_re *r, const char *pat, int caseless);
void	 lg_re_free(struct lg_re *r);
int	 lg_re_match(struct lg_re *r, const char *s, size_t n);
/* Named group of the last match: pointer into s and length; NULL if unset. */
const char *lg_re_group(struct lg_re *r, const char *s, const char *name, size_t *len);

/* The eIds given out so far, each with the next suffix to try for it. */
struct lg_identry {
	char	*s;
	size_t	 next;
	size_t	 hash;	/* compared before s: most probes then touch no string */
};

struct lg_idset {
	struct lg_identry	*slot;
	size_t			 cap, n;
};

/* The entry for s, inserted (with a copy of s) if absent; *added says which.
 * The pointer is valid until the next call. */
struct lg_identry *lg_idset_get(struct lg_idset *set, const char *s, int *added);
void	 lg_idset_free(struct lg_idset *set);
/* AKN naming convention: "article" -> "art", "chapter" -> "chp", ... */
const char *lg_eid_abbrev(const char *kind);
/* Append the number part of an eId ("Article 225-4-1" -> "225-4-1"). */
void	 lg_eid_token(lg_buf *b, const char *num, size_t n);

/* Title, number and date from the first lines, where front matter gave none. */
void	 lg_front_from_text(const struct lg_lines *l, lg_doc *doc);

#endif
