/* fuzz_pack.c - libFuzzer target: the rule-pack loader (lg_pack_load) and, when
 * a pack loads, the engine on a small fixed document.
 *
 * A pack is a directory, so the input is a bundle of files: lines "=== PATH"
 * start a file (PATH relative, components [A-Za-z0-9._-], at most 3 deep); text
 * before the first such line is pack.conf. The files are written to a private
 * temporary directory, loaded, then removed. tests/fuzz/pack_bundle.sh turns a
 * real pack directory into such a bundle. Seeds: tests/fuzz/seeds/pack/. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine.h"
#include "fuzz.h"
#include "import.h"
#include "report.h"

static char root[64];

static int
rm_cb(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st; (void)flag;
	if (ftw->level > 0)
		remove(path);
	return 0;
}

/* Is name a safe relative path? Creates its parent directories under root. */
static int
safe_path(const char *name, size_t n, char *out, size_t outsz)
{
	size_t i, comp = 0, depth = 1;

	if (n == 0 || n > 200 || name[0] == '/')
		return 0;
	for (i = 0; i < n; i++) {
		char c = name[i];

		if (c == '/') {
			if (comp == 0 || ++depth > 3)
				return 0;
			comp = 0;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '.' || c == '_' || c == '-'))
			return 0;
		comp++;
	}
	if (comp == 0 || memmem(name, n, "..", 2) != NULL)
		return 0;
	snprintf(out, outsz, "%s/%.*s", root, (int)n, name);
	for (i = strlen(root) + 1; out[i]; i++)
		if (out[i] == '/') {
			out[i] = '\0';
			if (mkdir(out, 0700) != 0 && errno != EEXIST)
				return 0;
			out[i] = '/';
		}
	return 1;
}

static void
write_file(const char *path, const char *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL)
		return;
	fwrite(p, 1, n, f);
	fclose(f);
}

static void
unbundle(const char *buf, size_t len)
{
	char path[512];
	const char *name = "pack.conf", *p = buf, *end = buf + len, *body = buf;
	size_t nlen = strlen(name);

	while (p <= end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;

		if (eol - p >= 4 && memcmp(p, "=== ", 4) == 0) {
			if (safe_path(name, nlen, path, sizeof(path)))
				write_file(path, body, (size_t)(p - body));
			name = p + 4;
			nlen = (size_t)(eol - name);
			body = nl ? nl + 1 : end;
		}
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	if (safe_path(name, nlen, path, sizeof(path)))
		write_file(path, body, (size_t)(end - body));
}

static const char sample[] =
    "Article 1\nTrafficking in persons means the recruitment, transportation, transfer,\n"
    "harbouring or receipt of persons by means of force for the purpose of exploitation.\n\n"
    "Article 2\nWhoever commits trafficking in persons shall be punished by imprisonment\n"
    "of not less than five years and not exceeding fifteen years. aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n\n"
    "Artículo 3\nSe entiende por trata de personas la captación de personas con fines de explotación.\n";

static void
cleanup(void)
{
	nftw(root, rm_cb, 8, FTW_DEPTH | FTW_PHYS);
	rmdir(root);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	lg_diag *diag;
	lg_pack *pack = NULL;
	int rc;

	if (root[0] == '\0') {
		snprintf(root, sizeof(root), "%s/lexgap-fuzz-pack.XXXXXX", "/tmp");
		if (mkdtemp(root) == NULL)
			abort();
		atexit(cleanup);
	}
	unbundle((const char *)data, size);
	diag = lg_diag_new(NULL, NULL);
	rc = lg_pack_load(root, diag, &pack);
	if (rc == LG_OK) {
		lg_report *rep;
		lg_doc *doc = NULL;

		FUZZ_ASSERT(pack != NULL);
		(void)lg_pack_id(pack);
		(void)lg_pack_title(pack);
		(void)lg_pack_version(pack);
		rep = lg_pack_report_new(pack);
		if (lg_import_text(sample, sizeof(sample) - 1, "sample.txt", 0, diag, &doc) == LG_OK) {
			lg_doc_set(doc, &doc->lang, "en");
			lg_check_doc(pack, doc, diag, lg_report_add_doc(rep));
			(void)lg_report_worst(rep);
		}
		lg_doc_free(doc);
		lg_report_free(rep);
	} else
		FUZZ_ASSERT(pack == NULL);
	lg_pack_free(pack);
	lg_diag_free(diag);
	nftw(root, rm_cb, 8, FTW_DEPTH | FTW_PHYS);
	return 0;
}
