/* util.h - allocation that aborts on OOM, a growable byte buffer, file reading.
 *
 * lexgap is a batch tool: running out of memory aborts (exit 134) rather than
 * threading ENOMEM through every function. Every constructor has one _free. */
#ifndef LG_UTIL_H
#define LG_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *lg_xmalloc(size_t n);
void *lg_xcalloc(size_t n, size_t size);
void *lg_xrealloc(void *p, size_t n);
char *lg_xstrdup(const char *s);		/* NULL in, NULL out */
char *lg_xstrndup(const char *s, size_t n);
char *lg_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow an array of elements of size `size` so that it holds at least `need`. */
void *lg_grow(void *p, size_t *cap, size_t need, size_t size);

/* A growable, always NUL-terminated byte buffer. Zero-initialise or lg_buf_init. */
typedef struct lg_buf {
	char	*p;
	size_t	 len, cap;
} lg_buf;

void	 lg_buf_init(lg_buf *b);
void	 lg_buf_put(lg_buf *b, const char *s, size_t n);
void	 lg_buf_puts(lg_buf *b, const char *s);
void	 lg_buf_putc(lg_buf *b, char c);
void	 lg_buf_printf(lg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void	 lg_buf_vprintf(lg_buf *b, const char *fmt, va_list ap);
void	 lg_buf_truncate(lg_buf *b, size_t len);
char	*lg_buf_detach(lg_buf *b);		/* caller owns the result; b is reset */
void	 lg_buf_free(lg_buf *b);

/* Read a whole file. Refuses files larger than `max` bytes without reading them
 * (returns LG_ELIMIT). On success *out is NUL-terminated and owned by the caller. */
int	 lg_read_file(const char *path, size_t max, char **out, size_t *len);

/* UTF-8 helpers. lg_utf8_decode returns the code point at s (len bytes left) and
 * stores its length in *n; invalid sequences yield -1 with *n = 1. */
long	 lg_utf8_decode(const unsigned char *s, size_t len, int *n);
size_t	 lg_utf8_encode(long cp, char out[4]);
int	 lg_utf8_valid(const char *s, size_t len, size_t *bad_off);

#endif
