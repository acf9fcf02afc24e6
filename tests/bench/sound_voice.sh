#!/usr/bin/env bash
# tests/bench/sound_voice.sh [FACEMAP]: what sound and the voice cost, in a
# real window under its own Xvfb with SDL's disk audio driver: CPU while a
# timed step animates (and, with the voice, speaks), then CPU and PSS idle
# on the map after it, with the voice off and on; and when the first word
# came after the step. Not yet part of tests/bench/run (issue 12); run by
# hand: tests/bench/sound_voice.sh build/facemap
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FACEMAP=$(realpath "${1:-$ROOT/build/facemap}")
WORK=$(mktemp -d /tmp/facemap-sound-voice.XXXXXX)
fail() { echo "sound_voice: $*" >&2; }
wait_for() { for _ in $(seq 100); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }
for n in $(seq 141 180); do [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XP=$!
trap 'kill $XP 2>/dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=":$n"
sleep 1
source "$ROOT/tests/xvfb/timer_lib.sh"
pss() { awk '/^Pss:/ {s += $2} END {printf "%.1f", s / 1024}' "/proc/$1/smaps_rollup"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for voice in false true; do
  export XDG_CONFIG_HOME="$WORK/cfg-$voice" SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$WORK/a-$voice.raw"
  mkdir -p "$XDG_CONFIG_HOME/facemap"
  echo "{\"kind\": \"settings\", \"voice\": $voice, \"sound\": true}" > "$XDG_CONFIG_HOME/facemap/settings.json"
  ev="$WORK/ev-$voice.jsonl"
  "$FACEMAP" "${TIMER_OPTS[@]}" --progress "$WORK/p-$voice.json" --events "$ev" 2>/dev/null &
  P=$!
  open_routine "$ev"
  sleep 1; a=$(ticks "$P"); sleep 3; b=$(ticks "$P")
  busy="$((b - a)) ticks in 3 s ($(( (b - a) * 100 / 300 ))% of a core), PSS $(pss "$P") MiB"
  wait_for grep -q timer_end "$ev"
  xdotool key --window "$WID" Escape; sleep 0.3; xdotool key --window "$WID" Escape
  sleep 4; a=$(ticks "$P"); sleep 10; b=$(ticks "$P")
  echo "voice $voice: a step animating: $busy; idle on the map after it: $((b - a)) ticks in 10 s, PSS $(pss "$P") MiB"
  python3 - "$ev" <<'P'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
t = {e["event"]: e["t"] for e in reversed(ev)}
if "speech_start" in t:
    print(f"  first word {t['speech_start'] - t['step']} ms after the step")
P
  kill "$P"; wait "$P" 2>/dev/null
done
