#!/bin/bash
# test_check.sh - `facemap --check` on the shipped content and on the corpus
# of broken content in tests/levels_bad/ (one fault per case).
# Usage: test_check.sh FACEMAP_BINARY SOURCE_ROOT     (KEEP=1 keeps the work folder)
#
# The shipped levels/ and assets/ must pass: exit 0, nothing on stdout, and
# a "no problems" summary on stderr; so must they with the example kiosk
# configuration docs/kiosk-config.example.json once its PIN is replaced by
# one of the operator's own. As shipped, its PIN is refused: it is printed
# here, where anyone can read it, and the kiosk fails closed.
#
# A case is a folder tests/levels_bad/NAME/ holding:
#   expect.txt      the exact lines --check must print, in order (@LEVELS@,
#                   @ASSETS@ and @PROGRESS@ stand for the case's paths)
#   levels/, assets/  files laid over a fresh copy of the shipped ones
#   setup.sh        (optional) sourced in the copy's folder, to edit a file
#                   in place or make one at run time; it may use the helpers
#                   below
#   progress.json   (optional) checked with --progress
#   config.json     (optional) kiosk configuration, checked with --config
#                   (@CONFIG@ in expect.txt)
# The copy holds the shipped translations (levels/de/) too: a case that adds
# English text adds its translation as well, so that its fault stays the
# only one; the lang-* cases each break one thing of a translation.
# The case passes when --check exits 1, stdout is exactly expect.txt, and
# stderr is the one summary line. Exact output (not just "contains") is
# what shows that each case holds one fault and nothing else is reported.
set -u
FACEMAP=$1
ROOT=$2
CORPUS=$ROOT/tests/levels_bad
WORK=$(mktemp -d "${TMPDIR:-/tmp}/facemap-check.XXXXXX")
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi' EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1: $2"; }

# --- helpers for setup.sh ---------------------------------------------------

# replace FILE OLD NEW: the first OLD (literal text) in FILE becomes NEW.
replace() {
    local text new
    text=$(<"$1") || return 1
    new=${text/"$2"/"$3"}
    if [ "$new" = "$text" ]; then
        echo "setup: \"$2\" not found in $1" >&2
        return 1
    fi
    printf '%s\n' "$new" >"$1"
}

# insert_first FILE KEY ITEM: ITEM becomes the first element of the array
# "KEY": [ ... ] (the first one in FILE).
insert_first() {
    replace "$1" "\"$2\": [" "\"$2\": [ $3,"
}

# edit_json FILE STATEMENT: runs the Python STATEMENT on the file's JSON,
# held in d (key order kept), and writes it back.
edit_json() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
exec(sys.argv[2])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(d, f, ensure_ascii=False, indent=2)
PY
}

# make_big FILE BYTES: a JSON file of exactly BYTES bytes.
make_big() {
    local pad=$(($2 - 12))
    { printf '{"pad": "'; head -c "$pad" /dev/zero | tr '\0' x; printf '"}\n'; } >"$1"
}

# --- the shipped content ----------------------------------------------------

"$FACEMAP" --check --levels "$ROOT/levels" --assets "$ROOT/assets" >"$WORK/shipped.out" 2>"$WORK/shipped.err"
rc=$?
if [ "$rc" -ne 0 ] || [ -s "$WORK/shipped.out" ] || ! grep -Eqx 'facemap --check: [0-9]+ files, no problems' "$WORK/shipped.err"; then
    bad shipped "exit $rc; stdout:"
    cat "$WORK/shipped.out" "$WORK/shipped.err"
else
    ok shipped
fi

"$FACEMAP" --check --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --config "$ROOT/docs/kiosk-config.example.json" >"$WORK/example.out" 2>"$WORK/example.err"
rc=$?
want="$ROOT/docs/kiosk-config.example.json: /pin: \"4071\" is printed in facemap's documentation, where anyone can read it: choose 4 to 8 digits of your own"
if [ "$rc" -ne 1 ] || [ "$(cat "$WORK/example.out")" != "$want" ]; then
    bad example-config-as-shipped "exit $rc; stdout:"
    cat "$WORK/example.out" "$WORK/example.err"
else
    ok example-config-as-shipped
fi
sed 's/"pin": "4071"/"pin": "58203"/' "$ROOT/docs/kiosk-config.example.json" >"$WORK/kiosk.json"
grep -q '"pin": "58203"' "$WORK/kiosk.json" || bad example-config "its \"pin\" line is not \"pin\": \"4071\""
"$FACEMAP" --check --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --config "$WORK/kiosk.json" >"$WORK/config.out" 2>"$WORK/config.err"
rc=$?
if [ "$rc" -ne 0 ] || [ -s "$WORK/config.out" ] || ! grep -Eqx 'facemap --check: [0-9]+ files, no problems' "$WORK/config.err"; then
    bad example-config "exit $rc; stdout:"
    cat "$WORK/config.out" "$WORK/config.err"
else
    ok example-config
fi

# --check with the default folders finds the source tree's copy, or an
# installed one; either way the shipped content is clean.
(cd "$WORK" && "$FACEMAP" --check >"$WORK/default.out" 2>/dev/null)
rc=$?
if [ "$rc" -ne 0 ] || [ -s "$WORK/default.out" ]; then
    bad default-folders "exit $rc"
    cat "$WORK/default.out"
else
    ok default-folders
fi

# --- the corpus -------------------------------------------------------------

ncases=0
for case in "$CORPUS"/*/; do
    case=${case%/}
    name=${case##*/}
    ncases=$((ncases + 1))
    tmp=$WORK/$name
    mkdir -p "$tmp"
    cp -R "$ROOT/levels" "$tmp/levels"
    cp -R "$ROOT/assets" "$tmp/assets"
    rm -rf "$tmp/assets/fonts" # not read by --check; saves copying
    for d in levels assets; do
        if [ -d "$case/$d" ]; then
            cp -R "$case/$d/." "$tmp/$d/"
        fi
    done
    args=(--check --levels "$tmp/levels" --assets "$tmp/assets")
    if [ -f "$case/progress.json" ]; then
        cp "$case/progress.json" "$tmp/progress.json"
        args+=(--progress "$tmp/progress.json")
    fi
    if [ -f "$case/config.json" ]; then
        cp "$case/config.json" "$tmp/config.json"
        args+=(--config "$tmp/config.json")
    fi
    if [ -f "$case/setup.sh" ] && ! (cd "$tmp" && . "$case/setup.sh"); then
        bad "$name" "setup.sh failed"
        continue
    fi
    if [ ! -f "$case/expect.txt" ]; then
        bad "$name" "no expect.txt"
        continue
    fi
    sed -e "s|@LEVELS@|$tmp/levels|g" -e "s|@ASSETS@|$tmp/assets|g" \
        -e "s|@PROGRESS@|$tmp/progress.json|g" -e "s|@CONFIG@|$tmp/config.json|g" \
        "$case/expect.txt" >"$tmp.expect"
    "$FACEMAP" "${args[@]}" >"$tmp.out" 2>"$tmp.err"
    rc=$?
    if [ "$rc" -ne 1 ]; then
        bad "$name" "exit $rc, expected 1"
        cat "$tmp.out" "$tmp.err"
    elif ! diff -u "$tmp.expect" "$tmp.out" >"$tmp.diff"; then
        bad "$name" "stdout is not expect.txt (- expected, + got)"
        cat "$tmp.diff"
    elif [ "$(wc -l <"$tmp.err")" -ne 1 ] ||
        ! grep -Eqx 'facemap --check: [0-9]+ problems? in [0-9]+ files?' "$tmp.err"; then
        bad "$name" "stderr is not one summary line"
        cat "$tmp.err"
    else
        ok "$name"
        [ "${KEEP:-0}" = 1 ] || rm -rf "$tmp" "$tmp".*
    fi
done
if [ "$ncases" -lt 24 ]; then
    bad corpus "only $ncases cases in $CORPUS (at least 24)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
