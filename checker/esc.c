/* esc.c - escaping for every output format (see esc.h for the rules). */
#include <stdio.h>
#include <string.h>

#include "esc.h"

#define REPLACEMENT "\xEF\xBF\xBD"	/* U+FFFD */

/* Next character of s[i..n): its code point, or -1 for an invalid byte
 * (which the caller replaces by U+FFFD); *step is its length in bytes. */
static long
next_cp(const char *s, size_t i, size_t n, int *step)
{
	return lg_utf8_decode((const unsigned char *)s + i, n - i, step);
}

/* C0 and C1 control characters and DEL: never passed raw to any format. */
static int
is_ctl(long cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
}

void
lg_esc_json_n(lg_buf *b, const char *s, size_t n)
{
	size_t i = 0;
	int step;
	long cp;

	while (i < n) {
		cp = next_cp(s, i, n, &step);
		switch (cp) {
		case -1: lg_buf_puts(b, REPLACEMENT); break;
		case '"': lg_buf_puts(b, "\\\""); break;
		case '\\': lg_buf_puts(b, "\\\\"); break;
		case '\n': lg_buf_puts(b, "\\n"); break;
		case '\r': lg_buf_puts(b, "\\r"); break;
		case '\t': lg_buf_puts(b, "\\t"); break;
		case '\b': lg_buf_puts(b, "\\b"); break;
		case '\f': lg_buf_puts(b, "\\f"); break;
		default:
			if (is_ctl(cp) ||
			    cp == 0x2028 || cp == 0x2029)
				lg_buf_printf(b, "\\u%04lx", cp);
			else
				lg_buf_put(b, s + i, (size_t)step);
		}
		i += (size_t)step;
	}
}

void
lg_esc_json(lg_buf *b, const char *s)
{
	if (s == NULL) {
		lg_buf_puts(b, "null");
		return;
	}
	lg_buf_putc(b, '"');
	lg_esc_json_n(b, s, strlen(s));
	lg_buf_putc(b, '"');
}

void
lg_esc_xml_n(lg_buf *b, const char *s, size_t n, int attr)
{
	size_t i = 0;
	int step;
	long cp;

	while (i < n) {
		cp = next_cp(s, i, n, &step);
		switch (cp) {
		case '<': lg_buf_puts(b, "&lt;"); break;
		case '>': lg_buf_puts(b, "&gt;"); break;
		case '&': lg_buf_puts(b, "&amp;"); break;
		case '"': lg_buf_puts(b, attr ? "&quot;" : "\""); break;
		case '\'': lg_buf_puts(b, attr ? "&#39;" : "'"); break;
		case '\n': case '\r': case '\t':
			/* Attribute normalisation would turn them into spaces. */
			if (attr)
				lg_buf_printf(b, "&#%ld;", cp);
			else
				lg_buf_putc(b, (char)cp);
			break;
		default:
			if (is_ctl(cp) ||
			    cp == 0xFFFE || cp == 0xFFFF)
				lg_buf_puts(b, REPLACEMENT);
			else
				lg_buf_put(b, s + i, (size_t)step);
		}
		i += (size_t)step;
	}
}

void
lg_esc_xml(lg_buf *b, const char *s, int attr)
{
	if (s != NULL)
		lg_esc_xml_n(b, s, strlen(s), attr);
}

void
lg_esc_csv(lg_buf *b, const char *s)
{
	size_t i = 0, n;
	int step, quote;
	long cp;

	if (s == NULL)
		return;
	n = strlen(s);
	quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		lg_buf_putc(b, '"');
	if (n > 0 && strchr("=+-@\t\r", s[0]) != NULL)
		lg_buf_putc(b, '\'');
	while (i < n) {
		cp = next_cp(s, i, n, &step);
		if (cp == -1)
			lg_buf_puts(b, REPLACEMENT);
		else if (cp == '"')
			lg_buf_puts(b, "\"\"");
		else if (cp == '\n' || cp == '\r' || cp == '\t')
			lg_buf_putc(b, (char)cp);
		else if (is_ctl(cp))
			lg_buf_putc(b, ' ');
		else
			lg_buf_put(b, s + i, (size_t)step);
		i += (size_t)step;
	}
	if (quote)
		lg_buf_putc(b, '"');
}

void
lg_esc_md_n(lg_buf *b, const char *s, size_t n)
{
	size_t i = 0;
	int step;
	long cp;

	while (i < n) {
		cp = next_cp(s, i, n, &step);
		if (cp == -1)
			lg_buf_puts(b, REPLACEMENT);
		else if (cp == '<')
			lg_buf_puts(b, "&lt;");
		else if (cp == '>')
			lg_buf_puts(b, "&gt;");
		else if (cp == '&')
			lg_buf_puts(b, "&amp;");
		else if (cp == '\n' || cp == '\r' || cp == '\t')
			lg_buf_putc(b, ' ');
		else if (is_ctl(cp))
			lg_buf_puts(b, REPLACEMENT);
		else if (cp < 0x80 && strchr("\\`*_[]|~", (int)cp) != NULL) {
			lg_buf_putc(b, '\\');
			lg_buf_putc(b, (char)cp);
		} else
			lg_buf_put(b, s + i, (size_t)step);
		i += (size_t)step;
	}
}

void
lg_esc_md(lg_buf *b, const char *s)
{
	if (s != NULL)
		lg_esc_md_n(b, s, strlen(s));
}

void
lg_esc_term_n(lg_buf *b, const char *s, size_t n, int keep_nl)
{
	size_t i = 0;
	int step;
	long cp;

	while (i < n) {
		cp = next_cp(s, i, n, &step);
		if (cp == -1)
			lg_buf_puts(b, REPLACEMENT);
		else if ((cp == '\n' || cp == '\t') && keep_nl)
			lg_buf_putc(b, (char)cp);
		else if (cp == '\n' || cp == '\t' || cp == '\r')
			lg_buf_putc(b, ' ');
		else if (is_ctl(cp))
			lg_buf_puts(b, REPLACEMENT);
		else
			lg_buf_put(b, s + i, (size_t)step);
		i += (size_t)step;
	}
}

void
lg_esc_term(lg_buf *b, const char *s, int keep_nl)
{
	if (s != NULL)
		lg_esc_term_n(b, s, strlen(s), keep_nl);
}

void
lg_esc_uri(lg_buf *b, const char *s)
{
	const unsigned char *p;

	if (s == NULL)
		return;
	for (p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p) != NULL)
			lg_buf_putc(b, (char)*p);
		else
			lg_buf_printf(b, "%%%02X", *p);
	}
}

void
lg_esc_span(const char *quote, size_t start, size_t len, size_t *s, size_t *e)
{
	size_t n = quote ? strlen(quote) : 0;

	if (start > n)
		start = n;
	if (len > n - start)
		len = n - start;
	*s = start;
	*e = start + len;
	/* Back up over continuation bytes so no character is split. */
	while (*s > 0 && ((unsigned char)quote[*s] & 0xC0) == 0x80)
		(*s)--;
	while (*e < n && ((unsigned char)quote[*e] & 0xC0) == 0x80)
		(*e)++;
}

char *
lg_utf8_clean(const char *s, size_t *start, size_t *len)
{
	lg_buf b = { 0 };
	size_t i = 0, n, hs = 0, he = 0, ns = 0, ne = 0;
	int step;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	if (start && len)
		lg_esc_span(s, *start, *len, &hs, &he);
	while (i <= n) {
		if (start && len) {
			if (i == hs)
				ns = b.len;
			if (i == he)
				ne = b.len;
		}
		if (i == n)
			break;
		if (next_cp(s, i, n, &step) < 0)
			lg_buf_puts(&b, REPLACEMENT);
		else
			lg_buf_put(&b, s + i, (size_t)step);
		i += (size_t)step;
	}
	if (start && len) {
		*start = ns;
		*len = ne >= ns ? ne - ns : 0;
	}
	if (b.p == NULL)
		return lg_xstrdup("");
	return lg_buf_detach(&b);
}
