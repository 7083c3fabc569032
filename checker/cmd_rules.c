/* cmd_rules.c - PLACEHOLDER: `lexgap rules` and `lexgap explain` land with the pack. */
#include "cli.h"
int cmd_rules(int argc, char **argv) { (void)argc; (void)argv; return LG_EXIT_SYSTEM; }
int cmd_explain(int argc, char **argv) { (void)argc; (void)argv; return LG_EXIT_SYSTEM; }
