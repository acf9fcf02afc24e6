# nose_walk.sh - the checks every walk of the nose routine must pass,
# whatever the input device: ten steps in order, the routine recorded as
# done once, saved after every step, and the map showing it as done.
check_nose_walk() {
  check '
evs = events()
screens = [e["screen"] for e in kinds(evs, "screen")]
assert screens[:4] == ["map", "zone", "routine", "done"], screens
steps = [(e["index"], e["of"]) for e in kinds(evs, "step")]
assert steps == [(i, 10) for i in range(1, 11)], steps
done = kinds(evs, "routine_done")
assert len(done) == 1 and done[0]["routine"] == "nose-clean-out" and done[0]["zone"] == "nose", done
assert done[0]["steps_done"] == 10 and done[0]["steps_skipped"] == 0, done
assert len(kinds(evs, "timer_end")) == 4, kinds(evs, "timer_end")
saved = kinds(evs, "saved")
assert len(saved) >= 10 and all(s["file"].endswith("progress.json") for s in saved), saved
p = progress()
assert p["version"] == 2 and len(p["history"]) == 1, p
h = p["history"][0]
assert h["routine"] == "nose-clean-out" and h["zone"] == "nose", h
assert h["steps_done"] == 10 and h["steps_total"] == 10, h
assert h["completed_at"].startswith("2026-11-21T09:00:") and h["completed_at"].endswith("Z"), h
assert "in_progress" not in p or not p["in_progress"], p
'
}

# After a restart with the same progress file, the map shows the nose as
# done (its badge is green) and the other zones not.
check_restart_shows_done() {
  cat > restart.txt <<'R'
expect screen map
shot restart.png
R
  facemap_replay restart.txt
  check '
lay = layout(800, 600)
x, y = zone(lay, "nose")["center"]
assert near("restart.png", x - 30, y + 5, 60, 14, BADGE_DONE), "nose badge is not Done"
fx, fy = zone(lay, "forehead")["center"]
assert not near("restart.png", fx - 30, fy + 5, 60, 14, BADGE_DONE), "forehead badge is Done"
'
}
