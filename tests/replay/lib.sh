# lib.sh - shared by the replay tests: runs the real facemap binary headless
# on a replay script in a fresh folder, and checks what it wrote.
# Usage in a test:  source lib.sh "$@"   (args: FACEMAP_BINARY SOURCE_ROOT)
set -euo pipefail
FACEMAP=$1
ROOT=$2
WORK=$(mktemp -d /tmp/facemap-test.XXXXXX)
export XDG_CONFIG_HOME="$WORK/config" # the settings file of this test only
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi' EXIT
cd "$WORK"
export SDL_VIDEODRIVER=dummy
NOW=2026-11-21T09:00:00Z

fail() { echo "FAIL: $*" >&2; exit 1; }

# facemap_replay SCRIPT [extra options...]: headless run at 800x600, 20x time.
facemap_replay() {
  local script=$1; shift
  "$FACEMAP" --headless --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --progress "$WORK/progress.json" --events "$WORK/events.jsonl" --now "$NOW" \
    --time-scale 20 "$@" --replay "$script" || fail "facemap --replay $script exited $?"
}

# check PYTHON-CODE: runs python3 with helpers: events(), progress(),
# pixel(png, x, y) -> (r, g, b), near(png, x, y, w, h, rgb) -> bool,
# layout(w, h) -> the --dump-layout JSON.
check() {
  FACEMAP="$FACEMAP" ROOT="$ROOT" python3 "$ROOT/tests/replay/checks.py" "$1" || fail "check failed"
}
