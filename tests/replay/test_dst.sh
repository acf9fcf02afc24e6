#!/usr/bin/env bash
# Local days follow a daylight-saving change that happens while the
# trainer runs: the offset in force is read at each moment, not kept from
# the launch. A kiosk (its counts are kept per local day) in a zone whose
# daylight time ends at midnight (TZ XST3XDT: UTC-2 in summer, UTC-3 after
# 00:00 on the first Sunday of November, which is 1 Nov 2026) starts at
# 23:59:50 on 31 Oct, summer time; a visitor comes, and another 13 s later
# (the --now clock goes at real speed), at 23:00:03 winter time, still
# 31 Oct. Both visits count on 31 Oct; with the launch's offset the second
# would count on 1 Nov.
source "$(dirname "$0")/lib.sh" "$@"
export TZ=XST3XDT,M3.2.0/0,M11.1.0/0
cat > kiosk.json <<'J'
{"kind": "kiosk-config", "idle_seconds": 60, "dim_seconds": 600, "pin": "7315"}
J
cat > walk.txt <<'R'
touch 600 400
expect screen map
tap-zone nose
wait 13000
touch 600 400
expect screen map
tap-zone nose
R
NOW=2026-11-01T01:59:50Z
facemap_replay walk.txt --kiosk --config kiosk.json
check '
days = progress()["kiosk"]["days"]
assert [d["date"] for d in days] == ["2026-10-31"], days
assert days[0]["sessions"] == 2, days
'
echo "1 passed, 0 failed"
