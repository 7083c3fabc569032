#!/bin/sh
# tests/html/run.sh BIN - the HTML report in a real browser (headless Chromium).
#
# Renders (and prints to PDF) the HTML report of a corpus document and of a document whose law
# text contains <script>, plus the renderers' hostile-text fixture, then:
# the screenshot exists and is not trivially small; the DOM Chromium built
# holds the summary matrix; no <script> element exists in any DOM and the law
# text's "<script>" shows up as text. Installs Debian's chromium when missing
# and running as root; skips (exit 0, says so) when no browser can be had.
set -u
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 3; fi
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 4

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "html-test: installing chromium (apt-get)" >&2
	apt-get install -y chromium >/dev/null 2>&1 ||
		{ apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; }
	browser=$(command -v chromium || true)
fi
if [ -z "$browser" ]; then
	echo "html-test: SKIPPED: no chromium (install the chromium package)" >&2
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
bad() { echo "FAIL: $*" >&2; fail=$((fail + 1)); }

chrome() { # ARGS... (headless, isolated profile, bounded time)
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
	    --user-data-dir="$tmp/profile" --hide-scrollbars "$@" 2>>"$tmp/chrome.log"
}

# 1. A corpus document: screenshot and matrix.
"$bin" check --format html --fail-on never corpus/model-act-en.xml >"$tmp/model.html" 2>/dev/null
[ $? -le 2 ] || bad "lexgap check --format html failed"
chrome --screenshot="$tmp/model.png" --window-size=1200,2000 "file://$tmp/model.html" >/dev/null
size=$(wc -c <"$tmp/model.png" 2>/dev/null || echo 0)
if [ "$size" -lt 10000 ]; then bad "screenshot missing or trivial ($size bytes)"; fi
chrome --dump-dom "file://$tmp/model.html" >"$tmp/model.dom"
# It prints (the @media print rules apply without breaking the page).
chrome --no-pdf-header-footer --print-to-pdf="$tmp/model.pdf" "file://$tmp/model.html" >/dev/null
head -c 5 "$tmp/model.pdf" 2>/dev/null | grep -q '%PDF-' || bad "print to PDF failed"
grep -q '<table class="matrix" id="matrix">' "$tmp/model.dom" || bad "the DOM has no summary matrix table"

# 2. Law text with <script> (from an AKN file, and the hostile fixture).
"$bin" check --format html --fail-on never tests/html/script-in-text.xml >"$tmp/script.html" 2>/dev/null
set -- "$tmp/script.html"
unit=$(dirname "$bin")/tests/test_report
if [ -x "$unit" ]; then
	mkdir -p "$tmp/fx"
	LEXGAP_TEST_DUMP="$tmp/fx" "$unit" >/dev/null 2>&1 || bad "$unit failed"
	set -- "$@" "$tmp/fx/fixture.html"
	expect_text=1
else
	expect_text=0
fi
for f in "$@"; do
	chrome --dump-dom "file://$f" >"$f.dom"
	[ -s "$f.dom" ] || { bad "$f: empty DOM"; continue; }
	grep -qi '<script' "$f.dom" && bad "$f: law text became a <script> element"
	grep -q '<table class="matrix" id="matrix">' "$f.dom" || bad "$f: no matrix table"
done
if [ $expect_text = 1 ]; then
	grep -q '&lt;script&gt;alert' "$tmp/fx/fixture.html.dom" || bad "fixture: <script> law text not shown as text"
fi
# Once the AKN loader reads the file, its title must show as text too.
if grep -q 'Markup' "$tmp/script.html"; then
	grep -q '&lt;script&gt;alert' "$tmp/script.html.dom" || bad "script-in-text.xml: <script> not shown as text"
fi

if [ $fail -gt 0 ]; then
	echo "html-test: $fail failure(s); browser log: $(tail -3 "$tmp/chrome.log")" >&2
	exit 1
fi
echo "html-test: OK (screenshot $size bytes, matrix present, no script from law text)"
