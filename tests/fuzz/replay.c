/* replay.c - run a libFuzzer target without libFuzzer: feed every file named
 * on the command line, and every file in every directory named, to
 * LLVMFuzzerTestOneInput, in sorted order. Linked with each fuzz_*.c by gcc
 * (make fuzz-replay, part of make check) so the seed corpora and any crash
 * reproducers stay green under ordinary and sanitizer builds.
 *
 *   build/fuzz-replay/fuzz_akn tests/fuzz/seeds/akn [crash-1234 ...]
 *
 * Each input is copied to a buffer of exactly its size, so a read past the
 * end is caught by ASan/valgrind. Exit 0, or 1 when an argument cannot be read. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned long count;

static int
one(const char *path)
{
	char *buf, *exact;
	size_t len;

	if (lg_read_file(path, 64u * 1024 * 1024, &buf, &len) != 0) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return 1;
	}
	exact = malloc(len ? len : 1);
	if (exact == NULL)
		abort();
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput((const uint8_t *)exact, len);
	free(exact);
	count++;
	return 0;
}

static int
not_hidden(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, rc = 0;

	for (i = 1; i < argc; i++) {
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
			rc = 1;
		} else if (S_ISDIR(st.st_mode)) {
			struct dirent **ents;
			int n = scandir(argv[i], &ents, not_hidden, alphasort), k;

			if (n < 0) {
				fprintf(stderr, "replay: cannot list %s\n", argv[i]);
				rc = 1;
				continue;
			}
			for (k = 0; k < n; k++) {
				char *p = lg_xasprintf("%s/%s", argv[i], ents[k]->d_name);

				if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
					rc |= one(p);
				free(p);
				free(ents[k]);
			}
			free(ents);
		} else
			rc |= one(argv[i]);
	}
	printf("replay %s: %lu inputs\n", argv[0], count);
	return rc;
}
