#!/usr/bin/env bash
# The text size setting, drawn by the real renderer and font: at "large"
# and "largest", in a small panel (800x480), a big screen (1920x1080) and
# a portrait mirror (1080x1920), every page of every step of every
# routine (with ten of the longest the format allows), every safety page
# and the settings are drawn, and no title,
# step text, caution or safety text is ever shrunk by the renderer to fit
# its box (FACEMAP_CHECK_TEXT says each text drawn smaller than asked): the
# core wrapped and paged it with the font's own measure. (That every word
# is on some page, in order, and the 7 mm size: unit.test_card.)
source "$(dirname "$0")/lib.sh" "$@"
# the shipped routines, and ten more on the chin with the longest title,
# text and caution the format allows (tests/levels_long)
mkdir levels
cp "$ROOT"/levels/*.json "$ROOT"/tests/levels_long/*.json levels/
python3 - levels > tour.txt <<'PY'
import glob, json, os, sys
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    d = json.load(open(f))
    if not isinstance(d, dict) or "steps" not in d:
        continue
    # the zone's list may page: try its pages in turn (a tap that finds no
    # such target on this page, or once the routine is open, does nothing)
    print("tap-zone %s\nkey Home" % d["zone"])
    print(("tap-target routine:%s\nkey PageDown\n" % d["id"]) * 13, end="")
    for _ in d["steps"]:
        print("key PageDown\n" * 7 + "tap-target next")
    print("tap-target map\nkey Escape\nkey Escape")
print("tap-target safety\n" + "tap-target page\n" * 12 + "key Escape")
print("tap-target settings\n" + "key PageDown\n" * 6 + "key Escape")
PY
python3 - levels > words.txt <<'PY'
import glob, json, os, sys
def strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            if k not in ("id", "zone", "anim", "kind", "sources"):
                yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    if "schema" not in f:
        for s in strings(json.load(open(f))):
            print(" ".join(s.split()))
PY
mkdir -p "$XDG_CONFIG_HOME/facemap"
for run in large/800x480 large/1080x1920 largest/800x480 largest/1920x1080; do
  size=${run%/*} window=${run#*/}
  echo "{\"text_size\": \"$size\"}" > "$XDG_CONFIG_HOME/facemap/settings.json"
  rm -f progress.json
  # not facemap_replay: the taps on pages without the routine fail by design
  FACEMAP_CHECK_TEXT=1 "$FACEMAP" --headless --window "$window" --levels levels --assets "$ROOT/assets" \
    --progress "$WORK/progress.json" --events "$WORK/events.jsonl" --now "$NOW" --time-scale 20 \
    --replay tour.txt 2> "shrunk-$size-$window.txt" || true
  done_count=$(grep -c '"routine_done"' events.jsonl || true)
  : > events.jsonl
  [ "$done_count" -eq "$(grep -c '^tap-zone' tour.txt)" ] ||
    fail "$size $window: $done_count routines finished, want every one: $(grep -v shrunk "shrunk-$size-$window.txt" | head -5)"
done
check '
import glob, re
words = [l.strip() for l in open("words.txt") if len(l.strip()) > 3]
bad = []
for f in sorted(glob.glob("shrunk-*.txt")):
    for line in open(f):
        m = re.search(r"text shrunk from (\d+) px to (\d+) px to fit \S+: \"(.*)\"$", line.strip())
        if not m:
            continue
        text = m.group(3)
        if any(text in w for w in words):
            bad.append((f, line.strip()))
for b in bad[:20]:
    print(b)
assert not bad, "%d texts of the content shrunk" % len(bad)
'
echo "1 passed, 0 failed"
