/* diag.h - positioned, coded diagnostics about inputs and the tool itself.
 *
 * Every module reports problems here; one sink (the CLI's, a test's capture)
 * decides what to do with them. Findings about the law are not diagnostics. */
#ifndef LG_DIAG_H
#define LG_DIAG_H

enum lg_level { LG_LEVEL_NOTE, LG_LEVEL_WARNING, LG_LEVEL_ERROR };

/* file may be NULL; line/col 0 means unknown. code is a stable short id
 * ("xml-syntax", "not-akn", "rule-key", ...) documented in lexgap.1. */
typedef void (*lg_diag_cb)(enum lg_level level, const char *code,
    const char *file, unsigned line, unsigned col, const char *msg, void *payload);

typedef struct lg_diag lg_diag;

lg_diag	*lg_diag_new(lg_diag_cb cb, void *payload);	/* cb NULL: count only */
void	 lg_diag_free(lg_diag *d);
void	 lg_diag_emit(lg_diag *d, enum lg_level level, const char *code,
	    const char *file, unsigned line, unsigned col, const char *fmt, ...)
	    __attribute__((format(printf, 7, 8)));
unsigned lg_diag_count(const lg_diag *d, enum lg_level level);
/* Forget counts (not the callback), e.g. between documents of a batch. */
void	 lg_diag_reset(lg_diag *d);
const char *lg_level_name(enum lg_level level);

#endif
