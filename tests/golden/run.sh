#!/bin/sh
# tests/golden/run.sh [--update] BIN - golden tests of the report formats.
#
# For every corpus document and every format, `BIN check --format F
# --fail-on never FILE` must equal tests/golden/<file>.<format> (the version
# string is normalised to @VERSION@). Every output is also checked by a real
# parser: JSON and SARIF by python3 (SARIF also by check_sarif.py), JUnit and
# HTML by xmllint, CSV by python3's csv module. The corpus itself must validate
# against the AKN 3.0 schema in ../shared (skipped when ../shared is absent).
# --update rewrites the goldens (after the engine changes: `make golden-update`,
# then read the diff before committing).
set -u

update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
if [ $# -ne 1 ]; then echo "usage: $0 [--update] BIN" >&2; exit 3; fi
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED:-$root/../shared}
schema=$shared/corpus/schema/akn-3.0/akomantoso30.xsd
formats="text json md html csv sarif junit"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0 n=0

cd "$root" || exit 4
version=$("$bin" --version | sed 's/^lexgap //')
vre=$(printf '%s' "$version" | sed 's/\./\\./g')

bad() { echo "FAIL: $*" >&2; fail=$((fail + 1)); }
if ! command -v python3 >/dev/null 2>&1; then
	echo "golden: no python3: JSON, CSV and SARIF outputs are compared but not parsed" >&2
	python3() { :; }
fi

# Parse-check one output file by format.
validate() { # FILE FORMAT
	case $2 in
	json)	python3 -m json.tool "$1" >/dev/null 2>"$tmp/err" || bad "$1: invalid JSON: $(head -1 "$tmp/err")" ;;
	sarif)	python3 -m json.tool "$1" >/dev/null 2>"$tmp/err" || bad "$1: invalid JSON: $(head -1 "$tmp/err")"
		python3 "$here/check_sarif.py" "$1" || bad "$1: invalid SARIF" ;;
	junit)	xmllint --noout "$1" || bad "$1: JUnit XML not well-formed" ;;
	html)	xmllint --noout "$1" || bad "$1: HTML not well-formed"
		# libxml2's HTML parser is HTML 4: it does not know <mark>.
		xmllint --html --noout "$1" 2>&1 | grep 'error :' | grep -v 'Tag mark invalid' | grep -q . &&
			bad "$1: HTML parser errors"
		grep -qi '<script' "$1" && bad "$1: contains a script element" ;;
	csv)	python3 - "$1" <<'PY' || bad "$1: CSV rows of unequal length"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
sys.exit(0 if rows and all(len(r) == len(rows[0]) for r in rows) else 1)
PY
		;;
	esac
}

# One case: NAME FORMAT ARGS... -> tests/golden/NAME.FORMAT
run_case() {
	name=$1 fmt=$2
	shift 2
	out="$tmp/$name.$fmt"
	"$bin" check --format "$fmt" --fail-on never "$@" >"$out.raw" 2>"$tmp/stderr"
	rc=$?
	# 0/1: checked; 2: some input unreadable (still reported). 3/4 are bugs.
	if [ $rc -gt 2 ]; then bad "$name.$fmt: exit $rc: $(head -3 "$tmp/stderr")"; return; fi
	sed "s/\\b$vre\\b/@VERSION@/g" "$out.raw" >"$out"
	validate "$out.raw" "$fmt"
	n=$((n + 1))
	golden="$here/$name.$fmt"
	if [ $update = 1 ]; then
		cp "$out" "$golden"
	elif [ ! -f "$golden" ]; then
		bad "$name.$fmt: no golden file (run make golden-update and review it)"
	elif ! cmp -s "$out" "$golden"; then
		bad "$name.$fmt differs from the golden file:"
		diff -u "$golden" "$out" | head -40 >&2
	fi
}

# A diff case: NAME FORMAT OLD NEW -> tests/golden/NAME.FORMAT
diff_case() {
	name=$1 fmt=$2
	out="$tmp/$name.$fmt"
	"$bin" diff --format "$fmt" "$3" "$4" >"$out.raw" 2>"$tmp/stderr"
	rc=$?
	if [ $rc -gt 2 ]; then bad "$name.$fmt: exit $rc: $(head -3 "$tmp/stderr")"; return; fi
	sed "s/\\b$vre\\b/@VERSION@/g" "$out.raw" >"$out"
	# exit 2: an input could not be read and diff printed nothing to parse
	[ $rc -le 1 ] && validate "$out.raw" "$fmt"
	n=$((n + 1))
	golden="$here/$name.$fmt"
	if [ $update = 1 ]; then
		cp "$out" "$golden"
	elif [ ! -f "$golden" ]; then
		bad "$name.$fmt: no golden file (run make golden-update and review it)"
	elif ! cmp -s "$out" "$golden"; then
		bad "$name.$fmt differs from the golden file:"
		diff -u "$golden" "$out" | head -40 >&2
	fi
}

# The corpus is ours: it must be valid Akoma Ntoso 3.0.
if [ -f "$schema" ]; then
	for f in corpus/*.xml; do
		xmllint --noout --schema "$schema" "$f" 2>"$tmp/err" || bad "$f: not valid AKN 3.0: $(head -3 "$tmp/err")"
	done
else
	echo "golden: $schema absent, skipping schema validation of corpus/" >&2
fi

for f in corpus/*.xml corpus/*.txt corpus/*.md corpus/*.html; do
	[ -f "$f" ] || continue
	base=$(basename "$f")
	for fmt in $formats; do
		run_case "${base%.*}" "$fmt" "$f"
	done
done
# A whole framework (three documents together) and a waivers file.
for fmt in json html sarif; do
	run_case framework "$fmt" --framework corpus/*.xml
done
for fmt in text json sarif junit; do
	run_case waived "$fmt" --waivers tests/golden/waivers.txt corpus/proyecto-ley-es.xml
done

# Two versions of a draft bill.
for fmt in text json; do
	diff_case diff-proyecto "$fmt" corpus/proyecto-ley-es.xml corpus/proyecto-ley-es-v2.xml
done

# The renderers' hostile-text fixture (tests/unit/test_report.c), through the
# same real parsers; skipped when the unit tests are not built.
unit=$(dirname "$bin")/tests/test_report
if [ -x "$unit" ]; then
	mkdir -p "$tmp/fx"
	if LEXGAP_TEST_DUMP="$tmp/fx" "$unit" >/dev/null 2>&1; then
		for fmt in $formats; do validate "$tmp/fx/fixture.$fmt" "$fmt"; n=$((n + 1)); done
	else
		bad "$unit failed"
	fi
fi

if [ $fail -gt 0 ]; then
	echo "golden: $fail failure(s) in $n outputs" >&2
	exit 1
fi
[ $update = 1 ] && echo "golden: $n outputs written to tests/golden/ - review them (git diff) before committing"
echo "golden: $n outputs OK"
