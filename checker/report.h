/* report.h - the report model: what the engine concluded, ready to render.
 *
 * Renderers (report_<format>.c) see only these structs: no libxml2, pcre2 or
 * sqlite. The same model comes from a live run (engine.c) or, later, from a
 * stored run (db.c). All strings are owned by the model; lg_report_free frees all. */
#ifndef LG_REPORT_H
#define LG_REPORT_H

#include <stddef.h>

#include "util.h"

enum lg_status { LG_MISSING = 0, LG_PARTIAL, LG_MET, LG_WAIVED };
enum lg_glotip { LG_GLOTIP_NONE = 0, LG_GLOTIP_PARTIAL, LG_GLOTIP_FULL };

struct lg_evidence {
	char	*doc;		/* document path */
	char	*eid;
	char	*path;		/* hierarchy path "Title II › Art. 10 › I" */
	unsigned line;
	char	*quote;		/* UTF-8, at most LG_MAX_QUOTE bytes, ellipsis marked with "…" */
	size_t	 hl_start, hl_len;	/* matched span, byte offsets inside quote */
	char	*via;		/* "definition of \"trata de personas\" (Art. 4)", or NULL */
};

struct lg_element_result {
	char	*id;
	char	*label;
	enum lg_status status;	/* MET (evidenced) or MISSING; PARTIAL when narrowed */
	char	*note;		/* why narrowed / not counted, or NULL */
	struct lg_evidence *ev;
	size_t	 nev;
};

struct lg_req_result {
	char	*id, *title, *article, *strength, *hint, *category;
	enum lg_status status;
	enum lg_status computed;	/* status before a waiver */
	char	*explanation;		/* one line a lawyer can check against the evidence */
	int	 has_value;
	double	 value;			/* e.g. maximum penalty in years (life = 99) */
	char	*value_text;		/* "15 years (Art. 10)" */
	char	*waiver;		/* justification when waived */
	char	*waiver_expiry;
	struct lg_element_result *el;
	size_t	 nel;
};

struct lg_doc_result {
	char	*path, *title, *country, *lang, *format, *date;
	int	 failed;		/* could not be read; error says why */
	char	*error;
	size_t	 nprov;
	enum lg_glotip glotip;
	char	*glotip_reason;
	struct lg_req_result *req;
	size_t	 nreq;
};

typedef struct lg_report {
	char	*version;
	char	*pack, *pack_title, *pack_version;
	struct lg_doc_result *docs;
	size_t	 ndocs, docs_cap;
	struct lg_doc_result *framework;	/* NULL unless --framework */
} lg_report;

lg_report *lg_report_new(const char *pack, const char *pack_title, const char *pack_version);
void	 lg_report_free(lg_report *r);
/* Append an empty document result; the pointer is valid until the next add. */
struct lg_doc_result *lg_report_add_doc(lg_report *r);
void	 lg_doc_result_clear(struct lg_doc_result *d);

const char *lg_status_name(enum lg_status s);	/* met | partial | missing | waived */
const char *lg_glotip_name(enum lg_glotip g);	/* full | partial | none */
int	 lg_status_parse(const char *s, enum lg_status *out);

/* Worst status across the report (framework included), ignoring waived. */
enum lg_status lg_report_worst(const lg_report *r);

/* Rendering. color: use ANSI colour (text format only). */
typedef int (*lg_render_fn)(const lg_report *r, lg_buf *out, int color);
lg_render_fn lg_render_lookup(const char *format);
const char *lg_render_formats(void);	/* "text|json|..." for usage messages */

#endif
