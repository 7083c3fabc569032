# shellcheck shell=bash
# tests/cli/lib.sh - a small test harness for the lexgap CLI (sourced by run.sh).
#
#   begin NAME                      start a case
#   run [--in FILE] -- CMD...       run CMD (stdout $T/out, stderr $T/err, $RC, $MS)
#   expect_exit N -- CMD...         run CMD and expect exit status N
#   expect_exit_in "0 2" -- CMD...  ... one of several statuses
#   expect_stdout_re ERE / expect_stderr_re ERE / expect_no_stdout_re / expect_no_stderr_re
#   expect_error_line FILE [line]   stderr holds exactly one error, in the diagnostic
#                                   format "lexgap: FILE[:LINE[:COL]]: error: MSG [code]"
#   expect_usage_error ERE          stderr is one usage line (+ the "Try" hint)
#   expect_faster MS                the last command took less than MS milliseconds
#   ok COND-DESCRIPTION / bad WHY   record a check by hand
#   end                             print PASS or FAIL for the case
#   skip NAME WHY                   print a visible SKIP line
# Every case prints one PASS/FAIL/SKIP line; summary() prints the totals and
# returns non-zero when anything failed.

NPASS=0
NFAIL=0
NSKIP=0
CASE=
CASE_BAD=0
CASE_WHY=
RC=0
MS=0
# Commands run under a timeout so that a hang is a failure, not a stuck CI job.
TIMEOUT=${LEXGAP_TEST_TIMEOUT:-120}

begin() {
	CASE=$1
	CASE_BAD=0
	CASE_WHY=
}

bad() {
	CASE_BAD=$((CASE_BAD + 1))
	CASE_WHY="$CASE_WHY
      - $*"
}

end() {
	if [ "$CASE_BAD" -eq 0 ]; then
		echo "PASS: $CASE"
		NPASS=$((NPASS + 1))
	else
		echo "FAIL: $CASE$CASE_WHY"
		if [ -s "$T/err" ]; then
			echo "      stderr (first lines):"
			head -n 8 "$T/err" | cut -c1-300 | sed 's/^/        | /'
		fi
		NFAIL=$((NFAIL + 1))
	fi
	CASE=
}

skip() {
	echo "SKIP: $1 ($2)"
	NSKIP=$((NSKIP + 1))
}

# Escape a string for use inside an ERE.
re_escape() {
	printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'
}

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

run() {
	local in=/dev/null t0
	if [ "${1:-}" = --in ]; then in=$2; shift 2; fi
	[ "${1:-}" = -- ] && shift
	t0=$(now_ms)
	set +e
	timeout -k 5 "$TIMEOUT" "$@" <"$in" >"$T/out" 2>"$T/err"
	RC=$?
	set -e
	MS=$(($(now_ms) - t0))
	if [ "$RC" -eq 124 ] || [ "$RC" -eq 137 ]; then
		bad "timed out after ${TIMEOUT}s: $*"
	elif [ "$RC" -ge 128 ]; then
		bad "killed by signal $((RC - 128)): $*"
	fi
	# A sanitizer report is always a failure, whatever the exit status.
	if grep -qE '^(==[0-9]+==ERROR: |SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer)|runtime error: ' "$T/err"; then
		bad "sanitizer report: $(grep -m1 -E 'ERROR:|runtime error:' "$T/err" | cut -c1-200)"
	fi
}

expect_exit() {
	local want=$1
	shift
	run "$@"
	[ "$RC" -eq "$want" ] || bad "exit status $RC, expected $want"
}

expect_exit_in() {
	local want=$1 w
	shift
	run "$@"
	for w in $want; do
		[ "$RC" -eq "$w" ] && return 0
	done
	bad "exit status $RC, expected one of: $want"
}

expect_stdout_re() {
	grep -qE -- "$1" "$T/out" || bad "stdout does not match /$1/"
}

expect_stderr_re() {
	grep -qE -- "$1" "$T/err" || bad "stderr does not match /$1/"
}

expect_no_stdout_re() {
	! grep -qE -- "$1" "$T/out" || bad "stdout matches /$1/: $(grep -m1 -E -- "$1" "$T/out" | cut -c1-160)"
}

expect_no_stderr_re() {
	! grep -qE -- "$1" "$T/err" || bad "stderr matches /$1/: $(grep -m1 -E -- "$1" "$T/err" | cut -c1-160)"
}

expect_stdout_nonempty() {
	[ -s "$T/out" ] || bad "stdout is empty"
}

expect_stdout_empty() {
	[ ! -s "$T/out" ] || bad "stdout is not empty: $(head -c 160 "$T/out")"
}

expect_faster() {
	[ "$MS" -lt "$1" ] || bad "took ${MS} ms (limit $1 ms)"
}

# Diagnostic lines: every stderr line is either a diagnostic, a sanitizer-free
# usage hint, or nothing at all.
DIAG_RE='^lexgap: (.+: )?(note|warning|error): .+ \[[A-Za-z0-9_.-]+\]$'

# expect_error_line FILE [line]: exactly one error line, naming FILE (and a
# line number when the second argument is "line"); every other stderr line is
# a well-formed diagnostic too (warnings are allowed).
expect_error_line() {
	local f re n
	f=$(re_escape "$1")
	if [ "${2:-}" = line ]; then
		re="^lexgap: $f:[0-9]+:([0-9]+:)? error: .+ \\[[A-Za-z0-9_.-]+\\]\$"
	else
		re="^lexgap: $f:([0-9]+:([0-9]+:)?)? error: .+ \\[[A-Za-z0-9_.-]+\\]\$"
	fi
	n=$(grep -c ': error: ' "$T/err" || true)
	[ "$n" -eq 1 ] || bad "$n error lines on stderr, expected exactly 1"
	grep -qE -- "$re" "$T/err" || bad "no error line of the form 'lexgap: $1${2:+:LINE}[:COL]: error: MSG [code]'"
	expect_all_diag_lines
}

# Every stderr line is a diagnostic in the CLI's format.
# DIAG_EXTRA_RE, when set, matches further lines a command may print (a
# progress summary of scan, say).
DIAG_EXTRA_RE=
expect_all_diag_lines() {
	local badline
	badline=$(grep -vE -- "$DIAG_RE" "$T/err" | { if [ -n "$DIAG_EXTRA_RE" ]; then grep -vE -- "$DIAG_EXTRA_RE"; else cat; fi; } | head -n 1 || true)
	[ -z "$badline" ] || bad "stderr line not in the diagnostic format: $(printf '%s' "$badline" | cut -c1-200)"
}

# A usage error: one "lexgap: ..." line matching ERE, optionally followed by the
# "Try 'lexgap --help'." hint; nothing on stdout.
expect_usage_error() {
	local n
	n=$(grep -c '^lexgap: ' "$T/err" || true)
	[ "$n" -eq 1 ] || bad "$n 'lexgap:' lines on stderr, expected 1"
	grep -qE -- "^lexgap: .*$1" "$T/err" || bad "usage message does not match /$1/"
	! grep -vqE "^(lexgap: |Try 'lexgap --help'\\.\$)" "$T/err" ||
		bad "stray stderr line: $(grep -vE "^(lexgap: |Try 'lexgap --help'\\.\$)" "$T/err" | head -n1 | cut -c1-160)"
	expect_stdout_empty
}

summary() {
	echo "----"
	echo "cli tests: $NPASS passed, $NFAIL failed, $NSKIP skipped"
	[ "$NFAIL" -eq 0 ]
}

expect_stderr_rei() {
	grep -qiE -- "$1" "$T/err" || bad "stderr does not match /$1/i"
}

# pycheck WHAT ARGS... : run the python3 script on stdin; a failure is recorded
# with the script's last stderr line.
pycheck() {
	local what=$1
	shift
	if ! python3 - "$@" >"$T/py.out" 2>"$T/py.err"; then
		bad "$what: $(tail -n 1 "$T/py.err" | cut -c1-240)"
	fi
}
