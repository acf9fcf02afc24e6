#!/usr/bin/env bash
# Remakes the README's screenshots with the real binary, headless:
# the map (with some history), a zone, the first step with its sources,
# the squeeze step's caution, a step with its countdown, the done screen
# and the safety rules, at 800x600 and 1920x1080.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Some history so the map shows every kind of badge.
cp tools/sample-progress.json "$tmp/progress.json"
for size in 800x600 1920x1080; do
  cp "$tmp/progress.json" "$tmp/p.json"
  # the safety rules take 8 pages at 800x600 and 5 at 1920x1080 (the
  # title says "Safety, 1 of N"): the "why" cards come after them
  n=$([ "$size" = 800x600 ] && echo 8 || echo 5)
  pages=$(for _ in $(seq "$n"); do echo 'tap-target page'; done)
  # the squeeze step's caution is on its second page at 800x600
  caution_page=$([ "$size" = 800x600 ] && echo 'tap-target list-next' || true)
  cat > "$tmp/tour.txt" <<R
shot $PWD/$out/map-$size.png
tap-zone nose
shot $PWD/$out/zone-$size.png
tap-target routine:nose-clean-out
wait 300
shot $PWD/$out/first-step-$size.png
wait 1800
tap-target next
wait 300
$caution_page
shot $PWD/$out/caution-$size.png
tap-target next
tap-target next
tap-target next
wait 2100
tap-target next
wait 420
shot $PWD/$out/player-$size.png
wait 2700
tap-target next
tap-target next
wait 1600
tap-target next
wait 2100
tap-target next
wait 1600
expect screen done
shot $PWD/$out/done-$size.png
tap-target map
tap-target safety
shot $PWD/$out/safety-$size.png
$pages
shot $PWD/$out/why-$size.png
R
  SDL_VIDEODRIVER=dummy ./build/facemap --headless --window "$size" --progress "$tmp/p.json" \
    --now 2026-11-21T09:00:00Z --time-scale 10 --replay "$tmp/tour.txt"
done
ls -la "$out"

# German: the map at 1920x1080 and the nose's routines at 800x480.
for size in 1920x1080 800x480; do
  cp tools/sample-progress.json "$tmp/p.json"
  printf 'shot %s\ntap-zone nose\nshot %s\n' "$PWD/$out/de-map-$size.png" "$PWD/$out/de-zone-$size.png" > "$tmp/de.txt"
  SDL_VIDEODRIVER=dummy ./build/facemap --headless --lang de --window "$size" --progress "$tmp/p.json" \
    --now 2026-11-21T09:00:00Z --replay "$tmp/de.txt"
done
rm -f "$out/de-map-800x480.png" "$out/de-zone-1920x1080.png"

# Kiosk: the attract loop and the admin screen, landscape and portrait
# (a kiosk needs a PIN of its own in its config).
echo '{"kind": "kiosk-config", "pin": "2580"}' > "$tmp/kiosk.json"
# 35 days of a kiosk's counts, so the admin's chart has bars
python3 - "$tmp/kiosk-progress.json" <<'PY'
import datetime, json, sys
today, days = datetime.date(2026, 11, 21), []
for i in range(34, -1, -1):
    if i % 7 == 2:
        continue  # closed on that weekday
    v = 6 + (i * 7) % 11 + (4 if i % 7 in (0, 1) else 0)
    days.append({"date": (today - datetime.timedelta(days=i)).isoformat(), "sessions": v,
                 "zones": {"nose": v // 2, "chin": v // 3, "forehead": (i % 4) + 1, "left-cheek": i % 3},
                 "routines": {"nose-clean-out": {"started": v // 2, "done": v // 3, "abandoned": v // 2 - v // 3}}})
json.dump({"version": 1, "history": [], "kiosk": {"days": days}}, open(sys.argv[1], "w"))
PY
for size in 1920x1080 1080x1920 800x480; do
  cp "$tmp/kiosk-progress.json" "$tmp/p.json"
  cat > "$tmp/kiosk.txt" <<R
wait 900
shot $PWD/$out/kiosk-attract-$size.png
touch 500 500
tap-zone nose
finger-down 10 10
wait 3100
finger-up 10 10
touch-target pin-2
touch-target pin-5
touch-target pin-8
touch-target pin-0
touch-target pin-ok
shot $PWD/$out/kiosk-admin-$size.png
R
  SDL_VIDEODRIVER=dummy ./build/facemap --headless --kiosk --config "$tmp/kiosk.json" --window "$size" --progress "$tmp/p.json" \
    --now 2026-11-21T09:00:00Z --replay "$tmp/kiosk.txt"
done
ls "$out" | wc -l
