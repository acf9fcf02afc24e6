#!/usr/bin/env python3
"""history_archive.py - a history larger than one file may hold.

A progress file is written with at most PROG_KEEP (20,000) entries, which
always fits under the read limit (16 MiB): the writer and the reader agree
(before, a large history was written over the limit, and the next start
moved the file aside and started empty). The oldest entries beyond that go
to yearly archive files beside it, never dropped.

1. big.json holds 20,500 entries (300 of 2023, 20,200 of 2024) and a run
   finishes one more routine: big.json keeps the newest 20,000, the 300 of
   2023 go to big-2023.json and the oldest 201 of 2024 to big-2024.json;
   together they hold every entry once.
2. The next start reads it all without a complaint, and its history screen
   counts all 20,501 (the archives are loaded for it); a further routine
   leaves the archives as they are and moves one more to big-2024.json.

Usage: history_archive.py FACEMAP ROOT
"""
import glob
import os

from data_lib import WORK, entries, events, expect, finish, history, routine, run, script, write

KEEP = 20000
path = os.path.join(WORK, "big.json")
old = entries(300, 2023) + entries(20200, 2024)
write(path, {"version": 1, "history": old})
key = lambda e: (e["routine"], e["completed_at"])  # noqa: E731 - how entries are identified

p = run(path, routine("finish"))
main = history(path)
a23, a24 = os.path.join(WORK, "big-2023.json"), os.path.join(WORK, "big-2024.json")
arch23 = history(a23) if os.path.exists(a23) else []
arch24 = history(a24) if os.path.exists(a24) else []
everything = sorted(map(key, arch23 + arch24 + main))
expect(p.returncode == 0 and len(main) == KEEP and os.path.getsize(path) < 16 << 20,
       f"big.json keeps the newest {KEEP} ({len(main)}, {os.path.getsize(path)} bytes, exit {p.returncode})")
expect(arch23 == old[:300] and arch24 == old[300:501],
       f"the oldest go to the yearly archives: {len(arch23)} to big-2023.json, {len(arch24)} to big-2024.json")
expect(everything == sorted(map(key, old + main[-1:])) and len(everything) == len(set(everything)) == 20501,
       f"together they hold every entry once ({len(everything)})")

ev = os.path.join(WORK, "history.jsonl")
look = script("look", "expect screen map\ntap-target history\nexpect screen progress\ntap-target tab:entries\nkey End\nwait 100\n")
q = run(path, look, events=ev)
of = [e["of"] for e in events(ev) if e["event"] == "list"]
expect(q.returncode == 0 and "facemap:" not in q.stderr and not glob.glob(path + ".unreadable-*"),
       "the next start reads the file it wrote without a complaint: " + q.stderr[-200:])
expect(of and of[-1] == 20501, f"its history screen counts every entry, archives included ({of})")

before23 = os.stat(a23).st_mtime_ns
r = run(path, routine("again"), now="2026-11-22T09:00:00Z")
main2, arch24b = history(path), history(a24)
expect(r.returncode == 0 and len(main2) == KEEP and arch24b == old[300:502]
       and os.stat(a23).st_mtime_ns == before23,
       f"a further routine moves one more to big-2024.json and leaves big-2023.json alone ({len(arch24b)})")
finish()
