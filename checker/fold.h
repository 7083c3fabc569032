/* fold.h - words, folded for matching.
 *
 * Rule terms and law text meet on folded words: lower case, no diacritics,
 * Arabic normalised (tashkeel and tatweel removed, alef/ya/ta-marbuta unified,
 * presentation forms mapped to letters, Eastern digits to ASCII, a leading
 * definite article with its clitic removed). Both sides are folded by the same
 * code, so a term written "Prisión" matches "PRISION" and "prisión". */
#ifndef LG_FOLD_H
#define LG_FOLD_H

#include <stddef.h>

#define LG_WORD_MAX	64	/* folded bytes kept per word; longer words never match a term */

struct lg_token {
	size_t	 start, end;		/* byte range of the word in the source text */
	unsigned char len;		/* folded length */
	unsigned char arabic;		/* the word is in Arabic script */
	char	 f[LG_WORD_MAX];	/* folded word, NUL-terminated */
};

/* Read the next word of s[*pos..len); returns 0 at the end. Words are runs of
 * letters and digits; apostrophes, hyphens and punctuation separate them. */
int	 lg_tok_next(const char *s, size_t len, size_t *pos, struct lg_token *t);

/* Fold a whole string (a rule term) into out, words separated by one space.
 * Returns the folded length. */
size_t	 lg_fold_string(const char *s, size_t len, char *out, size_t cap);

#endif
