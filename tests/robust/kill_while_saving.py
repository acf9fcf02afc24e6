#!/usr/bin/env python3
"""kill_while_saving.py - kills facemap with SIGKILL at random moments while
it saves, many times over, and checks after every kill that the progress
file is whole: it parses, it is version 1 with a valid history, and it holds
the history from before the run (never fewer entries, the old ones
unchanged) or that plus what the run finished. Also that the .bak beside it
is whole, and that temporary files of killed saves do not pile up (facemap
clears those of dead processes when it starts).

Each run plays a script that finishes the nose routine again and again; the
routine saves after every step, and the history starts with ENTRIES entries
so a save takes a moment. Kill delays are uniform over most of a run's
length (0 to 85 %, so nearly every run is killed), so they land during
start-up, between saves and inside them.

Usage: kill_while_saving.py FACEMAP ROOT [--runs N] [--entries N] [--seed S]
"""
import argparse
import glob
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("facemap")
ap.add_argument("root")
ap.add_argument("--runs", type=int, default=300)
ap.add_argument("--entries", type=int, default=5000)
ap.add_argument("--seed", type=int, default=None)
args = ap.parse_args()
seed = args.seed if args.seed is not None else random.randrange(1 << 30)
rng = random.Random(seed)
print(f"kill_while_saving: {args.runs} runs, {args.entries} entries, seed {seed}")

work = tempfile.mkdtemp(prefix="facemap-kill.")
path = os.path.join(work, "progress.json")
script = os.path.join(work, "loop.txt")
with open(script, "w") as f:
    f.write("expect screen map\n")
    for _ in range(3):
        f.write("tap-zone nose\ntap-target routine:nose-clean-out\n")
        f.write("key Right\nwait 20\n" * 11)
        f.write("key Return\n")

history = [{"routine": "nose-clean-out" if i % 2 else "gentle-nose-cleanse", "zone": "nose",
            "completed_at": "2025-%02d-%02dT%02d:%02d:00Z" % (1 + i % 12, 1 + i % 28, i % 24, i % 60),
            "steps_done": 9, "steps_total": 9, "steps_skipped": 0} for i in range(args.entries)]
with open(path, "w") as f:
    json.dump({"version": 2, "history": history}, f)

env = dict(os.environ, SDL_VIDEODRIVER="dummy")
# 640x480: the nose's three routines on one page (smaller, their cards with
# their plan rows go one to a page, and a run's length would depend on which
# page the zone opens at)
cmd = [args.facemap, "--headless", "--window", "640x480", "--levels", args.root + "/levels",
       "--assets", args.root + "/assets", "--progress", path, "--time-scale", "50",
       "--now", "2026-11-21T09:00:00Z", "--replay", script]
KEYS = ("routine", "zone", "completed_at", "steps_done", "steps_total")


def fail(msg):
    print(f"FAIL: {msg} (files kept in {work}, seed {seed})")
    sys.exit(1)


def load(p):
    """The history in p, or fail saying why the file is not whole."""
    try:
        with open(p, "rb") as f:
            data = json.loads(f.read().decode("utf-8"))
    except Exception as e:  # noqa: BLE001 - any failure to read is the finding
        fail(f"{os.path.basename(p)} does not parse: {e}")
    if data.get("version") != 2 or not isinstance(data.get("history"), list):
        fail(f"{os.path.basename(p)}: no version 2 or no history")
    for e in data["history"]:
        if not isinstance(e, dict) or any(k not in e for k in KEYS):
            fail(f"{os.path.basename(p)}: a history entry lacks a field: {e}")
    return data["history"]


def temps():
    return glob.glob(path + ".tmp-*") + glob.glob(path + ".bak.tmp-*")


# How long a whole run takes, to spread the kills over it: the fastest of
# three, so that a first run slowed by other tests does not put the kills
# after the end of the later ones.
full = None
for _ in range(3):
    t0 = time.monotonic()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    full = min(full or 1e9, time.monotonic() - t0)
before = load(path)
if len(before) <= args.entries:
    fail("an unkilled run saved nothing")
print(f"kill_while_saving: a whole run takes {full * 1000:.0f} ms and adds "
      f"{(len(before) - args.entries) // 3} entries")

kills = mid_save = grew = 0
most_temps = 0
for i in range(args.runs):
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0, 0.85 * full))
    left = temps()
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
        kills += 1
        mid_save += bool(left)
    else:  # the machine got quicker than when it was timed: spread the kills over less
        full *= 0.9
    p.wait()
    if not os.path.exists(path):
        fail(f"run {i}: progress.json is gone")
    after = load(path)
    if len(after) < len(before) or after[:len(before)] != before:
        fail(f"run {i}: history went from {len(before)} to {len(after)} entries or changed")
    grew += len(after) > len(before)
    if os.path.exists(path + ".bak"):
        load(path + ".bak")
    most_temps = max(most_temps, len(temps()))
    if len(temps()) > 2:
        fail(f"run {i}: temporary files pile up: {temps()}")
    before = after

if kills < 0.9 * args.runs:
    fail(f"only {kills} of {args.runs} runs were killed before they ended")
# A last run to the end clears what the killed ones left.
subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
load(path)
if temps():
    fail(f"temporary files left after a clean run: {temps()}")
print(f"kill_while_saving: {kills} kills ({mid_save} with a save's temporary file present), "
      f"history grew in {grew} runs to {len(before)} entries, at most {most_temps} temporary "
      f"files at once, every file whole")
subprocess.run(["rm", "-rf", work])
