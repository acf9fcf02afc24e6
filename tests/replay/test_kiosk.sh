#!/usr/bin/env bash
# The kiosk by touch: the attract loop, a visitor who walks away in the
# middle of a routine (recorded as abandoned, never as done, and nothing
# personal kept), the screen that dims and wakes, and the staff's way in:
# a long press on the corner, a wrong PIN refused, the right one, exit.
source "$(dirname "$0")/lib.sh" "$@"
cat > kiosk.json <<'J'
{"kind": "kiosk-config", "idle_seconds": 60, "dim_seconds": 120, "pin": "2468"}
J
cat > walk.txt <<'R'
expect screen attract
wait 500
shot attract-a.png
wait 700
shot attract-b.png
touch 600 400
expect screen map
tap-zone nose
touch-target routine:nose-clean-out
expect screen routine
touch-target next
# the visitor leaves: 60 s later (3 s at 20x) the session ends
wait 3100
expect screen attract
# 120 s untouched in all: the screen dims, a touch wakes it to the map
wait 3100
shot dim.png
touch 500 300
expect screen map
# a press on the corner shorter than 3 s (100 ms at 20x = 2 s) is an ordinary touch
finger-down 10 10
wait 100
finger-up 10 10
expect screen map
# staff: 3 s on the corner (150 ms at 20x), then the PIN
finger-down 10 10
wait 200
expect screen admin
finger-up 10 10
touch-target pin-1
touch-target pin-2
touch-target pin-3
touch-target pin-4
touch-target pin-ok
expect screen admin
shot wrong.png
touch-target pin-2
touch-target pin-4
touch-target pin-6
touch-target pin-8
touch-target pin-ok
shot admin.png
touch-target exit
R
facemap_replay walk.txt --kiosk --config "$WORK/kiosk.json"
check '
evs = events()
screens = [e["screen"] for e in kinds(evs, "screen")]
assert screens[0] == "attract", screens
assert screens[:5] == ["attract", "map", "zone", "routine", "attract"], screens
ab = kinds(evs, "routine_abandoned")
assert len(ab) == 1 and ab[0]["routine"] == "nose-clean-out", ab
assert not kinds(evs, "routine_done"), "an abandoned routine was recorded as done"
assert [e["event"] for e in evs if e["event"] in ("dimmed", "woken")] == ["dimmed", "woken"], evs
pins = [e["event"] for e in evs if e["event"] in ("pin_refused", "admin_unlocked")]
assert pins == ["pin_refused", "admin_unlocked"], pins
p = progress()
assert p["history"] == [] and "in_progress" not in p, p
day = p["kiosk"]["days"][-1]
assert day["date"] == "2026-11-21" and day["sessions"] == 2, day
assert day["zones"] == {"nose": 1}, day
assert day["routines"]["nose-clean-out"] == {"started": 1, "done": 0, "abandoned": 1}, day
assert differs("attract-a.png", "attract-b.png", 0, 0, 800, 600), "the attract loop stands still"
assert pixels("dim.png", 0, 0, 1, 1) == [(0, 0, 0)] and pixels("dim.png", 400, 300, 1, 1) == [(0, 0, 0)]
assert near("wrong.png", 250, 70, 300, 60, (0xB4, 0x23, 0x18), 30), "no wrong-PIN message"
'
echo "1 passed, 0 failed"
