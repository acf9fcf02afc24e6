#!/usr/bin/env bash
# Content at the limits --check allows is drawn in time; content past them
# is refused, saying why.
#  1. an animation layer growing to scale 2 (ANIM_MAX_SCALE) in a 1280x800
#     window: 4 s of it are drawn headless in under 60 s and 300 MiB (scale
#     10 took over 300 s and 1 GB before rasters were capped and scale was
#     limited), and --check passes the content;
#  2. a face drawing of dense paths just under LVL_MAX_ART (256 KiB): the
#     tour's map is drawn in under 60 s;
#  3. a face drawing of 1 MiB: the trainer refuses to start, naming the file
#     and the limit, and --check names it too.
# Usage: test_heavy_content.sh FACEMAP ROOT
. "$(dirname "$0")/lib.sh"
robust_setup "$1" "$2" heavy

cp -r "$root/assets" "$work/assets"
python3 - "$work/assets/animations.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
for an in a["animations"]:
    if an["id"] == "lather":
        an["layers"][0]["scale"] = [[0, 0.1], [1, 2]]
        an["duration_ms"] = 2000
json.dump(a, open(sys.argv[1], "w"), indent=1)
PY
cat >"$work/grow.txt" <<'TXT'
expect screen map
tap-zone nose
tap-target routine:gentle-nose-cleanse
expect screen routine
key Right
wait 4000
expect screen routine
TXT
if "$facemap" --check --levels "$root/levels" --assets "$work/assets" 2>/dev/null; then
    say "ok   --check passes a layer at scale 2"
else
    say "FAIL --check refuses a layer at scale 2"
fi
rc=0
/usr/bin/time -f "%e %M" -o "$work/time" timeout 60 "$facemap" --headless --window 1280x800 \
    --levels "$root/levels" --assets "$work/assets" --progress "$work/p.json" --replay "$work/grow.txt" \
    2>"$work/err" || rc=$?
read -r secs kib <"$work/time" || true
if [ "$rc" = 0 ] && [ "${kib:-999999}" -lt 307200 ]; then
    say "ok   4 s of a layer growing to scale 2 at 1280x800: ${secs} s, ${kib} KiB"
else
    say "FAIL a layer growing to scale 2: exit $rc (124: over 60 s), ${secs:-?} s, ${kib:-?} KiB"
    tail -3 "$work/err"
fi

# a face of dense translucent paths: 250 KiB, then 1 MiB
face() { # $1 bytes
    python3 - "$root/assets/face.svg" "$1" >"$work/assets/face.svg" <<'PY'
import random, sys
random.seed(1)
head = open(sys.argv[1]).read()
body, n = [], 0
while n < int(sys.argv[2]) - len(head) - 200:
    pts = " ".join(f"{random.uniform(0, 1000):.1f},{random.uniform(0, 1200):.1f}" for _ in range(12))
    p = f'<path d="M{pts}Z" fill="#{random.randrange(16 ** 6):06x}" fill-opacity="0.3"/>\n'
    body.append(p)
    n += len(p)
end = head.rindex("</svg>")
sys.stdout.write(head[:end] + "".join(body) + "</svg>\n")
PY
}
echo "expect screen map" >"$work/map.txt"
face 250000
rc=0
/usr/bin/time -f "%e" -o "$work/time" timeout 60 "$facemap" --headless --window 1280x800 \
    --levels "$root/levels" --assets "$work/assets" --progress "$work/p.json" --replay "$work/map.txt" \
    2>"$work/err" || rc=$?
secs=$(cat "$work/time")
if [ "$rc" = 0 ]; then say "ok   a 250 KB face drawing: the map in ${secs} s"
else say "FAIL a 250 KB face drawing: exit $rc (124: over 60 s)"; tail -3 "$work/err"; fi

face 1048576
rc=0
timeout 60 "$facemap" --headless --window 1280x800 --levels "$root/levels" --assets "$work/assets" \
    --progress "$work/p.json" --replay "$work/map.txt" 2>"$work/err" || rc=$?
if [ "$rc" != 0 ] && [ "$rc" != 124 ] && grep -q "face.svg.*over the limit of 262144 bytes" "$work/err"; then
    say "ok   a 1 MiB face drawing: refused at start, naming the file and the limit"
else
    say "FAIL a 1 MiB face drawing: exit $rc, stderr: $(tail -2 "$work/err")"
fi
if "$facemap" --check --levels "$root/levels" --assets "$work/assets" 2>/dev/null | grep -q "/art: \"face.svg\" is .* over the 256 KiB limit"; then
    say "ok   --check names a 1 MiB face drawing"
else
    say "FAIL --check does not name a 1 MiB face drawing"
fi
exit $fail
