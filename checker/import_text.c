/* import_text.c - PLACEHOLDER until the importers land: one provision per paragraph. */
#include <string.h>

#include "import.h"
#include "lexgap.h"
#include "util.h"

int
lg_import_text(const char *buf, size_t len, const char *path, int markdown, lg_diag *diag,
    lg_doc **out)
{
	lg_doc *doc = lg_doc_new(path);
	size_t i = 0, j;
	unsigned line = 1;
	int p;

	doc->format = lg_xstrdup(markdown ? "markdown" : "text");
	(void)diag;
	while (i < len) {
		j = i;
		while (j < len && buf[j] != '\n')
			j++;
		if (j > i) {
			p = lg_doc_begin(doc, "paragraph", NULL, NULL, NULL, line);
			lg_doc_text(doc, buf + i, j - i, line);
			lg_doc_end(doc, p);
		}
		line++;
		i = j + 1;
	}
	lg_doc_finish(doc);
	*out = doc;
	return LG_OK;
}
