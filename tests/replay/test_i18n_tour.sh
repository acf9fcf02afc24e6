#!/usr/bin/env bash
# The German tour (--lang de): every screen in German at 800x480 and
# 1920x1080 - the map, the first-time plan, a zone, the routine player (a
# step with its caution, a timed step), the done screen, every page of the
# safety screen (the rules and the why cards), the settings, the profiles
# (the list, the on-screen keyboard, rename, delete), the history's year
# and its entries with the Undo bar, and the kiosk's attract loop and its
# admin screen (keypad, then unlocked). The events must name each screen,
# and the German shots must differ from the English ones where the header
# has words. The shots are kept in the output folder printed at the end
# (FACEMAP_SHOTS, else <the binary's folder>/test-output/i18n-tour), to
# be looked at: German words are long.
source "$(dirname "$0")/lib.sh" "$@"
source "$ROOT/tests/replay/history_progress.sh"
OUT=${FACEMAP_SHOTS:-$(cd "$(dirname "$FACEMAP")" && pwd)/test-output/i18n-tour}
rm -rf "$OUT"
mkdir -p "$OUT"
export OUT

# home SIZE: the home screens, each shot as SIZE-NAME.png
home() {
  local s=$1
  cat <<R
expect screen map
shot $OUT/$s-map.png
tap-target plan
expect screen plan
shot $OUT/$s-plan.png
key Escape
expect screen map
tap-zone nose
expect screen zone
shot $OUT/$s-zone.png
tap-target routine:nose-clean-out
expect screen routine
shot $OUT/$s-routine-sources.png
tap-target next
shot $OUT/$s-routine-caution.png
tap-target next
tap-target next
tap-target next
wait 100
shot $OUT/$s-routine-timer.png
wait 1100
tap-target next
wait 1600
tap-target next
wait 1850
tap-target next
tap-target next
expect screen done
shot $OUT/$s-done.png
tap-target map
expect screen map
tap-target safety
expect screen safety
R
  for p in 1 2 3 4 5 6; do echo "shot $OUT/$s-safety-$p.png"; echo "tap-target page"; done
  cat <<R
tap-target map
tap-target settings
expect screen settings
shot $OUT/$s-settings.png
key End
shot $OUT/$s-settings-end.png
tap-target profiles
expect screen profiles
shot $OUT/$s-profiles.png
tap-target add
type Jürgen
shot $OUT/$s-profiles-keyboard.png
tap-target done
shot $OUT/$s-profiles-two.png
tap-target rename:2
shot $OUT/$s-profiles-rename.png
tap-target cancel
tap-target delete:2
shot $OUT/$s-profiles-delete.png
tap-target cancel
key Escape
expect screen map
shot $OUT/$s-map-profiles.png
tap-target history
expect screen progress
shot $OUT/$s-history-year.png
tap-target tab:entries
shot $OUT/$s-history-entries.png
tap-target delete:2
shot $OUT/$s-history-undo.png
R
}

# kiosk SIZE: the attract loop and the admin screen, locked and unlocked
kiosk() {
  local s=$1
  cat <<R
expect screen attract
wait 100
shot $OUT/$s-attract.png
touch 300 300
expect screen map
shot $OUT/$s-kiosk-map.png
finger-down 10 10
wait 200
expect screen admin
finger-up 10 10
touch-target pin-7
shot $OUT/$s-admin-pin.png
touch-target pin-3
touch-target pin-1
touch-target pin-5
touch-target pin-ok
wait 100
shot $OUT/$s-admin.png
R
}

cat > kiosk.json <<J
{"kind": "kiosk-config", "pin": "7315"}
J
for size in 800x480 1920x1080; do
  rm -rf progress.json* profiles.json progress-p*.json events.jsonl config
  history_progress 40 progress.json
  home "$size" > "home-$size.txt"
  facemap_replay "home-$size.txt" --window "$size" --lang de
  mv events.jsonl "home-$size.jsonl"
  rm -f progress.json
  kiosk "$size" > "kiosk-$size.txt"
  facemap_replay "kiosk-$size.txt" --window "$size" --lang de --kiosk --config "$WORK/kiosk.json"
  mv events.jsonl "kiosk-$size.jsonl"
done
# the English map, to tell the German one from it
printf 'expect screen map\nshot %s\n' "$WORK/en-map.png" > en.txt
rm -rf progress.json* profiles.json progress-p*.json events.jsonl
history_progress 40 progress.json
facemap_replay en.txt --window 800x480 --lang en

check '
import glob
for size in ("800x480", "1920x1080"):
    home = [json.loads(l) for l in open(f"home-{size}.jsonl")]
    seen = {e["screen"] for e in kinds(home, "screen")}
    want = {"map", "plan", "zone", "routine", "done", "safety", "settings", "profiles", "progress"}
    assert want <= seen, (size, want - seen)
    assert kinds(home, "routine_done") and kinds(home, "entry_deleted"), size
    assert not kinds(home, "lang_changed"), "--lang de needs no switch"
    kiosk = [json.loads(l) for l in open(f"kiosk-{size}.jsonl")]
    seen = [e["screen"] for e in kinds(kiosk, "screen")]
    assert seen[:3] == ["attract", "map", "admin"], seen
    assert kinds(kiosk, "admin_unlocked"), size
shots = glob.glob(os.environ["OUT"] + "/*.png")
assert len(shots) == 2 * 28, len(shots)
# German in the header: "Routinen wählen" and "English" where English has other words
assert differs("en-map.png", os.environ["OUT"] + "/800x480-map.png", 0, 0, 800, 56)
'
echo "German tour screenshots: $OUT"
