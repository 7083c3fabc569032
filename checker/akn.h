/* akn.h - Akoma Ntoso loader: 3.0 final, the 3.0 committee drafts (WD17,
 * CSD02, any prefix) and 2.0, into the document model (doc.h).
 * Dirty files load: @id stands in for @eId, problems are warnings with a line. */
#ifndef LG_AKN_H
#define LG_AKN_H

#include <stddef.h>

#include "diag.h"
#include "doc.h"
#include "util.h"

/* Does the buffer look like XML whose root is akomaNtoso (any version)? */
int	lg_akn_sniff(const char *buf, size_t len);

/* Parse buf as AKN. Never fetches the network, never expands external
 * entities. LG_EINVALID (with an error diagnostic naming the line) for
 * malformed XML or XML that is not Akoma Ntoso. */
int	lg_akn_load(const char *buf, size_t len, const char *path, lg_diag *diag,
	    lg_doc **out);

/* Write a document as Akoma Ntoso 3.0 (used by `lexgap import`). */
int	lg_akn_write(const lg_doc *doc, lg_buf *out);

#endif
