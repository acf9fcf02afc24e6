#!/usr/bin/env bash
# The kiosk admin's numbers: with 35 days of counts in the progress file,
# the unlocked admin screen draws the 30-day chart (the visitors' pale bars,
# the finished ones' solid bars and the unfinished ones' hollow outlines)
# and the most opened zones at 800x480 and 1920x1080; "Export counts" with
# the config's export_csv on a USB stick that is not plugged in fails with
# a red banner and an event naming the path and the error, and writes
# nothing; the banner is gone once the admin screen is closed (a visitor
# never sees it); with the stick there, the CSV holds a header and the last
# 30 days, one row each, the numbers of the progress file, and a banner in
# the accent colour names the file; a config without export_csv says so.
source "$(dirname "$0")/lib.sh" "$@"
python3 - <<'EOF'
import datetime, json
today = datetime.date(2026, 11, 21)
days = []
for i in range(34, -1, -1):
    if i % 9 == 4:
        continue  # a day the kiosk was closed
    d = today - datetime.timedelta(days=i)
    days.append({"date": d.isoformat(), "sessions": i % 7 + 3,
                 "zones": {"nose": i % 5 + 1, "chin": 2, "forehead": 3 if i < 7 else 0},
                 "routines": {"nose-clean-out": {"started": i % 4 + 2, "done": i % 4, "abandoned": 2}}})
json.dump({"version": 1, "history": [], "kiosk": {"days": days}}, open("progress.json", "w"))
EOF
cat > kiosk.json <<J
{"kind": "kiosk-config", "pin": "7315", "export_csv": "$WORK/usb/kiosk counts.csv"}
J
cat > nopath.json <<J
{"kind": "kiosk-config", "pin": "7315"}
J
# open_admin NAME: a replay that unlocks the admin screen and takes NAME.png
open_admin() {
  cat <<R
expect screen attract
touch 600 400
expect screen map
finger-down 10 10
wait 200
expect screen admin
finger-up 10 10
touch-target pin-7
touch-target pin-3
touch-target pin-1
touch-target pin-5
touch-target pin-ok
wait 100
shot $1.png
R
}
{ open_admin admin-800; echo "touch-target export-counts"; echo "wait 100"; echo "shot fail.png";
  echo "key Escape"; echo "wait 100"; echo "expect screen attract"; echo "shot after.png"; } > nostick.txt
facemap_replay nostick.txt --window 800x480 --kiosk --config "$WORK/kiosk.json"
[ ! -e usb ] || fail "the missing stick's folder was made"
mkdir usb
{ open_admin admin-1920; echo "touch-target export-counts"; echo "wait 100"; echo "shot ok.png"; } > stick.txt
facemap_replay stick.txt --window 1920x1080 --kiosk --config "$WORK/kiosk.json"
{ open_admin unused; echo "touch-target export-counts"; echo "wait 100"; } > nopath.txt
facemap_replay nopath.txt --window 800x480 --kiosk --config "$WORK/nopath.json"
check '
import csv, datetime, os
evs = events()
out = [e for e in evs if e["event"].startswith("counts_export")]
assert [e["event"] for e in out] == ["counts_export_save_failed", "counts_export_saved",
                                     "counts_export_save_failed"], out
path = os.path.join(os.getcwd(), "usb", "kiosk counts.csv")
assert out[0]["file"] == path and "No such file or directory" in out[0]["error"], out[0]
assert out[1]["file"] == path, out[1]
assert "export_csv" in out[2]["error"], out[2]
rows = list(csv.reader(open(path, newline="")))
assert rows[0][:5] == ["date", "visitors", "started", "finished", "unfinished"], rows[0]
assert "opened:nose" in rows[0] and "opened:chin" in rows[0], rows[0]
assert len(rows) == 31, len(rows)
assert rows[1][0] == "2026-10-23" and rows[-1][0] == "2026-11-21", (rows[1], rows[-1])
nose = rows[0].index("opened:nose")
for r in rows[1:]:
    i = (datetime.date(2026, 11, 21) - datetime.date.fromisoformat(r[0])).days
    if i % 9 == 4:
        assert r[1:] == ["0"] * (len(r) - 1), r
        continue
    visitors = i % 7 + 3 + (2 if i == 0 else 0)  # today: the two visits of the replays
    assert int(r[1]) == visitors and r[2:5] == [str(i % 4 + 2), str(i % 4), "2"], (i, r)
    assert int(r[nose]) == i % 5 + 1, (i, r)
assert open(path, "rb").read().count(b"\r\n") == 31
# the chart: pale visitor bars, solid finished bars, hollow unfinished outlines
for png, box in (("admin-800.png", (30, 110, 420, 110)), ("admin-1920.png", (60, 260, 1000, 240))):
    assert near(png, *box, (0xD5, 0xEC, 0xE9), 6), png + ": no visitor bars"
    assert near(png, *box, (0x1D, 0x6F, 0x6A), 6), png + ": no finished bars"
    assert near(png, *box, (0x8A, 0x4B, 0x00), 30), png + ": no unfinished outlines"
assert near("fail.png", 0, 450, 800, 30, (0xB4, 0x23, 0x18), 30), "no red banner on a failed export"
assert not near("after.png", 0, 450, 800, 30, (0xB4, 0x23, 0x18), 30), "the banner stayed for visitors"
assert near("ok.png", 0, 1020, 1920, 60, (0x1D, 0x6F, 0x6A), 30), "no banner on a good export"
assert not near("ok.png", 0, 1020, 1920, 60, (0xB4, 0x23, 0x18), 30), "a good export in red"
'
echo "1 passed, 0 failed"
