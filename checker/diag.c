/* diag.c - the one sink for problems; counts them so callers can pick an exit status. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "util.h"

struct lg_diag {
	lg_diag_cb	 cb;
	void		*payload;
	unsigned	 count[3];
};

lg_diag *
lg_diag_new(lg_diag_cb cb, void *payload)
{
	lg_diag *d = lg_xcalloc(1, sizeof(*d));

	d->cb = cb;
	d->payload = payload;
	return d;
}

void
lg_diag_free(lg_diag *d)
{
	free(d);
}

void
lg_diag_emit(lg_diag *d, enum lg_level level, const char *code, const char *file,
    unsigned line, unsigned col, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (d == NULL)
		return;
	d->count[level]++;
	if (d->cb == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d->cb(level, code, file, line, col, msg, d->payload);
}

unsigned
lg_diag_count(const lg_diag *d, enum lg_level level)
{
	return d ? d->count[level] : 0;
}

void
lg_diag_reset(lg_diag *d)
{
	d->count[0] = d->count[1] = d->count[2] = 0;
}

const char *
lg_level_name(enum lg_level level)
{
	static const char *names[] = { "note", "warning", "error" };

	return names[level];
}
