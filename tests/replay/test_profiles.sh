#!/usr/bin/env bash
# Profiles, headless: with one profile the map has no profile button; from
# the settings a person adds two (one typed on the on-screen letters, one
# on a keyboard), each gets its own progress and settings files; the next
# start opens on the profiles screen; a routine finished as one profile is
# in that profile's file only; --profile picks one (an unknown name exits
# 2); rename; delete asks first, and its files are kept aside.
source "$(dirname "$0")/lib.sh" "$@"
# finishing the nostril edges' four steps, Next through them
finish_nostrils='tap-zone nostrils
tap-target routine:nostril-edges
key Right
key Right
key Right
key Right
expect screen done'
list() { python3 -c 'import json; print(",".join(p["name"] for p in json.load(open("profiles.json"))["profiles"]))'; }

# One profile: nothing changes on the map.
cat > one.txt <<'R'
expect screen map
shot one.png
R
facemap_replay one.txt
! grep -q '"profiles' events.jsonl || fail "a profile event with one profile"
[ ! -e profiles.json ] || fail "a profile list was written with one profile"

cat > add.txt <<'R'
tap-target settings
key End
tap-target profiles
expect screen profiles
tap-target add
touch-target key:b
touch-target key:e
touch-target key:n
tap-target done
tap-target add
type cy lee
key BackSpace
type e
key Return
expect screen profiles
# a name taken (any case) is refused with a reason, and Escape leaves it
tap-target add
type BEN
key Return
expect screen profiles
shot taken.png
key Escape
key Escape
expect screen map
R
facemap_replay add.txt
[ "$(list)" = "Me,Ben,cy lee" ] || fail "the list holds $(list)"
check '
import os
evs = events()
assert len(kinds(evs, "profiles_saved")) == 2, kinds(evs, "profiles_saved")
import json
p = json.load(open("profiles.json"))["profiles"]
assert [x["file"] for x in p] == ["progress.json", "progress-p2.json", "progress-p3.json"], p
assert len({x["colour"] for x in p}) == 3, p
import jsonschema  # the list as written passes its published schema
jsonschema.validate(json.load(open("profiles.json")), json.load(open(os.environ["ROOT"] + "/levels/profiles.schema.json")))
'

# The next start opens on the profiles screen; Ben finishes a routine and
# turns the volume down: his files only.
rm -f events.jsonl
cat > ben.txt <<R
expect screen profiles
shot start.png
tap-target pick:2
expect screen map
shot map-ben.png
$finish_nostrils
key Escape
tap-target settings
# volume is on the second page (text size, high contrast and sound on the first)
key PageDown
tap-target volume-down
R
facemap_replay ben.txt
check '
import json, os
evs = events()
assert kinds(evs, "profile")[0]["name"] == "Ben", kinds(evs, "profile")
saved = kinds(evs, "saved")
assert saved and all(s["file"].endswith("/progress-p2.json") for s in saved), saved
h = json.load(open("progress-p2.json"))["history"]
assert [e["routine"] for e in h] == ["nostril-edges"], h
assert not os.path.exists("progress.json") or not json.load(open("progress.json"))["history"]
cfg = os.environ["XDG_CONFIG_HOME"] + "/facemap/"
assert json.load(open(cfg + "settings-p2.json"))["volume"] == 70
assert not os.path.exists(cfg + "settings.json")
'

# The first profile, switched to from the map's header, sees none of it.
rm -f events.jsonl
cat > me.txt <<'R'
tap-target pick:2
tap-target profiles
expect screen profiles
tap-target pick:1
expect screen map
tap-zone nose
tap-target routine:gentle-nose-cleanse
key Right
key Right
key Right
key Right
key Right
expect screen done
R
facemap_replay me.txt
check '
import json
h = json.load(open("progress.json"))["history"]
assert [e["routine"] for e in h] == ["gentle-nose-cleanse"], h
h2 = json.load(open("progress-p2.json"))["history"]
assert [e["routine"] for e in h2] == ["nostril-edges"], h2
assert [e["name"] for e in kinds(events(), "profile")] == ["Ben", "Me"]
'

# --profile picks one at the start (any case); a name not there exits 2.
cat > quit.txt <<'R'
expect screen map
R
rm -f events.jsonl
facemap_replay quit.txt --profile "CY LEE"
set +e
"$FACEMAP" --headless --levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json" \
  --profile Nobody --replay quit.txt 2>err.txt
rc=$?
set -e
[ "$rc" = 2 ] || fail "--profile Nobody exited $rc"
grep -q "no profile is named 'Nobody' (the profiles: Me, Ben, cy lee)" err.txt || fail "message: $(cat err.txt)"

# Rename, then delete: asked first (Keep keeps it), then kept aside.
rm -f events.jsonl
cat > edit.txt <<'R'
expect screen profiles
tap-target rename:3
key BackSpace
key BackSpace
key BackSpace
key BackSpace
key BackSpace
key BackSpace
type Cyd
tap-target done
tap-target delete:2
expect screen profiles
shot confirm.png
tap-target cancel
tap-target delete:2
tap-target confirm-delete
expect screen profiles
R
facemap_replay edit.txt
[ "$(list)" = "Me,Cyd" ] || fail "the list holds $(list)"
ls progress-p2.json.deleted-* >/dev/null 2>&1 || fail "Ben's progress was not kept aside: $(ls)"
[ ! -e progress-p2.json ] || fail "Ben's progress file is still in place"
ls "$XDG_CONFIG_HOME"/facemap/settings-p2.json.deleted-* >/dev/null || fail "Ben's settings were not kept aside"
check '
import glob, json
d = kinds(events(), "profile_deleted")
assert len(d) == 1 and d[0]["name"] == "Ben" and ".deleted-" in d[0]["kept_as"], d
kept = json.load(open(glob.glob("progress-p2.json.deleted-*")[0]))["history"]
assert [e["routine"] for e in kept] == ["nostril-edges"], kept
'
# Deleting the active profile (from the map's header): the first one is
# active after, and the deleted one's history is kept aside.
rm -f events.jsonl
cat > self.txt <<R
expect screen map
$finish_nostrils
key Escape
tap-target profiles
tap-target delete:3
tap-target confirm-delete
expect screen map
R
facemap_replay self.txt --profile cyd
[ "$(list)" = "Me" ] || fail "the list holds $(list)"
check '
import glob, json
evs = events()
assert [e["name"] for e in kinds(evs, "profile")] == ["Me"], kinds(evs, "profile")
assert kinds(evs, "screen")[-1]["screen"] == "map"
kept = json.load(open(glob.glob("progress-p3.json.deleted-*")[0]))["history"]
assert [e["routine"] for e in kept] == ["nostril-edges"], kept
assert [e["routine"] for e in json.load(open("progress.json"))["history"]] == ["gentle-nose-cleanse"]
'

# A kiosk has no profiles: it ignores the list (no start screen, no
# button), and --profile with it too.
rm -f events.jsonl
cp profiles.json list.before
printf '{"kind": "kiosk-config", "pin": "2468"}' > kiosk.json
cat > kiosk.txt <<'R'
expect screen attract
touch 600 400
expect screen map
R
facemap_replay kiosk.txt --kiosk --config kiosk.json
cmp -s profiles.json list.before || fail "a kiosk changed the profile list"
! grep -q '"profile' events.jsonl || fail "a kiosk used profiles"
echo "ok profiles"
