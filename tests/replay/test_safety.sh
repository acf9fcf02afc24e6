#!/usr/bin/env bash
# The safety screen is one tap from the map. At 800x600 its rules (the
# "never" list, then when to see a professional with the notice) take
# several pages at the step text's size, and its "why" cards more; the
# page button walks them and comes back to the rules, and Escape goes back;
# by keyboard it is reachable with Tab too. (Which item is on which page at
# every size: unit.test_view.)
source "$(dirname "$0")/lib.sh" "$@"
{
  printf 'tap-target safety\nexpect screen safety\nshot p0.png\n'
  for i in $(seq 1 12); do printf 'tap-target page\nshot p%d.png\n' "$i"; done
  printf 'key Escape\nexpect screen map\n'
} > walk.txt
facemap_replay walk.txt
check '
evs = events()
assert [e["screen"] for e in kinds(evs, "screen")] == ["map", "safety", "map"], evs
# every page differs from the one before, and after the last the rules
# show again from the first page
shots = ["p%d.png" % i for i in range(13)]
back = next(i for i in range(1, 13) if not differs(shots[0], shots[i], 0, 75, 800, 430))
assert back >= 3, back
for a, b in zip(shots[:back], shots[1:back]):
    assert differs(a, b, 0, 75, 800, 430), (a, b)
# the "never" heading is in red; the notice box, in amber, is on a page of
# when to see a professional
assert near("p0.png", 20, 80, 360, 60, (0xB4, 0x23, 0x18), 30), "no red heading"
assert any(near(p, 20, 75, 760, 430, (0xFF, 0xF1, 0xD6), 6) for p in shots[:back]), "no notice box"
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
