/* lang.h - language codes and detection. */
#ifndef LG_LANG_H
#define LG_LANG_H

#include <stddef.h>

/* "spa", "esp", "es-MX", "Spanish" -> "es"; NULL if unknown. Static string. */
const char *lg_lang_normalize(const char *code);
/* Guess en/fr/es/pt/ar from the text (function-word counts); NULL if unsure. */
const char *lg_lang_detect(const char *text, size_t len);

#endif
