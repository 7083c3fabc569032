#!/bin/sh
# tests/scan/run.sh BIN - a scan killed at any point, then run again, ends in
# the same store as an uninterrupted scan, and skips what it had finished.
#
# Kill points: LEXGAP_SCAN_DIE_AFTER=N (the writer SIGKILLs itself halfway
# through storing document N+1, the worst moment), chained kills, and real
# `kill -9` after seeded sleeps. The corpus is built in /tmp only: the repo's
# corpus/ and ../shared/corpus when present, plus generated files.
set -u
[ $# -ge 1 ] || { echo "usage: $0 BIN" >&2; exit 3; }
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
T=$(mktemp -d /tmp/lexgap-scan-test-XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
C=$T/corpus
fails=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
cd "$REPO" || exit 4	# rules/ resolve from here

# --- the corpus ------------------------------------------------------------
mkdir -p "$C/gen/en" "$C/gen/fr/sub" "$C/.hidden" "$C/bad"
[ -d corpus ] && cp -R corpus "$C/repo"
for d in text html akn; do
	[ -d "$SHARED/corpus/$d" ] && cp -R "$SHARED/corpus/$d" "$C/shared-$d"
done
i=0
while [ $i -lt 120 ]; do	# deterministic generated acts, some nested
	dir=$C/gen/en; [ $((i % 3)) -eq 0 ] && dir=$C/gen/fr/sub
	{
		echo "Act $i of 2024 on trafficking in persons"
		j=1
		while [ $j -le $((5 + i % 17)) ]; do
			echo
			echo "Article $j"
			echo "Whoever recruits, transports or harbours a person for forced labour ($i.$j) shall be"
			echo "punished with imprisonment of not less than $j years."
			j=$((j + 1))
		done
	} > "$dir/act-$i.txt"
	i=$((i + 1))
done
echo "Article 1 Hidden" > "$C/.hidden/skip.txt"	# hidden: never scanned
: > "$C/bad/empty.txt"				# unreadable: recorded, exit 2
printf 'Article 1\n\000binary' > "$C/bad/binary.md"
echo "not a law" > "$C/gen/notes.pdf"		# unsupported extension
ln -s .. "$C/gen/loop"				# symlink loop
chmod -R u+w "$C"

# --- helpers ---------------------------------------------------------------
# The store's logical content: no ids, run ids or timestamps.
dump() {
	sqlite3 "$1" "
	SELECT 'D', path, hash, size, format, title, country, lang, date, nprov, glotip,
	    glotip_reason, error FROM documents ORDER BY path;
	SELECT 'P', d.path, p.idx, p.parent, p.eid, p.kind, p.num, p.heading, p.path, p.line, p.text
	    FROM provisions p JOIN documents d ON d.id = p.doc_id ORDER BY 2, 3;
	SELECT 'F', d.path, f.idx, f.requirement, f.status, f.computed, f.value, f.value_text,
	    f.explanation, f.waiver FROM findings f JOIN documents d ON d.id = f.doc_id ORDER BY 2, 3;
	SELECT 'E', d.path, f.idx, e.idx, e.element, e.status, e.note FROM elements e
	    JOIN findings f ON f.id = e.finding_id JOIN documents d ON d.id = f.doc_id ORDER BY 2, 3, 4;
	SELECT 'V', d.path, f.idx, e.idx, v.idx, v.eid, v.line, v.quote, v.hl_start, v.hl_len
	    FROM evidence v JOIN elements e ON e.id = v.element_id JOIN findings f ON f.id = e.finding_id
	    JOIN documents d ON d.id = f.doc_id ORDER BY 2, 3, 4, 5;
	SELECT 'S', count(*) FROM provisions_fts WHERE provisions_fts MATCH 'recruits OR trata OR traite';
	SELECT 'N', count(*) FROM provisions_fts;"
}
# Structural health: sqlite's own checks, FKs, FTS index against its content.
healthy() {
	[ "$(sqlite3 "$1" 'PRAGMA integrity_check')" = ok ] &&
	[ -z "$(sqlite3 "$1" 'PRAGMA foreign_key_check')" ] &&
	sqlite3 "$1" "INSERT INTO provisions_fts(provisions_fts, rank) VALUES ('integrity-check', 1)"
}
# scan DB [args]: run a scan, keep its summary line in $T/last.
scan() {
	db=$1; shift
	"$BIN" scan "$C" --db "$db" "$@" 2> "$T/err"
	st=$?
	grep '^lexgap: scan:' "$T/err" > "$T/last" || : > "$T/last"
	return $st
}
count() { sed -n "s/.* $1 \([0-9]*\).*/\1/p" "$T/last"; }

# --- the reference: one uninterrupted scan ---------------------------------
scan "$T/a.db"; st=$?
total=$(sed -n 's/^lexgap: scan: \([0-9]*\) documents.*/\1/p' "$T/last")
[ "$st" = 2 ] && pass "uninterrupted scan: exit 2 (bad files recorded): $(cat "$T/last")" ||
	{ fail "uninterrupted scan: exit $st"; cat "$T/err"; }
dump "$T/a.db" > "$T/a.dump"
healthy "$T/a.db" && pass "reference store is healthy" || fail "reference store unhealthy"
grep -q "empty.txt.*empty file" "$T/err" && pass "bad file reported on stderr" || fail "bad file not reported"
[ "$(sqlite3 "$T/a.db" "SELECT count(*) FROM documents WHERE error IS NOT NULL AND path LIKE '%/bad/%'")" = 2 ] &&
	pass "bad files recorded in documents.error" || fail "bad files not recorded"
[ "$(sqlite3 "$T/a.db" "SELECT count(*) FROM documents WHERE path LIKE '%hidden%' OR path LIKE '%.pdf' OR path LIKE '%/loop/%'")" = 0 ] &&
	pass "hidden dirs, other extensions and symlink loops skipped" || fail "walk selected the wrong files"

# The same store whatever the number of workers.
scan "$T/j1.db" -j1
dump "$T/j1.db" | cmp -s - "$T/a.dump" && pass "-j1 store equals the default -j store" || fail "-j1 store differs"

# A third run of an unchanged corpus skips everything.
scan "$T/a.db"
[ "$(count skipped)" = "$total" ] && [ "$(count checked)" = 0 ] &&
	pass "unchanged rerun: skipped $total of $total" || fail "unchanged rerun: $(cat "$T/last")"
dump "$T/a.db" | cmp -s - "$T/a.dump" && pass "unchanged rerun leaves the store as it was" || fail "unchanged rerun changed the store"

# --- kill inside the writer's transaction, then resume ----------------------
check_resume() {	# label db
	scan "$2"; st=$?
	if [ "$st" != 2 ]; then fail "$1: rerun exit $st"; cat "$T/err"; return; fi
	skipped=$(count skipped)
	if ! dump "$2" | cmp -s - "$T/a.dump"; then
		fail "$1: resumed store differs from the reference"
		dump "$2" | diff "$T/a.dump" - | head -5
	elif ! healthy "$2"; then
		fail "$1: resumed store unhealthy"
	else
		pass "$1: resumed store equals the reference ($(cat "$T/last" | sed 's/.*: checked/checked/'))"
	fi
}
for n in 0 1 7 40 $((total - 1)); do
	rm -f "$T/b.db"*
	LEXGAP_SCAN_DIE_AFTER=$n scan "$T/b.db"; st=$?
	[ "$st" = 137 ] || fail "die after $n: exit $st, expected 137 (SIGKILL)"
	check_resume "die after $n" "$T/b.db"
	if [ "$n" -gt 0 ] && [ "${skipped:-0}" -lt "$n" ]; then
		fail "die after $n: rerun skipped only ${skipped:-0}"
	fi
done

# Killed twice in a row, different worker counts, then finished.
rm -f "$T/b.db"*
LEXGAP_SCAN_DIE_AFTER=11 scan "$T/b.db" -j2
LEXGAP_SCAN_DIE_AFTER=13 scan "$T/b.db" -j1
check_resume "killed twice" "$T/b.db"
[ "${skipped:-0}" -ge 24 ] && pass "killed twice: the rerun skipped $skipped committed documents" ||
	fail "killed twice: skipped only ${skipped:-0}"

# --- real kill -9 at seeded moments ----------------------------------------
# Bigger files so that a scan lasts long enough to be caught mid-way.
i=0
while [ $i -lt 40 ]; do
	j=0
	while [ $j -lt 40 ]; do cat "$C/gen/en/act-1.txt"; j=$((j + 1)); done > "$C/gen/big-$i.txt"
	i=$((i + 1))
done
rm -f "$T/a.db"*
scan "$T/a.db"
total=$(sed -n 's/^lexgap: scan: \([0-9]*\) documents.*/\1/p' "$T/last")
dump "$T/a.db" > "$T/a.dump"
for ms in 30 80 150 250 400; do
	rm -f "$T/b.db"*
	"$BIN" scan "$C" --db "$T/b.db" -q 2>/dev/null &
	pid=$!
	sleep "0.$(printf %03d $ms)"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	check_resume "kill -9 after ${ms} ms" "$T/b.db"
done

# --- changed, new and deleted files ----------------------------------------
echo "Article 99 Amended" >> "$C/gen/en/act-1.txt"
rm "$C/gen/en/act-2.txt"
scan "$T/a.db"
[ "$(count checked)" = 1 ] && [ "$(count removed)" = 1 ] && [ "$(count skipped)" = $((total - 2)) ] &&
	pass "edit + delete: checked 1, removed 1, skipped the rest" || fail "edit + delete: $(cat "$T/last")"
scan "$T/fresh.db"
dump "$T/fresh.db" > "$T/fresh.dump"
dump "$T/a.db" | cmp -s - "$T/fresh.dump" && pass "incremental store equals a fresh scan of the edited corpus" ||
	fail "incremental store differs from a fresh scan"

# --- the store commands on the result ----------------------------------------
"$BIN" search --db "$T/a.db" --limit 3 forced labour > "$T/search" 2>&1 &&
	grep -q "\[forced labour\]" "$T/search" && pass "search finds and highlights" || { fail "search"; cat "$T/search"; }
"$BIN" report --db "$T/a.db" --format json -o "$T/report.json" && [ -s "$T/report.json" ] &&
	pass "report --db renders" || fail "report --db"
# A stored run renders exactly as a live check of the same files.
sqlite3 "$T/a.db" "SELECT path FROM documents ORDER BY path" > "$T/paths"
"$BIN" report --db "$T/a.db" --format json > "$T/stored.json" 2>/dev/null
tr '\n' '\0' < "$T/paths" | xargs -0 "$BIN" check --fail-on never --format json > "$T/live.json" 2>/dev/null
cmp -s "$T/stored.json" "$T/live.json" && pass "report --db json equals check json of the same files" ||
	{ fail "report --db json differs from check json"; diff "$T/stored.json" "$T/live.json" | head -5; }
"$BIN" matrix --db "$T/a.db" --format csv > /dev/null 2>&1 && pass "matrix --db runs" || fail "matrix --db"
echo "garbage garbage garbage" > "$T/corrupt.db"
"$BIN" report --db "$T/corrupt.db" 2> "$T/err"; st=$?
[ "$st" = 4 ] && grep -q "corrupt.db.*not a database" "$T/err" && pass "corrupt store: exit 4 with the path" ||
	fail "corrupt store: exit $st: $(cat "$T/err")"

[ $fails = 0 ] && { echo "scan tests: all passed"; exit 0; }
echo "scan tests: $fails failed"
exit 1
