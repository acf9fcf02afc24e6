# xvfb_lib.sh - starts a private Xvfb for a test and stops it (and the app)
# on exit. Sets DISPLAY. Usage: source xvfb_lib.sh "$@" (FACEMAP ROOT).
set -euo pipefail
FACEMAP=$1
ROOT=$2
WORK=$(mktemp -d /tmp/facemap-xvfb.XXXXXX)
unset SDL_VIDEODRIVER
export XDG_CACHE_HOME="$WORK/cache" # launch snapshots (snapshot.h) of this test only
export XDG_CONFIG_HOME="$WORK/config" # and its settings file
APP_PID=""
XVFB_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  # waited for, so that the next test never finds this server still going away
  [ -n "$XVFB_PID" ] && { kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null; } || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# start_xvfb [WxHxD]: a private Xvfb (default 1280x1024x24; XVFB_DPI sets
# the DPI it reports, else its own 96) on a free
# display; sets DISPLAY and XVFB_PID. stop_xvfb ends it (and the app).
start_xvfb() {
  local screen=${1:-1280x1024x24}
  for n in $(seq 91 140); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 "$screen" ${XVFB_DPI:+-dpi "$XVFB_DPI"} -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    # the server answering must be ours: one that failed to start may have
    # found another still on that display
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    xdpyinfo >/dev/null 2>&1 && kill -0 "$XVFB_PID" 2>/dev/null && return 0
    kill "$XVFB_PID" 2>/dev/null || true; XVFB_PID=""
  done
  fail "could not start Xvfb"
}
stop_xvfb() {
  [ -n "$APP_PID" ] && { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; } || true
  APP_PID=""
  [ -n "$XVFB_PID" ] && { kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null; } || true
  XVFB_PID=""
}
start_xvfb

# wait_for CMD...: retries a command for up to 10 s.
wait_for() {
  for _ in $(seq 100); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}
has_event() { grep -q "$1" "$WORK/events.jsonl"; }
# quit_with_ctrl_q WID: Ctrl+Q in the window; the app must be gone within
# 5 s and have exited 0. (The key-up may find the window already gone:
# that is the quit working.)
quit_with_ctrl_q() {
  xdotool key --window "$1" ctrl+q 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$APP_PID" 2>/dev/null; then fail "Ctrl+Q did not quit"; fi
  wait "$APP_PID" || fail "facemap exited with $?"
  APP_PID=""
}
