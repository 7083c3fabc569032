/* engine.c - PLACEHOLDER: fills document metadata only; the rule engine replaces it. */
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "lexgap.h"
#include "util.h"

struct lg_pack {
	char	*dir;
};

int
lg_pack_load(const char *dir, lg_diag *diag, lg_pack **out)
{
	(void)diag;
	*out = lg_xcalloc(1, sizeof(**out));
	(*out)->dir = lg_xstrdup(dir);
	return LG_OK;
}

void
lg_pack_free(lg_pack *p)
{
	if (p == NULL)
		return;
	free(p->dir);
	free(p);
}

const char *lg_pack_id(const lg_pack *p) { (void)p; return "tip-protocol"; }
const char *lg_pack_title(const lg_pack *p) { (void)p; return "UN Trafficking in Persons Protocol"; }
const char *lg_pack_version(const lg_pack *p) { (void)p; return "0"; }

lg_report *
lg_pack_report_new(const lg_pack *p)
{
	return lg_report_new(lg_pack_id(p), lg_pack_title(p), lg_pack_version(p));
}

static void
fill_meta(const lg_doc *doc, struct lg_doc_result *out)
{
	out->path = lg_xstrdup(doc->path);
	out->title = doc->title ? lg_xstrdup(doc->title) : NULL;
	out->country = doc->country ? lg_xstrdup(doc->country) : NULL;
	out->lang = doc->lang ? lg_xstrdup(doc->lang) : NULL;
	out->format = doc->format ? lg_xstrdup(doc->format) : NULL;
	out->date = doc->date ? lg_xstrdup(doc->date) : NULL;
	out->nprov = doc->nprov;
}

int
lg_check_doc(const lg_pack *p, const lg_doc *doc, lg_diag *diag, struct lg_doc_result *out)
{
	(void)p; (void)diag;
	fill_meta(doc, out);
	return LG_OK;
}

int
lg_check_framework(const lg_pack *p, lg_doc *const *docs, size_t ndocs, lg_diag *diag,
    struct lg_doc_result *out)
{
	(void)p; (void)docs; (void)ndocs; (void)diag;
	out->path = lg_xstrdup("(framework)");
	return LG_OK;
}

void
lg_doc_result_failed(struct lg_doc_result *out, const char *path, const char *why)
{
	out->path = lg_xstrdup(path);
	out->failed = 1;
	out->error = lg_xstrdup(why);
}
