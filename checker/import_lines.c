/* import_lines.c - the logical lines importers hand to the structure
 * recogniser (structure.h): trimmed, blanks folded, boundaries marked. */
#include <stdlib.h>
#include <string.h>

#include "structure.h"
#include "util.h"

void
lg_lines_init(struct lg_lines *l)
{
	memset(l, 0, sizeof(*l));
	lg_buf_init(&l->text);
}

void
lg_lines_free(struct lg_lines *l)
{
	lg_buf_free(&l->text);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static int
is_blank_at(const char *s, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)s[i];

	*w = 1;
	if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
		return 1;
	/* NBSP: pages pad numbers with it ("Art. 149-A.&nbsp; Agenciar"). */
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
		*w = 2;
		return 1;
	}
	/* U+2000-U+200A and U+202F (the US Code writes "§\u202F1581"). */
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] <= 0x8A || (unsigned char)s[i + 2] == 0xAF)) {
		*w = 3;
		return 1;
	}
	return 0;
}

void
lg_lines_add(struct lg_lines *l, const char *s, size_t n, unsigned line, unsigned flags)
{
	size_t i, w, start;
	int space = 0;
	struct lg_line *ln;

	start = l->text.len;
	for (i = 0; i < n;) {
		size_t run = i;

		if (is_blank_at(s, n, i, &w)) {
			space = 1;
			i += w;
			continue;
		}
		/* Copy the whole run of non-blank bytes at once. */
		while (run < n && !is_blank_at(s, n, run, &w))
			run += w;
		if (space && l->text.len > start)
			lg_buf_putc(&l->text, ' ');
		space = 0;
		lg_buf_put(&l->text, s + i, run - i);
		i = run;
	}
	if (l->text.len == start) {
		if ((flags & (LG_LINE_FRONT | LG_LINE_FRONT_END)) == 0) {
			/* A paragraph boundary; fold runs and skip leading ones. */
			if (l->n == 0 || (l->v[l->n - 1].flags & LG_LINE_BLANK))
				return;
			flags = LG_LINE_BLANK;
		}
	}
	l->v = lg_grow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	ln = &l->v[l->n++];
	ln->off = start;
	ln->len = l->text.len - start;
	ln->line = line;
	ln->flags = flags;
}
