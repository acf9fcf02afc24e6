#!/usr/bin/env bash
# The content in German (levels/de/, the language from LANGUAGE, as a
# desktop session gives it): the map's zone names, the
# zone screen's routine titles, the routine's step (title, text, caution)
# and the safety screen are drawn from the German overlay at 800x480 and
# 1920x1080; the same run in English draws them otherwise. A language with
# no folder (fr) draws the English pixel for pixel, and German with the
# folder gone another step text than the German; a country code (de_DE) finds the German folder. The
# screenshots stay in the test's folder with KEEP=1, to be looked at.
source "$(dirname "$0")/lib.sh" "$@"
mkdir nofolder
cp "$ROOT"/levels/*.json nofolder/

# run TAG SIZE LANG [LEVELS]: the walk's screenshots as TAG-NAME.png
run() {
  local tag=$1 size=$2 lang=$3 levels=${4:-$ROOT/levels}
  cat > "$tag.txt" <<R
shot $tag-map.png
tap-zone nose
expect screen zone
shot $tag-zone.png
tap-target routine:nose-clean-out
expect screen routine
tap-target next
shot $tag-step.png
key Escape
key Escape
key Escape
expect screen map
tap-target safety
expect screen safety
shot $tag-safety.png
R
  rm -f progress.json
  LANGUAGE=$lang "$FACEMAP" --headless --window "$size" --levels "$levels" --assets "$ROOT/assets" \
    --progress "$WORK/progress.json" --now "$NOW" --replay "$tag.txt" 2>"$tag.err" ||
    fail "$tag: facemap exited $?: $(cat "$tag.err")"
  [ ! -s "$tag.err" ] || fail "$tag: stderr: $(cat "$tag.err")"
}
for size in 800x480 1920x1080; do
  run "de-$size" "$size" de
  run "en-$size" "$size" en
done
run fr-800x480 800x480 fr
run de_DE-800x480 800x480 de_DE
run nofolder-800x480 800x480 de "$WORK/nofolder"

same() { [ "$(compare -metric AE "$1" "$2" null: 2>&1)" = 0 ]; }
for shot in map zone step safety; do
  for size in 800x480 1920x1080; do
    same "de-$size-$shot.png" "en-$size-$shot.png" && fail "$shot at $size: German and English look the same"
  done
  same fr-800x480-$shot.png en-800x480-$shot.png || fail "$shot: fr (no folder) is not the English"
  same de_DE-800x480-$shot.png de-800x480-$shot.png || fail "$shot: de_DE is not the German"
done

# Where they differ is the text the overlay gives: the step's title and
# text panel and the zone screen's cards; the close-up's art is the same
# (the buttons differ too: the interface is German, replay.test_i18n_tour).
check '
for size, (W, H) in (("800x480", (800, 480)), ("1920x1080", (1920, 1080))):
    de, en = f"de-{size}-step.png", f"en-{size}-step.png"
    sx, sy = W / 800, H / 480
    assert differs(de, en, int(360 * sx), int(110 * sy), int(400 * sx), int(80 * sy)), (size, "step text")
    assert not differs(de, en, int(30 * sx), int(70 * sy), int(280 * sx), int(280 * sy)), (size, "close-up art")
    assert differs(f"de-{size}-zone.png", f"en-{size}-zone.png", int(320 * sx), int(60 * sy), int(460 * sx),
                   int(300 * sy)), (size, "zone cards")
'
# German without levels/de: the interface is German, the step's text the
# English, not the German.
check '
de, nf = "de-800x480-step.png", "nofolder-800x480-step.png"
assert differs(nf, de, 360, 110, 400, 80), "German without levels/de: the step text is the German"
'
echo "1 passed, 0 failed"
