"""sessions.py - one measured run of one program. Each function launches
the program once under the benchmark's Xvfb, measures, stops it, and
returns a dict of figures (None for a figure it could not measure).

  launch_session  launch -> first frame and map drawn (trace), PSS and
                  peak RSS at MEM_AT, CPU idle on the map, then a click
                  (and Return) that starts the nose routine and CPU while
                  its step animates
  frame_session   frame times of a step animation at one window size, from
                  a replay (facemap) or --frames (bare): frames run back to
                  back, each one's cost traced
  io_session      bench_io: 200 routine files loaded, 10,000 entries saved
  hist_session    bench_hist: the history screen opened and drawn with
                  10,000 entries (make_history.py), off-screen
  peer_session    for programs without a trace (and facemap and bare too,
                  for a like-for-like peer table): window mapped and fully
                  drawn by polling the X server, memory and idle CPU"""

import json
import os
import shutil
import subprocess
import sys
import time

import procs
import xwin

REPLAY = """# tests/bench: open the nose routine and let its first step animate
tap-zone nose
expect screen zone
tap-target routine:nose-clean-out
expect screen routine
wait {ms}
quit
"""


class Ctx:
    """What every session needs: the programs, the X server, the work
    folder, and the lengths of the measuring windows."""

    def __init__(self, args, display, xvfb_pid, work):
        self.facemap = os.path.join(args.build_dir, "facemap")
        self.bare = os.path.join(args.build_dir, "tests", "bench", "facemap_bare")
        self.bench_io = os.path.join(args.build_dir, "tests", "bench", "bench_io")
        self.bench_hist = os.path.join(args.build_dir, "tests", "bench", "bench_hist")
        self.src = args.src
        self.display, self.xvfb_pid, self.work = display, xvfb_pid, work
        self.disp = xwin.Display(display)
        # launch snapshots (src/shell/snapshot.h) in the work folder only
        self.cache = os.path.join(work, "cache")
        self.env = {"DISPLAY": display, "SDL_VIDEODRIVER": "x11", "XDG_CACHE_HOME": self.cache}
        short = args.short
        self.mem_at_s = 2.0 if short else 5.0
        self.idle_s = 2.0 if short else 10.0
        self.anim_s = 2.0 if short else 10.0
        self.anim_ms = 1000 if short else 10000  # virtual ms of replayed animation
        self.speak_s = 1.5 if short else 4.0  # CPU while a step speaks (sound.py)
        self.short, self.runs = short, args.runs
        self.io_iterations = 2 if short else 5
        self.count = 0

    def paths(self, name):
        """Fresh trace, log and progress paths for one launch."""
        self.count += 1
        base = os.path.join(self.work, f"{self.count:03d}-{name}")
        return base + ".trace", base + ".log", base + "-progress.json"


def _argv(ctx, prog, renderer, size="1280x800", progress=None):
    if prog == "facemap":
        return [ctx.facemap, "--renderer", renderer, "--window", size, "--progress", progress]
    return [ctx.bare, "--renderer", renderer, "--window", size]


def xdo(ctx, *args):
    """Runs xdotool on the benchmark's display; False when it failed."""
    try:
        return subprocess.run(["xdotool", *args], timeout=10, env=dict(os.environ, **ctx.env),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    except subprocess.TimeoutExpired:
        return False


def nose_centre(ctx, size):
    """The nose zone's centre in window pixels, from facemap --dump-layout."""
    out = subprocess.run([ctx.facemap, "--dump-layout", "--window", size], capture_output=True,
                         text=True, timeout=30, env=dict(os.environ, SDL_VIDEODRIVER="dummy"))
    for z in json.loads(out.stdout)["zones"]:
        if z["id"] == "nose":
            return z["center"]
    raise RuntimeError("no nose zone in --dump-layout")


def _start_animation(ctx, prog, win, events):
    """Clicks the nose (facemap: then Return opens its most due routine) or
    anywhere (bare). Returns True when the animation is known to run."""
    wx, wy = win[1][0], win[1][1]
    cx, cy = nose_centre(ctx, "1280x800") if prog == "facemap" else (640, 400)
    # no --sync: it waits for ever when the pointer is already there
    xdo(ctx, "mousemove", str(wx + cx), str(wy + cy))
    time.sleep(0.1)
    xdo(ctx, "click", "1")
    if prog != "facemap":
        return True
    time.sleep(0.3)
    xdo(ctx, "key", "Return")
    for _ in range(100):
        try:
            with open(events) as f:
                if '"screen":"routine"' in f.read():
                    return True
        except OSError:
            pass
        time.sleep(0.05)
    return False


def first_launch(ctx, renderer, progress):
    """facemap's launch with no launch snapshot (the first launch, or the
    first after the map changed): launch -> map drawn, in ms. It leaves the
    snapshot that the measured launch after it shows."""
    shutil.rmtree(ctx.cache, ignore_errors=True)
    trace, log, _ = ctx.paths(f"facemap-{renderer}-first-launch")
    p = procs.Program(_argv(ctx, "facemap", renderer, progress=progress), ctx.env, trace, log)
    ms = p.wait_mark("map_drawn")
    time.sleep(0.5)  # the snapshot is written after the first frame
    p.stop()
    return ms


def launch_session(ctx, prog, renderer):
    trace, log, progress = ctx.paths(f"{prog}-{renderer}-launch")
    # bare keeps nothing between launches: each of its launches is a first one
    first = first_launch(ctx, renderer, progress) if prog == "facemap" else None
    events = progress + ".events"
    argv = _argv(ctx, prog, renderer, progress=progress)
    if prog == "facemap":
        argv += ["--events", events]
    before = set(ctx.disp.toplevels())
    p = procs.Program(argv, ctx.env, trace, log)
    r = {"first_frame_ms": p.wait_mark("first_frame"), "map_drawn_ms": p.wait_mark("map_drawn")}
    r["map_drawn_first_ms"] = first if prog == "facemap" else r["map_drawn_ms"]
    r["snapshot_shown"] = 1.0 if any(t.get("trace") == "snapshot_shown" for t in p.trace()) else 0.0
    win = None
    for _ in range(200):
        win = ctx.disp.new_window(before)
        if win:
            break
        time.sleep(0.02)
    p.sleep_until(ctx.mem_at_s * 1000)
    r["pss_mib"], r["hwm_mib"], r["processes"] = procs.memory(p.tree())
    r["idle_cpu"], r["idle_cpu_x"] = p.cpu_percent(ctx.idle_s, [ctx.xvfb_pid])
    r["anim_cpu"] = r["anim_cpu_x"] = r["anim_fps"] = None
    animating = win and _start_animation(ctx, prog, win, events)
    if animating:
        t0 = p.since_launch()
        time.sleep(1.0)  # past the step's first frames (rasters are made once)
        r["anim_cpu"], r["anim_cpu_x"] = p.cpu_percent(ctx.anim_s, [ctx.xvfb_pid])
        t1 = p.since_launch()
    p.stop()
    if animating:  # frame lines reach the trace at exit
        frames = sum(1 for t in p.trace() if t.get("trace") == "frame")
        r["anim_fps"] = 1000.0 * frames / (t1 - t0)
    return r


def _percentile(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(q / 100.0 * (len(v) - 1)))))] if v else None


def frame_session(ctx, prog, renderer, size):
    trace, log, progress = ctx.paths(f"{prog}-{renderer}-frames-{size}")
    if prog == "facemap":
        script = os.path.join(ctx.work, "anim.replay")
        with open(script, "w") as f:
            f.write(REPLAY.format(ms=ctx.anim_ms))
        argv = _argv(ctx, prog, renderer, size, progress) + ["--replay", script]
    else:
        argv = _argv(ctx, prog, renderer, size) + ["--frames", str(ctx.anim_ms // 16)]
    p = procs.Program(argv, ctx.env, trace, log)
    rc = p.wait(120)
    frames = [t["ms"] for t in p.trace() if t.get("trace") == "frame"]
    key = size.split("x")[0]
    if rc != 0 or not frames:
        return {f"frame_{key}_median": None, f"frame_{key}_p99": None}
    return {f"frame_{key}_median": _percentile(frames, 50), f"frame_{key}_p99": _percentile(frames, 99),
            f"frame_{key}_count": len(frames),
            f"frame_{key}_draw": _percentile([t["draw"] for t in p.trace() if t.get("trace") == "frame"], 50),
            f"frame_{key}_present": _percentile([t["present"] for t in p.trace()
                                                  if t.get("trace") == "frame"], 50)}


def io_session(ctx):
    out = subprocess.run([ctx.bench_io, "--iterations", str(ctx.io_iterations), "--dir", ctx.work],
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        return {"load_200_ms": None, "save_10000_ms": None, "parse_10000_ms": None}
    j = json.loads(out.stdout)
    return {"load_200_ms": _percentile(j["load_ms"], 50), "save_10000_ms": _percentile(j["save_ms"], 50),
            "serialize_10000_ms": _percentile(j["serialize_ms"], 50),
            "parse_10000_ms": _percentile(j["parse_ms"], 50)}


def peer_argv(ctx, name, home):
    """How each program is started for the peer table."""
    if name == "tuxpaint":
        return ["tuxpaint", "--windowed", "--1280x800", "--nosound", "--nosysconfig", "--startblank",
                "--nolockfile"]
    if name == "chromium":
        page = os.path.join(ctx.src, "tests", "bench", "peer", "facemap.html")
        return ["chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-position=0,0", "--window-size=1280,800", f"--user-data-dir={home}/chromium",
                "file://" + page]
    return _argv(ctx, name, "software", progress=os.path.join(home, "progress.json"))


def peer_session(ctx, name):
    trace, log, _ = ctx.paths(f"peer-{name}")
    home = trace + ".home"
    os.makedirs(home)
    env = dict(ctx.env, HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_CACHE_HOME=home + "/.cache")
    before = set(ctx.disp.toplevels())
    p = procs.Program(peer_argv(ctx, name, home), env, trace, log)
    mapped, drawn, _ = xwin.watch_window(ctx.disp, p, before, flat_ok=name == "bare")
    p.sleep_until(ctx.mem_at_s * 1000)
    r = {"mapped_ms": mapped, "drawn_ms": drawn}
    r["pss_mib"], r["hwm_mib"], r["processes"] = procs.memory(p.tree())
    r["idle_cpu"], r["idle_cpu_x"] = p.cpu_percent(ctx.idle_s, [ctx.xvfb_pid])
    p.stop()
    return r


HIST_NOW = "2026-11-21T23:59:00Z"  # make_history.py's last day, its default
HIST_KEYS = ("hist_open_ms", "hist_open_first_ms", "hist_build_ms", "hist_frame_1920_ms", "hist_frame_1920_p99",
             "hist_cursor_ms")


def hist_session(ctx):
    """The history figures: a 10,000-entry history (make_history.py, made
    once per benchmark), the history screen opened from the map and drawn
    at 1920x1080 by bench_hist (facemap's core and renderer, SDL's software
    renderer off-screen)."""
    path = os.path.join(ctx.work, "history-10000.json")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ctx.src, "tests", "bench", "make_history.py"),
                        os.path.join(ctx.src, "levels"), path, "--entries", "10000"],
                       check=True, capture_output=True, timeout=120)
    out = subprocess.run([ctx.bench_hist, "--progress", path, "--now", HIST_NOW, "--window", "1920x1080",
                          "--iterations", "5" if ctx.short else "30"], capture_output=True, text=True,
                         timeout=300, env=dict(os.environ, SDL_VIDEODRIVER="dummy"))
    if out.returncode != 0:
        return {k: None for k in HIST_KEYS}
    j = json.loads(out.stdout)
    return {"hist_open_ms": _percentile(j["open_ms"], 50), "hist_open_first_ms": j["open_cold_ms"],
            "hist_build_ms": _percentile(j["build_ms"], 50), "hist_frame_1920_ms": _percentile(j["frame_ms"], 50),
            "hist_frame_1920_p99": _percentile(j["frame_ms"], 99), "hist_cursor_ms": _percentile(j["cursor_ms"], 50)}
