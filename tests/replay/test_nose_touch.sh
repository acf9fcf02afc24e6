#!/usr/bin/env bash
# A person on a touchscreen: every tap is a finger down and up, followed by
# the mouse events SDL makes up from it; each must act exactly once.
source "$(dirname "$0")/lib.sh" "$@"
source "$ROOT/tests/replay/nose_walk.sh"
read -r X Y < <(FACEMAP="$FACEMAP" ROOT="$ROOT" python3 -c '
import json, os, subprocess
lay = json.loads(subprocess.run([os.environ["FACEMAP"], "--dump-layout", "--window", "800x600",
    "--levels", os.environ["ROOT"] + "/levels", "--assets", os.environ["ROOT"] + "/assets"],
    check=True, capture_output=True, text=True).stdout)
print(*next(z for z in lay["zones"] if z["id"] == "nose")["center"])')
cat > walk.txt <<R
touch $X $Y
expect screen zone
touch-target routine:nose-clean-out
expect screen routine
# a finger that slides off a button before it lifts does not press it
finger-down 700 560
finger-up 700 300
touch-target next
touch-target next
touch-target next
touch-target next
wait 1100
touch-target next
wait 1600
touch-target next
wait 800
wait 1050
touch-target next
touch-target next
expect screen done
touch-target map
expect screen map
R
facemap_replay walk.txt
check_nose_walk
check_restart_shows_done
echo "1 passed, 0 failed"
