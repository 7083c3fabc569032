/* jsonw.h - a small streaming JSON writer (pretty, 2-space indent) used by the
 * JSON, SARIF and diff renderers, so none of them tracks commas by hand. */
#ifndef LG_JSONW_H
#define LG_JSONW_H

#include <stddef.h>

#include "util.h"

#define LG_JW_MAX_DEPTH 32

typedef struct lg_jw {
	lg_buf	*b;
	int	 depth;
	int	 count[LG_JW_MAX_DEPTH];	/* values written at each level */
	int	 after_key;
} lg_jw;

void	lg_jw_init(lg_jw *w, lg_buf *b);
void	lg_jw_obj(lg_jw *w);
void	lg_jw_obj_end(lg_jw *w);
void	lg_jw_arr(lg_jw *w);
void	lg_jw_arr_end(lg_jw *w);
void	lg_jw_key(lg_jw *w, const char *k);
void	lg_jw_str(lg_jw *w, const char *s);	/* NULL: null */
void	lg_jw_strn(lg_jw *w, const char *s, size_t n);
void	lg_jw_int(lg_jw *w, long long v);
void	lg_jw_num(lg_jw *w, double v);		/* non-finite: null */
void	lg_jw_bool(lg_jw *w, int v);
void	lg_jw_null(lg_jw *w);
/* key + value shorthands; the _opt forms write nothing when s is NULL. */
void	lg_jw_kstr(lg_jw *w, const char *k, const char *s);
void	lg_jw_kstr_opt(lg_jw *w, const char *k, const char *s);
void	lg_jw_kint(lg_jw *w, const char *k, long long v);
/* End the document with a newline. */
void	lg_jw_end(lg_jw *w);

#endif
