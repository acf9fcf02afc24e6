#!/usr/bin/env bash
# The high-contrast theme, headless: chosen on the settings screen with the
# keyboard alone (a focus event on its switch, a "settings_saved" event, the
# file says "theme": "high-contrast"), drawn at once (the paper turns from
# the warm #F6F0E9 to white), read at the next start (the map is white and
# its status badges keep their words), switched back by a tap; and a kiosk
# takes the same key from its config. (The colours themselves are measured
# in unit.test_palette.)
source "$(dirname "$0")/lib.sh" "$@"
SETTINGS="$XDG_CONFIG_HOME/facemap/settings.json"
# some history, so the map shows badges of several statuses
cp "$ROOT/tools/sample-progress.json" progress.json

cat > on.txt <<'R'
tap-target settings
expect screen settings
shot before.png
# the focus starts on Sound: the first Up shows it, the second moves to High contrast
key Up
key Up
key Return
shot after.png
key Escape
expect screen map
R
facemap_replay on.txt
check '
import json, os
evs = events()
focus = [e["target"] for e in kinds(evs, "focus") if e["screen"] == "settings"]
assert focus[-1] == "contrast", focus
assert len(kinds(evs, "settings_saved")) == 1, kinds(evs, "settings_saved")
s = json.load(open(os.environ["XDG_CONFIG_HOME"] + "/facemap/settings.json"))
assert s["theme"] == "high-contrast" and s["version"] == 2 and s["sound"] is True, s
# the paper between the rows and the page control: warm before, white after
assert pixel("before.png", 400, 480) == (0xF6, 0xF0, 0xE9), pixel("before.png", 400, 480)
assert pixel("after.png", 400, 480) == (0xFF, 0xFF, 0xFF), pixel("after.png", 400, 480)
# the switch is on: black (the high-contrast accent) with its bold focus ring (#0038D1)
assert near("after.png", 640, 215, 140, 80, (0, 0, 0), 8), "the switch is not black"
assert near("after.png", 640, 215, 140, 80, (0x00, 0x38, 0xD1), 8), "no focus ring"
'

# The next start reads it: the map is white, the badges keep their colours and words.
rm -f events.jsonl
cat > map.txt <<'R'
shot map.png
tap-target settings
expect screen settings
tap-target contrast
key Escape
shot map-standard.png
R
facemap_replay map.txt
check '
import json, os
assert pixel("map.png", 400, 5) == (0xFF, 0xFF, 0xFF), pixel("map.png", 400, 5)  # the header band
assert pixel("map-standard.png", 400, 5) == (0xEF, 0xE6, 0xDC), pixel("map-standard.png", 400, 5)
assert near("map.png", 0, 0, 800, 600, (0x38, 0x3F, 0x60), 6), "no Not-done-yet badge"
assert near("map.png", 0, 0, 800, 600, (0x33, 0x81, 0x72), 6), "no Done badge"
s = json.load(open(os.environ["XDG_CONFIG_HOME"] + "/facemap/settings.json"))
assert s["theme"] == "standard", s
assert len(kinds(events(), "settings_saved")) == 1
'

# A kiosk takes "theme" from its config (and saves no settings).
rm -f events.jsonl
cat > kiosk.json <<'J'
{"kind": "kiosk-config", "pin": "2468", "theme": "high-contrast"}
J
cat > kiosk.txt <<'R'
expect screen attract
touch 600 400
expect screen map
shot kiosk-map.png
R
facemap_replay kiosk.txt --kiosk --config kiosk.json
check '
assert pixel("kiosk-map.png", 400, 5) == (0xFF, 0xFF, 0xFF), pixel("kiosk-map.png", 400, 5)
assert not kinds(events(), "settings_saved")
'
echo '{"kind": "kiosk-config", "pin": "2468", "theme": "dark"}' > bad.json
"$FACEMAP" --check --levels "$ROOT/levels" --config bad.json > check.txt 2>&1 && fail "--check took theme dark"
grep -q 'bad.json: /theme: must be "standard" or "high-contrast"' check.txt || fail "no message naming /theme: $(cat check.txt)"
echo "1 passed, 0 failed"
