/* import.h - plain text, Markdown and HTML legislation into the document model:
 * divisions, articles in their national forms, numbered paragraphs and points,
 * front matter. A text with no recognisable structure imports as one
 * provision per paragraph, with a warning. */
#ifndef LG_IMPORT_H
#define LG_IMPORT_H

#include <stddef.h>

#include "diag.h"
#include "doc.h"

/* buf must be UTF-8 (load.c converts other encodings first). markdown: 1 if
 * the input is Markdown (headings, list items). */
int	lg_import_text(const char *buf, size_t len, const char *path, int markdown,
	    lg_diag *diag, lg_doc **out);
int	lg_import_html(const char *buf, size_t len, const char *path, lg_diag *diag,
	    lg_doc **out);

#endif
