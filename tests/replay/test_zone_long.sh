#!/usr/bin/env bash
# A zone with more routines than fit, and titles, texts and cautions as long
# as the format allows (tests/levels_long/: ten more chin routines, twelve
# in all): at 300x200, 800x480 and 1920x1080 the zone screen pages them,
# and every one of the twelve is opened by a tap on its target and by the
# keyboard alone (Page Down, Tab, Return), as the events show. The zone
# screen and the routine's cautioned step are kept as screenshots (KEEP=1)
# to be looked at.
source "$(dirname "$0")/lib.sh" "$@"
mkdir levels
cp "$ROOT"/levels/*.json levels/
cp "$ROOT"/tests/levels_long/*.json levels/
"$FACEMAP" --check --levels levels --assets "$ROOT/assets" >/dev/null || fail "tests/levels_long does not pass --check"
FACEMAP="$FACEMAP" ROOT="$ROOT" WORK="$WORK" NOW="$NOW" python3 - <<'P' || fail "a routine could not be reached"
import json, os, subprocess, sys
F, ROOT, WORK, NOW = (os.environ[k] for k in ("FACEMAP", "ROOT", "WORK", "NOW"))
ids = sorted(json.load(open(os.path.join(WORK, "levels", f)))["id"] for f in os.listdir(os.path.join(WORK, "levels"))
             if f.endswith(".json") and json.load(open(os.path.join(WORK, "levels", f))).get("zone") == "chin")
assert len(ids) == 12, ids

def run(size, lines, tag):
    script, ev = os.path.join(WORK, f"{tag}.txt"), os.path.join(WORK, f"{tag}.jsonl")
    open(script, "w").write("\n".join(lines) + "\n")
    if os.path.exists(ev):
        os.remove(ev)
    r = subprocess.run([F, "--headless", "--window", size, "--levels", "levels", "--assets", f"{ROOT}/assets",
                        "--progress", os.path.join(WORK, "progress.json"), "--events", ev, "--now", NOW,
                        "--replay", script], capture_output=True, text=True)
    evs = [json.loads(l) for l in open(ev)] if os.path.exists(ev) else []
    return r.returncode, evs, r.stderr

bad = 0
for size in ("300x200", "800x480", "1920x1080"):
    start = ["tap-zone chin", "expect screen zone", "key Home"]
    rc, evs, err = run(size, start + ["key PageDown"], "pages")
    lists = [e for e in evs if e["event"] == "list"]
    per_page = lists[-1]["first"] - 1 if lists else 12  # the second page starts after the first (1-based)
    pages = (12 + per_page - 1) // per_page
    where = {}
    for p in range(pages):
        walk = start + ["key PageDown"] * p + [f"shot zone-{size}-p{p}.png"] + ["key Tab"] * (per_page + 4)
        rc, evs, err = run(size, walk, f"walk-{p}")
        tabs = [e["target"] for e in evs if e["event"] == "focus"][-(per_page + 4):]
        for j, t in enumerate(tabs):
            if t.startswith("routine:") and t[8:] not in where:
                where[t[8:]] = (p, j)
    missing = [i for i in ids if i not in where]
    if missing:
        print(f"{size}: not reached by Tab on any of {pages} pages: {missing}")
        bad += 1
        continue
    for i in ids:
        p, j = where[i]
        opened = f'"screen":"routine","zone":"chin","routine":"{i}"'
        tap = start + ["key PageDown"] * p + [f"tap-target routine:{i}", "expect screen routine", "wait 100"]
        if i == "long-chin-01":
            tap.append(f"shot routine-{size}.png")
        rc, evs, err = run(size, tap, f"tap-{i}")
        if rc != 0 or not any(e.get("routine") == i and e.get("screen") == "routine" for e in evs):
            print(f"{size}: a tap on routine:{i} (page {p + 1}) did not open it: exit {rc} {err.strip()}")
            bad += 1
        keys = start + ["key PageDown"] * p + ["key Tab"] * (j + 1) + ["key Return", "expect screen routine"]
        rc, evs, err = run(size, keys, f"key-{i}")
        if rc != 0 or not any(e.get("routine") == i and e.get("screen") == "routine" for e in evs):
            print(f"{size}: Page Down x{p}, Tab x{j + 1}, Return did not open {i}: exit {rc} {err.strip()}")
            bad += 1
    print(f"ok   {size}: {pages} pages of {per_page}; all 12 opened by tap and by keyboard")
sys.exit(1 if bad else 0)
P
echo "1 passed, 0 failed"
