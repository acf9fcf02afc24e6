#!/usr/bin/env bash
# The settings screen, headless: one tap from the map; each change is
# saved at once (a "settings_saved" event, the file written) and read at
# the next start (hands-free on: a timed step then goes on by itself; the
# largest text); a
# corrupt settings file is kept aside, never lost, with a message, and the
# defaults are used.
source "$(dirname "$0")/lib.sh" "$@"
SETTINGS="$XDG_CONFIG_HOME/facemap/settings.json"

cat > change.txt <<'R'
tap-target settings
expect screen settings
# the first page holds text size, high contrast and sound; volume is on the next
key PageDown
tap-target volume-down
tap-target volume-down
# the last page holds hands-free and Profiles
key End
tap-target hands-free
key Home
tap-target text-size-up
tap-target text-size-up
tap-target text-size-up
key Escape
expect screen map
R
facemap_replay change.txt
check '
saved = kinds(events(), "settings_saved")
assert len(saved) == 5, saved  # the third text-size-up: already the largest
import json, os
s = json.load(open(os.environ["XDG_CONFIG_HOME"] + "/facemap/settings.json"))
assert s["volume"] == 60 and s["hands_free"] is True and s["sound"] is True, s
assert s["text_size"] == "largest", s
'

# The next start reads them: hands-free, the gentle cleanse's 20 s first
# step goes on by itself 3 s after its timer.
cat > play.txt <<'R'
tap-zone nose
tap-target routine:gentle-nose-cleanse
wait 1175
R
facemap_replay play.txt # 20x: 23.5 s of the app's time
check '
steps = kinds(events(), "step")
assert [s["index"] for s in steps] == [1, 2], steps
assert kinds(events(), "cue"), "sound is on: cues"
'

# A corrupt file: kept aside byte for byte, the defaults, a message.
rm -f events.jsonl
printf '{"kind": "settings", "volume": "loud"' > "$SETTINGS"
cp "$SETTINGS" corrupt.orig
facemap_replay change.txt 2>stderr.txt
grep -q "settings.json" stderr.txt || fail "no message about the settings file: $(cat stderr.txt)"
aside=$(ls "$XDG_CONFIG_HOME"/facemap/settings.json.unreadable-* 2>/dev/null | head -1)
[ -n "$aside" ] || fail "the corrupt settings file was not kept aside"
cmp -s "$aside" corrupt.orig || fail "the file kept aside is not the original"
check '
import json, os
s = json.load(open(os.environ["XDG_CONFIG_HOME"] + "/facemap/settings.json"))
assert s["volume"] == 60 and s["hands_free"] is True, s  # the defaults, then the same three changes
'
echo "1 passed, 0 failed"
