#!/usr/bin/env python3
"""save_at_exit.py - a save that fails when facemap quits.

The progress file's folder cannot be written (here its "folder" is a
regular file, which stops root too, where a read-only mode would not):
a routine is finished and every save fails. At exit the save is tried
three more times, stderr says the progress was not saved, and the exit
code is 3 (before: the routine was lost and the exit code was 0). The same
place with nothing to save exits 0, and a good place exits 0 with the
routine saved.

Usage: save_at_exit.py FACEMAP ROOT
"""
import os

from data_lib import WORK, events, expect, finish, history, routine, run, script

blocker = os.path.join(WORK, "not-a-folder")
open(blocker, "w").close()
bad = os.path.join(blocker, "progress.json")
ev = os.path.join(WORK, "failed.jsonl")
p = run(bad, routine("finish"), events=ev)
evs = events(ev)
last_t = max(e["t"] for e in evs)
at_exit = [e for e in evs if e["event"] == "save_failed" and e["t"] == last_t]
expect(p.returncode == 3, f"a routine that could not be saved: exit code 3 ({p.returncode})")
expect(len(at_exit) >= 3 and "Not a directory" in at_exit[-1]["error"],
       f"the save is tried again at exit, {len(at_exit)} times, naming why: {at_exit[-1:]}")
expect("progress.json was not saved" in p.stderr and "exit code 3" in p.stderr,
       "stderr says it was not saved: " + p.stderr[-200:].replace("\n", " | "))
expect(not os.path.exists(bad) and os.path.getsize(blocker) == 0, "nothing was written anywhere else")

q = run(bad, script("look", "expect screen map\nwait 100\n"))
expect(q.returncode == 0, f"the same place with nothing to save: exit code 0 ({q.returncode})")

good = os.path.join(WORK, "progress.json")
r = run(good, routine("finish"))
expect(r.returncode == 0 and len(history(good)) == 1, f"a place that can be written: exit 0, saved ({r.returncode})")
finish()
