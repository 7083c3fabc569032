#!/bin/sh
# tests/fuzz/deps.sh - make sure clang and its libFuzzer/sanitizer runtimes are
# there (Debian: clang, libclang-rt-14-dev). As root, installs what is missing;
# otherwise names it and fails.
set -u
CC=${FUZZ_CC:-clang}
probe() {
	command -v "$CC" >/dev/null 2>&1 || return 1
	printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n){(void)d;(void)n;return 0;}\n' |
	    "$CC" -x c -fsanitize=fuzzer,address,undefined -o /dev/null - >/dev/null 2>&1
}
probe && exit 0
pkgs="clang libclang-rt-14-dev"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "fuzz: installing $pkgs" >&2
	export DEBIAN_FRONTEND=noninteractive
	{ apt-get update -qq >/dev/null && apt-get install -y -qq $pkgs >/dev/null; } ||
	    { echo "fuzz: apt-get install $pkgs failed" >&2; exit 1; }
	probe && exit 0
	echo "fuzz: $CC still cannot link -fsanitize=fuzzer" >&2
	exit 1
fi
echo "fuzz: $CC cannot link -fsanitize=fuzzer; install: sudo apt-get install $pkgs" >&2
exit 1
