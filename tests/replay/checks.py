"""checks.py - helpers for the replay tests' assertions (run by lib.sh's
check): read the events and progress files, read pixels of shots with
ImageMagick, and run facemap --dump-layout. The code to check comes as
argv[1] and runs with these helpers in scope; a failed assert fails it."""
import json
import os
import subprocess
import sys


def events():
    with open("events.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


def kinds(evs, kind):
    return [e for e in evs if e["event"] == kind]


def progress():
    with open("progress.json") as f:
        return json.load(f)


def pixels(png, x, y, w, h):
    """Pixels of a w x h box at (x, y) as a list of (r, g, b)."""
    out = subprocess.run(["convert", png, "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-depth", "8", "txt:-"],
                         check=True, capture_output=True, text=True).stdout
    px = []
    for line in out.splitlines()[1:]:
        hexpart = line.split("#")[1][:6]
        px.append(tuple(int(hexpart[i:i + 2], 16) for i in (0, 2, 4)))
    return px


def pixel(png, x, y):
    return pixels(png, x, y, 1, 1)[0]


def near(png, x, y, w, h, rgb, tol=24):
    """Whether some pixel in the box is within tol of rgb on every channel."""
    return any(all(abs(p[i] - rgb[i]) <= tol for i in range(3)) for p in pixels(png, x, y, w, h))


def differs(a, b, x, y, w, h):
    return pixels(a, x, y, w, h) != pixels(b, x, y, w, h)


def layout(w, h):
    out = subprocess.run([os.environ["FACEMAP"], "--dump-layout", "--window", f"{w}x{h}",
                          "--levels", os.environ["ROOT"] + "/levels", "--assets", os.environ["ROOT"] + "/assets",
                          "--progress", "progress.json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def zone(lay, zid):
    return next(z for z in lay["zones"] if z["id"] == zid)


GREEN_DONE = (0x2E, 0x7D, 0x4F)  # the done screen's check mark (assets/sprites)
BADGE_DONE = (0x33, 0x81, 0x72)  # a "Done" badge (src/core/ui_theme.c)

try:
    exec(sys.argv[1])
except AssertionError as e:
    import traceback
    traceback.print_exc()
    sys.exit(1)
