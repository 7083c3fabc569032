/* cmd_check.c - PLACEHOLDER: replaced when the engine lands. */
#include "cli.h"
int cmd_check(int argc, char **argv) { (void)argc; (void)argv; return LG_EXIT_SYSTEM; }
int cmd_rules(int argc, char **argv) { (void)argc; (void)argv; return LG_EXIT_SYSTEM; }
int cmd_explain(int argc, char **argv) { (void)argc; (void)argv; return LG_EXIT_SYSTEM; }
