/* match.c - one pass over the words of a document, paragraph by paragraph.
 *
 * Each word is looked up once in the language's term index (by its first folded
 * bytes); only the few terms in that bucket are tried at that position. So the
 * cost grows with the text, not with the number of terms times the text, which
 * is what keeps a 20 MB code near the cost of parsing it. Regular-expression
 * terms, which are rare, run over the folded paragraph. */
#include <stdlib.h>
#include <string.h>

#include "lexgap.h"
#include "match.h"
#include "util.h"


struct para {
	struct lg_token *tok;
	size_t	 ntok, cap;
	lg_buf	 folded;	/* words joined by one space, for re: terms */
	size_t	*foff;		/* offset of each word in folded */
	size_t	 foff_cap;
	struct lg_matches excl;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	int	 warned;
};

static int
item_eq(const struct lg_item *it, const struct lg_token *t)
{
	if (it->stem)
		return t->len >= it->wl && memcmp(t->f, it->w, it->wl) == 0;
	return t->len == it->wl && memcmp(t->f, it->w, it->wl) == 0;
}

/* Does term t match starting at word i? Sets *last to its last word. */
/* Does term t, whose first word already matched word i, match from there?
 * Sets *last to its last word. */
static int
term_at(const struct lg_term *t, const struct para *pa, size_t i, size_t *last)
{
	size_t at = i, j;
	int k;

	for (k = 1; k < t->nitems; k++) {
		const struct lg_item *it = &t->items[k];
		size_t lim = at + 1 + (it->gap ? LG_GAP_WORDS : 0);

		for (j = at + 1; j <= lim && j < pa->ntok; j++)
			if (item_eq(it, &pa->tok[j]))
				break;
		if (j > lim || j >= pa->ntok)
			return 0;
		at = j;
	}
	*last = at;
	return 1;
}

static void
push(struct lg_matches *ms, int concept, size_t start, size_t end)
{
	ms->m = lg_grow(ms->m, &ms->cap, ms->n + 1, sizeof(*ms->m));
	ms->m[ms->n++] = (struct lg_match){ concept, start, end };
}

static void
run_regex(const struct lg_lang *lg, const lg_doc *doc, struct para *pa, lg_diag *diag,
    struct lg_matches *out)
{
	size_t r, i, w0, w1;

	if (pa->ntok == 0)
		return;
	lg_buf_truncate(&pa->folded, 0);
	pa->foff = lg_grow(pa->foff, &pa->foff_cap, pa->ntok, sizeof(size_t));
	for (i = 0; i < pa->ntok; i++) {
		if (i)
			lg_buf_putc(&pa->folded, ' ');
		pa->foff[i] = pa->folded.len;
		lg_buf_put(&pa->folded, pa->tok[i].f, pa->tok[i].len);
	}
	for (r = 0; r < lg->nregex; r++) {
		const struct lg_term *t = &lg->terms[lg->regex[r]];
		PCRE2_SIZE off = 0, *ov;
		int rc;

		while (off <= pa->folded.len) {
			rc = pcre2_match(t->re, (PCRE2_SPTR)pa->folded.p, pa->folded.len, off, 0,
			    pa->md, pa->mctx);
			if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT) {
				if (!pa->warned++)
					lg_diag_emit(diag, LG_LEVEL_WARNING, "rule-match-limit", t->file,
					    t->line, 0, "'%s' hit the match limit in %s; skipped there",
					    t->src, doc->path);
				break;
			}
			if (rc < 0)
				break;
			ov = pcre2_get_ovector_pointer(pa->md);
			/* Map folded offsets back to the words they fall in. */
			for (w0 = 0; w0 + 1 < pa->ntok && pa->foff[w0 + 1] <= ov[0]; w0++)
				;
			for (w1 = w0; w1 + 1 < pa->ntok && pa->foff[w1 + 1] < ov[1]; w1++)
				;
			push(t->exclude ? &pa->excl : out, t->concept, pa->tok[w0].start, pa->tok[w1].end);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		}
	}
}

static int
cmp_match(const void *a, const void *b)
{
	const struct lg_match *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->concept != y->concept)
		return x->concept - y->concept;
	return x->end < y->end ? -1 : x->end > y->end;
}

/* Match one paragraph; its matches are appended to out from index `from`. */
static void
match_para(const struct lg_lang *lg, const lg_doc *doc, struct para *pa,
    lg_diag *diag, struct lg_matches *out)
{
	size_t i, k, from = out->n, last;

	pa->excl.n = 0;
	for (i = 0; i < pa->ntok; i++) {
		const struct lg_bucket *b = lg_lang_bucket(lg, pa->tok[i].f, pa->tok[i].len);

		if (b == NULL)
			continue;
		/* Terms in a bucket are sorted by first word, so each distinct first
		 * word is compared once ("con fines de", "con el fin de", ...). */
		const struct lg_item *prev = NULL;
		int prev_ok = 0;

		for (k = 0; k < b->n; k++) {
			const struct lg_item *it0 = &b->first[k];
			const struct lg_term *t;

			if (prev == NULL || prev->wl != it0->wl || prev->stem != it0->stem ||
			    memcmp(prev->w, it0->w, it0->wl) != 0) {
				prev = it0;
				prev_ok = item_eq(it0, &pa->tok[i]);
			}
			if (!prev_ok)
				continue;
			t = &lg->terms[b->terms[k]];
			if (term_at(t, pa, i, &last))
				push(t->exclude ? &pa->excl : out, t->concept, pa->tok[i].start,
				    pa->tok[last].end);
		}
	}
	if (lg->nregex)
		run_regex(lg, doc, pa, diag, out);
	if (pa->excl.n) {
		size_t w = from;

		for (i = from; i < out->n; i++) {
			int drop = 0;

			for (k = 0; k < pa->excl.n && !drop; k++)
				drop = pa->excl.m[k].concept == out->m[i].concept &&
				    pa->excl.m[k].start < out->m[i].end && out->m[i].start < pa->excl.m[k].end;
			if (!drop)
				out->m[w++] = out->m[i];
		}
		out->n = w;
	}
	if (out->n - from > 1) {
		size_t w = from + 1;

		qsort(out->m + from, out->n - from, sizeof(*out->m), cmp_match);
		for (i = from + 1; i < out->n; i++)	/* one match per concept and start */
			if (out->m[i].concept != out->m[w - 1].concept ||
			    out->m[i].start != out->m[w - 1].start)
				out->m[w++] = out->m[i];
		out->n = w;
	}
}

static int
continues(const char *s, size_t len, size_t nl)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = nl;

	while (i < len && (u[i] == '\n' || u[i] == ' ' || u[i] == '\t' || u[i] == '\r'))
		i++;
	if (i >= len)
		return 0;
	if (u[i] >= 'a' && u[i] <= 'z')
		return 1;
	/* é à ç ñ ... (U+00DF..U+00FF) */
	return u[i] == 0xC3 && i + 1 < len && u[i + 1] >= 0x9F && u[i + 1] <= 0xBF;
}

static void
match_lang(const struct lg_lang *lg, const lg_doc *doc, struct para *pa,
    lg_diag *diag, struct lg_matches *out)
{
	const char *s = doc->text;
	size_t len = doc->text_len, pos = 0, pend;

	while (pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t q;

		/* Hard-wrapped text (a sentence broken over lines, even over blank
		 * lines) continues when the next line starts in lower case. */
		while (nl != NULL && continues(s, len, (size_t)(nl - s)))
			nl = memchr(nl + 1, '\n', len - (size_t)(nl + 1 - s));
		pend = nl ? (size_t)(nl - s) : len;
		pa->ntok = 0;
		q = pos;
		for (;;) {	/* tokenise in place: a token is 80 bytes, not worth copying */
			if (pa->ntok + 1 > pa->cap)
				pa->tok = lg_grow(pa->tok, &pa->cap, pa->ntok + 1, sizeof(*pa->tok));
			if (!lg_tok_next(s, pend, &q, &pa->tok[pa->ntok]))
				break;
			pa->ntok++;
		}
		match_para(lg, doc, pa, diag, out);
		pos = pend + 1;
	}
}

void
lg_match_doc(const lg_pack *p, const lg_doc *doc, lg_diag *diag, struct lg_matches *out)
{
	const struct lg_lang *lg = lg_pack_lang(p, doc->lang);
	struct para pa;
	size_t i, from = out->n;

	memset(&pa, 0, sizeof(pa));
	pa.md = pcre2_match_data_create(16, NULL);
	pa.mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(pa.mctx, LG_PCRE2_MATCH_LIMIT);
	pcre2_set_depth_limit(pa.mctx, LG_PCRE2_DEPTH_LIMIT);
	if (lg != NULL)
		match_lang(lg, doc, &pa, diag, out);
	else {
		for (i = 0; i < p->nlangs; i++)
			match_lang(&p->langs[i], doc, &pa, diag, out);
		if (out->n - from > 1)
			qsort(out->m + from, out->n - from, sizeof(*out->m), cmp_match);
	}
	free(pa.tok);
	free(pa.foff);
	free(pa.excl.m);
	lg_buf_free(&pa.folded);
	pcre2_match_data_free(pa.md);
	pcre2_match_context_free(pa.mctx);
}

void
lg_matches_free(struct lg_matches *m)
{
	free(m->m);
	memset(m, 0, sizeof(*m));
}
