#!/bin/sh
# tests/import/run.sh [--update] BIN - `lexgap import` end to end:
#  1. every text, Markdown and HTML file of ../shared/corpus (skipped when
#     absent) and of corpus/ imports and validates against the AKN 3.0 schema;
#  2. the imports of corpus/ match tests/golden/import/<name>.akn.xml
#     (--update rewrites the goldens: read the diff before committing).
set -u
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
bin=${1:?usage: run.sh [--update] BIN}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
schema=$shared/corpus/schema/akn-3.0/akomantoso30.xsd
golden=$root/tests/golden/import
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0

if ! command -v xmllint >/dev/null 2>&1; then
	echo "import-test: xmllint not found; skipping schema validation"
	schema=
elif [ ! -f "$schema" ]; then
	echo "import-test: $schema absent; skipping schema validation"
	schema=
fi

check() {	# check FILE OUT
	n=$((n + 1))
	if ! "$bin" import -o "$2" "$1" 2>"$tmp/err"; then
		echo "FAIL import $1"; cat "$tmp/err"; fail=1; return
	fi
	if [ -n "$schema" ] && ! xmllint --noout --nonet --schema "$schema" "$2" 2>"$tmp/err"; then
		echo "FAIL schema $1"; head -5 "$tmp/err"; fail=1; return
	fi
	echo "ok   $1"
}

if [ -d "$shared/corpus" ]; then
	for f in $(find "$shared/corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) \
	    ! -name README.md ! -path '*/gold/*' | sort); do
		check "$f" "$tmp/out.xml"
	done
else
	echo "import-test: $shared/corpus absent; skipping the real corpus"
fi

# Relative paths: the goldens must not depend on where the tree lives.
cd "$root" || exit 1
for f in corpus/*.txt corpus/*.md corpus/*.html; do
	[ -f "$f" ] || continue
	name=$(basename "$f"); name=${name%.*}
	check "$f" "$tmp/$name.akn.xml"
	[ -f "$tmp/$name.akn.xml" ] || continue
	if [ $update = 1 ]; then
		cp "$tmp/$name.akn.xml" "$golden/$name.akn.xml"
		echo "updated $golden/$name.akn.xml"
	elif ! diff -u "$golden/$name.akn.xml" "$tmp/$name.akn.xml" >"$tmp/diff" 2>&1; then
		echo "FAIL golden $name (run: make import-golden-update, then review)"; head -40 "$tmp/diff"; fail=1
	fi
done

if [ $fail != 0 ]; then
	echo "import-test: FAILED"
	exit 1
fi
echo "import-test: $n files imported and validated; goldens match"
