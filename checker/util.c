/* util.c - OOM-aborting allocation, lg_buf, file reading, UTF-8 helpers. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lexgap.h"
#include "util.h"

static void
oom(size_t n)
{
	fprintf(stderr, "lexgap: out of memory (%zu bytes)\n", n);
	abort();
}

void *
lg_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom(n);
	return p;
}

void *
lg_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom(n * size);
	return p;
}

void *
lg_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		oom(n);
	return q;
}

char *
lg_xstrdup(const char *s)
{
	return s ? lg_xstrndup(s, strlen(s)) : NULL;
}

char *
lg_xstrndup(const char *s, size_t n)
{
	char *p = lg_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
lg_xasprintf(const char *fmt, ...)
{
	lg_buf b;
	va_list ap;

	lg_buf_init(&b);
	va_start(ap, fmt);
	lg_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return lg_buf_detach(&b);
}

void *
lg_grow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap;

	if (need <= c)
		return p;
	if (c < 8)
		c = 8;
	while (c < need)
		c *= 2;
	*cap = c;
	return lg_xrealloc(p, c * size);
}

void
lg_buf_init(lg_buf *b)
{
	b->p = NULL;
	b->len = b->cap = 0;
}

static void
reserve(lg_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		b->p = lg_grow(b->p, &b->cap, b->len + extra + 1, 1);
}

void
lg_buf_put(lg_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
lg_buf_puts(lg_buf *b, const char *s)
{
	lg_buf_put(b, s, strlen(s));
}

void
lg_buf_putc(lg_buf *b, char c)
{
	lg_buf_put(b, &c, 1);
}

void
lg_buf_vprintf(lg_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	reserve(b, (size_t)n);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
lg_buf_printf(lg_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	lg_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
lg_buf_truncate(lg_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->p[len] = '\0';
	}
}

char *
lg_buf_detach(lg_buf *b)
{
	char *p = b->p;

	if (p == NULL)
		p = lg_xstrdup("");
	lg_buf_init(b);
	return p;
}

void
lg_buf_free(lg_buf *b)
{
	free(b->p);
	lg_buf_init(b);
}

int
lg_read_file(const char *path, size_t max, char **out, size_t *len)
{
	struct stat st;
	FILE *f;
	lg_buf b;
	char chunk[65536];
	size_t n;

	*out = NULL;
	*len = 0;
	memset(&st, 0, sizeof(st));
	if ((f = fopen(path, "rb")) == NULL)
		return errno == ENOENT ? LG_ENOTFOUND : LG_ERROR;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return LG_ERROR;
	}
	/* Refuse before reading: a huge file is never pulled into memory. */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
		fclose(f);
		return LG_ELIMIT;
	}
	lg_buf_init(&b);
	/* A regular file is read straight into a buffer of its size: no chunk
	 * copies, no regrowth (a 20 MB code would otherwise be copied twice). */
	if (S_ISREG(st.st_mode) && st.st_size > 0) {
		b.cap = (size_t)st.st_size + 1;
		b.p = lg_xmalloc(b.cap);
		b.len = fread(b.p, 1, (size_t)st.st_size, f);
		b.p[b.len] = '\0';
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b.len + n > max) {	/* pipes and growing files */
			lg_buf_free(&b);
			fclose(f);
			return LG_ELIMIT;
		}
		lg_buf_put(&b, chunk, n);
	}
	if (ferror(f)) {
		lg_buf_free(&b);
		fclose(f);
		return LG_ERROR;
	}
	fclose(f);
	*len = b.len;
	*out = lg_buf_detach(&b);
	return LG_OK;
}

long
lg_utf8_decode(const unsigned char *s, size_t len, int *n)
{
	long cp;
	int need, i;

	*n = 1;
	if (len == 0)
		return -1;
	if (s[0] < 0x80)
		return s[0];
	if ((s[0] & 0xE0) == 0xC0) {
		need = 1;
		cp = s[0] & 0x1F;
	} else if ((s[0] & 0xF0) == 0xE0) {
		need = 2;
		cp = s[0] & 0x0F;
	} else if ((s[0] & 0xF8) == 0xF0) {
		need = 3;
		cp = s[0] & 0x07;
	} else
		return -1;
	if ((size_t)need >= len)
		return -1;
	for (i = 1; i <= need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	/* Reject overlong forms, surrogates and values past Unicode. */
	if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) ||
	    (need == 3 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*n = need + 1;
	return cp;
}

size_t
lg_utf8_encode(long cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int
lg_utf8_valid(const char *s, size_t len, size_t *bad_off)
{
	size_t i = 0;
	int n;

	while (i < len) {
		if (lg_utf8_decode((const unsigned char *)s + i, len - i, &n) < 0) {
			if (bad_off)
				*bad_off = i;
			return 0;
		}
		i += (size_t)n;
	}
	return 1;
}
