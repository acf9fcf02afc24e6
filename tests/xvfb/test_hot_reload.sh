#!/usr/bin/env bash
# Hot reload in a real window: an edited level file is picked up without a
# restart; a broken edit keeps the last good version and names the problem;
# a broken zones file is refused as a whole; F5 reloads by hand; a FIFO
# dropped into levels/ is named, never waited on.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
cp -r "$ROOT/levels" "$ROOT/assets" "$WORK/"
"$FACEMAP" --window 800x600 --levels "$WORK/levels" --assets "$WORK/assets" --progress "$WORK/progress.json" \
  --events "$WORK/events.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
WID=$(timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" | head -1) || fail "no window"
wait_for has_event '"screen":"map"' || fail "no map"
reloads() { grep -c '"event":"reload"' events.jsonl || true; }
wait_reloads() { for _ in $(seq 100); do [ "$(reloads)" -ge "$1" ] && return 0; sleep 0.1; done; fail "no reload event $1"; }

# 1. a good edit
python3 - <<'P'
import json
p = "levels/nose.json"; r = json.load(open(p)); r["title"] = "Nose clean-out, edited"
open(p, "w").write(json.dumps(r, indent=2))
P
wait_reloads 1
grep '"event":"reload"' events.jsonl | tail -1 | grep -q '"ok":true,"problems":0,"kept":0' || fail "good edit: $(tail -1 events.jsonl)"

# 2. a broken edit: the last good version stays, stderr names file and place
printf '{"kind": "routine", "id": "nose-clean-out",\n' > levels/nose.json
wait_reloads 2
grep '"event":"reload"' events.jsonl | tail -1 | grep -q '"ok":true,"problems":1,"kept":1' || fail "broken edit: $(tail -1 events.jsonl)"
grep -q "levels/nose.json: /: invalid JSON at line" stderr.log || fail "stderr: $(cat stderr.log)"

# 3. a broken zones file: nothing is swapped in
echo '{' > levels/zones.json
wait_reloads 3
grep '"event":"reload"' events.jsonl | tail -1 | grep -q '"ok":false' || fail "broken zones: $(tail -1 events.jsonl)"

# 4. F5, and the app still answers: a click on the nose opens it
cp "$ROOT/levels/zones.json" levels/zones.json
wait_reloads 4
xdotool key --window "$WID" F5
wait_reloads 5
read -r X Y < <("$FACEMAP" --dump-layout --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" | python3 -c '
import json, sys
print(*next(z for z in json.load(sys.stdin)["zones"] if z["id"] == "nose")["center"])')
xdotool mousemove --window "$WID" "$X" "$Y" click 1
wait_for has_event '"screen":"zone","zone":"nose"' || fail "no zone screen after the reloads"
kill -0 "$APP_PID" || fail "facemap died"

# 5. a FIFO dropped into levels/: the reload names it and goes on at once
# (it used to wait for a writer forever, the window frozen)
mkfifo levels/zz-pipe.json
wait_reloads 6
# (two problems: nose.json is still the broken edit of 2.)
grep '"event":"reload"' events.jsonl | tail -1 | grep -q '"ok":true,"problems":2' || fail "FIFO: $(tail -1 events.jsonl)"
grep -q "levels/zz-pipe.json: /: cannot read the file: open: is a FIFO (named pipe), not a regular file" stderr.log ||
  fail "FIFO not named: $(tail -3 stderr.log)"
# and one moved over safety.json, a file the loader opens by name
mkfifo pipe && mv pipe levels/safety.json
wait_reloads 7
wait_for grep -q "levels/safety.json: /: cannot read the file: open: is a FIFO" stderr.log ||
  fail "safety.json FIFO not named: $(tail -3 stderr.log)"
xdotool key --window "$WID" Escape
wait_for test "$(grep -c '"screen":"map"' events.jsonl)" -ge 2 || fail "the window no longer answers after the FIFOs"
xdotool key --window "$WID" ctrl+q 2>/dev/null || true
wait "$APP_PID" || fail "facemap exited with $?"
APP_PID=""
echo "1 passed, 0 failed"
