#!/usr/bin/env bash
# The text size "large" in a real window, from the display's own DPI: an
# Xvfb that reports 96 dpi and one that reports 144 dpi. At each, the
# window event says the DPI the trainer read and the size of the step text
# it chose: capitals at least 7 mm tall on that display, so about half as
# many pixels again at 144 dpi as at 96. A nose step is opened with a click
# and kept as a screenshot (KEEP=1) to be looked at. Xvfb's RandR outputs
# have no physical size, so SDL is told to read the X screen's instead
# (SDL_VIDEO_X11_XRANDR=0), as it does on a display without RandR; a real
# monitor's RandR output gives its size from its EDID.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
mkdir -p "$XDG_CONFIG_HOME/facemap"
echo '{"kind": "settings", "version": 1, "text_size": "large", "sound": false}' \
  > "$XDG_CONFIG_HOME/facemap/settings.json"
for dpi in 96 144; do
  stop_xvfb
  XVFB_DPI=$dpi start_xvfb 1280x1024x24
  SDL_VIDEO_X11_XRANDR=0 SDL_AUDIODRIVER=dummy "$FACEMAP" --window 1024x700 --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --progress "$WORK/progress.json" --events "$WORK/ev-$dpi.jsonl" --now 2026-11-21T09:00:00Z &
  APP_PID=$!
  wait_for grep -q '"window"' "ev-$dpi.jsonl" || fail "$dpi dpi: no window event"
  WID=$(xdotool search --sync --name "Face Map Trainer" | head -1)
  xdotool key --window "$WID" Tab Return >/dev/null # the first zone's routines, then its first routine
  sleep 0.5
  xdotool key --window "$WID" Tab Return >/dev/null
  sleep 1
  import -window root "shot-$dpi.png"
done
python3 - <<'P' || fail "the step text's size does not follow the display's DPI"
import json
w = {d: next(json.loads(l) for l in open(f"ev-{d}.jsonl") if '"window"' in l) for d in (96, 144)}
print(w)
for d in (96, 144):
    assert abs(w[d]["dpi"] - d) <= 2, w[d]
    assert w[d]["step_text_mm"] >= 7.0, w[d]
ratio = w[144]["step_text_px"] / w[96]["step_text_px"]
assert 1.3 <= ratio <= 1.7, ratio
P
echo "1 passed, 0 failed"
