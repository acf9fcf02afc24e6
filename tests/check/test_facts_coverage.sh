#!/bin/bash
# test_facts_coverage.sh - tools/facts_coverage.py on the shipped levels/
# (every fact not left out is carried: exit 0, and the figure printed) and
# on a copy where one step no longer names its fact (exit 1, naming it).
# Usage: test_facts_coverage.sh SOURCE_ROOT
set -u
ROOT=$1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/facemap-facts.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
out=$(/usr/bin/python3 "$ROOT/tools/facts_coverage.py" "$ROOT/levels") || fail "the shipped levels: $out"
echo "$out"
echo "$out" | grep -Eq '^facts carried: [0-9]+ / [0-9]+ in the list' || fail "no coverage figure"
cp -r "$ROOT/levels" "$WORK/levels"
/usr/bin/python3 - "$WORK/levels/nose.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for s in d["steps"]:
    if "blog-salicylic" in s["facts"]:
        s["facts"].remove("blog-salicylic")
json.dump(d, open(sys.argv[1], "w"))
PY
out=$(/usr/bin/python3 "$ROOT/tools/facts_coverage.py" "$WORK/levels") && fail "a fact carried by nothing passed"
echo "$out" | grep -q '"blog-salicylic" (follows) is carried by nothing' || fail "not named: $out"
echo "1 passed, 0 failed"
