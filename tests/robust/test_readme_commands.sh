#!/usr/bin/env bash
# The README's try-out commands work as written, from the repository root,
# and touch nobody's files: the headless tour (taken from README.md, with
# build/facemap replaced by the binary under test) exits 0 and writes
# nothing under HOME or the XDG folders; the long soak's command line, with
# the binary given relative to the root as the README gives it, runs (a
# short soak: --commands 10000 --seed 1 --no-rss).
# Usage: test_readme_commands.sh FACEMAP ROOT
. "$(dirname "$0")/lib.sh"
robust_setup "$1" "$2" readme
cd "$root"
rel=$(realpath --relative-to="$root" "$facemap")

tour=$(grep -m1 '^SDL_VIDEODRIVER=dummy build/facemap .*tour.txt' README.md || true)
[ -n "$tour" ] || { echo "FAIL the README has no headless tour line"; exit 1; }
mkdir -p "$work/home"
rc=0
(export HOME=$work/home; unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME
 eval "${tour/build\/facemap/timeout 120 \"\$facemap\"}" >"$work/tour.out" 2>"$work/tour.err") || rc=$?
written=$(find "$work/home" -type f | head -3)
if [ "$rc" = 0 ] && [ -z "$written" ] && grep -q '"event":"saved"' "$work/tour.out"; then
    say "ok   the README's headless tour runs and writes nothing in HOME"
else
    say "FAIL the README's headless tour: exit $rc, files written in HOME: ${written:-none}"
    tail -3 "$work/tour.err"
fi

soak=$(grep -m1 '^python3 tests/robust/soak.py build/facemap' README.md || true)
[ -n "$soak" ] || { echo "FAIL the README has no soak line"; exit 1; }
soak=${soak%%#*}
soak=${soak%"${soak##*[! ]}"}
soak=${soak/build\/facemap/$rel}
soak=${soak/--commands 150000/--commands 10000 --seed 1 --no-rss}
rc=0
eval "timeout 300 $soak" >"$work/soak.out" 2>&1 || rc=$?
if [ "$rc" = 0 ]; then
    say "ok   the README's soak command runs from the root ($soak)"
else
    say "FAIL the README's soak command ($soak): exit $rc"
    tail -3 "$work/soak.out"
fi
exit $fail
