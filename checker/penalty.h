/* penalty.h - custodial penalties in law text, parsed into years.
 *
 * The UNTOC serious-crime test (requirements.md UNTOC-2b: maximum deprivation of
 * liberty of at least four years) needs a number, not a keyword. This module finds
 * custodial penalty expressions in en/fr/es/pt/ar text and turns them into
 * [min, max] years:
 *
 *   "de 5 a 15 años de prisión"                      -> 5 .. 15
 *   "not less than seven years, but which may extend to ten years" -> 7 .. 10
 *   "punie de sept ans d'emprisonnement"             -> max 7
 *   "Pena - reclusão, de 4 (quatro) a 8 (oito) anos" -> 4 .. 8
 *   "بالسجن مدة لا تقل عن خمس سنوات"                 -> min 5
 *   "réclusion criminelle à perpétuité"              -> life (max 99)
 *   "prisión de seis meses a dos años"               -> 0.5 .. 2
 *
 * Numbers may be digits (ASCII, Arabic-Indic, Eastern Arabic-Indic), number words
 * (one..fifty and compounds in the five languages) or both ("cuatro (4)").
 * A duration only counts when a prison word is next to it (before or after, in the
 * same sentence) and no fine, age, time-limit or aggravation word claims it, so
 * "menor de dieciocho años", "multa de seis a doce meses", "within 30 days",
 * "se aumentará en una mitad" and "Ley 26.364 de 2008" yield nothing.
 *
 * Pure C string scanning: no allocation proportional to the input besides the
 * result array, one pass, linear time; any bytes are safe (invalid UTF-8 is skipped).
 * HTML/XML character references ("reclus&#xe3;o", "&nbsp;") are decoded on the
 * fly, so raw HTML can be scanned too; spans still index the raw input.
 *
 * Not handled (callers must resolve them elsewhere): relative penalties ("pena
 * superior en grado", "+1/3", "punished as in Chapter V"), named scales
 * (Philippine "reclusion temporal", Chilean "presidio mayor en su grado mínimo"),
 * and fines measured in days ("días multa") - those yield nothing rather than a
 * guess.
 */
#ifndef LG_PENALTY_H
#define LG_PENALTY_H

#include <stddef.h>

/* Years used for life imprisonment, so that "max >= 4" comparisons just work. */
#define LG_PENALTY_LIFE	99.0

struct lg_penalty {
	double	 min_years;	/* -1 when not stated */
	double	 max_years;	/* -1 when not stated (min-only: "not less than 2 years");
				 * LG_PENALTY_LIFE for life imprisonment; a bare
				 * "X ans d'emprisonnement" / "for a term of X years" is max X */
	int	 life;		/* life imprisonment / perpétuité / prisión perpetua /
				 * prisión permanente revisable / prisão perpétua / السجن المؤبد */
	int	 fine_alt;	/* a fine is offered as an alternative in the same sentence
				 * ("or fine", "or both", "o multa", "ou de l'une de ces deux
				 * peines seulement", "أو بإحدى هاتين العقوبتين"): UNTOC-11-1 */
	size_t	 start, end;	/* byte span [start, end) of the expression in the input */
};

/* Find every custodial penalty expression in text[0..len) (UTF-8, any case, with or
 * without diacritics; bad bytes are skipped). Appends to a new array stored in *out
 * (caller frees it with free(); NULL when none) and returns the count. Only custodial
 * penalties are reported: a fine alone yields nothing.
 * `lang` ("en", "fr", "es", "pt", "ar") is a hint and may be NULL or unknown: the
 * vocabularies of all five languages are always active, because laws quote each
 * other's terms and language detection can be wrong. */
size_t	 lg_penalty_scan(const char *text, size_t len, const char *lang,
	    struct lg_penalty **out);

/* The largest maximum stated in text (LG_PENALTY_LIFE for life), or -1 when no
 * custodial penalty states a maximum. */
double	 lg_penalty_max(const char *text, size_t len, const char *lang);

/* Years for humans: 0.5 -> "6 months", 1 -> "1 year", 15 -> "15 years",
 * 2.5 -> "2 years 6 months", >= LG_PENALTY_LIFE -> "life imprisonment",
 * negative -> "not stated". Always NUL-terminates when n > 0. */
void	 lg_penalty_format(double years, char *buf, size_t n);

#endif
