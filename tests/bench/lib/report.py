"""report.py - the figures the benchmark prints, their targets, the side by
side table (median of the runs, with min and max), the JSON file, and the
change against an earlier JSON file (--compare).

Targets are the issue's, for this 2-core machine under Xvfb with the
software renderer: they are checked (ok column) only in the software
table. A missed target is reported, never an error."""

import json
import statistics


def _fm(v, unit):
    if v is None:
        return "-"
    if unit == "%":
        return f"{v:.1f}"
    return f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}" if abs(v) < 100 else f"{v:.0f}"


def _lt(limit):
    return lambda fm, bare: fm < limit


# key, label, unit, target text, check(facemap_median, bare_median)
FIGURES = [
    ("first_frame_ms", "launch -> first frame", "ms", "", None),
    ("map_drawn_ms", "launch -> map fully drawn", "ms", "<= 1.5x bare",
     lambda fm, bare: bare is not None and fm <= 1.5 * bare),
    ("snapshot_shown", "  share of launches showing the snapshot", "", "", None),
    ("map_drawn_first_ms", "  first launch (no snapshot)", "ms", "", None),
    ("pss_mib", "PSS at 5 s (all processes)", "MiB", "<= 2x bare, < 25",
     lambda fm, bare: bare is not None and fm <= 2 * bare and fm < 25),
    ("hwm_mib", "peak RSS at 5 s (all processes)", "MiB", "", None),
    ("idle_cpu", "CPU idle on the map, 10 s", "%", "0.0", lambda fm, bare: round(fm, 1) == 0.0),
    ("idle_cpu_x", "  X server meanwhile", "%", "", None),
    ("anim_cpu", "CPU while a step animates, 10 s", "%", "< 5", _lt(5)),
    ("anim_cpu_x", "  X server meanwhile", "%", "", None),
    ("anim_fps", "  frames a second meanwhile", "fps", "", None),
    ("frame_1280_median", "frame 1280x800 median", "ms", "< 4", _lt(4)),
    ("frame_1280_p99", "frame 1280x800 p99", "ms", "", None),
    ("frame_1920_median", "frame 1920x1080 median", "ms", "< 8", _lt(8)),
    ("frame_1920_p99", "frame 1920x1080 p99", "ms", "< 12", _lt(12)),
    ("frame_1920_draw", "  of which drawing (median)", "ms", "", None),
    ("frame_1920_present", "  of which presenting (median)", "ms", "", None),
]
IO_FIGURES = [
    ("load_200_ms", "load 200 routine files", "ms", "< 50", _lt(50)),
    ("save_10000_ms", "save 10,000-entry progress", "ms", "< 50", _lt(50)),
    ("parse_10000_ms", "read 10,000-entry progress", "ms", "", None),
]
# The history screen with a 10,000-entry history (sessions.hist_session,
# bench_hist.c): software renderer, 1920x1080, off-screen.
HIST_FIGURES = [
    ("hist_open_ms", "history: open from the map (10,000 entries)", "ms", "< 50", _lt(50)),
    ("hist_open_first_ms", "  the first open (its text not drawn yet)", "ms", "< 50", _lt(50)),
    ("hist_build_ms", "  of which the summary (hist.c)", "ms", "", None),
    ("hist_frame_1920_ms", "history: a whole frame 1920x1080", "ms", "< 8", _lt(8)),
    ("hist_frame_1920_p99", "  p99", "ms", "", None),
    ("hist_cursor_ms", "history: a frame after a day cursor move", "ms", "", None),
]
# Sound and voice (sound.py): the voice on unless the label says off.
SOUND_FIGURES = [
    ("idle_cpu", "CPU idle on the map after a spoken step, 10 s", "%", "0.0",
     lambda fm, bare: round(fm, 1) == 0.0),
    ("idle_cpu_off", "  the same, voice off", "%", "", None),
    ("pss_voice_mib", "PSS voice on minus off, after it spoke", "MiB", "<= +6", lambda fm, bare: fm <= 6),
    ("pss_on_mib", "  PSS voice on", "MiB", "", None),
    ("pss_off_mib", "  PSS voice off", "MiB", "", None),
    ("speak_cpu", "CPU while a timed step animates and speaks, 4 s", "%", "< 8", _lt(8)),
    ("speak_cpu_off", "  the same step, voice off (its cue only)", "%", "", None),
    ("speech_start_ms", "step -> words queued (events speech_start)", "ms", "< 150", _lt(150)),
    ("first_sample_ms", "step -> first spoken sample (audio file)", "ms", "< 150", _lt(150)),
]
PEER_FIGURES = [
    ("mapped_ms", "launch -> window mapped (X poll)", "ms"),
    ("drawn_ms", "launch -> fully drawn (screenshots)", "ms"),
    ("pss_mib", "PSS at 5 s (all processes)", "MiB"),
    ("hwm_mib", "peak RSS at 5 s (all processes)", "MiB"),
    ("processes", "processes", ""),
    ("idle_cpu", "CPU idle, 10 s", "%"),
]


def summary(values):
    """{median, min, max, runs} of the measured values (None left out)."""
    v = [x for x in values if x is not None]
    if not v:
        return None
    return {"median": statistics.median(v), "min": min(v), "max": max(v), "runs": len(v),
            "values": v}


def _cell(s, unit):
    if not s:
        return "-"
    if s["runs"] == 1 or s["min"] == s["max"]:
        return _fm(s["median"], unit)
    return f"{_fm(s['median'], unit)} ({_fm(s['min'], unit)}-{_fm(s['max'], unit)})"


def _row(cells, widths):
    return " | ".join(c.ljust(w) for c, w in zip(cells, widths))


def _table(header, rows):
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    lines = [_row(header, widths), "-+-".join("-" * w for w in widths)]
    return "\n".join(lines + [_row(r, widths) for r in rows])


def figure_table(figs, renderer, check_targets):
    """The side by side table of one renderer; also returns the misses."""
    header = ["figure", "unit", "facemap", "bare", "ratio", "target", "ok"]
    rows, misses = [], []
    io = IO_FIGURES if any(k in figs for k, *_ in IO_FIGURES) else []
    io += HIST_FIGURES if any(k in figs for k, *_ in HIST_FIGURES) else []
    for key, label, unit, target, check in FIGURES + io:
        fm, bare = figs.get(key, {}).get("facemap"), figs.get(key, {}).get("bare")
        ratio = "-"
        if fm and bare and bare["median"]:
            ratio = f"{fm['median'] / bare['median']:.2f}x"
        bare_for_check = bare["median"] if bare else None
        ok = ""
        if check and check_targets and fm:
            ok = "yes" if check(fm["median"], bare_for_check) else "MISSED"
            if ok == "MISSED":
                misses.append(f"{label}: {_fm(fm['median'], unit)} {unit} (target {target})")
        rows.append([label, unit, _cell(fm, unit), _cell(bare, unit), ratio,
                     target if check_targets else "", ok])
    return f"Renderer: {renderer}\n" + _table(header, rows), misses


def sound_table(sound, baseline):
    """The sound and voice figures beside the baseline's (a baseline from
    before they were measured has none: "not measured"); also returns the
    misses."""
    header = ["figure", "unit", "facemap", "baseline", "target", "ok"]
    rows, misses, base = [], [], baseline.get("sound") or {}
    for key, label, unit, target, check in SOUND_FIGURES:
        fm = sound.get(key)
        ok = ""
        if check and fm:
            ok = "yes" if check(fm["median"], None) else "MISSED"
            if ok == "MISSED":
                misses.append(f"{label}: {_fm(fm['median'], unit)} {unit} (target {target})")
        rows.append([label, unit, _cell(fm, unit), _cell(base[key], unit) if base.get(key) else "not measured",
                     target, ok])
    title = "Sound and voice (software renderer, SDL disk audio; baseline: tests/bench/baseline.json)"
    return title + "\n" + _table(header, rows), misses


def peer_table(peers):
    names = [n for n in ("facemap", "bare", "tuxpaint", "chromium") if n in peers]
    header = ["figure", "unit"] + names
    rows = [[label, unit] + [_cell(peers[n].get(key), unit) for n in names]
            for key, label, unit in PEER_FIGURES]
    return "Peers (software renderer for facemap and bare; same method for all)\n" + _table(header, rows)


def compare(now, before):
    """Lines: each figure's median before and now, and the change."""
    out = ["Change against " + before.get("meta", {}).get("started", "the earlier run")]
    for renderer, figs in now.get("figures", {}).items():
        old = before.get("figures", {}).get(renderer, {})
        for key, label, unit, _, _ in FIGURES + IO_FIGURES:
            for prog in ("facemap", "bare"):
                a = (old.get(key) or {}).get(prog)
                b = (figs.get(key) or {}).get(prog)
                if a and b:
                    d = b["median"] - a["median"]
                    pct = f" ({100 * d / a['median']:+.0f}%)" if a["median"] else ""
                    out.append(f"  {renderer:11} {prog:7} {label:34} {_fm(a['median'], unit):>7} -> "
                               f"{_fm(b['median'], unit):>7} {unit}{pct}")
    for key, label, unit, _, _ in SOUND_FIGURES:
        a = (before.get("sound") or {}).get(key)
        b = (now.get("sound") or {}).get(key)
        if b:
            was = _fm(a["median"], unit) if a else "not measured"
            pct = f" ({100 * (b['median'] - a['median']) / a['median']:+.0f}%)" if a and a["median"] else ""
            out.append(f"  {'sound':19} {label.strip():47} {was:>12} -> {_fm(b['median'], unit):>7} {unit}{pct}")
    return "\n".join(out)


def missing(results):
    """Names of figures that were not measured in any run."""
    gone = []
    for renderer, figs in results.get("figures", {}).items():
        for key, *_ in FIGURES:
            for prog in ("facemap", "bare"):
                if not (figs.get(key) or {}).get(prog):
                    gone.append(f"{renderer}/{prog}/{key}")
    first = next(iter(results.get("figures", {}).values()), {})
    for key, *_ in IO_FIGURES + HIST_FIGURES:
        if not (first.get(key) or {}).get("facemap"):
            gone.append(f"io/{key}")
    for key, *_ in SOUND_FIGURES:
        if "sound" in results and not results["sound"].get(key):
            gone.append(f"sound/{key}")
    for name, figs in results.get("peers", {}).items():
        for key, *_ in PEER_FIGURES:
            if not figs.get(key):
                gone.append(f"peers/{name}/{key}")
    return gone


def write_json(path, results):
    with open(path, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)
        f.write("\n")
