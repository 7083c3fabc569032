/* fuzz_html.c - libFuzzer target: the HTML importer on any bytes.
 * Seeds: tests/fuzz/seeds/html/. */
#include "fuzz.h"
#include "import.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	lg_diag *diag = lg_diag_new(NULL, NULL);
	lg_doc *doc = NULL;

	if (lg_import_html((const char *)data, size, "fuzz.html", diag, &doc) == LG_OK)
		fuzz_check_doc(doc);
	else
		FUZZ_ASSERT(doc == NULL && lg_diag_count(diag, LG_LEVEL_ERROR) > 0);
	lg_doc_free(doc);
	lg_diag_free(diag);
	return 0;
}
