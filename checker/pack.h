/* pack.h - the compiled rule pack, shared by the pack loader (pack.c), the
 * matcher (match.c) and the engine (engine.c). Nothing outside those three
 * sees these structs: the rest of lexgap uses engine.h. */
#ifndef LG_PACK_H
#define LG_PACK_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "engine.h"
#include "fold.h"

#define LG_GAP_WORDS	6	/* words a "…" in a term may skip */

struct lg_item {
	char	 w[LG_WORD_MAX];
	unsigned char wl;
	unsigned char stem;	/* word*: any word starting with w */
	unsigned char gap;	/* up to LG_GAP_WORDS words may come before this one */
};

struct lg_term {
	int		 concept;
	int		 exclude;	/* !term: drops overlapping matches of its concept */
	struct lg_item	*items;
	int		 nitems;
	pcre2_code	*re;		/* re: terms; items unused */
	char		*src;		/* as written, for reports and lint */
	char		*file;
	unsigned	 line;
};

/* Word terms of one language indexed by the first bytes of their first word. */
struct lg_bucket {
	unsigned	 key;		/* up to 3 folded bytes and the length class */
	int		*terms;
	struct lg_item	*first;		/* terms[k]'s first word, inline: one cache line
					 * walk per word of text, not one miss per term */
	size_t		 n, cap;
};

struct lg_lang {
	char		 code[8];
	struct lg_term	*terms;
	size_t		 nterms, terms_cap;
	struct lg_bucket *tab;		/* open addressing, size a power of two */
	size_t		 tabsize;
	int		*regex;		/* indices of re: terms */
	size_t		 nregex;
};

struct lg_element {
	char	*id, *label;
	int	*concepts;
	size_t	 nconcepts;
};

enum lg_scope {
	LG_SCOPE_DOCUMENT, LG_SCOPE_TRAFFICKING_LAW, LG_SCOPE_TRAFFICKING,
	LG_SCOPE_CORE, LG_SCOPE_OFFENCE, LG_SCOPE_VICTIM, LG_SCOPE_OFFENCE_LAW
};
enum lg_combine { LG_COMBINE_ALL, LG_COMBINE_ANY, LG_COMBINE_ATLEAST };
enum lg_check { LG_CHECK_NONE = 0, LG_CHECK_NO_MEANS = 1, LG_CHECK_PENALTY_MAX = 2 };

struct lg_example {
	char	*lang;
	int	 status;	/* enum lg_status */
	char	*text;
	unsigned line;
};

struct lg_req {
	char	*id, *title, *article, *strength, *category, *requires, *hint;
	char	*file;
	enum lg_scope scope;
	enum lg_scope fallback;		/* where evidence still makes it partial */
	int	 has_fallback;
	enum lg_combine combine;
	int	 atleast;
	struct lg_element *el;
	size_t	 nel;
	int	*narrow;
	size_t	 nnarrow;
	unsigned checks;
	double	 penalty_min;
	struct lg_example *ex;
	size_t	 nex;
};

struct lg_pack {
	char	*dir, *id, *title, *version;
	char	**concepts;		/* concept ids; index = concept number */
	size_t	 nconcepts, concepts_cap;
	struct lg_lang *langs;
	size_t	 nlangs;
	struct lg_req *reqs;
	size_t	 nreqs;
	/* roles (pack.conf) */
	int	 anchor, victim, penalty, definition, repealed, treaty;
	int	*acts, *purposes;
	size_t	 nacts, npurposes;
	int	 core_acts;
	char	*glotip_offence, *glotip_victims;
	char	**glotip_forms;
	size_t	 nglotip_forms;
};

const char *lg_scope_name(enum lg_scope sc);	/* as written in a .req file */
int	 lg_pack_concept(const lg_pack *p, const char *id);	/* -1 if unknown */
const struct lg_lang *lg_pack_lang(const lg_pack *p, const char *code);
const struct lg_req *lg_pack_req(const lg_pack *p, const char *id);
/* The index bucket of a folded word (its first bytes), or NULL: no term starts so. */
const struct lg_bucket *lg_lang_bucket(const struct lg_lang *lg, const char *w, size_t n);

#endif
