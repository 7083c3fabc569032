/* akn_write.c - PLACEHOLDER until the AKN writer lands (owned by the importer
 * work): moved out of akn.c unchanged so it can be replaced on its own. */
#include "akn.h"
#include "lexgap.h"

int
lg_akn_write(const lg_doc *doc, lg_buf *out)
{
	(void)doc;
	(void)out;
	return LG_ERROR;
}
