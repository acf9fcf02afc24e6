#!/usr/bin/env bash
# A closed events pipe stops the events, never the trainer: with
# `--events - | head -n1`, and with an events FIFO whose reader leaves after
# one line, facemap still walks the whole tour, saves the routine, exits 0
# and says once on stderr that the events stopped.
# Usage: test_broken_pipe.sh FACEMAP ROOT
. "$(dirname "$0")/lib.sh"
robust_setup "$1" "$2" pipe

run() { # $1 progress file, $2 events target
    timeout 120 "$facemap" --headless --window 640x480 --levels "$root/levels" --assets "$root/assets" \
        --progress "$1" --time-scale 20 --now 2026-11-21T09:00:00Z --events "$2" \
        --replay "$root/tests/replay/tour.txt"
}

check() { # $1 name, $2 exit code, $3 progress file, $4 stderr file, $5 first line
    local saved said
    saved=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["history"]))' "$3" 2>/dev/null || echo none)
    said=$(grep -c 'no more events are written' "$4" || true)
    if [ "$2" = 0 ] && [ "$saved" = 1 ] && [ "$said" = 1 ] && grep -q '"event"' <<<"$5"; then
        echo "ok   $1"
    else
        echo "FAIL $1: exit $2 (want 0), routines saved $saved (want 1), stop message $said times (want 1), first line '$5'"
        sed 's/^/     stderr: /' "$4" | tail -5
        fail=1
    fi
}

run "$work/a.json" - 2>"$work/a.err" | head -n1 >"$work/a.first" && rc=${PIPESTATUS[0]}
check "--events - | head -n1" "$rc" "$work/a.json" "$work/a.err" "$(cat "$work/a.first")"

mkfifo "$work/events"
head -n1 "$work/events" >"$work/b.first" &
reader=$!
rc=0
run "$work/b.json" "$work/events" 2>"$work/b.err" || rc=$?
wait "$reader" || true
check "an events FIFO whose reader left" "$rc" "$work/b.json" "$work/b.err" "$(cat "$work/b.first")"
exit $fail
