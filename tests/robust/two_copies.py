#!/usr/bin/env python3
"""two_copies.py - two copies of facemap on one progress file at once.

1. Two trainers, 20 rounds: two real facemap processes started together on
   one file that holds 50 routines, each finishing a routine (saved after
   each step, so their saves overlap). Every round, both say "saved" and
   the file holds the 50 and both new routines (the lock and the merge in
   src/platform/progstore.c). Before them, one of the two was lost.
2. A kiosk and a home run sharing a file, 5 rounds: the kiosk starts with
   the file as it is, the home run finishes a routine and saves, then a
   visitor taps the kiosk. The home run's routine must still be there,
   beside the kiosk's counts (before, the kiosk wrote its empty history
   over it).

Usage: two_copies.py FACEMAP ROOT
"""
import json
import os
import subprocess

from data_lib import (PIN_CONFIG, WORK, command, entries, environ, events, expect, finish, history,
                      routine, script, write)

ROUNDS = 20
home = routine("home")
lost = 0
for r in range(ROUNDS):
    path = os.path.join(WORK, "progress-%d.json" % r)
    write(path, {"version": 1, "history": entries(50)})
    procs = []
    for who, now in (("a", "2026-11-21T09:00:00Z"), ("b", "2026-11-21T10:30:00Z")):
        ev = os.path.join(WORK, "ev-%d-%s.jsonl" % (r, who))
        procs.append((now, ev, subprocess.Popen(command(path, home, now=now, events=ev), env=environ(),
                                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                                text=True)))
    codes = [p.wait(timeout=300) for _, _, p in procs]
    saved = all(any(e["event"] == "saved" for e in events(ev)) for _, ev, _ in procs)
    h = history(path)
    times = [e["completed_at"] for e in h]
    both = all(now in times for now, _, _ in procs)
    if codes != [0, 0] or not saved or not both or len(h) != 52 or h[:50] != entries(50):
        lost += 1
        print(f"round {r}: exit codes {codes}, both saved {saved}, {len(h)} entries, both kept {both}")
expect(lost == 0, f"two trainers at once, {ROUNDS} rounds: every round kept both routines and the 50 before")

# ---- a kiosk and a home run -------------------------------------------------
# The kiosk waits 3 s of its virtual clock (real frames) before the tap, so
# the home run, started together with it, has finished and saved by then.
tap = script("kiosk-tap", "expect screen attract\nwait 3000\ntouch 160 120\nexpect screen map\n"
             "tap-zone nose\nwait 200\n")
kept = 0
for r in range(5):
    path = os.path.join(WORK, "shared-%d.json" % r)
    kev, hev = os.path.join(WORK, "kiosk-%d.jsonl" % r), os.path.join(WORK, "home-%d.jsonl" % r)
    kiosk = subprocess.Popen(command(path, tap, events=kev, extra=["--kiosk", "--config", PIN_CONFIG]),
                             env=environ(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = subprocess.run(command(path, home, now="2026-11-21T08:00:00Z", events=hev), env=environ(),
                          capture_output=True, text=True, timeout=300)
    kcode = kiosk.wait(timeout=300)
    err = kiosk.stderr.read()
    h = history(path)
    with open(path) as f:
        counted = [d["sessions"] for d in json.load(f).get("kiosk", {}).get("days", [])] == [1]
    ok = kcode == 0 and done.returncode == 0 and len(h) == 1 and counted
    kept += ok
    if not ok:
        print(f"round {r}: kiosk {kcode} home {done.returncode}, history {h}, kiosk counted {counted}, "
              f"stderr {err[-300:]} {done.stderr[-300:]}")
expect(kept == 5, "a kiosk and a home run on one file, 5 rounds: the home routine and the kiosk's counts both kept")
finish()
