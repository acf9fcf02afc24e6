#!/usr/bin/env python3
"""odd_paths.py - facemap given paths that are not plain files, each run
under a timeout so that a hang fails the test:

- --progress: a folder, a FIFO, /dev/null, a path too long, a file the user
  cannot read are named on stderr and left exactly as they were (nothing
  moved aside, nothing written); a symlink is saved through (the link stays,
  the target gets the routine); a 0600 file stays 0600.
- --config (--check, and a kiosk run): the same kinds named, never waited on.
- a level file: a FIFO, a device and an unreadable file in levels/ are named
  by --check and skipped by the app, which still runs the routine; a
  zones.json that is a folder is named; a symlinked routine file is read.
- --check --progress with each kind: exit 1 naming the file and why.
- the settings file as a folder or a FIFO: named, left alone.

The unreadable cases need a user that permissions stop: as root they run
facemap as nobody (setpriv).

Usage: odd_paths.py FACEMAP ROOT
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

FACEMAP, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
TIMEOUT = 60
work = tempfile.mkdtemp(prefix="facemap-odd.")
os.chmod(work, 0o755)
script = os.path.join(work, "routine.txt")
with open(script, "w") as f:
    f.write("expect screen map\ntap-zone nose\ntap-target routine:gentle-nose-cleanse\n"
            + "key Right\nwait 20\n" * 5 + "expect screen done\n")
failures = []
AS_USER = os.geteuid() != 0 or shutil.which("setpriv") is not None


def run(args, unprivileged=False):
    cmd = [FACEMAP] + args
    if unprivileged and os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + cmd
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", HOME=work, XDG_CONFIG_HOME=work + "/config",
               XDG_CACHE_HOME=work + "/cache")
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return None


def expect(name, ok, p, why=""):
    if p is None:
        failures.append(f"{name}: still running after {TIMEOUT} s (a hang)")
    elif not ok:
        failures.append(f"{name}: {why} (exit {p.returncode}, stderr {p.stderr[-400:]!r})")
    else:
        print(f"ok   {name}")


def state(path):
    """What is at path, to compare before and after."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    data = None
    if stat.S_ISREG(st.st_mode):
        with open(path, "rb") as f:
            data = f.read()
    return (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), data)


def trainer(progress, unprivileged=False, levels=None):
    return run(["--headless", "--window", "640x480", "--levels", levels or ROOT + "/levels",
                "--assets", ROOT + "/assets", "--progress", progress, "--time-scale", "50",
                "--now", "2026-11-21T09:00:00Z", "--replay", script], unprivileged)


def folder(name):
    d = os.path.join(work, name)
    os.mkdir(d)
    os.chmod(d, 0o777)
    return d


def unreadable(path):
    with open(path, "w") as f:
        f.write('{"version": 1, "history": []}')
    os.chmod(path, 0o000)


LONG = os.path.join(work, "x" * 300, "y" * 5000 + ".json")
MAKERS = {
    "a folder": lambda p: os.mkdir(p),
    "a FIFO": lambda p: os.mkfifo(p),
}
ODD = ["a folder", "a FIFO", "a device", "unreadable", "too long"]
WORDS = {"a folder": "is a folder", "a FIFO": "is a FIFO", "a device": "is a device",
         "unreadable": "Permission denied", "too long": "too long"}


def make_odd(what, kind):
    """A folder of its own and, in it, a path of kind (the device is
    /dev/null, the long path is LONG)."""
    d = folder(what + " " + kind)
    path = {"a device": "/dev/null", "too long": LONG}.get(kind, os.path.join(d, what + ".json"))
    if kind in MAKERS:
        MAKERS[kind](path)
    elif kind == "unreadable":
        unreadable(path)
    return d, path


def odd_progress():
    for kind in ODD:
        d, path = make_odd("progress", kind)
        before, listing = state(path), sorted(os.listdir(d))
        p = trainer(path, unprivileged=kind == "unreadable")
        ok = p is not None and WORDS[kind] in p.stderr and state(path) == before \
            and sorted(os.listdir(d)) == listing
        if kind != "too long":  # the run goes on with saving off, and its routine is not saved: exit 3
            ok = ok and p.returncode == 3 and "was not saved" in p.stderr
        expect(f"--progress is {kind}", ok, p, "not named, not left as it was, or the run failed")
        c = run(["--check", "--levels", ROOT + "/levels", "--assets", ROOT + "/assets",
                 "--progress", path], kind == "unreadable")
        expect(f"--check --progress {kind}", c is not None and c.returncode == 1 and
               WORDS[kind] in c.stdout, c, "not refused by name")


def progress_link_and_mode():
    d = folder("progress link")
    real = os.path.join(d, "real")
    os.mkdir(real)
    target = os.path.join(real, "progress.json")
    link = os.path.join(d, "progress.json")
    os.symlink("real/progress.json", link)
    p = trainer(link)
    ok = p is not None and p.returncode == 0 and os.path.islink(link) and os.path.isfile(target)
    if ok:
        with open(target) as f:
            ok = len(json.load(f)["history"]) == 1
        p2 = trainer(link)  # a second save keeps the .bak beside the target
        ok = ok and p2 is not None and os.path.islink(link) and os.path.isfile(target + ".bak")
    expect("--progress is a symlink: saved through to its target", ok, p, "the link was replaced")
    d = folder("progress private")
    path = os.path.join(d, "progress.json")
    with open(path, "w") as f:
        f.write('{"version": 1, "history": []}')
    os.chmod(path, 0o600)
    p = trainer(path)
    ok = p is not None and p.returncode == 0 and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(path) as f:
        ok = ok and len(json.load(f)["history"]) == 1
    expect("--progress mode 0600 is kept after a save", ok, p, "mode or content wrong")


def odd_config():
    for kind in ODD:
        d, path = make_odd("config", kind)
        before = state(path)
        c = run(["--check", "--levels", ROOT + "/levels", "--assets", ROOT + "/assets",
                 "--config", path], kind == "unreadable")
        expect(f"--check --config {kind}", c is not None and c.returncode == 1 and
               WORDS[kind] in c.stdout and state(path) == before, c, "not refused by name")
        k = run(["--kiosk", "--headless", "--window", "640x480", "--config", path, "--progress",
                 os.path.join(d, "p.json"), "--replay", script], kind == "unreadable")
        expect(f"--kiosk --config {kind}: named, never waited on", k is not None and
               WORDS[kind] in k.stderr and state(path) == before, k, "not named")


def odd_levels():
    for kind in ["a FIFO", "a device", "unreadable", "zones.json a folder", "a symlink"]:
        d = folder("levels " + kind)
        levels = os.path.join(d, "levels")
        shutil.copytree(ROOT + "/levels", levels)
        odd, word = os.path.join(levels, "odd.json"), WORDS.get(kind)
        if kind == "a FIFO":
            os.mkfifo(odd)
        elif kind == "a device":
            os.symlink("/dev/null", odd)
        elif kind == "unreadable":
            unreadable(odd)
        elif kind == "zones.json a folder":
            odd = os.path.join(levels, "zones.json")
            os.remove(odd)
            os.mkdir(odd)
            word = "is a folder"
        else:  # a routine file moved away and linked back: read through the link
            shutil.move(os.path.join(levels, "nose.json"), os.path.join(d, "nose.json"))
            os.symlink("../nose.json", os.path.join(levels, "nose.json"))
        for path in (os.path.join(d, x) for x in os.listdir(d)):
            os.chmod(path, 0o755) if os.path.isdir(path) else None
        c = run(["--check", "--levels", levels, "--assets", ROOT + "/assets"], kind == "unreadable")
        if kind == "a symlink":
            expect("--check reads a symlinked level file", c is not None and c.returncode == 0, c,
                   "not read")
        else:
            expect(f"--check level file {kind}", c is not None and c.returncode == 1 and
                   odd in c.stdout and word in c.stdout, c, "not named")
        if kind == "zones.json a folder":
            continue
        p = trainer(os.path.join(d, "p.json"), kind == "unreadable", levels)
        expect(f"the trainer with a level file {kind}", p is not None and p.returncode == 0 and
               (kind == "a symlink" or odd in p.stderr), p, "did not run or did not name it")


def odd_settings():
    """The settings file (XDG_CONFIG_HOME/facemap/settings.json) as a folder
    or a FIFO: named, left alone, the run goes on with the defaults."""
    for kind in ["a folder", "a FIFO"]:
        cfg = os.path.join(work, "config", "facemap")
        os.makedirs(cfg, exist_ok=True)
        path = os.path.join(cfg, "settings.json")
        MAKERS[kind](path)
        before = state(path)
        p = trainer(os.path.join(folder("settings " + kind), "p.json"))
        expect(f"the settings file is {kind}", p is not None and p.returncode == 0 and
               WORDS[kind] in p.stderr and path in p.stderr and state(path) == before, p,
               "not named or not left alone")
        os.rmdir(path) if kind == "a folder" else os.remove(path)


odd_progress()
odd_settings()
progress_link_and_mode()
odd_config()
odd_levels()
shutil.rmtree(work, ignore_errors=True)
for line in failures:
    print("FAIL " + line)
sys.exit(1 if failures else 0)
