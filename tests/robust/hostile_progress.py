#!/usr/bin/env python3
"""hostile_progress.py - facemap started on a corrupt or hostile progress
file, one case at a time: every file in tests/robust/progress_bad/ plus a
few made here (a 20 MB file, 100,001 entries, nesting 100,000 deep, 8
million tiny values in 16 MB). For each the app must exit 0 after a short
routine, keep the original bytes as progress.json.unreadable-TIME, name the
file on stderr, and leave a fresh valid progress.json holding just that
routine. (A folder, FIFO or device where the file should be is not moved
aside but left alone: odd_paths.py.) Then the files in
tests/robust/progress_ok/, which must load with their entries (a version 0 one is migrated, its original bytes kept as
progress.json.version-0), and an unreadable file whose name is too long to
move aside (saving must then stay off, the file untouched, and the exit
code 3 say that the routine was not saved).

Usage: hostile_progress.py FACEMAP ROOT
"""
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

FACEMAP, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp(prefix="facemap-hostile.")
script = os.path.join(work, "routine.txt")
with open(script, "w") as f:
    f.write("expect screen map\ntap-zone nose\ntap-target routine:gentle-nose-cleanse\n"
            + "key Right\nwait 20\n" * 5 + "expect screen done\n")
failures = []


def run(folder, name="progress.json"):
    path = os.path.join(folder, name)
    ev = os.path.join(folder, "events.jsonl")
    # 400x300: at 320x240 the zone screen pages its routines one to a page
    # (cards as tall as their text), and the routine tapped is on page 2
    cmd = [FACEMAP, "--headless", "--window", "400x300", "--levels", ROOT + "/levels",
           "--assets", ROOT + "/assets", "--progress", path, "--events", ev,
           "--time-scale", "50", "--now", "2026-11-21T09:00:00Z", "--replay", script]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, SDL_VIDEODRIVER="dummy"))
    with open(ev) as f:
        evs = [json.loads(line) for line in f if line.strip()]
    return p, evs


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fresh_history(path):
    with open(path) as f:
        data = json.load(f)
    assert data["version"] == 2, data
    return data["history"]


def case(name, make):
    """make(path) writes the hostile file (or folder) at path."""
    folder = os.path.join(work, name)
    os.mkdir(folder)
    path = os.path.join(folder, "progress.json")
    make(path)
    before = digest(path) if os.path.isfile(path) else "folder"
    p, evs = run(folder)
    why = []
    if p.returncode != 0:
        why.append(f"exit {p.returncode}")
    aside = glob.glob(path + ".unreadable-*")
    if len(aside) != 1:
        why.append(f"{len(aside)} copies kept aside")
    elif (digest(aside[0]) if os.path.isfile(aside[0]) else "folder") != before:
        why.append("the copy kept aside differs from the original")
    if path not in p.stderr or "could not be read" not in p.stderr:
        why.append("stderr does not name the file: " + p.stderr[-300:])
    try:
        h = fresh_history(path)
        if len(h) != 1 or h[0]["routine"] != "gentle-nose-cleanse":
            why.append(f"the fresh file holds {h}")
    except Exception as e:  # noqa: BLE001
        why.append(f"no fresh valid progress.json: {e}")
    if any(e["event"] == "save_failed" for e in evs):
        why.append("a save failed")
    first = p.stderr.splitlines()[0][:110] if p.stderr else ""
    print(f"{'ok  ' if not why else 'FAIL'} {name}: {first}")
    if why:
        failures.append(f"{name}: {'; '.join(why)}")
    shutil.rmtree(folder, ignore_errors=True)


def copy_of(src):
    return lambda path: shutil.copyfile(src, path)


def huge(path):
    with open(path, "wb") as f:
        f.write(b'{"version": 1, "history": [], "padding": "')
        f.write(b"x" * (20 << 20))
        f.write(b'"}\n')


def too_many(path):
    e = ('{"routine": "gentle-nose-cleanse", "zone": "nose", "completed_at": '
         '"2026-01-01T09:00:00Z", "steps_done": 5, "steps_total": 5}')
    with open(path, "w") as f:
        f.write('{"version": 1, "history": [' + ",".join([e] * 100001) + "]}\n")


def tiny_values(path):
    """16 MB of "0," under a key the app does not know: valid JSON that
    would take over half a gigabyte as a tree."""
    n = (16 << 20) // 2 - 40
    with open(path, "w") as f:
        f.write('{"version": 1, "history": [], "x": [' + "0," * n + "0]}")


def very_deep(path):
    with open(path, "w") as f:
        f.write('{"version": 1, "history": [], "x": ' + "[" * 100000 + "]" * 100000 + "}")


for src in sorted(glob.glob(os.path.join(ROOT, "tests/robust/progress_bad/*"))):
    case(os.path.basename(src), copy_of(src))
case("made: 20 MB file", huge)
case("made: 100,001 history entries", too_many)
case("made: nesting 100,000 deep", very_deep)
case("made: 8 million tiny values", tiny_values)

# ---- files that must load: tests/robust/progress_ok/ --------------------------
def loads(src):
    """A file that must load and keep its entries; one of an older version
    must also be kept as progress.json.version-N, byte for byte."""
    name = os.path.basename(src)
    folder = os.path.join(work, name)
    os.mkdir(folder)
    path = os.path.join(folder, "progress.json")
    shutil.copyfile(src, path)
    with open(src, "rb") as f:
        original = f.read()
    old = json.loads(original.decode("utf-8-sig"))
    p, evs = run(folder)
    why = []
    if p.returncode != 0 or glob.glob(path + ".unreadable-*"):
        why.append(f"exit {p.returncode} or set aside: {p.stderr[-300:]}")
    h = fresh_history(path)
    want = [e["routine"] for e in old["history"]] + ["gentle-nose-cleanse"]
    if [e["routine"] for e in h] != want:
        why.append(f"history is {[e['routine'] for e in h]}, not {want}")
    version = old.get("version", 0)
    if version < 1:
        copy = f"{path}.version-{version}"
        if not os.path.exists(copy) or open(copy, "rb").read() != original:
            why.append(f"the version {version} original is not kept as {copy}")
        if "migrated" not in p.stderr:
            why.append("stderr does not say it was migrated")
    print(f"{'ok  ' if not why else 'FAIL'} {name} loads{' (migrated)' if version < 1 else ''}")
    if why:
        failures.append(f"{name}: {'; '.join(why)}")


for src in sorted(glob.glob(os.path.join(ROOT, "tests/robust/progress_ok/*"))):
    loads(src)

folder = os.path.join(work, "long")
os.mkdir(folder)
name = "progress-" + "x" * 215 + ".json"  # + ".unreadable-TIME" is over NAME_MAX
path = os.path.join(folder, name)
with open(path, "wb") as f:
    f.write(b"not json")
p, evs = run(folder, name)
with open(path, "rb") as f:
    same = f.read() == b"not json"
ok = (p.returncode == 3 and same and "saving is off" in p.stderr
      and not any(e["event"] == "saved" for e in evs) and len(os.listdir(folder)) == 2)
print(f"{'ok  ' if ok else 'FAIL'} unreadable and cannot be moved aside: saving stays off")
if not ok:
    failures.append(f"name too long: rc {p.returncode}, untouched {same}, files "
                    f"{os.listdir(folder)}, stderr {p.stderr[-300:]}")

shutil.rmtree(work, ignore_errors=True)
for f in failures:
    print("FAIL:", f)
n = (len(glob.glob(os.path.join(ROOT, "tests/robust/progress_bad/*"))) + 6
     + len(glob.glob(os.path.join(ROOT, "tests/robust/progress_ok/*"))))
print(f"{n - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
