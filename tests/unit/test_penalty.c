/* test_penalty.c - penalty expressions -> years, in en/fr/es/pt/ar.
 *
 * Most sentences are short quotes from real laws (US 18 USC ch. 77, India BNS,
 * France Code pénal, Argentina Código Penal and Ley 26.364, Mexico LGPSEDMTP,
 * Brazil Código Penal), written out here so the test does not need ../shared. */
#include <math.h>
#include <stdlib.h>

#include "testutil.h"
#include "load.h"
#include "penalty.h"

#define NONE	(-1.0)
#define LIFE	LG_PENALTY_LIFE

struct pcase {
	const char	*lang;
	const char	*text;
	int		 n;		/* penalties expected; -1: at least one */
	double		 min, max;	/* of the first penalty (when n != 0) */
	int		 life;
};

static const struct pcase cases[] = {
	/* ---- en ---- */
	{ "en", "shall be fined under this title or imprisoned not more than 20 years, or both.", 1, NONE, 20, 0 },
	{ "en", "shall be fined under this title or imprisoned not more than seven years, or both.", 1, NONE, 7, 0 },
	{ "en", "shall be fined under this title, imprisoned for not more than 1 year, or both.", 1, NONE, 1, 0 },
	{ "en", "shall be fined under this title, imprisoned for a term not to exceed 25 years, or both.", 1, NONE, 25, 0 },
	{ "en", "shall be fined under this title, imprisoned for any term of years or for life, or both.", 1, NONE, LIFE, 1 },
	{ "en", "by a fine under this title and imprisonment for any term of years not less than 15 or for life;", 1, 15, LIFE, 1 },
	{ "en", "had not attained the age of 14 years at the time of such offense, by a fine under this title and imprisonment for any term of years not less than 15 or for life;", 1, 15, LIFE, 1 },
	{ "en", "shall be punished with rigorous imprisonment for a term which shall not be less than seven years, but which may extend to ten years, and shall also be liable to fine.", 1, 7, 10, 0 },
	{ "en", "shall be punished with rigorous imprisonment for a term which shall not be less than ten years, but which may extend to imprisonment for life, and shall also be liable to fine.", 1, 10, LIFE, 1 },
	{ "en", "shall be punished with imprisonment for life, which shall mean imprisonment for the remainder of that person's natural life, and shall also be liable to fine.", 1, NONE, LIFE, 1 },
	{ "en", "shall be punished with imprisonment of either description for a term which may extend to one year.", 1, NONE, 1, 0 },
	{ "en", "is liable on conviction to imprisonment for a term not exceeding ten (10) years.", 1, NONE, 10, 0 },
	{ "en", "shall be liable to imprisonment for a term of not less than five years and not exceeding fifteen years.", 1, 5, 15, 0 },
	{ "en", "shall be liable to imprisonment of 5 to 15 years.", 1, 5, 15, 0 },
	{ "en", "shall be sentenced to imprisonment from five to ten years.", 1, 5, 10, 0 },
	{ "en", "shall be punished by imprisonment between 5 and 15 years.", 1, 5, 15, 0 },
	{ "en", "shall be liable to imprisonment for up to twenty-five years.", 1, NONE, 25, 0 },
	{ "en", "is liable to life imprisonment.", 1, NONE, LIFE, 1 },
	{ "en", "shall on conviction be liable to imprisonment for a term of not less than 2 years.", 1, 2, NONE, 0 },
	{ "en", "shall be liable to imprisonment for six months.", 1, NONE, 0.5, 0 },
	{ "en", "shall be liable to a fine not exceeding 10,000 dollars.", 0, 0, 0, 0 },
	{ "en", "a child means a person under 18 years of age.", 0, 0, 0, 0 },
	{ "en", "The application shall be decided within 30 days; the offence prescribes in 10 years.", 0, 0, 0, 0 },
	{ "en", "The victim shall be granted a residence permit of at least six months.", 0, 0, 0, 0 },
	{ "en", "Law 26.364 of 2008, article 10, entered into force in 2008.", 0, 0, 0, 0 },
	{ "en", "the penalty of imprisonment shall be increased by one half.", 0, 0, 0, 0 },
	{ "en", "shall be fined under this title or imprisoned in the same manner as a completed violation of such section.", 0, 0, 0, 0 },

	{ "en", "shall be liable to imprisonment for a term of 10 years.", 1, NONE, 10, 0 },
	{ "en", "is liable to a penalty of five years' imprisonment.", 1, NONE, 5, 0 },
	{ "en", "shall be sentenced to 5-15 years imprisonment.", 1, 5, 15, 0 },
	{ "en", "imprisonment for a term of not less than 5 years nor more than fifty years", 1, 5, 50, 0 },
	{ "en", "shall be liable to imprisonment for a term of forty years or to a fine.", 1, NONE, 40, 0 },
	{ "en", "the penalty shall be increased up to one third.", 0, 0, 0, 0 },
	{ "en", "a person who is 18 years old may consent; imprisonment is excluded.", 0, 0, 0, 0 },
	{ "en", "shall be punished with imprisonment for a year and a half.", 1, NONE, 1.5, 0 },
	/* ---- fr ---- */
	{ "fr", "La traite des êtres humains est punie de sept ans d'emprisonnement et de 150 000 € d'amende.", 1, NONE, 7, 0 },
	{ "fr", "Elle est punie de dix ans d'emprisonnement et de 1 500 000 € d'amende.", 1, NONE, 10, 0 },
	{ "fr", "L'infraction prévue à l'article 225-4-1 est punie de vingt ans de réclusion criminelle et de 3 000 000 euros d'amende lorsqu'elle est commise en bande organisée.", 1, NONE, 20, 0 },
	{ "fr", "est punie de quinze ans de réclusion criminelle et de 1 500 000 € d'amende", 1, NONE, 15, 0 },
	{ "fr", "commise en recourant à des tortures ou à des actes de barbarie est punie de la réclusion criminelle à perpétuité et de 4 500 000 euros d'amende.", 1, NONE, LIFE, 1 },
	{ "fr", "2° La réclusion criminelle ou la détention criminelle de trente ans au plus ;", 1, NONE, 30, 0 },
	{ "fr", "La durée de la réclusion criminelle ou de la détention criminelle à temps est de dix ans au moins.", 1, 10, NONE, 0 },
	{ "fr", "la peine est portée à trois ans d'emprisonnement et 45 000 euros d'amende.", 1, NONE, 3, 0 },
	{ "fr", "est puni de six mois d'emprisonnement et de 7 500 euros d'amende.", 1, NONE, 0.5, 0 },
	{ "fr", "est puni d'un emprisonnement de deux à cinq ans.", 1, 2, 5, 0 },
	{ "fr", "est punie de dix-huit ans de réclusion criminelle.", 1, NONE, 18, 0 },
	{ "fr", "est puni de trois ans d'emprisonnement et de 45 000 euros d'amende ou de l'une de ces deux peines seulement.", 1, NONE, 3, 0 },
	{ "fr", "est puni d'une amende de 150 000 euros.", 0, 0, 0, 0 },
	{ "fr", "lorsque la victime est un mineur de quinze ans", 0, 0, 0, 0 },
	{ "fr", "à l'égard d'un mineur de moins de quinze ans", 0, 0, 0, 0 },
	{ "fr", "une carte de séjour temporaire d'une durée d'un an peut être délivrée", 0, 0, 0, 0 },
	{ "fr", "L'action publique des crimes se prescrit par vingt années révolues.", 0, 0, 0, 0 },

	{ "fr", "est puni de dix à vingt ans de réclusion criminelle.", 1, 10, 20, 0 },
	{ "fr", "est punie de trente ans de réclusion criminelle et de 150 000 euros d'amende.", 1, NONE, 30, 0 },
	{ "fr", "est punie de vingt-cinq ans de réclusion criminelle.", 1, NONE, 25, 0 },
	{ "fr", "tout crime ou tout délit puni d'au moins cinq ans d'emprisonnement commis hors du territoire", 1, 5, NONE, 0 },
	{ "fr", "un délit puni d'une peine d'emprisonnement d'une durée supérieure ou égale à trois ans", 1, 3, NONE, 0 },
	{ "fr", "est puni d'un an d'emprisonnement et de 15 000 € d'amende.", 1, NONE, 1, 0 },
	{ "fr", "Les peines sont portées à dix ans d'emprisonnement et à 150 000 € d'amende.", 1, NONE, 10, 0 },
	{ "fr", "l'emprisonnement ne peut excéder six mois.", 1, NONE, 0.5, 0 },
	{ "fr", "le délai de prescription de l'action publique est de vingt ans; la victime mineure de dix-huit ans", 0, 0, 0, 0 },
	{ "fr", "la personne est placée en rétention pour une durée de quarante-huit heures.", 0, 0, 0, 0 },
	/* ---- es ---- */
	{ "es", "se le impondrá de 5 a 15 años de prisión y de un mil a veinte mil días multa, sin perjuicio de las sanciones", 1, 5, 15, 0 },
	{ "es", "Artículo 13. Será sancionado con pena de 15 a 30 años de prisión y de un mil a 30 mil días multa, al que", 1, 15, 30, 0 },
	{ "es", "sancionado con pena de 15 a 30 años prisión y de un mil a 20 mil días multa.", 1, 15, 30, 0 },
	{ "es", "Artículo 24. Será sancionado con prisión de 4 a 9 años y de 500 a 20 mil días multa", 1, 4, 9, 0 },
	{ "es", "la pena será de seis a doce años de prisión y de 2 mil a 15 mil días multa.", 1, 6, 12, 0 },
	{ "es", "será reprimido con prisión de cuatro (4) a ocho (8) años, el que ofreciere, captare, trasladare", 1, 4, 8, 0 },
	{ "es", "Será reprimido con prisión de tres (3) a seis (6) años el que produjere", 1, 3, 6, 0 },
	{ "es", "Será reprimido con prisión de cuatro (4) meses a un (1) año el que a sabiendas", 1, 4.0 / 12, 1, 0 },
	{ "es", "Será reprimido con prisión de seis (6) meses a dos (2) años el que", 1, 0.5, 2, 0 },
	{ "es", "será de DIEZ (10) a QUINCE (15) años de prisión, cuando:", 1, 10, 15, 0 },
	{ "es", "reclusión o prisión de cuatro (4) a quince (15) años el que redujere a una persona a esclavitud", 1, 4, 15, 0 },
	{ "es", "Si la pena fuere de reclusión perpetua, la pena de la tentativa será reclusión de quince a veinte años.", 2, NONE, LIFE, 1 },
	{ "es", "Sin embargo, esta suma no podrá exceder de (50) cincuenta años de reclusión o prisión.", 1, NONE, 50, 0 },
	{ "es", "Si el reo no pagare la multa, sufrirá prisión que no excederá de año y medio.", 1, NONE, 1.5, 0 },
	{ "es", "será reprimido con pena privativa de libertad no menor de ocho ni mayor de quince años.", 1, 8, 15, 0 },
	{ "es", "con pena privativa de libertad no menor de dieciséis años ni mayor de veinticinco años", 1, 16, 25, 0 },
	{ "es", "será castigado con la pena de prisión de cinco a ocho años.", 1, 5, 8, 0 },
	{ "es", "se impondrá prisión de cinco años como mínimo.", 1, 5, NONE, 0 },
	{ "es", "será sancionado con prisión de hasta diez años.", 1, NONE, 10, 0 },
	{ "es", "será castigado con prisión permanente revisable.", 1, NONE, LIFE, 1 },
	{ "es", "será reprimido con prisión de un año y seis meses a cuatro años.", 1, 1.5, 4, 0 },
	{ "es", "será sancionado con prisión de veinticinco a treinta y cinco años.", 1, 25, 35, 0 },
	{ "es", "inhabilitación para ejercer profesión hasta por cinco años e inhabilitación hasta por un tiempo equivalente al de la prisión impuesta", 0, 0, 0, 0 },
	{ "es", "dentro de un área natural protegida, la prisión se elevará hasta tres años más y la pena económica hasta mil días multa", 0, 0, 0, 0 },
	{ "es", "Se aplicará una pena adicional hasta de tres años más de prisión y hasta mil días multa", 0, 0, 0, 0 },
	{ "es", "se impondrá prisión de dos o seis años y de cien a trescientos días multa", 1, NONE, 6, 0 },
	{ "es", "multa de quinientos a mil días", 0, 0, 0, 0 },
	{ "es", "será castigado con multa de seis a doce meses.", 0, 0, 0, 0 },
	{ "es", "prisión cuando la víctima fuere menor de TRECE (13) años.", 0, 0, 0, 0 },
	{ "es", "toda representación de un menor de dieciocho (18) años dedicado a actividades sexuales", 0, 0, 0, 0 },
	{ "es", "los mayores de sesenta años que merecieren reclusión, sufrirán la condena en prisión", 0, 0, 0, 0 },
	{ "es", "la víctima tendrá un período de recuperación y reflexión de 30 días y un plazo de 30 días", 0, 0, 0, 0 },
	{ "es", "En caso de los delitos previstos en los artículos 145 bis y 145 ter del Código Penal, la inhabilitación especial será perpetua", 0, 0, 0, 0 },
	{ "es", "las penas se aumentarán hasta en una mitad", 0, 0, 0, 0 },

	{ "es", "será castigado con pena de prisión de cinco a quince años.", 1, 5, 15, 0 },
	{ "es", "Será reprimido con prisión de quince (15) días a seis (6) meses el que abriere", 1, 15.0 / 365, 0.5, 0 },
	{ "es", "será castigado con cadena perpetua.", 1, NONE, LIFE, 1 },
	{ "es", "será castigado con prisión de dos años.", 1, NONE, 2, 0 },
	{ "es", "prisión de 1 a 3 años; multa de 2 a 5 meses.", 1, 1, 3, 0 },
	{ "es", "se impondrá prisión de diez años cuando la víctima tuviere hasta 18 años de edad.", 1, NONE, 10, 0 },
	/* ---- pt ---- */
	{ "pt", "V - exploração sexual. Pena - reclusão, de 4 (quatro) a 8 (oito) anos, e multa.", 1, 4, 8, 0 },
	{ "pt", "Pena - reclusão, de 2 (dois) a 8 (oito) anos.", 1, 2, 8, 0 },
	{ "pt", "Matar alguem: Pena - reclusão, de seis a vinte anos.", 1, 6, 20, 0 },
	{ "pt", "Pena - reclusão, de doze a trinta anos.", 1, 12, 30, 0 },
	{ "pt", "Se o homicídio é culposo: Pena - detenção, de um a três anos.", 1, 1, 3, 0 },
	{ "pt", "Pena – reclusão, de 20 (vinte) a 40 (quarenta) anos.", 1, 20, 40, 0 },
	{ "pt", "Pena - detenção, de seis meses a dois anos, ou multa.", 1, 0.5, 2, 0 },
	{ "pt", "é punido com pena de prisão de três a dez anos.", 1, 3, 10, 0 },
	{ "pt", "é punido com pena de prisão até 5 anos.", 1, NONE, 5, 0 },
	{ "pt", "é punido com pena de prisão de dezasseis a vinte e cinco anos.", 1, 16, 25, 0 },
	{ "pt", "o condenado a reclusão por mais de cinco anos", 1, 5, NONE, 0 },
	{ "pt", "crime a que a lei comina pena de reclusão não inferior a doze anos", 1, 12, NONE, 0 },
	{ "pt", "A execução da pena privativa de liberdade, não superior a dois anos, poderá ser suspensa, por dois a quatro anos", 1, NONE, 2, 0 },
	{ "pt", "I - de seis anos, se a lei comina ao crime pena de reclusão não inferior, no mínimo, a doze anos", 1, 12, NONE, 0 },
	{ "pt", "A pena é aumentada de um terço até a metade se:", 0, 0, 0, 0 },
	{ "pt", "salvo quando o condenado é menor de vinte e um anos ou maior de setenta anos", 0, 0, 0, 0 },
	{ "pt", "contra vítima menor de 18 (dezoito) anos", 0, 0, 0, 0 },
	{ "pt", "(Incluído pela Lei nº 13.344, de 2016) (Vigência)", 0, 0, 0, 0 },
	{ "pt", "a conversão da multa em detenção, até o máximo de um ano, no prazo de 10 dias", 1, NONE, 1, 0 },

	{ "pt", "Pena - reclus&#xe3;o, de 2 (dois) a 8 (oito) anos.", 1, 2, 8, 0 },
	{ "pt", "Pena - reclusão, de dezesseis a trinta anos.", 1, 16, 30, 0 },
	{ "pt", "é punido com pena de prisão perpétua.", 1, NONE, LIFE, 1 },
	{ "pt", "Pena - detenção, de quinze dias a dois meses, ou multa.", 1, 15.0 / 365, 2.0 / 12, 0 },
	{ "pt", "Pena - reclusão, de 2 (dois) anos a 4 (quatro) anos, e multa.", 1, 2, 4, 0 },
	{ "pt", "A ação penal prescreve em 20 (vinte) anos; a vítima com idade inferior a 14 (catorze) anos", 0, 0, 0, 0 },
	{ "pt", "autorização de residência pelo prazo de 2 (dois) anos à vítima de tráfico de pessoas", 0, 0, 0, 0 },
	{ "pt", "no caso de condenação a pena de reclusão, em regime fechado, superior a 4 (quatro) anos", 1, 4, NONE, 0 },
	/* ---- ar ---- */
	{ "ar", "يعاقب بالسجن مدة لا تقل عن خمس سنوات ولا تزيد على خمس عشرة سنة", 1, 5, 15, 0 },
	{ "ar", "يعاقب بالسجن المؤبد كل من ارتكب جريمة الاتجار بالبشر", 1, NONE, LIFE, 1 },
	{ "ar", "يعاقب بالسجن من ثلاث إلى عشر سنوات وبغرامة", 1, 3, 10, 0 },
	{ "ar", "يعاقب بالحبس مدة لا تقل عن سنتين وبغرامة لا تقل عن خمسين ألف جنيه", 1, 2, NONE, 0 },
	{ "ar", "يعاقب بالحبس مدة لا تزيد على سنة أو بإحدى هاتين العقوبتين", 1, NONE, 1, 0 },
	{ "ar", "يعاقب بالسجن مدة عشر سنوات", 1, NONE, 10, 0 },
	{ "ar", "يعاقب بالسجن مدة لا تقل عن ٧ سنوات", 1, 7, NONE, 0 },
	{ "ar", "يعاقب بالسجن مدة لا تقل عن ۱۰ سنوات", 1, 10, NONE, 0 },
	{ "ar", "يعاقب بالأشغال الشاقة المؤقتة مدة لا تقل عن عشر (10) سنوات", 1, 10, NONE, 0 },
	{ "ar", "يعاقب بالسجن مدة لا تقل عن ثلاث وعشرين سنة", 1, 23, NONE, 0 },
	{ "ar", "يعاقب بالحبس مدة لا تقل عن ستة أشهر", 1, 0.5, NONE, 0 },
	{ "ar", "يعاقب بالحبس مدة لا تقل عن سنة", 1, 1, NONE, 0 },
	{ "ar", "يعاقب بالحبس مدة لا تقل عن سنة واحدة ولا تزيد على ثلاث سنوات", 1, 1, 3, 0 },
	{ "ar", "يعاقب بالسجن مدة لا تزيد على سنتان", 1, NONE, 2, 0 },
	{ "ar", "يعاقب بالأشغال الشاقة المؤبدة", 1, NONE, LIFE, 1 },
	{ "ar", "يعاقب بالسجن مدى الحياة", 1, NONE, LIFE, 1 },
	{ "ar", "يعاقب بالسجن مدة خمسة عشر عاما", 1, NONE, 15, 0 },
	{ "ar", "يعاقب بالسجن من ٥ إلى ١٥ سنة", 1, 5, 15, 0 },
	{ "ar", "يعاقب بالسجن مدة لا تقل عن اثنتي عشرة سنة", 1, 12, NONE, 0 },
	{ "ar", "الطفل: كل شخص لم يتجاوز ثماني عشرة سنة من العمر", 0, 0, 0, 0 },
	{ "ar", "يعاقب بغرامة لا تقل عن ألف دينار", 0, 0, 0, 0 },
	{ "ar", "يسقط الحق في إقامة الدعوى بالتقادم بمضي عشر سنوات", 0, 0, 0, 0 },
	{ "ar", "تمنح الضحية إقامة مؤقتة لمدة ستة أشهر", 0, 0, 0, 0 },
	{ "ar", "تصدر الجهة المختصة قرارها خلال ثلاثين يوما", 0, 0, 0, 0 },
	{ "ar", "وتضاعف العقوبة إذا كان المجني عليه طفلا", 0, 0, 0, 0 },
};

static int
near(double a, double b)
{
	return fabs(a - b) < 1e-6;
}

static void
test_table(void **state)
{
	size_t i, n, bad = 0;
	struct lg_penalty *p;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct pcase *c = &cases[i];
		int ok;

		n = lg_penalty_scan(c->text, strlen(c->text), c->lang, &p);
		ok = c->n < 0 ? n > 0 : n == (size_t)c->n;
		if (ok && n > 0 && c->n != 0)
			ok = near(p[0].min_years, c->min) && near(p[0].max_years, c->max) &&
			    p[0].life == c->life && p[0].start < p[0].end &&
			    p[0].end <= strlen(c->text);
		if (!ok) {
			print_error("case %zu [%s] %s\n  want n=%d min=%g max=%g life=%d; got n=%zu",
			    i, c->lang, c->text, c->n, c->min, c->max, c->life, n);
			if (n > 0)
				print_error(" min=%g max=%g life=%d span=\"%.*s\"", p[0].min_years,
				    p[0].max_years, p[0].life, (int)(p[0].end - p[0].start),
				    c->text + p[0].start);
			print_error("\n");
			bad++;
		}
		free(p);
	}
	assert_int_equal(bad, 0);
}

static void
test_null_lang_same_result(void **state)
{
	const char *s = "Pena - reclusão, de 4 (quatro) a 8 (oito) anos, e multa.";

	(void)state;
	assert_true(near(lg_penalty_max(s, strlen(s), NULL), 8));
	assert_true(near(lg_penalty_max(s, strlen(s), "xx"), 8));
	assert_true(near(lg_penalty_max("", 0, NULL), -1));
	assert_true(near(lg_penalty_max(NULL, 0, NULL), -1));
}

static void
test_max_over_text(void **state)
{
	const char *s = "Artículo 10. Será sancionado con pena de 5 a 15 años de prisión. "
	    "Artículo 13. Será sancionado con pena de 15 a 30 años de prisión. "
	    "Una persona menor de dieciocho años. Multa de seis a doce meses.";
	struct lg_penalty *p;
	size_t n;

	(void)state;
	assert_true(near(lg_penalty_max(s, strlen(s), "es"), 30));
	n = lg_penalty_scan(s, strlen(s), "es", &p);
	assert_int_equal(n, 2);
	/* the span covers the expression, from the first number to the unit */
	assert_true(strncmp(s + p[0].start, "5 a 15 años", p[0].end - p[0].start) == 0);
	free(p);
}

static void
test_fine_alternative(void **state)
{
	static const struct { const char *text; int alt; } t[] = {
		{ "shall be fined under this title or imprisoned not more than 20 years, or both.", 1 },
		{ "shall be punished with imprisonment for a term not exceeding ten years, or with fine.", 1 },
		{ "est puni de trois ans d'emprisonnement et de 45 000 euros d'amende ou de l'une de ces deux peines seulement.", 1 },
		{ "Pena - detenção, de seis meses a dois anos, ou multa.", 1 },
		{ "será sancionado con prisión de uno a tres años o multa.", 1 },
		{ "يعاقب بالحبس مدة لا تزيد على سنة أو بإحدى هاتين العقوبتين", 1 },
		{ "Pena - reclusão, de 4 (quatro) a 8 (oito) anos, e multa.", 0 },
		{ "La traite des êtres humains est punie de sept ans d'emprisonnement et de 150 000 € d'amende.", 0 },
		{ "se le impondrá de 5 a 15 años de prisión y de un mil a veinte mil días multa", 0 },
		{ "shall be punished with imprisonment for life, and shall also be liable to fine.", 0 },
	};
	struct lg_penalty *p;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		n = lg_penalty_scan(t[i].text, strlen(t[i].text), NULL, &p);
		if (n != 1 || p[0].fine_alt != t[i].alt)
			print_error("fine_alt case %zu: n=%zu alt=%d want %d: %s\n", i, n,
			    n ? p[0].fine_alt : -1, t[i].alt, t[i].text);
		assert_int_equal(n, 1);
		assert_int_equal(p[0].fine_alt, t[i].alt);
		free(p);
	}
}

static void
test_format(void **state)
{
	char buf[64];

	(void)state;
	lg_penalty_format(0.5, buf, sizeof(buf));
	assert_string_equal(buf, "6 months");
	lg_penalty_format(15, buf, sizeof(buf));
	assert_string_equal(buf, "15 years");
	lg_penalty_format(1, buf, sizeof(buf));
	assert_string_equal(buf, "1 year");
	lg_penalty_format(1.5, buf, sizeof(buf));
	assert_string_equal(buf, "1 year 6 months");
	lg_penalty_format(2.25, buf, sizeof(buf));
	assert_string_equal(buf, "2 years 3 months");
	lg_penalty_format(1.0 / 12, buf, sizeof(buf));
	assert_string_equal(buf, "1 month");
	lg_penalty_format(LG_PENALTY_LIFE, buf, sizeof(buf));
	assert_string_equal(buf, "life imprisonment");
	lg_penalty_format(-1, buf, sizeof(buf));
	assert_string_equal(buf, "not stated");
	lg_penalty_format(15, buf, 3);		/* truncated, still terminated */
	assert_string_equal(buf, "15");
	lg_penalty_format(15, NULL, 0);
}

/* Any bytes are safe; a long input costs linear time. */
static void
test_robustness(void **state)
{
	static const char *pieces[] = {
		"prisión de ", "(", ")", "4", " a ", "años", "\xff\xfe", "\xd9", "٠١٢",
		"not less than ", "life", "-", ".", "de", "(10)", "سنتين", "\xe2\x80",
		"1.000.000", "99999999999999999999", "seize", "vingt-", "و", "عشرة ",
	};
	size_t i, n, len = 0, cap = 1 << 22;
	char *buf = lg_xmalloc(cap);
	struct lg_penalty *p;
	unsigned seed = 12345;

	(void)state;
	while (len + 64 < cap) {
		const char *s;

		seed = seed * 1103515245u + 12345u;
		s = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
		memcpy(buf + len, s, strlen(s));
		len += strlen(s);
	}
	n = lg_penalty_scan(buf, len, NULL, &p);
	for (i = 0; i < n; i++) {
		assert_true(p[i].start < p[i].end && p[i].end <= len);
		assert_true(p[i].max_years <= LG_PENALTY_LIFE);
	}
	free(p);
	/* every prefix of every table sentence, in an exact-size copy: no read
	 * past the end (ASan/valgrind) whatever the cut */
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t k, sl = strlen(cases[i].text);

		for (k = 0; k <= sl; k++) {
			char *c = lg_xmalloc(k ? k : 1);

			memcpy(c, cases[i].text, k);
			n = lg_penalty_scan(c, k, NULL, &p);
			free(p);
			free(c);
		}
	}
	/* every prefix of a tricky sentence: no read past the end */
	{
		const char *s = "Pena – reclusão, de 20 (vinte) a 40 (quarenta) anos; بالسجن من ثلاث إلى عشر سنوات";
		size_t k, sl = strlen(s);

		for (k = 0; k <= sl; k++) {
			char *c = lg_xmalloc(k ? k : 1);

			memcpy(c, s, k);
			n = lg_penalty_scan(c, k, NULL, &p);
			free(p);
			free(c);
		}
	}
	/* one 4 MB sentence with no stop: forced cuts keep context */
	for (len = 0; len + 40 < cap;) {
		static const char rep[] = "prisión de 5 a 15 años y ";

		memcpy(buf + len, rep, sizeof(rep) - 1);
		len += sizeof(rep) - 1;
	}
	n = lg_penalty_scan(buf, len, "es", &p);
	assert_true(n > 100000);
	for (i = 0; i < n; i++)
		assert_true(near(p[i].min_years, 5) && near(p[i].max_years, 15));
	free(p);
	free(buf);
}

/* The real corpus: no crash, and the known trafficking penalties come out. */
static void
test_corpus(void **state)
{
	static const struct { const char *path, *lang; double min_max; } files[] = {
		{ "akn/mx/lgpsedmtp.xml", "es", 15 },
		{ "text/fr/fr-code-penal.md", "fr", LG_PENALTY_LIFE },
		{ "text/es/ar-codigo-penal.md", "es", 15 },
		{ "text/en/us-18usc-ch77.md", "en", LG_PENALTY_LIFE },
		{ "text/en/in-bns-143-146.md", "en", LG_PENALTY_LIFE },
		{ "html/pt/br-codigo-penal.html", "pt", 8 },
		{ "text/en/us-22usc-ch78.md", "en", -1 },
	};
	const char *dir = tu_shared();
	struct lg_load_opts o;
	char path[512], *raw;
	lg_doc *doc;
	lg_diag *diag;
	size_t i, len;
	double max;

	(void)state;
	if (dir == NULL)
		skip();
	memset(&o, 0, sizeof(o));
	diag = lg_diag_new(NULL, NULL);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i].path);
		/* Through the loader where it can (HTML entities decoded, markup gone);
		 * else the raw bytes, which the scanner must take as well. */
		doc = NULL;
		raw = NULL;
		if (lg_load(path, &o, diag, &doc) == 0) {
			max = lg_penalty_max(doc->text, doc->text_len, files[i].lang);
		} else {
			assert_int_equal(lg_read_file(path, 64u << 20, &raw, &len), 0);
			max = lg_penalty_max(raw, len, files[i].lang);
		}
		if (max < files[i].min_max)
			print_error("%s: max %g < %g\n", files[i].path, max, files[i].min_max);
		assert_true(max >= files[i].min_max);
		assert_true(max <= LG_PENALTY_LIFE);
		if (doc)
			lg_doc_free(doc);
		free(raw);
	}
	lg_diag_free(diag);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_null_lang_same_result),
		cmocka_unit_test(test_max_over_text),
		cmocka_unit_test(test_fine_alternative),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_robustness),
		cmocka_unit_test(test_corpus),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
