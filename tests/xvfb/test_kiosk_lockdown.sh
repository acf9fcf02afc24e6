#!/usr/bin/env bash
# A real kiosk window under Xvfb with no window manager: it fills the
# display, and Alt+F4, Ctrl+Q, Escape and a window-close request all leave
# it running and answering; SIGUSR1 reloads; SIGTERM saves and quits cleanly.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
[ -n "${WM_DELETE:-}" ] || fail "WM_DELETE (the X client that asks a window to close) is not built"
echo '{"kind": "kiosk-config", "pin": "86420"}' > "$WORK/kiosk.json"
"$FACEMAP" --kiosk --config "$WORK/kiosk.json" --levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json" \
  --events "$WORK/events.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for has_event '"screen":"attract"' || fail "no attract screen"
read -r W H < <(xdotool getwindowgeometry "$WID" | awk '/Geometry/ {split($2, g, "x"); print g[1], g[2]}')
[ "$W" = 1280 ] && [ "$H" = 1024 ] || fail "the window is ${W}x${H}, not the display's 1280x1024"

xdotool mousemove --window "$WID" 640 500 click 1
wait_for has_event '"screen":"map"' || fail "a touch did not leave the attract loop"
xdotool key --window "$WID" alt+F4
xdotool key --window "$WID" ctrl+q
xdotool key --window "$WID" Escape
"$WM_DELETE" "$WID" || fail "could not send the close request"
wait_for grep -q '"by":"window"' events.jsonl || fail "no close request reached the app"
sleep 0.5
kill -0 "$APP_PID" 2>/dev/null || fail "the kiosk quit"
grep -q '"quit_refused","by":"keyboard"' events.jsonl || fail "Ctrl+Q was not refused: $(cat events.jsonl)"
# still answering: a click on the nose opens it
read -r X Y < <("$FACEMAP" --dump-layout --window 1280x1024 --levels "$ROOT/levels" --assets "$ROOT/assets" | python3 -c '
import json, sys
print(*next(z for z in json.load(sys.stdin)["zones"] if z["id"] == "nose")["center"])')
xdotool mousemove --window "$WID" "$X" "$Y" click 1
wait_for has_event '"screen":"zone","zone":"nose"' || fail "the kiosk stopped answering"

# SIGUSR1 reloads the content (systemctl reload)
kill -USR1 "$APP_PID"
wait_for grep -q '"event":"reload","ok":true' events.jsonl || fail "SIGUSR1 did not reload"
kill -0 "$APP_PID" 2>/dev/null || fail "SIGUSR1 ended the kiosk"

kill -TERM "$APP_PID"
wait "$APP_PID" || fail "SIGTERM: exit code $?"
APP_PID=""
python3 -c 'import json; p = json.load(open("progress.json")); assert p["kiosk"]["days"][0]["sessions"] == 1, p' \
  || fail "the counts were not saved"
echo "1 passed, 0 failed"
