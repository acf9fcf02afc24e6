#!/usr/bin/env bash
# --fullscreen with no window manager (a Raspberry Pi booting straight into
# X, a kiosk PC) fills the display at every size: on an 800x480 and a
# 1024x600 panel and on a 1920x1080 screen, the window's geometry is the
# screen's (xwininfo), and a screenshot of the whole screen shows the whole
# map: it is the same picture as the headless trainer draws at that size.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
opts=(--levels "$ROOT/levels" --assets "$ROOT/assets" --now 2026-11-21T09:00:00Z)
printf 'expect screen map\nwait 200\nshot %s\nquit\n' "$WORK/headless.png" > shot.txt
for size in 800x480 1024x600 1920x1080; do
  stop_xvfb
  start_xvfb "${size}x24"
  rm -f events.jsonl
  "$FACEMAP" --fullscreen "${opts[@]}" --progress "$WORK/p-$size.json" --events "$WORK/events.jsonl" \
    2>"$WORK/stderr.log" &
  APP_PID=$!
  WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "$size: no window"
  wait_for has_event '"screen":"map"' || fail "$size: no map screen"
  sleep 1
  geo=$(xwininfo -id "$WID" | awk '/Absolute upper-left X/ {x=$4} /Absolute upper-left Y/ {y=$4}
    /Width:/ {w=$2} /Height:/ {h=$2} END {print x "," y "," w "x" h}')
  [ "$geo" = "0,0,$size" ] || fail "$size: the window is at ${geo} (x,y,WxH), not over the whole screen"
  import -window root "$WORK/screen-$size.png"
  SDL_VIDEODRIVER=dummy "$FACEMAP" --headless --window "$size" "${opts[@]}" --progress "$WORK/h-$size.json" \
    --replay shot.txt || fail "$size: the headless reference run failed"
  # pixels that differ by more than 8 %: only anti-aliasing may
  diff=$(compare -metric AE -fuzz 8% "$WORK/screen-$size.png" "$WORK/headless.png" null: 2>&1 || true)
  total=$(( ${size%x*} * ${size#*x} ))
  python3 -c "import sys; d = float('$diff'.split()[0]); sys.exit(0 if d <= $total * 0.002 else 1)" \
    || fail "$size: the screen is not the whole map ($diff of $total pixels differ; kept with KEEP=1)"
  echo "ok   $size: window 0,0 $size; the screen shows the whole map ($diff pixels differ)"
  kill -TERM "$APP_PID"
  wait "$APP_PID" || fail "$size: SIGTERM: exit code $?"
  APP_PID=""
done
echo "1 passed, 0 failed"
