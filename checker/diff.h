/* diff.h - what changed between two checks of a document (e.g. two drafts of
 * a bill): requirement and element status changes, penalty value changes, and
 * the provisions (evidence eIds) that appeared or disappeared and so caused
 * them. Works on the report model only, so it serves live runs and stored ones. */
#ifndef LG_DIFF_H
#define LG_DIFF_H

#include <stddef.h>

#include "report.h"

enum lg_change_dir { LG_CHG_SAME = 0, LG_CHG_BETTER = 1, LG_CHG_WORSE = -1 };

/* One provision that counts as evidence: "eId" plus its hierarchy path. */
struct lg_prov_ref {
	char	*eid, *path, *doc;
	unsigned line;
};

struct lg_change {
	char		*req_id;	/* requirement */
	char		*elem_id;	/* element, or NULL for the requirement itself */
	char		*label;		/* requirement title or element label */
	int		 in_old, in_new;	/* 0 when the pack changed under it */
	enum lg_status	 from, to;	/* waived results compare by computed status */
	enum lg_change_dir dir;
	int		 value_changed;
	int		 has_from_value, has_to_value;
	double		 from_value, to_value;
	struct lg_prov_ref *appeared, *gone;
	size_t		 nappeared, ngone;
};

struct lg_diff {
	struct lg_change *c;
	size_t		  n, cap;
	size_t		  better, worse;	/* requirement-level counts */
};

/* Compare old and new; fills *out (zero it first). Changes come in the order
 * of new's requirements (then requirements only old has), each requirement
 * followed by its changed elements. Only changes are listed. */
void	 lg_diff_docs(const struct lg_doc_result *old, const struct lg_doc_result *new,
	    struct lg_diff *out);
void	 lg_diff_free(struct lg_diff *d);
/* 1 if anything (requirement or element) got worse. */
int	 lg_diff_worse(const struct lg_diff *d);
const char *lg_change_dir_name(enum lg_change_dir d);	/* improved | worsened | changed */

/* Render a diff of old_path -> new_path for people (text) or programs (JSON). */
void	 lg_diff_render_text(lg_buf *b, const char *old_path, const char *new_path,
	    const struct lg_diff *d);
void	 lg_diff_render_json(lg_buf *b, const char *pack, const char *old_path,
	    const char *new_path, const struct lg_diff *d);

#endif
