#!/usr/bin/env bash
# Sound, for real: a real window under Xvfb plays a routine whose first
# step has a 2 s timer, with SDL's "disk" audio driver writing what would
# be played to a file (SDL_DISKAUDIOFILE). The device opens at the first
# cue (the step's), so the file's time 0 is that cue; the timer-end chime
# (the loudest cue, peak -3 dBFS) must start within 100 ms of timer_end
# after it. With the sound off in the settings (the settings screen,
# saved and read again at the next start) there are no cues and no file.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
source "$ROOT/tests/xvfb/timer_lib.sh"
opts=("${TIMER_OPTS[@]}" --progress "$WORK/p.json")
export SDL_AUDIODRIVER=disk

# play NAME: starts facemap writing sound to NAME.raw and events to
# NAME.jsonl, opens the routine and waits for the timer to end.
play() {
  local ev="$WORK/$1.jsonl"
  SDL_DISKAUDIOFILE="$WORK/$1.raw" "$FACEMAP" "${opts[@]}" --events "$ev" 2>>"$WORK/stderr.log" &
  APP_PID=$!
  open_routine "$ev"
  wait_for grep -q '"event":"timer_end"' "$ev" || fail "no timer_end"
  sleep 1.5 # the chime plays out
  kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
}

play on
[ -s on.raw ] || fail "no sound was written with the sound on: $(cat stderr.log)"
python3 - "$WORK" <<'P' || fail "the chime is not where timer_end is"
import json, struct, sys
work = sys.argv[1]
ev = [json.loads(l) for l in open(f"{work}/on.jsonl")]
cues = [e for e in ev if e["event"] == "cue"]
kinds = [c["cue"] for c in cues]
assert kinds[:1] == ["step"] and "end" in kinds and kinds.count("tick") == 2, kinds
step = next(e["t"] for e in cues if e["cue"] == "step")
end = next(e["t"] for e in ev if e["event"] == "timer_end")
raw = open(f"{work}/on.raw", "rb").read()
x = struct.unpack(f"<{len(raw) // 2}h", raw[: len(raw) // 2 * 2])  # 48 kHz mono S16, as asked
rate = 48000
loud = next((i for i, v in enumerate(x) if abs(v) > 0.55 * 32767), None)
assert loud is not None, f"no chime in {len(x) / rate:.2f} s of sound"
chime_ms, want_ms = loud * 1000 / rate, end - step
print(f"timer_end {want_ms} ms after the step cue; the chime {chime_ms:.0f} ms into the sound")
assert abs(chime_ms - want_ms) <= 100, f"chime at {chime_ms:.0f} ms, timer_end at {want_ms} ms"
P

# Sound off in the settings screen: saved, and the next start plays nothing.
"$FACEMAP" "${opts[@]}" --events "$WORK/set.jsonl" 2>>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for grep -q '"screen":"map"' set.jsonl || fail "no map"
for _ in $(seq 12); do
  xdotool key --window "$WID" Tab
  sleep 0.05
  grep -q '"target":"settings"' set.jsonl && break
done
xdotool key --window "$WID" Return
wait_for grep -q '"screen":"settings"' set.jsonl || fail "no settings screen"
xdotool key --window "$WID" Return # the focus opens on Sound: off
wait_for grep -q '"event":"settings_saved"' set.jsonl || fail "the settings were not saved"
kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
grep -q '"sound": false' "$XDG_CONFIG_HOME/facemap/settings.json" || fail "settings.json: $(cat "$XDG_CONFIG_HOME/facemap/settings.json")"
play off
grep -q '"event":"cue"' off.jsonl && fail "cues with the sound off"
[ ! -s off.raw ] || python3 -c "
import sys; d = open('$WORK/off.raw', 'rb').read(); sys.exit(any(d))" || fail "sound was written with the sound off"
echo "1 passed, 0 failed"
