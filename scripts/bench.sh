#!/bin/sh
# scripts/bench.sh BIN SHARED - `make bench`: lexgap against the XML parse
# floor (design.md §7), and scan throughput with one worker against two.
#
#  1. A ~20 MB Akoma Ntoso document built deterministically in /tmp from the
#     Mexican federal penal code (its <body> repeated inside one act).
#     `lexgap check` vs `xmllint --noout`: median wall time and peak RSS of 3
#     runs each.  Targets: time <= 2x, memory <= 1.5x.
#  2. A corpus of many files in /tmp; `scan -j1` vs `scan -j2` (fresh store
#     each run): docs/s, MB/s.  Target: -j2 >= 1.7x -j1. Beside it, what two
#     processes get out of this machine's two CPUs, measured in the same
#     rounds (BENCH_SCAN_RUNS, default 5).
# Prints figures only; it is a benchmark, not a test, and exits 0 unless it
# cannot run at all.
set -u
[ $# -ge 1 ] || { echo "usage: $0 BIN [SHARED]" >&2; exit 3; }
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SHARED=${2:-../shared}
REPO=$(cd "$(dirname "$0")/.." && pwd)
TIME=/usr/bin/time
T=$(mktemp -d /tmp/lexgap-bench-XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
cd "$REPO" || exit 4
if [ ! -x "$TIME" ]; then
	echo "bench: $TIME missing (Debian package 'time'; make deps installs it)" >&2
	exit 4
fi
RUNS=${BENCH_RUNS:-3}
echo "lexgap bench: $("$BIN" --version), $(nproc) CPUs, $(uname -m), $RUNS runs each, median"

# measure OUT CMD...: median "seconds kilobytes" of $RUNS runs into OUT;
# the last run's exit status into OUT.rc.
measure() {
	out=$1; shift
	: > "$out.all"
	n=0
	while [ $n -lt "$RUNS" ]; do
		"$TIME" -f '%e %M' -o "$out.one" "$@" > /dev/null 2> "$out.err"
		echo $? > "$out.rc"
		tail -n 1 "$out.one" >> "$out.all"
		n=$((n + 1))
	done
	mid=$(( (RUNS + 1) / 2 ))
	echo "$(cut -d' ' -f1 "$out.all" | sort -n | sed -n "${mid}p") $(cut -d' ' -f2 "$out.all" | sort -n | sed -n "${mid}p")" > "$out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" -v t="$2" -v dir="$3" 'BEGIN {
	if (r == "n/a") print "n/a"; else if ((dir == "le" && r <= t) || (dir == "ge" && r >= t)) print "PASS"; else print "MISS" }'; }

# --- 1. one 20 MB code ------------------------------------------------------
SRC=$SHARED/corpus/akn/mx/cpf.xml
if [ ! -r "$SRC" ]; then
	echo "check vs xmllint: skipped ($SRC not found; needs ../shared)"
else
	BIG=$T/cpf-20mb.xml
	# Lines up to <body>, the body's lines repeated, then </body> onward: well
	# formed, the same text many times, byte-for-byte reproducible.
	open=$(grep -n '<body[ >]' "$SRC" | head -n 1 | cut -d: -f1)
	close=$(grep -n '</body>' "$SRC" | tail -n 1 | cut -d: -f1)
	sed -n "$((open + 1)),$((close - 1))p" "$SRC" > "$T/body"
	bsize=$(wc -c < "$T/body")
	reps=$(( (20000000 + bsize - 1) / bsize ))
	{
		sed -n "1,${open}p" "$SRC"
		i=0
		while [ $i -lt $reps ]; do cat "$T/body"; i=$((i + 1)); done
		sed -n "${close},\$p" "$SRC"
	} > "$BIG"
	mb=$(awk -v b="$(wc -c < "$BIG")" 'BEGIN { printf "%.1f", b / 1e6 }')
	if ! xmllint --noout "$BIG" 2> "$T/xmllint.err"; then
		echo "check vs xmllint: the generated file is not well-formed: $(head -n 1 "$T/xmllint.err")"
	else
		measure "$T/x" xmllint --noout "$BIG"
		measure "$T/c" "$BIN" check --fail-on never --format json -o /dev/null "$BIG"
		read xs xk < "$T/x"
		read cs ck < "$T/c"
		echo "file: cpf.xml body x$reps = $mb MB"
		printf "  xmllint --noout      %6.2f s  %8d KB\n" "$xs" "$xk"
		printf "  lexgap check         %6.2f s  %8d KB   (exit %s)\n" "$cs" "$ck" "$(cat "$T/c.rc")"
		if [ "$(cat "$T/c.rc")" != 0 ]; then
			echo "  NOTE: check did not read the file ($(grep -m1 error "$T/c.err" | sed 's/^lexgap: //'));"
			echo "        the ratios below do not measure a real check (AKN loader not merged yet?)"
		fi
		rt=$(ratio "$cs" "$xs"); rm_=$(ratio "$ck" "$xk")
		echo "  time   ratio check/xmllint: ${rt}x   target <= 2.00x   $(verdict "$rt" 2 le)"
		echo "  memory ratio check/xmllint: ${rm_}x   target <= 1.50x   $(verdict "$rm_" 1.5 le)"
	fi
fi

# --- 2. scan -j1 vs -j2 ------------------------------------------------------
C=$T/corpus
mkdir -p "$C"
# Sources: our corpus, the shared one when present, and generated acts so that
# the corpus is never empty. 200 files cycle through them.
: > "$T/src"
[ -d corpus ] && find corpus -type f \( -name '*.xml' -o -name '*.md' -o -name '*.txt' -o -name '*.html' \) | sort >> "$T/src"
[ -d "$SHARED/corpus" ] && find "$SHARED/corpus/text" "$SHARED/corpus/html" "$SHARED/corpus/akn" -type f \
	\( -name '*.xml' -o -name '*.md' -o -name '*.txt' -o -name '*.html' \) 2>/dev/null | sort >> "$T/src"
i=0
while [ $i -lt 20 ]; do
	j=1
	{
		echo "Act $i on trafficking in persons"
		while [ $j -le 300 ]; do
			printf '\nArticle %d\nWhoever recruits, transports, transfers, harbours or receives a person by\n' $j
			printf 'means of threat, force or deception for the purpose of exploitation, including forced\n'
			printf 'labour, shall be punished with imprisonment of not less than %d years.\n' $((j % 20 + 1))
			j=$((j + 1))
		done
	} > "$T/gen-$i.txt"
	echo "$T/gen-$i.txt" >> "$T/src"
	i=$((i + 1))
done
nsrc=$(wc -l < "$T/src")
i=0
while [ $i -lt 200 ]; do
	f=$(sed -n "$((i % nsrc + 1))p" "$T/src")
	ext=${f##*.}
	cp "$f" "$C/doc-$(printf %03d $i).$ext"
	i=$((i + 1))
done
chmod -R u+w "$C"
cmb=$(du -sb "$C" | awk '{ printf "%.1f", $1 / 1e6 }')
echo "corpus: 200 files, $cmb MB ($nsrc distinct sources)"
# Each round runs scan -j1, scan -j2, and a calibration of the machine:
# two `lexgap check` processes over the same 200 files one after the other,
# then side by side. The calibration shares nothing but the machine (no
# locks, no sqlite), so no threaded scan can beat its ratio; on a shared
# virtual machine two busy vCPUs can give far less than 2x, and the speed of
# one drifts by a third within minutes, so every ratio is taken within one
# round and the medians are of those.
SRUNS=${BENCH_SCAN_RUNS:-5}
: > "$T/j1.all"; : > "$T/j2.all"; : > "$T/pair"; : > "$T/j1.store"; : > "$T/j2.store"; : > "$T/cal"; : > "$T/share"
n=0
while [ $n -lt "$SRUNS" ]; do
	for j in 1 2; do
		rm -f "$T/s.db" "$T/s.db-wal" "$T/s.db-shm"
		"$TIME" -f '%e %M' -o "$T/j$j.one" "$BIN" scan "$C" --db "$T/s.db" -j$j 2> "$T/j$j.err"
		tail -n 1 "$T/j$j.one" >> "$T/j$j.all"
		# The scan's own account: wall seconds and seconds inside the store lock.
		sed -n 's/^lexgap: scan: .* in \([0-9.]*\) s: .*storing \([0-9.]*\) s$/\1 \2/p' "$T/j$j.err" >> "$T/j$j.store"
	done
	"$TIME" -f '%e' -o "$T/cal.seq" sh -c '"$0" check --fail-on never -o /dev/null "$1"/* 2>/dev/null;
	    "$0" check --fail-on never -o /dev/null "$1"/* 2>/dev/null' "$BIN" "$C"
	"$TIME" -f '%e' -o "$T/cal.par" sh -c '"$0" check --fail-on never -o /dev/null "$1"/* 2>/dev/null &
	    "$0" check --fail-on never -o /dev/null "$1"/* 2>/dev/null; wait' "$BIN" "$C"
	r=$(echo "$(tail -n 1 "$T/j1.all" | cut -d' ' -f1) $(tail -n 1 "$T/j2.all" | cut -d' ' -f1)" |
	    awk '$2 > 0 { printf "%.3f", $1 / $2 }')
	c=$(echo "$(tail -n 1 "$T/cal.seq") $(tail -n 1 "$T/cal.par")" | awk '$2 > 0 { printf "%.3f", $1 / $2 }')
	echo "$r" >> "$T/pair"; echo "$c" >> "$T/cal"
	awk -v r="$r" -v c="$c" 'BEGIN { if (c > 0) printf "%.3f\n", r / c }' >> "$T/share"
	n=$((n + 1))
done
med() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print 0 }'; }
for j in 1 2; do
	s=$(cut -d' ' -f1 "$T/j$j.all" | med)
	awk -v s="$s" -v mb="$cmb" -v j=$j 'BEGIN { printf "  scan -j%d   %6.2f s   %7.1f docs/s   %6.1f MB/s\n", j, s, (s > 0 ? 200 / s : 0), (s > 0 ? mb / s : 0) }'
done
list() { tr '\n' ' ' < "$1" | sed 's/ $//'; }
rj=$(med < "$T/pair")
echo "  speedup -j2/-j1: ${rj}x (median of $SRUNS rounds: $(list "$T/pair"))   target >= 1.70x   $(verdict "$rj" 1.7 ge)"
# Storing (sqlite + FTS5) is one critical section. At -j2 its share of the
# wall time says how busy the store lock was; the -j1 wall time over the
# time spent in that lock at -j2 bounds the speedup (Amdahl). -j1 also
# checkpoints inside it, -j2 on a thread of its own (db_ckpt.c).
awk -v w1="$(cut -d' ' -f1 "$T/j1.store" | med)" '{ e += $1; st += $2 } END {
	if (e > 0 && st > 0) printf "  store lock at -j2: busy %.0f%% of the scan; %.2f s per scan, so 2 threads can reach at most %.2fx\n",
	    100 * st / e, st / NR, w1 / (st / NR) }' "$T/j2.store"
echo "  machine: 2 check processes side by side vs one after the other: $(med < "$T/cal")x (rounds: $(list "$T/cal"))"
echo "  scan speedup / machine speedup, same round: $(med < "$T/share") (rounds: $(list "$T/share"))"
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
[ -n "$load" ] && echo "  load average now: $load on $(nproc) CPUs (other processes skew wall-time ratios)"
failed=$(sqlite3 "$T/s.db" "SELECT count(*) FROM documents WHERE error IS NOT NULL" 2>/dev/null)
[ "${failed:-0}" != 0 ] && echo "  NOTE: $failed of 200 files could not be read by this build (placeholder loaders?)"
exit 0
