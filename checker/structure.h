/* structure.h - the structure recogniser shared by the text, Markdown and HTML
 * importers: a list of logical lines in, provisions (doc.h) out.
 *
 * Importers only know their syntax (Markdown markers, HTML blocks); what a
 * line means in legislation (a division, an article in one of its national
 * forms, a numbered paragraph or point) is decided here, once for all. */
#ifndef LG_STRUCTURE_H
#define LG_STRUCTURE_H

#include <stddef.h>

#include "diag.h"
#include "doc.h"
#include "util.h"

enum {
	LG_LINE_HEADING	= 1 << 0,	/* Markdown #, HTML h1-h6 */
	LG_LINE_ITEM	= 1 << 1,	/* Markdown list item, HTML li */
	LG_LINE_BLANK	= 1 << 2,	/* paragraph boundary (no text) */
	LG_LINE_BOLD	= 1 << 3,	/* the whole line was bold/strong */
	LG_LINE_FRONT	= 1 << 4,	/* "key: value" of a front-matter block */
	LG_LINE_FRONT_END = 1 << 5	/* end of one front-matter block */
};

/* One logical line: a byte range of lines->text with its source line. */
struct lg_line {
	size_t	 off, len;
	unsigned line;
	unsigned flags;
};

/* The importer's output. text owns every line's bytes (cleaned of syntax). */
struct lg_lines {
	lg_buf		 text;
	struct lg_line	*v;
	size_t		 n, cap;
};

void	lg_lines_init(struct lg_lines *l);
void	lg_lines_free(struct lg_lines *l);
/* Append one line (s is copied; leading/trailing blanks trimmed). An empty
 * line becomes a paragraph boundary; consecutive boundaries fold into one. */
void	lg_lines_add(struct lg_lines *l, const char *s, size_t n, unsigned line, unsigned flags);

/* Recognise the structure of the lines into doc (metadata and provisions) and
 * call lg_doc_finish. Emits import-unstructured when nothing is recognised. */
void	lg_structure(const struct lg_lines *l, lg_doc *doc, lg_diag *diag);

#endif
