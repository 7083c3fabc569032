/* import_text.c - plain text and Markdown into logical lines for the
 * structure recogniser (structure.c). Markdown syntax is removed here:
 * headings and list markers become line flags, emphasis and links plain
 * text, HTML comments vanish, YAML front matter becomes metadata. */
#include <string.h>

#include "import.h"
#include "lexgap.h"
#include "structure.h"
#include "util.h"

static int
starts(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);

	return n >= k && memcmp(s, p, k) == 0;
}

/* "key: value" with a plain key, as YAML front matter has. */
static int
yaml_pair(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == '_' || s[i] == '-' || (s[i] >= 'a' && s[i] <= 'z') ||
	    (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
		i++;
	return i > 0 && i < n && s[i] == ':';
}

/* Inline Markdown to plain text: emphasis markers dropped (a space kept where
 * they glued two words: "TITULO V*Comité"), [text](url) to text, \x to x. */
static void
inline_md(lg_buf *out, const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < n) {
		if (s[i] == '\\' && i + 1 < n && strchr("\\`*_{}[]()#+-.!|", s[i + 1])) {
			lg_buf_putc(out, s[i + 1]);
			i += 2;
		} else if (s[i] == '*') {
			for (j = i; j < n && s[j] == '*'; j++)
				;
			if (out->len > 0 && out->p[out->len - 1] != ' ' && j < n && s[j] != ' ' &&
			    ((unsigned char)s[j] >= 0x80 || (s[j] >= 'A' && s[j] <= 'Z')) && out->p[out->len - 1] != '(')
				lg_buf_putc(out, ' ');
			i = j;
		} else if (s[i] == '!' && i + 1 < n && s[i + 1] == '[') {
			i++;
		} else if (s[i] == ']' && i + 1 < n && s[i + 1] == '(') {
			/* Drop the link target: up to the matching ')' on this line. */
			for (j = i + 2; j < n && s[j] != ')' && s[j] != ' '; j++)
				;
			if (j < n && s[j] == ')')
				i = j + 1;
			else
				lg_buf_putc(out, s[i++]);
		} else if (s[i] == '[') {
			i++;
		} else
			lg_buf_putc(out, s[i++]);
	}
}

/* Is there a bold article heading glued to the end of the previous text
 * ("...B.O. 26/2/2024.)***ARTICULO 22.**— El Comité")? Offset of its "**". */
static size_t
glued_article(const char *s, size_t n)
{
	static const char *kw[] = { "ARTICULO", "ARTÍCULO", "Artículo", "Articulo", "Article", "Artigo", "Art." };
	size_t i, k, m;

	for (i = 1; i + 2 < n; i++) {
		if (s[i] != '*' || s[i + 1] != '*' || s[i + 2] == '*')
			continue;
		/* Only after the end of a sentence or of a note: "...OFICIAL.)***ARTICULO". */
		for (k = i; k > 0 && s[k - 1] == '*'; k--)
			;
		if (k == 0 || (s[k - 1] != ')' && s[k - 1] != '.'))
			continue;
		for (k = 0; k < sizeof(kw) / sizeof(kw[0]); k++) {
			m = strlen(kw[k]);
			if (i + 2 + m < n && memcmp(s + i + 2, kw[k], m) == 0)
				return i;
		}
	}
	return 0;
}

static void
md_line(struct lg_lines *l, lg_buf *tmp, const char *s, size_t n, unsigned line)
{
	unsigned flags = 0;
	size_t i = 0, k;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (i < n && s[i] == '>') {
		i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (i < n && s[i] == '#') {
		for (k = i; k < n && s[k] == '#'; k++)
			;
		if (k - i <= 6 && (k == n || s[k] == ' ' || s[k] == '\t')) {
			flags |= LG_LINE_HEADING;
			i = k;
			while (n > i && (s[n - 1] == '#' || s[n - 1] == ' '))
				n--;
		}
	} else if (i + 1 < n && (s[i] == '-' || s[i] == '+' || (s[i] == '*' && s[i + 1] == ' ')) &&
	    s[i + 1] == ' ') {
		flags |= LG_LINE_ITEM;
		i += 2;
	}
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i + 1 < n && s[i] == '*' && s[i + 1] == '*' && (i + 2 >= n || s[i + 2] != '*'))
		flags |= LG_LINE_BOLD;
	if ((k = glued_article(s + i, n - i)) > 0) {
		lg_buf_truncate(tmp, 0);
		inline_md(tmp, s + i, k);
		lg_lines_add(l, tmp->p, tmp->len, line, flags & ~LG_LINE_BOLD);
		i += k;
		flags = LG_LINE_BOLD;
	}
	lg_buf_truncate(tmp, 0);
	inline_md(tmp, s + i, n - i);
	lg_lines_add(l, tmp->p, tmp->len, line, flags);
}

int
lg_import_text(const char *buf, size_t len, const char *path, int markdown, lg_diag *diag,
    lg_doc **out)
{
	lg_doc *doc = lg_doc_new(path);
	struct lg_lines l;
	lg_buf tmp, acc;
	size_t i = 0, j, e, next, c0;
	unsigned line = 1, acc_line = 0;
	int front = 0, comment = 0, content = 0;

	doc->format = lg_xstrdup(markdown ? "markdown" : "text");
	lg_lines_init(&l);
	lg_buf_init(&tmp);
	lg_buf_init(&acc);
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (; i < len; i = next, line++) {
		const char *s;
		size_t n;

		for (j = i; j < len && buf[j] != '\n'; j++)
			;
		next = j + 1;
		e = j;
		if (e > i && buf[e - 1] == '\r')
			e--;
		s = buf + i;
		n = e - i;
		if (front) {
			/* Inside front matter: "---" ends it; other lines are keys. */
			if (n >= 3 && starts(s, n, "---")) {
				lg_lines_add(&l, "", 0, line, LG_LINE_FRONT_END);
				front = 0;
			} else
				lg_lines_add(&l, s, n, line, LG_LINE_FRONT);
			continue;
		}
		if (n == 3 && starts(s, n, "---") && next < len && (!content || markdown)) {
			size_t k;

			for (k = next; k < len && buf[k] != '\n'; k++)
				;
			if (yaml_pair(buf + next, k - next)) {
				front = 1;
				continue;
			}
		}
		if (!markdown) {
			lg_lines_add(&l, s, n, line, 0);
			content |= n > 0;
			continue;
		}
		/* Markdown: strip HTML comments, which may span lines. */
		lg_buf_truncate(&acc, 0);
		acc_line = line;
		c0 = 0;
		while (c0 < n) {
			const char *o;

			if (comment) {
				o = memmem(s + c0, n - c0, "-->", 3);
				if (o == NULL) {
					c0 = n;
					break;
				}
				c0 = (size_t)(o - s) + 3;
				comment = 0;
				continue;
			}
			o = memmem(s + c0, n - c0, "<!--", 4);
			if (o == NULL) {
				lg_buf_put(&acc, s + c0, n - c0);
				break;
			}
			lg_buf_put(&acc, s + c0, (size_t)(o - s) - c0);
			c0 = (size_t)(o - s) + 4;
			comment = 1;
		}
		md_line(&l, &tmp, acc.p ? acc.p : "", acc.len, acc_line);
		content |= acc.len > 0;
	}
	lg_structure(&l, doc, diag);
	lg_lines_free(&l);
	lg_buf_free(&tmp);
	lg_buf_free(&acc);
	*out = doc;
	return LG_OK;
}
