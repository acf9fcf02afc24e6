#!/usr/bin/env python3
"""facts_coverage.py - how much of the source texts' facts the content carries.

Usage: facts_coverage.py [LEVELS_DIR]   (default: the levels/ beside tools/)

Reads LEVELS_DIR/facts.json, every routine file and safety.json, and counts
for each fact the steps, routines (summary and how often), safety items and
the done advice that name it in their "facts". Prints the coverage, facts
carried / facts in the list, overall and by source, and what the trainer
does with them (follows, cautions against, leaves out). Exits 1 when a fact
that is not "leaves-out" is carried by nothing, or something names a fact
that is not in the list (the same rules as facemap --check, counted here
so that the figure can be quoted)."""
import json
import sys
from collections import Counter
from pathlib import Path


def carriers(levels):
    """(fact id, where) for every fact a routine, step or safety card names."""
    for path in sorted(levels.glob("*.json")):
        if path.name in ("facts.json", "zones.json") or path.name.endswith("schema.json"):
            continue
        d = json.loads(path.read_text(encoding="utf-8"))
        if d.get("kind") == "routine":
            for f in d.get("facts", []):
                yield f, f"{path.name}"
            for s in d.get("steps", []):
                for f in s.get("facts", []):
                    yield f, f"{path.name}/{s['id']}"
        elif d.get("kind") == "safety":
            for key in ("never", "professional", "why"):
                for it in d.get(key, []):
                    for f in it.get("facts", []):
                        yield f, f"{path.name}/{key}/{it['id']}"
            for f in d.get("done", {}).get("facts", []):
                yield f, f"{path.name}/done"


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip())
        return 2 if len(argv) > 2 else 0
    levels = Path(argv[1]) if len(argv) == 2 else Path(__file__).resolve().parents[1] / "levels"
    facts = json.loads((levels / "facts.json").read_text(encoding="utf-8"))
    known = {f["id"]: f for f in facts["facts"]}
    used = Counter()
    bad = []
    for fid, where in carriers(levels):
        if fid in known:
            used[fid] += 1
        else:
            bad.append(f"{where}: unknown fact \"{fid}\"")
    for f in facts["facts"]:
        if f["trainer"] != "leaves-out" and not used[f["id"]]:
            bad.append(f"facts.json: \"{f['id']}\" ({f['trainer']}) is carried by nothing")
        if f["trainer"] == "leaves-out" and used[f["id"]]:
            bad.append(f"facts.json: \"{f['id']}\" is left out but carried {used[f['id']]} times")
    total = len(facts["facts"])
    carried = sum(1 for f in facts["facts"] if used[f["id"]])
    print(f"facts carried: {carried} / {total} in the list "
          f"({total - carried} left out on purpose, each with why)")
    for s in facts["sources"]:
        mine = [f for f in facts["facts"] if f["source"] == s["id"]]
        c = sum(1 for f in mine if used[f["id"]])
        kinds = Counter(f["trainer"] for f in mine)
        print(f"  {s['id']:7} {c:3} / {len(mine):3}  (follows {kinds['follows']}, "
              f"cautions-against {kinds['cautions-against']}, leaves-out {kinds['leaves-out']})")
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
