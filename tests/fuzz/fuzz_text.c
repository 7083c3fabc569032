/* fuzz_text.c - libFuzzer target: the plain-text and Markdown importer.
 * The first byte picks the dialect ('m': Markdown, anything else: text); the
 * rest is the file. Valid UTF-8 goes straight to lg_import_text (its contract);
 * anything else goes through lg_load_mem, which converts it first.
 * Seeds: tests/fuzz/seeds/text/. */
#include "fuzz.h"
#include "import.h"
#include "load.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	lg_diag *diag;
	lg_doc *doc = NULL;
	const char *buf;
	int md, rc;

	if (size < 1)
		return 0;
	md = data[0] == 'm';
	buf = (const char *)data + 1;
	size--;
	diag = lg_diag_new(NULL, NULL);
	if (lg_utf8_valid(buf, size, NULL))
		rc = lg_import_text(buf, size, md ? "fuzz.md" : "fuzz.txt", md, diag, &doc);
	else
		rc = lg_load_mem(buf, size, md ? "fuzz.md" : "fuzz.txt", NULL, diag, &doc);
	if (rc == LG_OK)
		fuzz_check_doc(doc);
	else
		FUZZ_ASSERT(doc == NULL && lg_diag_count(diag, LG_LEVEL_ERROR) > 0);
	lg_doc_free(doc);
	lg_diag_free(diag);
	return 0;
}
