/* penalty.c - custodial penalty expressions -> years (see penalty.h).
 *
 * Three stages, all on a bounded window so that the cost is linear in the input:
 *
 * 1. A tokenizer folds words (ASCII case, Latin diacritics, Arabic tashkeel and
 *    alef/ya/ta-marbuta variants) and reads digit runs (ASCII and both Arabic-Indic
 *    sets) into numbers. Sentence punctuation ends a segment.
 * 2. Per segment, durations are read: NUMBER UNIT, NUMBER [UNIT] to NUMBER UNIT,
 *    "word (digit)" pairs, Arabic duals (سنتين) and life markers. Each one gets a
 *    qualifier from the words before/after it (not less than / not exceeding / au
 *    plus ...) and is vetoed when an age, time-limit or aggravation word claims it.
 * 3. Neighbouring one-sided items merge ("not less than 5 years ... may extend to
 *    10 years"), and a group is kept only when the nearest cue is a prison word, not
 *    a fine word.
 *
 * Everything is table-driven on folded words; the tables are const and the only
 * state is one heap block per call (a token window of SEG_MAX tokens, ~100 KB),
 * so memory does not grow with the input, only the result array does. A sentence
 * longer than SEG_MAX tokens is cut, keeping CARRY tokens of context.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "penalty.h"
#include "util.h"

/* Tokens per segment before a forced cut (a sentence longer than this is rare), and
 * the context kept across such a cut. */
#define SEG_MAX		1024
#define CARRY		32
#define WORD_MAX	32

enum tkind { T_WORD, T_NUM, T_LPAREN, T_RPAREN, T_DASH };

struct tok {
	size_t		 start, end;	/* bytes in the input */
	double		 num;		/* T_NUM value */
	unsigned char	 kind;
	unsigned char	 trunc;		/* word longer than WORD_MAX-1: never equals a table word */
	signed char	 nv;		/* number word value, -1 if none */
	signed char	 nv_waw;	/* value of the word after a leading Arabic و, -1 */
	unsigned char	 unit, ucount;	/* enum unit and the implicit count of a dual */
	char		 w[WORD_MAX];	/* folded word, NUL-terminated */
};

enum qual { Q_NONE, Q_MIN, Q_MAX };
enum unit { U_NONE, U_YEAR, U_MONTH, U_DAY, U_OTHER };

struct item {
	size_t	 first, last;		/* token range [first, last) */
	double	 min, max;
	int	 life;
};

/* Table lookup by a hash of the first two bytes: every word of the input is
 * looked up, so a linear scan of the tables would dominate the run time. */
struct lex {
	unsigned short	 idx[256];	/* table indices grouped by bucket */
	unsigned short	 start[257];	/* bucket b is idx[start[b] .. start[b + 1]) */
};

struct scan {
	struct lex	 lex_num, lex_unit;
	struct tok	 seg[SEG_MAX];
	size_t		 n;
	struct item	 items[SEG_MAX];
	struct lg_penalty *out;
	size_t		 nout, capout;
};

/* ---- word tables (folded forms) ------------------------------------------ */

struct numword { const char *w; int v; };

static const struct numword numwords[] = {
	/* en */
	{ "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 },
	{ "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 },
	{ "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 },
	{ "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 },
	{ "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 },
	{ "fifty", 50 }, { "sixty", 60 },
	/* fr */
	{ "un", 1 }, { "une", 1 }, { "deux", 2 }, { "trois", 3 }, { "quatre", 4 },
	{ "cinq", 5 }, { "sept", 7 }, { "huit", 8 }, { "neuf", 9 }, { "dix", 10 },
	{ "onze", 11 }, { "douze", 12 }, { "treize", 13 }, { "quatorze", 14 },
	{ "quinze", 15 }, { "seize", 16 }, { "vingt", 20 }, { "trente", 30 },
	{ "quarante", 40 }, { "cinquante", 50 }, { "soixante", 60 },
	/* es */
	{ "uno", 1 }, { "una", 1 }, { "dos", 2 }, { "tres", 3 }, { "cuatro", 4 },
	{ "cinco", 5 }, { "seis", 6 }, { "siete", 7 }, { "ocho", 8 }, { "nueve", 9 },
	{ "diez", 10 }, { "once", 11 }, { "doce", 12 }, { "trece", 13 }, { "catorce", 14 },
	{ "quince", 15 }, { "dieciseis", 16 }, { "diecisiete", 17 }, { "dieciocho", 18 },
	{ "diecinueve", 19 }, { "veinte", 20 }, { "veintiuno", 21 }, { "veintiun", 21 },
	{ "veintiuna", 21 }, { "veintidos", 22 }, { "veintitres", 23 },
	{ "veinticuatro", 24 }, { "veinticinco", 25 }, { "veintiseis", 26 },
	{ "veintisiete", 27 }, { "veintiocho", 28 }, { "veintinueve", 29 },
	{ "treinta", 30 }, { "cuarenta", 40 }, { "cincuenta", 50 }, { "sesenta", 60 },
	/* pt */
	{ "um", 1 }, { "uma", 1 }, { "dois", 2 }, { "duas", 2 }, { "quatro", 4 },
	{ "sete", 7 }, { "oito", 8 }, { "nove", 9 }, { "dez", 10 }, { "doze", 12 },
	{ "treze", 13 }, { "catorze", 14 },
	{ "dezesseis", 16 }, { "dezasseis", 16 }, { "dezessete", 17 }, { "dezassete", 17 },
	{ "dezoito", 18 }, { "dezenove", 19 }, { "dezanove", 19 }, { "vinte", 20 },
	{ "trinta", 30 }, { "quarenta", 40 }, { "cinquenta", 50 }, { "sessenta", 60 },
	/* ar (folded: alef variants -> ا, ة -> ه, ى -> ي) */
	{ "واحد", 1 }, { "واحده", 1 }, { "اثنان", 2 }, { "اثنين", 2 }, { "اثنتان", 2 },
	{ "اثنتين", 2 }, { "اثنا", 2 }, { "اثني", 2 }, { "اثنتا", 2 }, { "اثنتي", 2 },
	{ "ثلاث", 3 }, { "ثلاثه", 3 }, { "اربع", 4 }, { "اربعه", 4 }, { "خمس", 5 },
	{ "خمسه", 5 }, { "ست", 6 }, { "سته", 6 }, { "سبع", 7 }, { "سبعه", 7 },
	{ "ثماني", 8 }, { "ثمانيه", 8 }, { "ثمان", 8 }, { "تسع", 9 }, { "تسعه", 9 },
	{ "عشر", 10 }, { "عشره", 10 }, { "عشرين", 20 }, { "عشرون", 20 },
	{ "ثلاثين", 30 }, { "ثلاثون", 30 }, { "اربعين", 40 }, { "اربعون", 40 },
	{ "خمسين", 50 }, { "خمسون", 50 },
};

struct unitword { const char *w; enum unit u; int count; };	/* count: implicit (duals) */

static const struct unitword unitwords[] = {
	{ "year", U_YEAR, 0 }, { "years", U_YEAR, 0 }, { "yr", U_YEAR, 0 }, { "yrs", U_YEAR, 0 },
	{ "an", U_YEAR, 0 }, { "ans", U_YEAR, 0 }, { "annee", U_YEAR, 0 }, { "annees", U_YEAR, 0 },
	{ "ano", U_YEAR, 0 }, { "anos", U_YEAR, 0 },
	{ "سنه", U_YEAR, 0 }, { "سنوات", U_YEAR, 0 }, { "سنين", U_YEAR, 0 },
	{ "عام", U_YEAR, 0 }, { "اعوام", U_YEAR, 0 }, { "عاما", U_YEAR, 0 },
	{ "سنتين", U_YEAR, 2 }, { "سنتان", U_YEAR, 2 }, { "عامين", U_YEAR, 2 },
	{ "عامان", U_YEAR, 2 },
	{ "month", U_MONTH, 0 }, { "months", U_MONTH, 0 }, { "mois", U_MONTH, 0 },
	{ "mes", U_MONTH, 0 }, { "meses", U_MONTH, 0 },
	{ "شهر", U_MONTH, 0 }, { "اشهر", U_MONTH, 0 }, { "شهور", U_MONTH, 0 },
	{ "شهرا", U_MONTH, 0 }, { "شهرين", U_MONTH, 2 }, { "شهران", U_MONTH, 2 },
	/* consumed so that their numbers are not misread; days only count as the
	 * start of a range ("quince días a seis meses"), alone they are time limits
	 * or day-fines */
	{ "day", U_DAY, 0 }, { "days", U_DAY, 0 }, { "jour", U_DAY, 0 },
	{ "jours", U_DAY, 0 }, { "dia", U_DAY, 0 }, { "dias", U_DAY, 0 },
	{ "يوم", U_DAY, 0 }, { "ايام", U_DAY, 0 }, { "يوما", U_DAY, 0 },
	{ "week", U_OTHER, 0 }, { "weeks", U_OTHER, 0 }, { "semaine", U_OTHER, 0 },
	{ "semaines", U_OTHER, 0 }, { "semana", U_OTHER, 0 }, { "semanas", U_OTHER, 0 },
	{ "hour", U_OTHER, 0 }, { "hours", U_OTHER, 0 }, { "heure", U_OTHER, 0 },
	{ "heures", U_OTHER, 0 }, { "hora", U_OTHER, 0 }, { "horas", U_OTHER, 0 },
};

/* struct lex indexes at most 256 words per table */
_Static_assert(sizeof(numwords) / sizeof(numwords[0]) <= 256, "numwords too long");
_Static_assert(sizeof(unitwords) / sizeof(unitwords[0]) <= 256, "unitwords too long");

static const char *const w_prison[] = {
	"prison", "prisons", "imprisonment", "imprisoned", "imprison", "jail", "jailed",
	"gaol", "custody", "incarceration", "incarcerated",
	"emprisonnement", "emprisonne", "reclusion",
	"prision", "presidio", "penitenciaria", "carcel", "arresto",
	"reclusao", "detencao", "prisao", NULL
};
/* A prison word followed by one of these is pre-trial detention, not a penalty. */
static const char *const w_pretrial[] = {
	"preventiva", "preventivo", "preventive", "provisoire", "provisional", NULL
};
static const char *const w_liberty[] = { "liberty", "liberte", "libertad", "liberdade", NULL };
static const char *const w_fine[] = { "fine", "fined", "fines", "amende", "amendes",
	"multa", "multas", NULL };
/* Between a duration and the prison word after it: "años de prisión", "years' rigorous imprisonment". */
static const char *const w_linker[] = { "de", "of", "d", "del", "la", "el", "the", "da",
	"do", "em", "en", "in", "rigorous", "simple", "hard", "criminal", "criminelle", NULL };
static const char *const w_neg[] = { "not", "no", "nor", "ni", "nao", "ne", "n", "pas",
	"لا", "ولا", NULL };
/* Comparators meaning "less than"; negated they give a minimum. */
static const char *const w_less[] = { "less", "fewer", "menor", "inferior", "inferieur",
	"inferieure", "moins", "menos", "تقل", "يقل", "اقل", NULL };
/* Comparators meaning "more than"; negated they give a maximum. */
static const char *const w_more[] = { "more", "greater", "over", "exceeding", "exceed",
	"exceeds", "mayor", "superior", "superieur", "superieure", "plus", "mais", "mas",
	"excede", "exceder", "excedera", "exceda", "excedan", "excedant", "excedente",
	"depasser", "depassant", "depasse", "ultrapassar", "ultrapasse",
	"تزيد", "يزيد", "تتجاوز", "يتجاوز", "تجاوز", "يجاوز", "اكثر", NULL };
static const char *const w_upto[] = { "hasta", "ate", "jusqu", "extend", "maximum",
	"maximo", "max", "حتي", "upto", NULL };
static const char *const w_atleast[] = { "least", "minimum", "minimo", "minima", NULL };
/* Skipped between a comparator and its number: "less than", "menor de", "لا تقل عن". */
static const char *const w_filler[] = { "than", "de", "of", "a", "to", "que", "del", "do",
	"da", "em", "en", "the", "be", "pas", "عن", "علي", "period", "term", "for", "por",
	"une", "duree", "egale", "egal", "igual", "equal", "ou", "or",
	"مده", NULL };
static const char *const w_range[] = { "a", "to", "al", "ate", "until", "till", "الي",
	"jusqu", NULL };
static const char *const w_and[] = { "and", "y", "e", "et", NULL };
static const char *const w_between[] = { "between", "entre", "بين", NULL };
/* Age: "menor de dieciocho años", "under 18 years", "moins de quinze ans". */
static const char *const w_age_before[] = { "menor", "menores", "mineur", "mineurs",
	"mineure", "mineures", "under", "aged", "age", "ages", "edad", "idade", "younger",
	"older", "attained", "moins", "mayor", "mayores", "maior", "maiores", "sen", NULL };
static const char *const w_age_after[] = { "age", "edad", "idade", "old", "revolus",
	"accomplis", "completos", "cumplidos", NULL };
/* Time limits, residence, served time, prescription, aggravation/reduction steps. */
static const char *const w_time_veto[] = { "within", "plazo", "plazos", "delai", "delais",
	"prazo", "prazos", "limitation", "after", "apres", "despues", "apos", "dentro",
	"durante", "during", "pendant", "permit", "permis", "permiso", "sejour", "residence",
	"residencia", "visa", "cumplido", "cumplida", "cumprido", "cumprida", "served",
	"elapsed", "transcurrido", "decorrido", "validity", "validez", "validade", "validite",
	"increased", "increase", "aumentada", "aumentado", "aumentara", "aumentaran",
	"aumenta", "agravada", "augmentee", "majoree", "incrementara", "reduced", "reduce",
	"reducida", "reduzida", "reduite", "diminuida", "diminuee", "every", "cada", "chaque",
	"suspensa", "suspenso", "suspendida", "suspendido", "suspended", "suspendue",
	"sursis", "probation", "since", "depuis", "desde", "ago", "hace", "durare", "durase", "dure", "lasts",
	"lasted", "خلال", "مهله", "بعد", "مضي", NULL };
static const char *const w_or[] = { "or", "ou", "o", "u", "او", NULL };

/* ---- folding and tokenizing ---------------------------------------------- */

/* Latin-1 and Latin Extended-A letters to their ASCII base (lowercase); 0 = drop. */
static const char *
fold_latin(long cp)
{
	static const struct { long lo, hi; const char *to; } t[] = {
		{ 0xC0, 0xC5, "a" }, { 0xC6, 0xC6, "ae" }, { 0xC7, 0xC7, "c" },
		{ 0xC8, 0xCB, "e" }, { 0xCC, 0xCF, "i" }, { 0xD0, 0xD0, "d" },
		{ 0xD1, 0xD1, "n" }, { 0xD2, 0xD6, "o" }, { 0xD8, 0xD8, "o" },
		{ 0xD9, 0xDC, "u" }, { 0xDD, 0xDD, "y" }, { 0xDE, 0xDE, "th" },
		{ 0xDF, 0xDF, "ss" }, { 0xE0, 0xE5, "a" }, { 0xE6, 0xE6, "ae" },
		{ 0xE7, 0xE7, "c" }, { 0xE8, 0xEB, "e" }, { 0xEC, 0xEF, "i" },
		{ 0xF0, 0xF0, "d" }, { 0xF1, 0xF1, "n" }, { 0xF2, 0xF6, "o" },
		{ 0xF8, 0xF8, "o" }, { 0xF9, 0xFC, "u" }, { 0xFD, 0xFD, "y" },
		{ 0xFE, 0xFE, "th" }, { 0xFF, 0xFF, "y" },
		{ 0x100, 0x105, "a" }, { 0x106, 0x10D, "c" }, { 0x10E, 0x111, "d" },
		{ 0x112, 0x11B, "e" }, { 0x11C, 0x123, "g" }, { 0x124, 0x127, "h" },
		{ 0x128, 0x133, "i" }, { 0x134, 0x135, "j" }, { 0x136, 0x138, "k" },
		{ 0x139, 0x142, "l" }, { 0x143, 0x14B, "n" }, { 0x14C, 0x151, "o" },
		{ 0x152, 0x153, "oe" }, { 0x154, 0x159, "r" }, { 0x15A, 0x161, "s" },
		{ 0x162, 0x167, "t" }, { 0x168, 0x173, "u" }, { 0x174, 0x175, "w" },
		{ 0x176, 0x178, "y" }, { 0x179, 0x17E, "z" }, { 0x17F, 0x17F, "s" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (cp >= t[i].lo && cp <= t[i].hi)
			return t[i].to;
	return "";
}

static int
digit_value(long cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 0x660 && cp <= 0x669)		/* Arabic-Indic */
		return (int)(cp - 0x660);
	if (cp >= 0x6F0 && cp <= 0x6F9)		/* Eastern Arabic-Indic */
		return (int)(cp - 0x6F0);
	return -1;
}

static int
is_word_cp(long cp)
{
	if (cp < 0)
		return 0;
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
		return 1;
	if (cp == 0xAA || cp == 0xBA)		/* nº, 1ª */
		return 1;
	if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		return 1;
	if (cp >= 0x300 && cp <= 0x36F)		/* combining accents: part of the word */
		return 1;
	if (cp >= 0x621 && cp <= 0x65F)
		return 1;
	if (cp >= 0x670 && cp <= 0x6D3)
		return 1;
	return 0;
}

/* Append the folded form of cp to t->w. */
static void
fold_put(struct tok *t, size_t *wl, long cp)
{
	char enc[4];
	const char *s;
	size_t n;

	if (cp >= 'A' && cp <= 'Z')
		cp += 'a' - 'A';
	if (cp < 0x80) {
		enc[0] = (char)cp;
		s = enc;
		n = 1;
	} else if (cp <= 0x24F) {
		s = fold_latin(cp);
		n = strlen(s);
	} else if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x64B && cp <= 0x652) ||
	    cp == 0x670 || cp == 0x640) {
		return;				/* accents, tashkeel, tatweel */
	} else {
		if (cp == 0x622 || cp == 0x623 || cp == 0x625 || cp == 0x671)
			cp = 0x627;		/* alef variants */
		else if (cp == 0x649)
			cp = 0x64A;		/* alef maqsura -> ya */
		else if (cp == 0x629)
			cp = 0x647;		/* ta marbuta -> ha */
		n = lg_utf8_encode(cp, enc);
		s = enc;
	}
	if (*wl + n >= WORD_MAX) {
		t->trunc = 1;
		return;
	}
	memcpy(t->w + *wl, s, n);
	*wl += n;
	t->w[*wl] = '\0';
}

/* The code point at s[p]: UTF-8, or an HTML/XML character reference ("&#xE3;",
 * "&#227;", "&atilde;", "&nbsp;"), so that raw HTML scans like its text (the
 * Planalto pages write "reclus&#xe3;o"). *n gets the bytes used. */
static long
decode_at(const unsigned char *s, size_t len, size_t p, int *n)
{
	static const struct { const char *name; long cp; } ents[] = {
		{ "nbsp;", 0xA0 }, { "amp;", '&' }, { "quot;", '"' }, { "apos;", '\'' },
		{ "lt;", '<' }, { "gt;", '>' }, { "aacute;", 0xE1 }, { "eacute;", 0xE9 },
		{ "iacute;", 0xED }, { "oacute;", 0xF3 }, { "uacute;", 0xFA },
		{ "atilde;", 0xE3 }, { "otilde;", 0xF5 }, { "ntilde;", 0xF1 },
		{ "ccedil;", 0xE7 }, { "agrave;", 0xE0 }, { "egrave;", 0xE8 },
		{ "acirc;", 0xE2 }, { "ecirc;", 0xEA }, { "ocirc;", 0xF4 },
		{ "uuml;", 0xFC }, { "ordm;", 0xBA }, { "ordf;", 0xAA },
	};
	size_t q = p + 1, i, k;
	long cp = 0;
	int digits = 0, hex = 0, d;

	if (s[p] != '&' || q >= len)
		return lg_utf8_decode(s + p, len - p, n);
	if (s[q] == '#') {
		q++;
		if (q < len && (s[q] == 'x' || s[q] == 'X')) {
			hex = 1;
			q++;
		}
		for (; q < len && digits < 7; q++, digits++) {
			if (s[q] >= '0' && s[q] <= '9')
				d = s[q] - '0';
			else if (hex && (s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'f')
				d = (s[q] | 0x20) - 'a' + 10;
			else
				break;
			cp = cp * (hex ? 16 : 10) + d;
		}
		if (digits > 0 && q < len && s[q] == ';' && cp > 0 && cp <= 0x10FFFF) {
			*n = (int)(q + 1 - p);
			return cp;
		}
	} else {
		for (i = 0; i < sizeof(ents) / sizeof(ents[0]); i++) {
			k = strlen(ents[i].name);
			if (len - q >= k && memcmp(s + q, ents[i].name, k) == 0) {
				*n = (int)(k + 1);
				return ents[i].cp;
			}
		}
	}
	return lg_utf8_decode(s + p, len - p, n);
}

/* Read one token at *pos. Returns 1 and fills *t, 2 for a sentence stop, 0 at the end. */
static int
next_token(const unsigned char *s, size_t len, size_t *pos, struct tok *t)
{
	size_t p = *pos, wl;
	long cp;
	int n, d;

	while (p < len) {
		cp = decode_at(s, len, p, &n);
		if ((d = digit_value(cp)) >= 0) {
			double v = 0;
			int ndig = 0;

			t->kind = T_NUM;
			t->start = p;
			t->w[0] = '\0';
			t->trunc = 0;
			for (;;) {
				while (p < len && (d = digit_value(cp = decode_at(s, len, p, &n))) >= 0) {
					if (ndig++ < 15)	/* keep v exact; longer runs are never years */
						v = v * 10 + d;
					p += (size_t)n;
				}
				/* "26.364", "1,000,000": a separator then exactly three digits is
				 * grouping; "2.5" is a decimal; anything else ends the number. */
				if (p + 1 < len && (s[p] == '.' || s[p] == ',')) {
					size_t q = p + 1, k = 0;
					double frac = 0;

					while (q < len && s[q] >= '0' && s[q] <= '9' && k < 16) {
						frac = frac * 10 + (s[q] - '0');
						q++, k++;
					}
					if (k == 0)
						break;
					if (k == 3 && !(q < len && s[q] >= '0' && s[q] <= '9')) {
						v = v * 1000 + frac;
						p = q;
						continue;
					}
					if (k < 16 && !(q < len && s[q] >= '0' && s[q] <= '9')) {
						v += frac / pow(10, (double)k);
						p = q;
					}
				}
				break;
			}
			t->num = v;
			t->end = p;
			*pos = p;
			return 1;
		}
		if (is_word_cp(cp)) {
			t->kind = T_WORD;
			t->start = p;
			t->trunc = 0;
			t->w[0] = '\0';
			t->num = 0;
			wl = 0;
			while (p < len && is_word_cp(cp = decode_at(s, len, p, &n))) {
				fold_put(t, &wl, cp);
				p += (size_t)n;
			}
			t->end = p;
			*pos = p;
			return 1;
		}
		t->start = p;
		t->end = p + (size_t)n;
		t->w[0] = '\0';
		t->trunc = 0;
		t->num = 0;
		switch (cp) {
		case '(':
			t->kind = T_LPAREN;
			*pos = p + (size_t)n;
			return 1;
		case ')':
			t->kind = T_RPAREN;
			*pos = p + (size_t)n;
			return 1;
		case '-': case 0x2010: case 0x2011: case 0x2013: case 0x2014:
			t->kind = T_DASH;
			*pos = p + (size_t)n;
			return 1;
		case '.': case ';': case '!': case '?': case 0x61B: case 0x6D4:
			*pos = p + (size_t)n;
			return 2;
		default:
			p += (size_t)n;		/* spaces, commas, quotes, bad bytes */
		}
	}
	*pos = p;
	return 0;
}

/* ---- token predicates ---------------------------------------------------- */

static int
is_w(const struct tok *t, const char *w)
{
	return t->kind == T_WORD && !t->trunc && strcmp(t->w, w) == 0;
}

static int
in_list(const struct tok *t, const char *const *list)
{
	if (t->kind != T_WORD || t->trunc)
		return 0;
	for (; *list; list++)
		if (strcmp(t->w, *list) == 0)
			return 1;
	return 0;
}

/* Arabic attaches prepositions and the article to words (بالسجن, والحبس). */
static int
has_sub(const struct tok *t, const char *sub)
{
	return t->kind == T_WORD && strstr(t->w, sub) != NULL;
}

static int
word_number(const struct tok *t)
{
	return t->kind == T_WORD ? t->nv : -1;
}

static enum unit
unit_of(const struct tok *t, int *count)
{
	*count = t->kind == T_WORD ? t->ucount : 0;
	return t->kind == T_WORD ? (enum unit)t->unit : U_NONE;
}

static unsigned
lex_hash(const char *w)
{
	return ((unsigned char)w[0] * 31u + (w[0] ? (unsigned char)w[1] : 0u)) & 255u;
}

/* The tables are arrays of structs whose first member is the word. */
#define LEX_WORD(base, stride, i) (*(const char *const *)((const char *)(base) + (i) * (stride)))

static void
lex_build(struct lex *x, const void *base, size_t n, size_t stride)
{
	unsigned count[257] = { 0 };
	size_t i, b;

	for (i = 0; i < n; i++)
		count[lex_hash(LEX_WORD(base, stride, i)) + 1]++;
	for (b = 0; b < 256; b++)
		count[b + 1] += count[b];
	for (b = 0; b < 257; b++)
		x->start[b] = (unsigned short)count[b];
	for (i = 0; i < n; i++)
		x->idx[count[lex_hash(LEX_WORD(base, stride, i))]++] = (unsigned short)i;
}

static int
lex_find(const struct lex *x, const void *base, size_t stride, const char *w)
{
	unsigned b = lex_hash(w), k;

	for (k = x->start[b]; k < x->start[b + 1]; k++)
		if (strcmp(LEX_WORD(base, stride, x->idx[k]), w) == 0)
			return x->idx[k];
	return -1;
}

/* Number and unit lookups, once per word token. */
static void
classify(const struct scan *sc, struct tok *t)
{
	static const char waw[] = "و";
	int k;

	t->nv = t->nv_waw = -1;
	t->unit = U_NONE;
	t->ucount = 0;
	if (t->kind != T_WORD || t->trunc)
		return;
	if ((k = lex_find(&sc->lex_num, numwords, sizeof(numwords[0]), t->w)) >= 0)
		t->nv = (signed char)numwords[k].v;
	if (strncmp(t->w, waw, sizeof(waw) - 1) == 0 && (k = lex_find(&sc->lex_num, numwords,
	    sizeof(numwords[0]), t->w + sizeof(waw) - 1)) >= 0)
		t->nv_waw = (signed char)numwords[k].v;
	if ((k = lex_find(&sc->lex_unit, unitwords, sizeof(unitwords[0]), t->w)) >= 0) {
		t->unit = (unsigned char)unitwords[k].u;
		t->ucount = (unsigned char)unitwords[k].count;
	}
}

static int
is_prison(const struct tok *seg, size_t n, size_t i)
{
	const struct tok *t = &seg[i];
	size_t k;

	if (t->kind != T_WORD)
		return 0;
	if (in_list(t, w_prison))
		return !(i + 1 < n && in_list(&seg[i + 1], w_pretrial));
	/* détention criminelle; not détention (possession) alone */
	if (is_w(t, "detention"))
		return i + 1 < n && is_w(&seg[i + 1], "criminelle");
	if (is_w(t, "servitude"))
		return i > 0 && is_w(&seg[i - 1], "penal");
	if (is_w(t, "cadena"))
		return i + 1 < n && is_w(&seg[i + 1], "perpetua");
	/* pena privativa de libertad, privación de la libertad, deprivation of liberty;
	 * not "privada de su libertad" (the victim's, in kidnapping offences) */
	if (in_list(t, w_liberty)) {
		for (k = 1; k <= 3 && k <= i; k++) {
			const char *w = seg[i - k].w;

			if (seg[i - k].kind == T_WORD && (strncmp(w, "privat", 6) == 0 ||
			    strncmp(w, "privac", 6) == 0 || strncmp(w, "depriv", 6) == 0))
				return 1;
		}
		return 0;
	}
	return has_sub(t, "سجن") || has_sub(t, "حبس") || has_sub(t, "اشغال");
}

static int
is_fine(const struct tok *t)
{
	return in_list(t, w_fine) || has_sub(t, "غرام") || has_sub(t, "خطيه");
}

/* ---- numbers ------------------------------------------------------------- */

static int
is_numeric(const struct tok *t)
{
	return t->kind == T_NUM || word_number(t) >= 0;
}

/* Number words from i: "veinte y cinco", "vingt-cinq", "twenty one", "خمس عشرة",
 * "ثلاث وعشرين". Returns the value and stores the next index. */
static double
read_words(const struct tok *seg, size_t n, size_t i, size_t *next)
{
	double v = word_number(&seg[i]);
	size_t j = i + 1, k;
	int u;

	if (v >= 10 && v < 100 && fmod(v, 10) == 0) {
		k = j;
		if (k < n && (seg[k].kind == T_DASH || in_list(&seg[k], w_and)))
			k++;
		if (k < n && (u = word_number(&seg[k])) >= 1 && u <= 9) {
			v += u;
			j = k + 1;
		}
	} else if (v >= 1 && v <= 9 && j < n && seg[j].kind == T_WORD) {
		if (is_w(&seg[j], "عشر") || is_w(&seg[j], "عشره")) {
			v += 10;
			j++;
		} else if ((u = seg[j].nv_waw) >= 20 && u % 10 == 0) {
			/* و "and" is written attached to the tens word: ثلاث وعشرين */
			v += u;
			j++;
		}
	}
	*next = j;
	return v;
}

/* A number at i: digits, words, "(10)", "ten (10)", "4 (quatro)", "(50) cincuenta". */
static int
read_num(const struct tok *seg, size_t n, size_t i, double *v, size_t *next)
{
	size_t j, k;
	double w;

	if (i >= n)
		return 0;
	if (seg[i].kind == T_LPAREN) {
		if (i + 2 >= n || seg[i + 1].kind != T_NUM || seg[i + 2].kind != T_RPAREN)
			return 0;
		*v = seg[i + 1].num;
		j = i + 3;
		if (j < n && word_number(&seg[j]) >= 0) {
			w = read_words(seg, n, j, &k);
			if (w == *v)
				j = k;
		}
		*next = j;
		return 1;
	}
	if (seg[i].kind == T_NUM) {
		*v = seg[i].num;
		j = i + 1;
	} else if (word_number(&seg[i]) >= 0) {
		*v = read_words(seg, n, i, &j);
	} else
		return 0;
	/* the same number repeated in brackets */
	if (j + 1 < n && seg[j].kind == T_LPAREN && is_numeric(&seg[j + 1])) {
		if (seg[j + 1].kind == T_NUM) {
			k = j + 2;
		} else
			(void)read_words(seg, n, j + 1, &k);
		if (k < n && seg[k].kind == T_RPAREN)
			j = k + 1;
	}
	*next = j;
	return 1;
}

/* ---- qualifiers and vetoes ----------------------------------------------- */

static int
neg_before(const struct tok *seg, size_t j)
{
	size_t k;

	for (k = 1; k <= 3 && k <= j; k++)
		if (in_list(&seg[j - k], w_neg))
			return 1;
	return 0;
}

/* The comparator before the number at i; *at gets its index. */
static enum qual
qual_before(const struct tok *seg, size_t i, size_t *at)
{
	size_t k, j;
	const struct tok *t;

	for (k = 1; k <= 5 && k <= i; k++) {
		j = i - k;
		t = &seg[j];
		*at = j;
		if (t->kind != T_WORD)
			return Q_NONE;
		if (is_w(t, "moins") && j > 0 && is_w(&seg[j - 1], "au"))
			return Q_MIN;		/* au moins */
		if (is_w(t, "menos") && j > 0 && (is_w(&seg[j - 1], "pelo") ||
		    is_w(&seg[j - 1], "al") || is_w(&seg[j - 1], "lo")))
			return Q_MIN;		/* pelo menos, al menos, por lo menos */
		if (is_w(t, "plus") && j > 0 && is_w(&seg[j - 1], "au"))
			return Q_MAX;		/* au plus */
		if (in_list(t, w_less))
			return neg_before(seg, j) ? Q_MIN : Q_MAX;
		if (in_list(t, w_more))
			return neg_before(seg, j) ? Q_MAX : Q_MIN;
		if (is_w(t, "up") || in_list(t, w_upto))
			return Q_MAX;
		if (in_list(t, w_atleast))
			return Q_MIN;
		if (!in_list(t, w_filler) && !in_list(t, w_neg))
			return Q_NONE;
	}
	return Q_NONE;
}

/* "trente ans au plus", "cinco años como mínimo", "five years or more". */
static enum qual
qual_after(const struct tok *seg, size_t n, size_t e)
{
	if (e + 1 >= n || seg[e].kind != T_WORD)
		return Q_NONE;
	if (is_w(&seg[e], "au") || is_w(&seg[e], "como") || is_w(&seg[e], "no") ||
	    is_w(&seg[e], "at")) {
		if (is_w(&seg[e + 1], "plus") || is_w(&seg[e + 1], "maximo") ||
		    is_w(&seg[e + 1], "most"))
			return Q_MAX;
		if (is_w(&seg[e + 1], "moins") || is_w(&seg[e + 1], "minimo") ||
		    is_w(&seg[e + 1], "least"))
			return Q_MIN;
	}
	if (in_list(&seg[e], w_or)) {
		if (is_w(&seg[e + 1], "more") || is_w(&seg[e + 1], "mas") ||
		    is_w(&seg[e + 1], "plus") || is_w(&seg[e + 1], "mais"))
			return Q_MIN;
		if (is_w(&seg[e + 1], "less") || is_w(&seg[e + 1], "menos"))
			return Q_MAX;
	}
	return Q_NONE;
}

/* Ages and time limits are durations too; they must not pass as penalties. */
static int
vetoed(const struct tok *seg, size_t n, size_t s, size_t e)
{
	size_t k;
	const struct tok *t;

	for (k = 1; k <= 3 && k <= s; k++) {
		t = &seg[s - k];
		if (in_list(t, w_age_before)) {
			/* "no menor de", "ni mayor de", "au moins": comparators, not ages */
			if (neg_before(seg, s - k))
				continue;
			if (is_w(t, "moins") && s - k > 0 && is_w(&seg[s - k - 1], "au"))
				continue;
			return 1;
		}
		if (has_sub(t, "عمر") || is_w(t, "سن") || is_w(t, "السن") || is_w(t, "بسن") ||
		    has_sub(t, "يبلغ") || has_sub(t, "تبلغ"))
			return 1;
	}
	for (k = 0; k < 3 && e + k < n; k++) {
		t = &seg[e + k];
		if (in_list(t, w_age_after) || has_sub(t, "عمر"))
			return 1;
	}
	/* "se elevará hasta tres años más": an increment, not a term ("o más" is
	 * a minimum and handled by qual_after) */
	if (e < n && e > 0 && seg[e - 1].kind == T_WORD && (is_w(&seg[e], "mas") ||
	    is_w(&seg[e], "more") || is_w(&seg[e], "mais") || is_w(&seg[e], "additional")))
		return 1;
	for (k = 1; k <= 5 && k <= s; k++) {
		t = &seg[s - k];
		if (is_prison(seg, n, s - k))
			break;		/* "increased to imprisonment for 20 years" */
		if (in_list(t, w_time_veto) || (t->kind == T_WORD &&
		    (strncmp(t->w, "prescri", 7) == 0 || strncmp(t->w, "transcurr", 9) == 0 ||
		    strncmp(t->w, "decorr", 6) == 0 || strncmp(t->w, "cumpli", 6) == 0 ||
		    strncmp(t->w, "cumpri", 6) == 0 || strncmp(t->w, "aument", 6) == 0 ||
		    strncmp(t->w, "increas", 7) == 0 || strncmp(t->w, "augment", 7) == 0 ||
		    strncmp(t->w, "adicional", 9) == 0 || strncmp(t->w, "additional", 10) == 0 ||
		    strncmp(t->w, "supplementaire", 14) == 0 || has_sub(t, "تقادم"))))
			return 1;
	}
	return 0;
}

/* Is the expression in tokens [s, e) a prison term? The prison or fine word
 * nearest to it decides: right after it ("años de prisión", "días multa"), then
 * before it, then a little after. */
static int
custodial(const struct tok *seg, size_t n, size_t s, size_t e)
{
	size_t k, lim;

	/* a fine word right after does not decide: "سنوات وبغرامة" is "and a fine" */
	for (k = e; k < n && k < e + 4; k++) {
		if (is_prison(seg, n, k))
			return 1;
		if (!in_list(&seg[k], w_linker))
			break;
	}
	lim = s > 12 ? s - 12 : 0;
	for (k = s; k-- > lim;) {
		if (is_prison(seg, n, k))
			return 1;
		if (is_fine(&seg[k]))
			return 0;
	}
	for (k = e; k < n && k < e + 6; k++) {
		if (seg[k].kind == T_NUM)
			break;
		if (is_prison(seg, n, k))
			return 1;
		if (is_fine(&seg[k]))
			return 0;
	}
	return 0;
}

/* A fine offered instead of prison: "or fine", "or both", "o multa", "fined ... or
 * imprisoned", "l'une de ces deux peines", "أو بإحدى هاتين العقوبتين". */
static int
fine_alternative(const struct tok *seg, size_t n, size_t s, size_t e)
{
	size_t i, k, end = e + 20 < n ? e + 20 : n;
	int fine_seen = 0;

	/* near the expression only: a long sentence may hold several penalties */
	for (i = s > 15 ? s - 15 : 0; i < end; i++) {
		if (is_fine(&seg[i]))
			fine_seen = 1;
		if (is_w(&seg[i], "ces") && i + 2 < n && is_w(&seg[i + 1], "deux") &&
		    is_w(&seg[i + 2], "peines"))
			return 1;
		if (has_sub(&seg[i], "احدي") && i + 1 < n && is_w(&seg[i + 1], "هاتين"))
			return 1;
		if (!in_list(&seg[i], w_or))
			continue;
		if (i + 1 < n && (is_w(&seg[i + 1], "both") || is_w(&seg[i + 1], "ambas") ||
		    is_fine(&seg[i + 1])))
			return 1;
		/* es/pt "o" and "u" are also articles: only "o multa" counts */
		if (is_w(&seg[i], "o") || is_w(&seg[i], "u"))
			continue;
		for (k = i + 1; k < n && k <= i + 4; k++) {
			if (is_fine(&seg[k]))
				return 1;
			if (fine_seen && is_prison(seg, n, k))
				return 1;
		}
	}
	return 0;
}

/* ---- items and groups ---------------------------------------------------- */

static double
in_years(double v, enum unit u)
{
	return u == U_MONTH ? v / 12.0 : v;
}

/* "año y medio", "an et demi", "year and a half": returns the index after, or e. */
static size_t
half_after(const struct tok *seg, size_t n, size_t e, double *add)
{
	size_t k = e;

	if (k >= n || !in_list(&seg[k], w_and))
		return e;
	k++;
	if (k < n && is_w(&seg[k], "a"))
		k++;
	if (k < n && (is_w(&seg[k], "medio") || is_w(&seg[k], "meio") ||
	    is_w(&seg[k], "demi") || is_w(&seg[k], "half"))) {
		*add = 0.5;
		return k + 1;
	}
	return e;
}

/* Life imprisonment marker at i? Returns the number of tokens it takes, or 0. */
static int
life_at(const struct tok *seg, size_t n, size_t i)
{
	const struct tok *t = &seg[i];
	size_t k;

	if (t->kind != T_WORD)
		return 0;
	if (is_w(t, "life"))
		return (i > 0 && (is_w(&seg[i - 1], "for") || is_w(&seg[i - 1], "natural"))) ||
		    (i + 1 < n && (is_w(&seg[i + 1], "imprisonment") ||
		    is_w(&seg[i + 1], "sentence")));
	if (is_w(t, "perpetuite"))
		return 1;
	if (is_w(t, "perpetua") || is_w(t, "perpetuo") ||
	    (is_w(t, "permanente") && i + 1 < n && is_w(&seg[i + 1], "revisable"))) {
		for (k = 1; k <= 3 && k <= i; k++)
			if (is_prison(seg, n, i - k) || is_w(&seg[i - k], "cadena"))
				return 1;
		return 0;
	}
	if (has_sub(t, "مؤبد"))
		return 1;
	if (is_w(t, "مدي") && i + 1 < n && is_w(&seg[i + 1], "الحياه"))
		return 2;		/* two tokens */
	return 0;
}

/* Read the duration starting at token i into *it. Returns the index after the
 * tokens consumed (> i), or 0 when there is no duration at i. */
static size_t
read_item(const struct tok *seg, size_t n, size_t i, struct item *it)
{
	double v1, v2, add;
	size_t j, k, e, at;
	enum unit u1, u2 = U_NONE;
	enum qual q;
	int count;

	it->first = i;
	it->min = it->max = -1;
	it->life = 0;
	if ((count = life_at(seg, n, i)) > 0) {
		it->last = i + (size_t)count;
		it->max = LG_PENALTY_LIFE;
		it->life = 1;
		return it->last;
	}
	if (read_num(seg, n, i, &v1, &j)) {
		u1 = j < n ? unit_of(&seg[j], &count) : U_NONE;
		if (count)			/* "خمس سنتين" makes no sense: not a number+unit */
			u1 = U_NONE;
		if (u1 == U_OTHER)
			return j + 1;
		if (u1 == U_DAY) {
			e = j + 1;
			if (e < n && in_list(&seg[e], w_range) && read_num(seg, n, e + 1, &v2, &k) &&
			    k < n && ((u2 = unit_of(&seg[k], &count)) == U_YEAR || u2 == U_MONTH) &&
			    !count) {
				it->min = v1 / 365.0;
				it->max = in_years(v2, u2);
				it->last = k + 1;
				return k + 1;
			}
			return e;
		}
		if (u1 != U_NONE) {
			e = j + 1;
		} else {
			e = j;
		}
	} else {
		/* Arabic duals (سنتين); a bare singular after a preposition
		 * (لا تقل عن سنة, مدة شهر) or before واحدة; "año y medio" */
		u1 = unit_of(&seg[i], &count);
		if (u1 != U_YEAR && u1 != U_MONTH)
			return 0;
		if (count)
			v1 = count;
		else if (half_after(seg, n, i + 1, &add) != i + 1)
			v1 = 1;
		else if ((i > 0 && (is_w(&seg[i - 1], "عن") || is_w(&seg[i - 1], "علي") ||
		    is_w(&seg[i - 1], "مده") || is_w(&seg[i - 1], "الي") ||
		    is_w(&seg[i - 1], "من") || is_w(&seg[i - 1], "حتي"))) ||
		    (i + 1 < n && (is_w(&seg[i + 1], "واحده") || is_w(&seg[i + 1], "واحد"))))
			v1 = 1;
		else
			return 0;
		j = i;
		e = i + 1;
	}
	if (u1 != U_NONE) {
		add = 0;
		e = half_after(seg, n, e, &add);
		v1 = in_years(v1, u1) + add;
		/* "un año y seis meses" */
		if (e + 1 < n && in_list(&seg[e], w_and) && read_num(seg, n, e + 1, &v2, &k) &&
		    k < n && unit_of(&seg[k], &count) == U_MONTH && u1 == U_YEAR && !count) {
			v1 += v2 / 12.0;
			e = k + 1;
		}
	}
	/* a range: "5 a 15 años", "six mois à deux ans", "between 5 and 15 years",
	 * "من ثلاث إلى عشر سنوات", "5-15 years" */
	if (e < n && (in_list(&seg[e], w_range) || seg[e].kind == T_DASH ||
	    (in_list(&seg[e], w_and) && ((i > 0 && in_list(&seg[i - 1], w_between)) ||
	    (i > 1 && in_list(&seg[i - 2], w_between))))) &&
	    read_num(seg, n, e + 1, &v2, &k) && k < n) {
		u2 = unit_of(&seg[k], &count);
		if (count)
			u2 = U_NONE;
		if ((u2 == U_OTHER || u2 == U_DAY) && u1 == U_NONE)
			return k + 1;
		if (u2 == U_YEAR || u2 == U_MONTH) {
			if (u1 == U_NONE)
				v1 = in_years(v1, u2);
			add = 0;
			e = half_after(seg, n, k + 1, &add);
			v2 = in_years(v2, u2) + add;
			it->min = v1 < v2 ? v1 : v2;
			it->max = v1 < v2 ? v2 : v1;
			it->last = e;
			return e;
		}
	}
	if (u1 == U_NONE) {
		/* "imprisonment for any term of years not less than 15": the unit came first */
		q = qual_before(seg, i, &at);
		if (q == Q_NONE)
			return j;
		for (k = at; k-- > 0 && k + 8 > at;) {
			u2 = unit_of(&seg[k], &count);
			if (u2 != U_NONE)
				break;
		}
		/* only a unit with no number of its own ("term of years"), not the
		 * unit of an earlier duration ("cinco años e inhabilitación hasta por un") */
		if (u2 != U_NONE && k > 0 && (is_numeric(&seg[k - 1]) || seg[k - 1].kind == T_RPAREN))
			u2 = U_NONE;
		/* "no menor de ocho ni mayor de quince años": the unit comes later, after
		 * nothing but comparators and the other number */
		for (k = j; u2 != U_YEAR && u2 != U_MONTH && k < n && k < j + 8; k++) {
			u2 = unit_of(&seg[k], &count);
			if (u2 != U_NONE || !(seg[k].kind != T_WORD || is_numeric(&seg[k]) ||
			    in_list(&seg[k], w_neg) || in_list(&seg[k], w_filler) ||
			    in_list(&seg[k], w_more) || in_list(&seg[k], w_less) ||
			    in_list(&seg[k], w_and)))
				break;
		}
		if (u2 == U_YEAR || u2 == U_MONTH)
			v1 = in_years(v1, u2);
		if (u2 != U_YEAR && u2 != U_MONTH)
			return j;
		e = j;
	} else {
		q = qual_before(seg, i, &at);
	}
	if (q == Q_NONE)
		q = qual_after(seg, n, e);
	if (q == Q_MIN)
		it->min = v1;
	else
		it->max = v1;		/* a bare "X ans d'emprisonnement" is the maximum */
	it->last = e;
	return e;
}

/* One side only: a minimum ("not less than") or a maximum/life. */
static int
mergeable(const struct item *g, const struct item *it)
{
	int gmin = g->min >= 0 && g->max < 0, imin = it->min >= 0 && it->max < 0;
	int gmax = g->max >= 0 && g->min < 0, imax = it->max >= 0 && it->min < 0;

	if (g->life || it->life)
		return gmin || imin || (g->life && it->life) ||
		    (g->life && imax) || (it->life && gmax);
	/* "de seis anos, se ... não inferior a doze anos": two thresholds, not a range */
	if ((gmin && imax && g->min > it->max) || (gmax && imin && it->min > g->max))
		return 0;
	return (gmin && imax) || (gmax && imin);
}

static void
emit(struct scan *sc, const struct item *g, int fine_alt)
{
	struct lg_penalty *p;

	sc->out = lg_grow(sc->out, &sc->capout, sc->nout + 1, sizeof(*sc->out));
	p = &sc->out[sc->nout++];
	p->min_years = g->min;
	p->max_years = g->max;
	p->life = g->life;
	p->fine_alt = fine_alt;
	p->start = sc->seg[g->first].start;
	p->end = sc->seg[g->last - 1].end;
}

/* Items starting in [from, to) of the current segment, grouped and emitted.
 * Returns the index where reading stopped (an item may run past `to`). */
static size_t
process(struct scan *sc, size_t from, size_t to)
{
	const struct tok *seg = sc->seg;
	size_t n = sc->n, i, next, nit = 0, g, stop;
	struct item *it = sc->items;

	for (i = from; i < to && i < n;) {
		next = read_item(seg, n, i, &it[nit]);
		if (next == 0) {
			i++;
			continue;
		}
		/* above life (99 years) is a misread, not a term */
		if ((it[nit].min >= 0 || it[nit].max >= 0) && it[nit].max <= LG_PENALTY_LIFE &&
		    it[nit].min <= LG_PENALTY_LIFE &&
		    (it[nit].life || !vetoed(seg, n, i, it[nit].last)))
			nit++;
		i = next > i ? next : i + 1;
	}
	stop = i;
	for (i = 0; i < nit; i = next) {
		struct item grp = it[i];

		for (next = i + 1; next < nit; next++) {
			if (it[next].first > grp.last + 15 || !mergeable(&grp, &it[next]))
				break;
			if (it[next].min >= 0)
				grp.min = it[next].min;
			if (it[next].max > grp.max)
				grp.max = it[next].max;
			grp.life |= it[next].life;
			grp.last = it[next].last;
		}
		/* each item may carry its own cue; one is enough for the group */
		for (g = i; g < next; g++)
			if (custodial(seg, n, it[g].first, it[g].last))
				break;
		if (g == next)
			continue;
		emit(sc, &grp, fine_alternative(seg, n, grp.first, grp.last));
	}
	return stop;
}

size_t
lg_penalty_scan(const char *text, size_t len, const char *lang, struct lg_penalty **out)
{
	struct scan *sc;
	struct tok t;
	size_t pos = 0, from = 0, nout;
	int r;

	(void)lang;
	*out = NULL;
	if (text == NULL || len == 0)
		return 0;
	/* not zeroed: ~100 KB, and callers scan one provision at a time */
	sc = lg_xmalloc(sizeof(*sc));
	sc->n = sc->nout = sc->capout = 0;
	sc->out = NULL;
	lex_build(&sc->lex_num, numwords, sizeof(numwords) / sizeof(numwords[0]),
	    sizeof(numwords[0]));
	lex_build(&sc->lex_unit, unitwords, sizeof(unitwords) / sizeof(unitwords[0]),
	    sizeof(unitwords[0]));
	for (;;) {
		r = next_token((const unsigned char *)text, len, &pos, &t);
		if (r == 1) {
			classify(sc, &t);
			sc->seg[sc->n++] = t;
			if (sc->n < SEG_MAX)
				continue;
			/* Forced cut in an over-long sentence: items starting in the last
			 * CARRY tokens are read in the next window, which keeps at least
			 * CARRY tokens before them as context. */
			from = process(sc, from, sc->n - CARRY) - (sc->n - 2 * CARRY);
			memmove(sc->seg, sc->seg + sc->n - 2 * CARRY, 2 * CARRY * sizeof(sc->seg[0]));
			sc->n = 2 * CARRY;
			continue;
		}
		process(sc, from, sc->n);
		sc->n = 0;
		from = 0;
		if (r == 0)
			break;
	}
	*out = sc->out;
	nout = sc->nout;
	free(sc);
	return nout;
}

double
lg_penalty_max(const char *text, size_t len, const char *lang)
{
	struct lg_penalty *p;
	size_t n, i;
	double max = -1;

	n = lg_penalty_scan(text, len, lang, &p);
	for (i = 0; i < n; i++)
		if (p[i].max_years > max)
			max = p[i].max_years;
	free(p);
	return max;
}

void
lg_penalty_format(double years, char *buf, size_t n)
{
	long months, days;

	if (buf == NULL || n == 0)
		return;
	if (years != years || years < 0) {	/* NaN or not stated */
		snprintf(buf, n, "not stated");
		return;
	}
	if (years >= LG_PENALTY_LIFE) {
		snprintf(buf, n, "life imprisonment");
		return;
	}
	months = lround(years * 12);
	if (months == 0) {
		days = lround(years * 365);
		snprintf(buf, n, "%ld day%s", days, days == 1 ? "" : "s");
	} else if (months < 12)
		snprintf(buf, n, "%ld month%s", months, months == 1 ? "" : "s");
	else if (months % 12 == 0)
		snprintf(buf, n, "%ld year%s", months / 12, months == 12 ? "" : "s");
	else
		snprintf(buf, n, "%ld year%s %ld month%s", months / 12, months < 24 ? "" : "s",
		    months % 12, months % 12 == 1 ? "" : "s");
}
