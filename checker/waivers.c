/* waivers.c - PLACEHOLDER until the reports work lands: refuses every file. */
#include <stdlib.h>

#include "lexgap.h"
#include "waivers.h"

int
lg_waivers_load(const char *path, lg_diag *diag, lg_waivers **out)
{
	*out = NULL;
	lg_diag_emit(diag, LG_LEVEL_ERROR, "waivers", path, 0, 0, "waivers are not supported yet");
	return LG_EINVALID;
}

void lg_waivers_free(lg_waivers *w) { (void)w; }

void
lg_waivers_apply(const lg_waivers *w, const lg_pack *p, lg_report *r, lg_diag *diag)
{
	(void)w; (void)p; (void)r; (void)diag;
}
