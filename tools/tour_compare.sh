#!/usr/bin/env bash
# tools/tour_compare.sh OLD_FACEMAP NEW_FACEMAP: plays the same headless
# tour with two builds (every screen, with focus, pause, paging and the
# kiosk's keypad and admin, at six window sizes and three kiosk sizes:
# 154 shots) and compares them pixel for pixel (ImageMagick's compare -metric
# AE), and the events and progress files byte for byte. Prints each
# difference; exits 1 if there was one. For changes that must not change
# what a user sees (a refactor). Both builds read this tree's levels/ and
# assets/. Example: build the old commit in /tmp/old (git worktree add
# /tmp/old-src REV; cmake -S /tmp/old-src -B /tmp/old; cmake --build
# /tmp/old --target facemap), then
#   tools/tour_compare.sh /tmp/old/facemap build/facemap
set -u
SRC=$(cd "$(dirname "$0")/.." && pwd)
export SDL_VIDEODRIVER=dummy
# tour BIN OUTDIR: the shots, events and progress files of one build
tour() {
BIN=$1; OUT=$2; mkdir -p "$OUT"; rm -f "$OUT"/*
tmp=$WORKDIR/run; rm -rf "$tmp"; mkdir -p "$tmp"
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
cp "$SRC/tools/sample-progress.json" "$tmp/progress.json" # some history: every kind of badge
for size in 800x600 1920x1080 1080x1920 480x800 640x480 1280x800; do
  cp "$tmp/progress.json" "$tmp/p.json"
  cat > "$tmp/t.txt" <<R
shot $OUT/$size-01-map.png
key Tab
key Tab
shot $OUT/$size-02-mapfocus.png
move 10 10
tap-zone nose
shot $OUT/$size-03-zone.png
key Tab
shot $OUT/$size-04-zonefocus.png
key Escape
key Escape
tap-zone nose
tap-target routine:nose-clean-out
wait 300
shot $OUT/$size-05-step1.png
key Space
wait 500
shot $OUT/$size-06-paused.png
key Space
tap-target next
tap-target skip
tap-target next
tap-target next
wait 420
shot $OUT/$size-07-step5.png
tap-target previous
shot $OUT/$size-08-prev.png
tap-target next
tap-target next
tap-target next
tap-target next
tap-target next
tap-target next
wait 300
shot $OUT/$size-09-done.png
wait 1600
shot $OUT/$size-10-done2.png
tap-target map
tap-target history
shot $OUT/$size-11-history.png
key Escape
tap-target safety
shot $OUT/$size-12-safety.png
tap-target page
shot $OUT/$size-13-safety2.png
tap-target page
shot $OUT/$size-14-safety3.png
tap-target page
shot $OUT/$size-15-safety4.png
key Escape
tap-zone chin
shot $OUT/$size-16-chin.png
tap-target back
key Tab
key Return
shot $OUT/$size-17-keyb.png
R
  SDL_VIDEODRIVER=dummy $BIN --headless --window "$size" --progress "$tmp/p.json" --levels $SRC/levels --assets $SRC/assets \
    --now 2026-11-21T09:00:00Z --time-scale 10 --events "$OUT/ev-$size.jsonl" --replay "$tmp/t.txt" 2>>"$OUT/stderr.txt" || echo "rc $? $size" >> "$OUT/stderr.txt"
  cp "$tmp/p.json" "$OUT/prog-$size.json"
done
echo '{"kind":"kiosk-config","idle_seconds":60,"dim_seconds":120,"pin":"1357"}' > "$tmp/kc.json"
for size in 1920x1080 1080x1920 800x480; do
  cp "$tmp/progress.json" "$tmp/p.json"
  cat > "$tmp/k.txt" <<R
wait 900
shot $OUT/k$size-01-attract.png
touch 500 500
shot $OUT/k$size-02-map.png
tap-zone nose
shot $OUT/k$size-03-zone.png
touch-target routine:nose-clean-out
wait 200
shot $OUT/k$size-04-step.png
touch-target back
touch-target back
finger-down 10 10
wait 3100
finger-up 10 10
shot $OUT/k$size-05-keypad.png
touch-target pin-9
touch-target pin-ok
shot $OUT/k$size-06-wrong.png
touch-target pin-1
touch-target pin-2
shot $OUT/k$size-07-typing.png
touch-target pin-clear
touch-target pin-1
touch-target pin-3
touch-target pin-5
touch-target pin-7
touch-target pin-ok
shot $OUT/k$size-08-admin.png
touch-target idle-up
shot $OUT/k$size-09-idle.png
touch-target back
wait 62000
shot $OUT/k$size-10-attract2.png
wait 125000
shot $OUT/k$size-11-dim.png
R
  SDL_VIDEODRIVER=dummy $BIN --headless --kiosk --config "$tmp/kc.json" --window "$size" --progress "$tmp/p.json" --levels $SRC/levels --assets $SRC/assets \
    --now 2026-11-21T09:00:00Z --events "$OUT/kev-$size.jsonl" --replay "$tmp/k.txt" 2>>"$OUT/stderr.txt" || echo "rc $? k$size" >> "$OUT/stderr.txt"
  sed -E 's/"t":[0-9]+,//' "$tmp/p.json" > "$OUT/kprog-$size.json"
done
}

[ $# -eq 2 ] || { echo "usage: $0 OLD_FACEMAP NEW_FACEMAP" >&2; exit 2; }
WORKDIR=$(mktemp -d /tmp/facemap-tour.XXXXXX)
trap 'rm -rf "$WORKDIR"' EXIT
tour "$1" "$WORKDIR/old" >/dev/null 2>&1
tour "$2" "$WORKDIR/new" >/dev/null 2>&1
bad=0
for f in "$WORKDIR"/old/*; do
  b=$(basename "$f"); n="$WORKDIR/new/$b"
  if [ ! -e "$n" ]; then echo "missing in the new tour: $b"; bad=1; continue; fi
  case $b in
    *.png) ae=$(compare -metric AE "$f" "$n" null: 2>&1); [ "$ae" = 0 ] || { echo "differs: $b ($ae pixels)"; bad=1; } ;;
    stderr.txt) ;;
    *) cmp -s "$f" "$n" || { echo "differs: $b"; diff "$f" "$n" | head -5; bad=1; } ;;
  esac
done
echo "tour_compare: $(ls "$WORKDIR"/old | wc -l) files compared, $([ $bad = 0 ] && echo "all the same" || echo "some differ")"
exit $bad
