#!/bin/sh
# tests/fuzz/run.sh FUZZ_BUILD SECONDS TARGET... - run each libFuzzer target for
# SECONDS on a working corpus seeded from tests/fuzz/seeds/TARGET (new inputs
# stay in FUZZ_BUILD/corpus; the seeds in git are not touched). A crash leaves
# its input in FUZZ_BUILD/artifacts/TARGET/ and fails the run; reproduce with
#   build/fuzz-replay/fuzz_TARGET FUZZ_BUILD/artifacts/TARGET/crash-...
set -eu
build=$1 secs=$2
shift 2
fail=0
# Each target also gets the rule packs of rules/ as seeds when it is fuzz_pack.
for t in "$@"; do
	corpus=$build/corpus/$t art=$build/artifacts/$t
	mkdir -p "$corpus" "$art"
	cp -n tests/fuzz/seeds/"$t"/* "$corpus"/ 2>/dev/null || true
	if [ "$t" = pack ]; then
		for p in rules/*/ tests/data/*/; do
			[ -f "$p/pack.conf" ] && tests/fuzz/pack_bundle.sh "$p" >"$corpus/pack-$(basename "$p")"
		done
	fi
	dict=
	[ -f tests/fuzz/"$t".dict ] && dict=-dict=tests/fuzz/"$t".dict
	echo "== fuzz_$t: ${secs}s"
	set +e
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
	"$build/fuzz_$t" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
	    -print_final_stats=1 -artifact_prefix="$art/" $dict "$corpus" >"$build/fuzz_$t.log" 2>&1
	rc=$?
	set -e
	grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)' "$build/fuzz_$t.log" | sed 's/^/   /' || true
	if [ $rc -ne 0 ]; then
		echo "FAIL: fuzz_$t (exit $rc): see $build/fuzz_$t.log and $art/"
		grep -m1 -E 'ERROR: |runtime error|invariant failed|deadly signal|timeout' "$build/fuzz_$t.log" | sed 's/^/   /' || true
		fail=1
	else
		echo "PASS: fuzz_$t"
	fi
done
exit $fail
