#!/usr/bin/env python3
"""bad_id.py - data the format does not allow, on load.

Ids are [a-z0-9-] (levels/README.md; progress.h). A history entry whose
routine id holds an escaped NUL (which C strings end at) or other bytes is
refused, never read cut short and written back: stderr names the file,
the entry (its JSON pointer, or its line and column) and why; the original
bytes are kept as progress.json.unreadable-TIME; the new file holds only
the routine finished in this run, and no id cut short.

Usage: bad_id.py FACEMAP ROOT
"""
import glob
import os

from data_lib import WORK, expect, finish, history, routine, run

CASES = {
    "escaped-nul": ('"nose\\u0000-clean-out"', "line 3, column 20", "a string holds \\u0000 (NUL)"),
    "control-byte": ('"nose\\u0007clean"', "/history/1/routine", '"nose?clean" is not an id'),
    "capitals": ('"Nose-Clean-Out"', "/history/1/routine", '"Nose-Clean-Out" is not an id'),
    "utf-8": ('"caf\\u00e9"', "/history/1/routine", '"caf\u00e9" is not an id'),
}
finish_it = routine("finish")
for name, (rid, where, why) in CASES.items():
    folder = os.path.join(WORK, name)
    os.mkdir(folder)
    path = os.path.join(folder, "progress.json")
    text = ('{"version": 1, "history": [\n'
            '  {"routine": "gentle-nose-cleanse", "zone": "nose", "completed_at": "2026-11-01T09:30:00Z", '
            '"steps_done": 5, "steps_total": 5},\n'
            '  {"routine": %s, "zone": "nose", "completed_at": "2026-11-02T09:30:00Z", '
            '"steps_done": 9, "steps_total": 9}\n]}\n' % rid).encode()
    with open(path, "wb") as f:
        f.write(text)
    p = run(path, finish_it)
    aside = glob.glob(path + ".unreadable-*")
    kept = False
    if len(aside) == 1:
        with open(aside[0], "rb") as f:
            kept = f.read() == text
    h = history(path)
    expect(p.returncode == 0 and path in p.stderr and where in p.stderr and why in p.stderr,
           f"{name}: stderr names the file, the entry ({where}) and why: "
           + p.stderr[:300].replace("\n", " | "))
    expect(kept and len(h) == 1 and h[0]["completed_at"] == "2026-11-21T09:00:00Z",
           f"{name}: the original bytes are kept aside, the new file holds only this run's routine")
finish()
