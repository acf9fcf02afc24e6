#!/usr/bin/env bash
# Started with no display, facemap says so in one line that shows the
# headless tour, and exits 1 instead of running invisibly.
source "$(dirname "$0")/lib.sh" "$@"
set +e
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER timeout 20 "$FACEMAP" \
  --levels "$ROOT/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json" 2>&1)
rc=$?
set -e
[ "$rc" = 1 ] || fail "exit code $rc, expected 1: $out"
line=$(printf '%s\n' "$out" | grep '^facemap:') || fail "no facemap line in: $out"
[ "$(printf '%s\n' "$line" | wc -l)" = 1 ] || fail "more than one line: $line"
case "$line" in *"no display"*"--headless"*"--replay tests/replay/tour.txt"*) ;; *) fail "unclear: $line" ;; esac
[ ! -e "$WORK/progress.json" ] || fail "it wrote a progress file"
echo "1 passed, 0 failed"
