/* fuzz_penalty.c - libFuzzer target: the penalty parser (penalty.h).
 * The first byte picks the language hint: e(n) f(r) s (es) p(t) a(r), anything
 * else NULL; the rest is the text. Built only when checker/penalty.h exists.
 * Seeds: tests/fuzz/seeds/penalty/. */
#include <string.h>

#include "fuzz.h"
#include "penalty.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lg_penalty *p = NULL;
	const char *text, *lang;
	char out[64];
	size_t n, i;
	double max;

	if (size < 1)
		return 0;
	switch (data[0]) {
	case 'e': lang = "en"; break;
	case 'f': lang = "fr"; break;
	case 's': lang = "es"; break;
	case 'p': lang = "pt"; break;
	case 'a': lang = "ar"; break;
	case 'x': lang = "xx"; break;
	default: lang = NULL; break;
	}
	text = (const char *)data + 1;
	size--;
	n = lg_penalty_scan(text, size, lang, &p);
	FUZZ_ASSERT(n > 0 || p == NULL);
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT(p[i].start <= p[i].end && p[i].end <= size);
		FUZZ_ASSERT(p[i].min_years >= -1 && p[i].max_years >= -1);
		lg_penalty_format(p[i].max_years, out, sizeof(out));
		FUZZ_ASSERT(memchr(out, '\0', sizeof(out)) != NULL);
	}
	free(p);
	max = lg_penalty_max(text, size, lang);
	FUZZ_ASSERT(max >= -1);
	lg_penalty_format(max, out, sizeof(out));
	lg_penalty_format(max, out, 1);
	return 0;
}
