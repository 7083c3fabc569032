/* report_util.h - helpers shared by the renderers: counts per status, the
 * list of requirement ids across documents (rows of the summary matrix). */
#ifndef LG_REPORT_UTIL_H
#define LG_REPORT_UTIL_H

#include <stddef.h>

#include "report.h"

struct lg_counts {
	size_t	 n[4];		/* indexed by enum lg_status */
	size_t	 total;
};

void	 lg_doc_counts(const struct lg_doc_result *d, struct lg_counts *c);

/* The requirement ids of every document and the framework, in order of first
 * appearance, each with the first result carrying it (for title, strength...).
 * The pointers borrow from r; free only the array. */
struct lg_req_row {
	const char			*id;
	const struct lg_req_result	*first;
};
struct lg_req_row *lg_req_rows(const lg_report *r, size_t *n);

/* The result for id in d, or NULL. */
const struct lg_req_result *lg_doc_find_req(const struct lg_doc_result *d, const char *id);

/* The status that counts for q: the computed one when q is waived (a waiver
 * is a decision, not a change in the law). Its drafting hint is shown, in
 * every format, unless this is met. */
enum lg_status lg_req_effective(const struct lg_req_result *q);

/* The evidence item that best locates q: the first evidence of the first
 * element that has one, or NULL. */
const struct lg_evidence *lg_req_first_evidence(const struct lg_req_result *q);

/* Printable label for a document (title, else path, else "(unnamed)"). */
const char *lg_doc_label(const struct lg_doc_result *d);

#endif
