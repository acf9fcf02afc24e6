#!/usr/bin/env bash
# The voice, for real: with "voice" on in the settings file, a real window
# under Xvfb (SDL's disk audio driver writing what would be played) speaks
# each step. The words start within 150 ms of the step (speech_start; 600
# ms in a sanitizer build, FACEMAP_SANITIZED),
# they are sound in the file, and the step's 2 s countdown starts only
# when they end: timer_end comes 2 s after speech_end, not 2 s after the
# step. Skipped (77) in a build without speech.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
source "$ROOT/tests/xvfb/timer_lib.sh"
mkdir -p "$XDG_CONFIG_HOME/facemap"
echo '{"kind": "settings", "version": 1, "voice": true, "voice_rate": 200}' > "$XDG_CONFIG_HOME/facemap/settings.json"
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$WORK/voice.raw"
"$FACEMAP" "${TIMER_OPTS[@]}" --progress "$WORK/p.json" --events "$WORK/ev.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
open_routine "$WORK/ev.jsonl"
if grep -q "speech: off\|built without speech" "$WORK/stderr.log"; then
  echo "skipped: $(cat "$WORK/stderr.log")"; exit 77
fi
wait_for grep -q '"event":"speech_end"' ev.jsonl || fail "no speech_end: $(cat stderr.log)"
for _ in $(seq 30); do grep -q '"event":"timer_end"' ev.jsonl && break; sleep 0.1; done
kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
python3 - "$WORK" <<'P' || fail "the voice did not hold the countdown or made no sound"
import json, struct, sys
work = sys.argv[1]
ev = [json.loads(l) for l in open(f"{work}/ev.jsonl")]
t = lambda kind: next(e["t"] for e in ev if e["event"] == kind)
step, start, end, timer = t("step"), t("speech_start"), t("speech_end"), t("timer_end")
print(f"step {step}, words {start - step} ms after it for {end - start} ms, timer_end {timer - end} ms after them")
import os
late = 600 if os.environ.get("FACEMAP_SANITIZED") else 150  # ASan slows the worker, not the promise
assert start - step <= late, f"the words began {start - step} ms after the step"
assert end - start >= 1000, "too short to be the step's words"
assert 1900 <= timer - end <= 2400, f"timer_end {timer - end} ms after the words: the countdown did not wait"
assert not [e for e in ev if e["event"] == "cue" and e["cue"] == "step"], "a step cue on top of the voice"
raw = open(f"{work}/voice.raw", "rb").read()
x = struct.unpack(f"<{len(raw) // 2}h", raw[: len(raw) // 2 * 2])
rate = 48000
a, b = int(0.2 * rate), int((end - start) / 1000 * rate * 0.8)
rms = (sum(v * v for v in x[a:b]) / max(1, b - a)) ** 0.5
print(f"the words' RMS {rms:.0f} over {(b - a) / rate:.2f} s")
assert rms > 300, "the words are silent"
P
echo "1 passed, 0 failed"
