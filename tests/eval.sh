#!/bin/sh
# make eval: agreement of lexgap with the expert labels in ../shared/corpus/gold/dev.tsv.
# Skips cleanly when the shared corpus is absent (it is not ours to ship).
set -eu
BIN=$1
SHARED=${2:-../shared}
if [ ! -f "$SHARED/corpus/gold/dev.tsv" ]; then
	echo "eval: SKIP ($SHARED/corpus/gold/dev.tsv not found)"
	exit 0
fi
exec "$BIN" eval ${EVAL_FLAGS:-} "$SHARED/corpus"
