/* pack.c - load and compile a rule pack directory (format: rules/README.md).
 *
 * Every file is read once; every problem is reported with file:line:col and
 * loading goes on, so a pack author sees all errors in one pass. Terms are
 * folded and indexed here so that matching a document is one pass over its
 * words (match.c). */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lexgap.h"
#include "pack.h"
#include "report.h"
#include "util.h"

/* A pack.conf line naming concepts, kept until the lexicons are read. */
struct role_line {
	char	*key, *value;
	unsigned line, col;
};

struct loader {
	lg_pack	*p;
	lg_diag	*diag;
	unsigned errors;
	struct role_line *roles;
	size_t	 nroles, roles_cap;
};

static void
err(struct loader *L, const char *code, const char *file, unsigned line, unsigned col,
    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void
err(struct loader *L, const char *code, const char *file, unsigned line, unsigned col,
    const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lg_diag_emit(L->diag, LG_LEVEL_ERROR, code, file, line, col, "%s", msg);
	L->errors++;
}

/* ---- lines ---------------------------------------------------------------- */

struct lines {
	char	*buf;
	size_t	 len, pos;
	unsigned lineno;
};

/* Next line without its newline (and without a trailing CR); NULL at the end. */
static char *
next_line(struct lines *ls, size_t *n)
{
	char *s, *nl;

	if (ls->pos >= ls->len)
		return NULL;
	s = ls->buf + ls->pos;
	nl = memchr(s, '\n', ls->len - ls->pos);
	*n = nl ? (size_t)(nl - s) : ls->len - ls->pos;
	ls->pos += *n + (nl != NULL);
	ls->lineno++;
	if (*n > 0 && s[*n - 1] == '\r')
		(*n)--;
	s[*n] = '\0';
	return s;
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

static int
read_text(struct loader *L, const char *path, struct lines *ls)
{
	size_t bad;
	int rc;

	memset(ls, 0, sizeof(*ls));
	rc = lg_read_file(path, LG_MAX_RULE_BYTES, &ls->buf, &ls->len);
	if (rc == LG_ENOTFOUND) {
		err(L, "rule-io", path, 0, 0, "no such file");
		return rc;
	}
	if (rc != LG_OK) {
		err(L, "rule-io", path, 0, 0, rc == LG_ELIMIT ? "file is too large" : "cannot read: %s",
		    strerror(errno));
		return rc;
	}
	if (!lg_utf8_valid(ls->buf, ls->len, &bad)) {
		err(L, "rule-encoding", path, 0, 0, "not UTF-8 (invalid byte at offset %zu)", bad);
		free(ls->buf);
		ls->buf = NULL;
		return LG_EINVALID;
	}
	return LG_OK;
}

/* ---- concepts -------------------------------------------------------------- */

int
lg_pack_concept(const lg_pack *p, const char *id)
{
	size_t i;

	for (i = 0; i < p->nconcepts; i++)
		if (strcmp(p->concepts[i], id) == 0)
			return (int)i;
	return -1;
}

static int
concept_add(lg_pack *p, const char *id)
{
	int c = lg_pack_concept(p, id);

	if (c >= 0)
		return c;
	p->concepts = lg_grow(p->concepts, &p->concepts_cap, p->nconcepts + 1, sizeof(char *));
	p->concepts[p->nconcepts] = lg_xstrdup(id);
	return (int)p->nconcepts++;
}

static int
valid_id(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == '_' || *s == '/' || *s == '.'))
			return 0;
	return 1;
}

/* ---- lexicons -------------------------------------------------------------- */

const struct lg_lang *
lg_pack_lang(const lg_pack *p, const char *code)
{
	size_t i;

	if (code == NULL)
		return NULL;
	for (i = 0; i < p->nlangs; i++)
		if (strcmp(p->langs[i].code, code) == 0)
			return &p->langs[i];
	return NULL;
}

/* Split a term into folded items: words, "word*" stems and "…" gaps. */
static int
parse_items(struct loader *L, struct lg_term *t, const char *src, const char *file,
    unsigned line, unsigned col0)
{
	const char *s = src;
	int gap = 0, cap = 0;

	while (*s) {
		const char *w;
		size_t n, pos = 0;
		struct lg_token tok;
		int stem, first = 1, nbefore;
		char piece[256];

		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0')
			break;
		w = s;
		while (*s && *s != ' ' && *s != '\t')
			s++;
		n = (size_t)(s - w);
		if ((n == 3 && memcmp(w, "...", 3) == 0) || (n == 3 && memcmp(w, "\xe2\x80\xa6", 3) == 0)) {
			if (t->nitems == 0) {
				err(L, "rule-term", file, line, col0 + (unsigned)(w - src),
				    "a term cannot start with a gap");
				return -1;
			}
			gap = 1;
			continue;
		}
		stem = n > 1 && w[n - 1] == '*';
		if (n - stem >= sizeof(piece)) {
			err(L, "rule-term", file, line, col0 + (unsigned)(w - src), "word too long");
			return -1;
		}
		memcpy(piece, w, n - stem);
		piece[n - stem] = '\0';
		nbefore = t->nitems;
		while (lg_tok_next(piece, n - stem, &pos, &tok)) {
			struct lg_item *it;

			if (t->nitems == cap) {
				cap = cap ? cap * 2 : 4;
				t->items = lg_xrealloc(t->items, (size_t)cap * sizeof(*t->items));
			}
			it = &t->items[t->nitems++];
			memset(it, 0, sizeof(*it));
			memcpy(it->w, tok.f, tok.len + 1u);
			it->wl = tok.len;
			it->gap = (unsigned char)(first && gap);
			first = 0;
		}
		if (t->nitems == nbefore) {
			/* "Pena –": punctuation separates words in the law text too. */
			lg_diag_emit(L->diag, LG_LEVEL_WARNING, "rule-term", file, line,
			    col0 + (unsigned)(w - src), "'%.*s' has no letters or digits; ignored",
			    (int)n, w);
			gap = 0;
			continue;
		}
		if (stem) {
			struct lg_item *it = &t->items[t->nitems - 1];

			if (it->wl < 3) {
				err(L, "rule-term", file, line, col0 + (unsigned)(w - src),
				    "a stem needs at least 3 letters before '*': '%.*s'", (int)n, w);
				return -1;
			}
			it->stem = 1;
		}
		gap = 0;
	}
	if (gap) {
		err(L, "rule-term", file, line, col0, "a term cannot end with a gap");
		return -1;
	}
	if (t->nitems == 0) {
		err(L, "rule-term", file, line, col0, "empty term");
		return -1;
	}
	return 0;
}

static pcre2_code *
compile_regex(struct loader *L, const char *pat, const char *file, unsigned line, unsigned col)
{
	pcre2_code *re;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int ec;

	re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_CASELESS | PCRE2_UCP, &ec, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		err(L, "rule-regex", file, line, col + (unsigned)off, "bad regular expression: %s", msg);
		return NULL;
	}
	/* JIT is an optimisation: where it is unavailable the interpreter runs. */
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

static struct lg_term *
term_new(struct lg_lang *lg)
{
	struct lg_term *t;

	lg->terms = lg_grow(lg->terms, &lg->terms_cap, lg->nterms + 1, sizeof(*lg->terms));
	t = &lg->terms[lg->nterms++];
	memset(t, 0, sizeof(*t));
	return t;
}

static void
term_free(struct lg_term *t)
{
	free(t->items);
	free(t->src);
	free(t->file);
	if (t->re)
		pcre2_code_free(t->re);
}

/* "@other" lines are resolved once every lexicon line is read. */
struct include {
	int	 into, from;
	size_t	 lang;
	char	*file;
	unsigned line;
};

static void
load_lexicon(struct loader *L, const char *path, const char *code, struct include **inc,
    size_t *ninc, size_t *inc_cap)
{
	lg_pack *p = L->p;
	struct lines ls;
	struct lg_lang *lg;
	size_t n, li, i;
	char *line;
	int concept = -1;

	if (read_text(L, path, &ls) != LG_OK)
		return;
	p->langs = lg_xrealloc(p->langs, (p->nlangs + 1) * sizeof(*p->langs));
	li = p->nlangs++;
	lg = &p->langs[li];
	memset(lg, 0, sizeof(*lg));
	snprintf(lg->code, sizeof(lg->code), "%s", code);
	while ((line = next_line(&ls, &n)) != NULL) {
		char *s = trim(line);
		unsigned col = (unsigned)(s - line) + 1;
		struct lg_term *t;

		if (*s == '\0' || *s == '#')
			continue;
		if (*s == '[') {
			char *e = strchr(s, ']');

			if (e == NULL || e[1] != '\0') {
				err(L, "rule-syntax", path, ls.lineno, col, "expected [concept-id]");
				concept = -1;
				continue;
			}
			*e = '\0';
			if (!valid_id(trim(s + 1))) {
				err(L, "rule-syntax", path, ls.lineno, col + 1, "bad concept id '%s'", s + 1);
				concept = -1;
				continue;
			}
			concept = concept_add(p, trim(s + 1));
			for (i = 0; i < lg->nterms; i++)
				if (lg->terms[i].concept == concept) {
					/* Two sections of one concept merge; say so, it is
					 * usually a copy-paste slip. */
					lg_diag_emit(L->diag, LG_LEVEL_WARNING, "rule-duplicate", path,
					    ls.lineno, col, "[%s] appears twice in this file; "
					    "the terms of both sections count", p->concepts[concept]);
					break;
				}
			continue;
		}
		if (concept < 0) {
			err(L, "rule-syntax", path, ls.lineno, col, "term outside a [concept] section");
			continue;
		}
		if (*s == '@') {
			int from = lg_pack_concept(p, s + 1);

			*inc = lg_grow(*inc, inc_cap, *ninc + 1, sizeof(**inc));
			(*inc)[*ninc] = (struct include){ concept, from < 0 ? concept_add(p, s + 1) : from,
			    li, lg_xstrdup(path), ls.lineno };
			(*ninc)++;
			continue;
		}
		t = term_new(lg);
		t->concept = concept;
		t->file = lg_xstrdup(path);
		t->line = ls.lineno;
		if (*s == '!') {
			t->exclude = 1;
			s = trim(s + 1);
			col++;
		}
		t->src = lg_xstrdup(s);
		if (strncmp(s, "re:", 3) == 0) {
			char *pat = trim(s + 3);

			t->re = compile_regex(L, pat, path, ls.lineno, col + (unsigned)(pat - s));
			if (t->re == NULL) {
				term_free(t);
				lg->nterms--;
			}
			continue;
		}
		if (parse_items(L, t, s, path, ls.lineno, col) != 0) {
			term_free(t);
			lg->nterms--;
		}
	}
	free(ls.buf);
}

static unsigned
bucket_key(const char *w, size_t n)
{
	unsigned k = (unsigned)(n < 3 ? n : 3);
	size_t i;

	for (i = 0; i < 3 && i < n; i++)
		k = k << 8 | (unsigned char)w[i];
	return k;
}

static size_t
hash_key(unsigned k, size_t size)
{
	return (size_t)((k * 2654435761u) >> 7) & (size - 1);
}

/* Bucket order: by first word, so the matcher compares each distinct first
 * word once (glibc qsort_r carries the language to the comparison). */
static int
cmp_first_item(const void *a, const void *b, void *arg)
{
	const struct lg_lang *lg = arg;
	const struct lg_item *x = &lg->terms[*(const int *)a].items[0];
	const struct lg_item *y = &lg->terms[*(const int *)b].items[0];
	int r = strcmp(x->w, y->w);

	if (r == 0)
		r = x->stem - y->stem;
	return r ? r : *(const int *)a - *(const int *)b;
}

/* Index word terms by the first bytes of their first word: at most 3, so a
 * stem (3 letters at least) and every inflection of it share a bucket. */
static void
index_lang(struct lg_lang *lg)
{
	size_t i, nregex = 0;

	for (lg->tabsize = 64; lg->tabsize < lg->nterms * 2; lg->tabsize *= 2)
		;
	lg->tab = lg_xcalloc(lg->tabsize, sizeof(*lg->tab));
	for (i = 0; i < lg->nterms; i++)
		if (lg->terms[i].re)
			nregex++;
	lg->regex = lg_xcalloc(nregex + 1, sizeof(int));
	for (i = 0; i < lg->nterms; i++) {
		struct lg_term *t = &lg->terms[i];
		struct lg_bucket *b;
		unsigned k;
		size_t h;

		if (t->re) {
			lg->regex[lg->nregex++] = (int)i;
			continue;
		}
		k = bucket_key(t->items[0].w, t->items[0].wl);
		for (h = hash_key(k, lg->tabsize); lg->tab[h].n && lg->tab[h].key != k;
		    h = (h + 1) & (lg->tabsize - 1))
			;
		b = &lg->tab[h];
		b->key = k;
		b->terms = lg_grow(b->terms, &b->cap, b->n + 1, sizeof(int));
		b->terms[b->n++] = (int)i;
	}
	for (i = 0; i < lg->tabsize; i++) {
		struct lg_bucket *b = &lg->tab[i];
		size_t k;

		if (b->n == 0)
			continue;
		if (b->n > 1)
			qsort_r(b->terms, b->n, sizeof(int), cmp_first_item, lg);
		b->first = lg_xcalloc(b->n, sizeof(*b->first));
		for (k = 0; k < b->n; k++)
			b->first[k] = lg->terms[b->terms[k]].items[0];
	}
}

const struct lg_bucket *
lg_lang_bucket(const struct lg_lang *lg, const char *w, size_t n)
{
	unsigned k = bucket_key(w, n);
	size_t h;

	for (h = hash_key(k, lg->tabsize); lg->tab[h].n; h = (h + 1) & (lg->tabsize - 1))
		if (lg->tab[h].key == k)
			return &lg->tab[h];
	return NULL;
}

/* Copy the terms of `from` into `into` (same language), once, after parsing. */
static void
resolve_includes(struct loader *L, struct include *inc, size_t ninc)
{
	size_t i, j, n0;

	for (i = 0; i < ninc; i++) {
		struct lg_lang *lg = &L->p->langs[inc[i].lang];
		int found = 0;

		n0 = lg->nterms;
		for (j = 0; j < n0; j++) {
			struct lg_term src = lg->terms[j], *t;

			if (src.concept != inc[i].from)
				continue;
			found = 1;
			t = term_new(lg);
			src = lg->terms[j];	/* term_new may have moved the array */
			*t = src;
			t->concept = inc[i].into;
			t->src = lg_xstrdup(src.src);
			t->file = lg_xstrdup(src.file);
			t->re = NULL;
			t->items = NULL;
			if (src.re) {
				char *pat = trim(t->src + 3);

				t->re = compile_regex(L, pat, t->file, t->line, 1);
			} else {
				t->items = lg_xcalloc((size_t)src.nitems, sizeof(*t->items));
				memcpy(t->items, src.items, (size_t)src.nitems * sizeof(*t->items));
			}
		}
		if (!found)
			err(L, "rule-concept", inc[i].file, inc[i].line, 1,
			    "@%s: no such concept in this language", L->p->concepts[inc[i].from]);
		free(inc[i].file);
	}
	free(inc);
}

/* ---- key: value files ------------------------------------------------------ */

/* Split "key: value"; returns the value or NULL (reported). */
static char *
split_kv(struct loader *L, char *s, const char *file, unsigned line, unsigned col, char **key)
{
	char *c = strchr(s, ':');

	if (c == NULL) {
		err(L, "rule-syntax", file, line, col, "expected 'key: value'");
		return NULL;
	}
	*c = '\0';
	*key = trim(s);
	return trim(c + 1);
}

/* Resolve a space-separated list of concept ids. */
static int *
concept_list(struct loader *L, char *v, size_t *n, const char *file, unsigned line, unsigned col)
{
	int *out = NULL;
	size_t cap = 0;
	char *save = NULL, *w;

	*n = 0;
	for (w = strtok_r(v, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		int c = lg_pack_concept(L->p, w);

		if (c < 0) {
			err(L, "rule-concept", file, line, col + (unsigned)(w - v),
			    "unknown concept '%s' (not in any lexicon)", w);
			continue;
		}
		out = lg_grow(out, &cap, *n + 1, sizeof(int));
		out[(*n)++] = c;
	}
	return out;
}

static void
load_conf(struct loader *L, const char *path)
{
	lg_pack *p = L->p;
	struct lines ls;
	size_t n;
	char *line;

	if (read_text(L, path, &ls) != LG_OK)
		return;
	while ((line = next_line(&ls, &n)) != NULL) {
		char *s = trim(line), *key, *v;
		unsigned col = (unsigned)(s - line) + 1;

		if (*s == '\0' || *s == '#')
			continue;
		if ((v = split_kv(L, s, path, ls.lineno, col, &key)) == NULL)
			continue;
		if (strcmp(key, "id") == 0)
			free(p->id), p->id = lg_xstrdup(v);
		else if (strcmp(key, "title") == 0)
			free(p->title), p->title = lg_xstrdup(v);
		else if (strcmp(key, "version") == 0)
			free(p->version), p->version = lg_xstrdup(v);
		else if (strcmp(key, "glotip-offence") == 0)
			free(p->glotip_offence), p->glotip_offence = lg_xstrdup(v);
		else if (strcmp(key, "glotip-victims") == 0)
			free(p->glotip_victims), p->glotip_victims = lg_xstrdup(v);
		else if (strcmp(key, "glotip-forms") == 0) {
			char *save = NULL, *w;

			for (w = strtok_r(v, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
				p->glotip_forms = lg_xrealloc(p->glotip_forms,
				    (p->nglotip_forms + 1) * sizeof(char *));
				p->glotip_forms[p->nglotip_forms++] = lg_xstrdup(w);
			}
		} else if (strcmp(key, "core-acts") == 0)
			p->core_acts = atoi(v);
		else if (strcmp(key, "languages") == 0 || strcmp(key, "instrument") == 0 ||
		    strcmp(key, "description") == 0)
			;	/* informative; lexicon files decide the languages */
		else if (strcmp(key, "anchor") == 0 || strcmp(key, "victim") == 0 ||
		    strcmp(key, "penalty") == 0 || strcmp(key, "definition") == 0 ||
		    strcmp(key, "repealed") == 0 || strcmp(key, "acts") == 0 ||
		    strcmp(key, "treaty") == 0 ||
		    strcmp(key, "purposes") == 0) {
			/* roles name concepts: resolved after the lexicons (resolve_roles) */
			L->roles = lg_grow(L->roles, &L->roles_cap, L->nroles + 1, sizeof(*L->roles));
			L->roles[L->nroles++] = (struct role_line){ lg_xstrdup(key), lg_xstrdup(v),
			    ls.lineno, col + (unsigned)(v - s) };
		} else
			err(L, "rule-key", path, ls.lineno, col, "unknown key '%s' in pack.conf", key);
	}
	free(ls.buf);
	if (p->id == NULL)
		err(L, "rule-missing", path, 0, 0, "pack.conf has no 'id'");
}

/* Roles name concepts, so they are resolved once the lexicons are in, from
 * the lines load_conf kept (pack.conf is read once). */
static void
resolve_roles(struct loader *L, const char *path)
{
	lg_pack *p = L->p;
	size_t i, k, n;

	for (i = 0; i < L->nroles; i++) {
		struct role_line *r = &L->roles[i];
		struct { const char *k; int *dst; } single[] = {
			{ "anchor", &p->anchor }, { "victim", &p->victim }, { "penalty", &p->penalty },
			{ "definition", &p->definition }, { "repealed", &p->repealed },
			{ "treaty", &p->treaty },
		};

		for (k = 0; k < sizeof(single) / sizeof(single[0]); k++)
			if (strcmp(r->key, single[k].k) == 0) {
				int *one = concept_list(L, r->value, &n, path, r->line, r->col);

				*single[k].dst = n ? one[0] : -1;
				free(one);
			}
		if (strcmp(r->key, "acts") == 0) {
			free(p->acts);	/* a repeated key: the last one wins */
			p->acts = concept_list(L, r->value, &p->nacts, path, r->line, r->col);
		} else if (strcmp(r->key, "purposes") == 0) {
			free(p->purposes);
			p->purposes = concept_list(L, r->value, &p->npurposes, path, r->line, r->col);
		}
		free(r->key);
		free(r->value);
	}
	free(L->roles);
	L->roles = NULL;
	L->nroles = 0;
	if (p->anchor < 0)
		err(L, "rule-missing", path, 0, 0, "pack.conf has no 'anchor' concept");
}

static const char *const strengths[] = {
	"mandatory", "qualified", "take-into-account", "consider", "endeavour", "untoc",
	"recommended", NULL
};

/* In enum lg_scope order. */
static const char *const scope_names[] = {
	"document", "trafficking-law", "trafficking", "core", "offence", "victim", "offence-law", NULL
};

const char *
lg_scope_name(enum lg_scope sc)
{
	return scope_names[sc];
}

static int
parse_scope(const char *v, enum lg_scope *out)
{
	int i;

	for (i = 0; scope_names[i]; i++)
		if (strcmp(v, scope_names[i]) == 0) {
			*out = (enum lg_scope)i;
			return 0;
		}
	return -1;
}

static void
add_element(struct loader *L, struct lg_req *q, char *v, const char *file, unsigned line, unsigned col)
{
	char *eq = strchr(v, '='), *bar, *id;
	struct lg_element *e;
	size_t i;

	if (eq == NULL) {
		err(L, "rule-syntax", file, line, col, "expected 'element: id = concept ...'");
		return;
	}
	*eq = '\0';
	id = trim(v);
	if (!valid_id(id)) {
		err(L, "rule-syntax", file, line, col, "bad element id '%s'", id);
		return;
	}
	for (i = 0; i < q->nel; i++)
		if (strcmp(q->el[i].id, id) == 0) {
			err(L, "rule-duplicate", file, line, col, "duplicate element '%s'", id);
			return;
		}
	q->el = lg_xrealloc(q->el, (q->nel + 1) * sizeof(*q->el));
	e = &q->el[q->nel++];
	memset(e, 0, sizeof(*e));
	e->id = lg_xstrdup(id);
	if ((bar = strchr(eq + 1, '|')) != NULL) {
		*bar = '\0';
		e->label = lg_xstrdup(trim(bar + 1));
	} else {
		char *s;

		e->label = lg_xstrdup(id);
		for (s = e->label; *s; s++)
			if (*s == '-' || *s == '_')
				*s = ' ';
	}
	e->concepts = concept_list(L, eq + 1, &e->nconcepts, file, line, col + (unsigned)(eq + 1 - v));
	if (e->nconcepts == 0)
		err(L, "rule-syntax", file, line, col, "element '%s' names no concept", id);
}

static void
add_check(struct loader *L, struct lg_req *q, const char *v, const char *file, unsigned line, unsigned col)
{
	double n;

	if (strcmp(v, "no-means-needed") == 0)
		q->checks |= LG_CHECK_NO_MEANS;
	else if (sscanf(v, "penalty-max >= %lf", &n) == 1) {
		q->checks |= LG_CHECK_PENALTY_MAX;
		q->penalty_min = n;
	} else
		err(L, "rule-check", file, line, col, "unknown check '%s' (no-means-needed, penalty-max >= N)", v);
}

static char *
join(char *a, const char *b)
{
	char *s;

	if (a == NULL)
		return lg_xstrdup(b);
	s = lg_xasprintf("%s %s", a, b);
	free(a);
	return s;
}

static void
load_req(struct loader *L, const char *path)
{
	lg_pack *p = L->p;
	struct lines ls;
	struct lg_req q;
	struct lg_example *ex = NULL;
	char **cont = NULL;	/* the field a continuation line extends */
	lg_buf exbuf = { 0 };
	size_t n, i;
	char *line;

	if (read_text(L, path, &ls) != LG_OK)
		return;
	memset(&q, 0, sizeof(q));
	q.file = lg_xstrdup(path);
	q.scope = LG_SCOPE_DOCUMENT;
	while ((line = next_line(&ls, &n)) != NULL) {
		char *s, *key, *v;
		unsigned col;

		if (ex != NULL && (line[0] == ' ' || line[0] == '\t' || line[0] == '\0')) {
			s = trim(line);
			if (*s == '\0')
				lg_buf_puts(&exbuf, "\n\n");
			else {
				if (exbuf.len && exbuf.p[exbuf.len - 1] != '\n')
					lg_buf_putc(&exbuf, ' ');
				lg_buf_puts(&exbuf, s);
			}
			continue;
		}
		if (ex != NULL) {
			ex->text = lg_buf_detach(&exbuf);
			ex = NULL;
		}
		s = trim(line);
		col = (unsigned)(s - line) + 1;
		if (*s == '\0' || *s == '#')
			continue;
		if ((line[0] == ' ' || line[0] == '\t') && cont != NULL) {
			*cont = join(*cont, s);	/* a long title or hint goes on */
			continue;
		}
		cont = NULL;
		if ((v = split_kv(L, s, path, ls.lineno, col, &key)) == NULL)
			continue;
		col += (unsigned)(v - s);
#define STR(k, f) else if (strcmp(key, k) == 0) { free(q.f); q.f = lg_xstrdup(v); cont = &q.f; }
		if (0)
			;
		STR("id", id)
		STR("title", title)
		STR("article", article)
		STR("category", category)
		STR("requires", requires)
		STR("hint", hint)
#undef STR
		else if (strcmp(key, "strength") == 0) {
			for (i = 0; strengths[i] && strcmp(strengths[i], v) != 0; i++)
				;
			if (strengths[i] == NULL)
				err(L, "rule-value", path, ls.lineno, col,
				    "unknown strength '%s' (mandatory, qualified, take-into-account, consider, endeavour, untoc, recommended)", v);
			free(q.strength);
			q.strength = lg_xstrdup(v);
		} else if (strcmp(key, "scope") == 0) {
			if (parse_scope(v, &q.scope) != 0)
				err(L, "rule-value", path, ls.lineno, col,
				    "unknown scope '%s' (document, trafficking-law, offence-law, trafficking, core, offence, victim)", v);
		} else if (strcmp(key, "fallback") == 0) {
			if (parse_scope(v, &q.fallback) != 0)
				err(L, "rule-value", path, ls.lineno, col, "unknown fallback scope '%s'", v);
			else
				q.has_fallback = 1;
		} else if (strcmp(key, "combine") == 0) {
			if (strcmp(v, "all") == 0)
				q.combine = LG_COMBINE_ALL;
			else if (strcmp(v, "any") == 0)
				q.combine = LG_COMBINE_ANY;
			else if (sscanf(v, "atleast %d", &q.atleast) == 1 && q.atleast > 0)
				q.combine = LG_COMBINE_ATLEAST;
			else
				err(L, "rule-value", path, ls.lineno, col, "combine: all, any or atleast N, not '%s'", v);
		} else if (strcmp(key, "element") == 0)
			add_element(L, &q, v, path, ls.lineno, col);
		else if (strcmp(key, "narrow") == 0) {
			int *c;
			size_t nc;

			c = concept_list(L, v, &nc, path, ls.lineno, col);
			if (nc == 0)
				err(L, "rule-syntax", path, ls.lineno, col, "narrow: names no concept");
			else {
				q.narrow = lg_xrealloc(q.narrow, (q.nnarrow + nc + 1) * sizeof(int));
				memcpy(q.narrow + q.nnarrow, c, nc * sizeof(int));
				q.nnarrow += nc;
			}
			free(c);
		} else if (strcmp(key, "check") == 0)
			add_check(L, &q, v, path, ls.lineno, col);
		else if (strcmp(key, "example") == 0) {
			char lang[16], st[16];
			enum lg_status status;

			if (sscanf(v, "%15s %15s", lang, st) != 2 || lg_status_parse(st, &status) != 0 ||
			    status == LG_WAIVED) {
				err(L, "rule-example", path, ls.lineno, col,
				    "expected 'example: LANG met|partial|missing'");
				continue;
			}
			q.ex = lg_xrealloc(q.ex, (q.nex + 1) * sizeof(*q.ex));
			ex = &q.ex[q.nex++];
			memset(ex, 0, sizeof(*ex));
			ex->lang = lg_xstrdup(lang);
			ex->status = (int)status;
			ex->line = ls.lineno;
			lg_buf_truncate(&exbuf, 0);
		} else
			err(L, "rule-key", path, ls.lineno, (unsigned)(key - line) + 1,
			    "unknown key '%s'", key);
	}
	if (ex != NULL)
		ex->text = lg_buf_detach(&exbuf);
	lg_buf_free(&exbuf);
	free(ls.buf);
	for (i = 0; i < q.nex; i++)
		if (q.ex[i].text == NULL || q.ex[i].text[0] == '\0')
			err(L, "rule-example", path, q.ex[i].line, 1, "example has no text (indent it)");
	if (q.id == NULL)
		err(L, "rule-missing", path, 0, 0, "no 'id'");
	if (q.title == NULL)
		err(L, "rule-missing", path, 0, 0, "no 'title'");
	if (q.strength == NULL)
		err(L, "rule-missing", path, 0, 0, "no 'strength'");
	if (q.nel == 0)
		err(L, "rule-missing", path, 0, 0, "no 'element'");
	if (q.id && lg_pack_req(p, q.id) != NULL)
		err(L, "rule-duplicate", path, 0, 0, "duplicate requirement id '%s'", q.id);
	if (q.combine == LG_COMBINE_ATLEAST && (size_t)q.atleast > q.nel)
		err(L, "rule-value", path, 0, 0, "atleast %d but only %zu elements", q.atleast, q.nel);
	p->reqs = lg_xrealloc(p->reqs, (p->nreqs + 1) * sizeof(*p->reqs));
	p->reqs[p->nreqs++] = q;
}

const struct lg_req *
lg_pack_req(const lg_pack *p, const char *id)
{
	size_t i;

	for (i = 0; i < p->nreqs; i++)
		if (p->reqs[i].id && strcmp(p->reqs[i].id, id) == 0)
			return &p->reqs[i];
	return NULL;
}

/* ---- directory ------------------------------------------------------------- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files in dir ending with ext, sorted (so load order and reports are stable). */
static char **
list_dir(const char *dir, const char *ext, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL;
	size_t cap = 0, el = strlen(ext);

	*n = 0;
	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);

		if (e->d_name[0] == '.' || l <= el || strcmp(e->d_name + l - el, ext) != 0)
			continue;
		v = lg_grow(v, &cap, *n + 1, sizeof(char *));
		v[(*n)++] = lg_xstrdup(e->d_name);
	}
	closedir(d);
	if (*n)
		qsort(v, *n, sizeof(char *), cmp_str);
	return v;
}

/* Catalogue order: TIP before UNTOC before REC, numbers compared as numbers. */
static int
id_rank(const char *id)
{
	return strncmp(id, "TIP-", 4) == 0 ? 0 : strncmp(id, "UNTOC-", 6) == 0 ? 1 :
	    strncmp(id, "REC-", 4) == 0 ? 2 : 3;
}

static int
cmp_req(const void *a, const void *b)
{
	const struct lg_req *x = a, *y = b;
	const char *s, *t;
	int r;

	if (x->id == NULL || y->id == NULL)
		return (x->id == NULL) - (y->id == NULL);
	if ((r = id_rank(x->id) - id_rank(y->id)) != 0)
		return r;
	s = x->id;
	t = y->id;
	while (*s && *t) {
		if (*s >= '0' && *s <= '9' && *t >= '0' && *t <= '9') {
			long u = strtol(s, (char **)&s, 10), w = strtol(t, (char **)&t, 10);

			if (u != w)
				return u < w ? -1 : 1;
			continue;
		}
		if (*s != *t)
			return (unsigned char)*s - (unsigned char)*t;
		s++, t++;
	}
	return (unsigned char)*s - (unsigned char)*t;
}

int
lg_pack_load(const char *dir, lg_diag *diag, lg_pack **out)
{
	struct loader L = { NULL, diag, 0, NULL, 0, 0 };
	struct include *inc = NULL;
	size_t ninc = 0, inc_cap = 0, n, i;
	char **files, *path, *sub;

	*out = NULL;
	path = lg_xasprintf("%s/pack.conf", dir);
	if (access(path, R_OK) != 0) {
		lg_diag_emit(diag, LG_LEVEL_ERROR, "rule-pack", dir, 0, 0,
		    "not a rule pack: cannot read %s", path);
		free(path);
		return LG_ENOTFOUND;
	}
	L.p = lg_xcalloc(1, sizeof(*L.p));
	L.p->dir = lg_xstrdup(dir);
	L.p->anchor = L.p->victim = L.p->penalty = L.p->definition = L.p->repealed = -1;
	L.p->treaty = -1;
	L.p->core_acts = 2;
	load_conf(&L, path);

	sub = lg_xasprintf("%s/lexicon", dir);
	files = list_dir(sub, ".lex", &n);
	if (n == 0)
		err(&L, "rule-missing", sub, 0, 0, "no lexicon (*.lex) files");
	for (i = 0; i < n; i++) {
		char *f = lg_xasprintf("%s/%s", sub, files[i]);

		files[i][strlen(files[i]) - 4] = '\0';
		load_lexicon(&L, f, files[i], &inc, &ninc, &inc_cap);
		free(f);
		free(files[i]);
	}
	free(files);
	free(sub);
	resolve_includes(&L, inc, ninc);
	for (i = 0; i < L.p->nlangs; i++)
		index_lang(&L.p->langs[i]);
	resolve_roles(&L, path);
	free(path);

	sub = lg_xasprintf("%s/requirements", dir);
	files = list_dir(sub, ".req", &n);
	if (n == 0)
		err(&L, "rule-missing", sub, 0, 0, "no requirements (*.req) files");
	for (i = 0; i < n; i++) {
		char *f = lg_xasprintf("%s/%s", sub, files[i]);
		size_t before = L.p->nreqs;

		load_req(&L, f);
		files[i][strlen(files[i]) - 4] = '\0';
		if (L.p->nreqs > before && L.p->reqs[before].id &&
		    strcmp(L.p->reqs[before].id, files[i]) != 0)
			lg_diag_emit(diag, LG_LEVEL_WARNING, "rule-name", f, 0, 0,
			    "file name does not match id '%s'", L.p->reqs[before].id);
		free(f);
		free(files[i]);
	}
	free(files);
	free(sub);
	if (L.p->nreqs)
		qsort(L.p->reqs, L.p->nreqs, sizeof(*L.p->reqs), cmp_req);
	if (L.errors) {
		lg_pack_free(L.p);
		return LG_EINVALID;
	}
	*out = L.p;
	return LG_OK;
}

void
lg_pack_free(lg_pack *p)
{
	size_t i, j;

	if (p == NULL)
		return;
	for (i = 0; i < p->nlangs; i++) {
		struct lg_lang *lg = &p->langs[i];

		for (j = 0; j < lg->nterms; j++)
			term_free(&lg->terms[j]);
		free(lg->terms);
		if (lg->tab)
			for (j = 0; j < lg->tabsize; j++) {
				free(lg->tab[j].terms);
				free(lg->tab[j].first);
			}
		free(lg->tab);
		free(lg->regex);
	}
	free(p->langs);
	for (i = 0; i < p->nreqs; i++) {
		struct lg_req *q = &p->reqs[i];

		for (j = 0; j < q->nel; j++) {
			free(q->el[j].id);
			free(q->el[j].label);
			free(q->el[j].concepts);
		}
		free(q->el);
		for (j = 0; j < q->nex; j++) {
			free(q->ex[j].lang);
			free(q->ex[j].text);
		}
		free(q->ex);
		free(q->narrow);
		free(q->id); free(q->title); free(q->article); free(q->strength);
		free(q->category); free(q->requires); free(q->hint); free(q->file);
	}
	free(p->reqs);
	for (i = 0; i < p->nconcepts; i++)
		free(p->concepts[i]);
	free(p->concepts);
	for (i = 0; i < p->nglotip_forms; i++)
		free(p->glotip_forms[i]);
	free(p->glotip_forms);
	free(p->acts);
	free(p->purposes);
	free(p->glotip_offence);
	free(p->glotip_victims);
	free(p->dir); free(p->id); free(p->title); free(p->version);
	free(p);
}

const char *lg_pack_id(const lg_pack *p) { return p->id; }
const char *lg_pack_title(const lg_pack *p) { return p->title ? p->title : p->id; }
const char *lg_pack_version(const lg_pack *p) { return p->version ? p->version : "0"; }

int
lg_pack_has_req(const lg_pack *p, const char *id)
{
	return lg_pack_req(p, id) != NULL;
}

lg_report *
lg_pack_report_new(const lg_pack *p)
{
	return lg_report_new(lg_pack_id(p), lg_pack_title(p), lg_pack_version(p));
}
