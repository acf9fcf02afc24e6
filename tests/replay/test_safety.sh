#!/usr/bin/env bash
# The safety screen is one tap from the map, has its "why" cards on a second
# page, and Escape goes back; by keyboard it is reachable with Tab too.
source "$(dirname "$0")/lib.sh" "$@"
cat > walk.txt <<'R'
tap-target safety
expect screen safety
shot rules.png
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
# the two pages differ, and coming back shows the rules again
assert differs("rules.png", "why.png", 0, 75, 800, 430)
assert not differs("rules.png", "rules-again.png", 0, 75, 800, 430)
# the "never" heading is in red, the notice box in amber
assert near("rules.png", 20, 80, 360, 60, (0xB4, 0x23, 0x18), 30), "no red heading"
assert near("rules.png", 410, 340, 370, 150, (0xFF, 0xF1, 0xD6), 6), "no notice box"
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
