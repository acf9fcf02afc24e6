#!/usr/bin/env python3
"""make_history.py - a progress file (version 2) with a long history, for
the history figures of tests/bench/run and for trying the history screen
by hand: N finished routines (default 10,000) of the shipped routines,
going back from a day as a person keeping up would do them: each routine
about as often as its every_days says (a daily one on most days, a weekly
one every 5 to 9 days, a monthly one every 3 to 6 weeks), now and then
late. With the shipped routines, 10,000 entries go back some three and a
half years. The file's plan follows the routines it holds (every shipped
one, or those --follow names: a person who chose some).

Usage: make_history.py LEVELS_DIR OUT.json [--entries N] [--end 2026-11-21]
                       [--seed 1] [--follow ID,ID,...] [--daily 0.85]
Then: facemap --progress OUT.json --now 2026-11-21T23:59:00Z"""
import argparse
import datetime
import glob
import json
import os
import random


def routines(levels):
    out = []
    for path in sorted(glob.glob(os.path.join(levels, "*.json"))):
        with open(path) as f:
            try:
                d = json.load(f)
            except ValueError:
                continue
        if isinstance(d, dict) and "every_days" in d and "steps" in d:
            out.append((d["id"], d["zone"], int(d["every_days"]), len(d["steps"])))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("levels")
    ap.add_argument("out")
    ap.add_argument("--entries", type=int, default=10000)
    ap.add_argument("--end", default="2026-11-21")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--follow", default="", help="the routines followed (default: every one)")
    ap.add_argument("--daily", type=float, default=0.85, help="how often a daily routine is done the next day")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rs = routines(a.levels)
    if a.follow:
        rs = [r for r in rs if r[0] in a.follow.split(",")]
    if not rs:
        raise SystemExit(f"make_history.py: no routine files in {a.levels}")
    end = datetime.datetime.fromisoformat(a.end).replace(hour=21, tzinfo=datetime.timezone.utc)
    got = []  # (time, routine, zone, steps)
    nxt = {r[0]: end - datetime.timedelta(days=rng.uniform(0, r[2])) for r in rs}
    while len(got) < a.entries:
        rid = max(nxt, key=nxt.get)  # the routine whose next (going back) is latest
        rid, zone, every, steps = next(r for r in rs if r[0] == rid)
        t = nxt[rid].replace(hour=rng.choice((7, 8, 9, 19, 20, 21)), minute=rng.randrange(60),
                             second=rng.randrange(60))
        got.append((t, rid, zone, steps))
        gap = 1 if every == 1 and rng.random() < a.daily else every * rng.uniform(0.7, 1.3)
        if rng.random() < 0.08:
            gap *= 2.2  # late now and then
        nxt[rid] -= datetime.timedelta(days=max(1.0, gap))
    got.sort()
    hist = [{"routine": r, "zone": z, "completed_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "steps_done": s, "steps_total": s, "steps_skipped": 0} for t, r, z, s in got]
    with open(a.out, "w") as f:
        plan = {"chosen": True, "follow": [{"routine": r[0]} for r in rs]}
        json.dump({"version": 2, "plan": plan, "history": hist}, f, indent=0)
    print(f"{a.out}: {len(hist)} entries from {hist[0]['completed_at']} to {hist[-1]['completed_at']}")


if __name__ == "__main__":
    main()
