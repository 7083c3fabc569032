/* cmd_common.c - the CLI's diagnostic sink, output writing, defaults. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

/* Diagnostics are one line each and go to a terminal: control characters in a
 * file name or a quoted piece of law text are written as \xNN. */
static void
put_escaped(const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f)
			fprintf(stderr, "\\x%02x", c);
		else
			fputc(c, stderr);
	}
}

void
cli_diag_print(enum lg_level level, const char *code, const char *file, unsigned line,
    unsigned col, const char *msg, void *payload)
{
	(void)payload;
	fprintf(stderr, "lexgap: ");
	if (file != NULL) {
		put_escaped(file);
		fputc(':', stderr);
		if (line)
			fprintf(stderr, "%u:", line);
		if (line && col)
			fprintf(stderr, "%u:", col);
		fputc(' ', stderr);
	}
	fprintf(stderr, "%s: ", lg_level_name(level));
	put_escaped(msg);
	fprintf(stderr, " [%s]\n", code);
}

lg_diag *
cli_diag_new(void)
{
	return lg_diag_new(cli_diag_print, NULL);
}

const char *
cli_default_rules(void)
{
	static char buf[PATH_MAX];
	const char *env = getenv("LEXGAP_RULES");
	ssize_t n;
	char *slash;

	if (env && *env)
		return env;
	if (access("rules/tip-protocol/pack.conf", R_OK) == 0)
		return "rules/tip-protocol";
	/* Next to the binary: build/lexgap -> ../rules/tip-protocol. */
	n = readlink("/proc/self/exe", buf, sizeof(buf) - 64);
	if (n > 0) {
		buf[n] = '\0';
		if ((slash = strrchr(buf, '/')) != NULL) {
			strcpy(slash, "/../rules/tip-protocol");
			if (access(buf, R_OK) == 0)
				return buf;
		}
	}
	return "/usr/local/share/lexgap/rules/tip-protocol";
}

int
cli_write_output(const char *path, const char *buf, size_t len, lg_diag *diag)
{
	FILE *f;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (fwrite(buf, 1, len, stdout) != len || fflush(stdout) != 0) {
			lg_diag_emit(diag, LG_LEVEL_ERROR, "output", "<stdout>", 0, 0, "cannot write: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	if ((f = fopen(path, "wb")) == NULL) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "output", path, 0, 0, "cannot write: %s", strerror(errno));
		return -1;
	}
	if (fwrite(buf, 1, len, f) != len || fclose(f) != 0) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "output", path, 0, 0, "cannot write: %s", strerror(errno));
		return -1;
	}
	return 0;
}
