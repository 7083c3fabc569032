/* lang.c - normalise language codes; guess the language from function words. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "lang.h"

const char *
lg_lang_normalize(const char *code)
{
	static const struct { const char *in, *out; } t[] = {
		{ "en", "en" }, { "eng", "en" }, { "english", "en" },
		{ "fr", "fr" }, { "fra", "fr" }, { "fre", "fr" }, { "french", "fr" },
		{ "es", "es" }, { "spa", "es" }, { "esp", "es" }, { "spanish", "es" },
		{ "pt", "pt" }, { "por", "pt" }, { "portuguese", "pt" },
		{ "ar", "ar" }, { "ara", "ar" }, { "arabic", "ar" },
		{ "it", "it" }, { "ita", "it" },
	};
	char head[16];
	size_t i, n;

	if (code == NULL)
		return NULL;
	/* "es-MX", "pt_BR": the primary subtag decides. */
	for (n = 0; code[n] && code[n] != '-' && code[n] != '_' && n < sizeof(head) - 1; n++)
		head[n] = (char)tolower((unsigned char)code[n]);
	head[n] = '\0';
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i].in, head) == 0)
			return t[i].out;
	return NULL;
}

static size_t
count_word(const char *text, size_t len, const char *w)
{
	size_t n = 0, wl = strlen(w);
	const char *p = text, *end = text + len;

	while (p + wl <= end && (p = memmem(p, (size_t)(end - p), w, wl)) != NULL) {
		int left = p == text || !isalpha((unsigned char)p[-1]);
		int right = p + wl >= end || !isalpha((unsigned char)p[wl]);

		if (left && right)
			n++;
		p += wl;
	}
	return n;
}

const char *
lg_lang_detect(const char *text, size_t len)
{
	static const struct { const char *lang; const char *words[6]; } t[] = {
		{ "en", { "the", "of", "and", "shall", "any", "which" } },
		{ "fr", { "le", "les", "des", "est", "une", "dans" } },
		{ "es", { "el", "los", "del", "las", "por", "que" } },
		{ "pt", { "os", "do", "da", "não", "em", "ou" } },
		{ "ar", { "\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x89", "\xd8\xa3\xd9\x88", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a", "\xd8\xa5\xd9\x84\xd9\x89" } },
	};
	size_t best = 0, second = 0, i, j, n;
	const char *lang = NULL;

	if (len > 200000)	/* the first 200 kB say enough */
		len = 200000;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		n = 0;
		for (j = 0; j < 6; j++)
			n += count_word(text, len, t[i].words[j]);
		if (n > best) {
			second = best;
			best = n;
			lang = t[i].lang;
		} else if (n > second)
			second = n;
	}
	if (best < 3 || best < second + second / 4)
		return NULL;
	return lang;
}
