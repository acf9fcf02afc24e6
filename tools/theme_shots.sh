#!/usr/bin/env bash
# Screenshots of both themes (the settings key "theme": standard and
# high-contrast) with the real binary, headless: the map (with some
# history, so every kind of badge shows), the chin (due today), a step, the
# history and the settings, at 800x480 and 1920x1080.
# Usage: tools/theme_shots.sh [OUT_DIR] [BINARY]   (default: theme-shots/, build/facemap)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-theme-shots}")
bin=$(realpath "${2:-build/facemap}")
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" SDL_VIDEODRIVER=dummy
mkdir -p "$XDG_CONFIG_HOME/facemap"
for theme in standard high-contrast; do
  printf '{"kind": "settings", "version": 2, "theme": "%s"}\n' "$theme" > "$XDG_CONFIG_HOME/facemap/settings.json"
  for size in 800x480 1920x1080; do
    cp tools/sample-progress.json "$tmp/p.json"
    cat > "$tmp/tour.txt" <<R
shot $out/$theme-map-$size.png
tap-zone chin
shot $out/$theme-zone-$size.png
tap-target routine:gentle-chin-cleanse
wait 200
shot $out/$theme-player-$size.png
key Escape
key Escape
key Escape
expect screen map
tap-target history
shot $out/$theme-history-$size.png
key Escape
tap-target settings
key Up
key Up
shot $out/$theme-settings-$size.png
R
    "$bin" --headless --window "$size" --progress "$tmp/p.json" --levels levels --assets assets \
      --now 2026-11-21T09:00:00Z --time-scale 10 --replay "$tmp/tour.txt"
  done
done
ls "$out"
