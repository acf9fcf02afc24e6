#!/usr/bin/env bash
# The real window under Xvfb, clicked by a real X client: xdotool clicks the
# nose at the centre --dump-layout gives, Escape goes back, Ctrl+Q quits.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
opts=(--levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json")
read -r X Y < <("$FACEMAP" --dump-layout --window 800x600 "${opts[@]}" | python3 -c '
import json, sys
print(*next(z for z in json.load(sys.stdin)["zones"] if z["id"] == "nose")["center"])')

"$FACEMAP" --window 800x600 "${opts[@]}" --events "$WORK/events.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for has_event '"screen":"map"' || fail "no map screen event"
# past REST_MS (loop.c): the renderer has freed every raster it can remake,
# so the click's frames make them again (FACEMAP_CHECK_DIRTY checks them)
sleep 2.5
import -window "$WID" map.png
xdotool mousemove --window "$WID" "$X" "$Y" click 1
wait_for has_event '"screen":"zone","zone":"nose"' || fail "clicking the nose did not open its zone screen"
xdotool key --window "$WID" Escape
wait_for grep -c '"screen":"map"' events.jsonl || true
[ "$(grep -c '"screen":"map"' events.jsonl)" -ge 2 ] || fail "Escape did not go back to the map"
python3 - <<'P' || fail "the window does not show the face"
import subprocess
out = subprocess.run(["convert", "map.png", "-crop", "1x1+5+5", "-depth", "8", "txt:-"], capture_output=True, text=True).stdout
assert "#EFE6DC" in out.upper(), out
P
quit_with_ctrl_q "$WID"
echo "1 passed, 0 failed"
