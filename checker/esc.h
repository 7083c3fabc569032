/* esc.h - escaping shared by the renderers: JSON, XML/HTML, CSV, Markdown,
 * terminal, URI. Law text is untrusted: it may hold markup, formula
 * characters, control characters and invalid UTF-8. Every function here
 * writes valid UTF-8 (invalid bytes become U+FFFD) and never passes a raw
 * control character into a format that cannot carry it. NULL writes nothing
 * (lg_esc_json writes null). */
#ifndef LG_ESC_H
#define LG_ESC_H

#include <stddef.h>

#include "util.h"

/* JSON string with its quotes; NULL gives null. Control characters become
 * \uXXXX (\n, \t ... where JSON has a short form); U+2028/9 are escaped too
 * so the output is also safe inside JavaScript. */
void	 lg_esc_json(lg_buf *b, const char *s);
/* The inside of a JSON string (no quotes) for n bytes of s. */
void	 lg_esc_json_n(lg_buf *b, const char *s, size_t n);

/* XML/HTML text (attr 0) or attribute value (attr 1, for "…" quoting).
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/F) become
 * U+FFFD; in attributes tab/LF/CR become character references. */
void	 lg_esc_xml(lg_buf *b, const char *s, int attr);
void	 lg_esc_xml_n(lg_buf *b, const char *s, size_t n, int attr);

/* One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF.
 * A cell starting with = + - @ tab or CR would run as a formula in a
 * spreadsheet, so it gets a leading ' first. Other controls become spaces. */
void	 lg_esc_csv(lg_buf *b, const char *s);

/* Markdown inline text (never at the start of a line), safe inside a table
 * cell: \ ` * _ [ ] | ~ are backslash-escaped (emphasis, code, links, cells,
 * strike-through), < > & become entities (no raw HTML), newlines become
 * spaces. Line-start syntax (#, -, 1.) needs no escape mid-line. */
void	 lg_esc_md(lg_buf *b, const char *s);
void	 lg_esc_md_n(lg_buf *b, const char *s, size_t n);

/* Terminal text: control characters (ESC above all: law text must not drive
 * the terminal) become U+FFFD, except newline and tab when keep_nl. */
void	 lg_esc_term(lg_buf *b, const char *s, int keep_nl);
void	 lg_esc_term_n(lg_buf *b, const char *s, size_t n, int keep_nl);

/* Percent-encode a path into a URI reference (RFC 3986): unreserved
 * characters and / stay, everything else is %XX. */
void	 lg_esc_uri(lg_buf *b, const char *s);

/* Clamp a highlight span to the quote and widen it to UTF-8 character
 * boundaries, so that pre/match/post can be escaped separately. */
void	 lg_esc_span(const char *quote, size_t start, size_t len, size_t *s, size_t *e);

/* Copy of s with invalid UTF-8 replaced by U+FFFD; *start and *len (a span
 * in s, may be NULL) are moved to the same characters in the copy. */
char	*lg_utf8_clean(const char *s, size_t *start, size_t *len);

#endif
