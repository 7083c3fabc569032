/* lexgap.h - return codes and limits shared by every module.
 *
 * Ownership contract (libgit2 style): an object returned through an `out`
 * argument is yours to _free; a pointer returned by value or passed to a
 * callback is borrowed and dies with its parent. Library code never prints and
 * never exits: problems go to an lg_diag (diag.h), results to the report model. */
#ifndef LEXGAP_H
#define LEXGAP_H

#define LEXGAP_VERSION "0.1.0"
/* JSON report schema version: fields may be added, never renamed. */
#define LEXGAP_JSON_SCHEMA 1

enum lg_rc {
	LG_OK		=  0,
	LG_ERROR	= -1,	/* I/O, database, internal */
	LG_ENOTFOUND	= -2,	/* file, pack or run does not exist */
	LG_EINVALID	= -3,	/* input rejected: malformed XML, not AKN, bad rule file */
	LG_ELIMIT	= -4	/* a limit below was hit */
};

/* Limits; each can be overridden at build time (-DLG_MAX_DOC_BYTES=...). */
#ifndef LG_MAX_DOC_BYTES
#define LG_MAX_DOC_BYTES	(256u * 1024 * 1024)	/* default --max-size */
#endif
#ifndef LG_MAX_RULE_BYTES
#define LG_MAX_RULE_BYTES	(4u * 1024 * 1024)
#endif
#ifndef LG_MAX_DEPTH
#define LG_MAX_DEPTH		256	/* provision nesting kept; deeper text folds into the parent */
#endif
#ifndef LG_MAX_QUOTE
#define LG_MAX_QUOTE		320	/* bytes of evidence quoted around a match */
#endif
#ifndef LG_PCRE2_MATCH_LIMIT
#define LG_PCRE2_MATCH_LIMIT	1000000u
#endif
#ifndef LG_PCRE2_DEPTH_LIMIT
#define LG_PCRE2_DEPTH_LIMIT	10000u
#endif
#ifndef LG_MAX_EVIDENCE
#define LG_MAX_EVIDENCE		5	/* evidence items kept per element */
#endif

#endif
