#!/usr/bin/env python3
"""soak.py - a monkey at the controls. Generates a replay of N random
commands (taps anywhere in the window, touches, finger down / move / up,
mouse press / release, the keys Tab, Shift+Tab, Return, Space, Escape and
the arrows, waits of 0-3000 ms, and now and then a resize), plays it
headless with --time-scale 50 and --events, and meanwhile samples the
process's resident memory (VmRSS) every 0.5 s and reads the progress file
each time (a file caught between saves must still be whole).

Passes when: facemap exits 0 having played every command (the script ends
with a shot); every screen was visited (map, zone, routine, done,
progress); the RSS of the last quarter of the samples is at most that of
the first quarter + 2 MiB, floor against floor (the tenth percentile of
each quarter's samples: they swing by 10 MiB and more as the window size,
the screen and the texture cache change, and even a quarter's median moved
by 3 MiB between quarters of a run whose floor stayed flat; what a leak
keeps stays in the floor, which the renderer's rests bring the samples
down to); and every progress file read
(during the run and at the end, and its .bak) is valid JSON with version 2
and a history.

  tests/robust/soak.py FACEMAP ROOT                    50,000 commands (CTest robust.soak_short)
  tests/robust/soak.py FACEMAP ROOT --commands 100000  the long soak
Options: --seed S (default: random, printed), --window WxH, --keep, --no-rss.

Why 50,000 for the short one: the texture cache (render.c: 384 entries or
24 MiB, least recently used out; emptied by a headless resize) and the heap
under it reach their high-water mark over the first ~20,000 random
commands; a 20,000-command soak compared that warm-up with the end and
grew 3-6 MiB every time, while a build with a 2 MiB cache stayed flat
(27.7 -> 28.3 MiB). With the history's year, the plan and the profiles'
keyboard there is more text to cache, and 50,000 commands were no longer
past the warm-up (seed 783557045: 34.1 -> 36.4 MiB with 24 MiB, 32.6 ->
33.1 MiB with 2 MiB). So the soak runs facemap with a 2 MiB cache
(FACEMAP_TEXTURE_CACHE_MB=2): what the floor keeps then is what leaks, not
what a warming cache holds.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("facemap")
ap.add_argument("root")
ap.add_argument("--commands", type=int, default=50000)
ap.add_argument("--seed", type=int, default=None)
ap.add_argument("--window", default="480x360")
ap.add_argument("--keep", action="store_true")
ap.add_argument("--no-rss", action="store_true",
                help="skip the memory check (under ASan, whose quarantine grows RSS by design)")
args = ap.parse_args()
# facemap runs in its own work folder: paths given relative to here must
# still name the same files there
args.facemap, args.root = os.path.abspath(args.facemap), os.path.abspath(args.root)
seed = args.seed if args.seed is not None else random.randrange(1 << 30)
rng = random.Random(seed)
W, H = (int(v) for v in args.window.split("x"))
SIZES = [(W, H), (320, 240), (640, 400), (400, 640), (W, H)]
KEYS = ["Tab", "Shift+Tab", "Return", "Space", "Escape", "Left", "Right", "Up", "Down"]
# Right and Return more often than Escape, so routines get finished.
KEY_WEIGHTS = [6, 3, 8, 4, 3, 3, 12, 3, 3]
SCREENS = ["map", "zone", "routine", "done", "progress"]

work = tempfile.mkdtemp(prefix="facemap-soak.")
progress = os.path.join(work, "progress.json")


def gen():
    """The monkey's script, and the total of its waits in ms."""
    w, h = W, H
    lines, waited = [], 0
    for i in range(args.commands - 1):
        r = rng.random()
        if r < 0.30:
            lines.append(f"tap {rng.randrange(w)} {rng.randrange(h)}")
        elif r < 0.40:
            lines.append(f"touch {rng.randrange(w)} {rng.randrange(h)}")
        elif r < 0.43:
            x, y = rng.randrange(w), rng.randrange(h)
            lines.append(f"finger-down {x} {y}")
            if rng.random() < 0.5:
                lines.append(f"finger-up {min(w - 1, x + rng.randrange(-40, 41) % w)} {y}")
            else:
                lines.append(f"finger-up {x} {y}")
        elif r < 0.45:
            x, y = rng.randrange(w), rng.randrange(h)
            lines.append(f"press {x} {y}")
            lines.append(f"release {rng.choice([x, rng.randrange(w)])} {y}")
        elif r < 0.47:
            lines.append(f"move {rng.randrange(w)} {rng.randrange(h)}")
        elif r < 0.83:
            lines.append("key " + rng.choices(KEYS, KEY_WEIGHTS)[0])
        elif r < 0.998:
            u = rng.random()
            ms = rng.randrange(0, 100) if u < 0.7 else rng.randrange(100, 1000) if u < 0.95 else rng.randrange(1000, 3001)
            waited += ms
            lines.append(f"wait {ms}")
        else:
            w, h = rng.choice(SIZES)
            lines.append(f"resize {w} {h}")
    lines.append("shot end.png")
    return lines, waited


lines, waited = gen()
script = os.path.join(work, "monkey.txt")
with open(script, "w") as f:
    f.write(f"# soak.py --commands {args.commands} --seed {seed}\n" + "\n".join(lines) + "\n")
print(f"soak: {args.commands} commands, seed {seed}, {waited / 1000:.0f} s of waits on the app's clock")

cmd = [args.facemap, "--headless", "--window", args.window, "--levels", args.root + "/levels",
       "--assets", args.root + "/assets", "--progress", progress, "--events",
       os.path.join(work, "events.jsonl"), "--time-scale", "50", "--now", "2026-11-21T09:00:00Z",
       "--replay", script]
failures = []


def check_file(path, when):
    try:
        with open(path) as f:
            data = json.load(f)
        if data.get("version") != 2 or not isinstance(data.get("history"), list):
            failures.append(f"{when}: {os.path.basename(path)} has no version 2 or no history")
        return data
    except FileNotFoundError:
        return None
    except Exception as e:  # noqa: BLE001
        failures.append(f"{when}: {os.path.basename(path)} is not valid JSON: {e}")
        return None


t0 = time.monotonic()
p = subprocess.Popen(cmd, cwd=work, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                     env=dict(os.environ, SDL_VIDEODRIVER="dummy", XDG_CONFIG_HOME=os.path.join(work, "config"),
                              FACEMAP_TEXTURE_CACHE_MB="2"))
rss, reads = [], 0
while p.poll() is None:
    try:
        with open(f"/proc/{p.pid}/status") as f:
            kb = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        rss.append((time.monotonic() - t0, kb))
    except (OSError, StopIteration):
        pass
    reads += check_file(progress, f"at {time.monotonic() - t0:.1f} s") is not None
    time.sleep(0.5)
err = p.stderr.read().decode(errors="replace")
elapsed = time.monotonic() - t0

if p.returncode != 0:
    failures.append(f"facemap exited {p.returncode}: {err[-600:]}")
if not os.path.exists(os.path.join(work, "end.png")):
    failures.append("the script was not played to its end (no end.png)")
screens, done, saves = set(), 0, 0
with open(os.path.join(work, "events.jsonl")) as f:
    for line in f:
        e = json.loads(line)
        if e["event"] == "screen":
            screens.add(e["screen"])
        done += e["event"] == "routine_done"
        saves += e["event"] == "saved"
        if e["event"] == "save_failed":
            failures.append(f"a save failed: {e}")
missing = [s for s in SCREENS if s not in screens]
if missing:
    failures.append(f"screens never visited: {missing}")
final = check_file(progress, "at the end")
check_file(progress + ".bak", "at the end")
history = len(final["history"]) if final else 0

def floor(ks):
    ks = sorted(ks)
    return ks[len(ks) // 10] if ks else 0


q = max(1, len(rss) // 4)
head, tail = [k for _, k in rss[:q]], [k for _, k in rss[-q:]]
first, last = floor(head), floor(tail)
if not args.no_rss and len(rss) >= 4 and last > first + 2048:
    failures.append(f"resident memory grew: first quarter floor {first} KiB, last quarter floor {last} KiB")
print(f"soak: {elapsed:.1f} s, exit {p.returncode}; screens {sorted(screens)}; {done} routines "
      f"done, {saves} saves, history {history}; RSS floor (10th percentile) first quarter {first / 1024:.1f} MiB, "
      f"last quarter {last / 1024:.1f} MiB (max {max(head, default=0) / 1024:.1f} and "
      f"{max(tail, default=0) / 1024:.1f}), peak {max((k for _, k in rss), default=0) / 1024:.1f} "
      f"MiB over {len(rss)} samples; progress file read {reads} times during the run")
if args.keep or failures:
    with open(os.path.join(work, "rss.tsv"), "w") as f:
        f.writelines(f"{t:.2f}\t{k}\n" for t, k in rss)
    print(f"soak: files kept in {work} (monkey.txt replays it)")
else:
    shutil.rmtree(work, ignore_errors=True)
for f in failures:
    print("FAIL:", f)
print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
