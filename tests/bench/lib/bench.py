"""bench.py - the benchmark of issue 6, run by tests/bench/run (which builds
the programs first). Starts its own Xvfb, runs facemap and the bare SDL2
program alternately, run by run, for each renderer, then prints the side
by side tables and writes the JSON file. Exit status: 0 when every figure
was measured (missed targets included), 1 when some could not be, 2 on a
usage error. Python standard library only."""

import argparse
import json
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile

import report
import sessions
import sound
from report import summary

PEERS = ("tuxpaint", "chromium")


def parse_args():
    ap = argparse.ArgumentParser(prog="tests/bench/run", description=__doc__.split("\n")[0])
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--short", action="store_true", help="1 run, 2 s windows: proves it works")
    ap.add_argument("--peers", action="store_true", help="also Tux Paint and Chromium, where installed")
    ap.add_argument("--runs", type=int, help="runs per program (default 5, --short 1)")
    ap.add_argument("--renderers", default="software,accelerated",
                    help="comma-separated: software, accelerated (default both)")
    ap.add_argument("--json", help="results file (default tests/bench/results/latest.json)")
    ap.add_argument("--compare", help="an earlier results file to print the change against")
    a = ap.parse_args()
    a.runs = a.runs or (1 if a.short else 5)
    a.renderers = [r for r in a.renderers.split(",") if r]
    if any(r not in ("software", "accelerated") for r in a.renderers) or a.runs < 1:
        ap.error("--renderers takes software and/or accelerated; --runs at least 1")
    a.json = a.json or os.path.join(a.src, "tests", "bench", "results", "latest.json")
    return a


def start_xvfb():
    """Starts Xvfb on a free display (it picks one: -displayfd); returns
    (Popen, ":N")."""
    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], pass_fds=[w], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(w)
    with os.fdopen(r) as f:
        number = f.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    return xvfb, ":" + number


def _version(pkg):
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True)
    return out.stdout or None


def meta(args, peers, started):
    git = subprocess.run(["git", "-C", args.src, "describe", "--always", "--dirty"],
                         capture_output=True, text=True).stdout.strip()
    return {"started": started,
            "commit": git or None, "runs": args.runs, "short": args.short,
            "renderers": args.renderers, "cores": os.cpu_count(), "kernel": platform.release(),
            "screen": "Xvfb 1920x1080x24", "window": "1280x800",
            "sound": f"SDL disk audio; {sound.ROUTINE} step 1, software renderer, 1280x800",
            "packages": {p: _version(p) for p in ("libsdl2-2.0-0", "xvfb", *peers)}}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sound_run(ctx, run):
    """Sound and voice: a session with the voice on and one with it off
    (the order flips run by run); their figures in one dict."""
    got = {}
    for voice in ((True, False) if run % 2 == 0 else (False, True)):
        got[voice], note = sound.sound_session(ctx, voice)
        log(f"run {run + 1}/{ctx.runs} sound voice {'on ' if voice else 'off'} " + " ".join(
            f"{k}={v:.1f}" if v is not None else f"{k}=-" for k, v in got[voice].items())
            + (f" ({note})" if note else ""))
    on, off = got[True], got[False]
    d = {k: on.get(k) for k in ("idle_cpu", "speak_cpu", "speech_start_ms", "first_sample_ms")}
    d.update(idle_cpu_off=off["idle_cpu"], speak_cpu_off=off["speak_cpu"],
             pss_on_mib=on["pss_mib"], pss_off_mib=off["pss_mib"], pss_voice_mib=None)
    if on["pss_mib"] is not None and off["pss_mib"] is not None:
        d["pss_voice_mib"] = on["pss_mib"] - off["pss_mib"]
    return d


def run_all(args, ctx, peers):
    """Every run: for each renderer, facemap and bare alternately (the order
    flips run by run), then the file figures, sound and voice, then the
    peers."""
    raw = {r: {"facemap": [], "bare": []} for r in args.renderers}
    raw_io, raw_sound = [], []
    raw_peers = {n: [] for n in ("facemap", "bare", *peers)} if peers is not None else {}
    for run in range(args.runs):
        order = ["facemap", "bare"] if run % 2 == 0 else ["bare", "facemap"]
        for renderer in args.renderers:
            for prog in order:
                d = sessions.launch_session(ctx, prog, renderer)
                for size in ("1280x800", "1920x1080"):
                    d.update(sessions.frame_session(ctx, prog, renderer, size))
                raw[renderer][prog].append(d)
                log(f"run {run + 1}/{args.runs} {renderer:11} {prog:7} " + " ".join(
                    f"{k}={v:.1f}" for k, v in d.items() if isinstance(v, float) and "_x" not in k))
        raw_io.append(sessions.io_session(ctx))
        raw_io[-1].update(sessions.hist_session(ctx))
        log(f"run {run + 1}/{args.runs} io {raw_io[-1]}")
        raw_sound.append(sound_run(ctx, run))
        names = list(raw_peers)
        for name in (names if run % 2 == 0 else names[::-1]):
            raw_peers[name].append(sessions.peer_session(ctx, name))
            log(f"run {run + 1}/{args.runs} peer {name:8} {raw_peers[name][-1]}")
    return raw, raw_io, raw_sound, raw_peers


def summarise(raw, raw_io, raw_peers):
    figs = {}
    for renderer, progs in raw.items():
        keys = {k for runs in progs.values() for d in runs for k in d}
        figs[renderer] = {k: {p: summary([d.get(k) for d in runs]) for p, runs in progs.items()}
                          for k in keys}
    first = next(iter(figs.values()))
    for key in {k for d in raw_io for k in d}:
        first[key] = {"facemap": summary([d.get(key) for d in raw_io])}
    peers = {n: {k: summary([d.get(k) for d in runs]) for k in {k for d in runs for k in d}}
             for n, runs in raw_peers.items()}
    return figs, peers


def main():
    args = parse_args()
    peers = None
    if args.peers:
        peers = [p for p in PEERS if shutil.which(p)]
        for p in PEERS:
            if p not in peers:
                log(f"bench: --peers: {p} is not installed (apt-get install {p}); left out")
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    work = tempfile.mkdtemp(prefix="facemap-bench-")
    xvfb, display = start_xvfb()
    log(f"bench: Xvfb on {display}, work folder {work}, {args.runs} run(s)")
    try:
        ctx = sessions.Ctx(args, display, xvfb.pid, work)
        raw, raw_io, raw_sound, raw_peers = run_all(args, ctx, peers)
    finally:
        xvfb.terminate()
        xvfb.wait()
    figs, peer_figs = summarise(raw, raw_io, raw_peers)
    results = {"meta": meta(args, peers or [], started), "figures": figs, "targets": {},
               "sound": {k: summary([d.get(k) for d in raw_sound]) for k, *_ in report.SOUND_FIGURES}}
    if peers is not None:
        results["peers"] = peer_figs
    sys.stdout.flush()
    print()
    for renderer in args.renderers:
        table, misses = report.figure_table(figs[renderer], renderer, renderer == "software")
        print(table + "\n")
        if renderer == "software":
            results["targets"]["missed"] = misses
    with open(os.path.join(args.src, "tests", "bench", "baseline.json")) as f:
        table, misses = report.sound_table(results["sound"], json.load(f))
    print(table + "\n")
    results["targets"]["missed"] = results["targets"].get("missed", []) + misses
    if peers is not None:
        print(report.peer_table(peer_figs) + "\n")
    missed = results["targets"]["missed"]
    print("Targets (software renderer): " + ("all met" if not missed else
                                              f"{len(missed)} missed:\n  " + "\n  ".join(missed)))
    results["missing"] = report.missing(results)
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    report.write_json(args.json, results)
    print(f"Results: {args.json}")
    if args.compare:
        with open(args.compare) as f:
            print("\n" + report.compare(results, json.load(f)))
    if results["missing"]:
        print("Not measured: " + ", ".join(results["missing"]) + f" (logs in {work})")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
