#!/bin/sh
# Install what lexgap needs to build and test, from Debian's packages.
# As root it runs apt-get; otherwise it names the missing packages and stops.
set -u
missing=""
need() {	# need <debian-package> <test command...>
	pkg=$1; shift
	"$@" >/dev/null 2>&1 || missing="$missing $pkg"
}
need pkg-config       command -v pkg-config
need libxml2-dev      pkg-config --exists libxml-2.0
need libpcre2-dev     pkg-config --exists libpcre2-8
need libsqlite3-dev   pkg-config --exists sqlite3
need libcmocka-dev    pkg-config --exists cmocka
need libxml2-utils    command -v xmllint
need sqlite3          command -v sqlite3
need valgrind         command -v valgrind
need gcc              command -v gcc
need make             command -v make
need python3          command -v python3	# golden tests: JSON, CSV and SARIF checks
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null || {
		echo "deps: apt-get install$missing failed" >&2; exit 1; }
	exit 0
fi
echo "deps: missing Debian packages:$missing" >&2
echo "deps: install them with: sudo apt-get install$missing" >&2
exit 1
