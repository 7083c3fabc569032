/* engine.h - rule packs and the checking engine.
 *
 * A pack (rules/<pack>/) is loaded and compiled once into an immutable
 * lg_pack; checking a document never modifies it, so one pack serves every
 * worker of a scan. The engine turns an lg_doc into an lg_doc_result of the
 * report model (report.h); renderers and the store never see the pack. */
#ifndef LG_ENGINE_H
#define LG_ENGINE_H

#include <stddef.h>

#include "diag.h"
#include "doc.h"
#include "report.h"

typedef struct lg_pack lg_pack;

/* Load and compile the pack in dir. Every error in the pack is reported (file:line:col)
 * in one pass; returns LG_OK, or LG_EINVALID / LG_ENOTFOUND with *out NULL. */
int	 lg_pack_load(const char *dir, lg_diag *diag, lg_pack **out);
void	 lg_pack_free(lg_pack *p);
const char *lg_pack_id(const lg_pack *p);
const char *lg_pack_title(const lg_pack *p);
const char *lg_pack_version(const lg_pack *p);

/* 1 if the pack has a requirement with this id, else 0 (waivers use it to
 * warn about ids that do not exist). */
int	 lg_pack_has_req(const lg_pack *p, const char *id);

/* A report ready to receive document results from this pack. */
lg_report *lg_pack_report_new(const lg_pack *p);

/* Check one document; fills *out (which must be empty, e.g. from lg_report_add_doc).
 * Warnings (e.g. a regex hitting the match limit) go to diag. Returns LG_OK. */
int	 lg_check_doc(const lg_pack *p, const lg_doc *doc, lg_diag *diag,
	    struct lg_doc_result *out);

/* Check several documents as one country's legal framework: evidence may come
 * from any of them, and definitions in one feed offences in another. */
int	 lg_check_framework(const lg_pack *p, lg_doc *const *docs, size_t ndocs,
	    lg_diag *diag, struct lg_doc_result *out);

/* For pack authors: one line per unit of doc with its roles and the concepts found. */
void	 lg_engine_trace(const lg_pack *p, const lg_doc *doc, lg_diag *diag, lg_buf *out);

/* Record that a document could not be read (path, one-line reason). */
void	 lg_doc_result_failed(struct lg_doc_result *out, const char *path, const char *why);

#endif
