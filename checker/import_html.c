/* import_html.c - PLACEHOLDER until the HTML importer lands. */
#include "import.h"
#include "lexgap.h"

int
lg_import_html(const char *buf, size_t len, const char *path, lg_diag *diag, lg_doc **out)
{
	(void)buf;
	(void)len;
	*out = NULL;
	lg_diag_emit(diag, LG_LEVEL_ERROR, "not-implemented", path, 0, 0, "HTML importer not built yet");
	return LG_EINVALID;
}
