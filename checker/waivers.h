/* waivers.h - accepted gaps: requirement id, mandatory justification, optional expiry.
 *
 * A waived requirement shows as "waived" with its justification and keeps its
 * computed status; it never vanishes from a report. */
#ifndef LG_WAIVERS_H
#define LG_WAIVERS_H

#include "diag.h"
#include "engine.h"
#include "report.h"

typedef struct lg_waivers lg_waivers;

/* Parse a waivers file; every error (file:line:col) is reported. LG_OK or LG_EINVALID. */
int	 lg_waivers_load(const char *path, lg_diag *diag, lg_waivers **out);
void	 lg_waivers_free(lg_waivers *w);
/* Mark waived requirements in every document and the framework. Expired waivers
 * and waivers naming ids the pack does not know are reported as warnings. */
void	 lg_waivers_apply(const lg_waivers *w, const lg_pack *p, lg_report *r, lg_diag *diag);

#endif
