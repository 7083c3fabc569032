/* waivers.h - accepted gaps: requirement id, mandatory justification, optional expiry.
 *
 * A waived requirement shows as "waived" with its justification and keeps its
 * computed status; it never vanishes from a report.
 *
 * File format (docs/waivers.md), UTF-8, one waiver per line:
 *
 *	# comment
 *	TIP-6-3-residence: covered by the Immigration Act 2019, s. 12 (expires 2027-06-30)
 *	TIP-9-1-prevention: covered by the National Action Plan,
 *	    which the Cabinet adopted in 2024.
 *
 * "ID: justification", an optional "(expires YYYY-MM-DD)" at the end of a
 * line, and lines starting with white space continue the justification. */
#ifndef LG_WAIVERS_H
#define LG_WAIVERS_H

#include <stddef.h>

#include "diag.h"
#include "engine.h"
#include "report.h"

typedef struct lg_waivers lg_waivers;

/* Parse a waivers file; every error (file:line:col) is reported. LG_OK,
 * LG_EINVALID (syntax), LG_ENOTFOUND or LG_ERROR (cannot read). */
int	 lg_waivers_load(const char *path, lg_diag *diag, lg_waivers **out);
/* The same from memory; path names the source in diagnostics. */
int	 lg_waivers_parse(const char *buf, size_t len, const char *path, lg_diag *diag,
	    lg_waivers **out);
void	 lg_waivers_free(lg_waivers *w);
size_t	 lg_waivers_count(const lg_waivers *w);
/* Mark waived requirements in every document and the framework. Expired waivers
 * and waivers naming ids the pack does not know are reported as warnings. */
void	 lg_waivers_apply(const lg_waivers *w, const lg_pack *p, lg_report *r, lg_diag *diag);
/* The same with today's date given (YYYY-MM-DD), for tests; p may be NULL
 * (no check of ids). lg_waivers_apply uses today's UTC date. */
void	 lg_waivers_apply_at(const lg_waivers *w, const lg_pack *p, lg_report *r,
	    lg_diag *diag, const char *today);

#endif
