"""data_lib.py - shared by the robustness tests of what is kept on disk
(two_copies.py, kiosk_counts.py, history_archive.py, save_at_exit.py,
bad_id.py, home_unset.py): real facemap processes on real files in a
fresh folder, headless, each on a replay script.
"""
import json
import os
import subprocess
import sys
import tempfile

FACEMAP, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
WORK = tempfile.mkdtemp(prefix="facemap-data.")
NOW = "2026-11-21T09:00:00Z"
PIN_CONFIG = os.path.join(WORK, "kiosk.json")
with open(PIN_CONFIG, "w") as f:
    json.dump({"kind": "kiosk-config", "idle_seconds": 60, "dim_seconds": 120, "pin": "2468"}, f)


def routine(name, routine_id="gentle-nose-cleanse", steps=5):
    """A replay that finishes routine_id on the map's nose; returns its path."""
    path = os.path.join(WORK, name + ".txt")
    with open(path, "w") as f:
        f.write("expect screen map\ntap-zone nose\ntap-target routine:%s\n" % routine_id
                + "key Right\nwait 20\n" * steps + "expect screen done\n")
    return path


def script(name, text):
    path = os.path.join(WORK, name + ".txt")
    with open(path, "w") as f:
        f.write(text)
    return path


def command(progress, replay, now=NOW, events=None, extra=()):
    cmd = [FACEMAP, "--headless", "--window", "640x480", "--levels", ROOT + "/levels",
           "--assets", ROOT + "/assets", "--time-scale", "50", "--now", now]
    if progress:
        cmd += ["--progress", progress]
    if events:
        cmd += ["--events", events]
    return cmd + list(extra) + ["--replay", replay]


def environ(unset=(), **extra):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", XDG_CONFIG_HOME=os.path.join(WORK, "config"))
    for k in unset:
        env.pop(k, None)
    env.update(extra)
    return env


def run(progress, replay, now=NOW, events=None, extra=(), env=None, cwd=None):
    return subprocess.run(command(progress, replay, now, events, extra), capture_output=True,
                          text=True, errors="replace", timeout=300, env=env or environ(), cwd=cwd)


def history(path):
    with open(path) as f:
        data = json.load(f)
    assert data["version"] == 2, data
    return data["history"]


def events(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def entries(n, year=2025, routine_id="nose-clean-out"):
    """n distinct finished routines, oldest first, a minute apart from
    January 1st of year."""
    out = []
    for i in range(n):
        t = i * 60
        out.append({"routine": routine_id, "zone": "nose",
                    "completed_at": "%04d-01-%02dT%02d:%02d:00Z" % (year, 1 + t // 86400,
                                                                     t // 3600 % 24, t // 60 % 60),
                    "steps_done": 9, "steps_total": 9, "steps_skipped": 0})
    return out


def write(path, data):
    with open(path, "w") as f:
        json.dump(data, f, indent=1)


failures = []


def expect(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def finish():
    """Exits 1 naming the failures (the folder is kept), else 0 (removed)."""
    if failures:
        print(f"{len(failures)} failed; files kept in {WORK}")
        sys.exit(1)
    subprocess.run(["rm", "-rf", WORK])
    sys.exit(0)
