#!/bin/sh
# tests/fuzz/pack_bundle.sh PACKDIR - print a rule pack as one fuzz_pack input:
# pack.conf first, then "=== RELATIVE/PATH" and each other file.
set -eu
dir=$1
[ -f "$dir/pack.conf" ] || { echo "pack_bundle: no $dir/pack.conf" >&2; exit 1; }
cat "$dir/pack.conf"
(cd "$dir" && find . -type f ! -name pack.conf ! -name '.*' | sed 's|^\./||' | LC_ALL=C sort) |
while IFS= read -r f; do
	printf '=== %s\n' "$f"
	cat "$dir/$f"
done
