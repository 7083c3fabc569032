#!/bin/sh
# tests/man/check.sh BIN [MANPAGE] - the manual covers the CLI: every command
# and every option that `BIN --help` prints must appear in lexgap.1, and the
# page must render without groff warnings (when man(1) is installed).
set -u
if [ $# -lt 1 ]; then echo "usage: $0 BIN [MANPAGE]" >&2; exit 3; fi
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
page=${2:-$root/lexgap.1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

"$bin" --help >"$tmp/help" || { echo "FAIL: $bin --help" >&2; exit 1; }
if command -v man >/dev/null 2>&1; then
	# Not a tty: man-db already strips most formatting; drop any overstrike left.
	MANWIDTH=200 man --warnings -l "$page" 2>"$tmp/warn" | sed 's/.\x08//g' >"$tmp/page"
	if [ -s "$tmp/warn" ]; then
		echo "FAIL: man -l $page warns:" >&2
		cat "$tmp/warn" >&2
		fail=1
	fi
	[ -s "$tmp/page" ] || { echo "FAIL: man -l $page rendered nothing" >&2; fail=1; }
else
	# No man(1): read the source with the escapes that matter undone.
	sed 's/\\-/-/g; s/\\f[BIRP]//g; s/\\(em/-/g' "$page" >"$tmp/page"
fi

# Commands: "  lexgap NAME ..." lines of the usage.
cmds=$(sed -n 's/^ *lexgap \([a-z][a-z-]*\).*/\1/p' "$tmp/help")
# Options: every --long and -x token of the usage text.
opts=$(grep -oE -- '(^|[[ ])--?[a-zA-Z][a-zA-Z-]*' "$tmp/help" | sed 's/^[[ ]*//' | sort -u)
n=0
for c in $cmds; do
	n=$((n + 1))
	grep -q "lexgap $c\b" "$tmp/page" || { echo "FAIL: command '$c' is not in $page" >&2; fail=1; }
done
for o in $opts; do
	n=$((n + 1))
	grep -q -- "$o\b" "$tmp/page" || { echo "FAIL: option '$o' is not in $page" >&2; fail=1; }
done
[ "$n" -gt 5 ] || { echo "FAIL: found only $n commands/options in --help" >&2; fail=1; }
[ $fail = 0 ] && echo "man-test: $n commands and options of --help are documented in $(basename "$page")"
exit $fail
