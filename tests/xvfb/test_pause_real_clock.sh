#!/usr/bin/env bash
# Pause stops the countdown on the real clock, in a real window: a routine
# whose first step has a 2 s timer is played twice under Xvfb with keys
# sent by xdotool. Without a pause, timer_end comes 2 s after the step
# starts; with Space held paused for 5 s of real time, it comes 5 s later
# than that (within 0.3 s). The replays run on a virtual clock and cannot
# see this: an app clock left stale across the wait once made a resume
# count the whole pause.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
source "$ROOT/tests/xvfb/timer_lib.sh"

# run PAUSE_SECONDS: plays the first step, pausing for that long (0: no
# pause); prints timer_end.t - step.t - (resume.t - pause.t) in ms.
run() {
  local pause=$1 ev="$WORK/events-$1.jsonl"
  rm -f "$ev"
  "$FACEMAP" "${TIMER_OPTS[@]}" --progress "$WORK/p-$1.json" --events "$ev" 2>>"$WORK/stderr.log" &
  APP_PID=$!
  open_routine "$ev"
  local wid=$WID
  if [ "$pause" != 0 ]; then
    xdotool key --window "$wid" space
    wait_for grep -q '"event":"pause"' "$ev" || fail "no pause event"
    sleep "$pause"
    grep -q '"event":"timer_end"' "$ev" && fail "the timer ran out while paused"
    xdotool key --window "$wid" space
    wait_for grep -q '"event":"resume"' "$ev" || fail "no resume event"
  fi
  wait_for grep -q '"event":"timer_end"' "$ev" || fail "no timer_end"
  kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
  python3 - "$ev" <<'P'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
t = {e["event"]: e["t"] for e in ev}
paused = t["resume"] - t["pause"] if "pause" in t else 0
print(t["timer_end"] - t["step"] - paused, paused, t["timer_end"] - t["step"])
P
}
read -r plain _ total0 < <(run 0)
read -r net paused total5 < <(run 5)
echo "no pause: timer_end after $total0 ms; paused $paused ms: timer_end after $total5 ms (net $net ms)"
python3 - "$plain" "$net" "$paused" "$total0" "$total5" <<'P' || fail "the pause did not stop the countdown"
import sys
plain, net, paused, total0, total5 = map(int, sys.argv[1:])
assert 1900 <= plain <= 2300, f"without a pause the 2 s timer took {plain} ms"
assert 4700 <= paused <= 5700, f"the pause lasted {paused} ms"
assert abs((total5 - total0) - paused) <= 300, f"paused {paused} ms but timer_end came {total5 - total0} ms later"
P
echo "1 passed, 0 failed"
