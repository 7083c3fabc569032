/* import_eid.c - eIds by the AKN naming convention for imported text, and
 * the set that keeps them unique within a document. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"

/* FNV-1a, then a multiply-xorshift: eIds differ in their last characters
 * ("art_1-1", "art_2-1"), which a weak hash clusters under linear probing. */
static size_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return (size_t)h;
}

/* Linear probing; each entry remembers the next suffix to try, so a number
 * repeated n times costs O(n), not O(n^2). */
struct lg_identry *
lg_idset_get(struct lg_idset *set, const char *s, int *added)
{
	size_t i, j, h;
	struct lg_identry *old;

	if (set->n * 2 >= set->cap) {
		old = set->slot;
		j = set->cap;
		set->cap = set->cap ? set->cap * 2 : 256;
		set->slot = lg_xcalloc(set->cap, sizeof(*set->slot));
		for (i = 0; i < j; i++)
			if (old[i].s != NULL) {
				size_t k = old[i].hash & (set->cap - 1);

				while (set->slot[k].s != NULL)
					k = (k + 1) & (set->cap - 1);
				set->slot[k] = old[i];
			}
		free(old);
	}
	h = hash(s);
	for (i = h & (set->cap - 1); set->slot[i].s != NULL; i = (i + 1) & (set->cap - 1))
		if (set->slot[i].hash == h && strcmp(set->slot[i].s, s) == 0) {
			*added = 0;
			return &set->slot[i];
		}
	set->slot[i].s = lg_xstrdup(s);
	set->slot[i].next = 2;
	set->slot[i].hash = h;
	set->n++;
	*added = 1;
	return &set->slot[i];
}

void
lg_idset_free(struct lg_idset *set)
{
	size_t i;

	for (i = 0; i < set->cap; i++)
		free(set->slot[i].s);
	free(set->slot);
}

const char *
lg_eid_abbrev(const char *kind)
{
	static const char *t[][2] = {
		{ "article", "art" }, { "section", "sec" }, { "subsection", "subsec" },
		{ "paragraph", "para" }, { "point", "point" }, { "chapter", "chp" },
		{ "subchapter", "subchp" }, { "part", "part" }, { "book", "book" },
		{ "title", "title" }, { "subtitle", "subtitle" }, { "division", "dvs" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i][0], kind) == 0)
			return t[i][1];
	return kind;
}

/* The number part of an eId: ASCII letters and digits, '-' between them,
 * Arabic-Indic digits as ASCII; "Ier"/"1er" lose the ordinal suffix. */
/* Base letters of U+00C0-U+00FF; '_' where there is none (×, ÷, ß, ...). */
static const char LATIN1_BASE[] =
    "AAAAAAACEEEEIIII" "DNOOOOO_OUUUUY__" "aaaaaaaceeeeiiii" "dnooooo_ouuuuy_y";

void
lg_eid_token(lg_buf *b, const char *num, size_t n)
{
	size_t i, start = b->len;
	int nn;
	long cp;

	for (i = 0; i < n; i += (size_t)nn) {
		cp = lg_utf8_decode((const unsigned char *)num + i, n - i, &nn);
		if (cp >= 0x660 && cp <= 0x669)
			cp = '0' + (cp - 0x660);
		else if (cp >= 0xC0 && cp <= 0xFF)	/* "quáter" -> "quater" */
			cp = (unsigned char)LATIN1_BASE[cp - 0xC0];
		if (cp >= 0 && cp < 128 && isalnum((int)cp))
			lg_buf_putc(b, (char)tolower((int)cp));
		else if (b->len > start && b->p[b->len - 1] != '-' && cp >= 0 && cp < 128 &&
		    (cp == '-' || cp == '.' || cp == ' '))
			lg_buf_putc(b, '-');
	}
	while (b->len > start && b->p[b->len - 1] == '-')
		lg_buf_truncate(b, b->len - 1);
	if (b->len >= start + 2 && b->p[b->len - 1] == 'o' && isdigit((unsigned char)b->p[b->len - 2]))
		lg_buf_truncate(b, b->len - 1);	/* "Art. 2o" */
	if (b->len >= start + 3 && (memcmp(b->p + b->len - 2, "er", 2) == 0 ||
	    memcmp(b->p + b->len - 2, "re", 2) == 0) &&
	    strspn(b->p + start, "0123456789ivxlcdm") == b->len - start - 2)
		lg_buf_truncate(b, b->len - 2);
}
