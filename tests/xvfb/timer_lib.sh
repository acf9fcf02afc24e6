# timer_lib.sh - for the real-window tests of timing and sound: a levels
# folder in $WORK/levels holding the face's zones and one routine on the
# nose, "timer-test", whose first step has a 2 s timer; NOSE_X NOSE_Y, where
# a click opens the nose at 800x600; and open_routine EVENTS: clicks the
# nose and starts the routine (Return: the focus opens on it), once the
# window shows the map. Sourced after xvfb_lib.sh.
mkdir -p "$WORK/levels"
cp "$ROOT/levels/zones.json" "$ROOT/levels/safety.json" "$ROOT/levels/schema.json" "$WORK/levels/"
cat > "$WORK/levels/timer-test.json" <<'J'
{"kind": "routine", "id": "timer-test", "zone": "nose", "title": "Timer test", "every_days": 7, "every_days_source": "sources",
 "summary": "A two-second timer.", "sources": ["blog"],
 "steps": [
  {"id": "wait", "title": "Wait", "text": "Two seconds.", "seconds": 2, "seconds_source": "suggestion",
   "animation": "circle-rub", "advance": "manual", "skippable": false},
  {"id": "end", "title": "End", "text": "Done.", "seconds": null, "animation": "dry-towel",
   "advance": "manual", "skippable": false}]}
J
TIMER_OPTS=(--window 800x600 --levels "$WORK/levels" --assets "$ROOT/assets")
read -r NOSE_X NOSE_Y < <("$FACEMAP" --dump-layout "${TIMER_OPTS[@]}" --progress "$WORK/layout.json" | python3 -c '
import json, sys
print(*next(z for z in json.load(sys.stdin)["zones"] if z["id"] == "nose")["center"])')

# open_routine EVENTS: sets WID to the window; the routine has started.
open_routine() {
  WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
  wait_for grep -q '"screen":"map"' "$1" || fail "no map"
  xdotool mousemove --window "$WID" "$NOSE_X" "$NOSE_Y" click 1
  wait_for grep -q '"screen":"zone"' "$1" || fail "no zone screen"
  xdotool key --window "$WID" Return
  wait_for grep -q '"event":"step"' "$1" || fail "the routine did not start"
}
