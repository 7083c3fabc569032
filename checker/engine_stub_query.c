/* engine_stub_query.c - STUB of lg_pack_has_req until the rule engine lands:
 * accepts any id of the TIP pack's families (TIP-, UNTOC-, REC-), so that the
 * waivers can warn about ids that cannot exist. The engine owner replaces this
 * file with a lookup in the loaded pack. */
#include <string.h>

#include "engine.h"

int
lg_pack_has_req(const lg_pack *p, const char *id)
{
	(void)p;
	return id != NULL && (strncmp(id, "TIP-", 4) == 0 || strncmp(id, "UNTOC-", 6) == 0 ||
	    strncmp(id, "REC-", 4) == 0);
}
