#!/usr/bin/env bash
# The history's pages in a real 800x600 window under Xvfb, on the real
# clock, driven by a real X client: a click on the map's History button
# opens a history of 117 (its All entries, pages of 5), then xdotool pages it with the wheel
# (buttons 5 and 4), Page Down / Page Up (X keysyms Next / Prior), End,
# Home and a mouse drag upwards on the list; each must write exactly one
# "list" event with the right page. Paging writes nothing to the progress file.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
source "$ROOT/tests/replay/history_progress.sh"
cd "$WORK"
history_progress 117 progress.json
cp progress.json progress.orig
opts=(--window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json"
      --now 2026-11-21T09:00:00Z)

# Where the History button is: a headless run finds how many Tabs bring the
# focus to "history", a second takes a shot with it there; the focus ring
# (UI_FOCUS, #2457C5) is drawn round the button, so its box has the same centre.
headless() { SDL_VIDEODRIVER=dummy "$FACEMAP" --headless "${opts[@]}" "$@"; }
for _ in $(seq 16); do echo "key Tab"; done >tabs.txt
headless --events tabs.jsonl --replay tabs.txt || fail "headless Tab run exited $?"
K=$(python3 -c '
import json
f = [json.loads(l)["target"] for l in open("tabs.jsonl") if "\"focus\"" in l]
print(f.index("history") + 1)') || fail "Tab never reaches the history button"
{ for _ in $(seq "$K"); do echo "key Tab"; done; echo "shot focus.png"; } >focus.txt
headless --replay focus.txt || fail "headless focus shot exited $?"
read -r X Y < <(convert focus.png -alpha off -fill black +opaque '#2457C5' -format '%@' info: | python3 -c '
import re, sys
w, h, x, y = map(int, re.fullmatch(r"(\d+)x(\d+)\+(\d+)\+(\d+)", sys.stdin.read().strip()).groups())
assert 40 <= w <= 400 and 20 <= h <= 200, (w, h)
print(x + w // 2, y + h // 2)') || fail "no focus ring round the history button in focus.png"
cmp -s progress.json progress.orig || fail "the headless runs changed the progress file"

"$FACEMAP" "${opts[@]}" --events "$WORK/events.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for has_event '"screen":"map"' || fail "no map screen event"
xdotool mousemove --window "$WID" "$X" "$Y" click 1
wait_for has_event '"screen":"progress"' || fail "clicking History at $X,$Y did not open the history"
sleep 0.3
xdotool mousemove --window "$WID" 497 558 click 1 # "All entries" (800x600: x 408..586, y 547..604)
# past REST_MS (loop.c): the renderer has freed every raster it can remake,
# so the first page turn makes them again (FACEMAP_CHECK_DIRTY checks it)
sleep 2.5
import -window "$WID" first.png

N=0
nth_list() { [ "$(grep -c '"event":"list"' events.jsonl)" -ge "$1" ] &&
  grep '"event":"list"' events.jsonl | sed -n "$1p" | grep -q "$2"; }
# expect_list WHAT F L: WHAT wrote the next list event, saying F-L of 117
expect_list() {
  N=$((N + 1))
  wait_for nth_list "$N" "\"screen\":\"progress\",\"first\":$2,\"last\":$3,\"of\":117" ||
    fail "$1: want list event $N to say $2-$3 of 117; got: $(grep '"event":"list"' events.jsonl | tail -3)"
}
# on the list's items (800x600, pages of 5: x 17..665, y 125..430)
xdotool mousemove --window "$WID" 560 300 click 5
expect_list "wheel down" 6 10
xdotool key --window "$WID" Next
expect_list "Page Down" 11 15
xdotool key --window "$WID" Prior
expect_list "Page Up" 6 10
xdotool key --window "$WID" End
expect_list "End" 116 117
import -window "$WID" last.png
xdotool key --window "$WID" Home
expect_list "Home" 1 5
# a drag of 55 px up (2u = 33 px at 800x600), in steps as a hand moves
xdotool mousemove --window "$WID" 560 340 mousedown 1
for y in 332 322 310 298 290 285; do sleep 0.03; xdotool mousemove --window "$WID" 560 "$y"; done
xdotool mouseup 1
expect_list "mouse drag up" 6 10
xdotool mousemove --window "$WID" 560 300 click 4
expect_list "wheel up" 1 5
sleep 0.3
[ "$(grep -c '"event":"list"' events.jsonl)" = "$N" ] || fail "more list events than page turns: $(grep list events.jsonl)"
python3 - <<'P' || fail "the window shows the same rows on the first and the last page"
import subprocess
crop = lambda f: subprocess.run(["convert", f, "-crop", "425x280+345+125", "+repage", "-depth", "8", "rgb:-"],
                                check=True, capture_output=True).stdout
a, b = crop("first.png"), crop("last.png")
assert len(a) == 425 * 280 * 3 and a != b
P
quit_with_ctrl_q "$WID"
cmp -s progress.json progress.orig || fail "paging the history changed the progress file"
echo "1 passed, 0 failed"
