#!/usr/bin/env bash
# The history's year and its entries (scr_history.c), at 800x480 on a
# history of 117 (one a day from 1 July 2026, the newest on 25 October):
# 1. All entries pages to the oldest entry (End: its "list" event says
#    116-117 of 117) and the first page back (Home).
# 2. The calendar opens on the newest day; Left and Return show the week
#    before ("day" event: 2026-10-18, 1 entry); a tap on the cell left of
#    the newest day (found in a shot by its outline) shows the same day.
# 3. That day's entry deleted (the file saved without it, named in its
#    "deleted" list), then Undo: the file holds all 117 again and no
#    "deleted" list.
# 4. A delete left standing (the Undo bar goes after its timeout) stays
#    out of the file, and after a second save too; the next start counts
#    116.
source "$(dirname "$0")/lib.sh" "$@"
source "$ROOT/tests/replay/history_progress.sh"
history_progress 117 progress.json
run() { facemap_replay "$1" --window 800x480; }

cat > page.txt <<'R'
tap-target history
expect screen progress
tap-target tab:entries
key End
wait 100
key Home
R
run page.txt
check '
lists = kinds(events(), "list")
assert [(e["first"], e["last"], e["of"]) for e in lists][:2] == [(116, 117, 117), (1, 5, 117)], lists
'

rm -f events.jsonl
cat > look.txt <<'R'
tap-target history
shot open.png
key Left
key Return
R
run look.txt
check '
days = kinds(events(), "day")
assert [(e["day"], e["of"]) for e in days] == [("2026-10-18", 1)], days
'
# the newest day is outlined in ink (UI_INK) on the calendar (y 75..175)
read -r X Y <<<"$(python3 - <<'P'
import subprocess
out = subprocess.run(["convert", "open.png", "-crop", "800x100+0+75", "+repage", "-depth", "8", "txt:-"],
                     check=True, capture_output=True, text=True).stdout
pts = []
for line in out.splitlines()[1:]:
    xy, rest = line.split(":", 1)
    if "#27262E" in rest.upper():
        x, y = map(int, xy.split(","))
        pts.append((x, y + 75))
xs, ys = [p[0] for p in pts], [p[1] for p in pts]
w = max(xs) - min(xs) + 1
assert 8 <= w <= 30, f"no outline of a cell: {w}"
print(min(xs) + w // 2 - round((w - 4) * 1.2), min(ys) + w // 2)  # the cell one week before
P
)"
rm -f events.jsonl
cat > tap.txt <<R
tap-target history
tap $X $Y
tap-target delete:1
R
cp progress.json before.json
run tap.txt
check '
evs = events()
assert [(e["day"], e["of"]) for e in kinds(evs, "day")] == [("2026-10-18", 1)], kinds(evs, "day")
gone = kinds(evs, "entry_deleted")
assert [(e["routine"], e["completed_at"]) for e in gone] == [("gentle-mouth-exfoliate", "2026-10-18T09:49:00Z")], gone
p = progress()
assert len(p["history"]) == 116 and not [h for h in p["history"] if h["completed_at"] == "2026-10-18T09:49:00Z"]
assert p["deleted"] == [{"routine": "gentle-mouth-exfoliate", "completed_at": "2026-10-18T09:49:00Z"}], p.get("deleted")
assert p["version"] == 2
'

cp before.json progress.json
rm -f events.jsonl
cat > undo.txt <<'R'
tap-target history
key Left
key Return
tap-target delete:1
shot bar.png
tap-target undo
R
run undo.txt
check '
evs = events()
assert len(kinds(evs, "entry_deleted")) == 1 and len(kinds(evs, "entry_restored")) == 1, evs
assert [e["event"] for e in evs if e["event"] in ("saved", "save_failed")] == ["saved", "saved"]
p = progress()
assert len(p["history"]) == 117 and "deleted" not in p, (len(p["history"]), p.get("deleted"))
assert p["history"] == json.load(open("before.json"))["history"], "Undo changed the order"
'

rm -f events.jsonl
cat > stand.txt <<'R'
tap-target history
tap-target tab:entries
tap-target delete:1
expect screen progress
wait 12000
shot after.png
key Escape
tap-zone nose
tap-target routine:gentle-nose-cleanse
key Right
key Right
key Right
key Right
key Right
expect screen done
R
run stand.txt
check '
evs = events()
gone = kinds(evs, "entry_deleted")
assert len(gone) == 1 and gone[0]["completed_at"] == "2026-10-25T09:56:00Z", gone
assert len([e for e in evs if e["event"] == "saved"]) >= 2, "want a second save after the delete"
p = progress()
times = [h["completed_at"] for h in p["history"]]
assert "2026-10-25T09:56:00Z" not in times and len(times) == 117, len(times)  # 116 and the new one
assert p["deleted"] == [{"routine": "forehead-clean-out", "completed_at": "2026-10-25T09:56:00Z"}]
'
# the Undo bar went by itself: nothing of its dark band (UI_INK) above the controls
check 'assert not near("after.png", 300, 360, 200, 40, (0x27, 0x26, 0x2E), 6), "the Undo bar is still there"'
rm -f events.jsonl
printf 'tap-target history\ntap-target tab:entries\nkey End\n' > again.txt
run again.txt
check '
lists = kinds(events(), "list")
assert lists and lists[-1]["of"] == 117 and lists[-1]["last"] == 117, lists
'
# 5. Export on the screen writes the history to the documents folder
#    ($HOME/Documents when user-dirs.dirs names none) and says where.
mkdir -p "$WORK/home/Documents"
rm -f events.jsonl
printf 'tap-target history\ntap-target export\nwait 200\nshot exported.png\n' > export.txt
HOME="$WORK/home" run export.txt
check '
import csv, glob
evs = kinds(events(), "export_saved")
assert len(evs) == 1, events()
f = evs[0]["file"]
assert "/home/Documents/facemap-history-" in f and f.endswith(".csv"), f
rows = list(csv.reader(open(f, newline="")))
assert rows[0][:3] == ["profile", "routine", "zone"] and len(rows) == 1 + 117, (rows[0], len(rows))
'
echo "1 passed, 0 failed"
