/* fuzz.h - shared by the libFuzzer targets: invariants every loaded document
 * must satisfy, checked after each input (abort() makes the fuzzer stop). */
#ifndef LG_FUZZ_H
#define LG_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "lexgap.h"
#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(c) do { if (!(c)) { \
	fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)

/* The document model's contract (doc.h): text NUL-terminated UTF-8, every
 * provision a range of it with its body inside, parents before children. */
static inline void
fuzz_check_doc(const lg_doc *doc)
{
	size_t i;

	FUZZ_ASSERT(doc != NULL);
	FUZZ_ASSERT(doc->text_len == 0 || doc->text != NULL);
	if (doc->text != NULL) {
		FUZZ_ASSERT(doc->text[doc->text_len] == '\0');
		FUZZ_ASSERT(lg_utf8_valid(doc->text, doc->text_len, NULL));
	}
	for (i = 0; i < doc->nprov; i++) {
		const struct lg_prov *p = &doc->prov[i];

		FUZZ_ASSERT(p->start <= p->end && p->end <= doc->text_len);
		FUZZ_ASSERT(p->body >= p->start && p->body <= p->end);
		FUZZ_ASSERT(p->parent >= -1 && p->parent < (int)i);
		FUZZ_ASSERT(p->depth >= 0 && p->depth <= LG_MAX_DEPTH);
		if (p->parent >= 0) {
			FUZZ_ASSERT(doc->prov[p->parent].start <= p->start);
			FUZZ_ASSERT(doc->prov[p->parent].end >= p->end);
		}
		if (p->start < doc->text_len) {
			int k = lg_doc_prov_at(doc, p->start);

			FUZZ_ASSERT(k >= -1 && k < (int)doc->nprov);
			(void)lg_doc_line_at(doc, p->start);
		}
		(void)lg_doc_article_of(doc, (int)i);
	}
}

#endif
