/* jsonw.c - streaming JSON writer; strings go through lg_esc_json. */
#include <math.h>
#include <string.h>

#include "esc.h"
#include "jsonw.h"

void
lg_jw_init(lg_jw *w, lg_buf *b)
{
	memset(w, 0, sizeof(*w));
	w->b = b;
}

static void
indent(lg_jw *w)
{
	int i;

	lg_buf_putc(w->b, '\n');
	for (i = 0; i < w->depth; i++)
		lg_buf_puts(w->b, "  ");
}

/* Separator and indentation before a value or key at the current level. */
static void
before(lg_jw *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth > 0) {
		if (w->count[w->depth] > 0)
			lg_buf_putc(w->b, ',');
		indent(w);
	}
	w->count[w->depth]++;
}

static void
jw_open(lg_jw *w, char c)
{
	before(w);
	lg_buf_putc(w->b, c);
	if (w->depth + 1 < LG_JW_MAX_DEPTH)
		w->depth++;
	w->count[w->depth] = 0;
}

static void
jw_close(lg_jw *w, char c)
{
	int empty = w->count[w->depth] == 0;

	if (w->depth > 0)
		w->depth--;
	if (!empty)
		indent(w);
	lg_buf_putc(w->b, c);
}

void lg_jw_obj(lg_jw *w) { jw_open(w, '{'); }
void lg_jw_obj_end(lg_jw *w) { jw_close(w, '}'); }
void lg_jw_arr(lg_jw *w) { jw_open(w, '['); }
void lg_jw_arr_end(lg_jw *w) { jw_close(w, ']'); }

void
lg_jw_key(lg_jw *w, const char *k)
{
	before(w);
	lg_esc_json(w->b, k);
	lg_buf_puts(w->b, ": ");
	w->after_key = 1;
}

void
lg_jw_str(lg_jw *w, const char *s)
{
	before(w);
	lg_esc_json(w->b, s);
}

void
lg_jw_strn(lg_jw *w, const char *s, size_t n)
{
	before(w);
	lg_buf_putc(w->b, '"');
	lg_esc_json_n(w->b, s, n);
	lg_buf_putc(w->b, '"');
}

void
lg_jw_int(lg_jw *w, long long v)
{
	before(w);
	lg_buf_printf(w->b, "%lld", v);
}

void
lg_jw_num(lg_jw *w, double v)
{
	before(w);
	if (!isfinite(v))
		lg_buf_puts(w->b, "null");
	else if (v == (double)(long long)v && fabs(v) < 1e15)
		lg_buf_printf(w->b, "%lld", (long long)v);
	else
		lg_buf_printf(w->b, "%.10g", v);
}

void
lg_jw_bool(lg_jw *w, int v)
{
	before(w);
	lg_buf_puts(w->b, v ? "true" : "false");
}

void
lg_jw_null(lg_jw *w)
{
	before(w);
	lg_buf_puts(w->b, "null");
}

void
lg_jw_kstr(lg_jw *w, const char *k, const char *s)
{
	lg_jw_key(w, k);
	lg_jw_str(w, s);
}

void
lg_jw_kstr_opt(lg_jw *w, const char *k, const char *s)
{
	if (s != NULL)
		lg_jw_kstr(w, k, s);
}

void
lg_jw_kint(lg_jw *w, const char *k, long long v)
{
	lg_jw_key(w, k);
	lg_jw_int(w, v);
}

void
lg_jw_end(lg_jw *w)
{
	lg_buf_putc(w->b, '\n');
}
