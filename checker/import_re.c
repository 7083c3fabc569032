/* import_re.c - pcre2 for the importers: UTF-8 patterns that accept invalid
 * input, JIT when available, named groups by name. */
#include <stdint.h>

#include "import_int.h"

int
lg_re_compile(struct lg_re *r, const char *pat, int caseless)
{
	int err;
	PCRE2_SIZE eoff;
	uint32_t opt = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | (caseless ? PCRE2_CASELESS : 0);

	r->code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opt, &err, &eoff, NULL);
	if (r->code == NULL)
		return -1;
	(void)pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE);
	r->md = pcre2_match_data_create_from_pattern(r->code, NULL);
	return 0;
}

void
lg_re_free(struct lg_re *r)
{
	pcre2_match_data_free(r->md);
	pcre2_code_free(r->code);
}

int
lg_re_match(struct lg_re *r, const char *s, size_t n)
{
	return r->code != NULL && pcre2_match(r->code, (PCRE2_SPTR)s, n, 0, 0, r->md, NULL) > 0;
}

const char *
lg_re_group(struct lg_re *r, const char *s, const char *name, size_t *len)
{
	int g = pcre2_substring_number_from_name(r->code, (PCRE2_SPTR)name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);

	*len = 0;
	if (g < 0 || (uint32_t)g >= pcre2_get_ovector_count(r->md) || ov[2 * g] == PCRE2_UNSET)
		return NULL;
	*len = ov[2 * g + 1] - ov[2 * g];
	return s + ov[2 * g];
}
