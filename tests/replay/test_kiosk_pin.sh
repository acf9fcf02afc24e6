#!/usr/bin/env bash
# The kiosk fails closed: without a valid staff PIN of its own from its
# config it does not start (exit 1, nothing drawn, nothing saved) and says
# how to set one. No --config, a config that is missing, one it may not read
# (mode 600, another user's), a PIN given as a number, with a trailing
# space, one printed in the documentation, or none at all: each is refused.
# A config with a PIN of its own starts on the attract loop.
source "$(dirname "$0")/lib.sh" "$@"
printf 'expect screen attract\nwait 100\nquit\n' > attract.txt

# refused NAME [options...]: the kiosk must not start.
refused() {
  local name=$1; shift
  rm -f progress.json events.jsonl
  set +e
  "$FACEMAP" --headless --kiosk --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --progress "$WORK/progress.json" --events "$WORK/events.jsonl" --now "$NOW" "$@" --replay attract.txt \
    >out.txt 2>err.txt
  local rc=$?
  set -e
  [ "$rc" -ne 0 ] || fail "$name: the kiosk started (exit 0): $(cat err.txt)"
  grep -q 'the kiosk does not start' err.txt || fail "$name: no refusal on stderr: $(cat err.txt)"
  grep -q 'set "pin": "DIGITS"' err.txt || fail "$name: the message does not say how to set a PIN: $(cat err.txt)"
  [ ! -s events.jsonl ] || fail "$name: it ran: $(cat events.jsonl)"
  [ ! -e progress.json ] || fail "$name: it wrote the progress file"
  echo "ok   $name: $(grep -o 'from its config, and .*: the kiosk does not start' err.txt)"
}

refused "no --config"
refused "a missing config" --config "$WORK/nowhere.json"
echo '{"kind": "kiosk-config", "pin": 58203}' > number.json
refused "a PIN given as a number" --config number.json
grep -q '/pin: must be a string of 4 to 8 digits' err.txt || fail "the number: no /pin problem: $(cat err.txt)"
echo '{"kind": "kiosk-config", "pin": "58203 "}' > space.json
refused "a PIN with a trailing space" --config space.json
echo '{"kind": "kiosk-config", "pin": "1234"}' > documented.json
refused "the old documented default PIN" --config documented.json
grep -q 'printed in facemap.s documentation' err.txt || fail "1234: not called public: $(cat err.txt)"
refused "the example config as shipped" --config "$ROOT/docs/kiosk-config.example.json"
echo '{"kind": "kiosk-config", "idle_seconds": 120}' > nopin.json
refused "a config without a PIN" --config nopin.json
echo '{"kind": "kiosk-config", "pin": "58203",}' > broken.json
refused "a config that is not JSON" --config broken.json

# Another user's file, mode 600: run as nobody, who may not read it (as
# root any file can be read, so the run drops to nobody).
echo '{"kind": "kiosk-config", "pin": "58203"}' > private.json
chmod 600 private.json
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$WORK"
  mkdir -m 777 "$WORK/nobody"
  as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$WORK/nobody" \
      XDG_CONFIG_HOME="$WORK/nobody" "$@"; }
  set +e
  as_nobody "$FACEMAP" --headless --kiosk --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" \
    --progress "$WORK/nobody/progress.json" --events "$WORK/nobody/events.jsonl" --now "$NOW" \
    --config "$WORK/private.json" --replay "$WORK/attract.txt" >out.txt 2>err.txt
  rc=$?
  set -e
  [ "$rc" -ne 0 ] || fail "another user's config: the kiosk started: $(cat err.txt)"
  grep -q 'Permission denied' err.txt && grep -q 'the kiosk does not start' err.txt \
    || fail "another user's config: $(cat err.txt)"
  [ ! -s "$WORK/nobody/events.jsonl" ] || fail "another user's config: it ran"
  echo "ok   another user's config (mode 600): $(grep -o 'from its config, and .*: the kiosk does not start' err.txt)"
else
  chmod 000 private.json
  refused "an unreadable config (mode 000)" --config private.json
fi

# a PIN of its own: it starts
echo '{"kind": "kiosk-config", "pin": "58203"}' > own.json
facemap_replay attract.txt --kiosk --config own.json
grep -q '"screen":"attract"' events.jsonl || fail "a config with its own PIN did not start the kiosk"
echo "ok   a PIN of its own starts the kiosk"
echo "1 passed, 0 failed"
