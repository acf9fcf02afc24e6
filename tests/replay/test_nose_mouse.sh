#!/usr/bin/env bash
# A person with a mouse: taps the nose on the map, its routine on the zone
# screen, then Next through all ten steps, waiting for each countdown but the
# first hand-wash's.
source "$(dirname "$0")/lib.sh" "$@"
source "$ROOT/tests/replay/nose_walk.sh"
cat > walk.txt <<'R'
shot map.png
tap-zone nose
expect screen zone
shot zone.png
tap-target routine:nose-clean-out
expect screen routine
wait 300
shot step1.png
tap-target next
tap-target next
tap-target next
tap-target next
# step 5: wash hands, 20 s (1 s at 20x)
wait 400
shot step5-a.png
wait 200
shot step5-b.png
wait 500
tap-target next
# step 6: exfoliate 30 s, moves on by itself
wait 1600
expect screen routine
tap-target next
# step 8: ice 15 s, moves on by itself
wait 800
# step 9: wash hands again, 20 s
wait 1050
tap-target next
tap-target next
expect screen done
wait 1600
shot done.png
tap-target map
expect screen map
R
facemap_replay walk.txt
check_nose_walk
check '
# the map has the face on it, and the player animates while its timer runs
assert pixel("map.png", 5, 5) == (0xEF, 0xE6, 0xDC), pixel("map.png", 5, 5)
assert differs("step5-a.png", "step5-b.png", 0, 75, 800, 420), "the step did not move"
assert not differs("step5-a.png", "step5-b.png", 0, 510, 800, 90), "the controls changed"
assert near("done.png", 0, 75, 380, 430, GREEN_DONE, 40), "no check mark on the done screen"
'
check_restart_shows_done
echo "1 passed, 0 failed"
