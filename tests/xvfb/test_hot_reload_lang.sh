#!/usr/bin/env bash
# Hot reload of a translation in a real window (--lang de): an edit in levels/de/ is picked up
# without a restart, as one in levels/ is; a translation that lost a step
# reloads with that step in English and the problem named on stderr, never
# refused.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
cp -r "$ROOT/levels" "$ROOT/assets" "$WORK/"
"$FACEMAP" --lang de --window 800x600 --levels "$WORK/levels" --assets "$WORK/assets" \
  --progress "$WORK/progress.json" --events "$WORK/events.jsonl" 2>"$WORK/stderr.log" &
APP_PID=$!
timeout 10 xdotool search --sync --onlyvisible --name "Face Map Trainer" >/dev/null || fail "no window"
wait_for has_event '"screen":"map"' || fail "no map"
reloads() { grep -c '"event":"reload"' events.jsonl || true; }
wait_reloads() { for _ in $(seq 100); do [ "$(reloads)" -ge "$1" ] && return 0; sleep 0.1; done; fail "no reload event $1"; }

# 1. a good edit of the German title
python3 - <<'P'
import json
p = "levels/de/nose.json"; r = json.load(open(p)); r["title"] = "Nase, bearbeitet"
open(p, "w").write(json.dumps(r, indent=2, ensure_ascii=False))
P
wait_reloads 1
grep '"event":"reload"' events.jsonl | tail -1 | grep -q '"ok":true,"problems":0,"kept":0' || fail "good edit: $(tail -1 events.jsonl)"

# 2. a step gone from the translation: reloaded, the step English, the problem named
python3 - <<'P'
import json
p = "levels/de/nose.json"; r = json.load(open(p)); del r["steps"]["ice-cube"]
open(p, "w").write(json.dumps(r, indent=2, ensure_ascii=False))
P
wait_reloads 2
grep '"event":"reload"' events.jsonl | tail -1 | grep -q '"ok":true,"problems":1,"kept":0' || fail "step gone: $(tail -1 events.jsonl)"
grep -q "levels/de/nose.json: /steps/ice-cube: missing (the English has this step)" stderr.log || fail "stderr: $(cat stderr.log)"
kill -0 "$APP_PID" || fail "facemap died"
kill -TERM "$APP_PID"
wait "$APP_PID" || fail "facemap exited with $?"
APP_PID=""
echo "1 passed, 0 failed"
