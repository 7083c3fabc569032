/* load.c - one entry point for every input: read with a size limit, tell the
 * format by content (then extension), make text UTF-8, fill in the language. */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "akn.h"
#include "import.h"
#include "lang.h"
#include "lexgap.h"
#include "load.h"
#include "util.h"

enum fmt { FMT_XML, FMT_HTML, FMT_MARKDOWN, FMT_TEXT };

static const char *
ext_of(const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	return dot && (!slash || dot > slash) ? dot + 1 : "";
}

static int
has_ci(const char *buf, size_t len, const char *needle)
{
	size_t nl = strlen(needle), i;

	for (i = 0; i + nl <= len; i++)
		if (strncasecmp(buf + i, needle, nl) == 0)
			return 1;
	return 0;
}

/* Markdown without its extension: ATX headings ("## Article 3") or bold
 * article labels at the start of several lines of the first 64 KB. */
static int
looks_markdown(const char *buf, size_t len)
{
	size_t i, n = 0, head = len < 65536 ? len : 65536;

	for (i = 0; i < head; i++) {
		if (i > 0 && buf[i - 1] != '\n')
			continue;
		if (buf[i] == '#') {
			size_t k = i;

			while (k < head && buf[k] == '#' && k - i < 7)
				k++;
			n += k - i <= 6 && k < head && buf[k] == ' ';
		} else if (i + 2 < head && buf[i] == '*' && buf[i + 1] == '*' && buf[i + 2] != ' ')
			n++;
	}
	return n >= 3;
}

static enum fmt
detect(const char *buf, size_t len, const char *path)
{
	const char *ext = ext_of(path);
	size_t i = 0, head = len < 4096 ? len : 4096;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	if (has_ci(buf, head, "<html") || has_ci(buf, head, "<!doctype html"))
		return FMT_HTML;
	if (i < len && buf[i] == '<' && (strncmp(buf + i, "<?xml", 5) == 0 ||
	    strcasecmp(ext, "xml") == 0 || strcasecmp(ext, "akn") == 0 || lg_akn_sniff(buf, len)))
		return FMT_XML;
	if (strcasecmp(ext, "html") == 0 || strcasecmp(ext, "htm") == 0 || strcasecmp(ext, "xhtml") == 0)
		return FMT_HTML;
	if (strcasecmp(ext, "md") == 0 || strcasecmp(ext, "markdown") == 0)
		return FMT_MARKDOWN;
	return looks_markdown(buf, len) ? FMT_MARKDOWN : FMT_TEXT;
}

/* Convert buf from `from` to UTF-8 with iconv; NULL on failure. */
static char *
convert(const char *buf, size_t len, const char *from, size_t *outlen)
{
	iconv_t cd = iconv_open("UTF-8", from);
	lg_buf b;
	char tmp[8192], *in = (char *)buf;
	size_t inleft = len;

	if (cd == (iconv_t)-1)
		return NULL;
	lg_buf_init(&b);
	while (inleft > 0) {
		char *o = tmp;
		size_t oleft = sizeof(tmp);

		if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1 && errno != E2BIG) {
			iconv_close(cd);
			lg_buf_free(&b);
			return NULL;
		}
		lg_buf_put(&b, tmp, sizeof(tmp) - oleft);
	}
	iconv_close(cd);
	*outlen = b.len;
	return lg_buf_detach(&b);
}

/* A UTF-16 byte-order mark: "LE" or "BE", else NULL. */
static const char *
utf16_bom(const char *buf, size_t len)
{
	if (len < 2)
		return NULL;
	if ((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE)
		return "UTF-16LE";
	if ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF)
		return "UTF-16BE";
	return NULL;
}

/* Plain text must reach the importers as UTF-8. Returns a buffer to free (or
 * NULL when buf is already fine) and sets *ok = 0 when nothing works. */
static char *
to_utf8(const char *buf, size_t len, const char *path, lg_diag *diag, size_t *outlen, int *ok)
{
	size_t bad = 0;
	char *conv;

	const char *bom = utf16_bom(buf, len);

	*ok = 1;
	if (bom != NULL) {
		if ((conv = convert(buf + 2, len - 2, bom, outlen)) == NULL)
			goto fail;
		return conv;
	}
	if (lg_utf8_valid(buf, len, &bad))
		return NULL;
	/* Not UTF-8: legislation pages of a certain age are Windows-1252. */
	if ((conv = convert(buf, len, "WINDOWS-1252", outlen)) != NULL) {
		lg_diag_emit(diag, LG_LEVEL_WARNING, "encoding", path, 0, 0,
		    "not valid UTF-8 (first bad byte at offset %zu); read as Windows-1252", bad);
		return conv;
	}
fail:
	lg_diag_emit(diag, LG_LEVEL_ERROR, "encoding", path, 0, 0, "cannot convert the text to UTF-8");
	*ok = 0;
	return NULL;
}

/* UTF-8 that was decoded as Latin-1/Windows-1252 and encoded again ("Ã©" for
 * "é", "â€™" for "’"): the words no longer match any rule, so say so. */
static void
check_mojibake(const char *buf, size_t len, const char *path, lg_diag *diag)
{
	static const char *const seq[] = { "\xC3\x83\xC2", "\xC3\x83\xE2\x80", "\xC3\xA2\xE2\x82\xAC", "\xC3\x82\xC2" };
	const char *first = NULL, *p;
	size_t i, n = 0, line = 1;

	for (i = 0; i < sizeof(seq) / sizeof(seq[0]); i++)
		for (p = buf; (p = memmem(p, len - (size_t)(p - buf), seq[i], strlen(seq[i]))) != NULL; p++) {
			if (first == NULL || p < first)
				first = p;
			n++;
		}
	if (first == NULL)
		return;
	for (p = buf; p < first; p++)
		line += *p == '\n';
	lg_diag_emit(diag, LG_LEVEL_WARNING, "mojibake", path, (unsigned)line, 0,
	    "text looks double-encoded (%zu sequences such as \"\xC3\x83\xC2\xA9\" for \"\xC3\xA9\"); fix the source encoding", n);
}

static void
fill_language(lg_doc *doc, const struct lg_load_opts *o, lg_diag *diag)
{
	const char *l;

	if (o && o->lang) {
		free(doc->lang);
		doc->lang = lg_xstrdup(lg_lang_normalize(o->lang) ? lg_lang_normalize(o->lang) : o->lang);
	} else if (doc->lang && (l = lg_lang_normalize(doc->lang)) != NULL) {
		free(doc->lang);
		doc->lang = lg_xstrdup(l);
	} else {
		l = lg_lang_detect(doc->text, doc->text_len);
		if (l == NULL && doc->text_len > 0)
			lg_diag_emit(diag, LG_LEVEL_WARNING, "language", doc->path, 0, 0,
			    "language not declared and not recognised; give --lang");
		free(doc->lang);
		doc->lang = lg_xstrdup(l);
	}
	if (o && o->country) {
		free(doc->country);
		doc->country = lg_xstrdup(o->country);
	}
}

int
lg_load_mem(const char *buf, size_t len, const char *path, const struct lg_load_opts *o,
    lg_diag *diag, lg_doc **out)
{
	size_t i, clen = 0;
	char *conv = NULL;
	int rc, ok;
	enum fmt f;

	*out = NULL;
	i = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;	/* a BOM alone is empty */
	for (; i < len; i++)
		if (buf[i] != ' ' && buf[i] != '\n' && buf[i] != '\r' && buf[i] != '\t')
			break;
	if (i == len || (len == 2 && utf16_bom(buf, len) != NULL)) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "empty", path, 0, 0, "empty file");
		return LG_EINVALID;
	}
	/* UTF-16 (with a BOM) is told apart by its UTF-8 form: XML goes to libxml2
	 * as it is (it reads the BOM), HTML and text as UTF-8. */
	if (utf16_bom(buf, len) != NULL) {
		conv = to_utf8(buf, len, path, diag, &clen, &ok);
		if (!ok)
			return LG_EINVALID;
		f = detect(conv, clen, path);
		if (f != FMT_XML)
			check_mojibake(conv, clen, path, diag);
		if (f == FMT_XML)
			rc = lg_akn_load(buf, len, path, diag, out);
		else if (f == FMT_HTML)
			rc = lg_import_html(conv, clen, path, diag, out);
		else
			rc = lg_import_text(conv, clen, path, f == FMT_MARKDOWN, diag, out);
		free(conv);
		if (rc == LG_OK)
			fill_language(*out, o, diag);
		return rc;
	}
	f = detect(buf, len, path);
	if (f == FMT_XML)
		rc = lg_akn_load(buf, len, path, diag, out);
	else if (f == FMT_HTML) {
		check_mojibake(buf, len, path, diag);
		rc = lg_import_html(buf, len, path, diag, out);
	}
	else {
		/* UTF-16 (which holds NUL bytes) was handled above: a NUL here is binary. */
		if (memchr(buf, '\0', len) != NULL) {
			lg_diag_emit(diag, LG_LEVEL_ERROR, "binary", path, 0, 0,
			    "binary file (NUL byte at offset %zu)", (size_t)((const char *)memchr(buf, '\0', len) - buf));
			return LG_EINVALID;
		}
		conv = to_utf8(buf, len, path, diag, &clen, &ok);
		if (!ok)
			return LG_EINVALID;
		check_mojibake(conv ? conv : buf, conv ? clen : len, path, diag);
		rc = lg_import_text(conv ? conv : buf, conv ? clen : len, path,
		    f == FMT_MARKDOWN, diag, out);
		free(conv);
	}
	if (rc == LG_OK)
		fill_language(*out, o, diag);
	return rc;
}

int
lg_load(const char *path, const struct lg_load_opts *o, lg_diag *diag, lg_doc **out)
{
	size_t max = o && o->max_bytes ? o->max_bytes : LG_MAX_DOC_BYTES, len;
	char *buf;
	int rc;

	*out = NULL;
	rc = lg_read_file(path, max, &buf, &len);
	if (rc == LG_ENOTFOUND) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "not-found", path, 0, 0, "no such file");
		return rc;
	}
	if (rc == LG_ELIMIT) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "too-large", path, 0, 0,
		    "file larger than the limit of %zu bytes (--max-size)", max);
		return rc;
	}
	if (rc != LG_OK) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "io", path, 0, 0, "cannot read: %s", strerror(errno));
		return rc;
	}
	rc = lg_load_mem(buf, len, path, o, diag, out);
	free(buf);
	return rc;
}
