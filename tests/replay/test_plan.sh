#!/usr/bin/env bash
# test_plan.sh - the person's plan, played as a person would: a version 1
# file is migrated (its bytes kept as progress.json.version-1) and the map
# offers the first-time choice; "The gentle ones" is chosen; on the nose's
# screen the clean-out is followed and its interval set to 21 days, then
# back to "as the routine suggests" and to 21 again; the clean-out is left
# at step 3 (Escape) and continued there, and left again by quitting the
# app; a day later nothing is offered. Checks the events and the saved file.
source "$(dirname "$0")/lib.sh" "$@"

# replay_fails SCRIPT: 0 when the replay exits 1 (a target it names is not there).
replay_fails() {
  local rc=0
  "$FACEMAP" --headless --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --progress "$WORK/progress.json" --now "$NOW" --time-scale 20 --replay "$1" 2>/dev/null || rc=$?
  [ "$rc" = 1 ]
}

cat > progress.json <<'J'
{"version": 1, "history": [
 {"routine": "gentle-nose-exfoliate", "zone": "nose", "completed_at": "2026-11-01T08:00:00Z", "steps_done": 5, "steps_total": 5}
]}
J
cp progress.json original.json

cat > plan.txt <<'R'
expect screen map
tap-target plan
expect screen plan
shot plan.png
tap-target plan:gentle
expect screen map
tap-zone nose
expect screen zone
tap-target follow:nose-clean-out
tap-target every-less:nose-clean-out
tap-target every-more:nose-clean-out
tap-target every-less:nose-clean-out
shot zone.png
tap-target routine:nose-clean-out
expect screen routine
tap-target next
tap-target next
key Escape
expect screen zone
tap-target continue:nose-clean-out
expect screen routine
tap-target next
quit
R
facemap_replay plan.txt 2>stderr.txt
cmp -s original.json progress.json.version-1 || fail "the version 1 file was not kept as it was"
grep -q "version 1, migrated to 2" stderr.txt || fail "no word of the migration: $(cat stderr.txt)"
check '
evs = events()
screens = [e["screen"] for e in kinds(evs, "screen")]
assert screens == ["map", "plan", "map", "zone", "routine", "zone", "routine"], screens
steps = [(e["routine"], e["index"], e["of"]) for e in kinds(evs, "step")]
# afresh from 1, then continued at step 3 (not from 1)
assert steps == [("nose-clean-out", i, 10) for i in (1, 2, 3, 3, 4)], steps
assert not kinds(evs, "routine_done"), "nothing was finished"
p = progress()
assert p["version"] == 2, p
plan = p["plan"]
assert plan["chosen"] is True, plan
follow = {f["routine"]: f.get("every_days") for f in plan["follow"]}
assert follow["nose-clean-out"] == 21, follow
assert "gentle-nose-cleanse" in follow and follow["gentle-nose-cleanse"] is None, follow
assert all(r.startswith("gentle-") or r == "nose-clean-out" for r in follow), follow
assert "forehead-clean-out" not in follow, follow
cur = p["in_progress"]
# left by quitting at step 4, two steps done before and one after continuing
assert cur["routine"] == "nose-clean-out" and cur["zone"] == "nose", cur
assert cur["step"] == 3 and cur["steps_done"] == 3, cur
assert cur["left_at"].startswith("2026-11-21T09:0") and cur["started_at"] <= cur["left_at"], cur
assert len(p["history"]) == 1, p
'

# The next start: the plan is chosen (nothing offered), and the nose
# offers Continue at step 4 of 10.
rm -f events.jsonl
cat > again.txt <<'R'
expect screen map
tap-zone nose
tap-target continue:nose-clean-out
expect screen routine
quit
R
facemap_replay again.txt
check '
evs = events()
steps = [(e["index"], e["of"]) for e in kinds(evs, "step")]
assert steps == [(4, 10)], steps
'
cat > noplan.txt <<'R'
tap-target plan
R
replay_fails noplan.txt || fail "the choice is offered once a plan is chosen"

# A day and more later it is not offered, and the next save drops it.
rm -f events.jsonl
cat > later.txt <<'R'
tap-zone nose
tap-target follow:gentle-nose-cleanse
quit
R
NOW=2026-11-22T10:00:00Z facemap_replay later.txt
cat > nocontinue.txt <<'R'
tap-zone nose
tap-target continue:nose-clean-out
R
NOW=2026-11-22T10:00:00Z replay_fails nocontinue.txt || fail "Continue offered after a day"
check '
p = progress()
assert "in_progress" not in p, p
follow = {f["routine"] for f in p["plan"]["follow"]}
assert "gentle-nose-cleanse" not in follow and "nose-clean-out" in follow, follow
'
echo "ok: plan"
