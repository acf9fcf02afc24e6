#!/usr/bin/env bash
# The recommended kiosk session: facemap --kiosk under cage, Debian's
# Wayland kiosk compositor, on its headless backend (no GPU, no input
# devices, the pixman renderer; SDL on Wayland). The kiosk starts on the
# attract loop at the output's full size (the "window" event against the
# size cage gave its output) and SIGTERM quits it cleanly (exit 0), after
# which cage ends too. cage refuses to run as root, so as root the run
# drops to the user nobody. Skipped (77) where cage or Xwayland (which
# Debian's cage starts) is not installed: tools/setup.sh --test installs both.
set -euo pipefail
FACEMAP=$1
ROOT=$2
command -v cage >/dev/null || { echo "SKIP: cage is not installed (apt-get install cage)"; exit 77; }
[ -x /usr/bin/Xwayland ] || { echo "SKIP: Xwayland is not installed (apt-get install xwayland)"; exit 77; }
WORK=$(mktemp -d /tmp/facemap-cage.XXXXXX)
CAGE_PID=""
cleanup() {
  [ -n "$CAGE_PID" ] && kill "$CAGE_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$WORK/cage.log" ] && tail -5 "$WORK/cage.log" >&2; exit 1; }
as_user=()
if [ "$(id -u)" = 0 ]; then
  chown nobody:nogroup "$WORK"
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
chmod 700 "$WORK"
echo '{"kind": "kiosk-config", "pin": "86420"}' > "$WORK/kiosk.json"
[ "$(id -u)" = 0 ] && chown nobody "$WORK/kiosk.json"
"${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$WORK" XDG_RUNTIME_DIR="$WORK" XDG_CONFIG_HOME="$WORK" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman SDL_VIDEODRIVER=wayland \
  cage -d -- "$FACEMAP" --kiosk --config "$WORK/kiosk.json" --levels "$ROOT/levels" --assets "$ROOT/assets" \
  --progress "$WORK/progress.json" --events "$WORK/events.jsonl" >"$WORK/cage.log" 2>&1 &
CAGE_PID=$!
for _ in $(seq 100); do grep -q '"screen":"attract"' "$WORK/events.jsonl" 2>/dev/null && break; sleep 0.1; done
grep -q '"screen":"attract"' "$WORK/events.jsonl" 2>/dev/null || fail "the kiosk did not start under cage"
sleep 1
# the output's mode, as cage's log gives it (wlroots: "... mode WxH")
read -r OW OH < <(grep -oE '[0-9]{3,5}x[0-9]{3,5}' "$WORK/cage.log" | head -1 | tr x ' ') || true
read -r WW WH < <(python3 -c '
import json, sys
w = [json.loads(l) for l in open(sys.argv[1]) if "\"window\"" in l]
print(*w[-1]["size"])' "$WORK/events.jsonl") || fail "no window event: $(cat "$WORK/events.jsonl")"
# cage's log names no mode: its headless output is 1280x720 (cage.c adds it
# so), not facemap's own default of 1280x800
[ -n "${OW:-}" ] || { OW=1280; OH=720; }
[ "$WW" = "$OW" ] && [ "$WH" = "$OH" ] || fail "the kiosk is ${WW}x${WH}, the output ${OW}x${OH}"
[ "$WW" -ge 640 ] && [ "$WH" -ge 480 ] || fail "the kiosk is only ${WW}x${WH}"
FP=$(pgrep -P "$CAGE_PID" -x cage || echo "$CAGE_PID")
FP=$(pgrep -P "$FP" -x facemap) || fail "no facemap process under cage"
kill -TERM "$FP"
for _ in $(seq 100); do kill -0 "$CAGE_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$CAGE_PID" 2>/dev/null && fail "cage still runs 10 s after facemap was sent SIGTERM"
wait "$CAGE_PID" || fail "cage exited $? after SIGTERM"
CAGE_PID=""
grep -q 'facemap:.*\(error\|cannot\)' "$WORK/cage.log" && fail "facemap complained: $(grep facemap: "$WORK/cage.log")"
echo "ok   facemap --kiosk under cage (headless): ${WW}x${WH}, the output's ${OW}x${OH}; SIGTERM quit it and cage, exit 0"
echo "1 passed, 0 failed"
