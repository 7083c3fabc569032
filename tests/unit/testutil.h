/* testutil.h - shared by the cmocka unit tests: a diagnostic capture sink. */
#ifndef LG_TESTUTIL_H
#define LG_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "diag.h"
#include "util.h"

/* Captured diagnostics, one per line: "level code line: msg". */
struct tu_capture {
	lg_buf	 text;
	unsigned n;
};

static inline void
tu_capture_cb(enum lg_level level, const char *code, const char *file, unsigned line,
    unsigned col, const char *msg, void *payload)
{
	struct tu_capture *c = payload;

	(void)file;
	(void)col;
	lg_buf_printf(&c->text, "%s %s %u: %s\n", lg_level_name(level), code, line, msg);
	c->n++;
}

/* Path of the shared corpus, or NULL when absent (tests then skip). */
static inline const char *
tu_shared(void)
{
	static const char *dirs[] = { "../shared/corpus", "../../shared/corpus" };
	size_t i;
	FILE *f;
	static char buf[256];

	for (i = 0; i < 2; i++) {
		snprintf(buf, sizeof(buf), "%s/README.md", dirs[i]);
		if ((f = fopen(buf, "r")) != NULL) {
			fclose(f);
			return dirs[i];
		}
	}
	return NULL;
}

#endif
