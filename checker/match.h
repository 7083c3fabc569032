/* match.h - find every lexicon term of a pack in a document, in one pass over its words. */
#ifndef LG_MATCH_H
#define LG_MATCH_H

#include <stddef.h>

#include "diag.h"
#include "doc.h"
#include "pack.h"

struct lg_match {
	int	 concept;
	size_t	 start, end;	/* byte range in doc->text */
};

struct lg_matches {
	struct lg_match *m;
	size_t	 n, cap;
};

/* Append the matches of doc's language (every pack language when the document's is
 * unknown or not in the pack) to out, in text order. */
void	 lg_match_doc(const lg_pack *p, const lg_doc *doc, lg_diag *diag, struct lg_matches *out);
void	 lg_matches_free(struct lg_matches *m);

#endif
