#!/usr/bin/env bash
# valgrind_tour.sh - memcheck on one full headless run: the tour
# (tests/replay/tour.txt: map, zone, the whole nose routine, done) at a
# small window, saving progress on the way, then a resize of the off-screen
# surface and a tap (a resize once freed textures after their renderer). Fails on any memcheck error
# (invalid read or write, use of uninitialised values, bad free) and on any
# definitely or indirectly lost block whose allocation stack passes through
# facemap's own code; leaks wholly inside third-party libraries are listed
# but do not fail it. Skips (77) when valgrind is not installed.
# Usage: valgrind_tour.sh FACEMAP_BINARY SOURCE_ROOT
source "$(dirname "$0")/../replay/lib.sh" "$@"
command -v valgrind >/dev/null || { echo "skipped: valgrind is not installed"; exit 77; }
cat "$ROOT/tests/replay/tour.txt" > tour.txt
printf 'resize 400 300\ntap 200 150\nwait 100\n' >> tour.txt
status=0
valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \
  --errors-for-leak-kinds=definite,indirect --track-origins=yes --num-callers=40 \
  --xml=yes --xml-file="$WORK/vg.xml" \
  "$FACEMAP" --headless --window 320x240 --levels "$ROOT/levels" --assets "$ROOT/assets" \
  --progress "$WORK/progress.json" --events "$WORK/events.jsonl" --now "$NOW" \
  --time-scale 20 --replay tour.txt || status=$?
[ $status -eq 0 ] || fail "facemap under valgrind exited $status"
python3 - "$WORK/vg.xml" "$ROOT" "$FACEMAP" <<'P'
import sys, os
import xml.etree.ElementTree as ET
xml, root, binary = sys.argv[1], os.path.realpath(sys.argv[2]), os.path.realpath(sys.argv[3])
errors = ET.parse(xml).getroot().findall("error")
bad, third_party = [], []
for e in errors:
    kind = e.findtext("kind")
    frames = e.find("stack").findall("frame") if e.find("stack") is not None else []
    ours = any(os.path.realpath(f.findtext("dir") or "/").startswith(root + "/src")
               or os.path.realpath(f.findtext("obj") or "/") == binary for f in frames)
    where = " <- ".join((f.findtext("fn") or f.findtext("obj") or "?") for f in frames[:8])
    what = (e.findtext("xwhat/text") or e.findtext("what") or kind)
    if kind.startswith("Leak_") and not ours:
        third_party.append(f"{what}: {where}")
    else:
        bad.append(f"{kind}: {what}: {where}")
for t in third_party:
    print("third-party leak (not failed):", t)
for b in bad:
    print("FAIL:", b)
print(f"valgrind: {len(errors)} reports, {len(bad)} failing, {len(third_party)} third-party leaks")
sys.exit(1 if bad else 0)
P
check '
assert kinds(events(), "routine_done"), "the tour did not finish the routine"
assert progress()["history"], "nothing was saved"
'
echo "1 passed, 0 failed"
