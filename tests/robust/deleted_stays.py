#!/usr/bin/env python3
"""deleted_stays.py - a deleted history entry stays deleted when two
copies of facemap share one progress file (progdel.h, progstore.c).

Each round, on a file of 50 finished routines, copy B starts first and
reads all 50 (it is stopped, SIGSTOP, once its first event shows it has);
copy A deletes the newest on its history screen (and saves at once); B,
let go (SIGCONT), then finishes a routine and saves. B still held the deleted entry
in memory, but the merge under the lock must not bring it back: the file
holds the 49 others and B's routine, and names the entry in its "deleted"
list. A third run finishes another routine and saves again: still deleted.

Usage: deleted_stays.py FACEMAP ROOT
"""
import json
import os
import signal
import subprocess
import time

from data_lib import WORK, command, entries, environ, events, expect, finish, history, routine, script, write

ROUNDS = 5
a_script = script("a-delete", "expect screen map\ntap-target history\ntap-target tab:entries\n"
                  "tap-target delete:1\nwait 200\n")
b_script = script("b-late", "expect screen map\nwait 8000\ntap-zone nose\n"
                  "tap-target routine:gentle-nose-cleanse\n" + "key Right\nwait 20\n" * 5 + "expect screen done\n")
again = routine("again")
old = entries(50)
gone = {"routine": old[-1]["routine"], "completed_at": old[-1]["completed_at"]}
bad = 0
for r in range(ROUNDS):
    path = os.path.join(WORK, "shared-%d.json" % r)
    write(path, {"version": 1, "history": old})
    aev, bev, cev = (os.path.join(WORK, "%s-%d.jsonl" % (w, r)) for w in "abc")
    b = subprocess.Popen(command(path, b_script, now="2026-11-21T10:00:00Z", events=bev), env=environ(),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # B has read the file once its first event is out: it is held there
    # (SIGSTOP) while A deletes, so that B saves after A on a loaded machine too
    for _ in range(6000):
        if b.poll() is not None or (os.path.exists(bev) and os.path.getsize(bev) > 0):
            break
        time.sleep(0.005)
    b_later = b.poll() is None  # B saves after A's delete, from what it read before it
    if b_later:
        os.kill(b.pid, signal.SIGSTOP)
    a = subprocess.run(command(path, a_script, events=aev), env=environ(), capture_output=True, text=True,
                       timeout=300)
    if b_later:
        os.kill(b.pid, signal.SIGCONT)
    bcode = b.wait(timeout=300)
    deleted = [e for e in events(aev) if e["event"] == "entry_deleted"]
    mid = history(path)
    c = subprocess.run(command(path, again, now="2026-11-21T11:00:00Z", events=cev), env=environ(),
                       capture_output=True, text=True, timeout=300)
    with open(path) as f:
        final = json.load(f)
    times = [e["completed_at"] for e in final["history"]]
    ok = (a.returncode == 0 and bcode == 0 and c.returncode == 0 and b_later and len(deleted) == 1
          and len(mid) == 50 and gone["completed_at"] not in [e["completed_at"] for e in mid]
          and gone["completed_at"] not in times and len(times) == 51 and final.get("deleted") == [gone])
    if not ok:
        bad += 1
        print(f"round {r}: exit codes {a.returncode} {bcode} {c.returncode}, B saved later {b_later}, "
              f"deleted {deleted}, {len(mid)} then {len(times)} entries, deleted list {final.get('deleted')}, "
              f"stderr {a.stderr[-300:]} {b.stderr.read()[-300:]}")
expect(bad == 0, f"a delete by one copy stays through another copy's save and a third save, {ROUNDS} rounds")
finish()
