# history_progress.sh - a progress file (version 1) with a history of N
# finished routines, oldest first, one a day (each on its own date), of
# routines that exist in levels/. Used by the tests of the history's pages.
# Usage: history_progress N FILE
history_progress() {
  python3 - "$1" "$2" <<'P'
import datetime, json, sys
rs = [("nose-clean-out", "nose"), ("forehead-clean-out", "forehead"), ("left-cheek-clean-out", "left-cheek"),
      ("gentle-chin-cleanse", "chin"), ("gentle-mouth-exfoliate", "mouth")]
t0 = datetime.datetime(2026, 7, 1, 8, 0, tzinfo=datetime.timezone.utc)
hist = [{"routine": rs[i % 5][0], "zone": rs[i % 5][1],
         "completed_at": (t0 + datetime.timedelta(days=i, minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
         "steps_done": 5, "steps_total": 6, "steps_skipped": 1} for i in range(int(sys.argv[1]))]
with open(sys.argv[2], "w") as f:
    json.dump({"version": 1, "history": hist}, f, indent=1)
P
}
