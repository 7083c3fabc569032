#!/usr/bin/env bash
# tests/leakcheck.sh BUILD - the test suite under valgrind (make leakcheck):
# every unit test binary, every fuzz replay binary on its seeds, and the CLI on
# the corpus/ samples, the fuzz seeds and the error paths, in every format.
# Any memory error or definite/indirect leak fails the run.
set -eu
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BIN=$BUILD/lexgap
if ! command -v valgrind >/dev/null 2>&1; then
	echo "leakcheck: valgrind not installed (scripts/deps.sh installs it)" >&2
	exit 1
fi
[ -x "$BIN" ] || { echo "leakcheck: no $BIN; run make first" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/lexgap-leak.XXXXXX")
trap 'rm -rf "$T"' EXIT
if [ -z "${LEXGAP_RULES:-}" ]; then
	LEXGAP_RULES=$ROOT/rules/tip-protocol
	[ -f "$LEXGAP_RULES/pack.conf" ] || [ ! -f tests/data/mini-pack/pack.conf ] ||
		LEXGAP_RULES=$ROOT/tests/data/mini-pack
fi
export LEXGAP_RULES NO_COLOR=1
VG="valgrind -q --suppressions=$ROOT/tests/valgrind.supp --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --track-origins=yes --num-callers=30"
npass=0 nfail=0

vg() {	# vg NAME CMD... : run under valgrind; exit 99 (valgrind's) is a failure
	local name=$1 rc
	shift
	set +e
	$VG --log-file="$T/vg.log" "$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	set -e
	if [ $rc -eq 99 ] || [ $rc -ge 128 ] || [ -s "$T/vg.log" ]; then
		echo "FAIL: $name (exit $rc)"
		sed -n '1,60p' "$T/vg.log" | sed 's/^/    /'
		nfail=$((nfail + 1))
	else
		echo "PASS: $name"
		npass=$((npass + 1))
	fi
}

# Inputs: the bundled corpus (when there is one), the fuzz seeds, and a few made here.
inputs=()
for f in corpus/* corpus/*/*; do
	[ -f "$f" ] && inputs+=("$f")
done
printf 'Article 1\nWhoever recruits a person for exploitation shall be punished by imprisonment of 10 years.\n' >"$T/law.txt"
printf 'Article 1\n<script>alert(1)</script> =cmd|x \001\033[31m Caf\351\n' >"$T/hostile.txt"
: >"$T/empty.txt"
inputs+=("$T/law.txt" "$T/hostile.txt" "$T/empty.txt" "$T/missing.txt")
seeds=()
for f in tests/fuzz/seeds/akn/* tests/fuzz/seeds/html/*; do
	[ -f "$f" ] && seeds+=("$f")
done
echo "== leakcheck: ${#inputs[@]} corpus/test inputs, ${#seeds[@]} seed files, $BIN"

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] && vg "unit $(basename "$t")" "$t"
done
for t in "$BUILD"/fuzz-replay/fuzz_*; do
	[ -x "$t" ] || continue
	case $t in *.d) continue ;; esac
	name=${t##*/fuzz_}
	vg "fuzz replay $name" "$t" "tests/fuzz/seeds/$name"
done

formats=$("$BIN" check --format nope x 2>&1 | sed -n 's/.*(one of \([a-z|]*\)).*/\1/p' | tr '|' ' ')
for f in ${formats:-text json}; do
	vg "check --format $f (corpus and test inputs)" "$BIN" check --format "$f" --fail-on never "${inputs[@]}"
done
vg "check --framework --format json" "$BIN" check --framework --format json --fail-on never "${inputs[@]}"
vg "check (seed files, bad and good)" "$BIN" check --fail-on never "${seeds[@]}"
vg "dump (seed files)" "$BIN" dump "${seeds[@]}"
vg "dump --text (test inputs)" "$BIN" dump --text "${inputs[@]}"
vg "check: unwritable output" "$BIN" check -o /proc/nope/x "$T/law.txt"
vg "check: missing rule pack" "$BIN" check --rules /nonexistent/pack "$T/law.txt"
vg "check: --max-size" "$BIN" check --max-size 10 "$T/law.txt"
vg "usage error" "$BIN" check --bogus
vg "unknown command" "$BIN" frobnicate
vg "--help" "$BIN" --help
echo "----"
echo "leakcheck: $npass passed, $nfail failed"
[ $nfail -eq 0 ]
