/* cli.h - shared by main.c and the cmd_*.c command files (the CLI only). */
#ifndef LG_CLI_H
#define LG_CLI_H

#include <stddef.h>

#include "diag.h"

/* Exit statuses (design.md §5); never a count. */
enum lg_exit {
	LG_EXIT_OK	= 0,	/* no gap at or above --fail-on */
	LG_EXIT_GAPS	= 1,	/* gaps at or above --fail-on (diff: something got worse) */
	LG_EXIT_INPUT	= 2,	/* some input could not be read; the rest was checked */
	LG_EXIT_USAGE	= 3,	/* bad option or operand; nothing was read */
	LG_EXIT_SYSTEM	= 4	/* internal or system error (I/O, database, rule pack) */
};

/* The diagnostic sink of the CLI: "lexgap: FILE:LINE:COL: LEVEL: MSG [code]" on stderr. */
void	 cli_diag_print(enum lg_level level, const char *code, const char *file,
	    unsigned line, unsigned col, const char *msg, void *payload);
lg_diag	*cli_diag_new(void);
int	 cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Default rule pack directory: $LEXGAP_RULES, else rules/tip-protocol next to
 * the binary's source tree, else the installed data dir. */
const char *cli_default_rules(void);
/* Write buf to path ("-" or NULL: stdout). Returns 0 or -1 with a diagnostic. */
int	 cli_write_output(const char *path, const char *buf, size_t len, lg_diag *diag);

int	cmd_check(int argc, char **argv);
int	cmd_dump(int argc, char **argv);
int	cmd_import(int argc, char **argv);
int	cmd_rules(int argc, char **argv);
int	cmd_explain(int argc, char **argv);
int	cmd_eval(int argc, char **argv);
int	cmd_diff(int argc, char **argv);

#endif
