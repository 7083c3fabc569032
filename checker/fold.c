/* fold.c - word splitting and folding shared by the lexicon compiler and the matcher. */
#include <string.h>

#include "fold.h"
#include "util.h"

/* U+00C0..U+017F to one ASCII letter; '*' = not a letter, '!' = two letters (below). */
static const char latin1[] =
	"aaaaaa!ceeeeiiiidnooooo*ouuuuyt!"	/* C0..DF */
	"aaaaaa!ceeeeiiiidnooooo*ouuuuyty";	/* E0..FF */
static const char latin_ext_a[] =
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
	"nnnnnnnnnoooooo!!rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* Arabic presentation forms B (U+FE80..U+FEF4): base letter and how many forms. */
static const struct { unsigned short base; unsigned char n; } arabic_pf[] = {
	{ 0x621, 1 }, { 0x622, 2 }, { 0x623, 2 }, { 0x624, 2 }, { 0x625, 2 }, { 0x626, 4 },
	{ 0x627, 2 }, { 0x628, 4 }, { 0x629, 2 }, { 0x62A, 4 }, { 0x62B, 4 }, { 0x62C, 4 },
	{ 0x62D, 4 }, { 0x62E, 4 }, { 0x62F, 2 }, { 0x630, 2 }, { 0x631, 2 }, { 0x632, 2 },
	{ 0x633, 4 }, { 0x634, 4 }, { 0x635, 4 }, { 0x636, 4 }, { 0x637, 4 }, { 0x638, 4 },
	{ 0x639, 4 }, { 0x63A, 4 }, { 0x641, 4 }, { 0x642, 4 }, { 0x643, 4 }, { 0x644, 4 },
	{ 0x645, 4 }, { 0x646, 4 }, { 0x647, 4 }, { 0x648, 2 }, { 0x649, 2 }, { 0x64A, 4 },
};

/* Fold one code point into out (at most 4 bytes); returns bytes written, or -1 when
 * cp separates words, or 0 when it is dropped (Arabic diacritics, tatweel). */
static int
fold_cp(long cp, char *out, int *arabic)
{
	size_t i;
	long base;

	if (cp < 0x80) {
		if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z')) {
			out[0] = (char)cp;
			return 1;
		}
		if (cp >= 'A' && cp <= 'Z') {
			out[0] = (char)(cp - 'A' + 'a');
			return 1;
		}
		return -1;
	}
	if (cp == 0xAA || cp == 0xBA) {		/* ª º: "1º" is one word */
		out[0] = cp == 0xAA ? 'a' : 'o';
		return 1;
	}
	if (cp < 0xC0)
		return -1;
	if (cp <= 0xFF) {
		char c = latin1[cp - 0xC0];

		if (c == '*')
			return -1;
		if (c == '!') {		/* Æ æ ß */
			memcpy(out, cp == 0xDF ? "ss" : "ae", 2);
			return 2;
		}
		out[0] = c;
		return 1;
	}
	if (cp <= 0x17F) {
		char c = latin_ext_a[cp - 0x100];

		if (c == '!') {		/* Œ œ */
			memcpy(out, "oe", 2);
			return 2;
		}
		out[0] = c;
		return 1;
	}
	if (cp >= 0x2000 && cp <= 0x2BFF)	/* punctuation, symbols, arrows */
		return -1;
	if (cp == 0x3000 || cp == 0xFEFF || cp == 0x060C || cp == 0x061B || cp == 0x061F ||
	    cp == 0x066A || cp == 0x066B || cp == 0x066C || cp == 0x06D4)
		return -1;
	if (cp >= 0x0660 && cp <= 0x0669) {
		out[0] = (char)('0' + cp - 0x0660);
		return 1;
	}
	if (cp >= 0x06F0 && cp <= 0x06F9) {
		out[0] = (char)('0' + cp - 0x06F0);
		return 1;
	}
	base = cp;
	if (cp >= 0xFE80 && cp <= 0xFEF4) {
		long at = 0xFE80;

		for (i = 0; i < sizeof(arabic_pf) / sizeof(arabic_pf[0]); i++) {
			if (cp < at + arabic_pf[i].n) {
				base = arabic_pf[i].base;
				break;
			}
			at += arabic_pf[i].n;
		}
	} else if (cp >= 0xFEF5 && cp <= 0xFEFC) {	/* lam-alef ligatures */
		*arabic = 1;
		memcpy(out, "\xd9\x84\xd8\xa7", 4);
		return 4;
	}
	if (base >= 0x0600 && base <= 0x06FF) {
		*arabic = 1;
		if ((base >= 0x064B && base <= 0x065F) || base == 0x0670 || base == 0x0640)
			return 0;
		if (base == 0x0622 || base == 0x0623 || base == 0x0625 || base == 0x0671)
			base = 0x0627;
		else if (base == 0x0649)
			base = 0x064A;
		else if (base == 0x0629)
			base = 0x0647;
	}
	return (int)lg_utf8_encode(base, out);
}

/* A leading definite article (with و ف ب ك before it, or the ل of لل) is a
 * clitic, not part of the word: الاتجار, والاتجار and بالاتجار are one word. */
static void
strip_arabic_article(struct lg_token *t)
{
	static const char *const prefixes[] = {
		"\xd9\x88\xd8\xa7\xd9\x84", "\xd8\xa8\xd8\xa7\xd9\x84", "\xd9\x81\xd8\xa7\xd9\x84",
		"\xd9\x83\xd8\xa7\xd9\x84", "\xd8\xa7\xd9\x84", "\xd9\x84\xd9\x84",
	};
	size_t i, n;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		n = strlen(prefixes[i]);
		if (t->len >= n + 4 && memcmp(t->f, prefixes[i], n) == 0) {
			memmove(t->f, t->f + n, t->len - n + 1);
			t->len -= (unsigned char)n;
			return;
		}
	}
}

int
lg_tok_next(const char *s, size_t len, size_t *pos, struct lg_token *t)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = *pos;
	char buf[4];
	int n, k, in_word = 0, arabic = 0;
	long cp;

	t->len = 0;
	t->arabic = 0;
	while (i < len) {
		/* Fast path: ASCII letters and digits are most of any law. */
		unsigned char c = u[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
			if (!in_word) {
				in_word = 1;
				t->start = i;
			}
			if (t->len + 1 < LG_WORD_MAX)
				t->f[t->len++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
			i++;
			continue;
		}
		if (c < 0x80) {
			n = 1;
			cp = c;
		} else
			cp = lg_utf8_decode(u + i, len - i, &n);
		k = cp < 0 ? -1 : fold_cp(cp, buf, &arabic);
		if (k < 0) {
			if (in_word)
				break;
			i += (size_t)n;
			continue;
		}
		if (!in_word) {
			in_word = 1;
			t->start = i;
		}
		if (k > 0 && t->len + k < LG_WORD_MAX) {
			memcpy(t->f + t->len, buf, (size_t)k);
			t->len += (unsigned char)k;
		}
		i += (size_t)n;
	}
	*pos = i;
	if (!in_word)
		return 0;
	t->end = i;
	t->f[t->len] = '\0';
	t->arabic = (unsigned char)arabic;
	if (arabic)
		strip_arabic_article(t);
	return 1;
}

size_t
lg_fold_string(const char *s, size_t len, char *out, size_t cap)
{
	struct lg_token t;
	size_t pos = 0, n = 0;

	if (cap == 0)
		return 0;
	while (lg_tok_next(s, len, &pos, &t)) {
		if (n + t.len + 2 > cap)
			break;
		if (n)
			out[n++] = ' ';
		memcpy(out + n, t.f, t.len);
		n += t.len;
	}
	out[n] = '\0';
	return n;
}
