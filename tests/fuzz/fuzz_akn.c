/* fuzz_akn.c - libFuzzer target: the Akoma Ntoso loader (akn.c) on any bytes.
 * Seeds: tests/fuzz/seeds/akn/. */
#include "akn.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	lg_diag *diag = lg_diag_new(NULL, NULL);
	lg_doc *doc = NULL;

	(void)lg_akn_sniff(buf, size);
	if (lg_akn_load(buf, size, "fuzz.xml", diag, &doc) == LG_OK)
		fuzz_check_doc(doc);
	else
		FUZZ_ASSERT(doc == NULL && lg_diag_count(diag, LG_LEVEL_ERROR) > 0);
	lg_doc_free(doc);
	lg_diag_free(diag);
	return 0;
}
