#!/usr/bin/env bash
# A broken level file does not stop the app: everything else works, the
# broken routine shows as unavailable and cannot start, and stderr names the
# file and the JSON pointer.
source "$(dirname "$0")/lib.sh" "$@"
cp -r "$ROOT/levels" "$ROOT/assets" "$WORK/"
python3 - <<'P'
import json
p = "levels/nose.json"; r = json.load(open(p)); r["steps"][2]["seconds"] = -5
open(p, "w").write(json.dumps(r, indent=2))
P
cat > walk.txt <<'R'
tap-zone nose
expect screen zone
shot zone.png
tap-target routine:nose-clean-out
expect screen zone
tap-target routine:gentle-nose-cleanse
expect screen routine
R
"$FACEMAP" --headless --window 800x600 --levels "$WORK/levels" --assets "$WORK/assets" \
  --progress "$WORK/progress.json" --events "$WORK/events.jsonl" --now "$NOW" --replay walk.txt 2> stderr.log \
  || fail "replay failed: $(cat stderr.log)"
grep -q "levels/nose.json: /steps/2/seconds: must be between 0 and 3600" stderr.log || fail "stderr: $(cat stderr.log)"
check '
# the broken routine card is drawn greyed with its reason in red
assert near("zone.png", 320, 75, 460, 110, (0xA8, 0x32, 0x1E), 30), "no reason shown"
'
echo "1 passed, 0 failed"
