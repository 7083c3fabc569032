/* akn.c - PLACEHOLDER until the AKN loader lands: refuses every file. */
#include <string.h>

#include "akn.h"
#include "lexgap.h"

int
lg_akn_sniff(const char *buf, size_t len)
{
	return len > 0 && memmem(buf, len < 4096 ? len : 4096, "akomaNtoso", 10) != NULL;
}

int
lg_akn_load(const char *buf, size_t len, const char *path, lg_diag *diag, lg_doc **out)
{
	(void)buf;
	(void)len;
	*out = NULL;
	lg_diag_emit(diag, LG_LEVEL_ERROR, "not-implemented", path, 0, 0, "AKN loader not built yet");
	return LG_EINVALID;
}
