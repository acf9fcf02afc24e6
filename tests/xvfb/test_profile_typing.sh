#!/usr/bin/env bash
# A name typed on a real keyboard, in a real window under Xvfb: the start
# screen of a household of two, Tab to "Add a person", Return, xdotool
# types the name (SDL's text input, UTF-8 included), Backspace erases,
# Return keeps it: the list on disk has it.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
cat > profiles.json <<'J'
{"kind": "profiles", "version": 1, "profiles": [
 {"id": 1, "name": "Me", "colour": "teal", "file": "progress.json"},
 {"id": 2, "name": "Ben", "colour": "blue", "file": "progress-p2.json"}]}
J
"$FACEMAP" --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json" \
  --events "$WORK/events.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for has_event '"screen":"profiles"' || fail "a household of two did not start on the profiles screen"
for _ in $(seq 12); do
  has_event '"target":"add"' && break
  xdotool key --window "$WID" Tab
  sleep 0.2
done
has_event '"target":"add"' || fail "Tab never reached Add a person"
xdotool key --window "$WID" Return
sleep 0.5
xdotool type --window "$WID" --delay 60 "Zoë Annx"
xdotool key --window "$WID" BackSpace
sleep 0.5
xdotool key --window "$WID" Return
wait_for has_event '"profiles_saved"' || fail "the name was not kept: $(cat stderr.log; grep -v cue events.jsonl | tail -5)"
python3 - <<'P' || fail "the list does not hold the typed name: $(cat profiles.json)"
import json
names = [p["name"] for p in json.load(open("profiles.json"))["profiles"]]
assert names == ["Me", "Ben", "Zoë Ann"], names
P
quit_with_ctrl_q "$WID"
echo "1 passed, 0 failed"
