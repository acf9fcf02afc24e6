#!/usr/bin/env python3
"""kiosk_counts.py - the kiosk's counts per day ("kiosk" in the progress
file, src/core/kstats.c) against a clock that goes back and a bad key.

1. Clock back: a kiosk counts a visit under a wrong date (2030-01-01), the
   next start has the right one (2026-11-21). Both days are kept, in order
   (before, every later visit was dropped).
2. One bad key among 35 days of counts: the kiosk starts, says which key
   and why, keeps the file as it was as progress.json.kiosk-counts-TIME,
   and keeps the 35 days of counts less that key, plus the new visit
   (before, all 35 days became one, and the backup followed at the next
   save). The history in the file is untouched.

Usage: kiosk_counts.py FACEMAP ROOT
"""
import datetime
import glob
import json
import os

from data_lib import PIN_CONFIG, WORK, expect, finish, history, run, script

KIOSK = ["--kiosk", "--config", PIN_CONFIG]
visit = script("visit", "expect screen attract\ntouch 160 120\nexpect screen map\ntap-zone nose\nwait 200\n")


def counts(path):
    with open(path) as f:
        return json.load(f)["kiosk"]["days"]


# ---- 1. a clock that goes back ----------------------------------------------
path = os.path.join(WORK, "clock.json")
a = run(path, visit, now="2030-01-01T09:00:00Z", extra=KIOSK)
b = run(path, visit, now="2026-11-21T09:00:00Z", extra=KIOSK)
days = counts(path)
expect(a.returncode == 0 and b.returncode == 0
       and [(d["date"], d["sessions"]) for d in days] == [("2026-11-21", 1), ("2030-01-01", 1)],
       f"a visit under a wrong later date, then the right one: both days kept in order ({days})")

# ---- 2. one bad key among 35 days -------------------------------------------
path = os.path.join(WORK, "bad-key.json")
first = datetime.date(2026, 11, 21) - datetime.timedelta(days=34)
days = [{"date": (first + datetime.timedelta(days=i)).isoformat(), "sessions": 2,
         "zones": {"nose": 1}, "routines": {"nose-clean-out": {"started": 1, "done": 1, "abandoned": 0}}}
        for i in range(35)]
days[17]["zones"]["Bad key"] = 4
hist = [{"routine": "nose-clean-out", "zone": "nose", "completed_at": "2026-11-0%dT09:00:00Z" % i,
         "steps_done": 9, "steps_total": 9, "steps_skipped": 0} for i in range(1, 4)]
with open(path, "w") as f:
    json.dump({"version": 1, "history": hist, "kiosk": {"days": days}}, f, indent=1)
with open(path, "rb") as f:
    original = f.read()
p = run(path, visit, extra=KIOSK)
again = run(path, visit, extra=KIOSK)  # a second save: the copy must stay as it was
now = counts(path)
copies = glob.glob(path + ".kiosk-counts-*")
expect(p.returncode == 0 and "/kiosk/days/17/zones/Bad key: not a zone or routine id" in p.stderr
       and "kept as" in p.stderr, "the bad key is named on stderr, with where the file is kept: "
       + p.stderr[-300:].replace("\n", " | "))
expect(len(now) == 35 and sum(d["sessions"] for d in now) == 70 + 2
       and sum(d["zones"].get("nose", 0) for d in now) == 35 + 2
       and all("Bad key" not in d["zones"] for d in now),
       f"the 35 days are kept less the bad key, with both new visits ({len(now)} days, "
       f"{sum(d['sessions'] for d in now)} sessions)")
same = False
if len(copies) == 1:
    with open(copies[0], "rb") as f:
        same = f.read() == original
expect(same and again.returncode == 0, f"the file as it was is kept aside, byte for byte, after two saves: {copies}")
expect(history(path) == hist, "the history beside the counts is untouched")
finish()
