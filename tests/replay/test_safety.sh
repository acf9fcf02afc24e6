#!/usr/bin/env bash
# The safety screen is one tap from the map. At 800x600 its rules take two
# pages (the "never" list, then when to see a professional with the notice)
# and its "why" cards one more; the page button walks them and comes back
# to the rules, and Escape goes back; by keyboard it is reachable with Tab
# too. (Which item is on which page at every size: unit.test_view.)
source "$(dirname "$0")/lib.sh" "$@"
cat > walk.txt <<'R'
tap-target safety
expect screen safety
shot rules.png
tap-target page
shot pro.png
tap-target page
shot why.png
tap-target page
shot rules-again.png
key Escape
expect screen map
R
facemap_replay walk.txt
check '
evs = events()
assert [e["screen"] for e in kinds(evs, "screen")] == ["map", "safety", "map"], evs
# every page differs from the one before, and coming back shows the rules again
pages = ["rules.png", "pro.png", "why.png", "rules-again.png"]
for a, b in zip(pages, pages[1:-1]):
    assert differs(a, b, 0, 75, 800, 430), (a, b)
assert not differs("rules.png", "rules-again.png", 0, 75, 800, 430)
# the "never" heading is in red; the notice box, in amber, is under the
# list of when to see a professional
assert near("rules.png", 20, 80, 360, 60, (0xB4, 0x23, 0x18), 30), "no red heading"
assert near("pro.png", 20, 420, 760, 60, (0xFF, 0xF1, 0xD6), 6), "no notice box"
'
# Keyboard only: Tab along the map until the safety button has the focus.
: > events.jsonl
printf 'key Tab\n%.0s' $(seq 8) > keys.txt
printf 'key Return\nexpect screen safety\n' >> keys.txt
facemap_replay keys.txt
check '
focus = [e["target"] for e in kinds(events(), "focus")]
assert focus[-1] == "safety", focus
'
echo "1 passed, 0 failed"
