#!/usr/bin/env bash
# tests/cli/run.sh BIN - the lexgap CLI contract (design.md §5 and §8):
# every exit status, the one-line diagnostics, batches, and the bad-input
# battery (bad_input.sh). Parts of lexgap that have not landed yet (AKN loader,
# HTML importer, engine with requirements, renderers, scan/sqlite) make their
# tests SKIP visibly; the same tests run, and must pass, once they land.
#
#   tests/cli/run.sh build/lexgap            (make cli)
#   tests/cli/run.sh build/san/lexgap        (make san)
set -eu

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
	echo "usage: $0 PATH/TO/lexgap" >&2
	exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/lexgap-cli.XXXXXX")
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
# The rule pack: $LEXGAP_RULES, else the real pack, else (while the real pack
# is being written) the engine's test pack.
if [ -z "${LEXGAP_RULES:-}" ]; then
	LEXGAP_RULES=$ROOT/rules/tip-protocol
	[ -f "$LEXGAP_RULES/pack.conf" ] || [ ! -f "$ROOT/tests/data/mini-pack/pack.conf" ] ||
		LEXGAP_RULES=$ROOT/tests/data/mini-pack
fi
export LEXGAP_RULES
export NO_COLOR=1
# Sanitizer builds: abort on the first report, no leak noise from libxml2 globals.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

. "$HERE/lib.sh"
HAVE_PY=0
command -v python3 >/dev/null 2>&1 && HAVE_PY=1

echo "== lexgap CLI tests: $BIN (rules: $LEXGAP_RULES)"

# ---------------------------------------------------------------- fixtures
D=$T/in
mkdir -p "$D"
cat >"$D/good.txt" <<'EOF'
Fisheries Act

Article 1
This Act regulates the fishing of cod in the coastal waters of the State.

Article 2
Licences are issued by the Ministry for a period of one year.
EOF
cp "$D/good.txt" "$D/good2.txt"
# Minimal Akoma Ntoso 3.0 act, with the given namespace (and optional prolog).
akn_doc() {	# akn_doc NAMESPACE [BODY-TEXT]
	cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="$1">
  <act name="act">
    <meta>
      <identification source="#lexgap">
        <FRBRWork>
          <FRBRthis value="/akn/xx/act/2020/1/main"/>
          <FRBRuri value="/akn/xx/act/2020/1"/>
          <FRBRdate date="2020-01-01" name="enacted"/>
          <FRBRauthor href="#parliament"/>
          <FRBRcountry value="xx"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/xx/act/2020/1/eng@/main"/>
          <FRBRuri value="/akn/xx/act/2020/1/eng@"/>
          <FRBRdate date="2020-01-01" name="publication"/>
          <FRBRauthor href="#parliament"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/xx/act/2020/1/eng@/main.xml"/>
          <FRBRuri value="/akn/xx/act/2020/1/eng@.akn"/>
          <FRBRdate date="2020-01-01" name="generation"/>
          <FRBRauthor href="#lexgap"/>
        </FRBRManifestation>
      </identification>
    </meta>
    <body>
      <article eId="art_1">
        <num>Article 1</num>
        <heading>Scope</heading>
        <content><p>${2:-This Act regulates the fishing of cod in coastal waters.}</p></content>
      </article>
    </body>
  </act>
</akomaNtoso>
EOF
}
NS30=http://docs.oasis-open.org/legaldocml/ns/akn/3.0
NSWD17=http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17
NS20=http://www.akomantoso.org/2.0
akn_doc "$NS30" >"$D/akn30.xml"
akn_doc "$NSWD17" >"$D/akn-wd17.xml"
akn_doc "$NS20" >"$D/akn20.xml"
cat >"$D/page.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fisheries Act</title></head>
<body><h1>Fisheries Act</h1><h2>Article 1</h2><p>This Act regulates the fishing of cod.</p></body></html>
EOF

# ---------------------------------------------------------------- what has landed
# Formats, from the usage error of an unknown one: "(one of text|json|...)".
run -- "$BIN" check --format nope "$D/good.txt"
FORMATS=$(sed -n 's/.*(one of \([a-z|]*\)).*/\1/p' "$T/err" | head -n1 | tr '|' ' ')
[ -n "$FORMATS" ] || FORMATS="text json"
has_format() { case " $FORMATS " in *" $1 "*) return 0 ;; esac; return 1; }

# Is the placeholder of a loader still in place? It answers [not-implemented].
placeholder() {	# placeholder FILE
	run -- "$BIN" dump "$1"
	[ "$RC" -ne 0 ] && grep -q '\[not-implemented\]' "$T/err"
}
AKN=1
placeholder "$D/akn30.xml" && AKN=0
HTML=1
placeholder "$D/page.html" && HTML=0

# Is the JSON renderer real (parses, tool == lexgap)? Does the pack have requirements?
JSON=0
REQS=0
if [ "$HAVE_PY" = 1 ] && has_format json; then
	run -- "$BIN" check --format json --fail-on never --lang en "$D/good.txt"
	if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["tool"]=="lexgap"' "$T/out" 2>/dev/null; then
		JSON=1
		python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["documents"][0]["requirements"]' \
		    "$T/out" 2>/dev/null && REQS=1
	fi
fi
# Is the pack loader real? The placeholder accepts any directory.
PACK=0
run -- "$BIN" check --fail-on never --rules "$T/no-such-pack" "$D/good.txt"
[ "$RC" -eq 4 ] && PACK=1
# Does the text report name the documents it covers?
PATHS=0
run -- "$BIN" check --fail-on never --lang en "$D/good.txt"
grep -qF "$D/good.txt" "$T/out" && PATHS=1
echo "   formats: $FORMATS; AKN loader: $([ $AKN = 1 ] && echo yes || echo placeholder);" \
    "HTML importer: $([ $HTML = 1 ] && echo yes || echo placeholder);" \
    "JSON report: $([ $JSON = 1 ] && echo yes || echo placeholder);" \
    "pack loader: $([ $PACK = 1 ] && echo yes || echo placeholder);" \
    "requirements: $([ $REQS = 1 ] && echo yes || echo none); report names files: $([ $PATHS = 1 ] && echo yes || echo no)"

# ================================================================ exit status 0
begin "exit 0: --fail-on never on a readable document"
expect_exit 0 -- "$BIN" check --fail-on never "$D/good.txt"
expect_stdout_nonempty
expect_all_diag_lines
end

begin "exit 0: --help and --version"
expect_exit 0 -- "$BIN" --help
expect_stdout_re '^usage: lexgap '
expect_exit 0 -- "$BIN" --version
expect_stdout_re '^lexgap [0-9]+\.[0-9]+'
end

for f in text $FORMATS; do
	[ "$f" = text ] && continue
	begin "exit 0: --fail-on never --format $f"
	expect_exit 0 -- "$BIN" check --format "$f" --fail-on never "$D/good.txt"
	expect_stdout_nonempty
	end
done

begin "exit 0: report written with -o FILE, nothing on stdout"
expect_exit 0 -- "$BIN" check --fail-on never -o "$T/report.txt" "$D/good.txt"
expect_stdout_empty
[ -s "$T/report.txt" ] || bad "-o file is empty or missing"
end

if [ "$AKN" = 1 ]; then
	for v in akn30 akn-wd17 akn20; do
		begin "exit 0: minimal Akoma Ntoso ($v) loads"
		expect_exit 0 -- "$BIN" check --fail-on never "$D/$v.xml"
		expect_no_stderr_re ': error: '
		end
	done
else
	skip "exit 0: minimal Akoma Ntoso 3.0 / WD17 / 2.0 load" "AKN loader is a placeholder"
fi

# ================================================================ exit status 1
if [ "$REQS" = 1 ]; then
	begin "exit 1: gaps at --fail-on missing (a fisheries act meets nothing)"
	expect_exit 1 -- "$BIN" check --lang en --fail-on missing "$D/good.txt"
	expect_stdout_nonempty
	end
	begin "exit 1: --fail-on missing is the default"
	expect_exit 1 -- "$BIN" check --lang en "$D/good.txt"
	end
	begin "exit 1: --fail-on partial"
	expect_exit 1 -- "$BIN" check --lang en --fail-on partial "$D/good.txt"
	end
	begin "exit 0: the same gaps with --fail-on never"
	expect_exit 0 -- "$BIN" check --lang en --fail-on never "$D/good.txt"
	end
	begin "exit 1: gaps in every format"
	for f in $FORMATS; do
		run -- "$BIN" check --lang en --format "$f" "$D/good.txt"
		[ "$RC" -eq 1 ] || bad "--format $f: exit $RC, expected 1"
	done
	end
else
	skip "exit 1: gaps at --fail-on missing/partial (default, every format)" \
	    "the rule pack has no requirements yet: 'check --format json' shows none"
fi

# ================================================================ exit status 2
begin "exit 2: missing file, one error line naming it"
expect_exit 2 -- "$BIN" check --fail-on never "$D/nope.txt"
expect_error_line "$D/nope.txt"
expect_stderr_re 'no such file'
end

begin "exit 2: a directory given as a file"
mkdir -p "$D/adir"
expect_exit 2 -- "$BIN" check --fail-on never "$D/adir"
expect_error_line "$D/adir"
end

if [ "$(id -u)" != 0 ]; then
	begin "exit 2: unreadable file (mode 000)"
	cp "$D/good.txt" "$D/secret-mode.txt"
	chmod 000 "$D/secret-mode.txt"
	expect_exit 2 -- "$BIN" check --fail-on never "$D/secret-mode.txt"
	expect_error_line "$D/secret-mode.txt"
	end
else
	skip "exit 2: unreadable file (mode 000)" "running as root, which reads anything"
fi

begin "exit 2: missing file in a batch; the other files are still reported"
expect_exit 2 -- "$BIN" check --fail-on never "$D/good.txt" "$D/nope.txt" "$D/good2.txt"
expect_error_line "$D/nope.txt"
expect_stdout_nonempty
if [ "$PATHS" = 1 ]; then
	grep -qF "$D/good.txt" "$T/out" || bad "the report does not name good.txt"
	grep -qF "$D/good2.txt" "$T/out" || bad "the report does not name good2.txt"
fi
end
[ "$PATHS" = 1 ] || skip "exit 2: the batch report names the good files" "the text report does not name files yet"

if [ "$JSON" = 1 ]; then
	begin "exit 2: JSON batch report lists the good files and the missing one"
	expect_exit 2 -- "$BIN" check --format json --fail-on never "$D/good.txt" "$D/nope.txt" "$D/good2.txt"
	pycheck "JSON report" "$T/out" "$D" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
paths = [x.get("path") for x in d["documents"]]
want = [sys.argv[2] + "/good.txt", sys.argv[2] + "/nope.txt", sys.argv[2] + "/good2.txt"]
assert paths == want, paths
EOF
	end
else
	skip "exit 2: JSON batch report lists every file" "the JSON renderer is a placeholder"
fi

# ================================================================ exit status 3
begin "exit 3: no command"
expect_exit 3 -- "$BIN"
expect_usage_error 'command'
end

begin "exit 3: unknown command"
expect_exit 3 -- "$BIN" frobnicate
expect_usage_error "unknown command 'frobnicate'"
end

begin "exit 3: unknown option"
expect_exit 3 -- "$BIN" check --bogus "$D/good.txt"
expect_usage_error "unknown option.*--bogus"
end

begin "exit 3: unknown short option"
expect_exit 3 -- "$BIN" check -Z "$D/good.txt"
expect_usage_error "unknown option.*-Z"
end

begin "exit 3: option without its argument"
expect_exit 3 -- "$BIN" check "$D/good.txt" --format
expect_usage_error "format"
end

begin "exit 3: no file given"
expect_exit 3 -- "$BIN" check --fail-on never
expect_usage_error 'no file'
end

begin "exit 3: bad --fail-on"
expect_exit 3 -- "$BIN" check --fail-on sometimes "$D/good.txt"
expect_usage_error "fail-on.*sometimes"
end

begin "exit 3: bad --format names the formats"
expect_exit 3 -- "$BIN" check --format nope "$D/good.txt"
expect_usage_error "unknown format 'nope' \\(one of [a-z|]*text[a-z|]*\\)"
end

begin "exit 3: bad --max-size (0, letters, negative, empty)"
for v in 0 abc -5 ""; do
	run -- "$BIN" check --max-size "$v" "$D/good.txt"
	[ "$RC" -eq 3 ] || bad "--max-size '$v': exit $RC, expected 3"
	expect_usage_error 'max-size'
done
end

begin "exit 3: a usage error reads no file (a missing file is not reported)"
expect_exit 3 -- "$BIN" check --fail-on sometimes "$D/nope.txt"
expect_no_stderr_re 'nope\.txt'
end

# ================================================================ exit status 4
begin "exit 4: unwritable output path -o /proc/nope/x"
expect_exit 4 -- "$BIN" check --fail-on never -o /proc/nope/x "$D/good.txt"
expect_error_line /proc/nope/x
expect_stdout_empty
end

begin "exit 4: output path is a directory"
expect_exit 4 -- "$BIN" check --fail-on never -o "$T" "$D/good.txt"
expect_error_line "$T"
end

if [ -w /dev/full ]; then
	begin "exit 4: output device full (-o /dev/full)"
	expect_exit 4 -- "$BIN" check --fail-on never -o /dev/full "$D/good.txt"
	expect_error_line /dev/full
	end
fi

begin "exit 4: unwritable output wins over gaps and bad input"
expect_exit 4 -- "$BIN" check -o /proc/nope/x "$D/good.txt" "$D/nope.txt"
end

# The pack loader: a directory that does not exist, or holds no pack.
mkdir -p "$T/emptypack"
if [ "$PACK" = 1 ]; then
	begin "exit 4: --rules /nonexistent"
	expect_exit 4 -- "$BIN" check --rules /nonexistent/pack "$D/good.txt"
	expect_stderr_re '^lexgap: /nonexistent/pack(/[^:]*)?(:[0-9]+)*: error: '
	n=$(grep -c ': error: ' "$T/err" || true)
	[ "$n" -eq 1 ] || bad "$n error lines, expected 1"
	expect_all_diag_lines
	expect_stdout_empty
	end
	begin "exit 4: --rules on an empty directory"
	expect_exit 4 -- "$BIN" check --rules "$T/emptypack" "$D/good.txt"
	expect_stderr_re ': error: '
	expect_all_diag_lines
	expect_stdout_empty
	end
	begin "exit 4: the pack is loaded before any file: a missing file is not reported"
	expect_exit 4 -- "$BIN" check --rules /nonexistent/pack "$D/nope.txt"
	expect_no_stderr_re 'nope\.txt'
	end
else
	skip "exit 4: --rules /nonexistent, --rules on an empty dir" "the pack loader is a placeholder that accepts any directory"
fi

# ================================================================ the other commands
has_command() {	# has_command NAME: the command exists (not "unknown command")
	run -- "$BIN" "$1" --help
	! grep -q "unknown command '$1'" "$T/err"
}
if has_command import; then
	begin "import: exit 2 for a missing file, 3 without one, 0 and well-formed AKN otherwise"
	expect_exit 2 -- "$BIN" import "$D/nope.txt"
	expect_error_line "$D/nope.txt"
	expect_stdout_empty
	expect_exit 3 -- "$BIN" import
	expect_usage_error 'no file'
	expect_exit 0 -- "$BIN" import "$D/good.txt"
	expect_stdout_re 'akomaNtoso'
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$T/out" 2>/dev/null || bad "import output is not well-formed XML"
	fi
	end
else
	skip "import: exit statuses" "no 'import' command yet"
fi
if has_command diff; then
	begin "diff: exit 3 with one file, 2 with a missing one, 0 for a file against itself"
	expect_exit 3 -- "$BIN" diff "$D/good.txt"
	expect_usage_error 'two files|OLD|NEW'
	expect_exit 2 -- "$BIN" diff "$D/nope.txt" "$D/good.txt"
	expect_error_line "$D/nope.txt"
	expect_exit 0 -- "$BIN" diff "$D/good.txt" "$D/good2.txt"
	end
else
	skip "diff: exit statuses" "no 'diff' command yet"
fi
if [ "$PACK" = 1 ]; then
	begin "rules/explain: exit 4 for a missing pack, 3 for a bad subcommand or no id"
	expect_exit 4 -- "$BIN" rules list --rules /nonexistent/pack
	expect_stderr_re '^lexgap: /nonexistent/pack(/[^:]*)?(:[0-9]+)*: error: '
	expect_stdout_empty
	expect_exit 3 -- "$BIN" rules frobnicate
	expect_usage_error 'frobnicate'
	expect_exit 3 -- "$BIN" explain
	expect_stdout_empty
	end
else
	skip "rules/explain: exit statuses" "the pack loader is a placeholder"
fi
begin "dump: exit 2 for a missing file, 3 without one"
expect_exit 2 -- "$BIN" dump "$D/nope.txt"
expect_error_line "$D/nope.txt"
expect_exit 3 -- "$BIN" dump
expect_usage_error 'no file'
end

# ================================================================ the bad-input battery
. "$HERE/bad_input.sh"

summary
