/* import_front.c - metadata of an imported text that has no front matter:
 * title (first heading or line), number ("Ley 26.364", "LEI Nº 15.201",
 * "قانون رقم 12") and date ("3 de septiembre de 2023", "April 9, 2008"). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"

static const char NUMBER_RE[] =
    "(?:\\b(?:Ley|Law|Loi|Lei|Act|Decreto-Lei|Decreto|D[ée]cret|Decree|Code)|قانون)\\s+"
    "(?:N[°º.o]?\\s*|No\\.?\\s*|n[°º]\\s*|رقم\\s*)?(?<n>[0-9][0-9./-]*[0-9]|[0-9])";

static const char DATE_RE[] =
    "(?<iso>[12][0-9]{3}-[01][0-9]-[0-3][0-9])"
    "|(?<d1>[0-3]?[0-9])(?:º|°|er|st|nd|rd|th)?\\s+(?:de\\s+)?(?<m1>[A-Za-zéûçÉÛ]+)\\s+(?:de\\s+|del\\s+)?(?<y1>[12][0-9]{3})"
    "|(?<m2>[A-Za-z]+)\\s+(?<d2>[0-3]?[0-9]),?\\s+(?:de\\s+)?(?<y2>[12][0-9]{3})";

static int
month_of(const char *m, size_t n)
{
	static const char *full[] = {
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
		"marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
		"noviembre", "diciembre", "janeiro", "fevereiro", "março", "abril", "maio", "junho",
		"julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
	};
	char low[16];
	size_t i;

	if (n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)m[i]);
	low[n] = '\0';
	for (i = 0; i < sizeof(full) / sizeof(full[0]); i++)
		if (strcmp(low, full[i]) == 0)
			return (int)(i % 12) + 1;
	return 0;
}

void
lg_front_from_text(const struct lg_lines *l, lg_doc *doc)
{
	struct lg_re num = { NULL, NULL }, date = { NULL, NULL };
	size_t i, seen = 0, gl, ml, dl, yl;
	const char *s, *g, *m, *d, *y;
	char buf[16];
	int mon;

	if (lg_re_compile(&num, NUMBER_RE, 1) < 0 || lg_re_compile(&date, DATE_RE, 1) < 0) {
		lg_re_free(&num);
		lg_re_free(&date);
		return;
	}
	for (i = 0; i < l->n && seen < 40; i++) {
		const struct lg_line *ln = &l->v[i];

		if (ln->flags & (LG_LINE_BLANK | LG_LINE_FRONT | LG_LINE_FRONT_END))
			continue;
		seen++;
		s = l->text.p + ln->off;
		if (doc->title == NULL && ((ln->flags & LG_LINE_HEADING) || seen == 1))
			doc->title = lg_xstrndup(s, ln->len > 300 ? 300 : ln->len);
		if (doc->number == NULL && lg_re_match(&num, s, ln->len) &&
		    (g = lg_re_group(&num, s, "n", &gl)) != NULL)
			doc->number = lg_xstrndup(g, gl);
		if (doc->date == NULL && lg_re_match(&date, s, ln->len)) {
			if ((g = lg_re_group(&date, s, "iso", &gl)) != NULL)
				doc->date = lg_xstrndup(g, gl);
			else {
				if ((m = lg_re_group(&date, s, "m1", &ml)) != NULL) {
					d = lg_re_group(&date, s, "d1", &dl);
					y = lg_re_group(&date, s, "y1", &yl);
				} else {
					m = lg_re_group(&date, s, "m2", &ml);
					d = lg_re_group(&date, s, "d2", &dl);
					y = lg_re_group(&date, s, "y2", &yl);
				}
				if (m && d && y && (mon = month_of(m, ml)) > 0 && atoi(d) >= 1 && atoi(d) <= 31) {
					snprintf(buf, sizeof(buf), "%.4s-%02d-%02d", y, mon, atoi(d));
					doc->date = lg_xstrdup(buf);
				}
			}
		}
	}
	lg_re_free(&num);
	lg_re_free(&date);
}
