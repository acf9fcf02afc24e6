#!/usr/bin/env bash
# A whole routine hands-free in a real window: the nose clean-out (10
# steps: hands washed first, then a cautioned one, untimed ones, timers
# that go on by themselves) with hands-free on. After the click that opens the nose and
# the Return that starts the routine, nothing is clicked: the cautioned
# step is chosen with the keyboard (Return shows the focus on Do it, the
# next Return chooses), steps without a timer go on with a pedal's key
# (Page Down), and timed steps go on by themselves 3 s (of the app's time)
# after their timer. --time-scale 10 keeps it short; the clock is real.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
mkdir -p "$XDG_CONFIG_HOME/facemap"
echo '{"kind": "settings", "version": 1, "hands_free": true, "sound": false}' > "$XDG_CONFIG_HOME/facemap/settings.json"
opts=(--window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/p.json" --time-scale 10)
read -r X Y < <("$FACEMAP" --dump-layout "${opts[@]}" | python3 -c '
import json, sys
print(*next(z for z in json.load(sys.stdin)["zones"] if z["id"] == "nose")["center"])')
"$FACEMAP" "${opts[@]}" --events "$WORK/ev.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for grep -q '"screen":"map"' ev.jsonl || fail "no map"
xdotool mousemove --window "$WID" "$X" "$Y" click 1
wait_for grep -q '"screen":"zone"' ev.jsonl || fail "no zone screen"
xdotool key --window "$WID" Return
wait_for grep -q '"routine":"nose-clean-out","index":1' ev.jsonl || fail "the clean-out did not start"

last_step() { grep '"event":"step"' ev.jsonl | tail -1 | sed 's/.*"index":\([0-9]*\).*/\1/'; }
untimed=" 2 3 4 7 10 " # steps (1-based) without a timer: a pedal's key
keys=0
for _ in $(seq 600); do
  grep -q '"screen":"done"' ev.jsonl && break
  i=$(last_step)
  if [ "$i" = 2 ] && ! grep -q '"chose":1' "$WORK/state" 2>/dev/null; then
    xdotool key --window "$WID" Return; sleep 0.2
    grep -q '"index":3' ev.jsonl && fail "one Return chose for the cautioned step"
    xdotool key --window "$WID" Return
    echo '"chose":1' > "$WORK/state"
    sleep 0.3
  elif [[ "$untimed" == *" $i "* ]]; then
    xdotool key --window "$WID" Next; keys=$((keys + 1))
    for _ in $(seq 30); do [ "$(last_step)" != "$i" ] && break; grep -q '"screen":"done"' ev.jsonl && break; sleep 0.1; done
  else
    sleep 0.1 # a timed step: it goes on by itself
  fi
done
grep -q '"screen":"done"' ev.jsonl || fail "the routine did not end: step $(last_step)"
kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
python3 - "$WORK" "$keys" <<'P' || fail "not done hands-free"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1] + "/ev.jsonl")]
done = [e for e in ev if e["event"] == "routine_done"]
assert done and done[0]["steps_done"] == 10 and done[0]["steps_skipped"] == 0, done
steps = [e["index"] for e in ev if e["event"] == "step"]
assert steps == list(range(1, 11)), steps
assert int(sys.argv[2]) == 5, f"{sys.argv[2]} pedal presses for 5 untimed steps"
assert not [e for e in ev if e["event"] == "pause"], "a pause"
print(f"10 steps, {sys.argv[2]} pedal presses, 2 Returns for the cautioned step, no tap after the start")
P
echo "1 passed, 0 failed"
