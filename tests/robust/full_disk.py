#!/usr/bin/env python3
"""full_disk.py - saving when the disk says no. Three cases, each on its own
tiny tmpfs (needs root and mount; exits 77, skipped, when mount is refused):

1. full: a 64 KiB tmpfs holding progress.json and a ballast file that fills
   it. A replay finishes the nose routine: every save fails with "No space
   left on device" naming the step, the old file stays byte for byte, no
   temporary file is left, a banner and stderr say so, and the run goes on
   to exit 3 (its routine was never saved). Then space comes back (the
   ballast is removed as soon as the first save_failed event appears, while
   the player animates on): the save
   is retried 30 s later on the app's clock and now works, holding the
   routine that was only in memory, with the old file kept as .bak.
2. read-only: the tmpfs remounted read-only; saves fail at "lock" (the
   lock file beside it cannot be made) with "Read-only file system"; the
   file is untouched; exit 3.
3. gone: the folder that held the progress file was removed (an unplugged
   stick); saves fail with "No such file or directory"; nothing is
   created; exit 3.

Usage: full_disk.py FACEMAP ROOT
"""
import atexit
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

FACEMAP, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp(prefix="facemap-disk.")
disk = os.path.join(work, "disk")
os.mkdir(disk)
if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk],
                  stderr=subprocess.DEVNULL).returncode != 0:
    print("skipped: mounting a tmpfs is not permitted here (needs root)")
    os.rmdir(disk)
    os.rmdir(work)
    sys.exit(77)


def cleanup():
    """Unmounts and removes everything, also after an unexpected error."""
    subprocess.run(["mount", "-o", "remount,rw", disk], stderr=subprocess.DEVNULL)
    subprocess.run(["umount", disk], stderr=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", work])


atexit.register(cleanup)


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def sha(p):
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def events(p):
    with open(p) as f:
        return [json.loads(line) for line in f if line.strip()]


def temps(folder):
    return [n for n in os.listdir(folder) if ".tmp-" in n]


def prepared(path, n):
    hist = [{"routine": "gentle-nose-cleanse", "zone": "nose",
             "completed_at": "2025-01-%02dT09:00:00Z" % (1 + i % 28),
             "steps_done": 3, "steps_total": 3, "steps_skipped": 0} for i in range(n)]
    with open(path, "w") as f:
        json.dump({"version": 2, "history": hist}, f, indent=1)
    return hist


def run(progress, script_text, name, watcher=None, code=0):
    script = os.path.join(work, name + ".txt")
    evpath = os.path.join(work, name + ".jsonl")
    with open(script, "w") as f:
        f.write(script_text)
    open(evpath, "w").close()
    cmd = [FACEMAP, "--headless", "--window", "640x480", "--levels", ROOT + "/levels",
           "--assets", ROOT + "/assets", "--progress", progress, "--events", evpath,
           "--time-scale", "20", "--now", "2026-11-21T09:00:00Z", "--replay", script]
    p = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True,
                         env=dict(os.environ, SDL_VIDEODRIVER="dummy"))
    t = threading.Thread(target=watcher, args=(evpath,)) if watcher else None
    if t:
        t.start()
    err = p.communicate()[1]
    if t:
        t.join()
    if p.returncode != code:
        fail(f"{name}: facemap exited {p.returncode}, not {code}: {err[-800:]}")
    return events(evpath), err


NOSE = ("expect screen map\ntap-zone nose\ntap-target routine:nose-clean-out\n"
        + "key Right\nwait 20\n" * 10 + "expect screen done\n")


def check_failed(evs, err, step, reason, name):
    failed = [e for e in evs if e["event"] == "save_failed"]
    if not failed:
        fail(f"{name}: no save_failed event")
    for e in failed:
        if f": {step}: {reason}" not in e.get("error", ""):
            fail(f"{name}: save_failed does not name the step and reason: {e}")
    if "Could not save your progress" not in err or reason not in err:
        fail(f"{name}: stderr does not say the save failed: {err[-400:]}")
    if not any(e["event"] == "routine_done" for e in evs):
        fail(f"{name}: the session did not go on to finish the routine")
    return failed


# ---- 1. a full disk, then space again -------------------------------------
path = os.path.join(disk, "progress.json")
old = prepared(path, 120)
ballast = os.path.join(disk, "ballast")
fd = os.open(ballast, os.O_WRONLY | os.O_CREAT, 0o600)
try:
    while True:
        os.write(fd, b"\0" * 4096)
except OSError:
    pass
os.close(fd)
st = os.statvfs(disk)
print(f"full: progress.json {os.path.getsize(path)} bytes, {st.f_bavail * st.f_frsize} bytes free")
before = sha(path)
evs, err = run(path, NOSE + "wait 31000\n", "full", code=3)
failed = check_failed(evs, err, "write", "No space left on device", "full")
if sha(path) != before or temps(disk):
    fail(f"full: the old file changed or a temporary file was left: {temps(disk)}")
if len(failed) < 2 or failed[1]["t"] - failed[0]["t"] < 30000:
    fail(f"full: the failed save was not retried 30 s later: {failed}")
if not any(e["event"] == "save_failed" and e["t"] >= 31000 for e in evs):
    fail("full: no last try at exit")
print(f"full: {len(failed)} failed saves, each naming the step; old file unchanged; no temp file")

seen = {}


def free_space_on_first_failure(evpath):
    """Removes the ballast as soon as the first save fails, first noting
    the state of the folder at that moment."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with open(evpath) as f:
            if '"save_failed"' in f.read():
                seen["sha"] = sha(path)
                seen["temps"] = temps(disk)
                os.remove(ballast)
                return
        time.sleep(0.005)


# The player keeps animating, so 60 s on the app's clock is real frames.
again = (NOSE + "key Return\nexpect screen map\ntap-zone nose\ntap-target routine:nose-clean-out\n"
         "wait 65000\n")
evs, err = run(path, again, "space-again", free_space_on_first_failure)
if seen.get("sha") != before or seen.get("temps"):
    fail(f"space-again: at the failure the file changed or a temp was left: {seen}")
failed = [e for e in evs if e["event"] == "save_failed"]
saved = [e for e in evs if e["event"] == "saved"]
if not failed or not saved or saved[0]["t"] - failed[0]["t"] < 30000:
    fail(f"space-again: no successful retry 30 s after the failure: {failed} {saved}")
with open(path) as f:
    now = json.load(f)["history"]
if now[:len(old)] != old or len(now) != len(old) + 1 or now[-1]["routine"] != "nose-clean-out":
    fail(f"space-again: the retried save does not hold the routine: {len(now)} entries")
if sha(path + ".bak") != before:
    fail("space-again: the old file is not kept as .bak")
print(f"space-again: saved {saved[0]['t'] - failed[0]['t']} ms after the failure, with the routine")

# ---- 2. read-only ---------------------------------------------------------
for n in os.listdir(disk):
    os.remove(os.path.join(disk, n))
prepared(path, 20)
before = sha(path)
subprocess.run(["mount", "-o", "remount,ro", disk], check=True)
evs, err = run(path, NOSE, "read-only", code=3)
check_failed(evs, err, "lock", "Read-only file system", "read-only")
subprocess.run(["mount", "-o", "remount,rw", disk], check=True)
if sha(path) != before or temps(disk):
    fail("read-only: the file changed or a temporary file was left")
print("read-only: saves fail at 'lock' (PATH.lock cannot be made), file untouched, exit 3")

# ---- 3. the folder is gone ------------------------------------------------
gone = os.path.join(work, "stick")
os.mkdir(gone)
prepared(os.path.join(gone, "progress.json"), 5)
subprocess.run(["rm", "-rf", gone], check=True)
evs, err = run(os.path.join(gone, "progress.json"), NOSE, "gone", code=3)
check_failed(evs, err, "lock", "No such file or directory", "gone")
if os.path.exists(gone):
    fail("gone: the folder was made again")
print("gone: saves fail with 'No such file or directory', nothing created")
print("3 passed, 0 failed")
