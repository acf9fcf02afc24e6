#!/usr/bin/env bash
# facemap --due and the daily reminder (tools/facemap-due, its systemd user
# units), on the shipped levels at a fixed --now in UTC:
# - nothing followed: no line, exit 0; a routine done recently: only its
#   "next" line, exit 0; two due today (one daily: a habit, never "late") and one not:
#   the due ones most late first, then the next, exit 1, tab-separated
#   KIND ROUTINE ZONE DATE WHEN TITLE exactly;
# - exit 2 on a progress file that cannot be read, a levels folder that is
#   not there, and a bad --now;
# - tools/facemap-due with a fake notify-send first on PATH that writes
#   down its arguments: called with the count and a line a due routine when
#   something is due, not called when nothing is, exit 2 (not called) when
#   facemap --due fails, exit 1 naming libnotify-bin when notify-send is
#   missing;
# - systemd-analyze --user verify accepts the units with the script
#   installed where the service runs it (no warning at all), and fails
#   without it (so the check can fail); both installed by the README's own
#   install lines. That part alone is skipped where
#   systemd-analyze is not installed (tools/setup.sh --test installs it).
. "$(dirname "$0")/lib.sh"
robust_setup "$1" "$2" due
cd "$work"
export TZ=UTC
NOW=2026-12-01T09:00:00Z
entry() { printf '{"routine":"%s","zone":"%s","completed_at":"%s","steps_done":1,"steps_total":1}' "$@"; }
printf '{"version":1,"history":[]}' >empty.json
printf '{"version":1,"history":[%s]}' "$(entry forehead-clean-out forehead 2026-11-20T08:00:00Z)" >recent.json
printf '{"version":1,"history":[%s,%s,%s]}' "$(entry forehead-clean-out forehead 2026-11-20T08:00:00Z)" \
    "$(entry nose-clean-out nose 2026-11-01T09:30:00Z)" "$(entry gentle-nose-cleanse nose 2026-11-25T07:00:00Z)" >due.json
printf '{"version":1,"history":[' >broken.json
due() { # due PROGRESS [more options]: stdout in out.txt, stderr in err.txt; prints the exit code
    local p=$1 rc=0
    shift
    timeout 20 "$facemap" --due --levels "$root/levels" --assets "$root/assets" --progress "$p" --now "$NOW" "$@" \
        >out.txt 2>err.txt || rc=$?
    echo $rc
}
T=$(printf '\t')

rc=$(due empty.json)
[ "$rc" = 0 ] && [ ! -s out.txt ] && say "ok   nothing followed: no line, exit 0" || say "FAIL: empty: $rc $(cat out.txt err.txt)"
rc=$(due recent.json)
want="next${T}forehead-clean-out${T}forehead${T}2027-01-19${T}in 49 days${T}Forehead pore clean-out"
[ "$rc" = 0 ] && [ "$(cat out.txt)" = "$want" ] && say "ok   done recently: $(cat out.txt)" ||
    say "FAIL: recent: $rc $(cat out.txt err.txt)"
rc=$(due due.json)
want="due${T}gentle-nose-cleanse${T}nose${T}2026-12-01${T}today${T}Gentle nose cleanse
due${T}nose-clean-out${T}nose${T}2026-12-01${T}today${T}Nose pore clean-out
next${T}forehead-clean-out${T}forehead${T}2027-01-19${T}in 49 days${T}Forehead pore clean-out"
if [ "$rc" = 1 ] && [ "$(cat out.txt)" = "$want" ]; then
    say "ok   two due and the next, exit 1:"
    sed 's/^/       /' out.txt
else
    say "FAIL: due: $rc $(cat out.txt err.txt)"
fi
# a household: --profile NAME asks about that profile's file (beside the list)
mkdir -p home && cp recent.json home/progress.json && cp due.json home/progress-p2.json
printf '{"kind":"profiles","version":1,"profiles":[{"id":1,"name":"Ana","colour":"teal","file":"progress.json"},{"id":2,"name":"Bo","colour":"blue","file":"progress-p2.json"}]}' >home/profiles.json
rc=$(due home/progress.json --profile bo)
[ "$rc" = 1 ] && [ "$(grep -c '^due' out.txt)" = 2 ] && say "ok   --profile bo: Bo's routines due, exit 1" ||
    say "FAIL: --profile bo: $rc $(cat out.txt err.txt)"
rc=$(due home/progress.json)
[ "$rc" = 0 ] && grep -q '^next' out.txt && say "ok   without --profile: the first profile's, nothing due" ||
    say "FAIL: first profile: $rc $(cat out.txt err.txt)"
rc=$(due home/progress.json --profile Cy)
[ "$rc" = 2 ] && grep -q 'there are: Ana, Bo' err.txt && say "ok   an unknown --profile: exit 2, the names said" ||
    say "FAIL: --profile Cy: $rc $(cat err.txt)"
rc=$(due broken.json)
[ "$rc" = 2 ] && grep -q broken.json err.txt && say "ok   unreadable progress: exit 2, $(cat err.txt)" ||
    say "FAIL: broken: $rc $(cat err.txt)"
rc=0
"$facemap" --due --levels "$work/nowhere" --progress empty.json >out.txt 2>err.txt || rc=$?
[ "$rc" = 2 ] && grep -q nowhere err.txt && say "ok   no levels folder: exit 2" || say "FAIL: levels: $rc $(cat err.txt)"
rc=0
"$facemap" --due --now yesterday >out.txt 2>err.txt || rc=$?
[ "$rc" = 2 ] && grep -q -- --now err.txt && say "ok   a bad --now: exit 2" || say "FAIL: --now: $rc"

# the reminder script, with a notify-send that writes down its arguments
mkdir bin
cat >bin/notify-send <<'EOF'
#!/bin/sh
for a in "$@"; do printf '[%s]\n' "$a"; done >>"$NOTIFIED"
EOF
chmod +x bin/notify-send
export NOTIFIED=$work/notified.txt FACEMAP=$facemap
remind() { # remind PROGRESS PATH: exit code
    local rc=0
    PATH=$2 sh "$root/tools/facemap-due" --levels "$root/levels" --assets "$root/assets" --progress "$1" \
        --now "$NOW" 2>err.txt || rc=$?
    echo $rc
}
rc=$(remind due.json "$work/bin:$PATH")
want="[--app-name=facemap]
[--icon=appointment-soon]
[2 care routines are due]
[Gentle nose cleanse: today
Nose pore clean-out: today]"
[ "$rc" = 0 ] && [ "$(cat notified.txt)" = "$want" ] && say "ok   the reminder notifies what is due" ||
    say "FAIL: reminder: $rc $(cat notified.txt err.txt)"
rm -f notified.txt
rc=$(remind recent.json "$work/bin:$PATH")
[ "$rc" = 0 ] && [ ! -e notified.txt ] && say "ok   nothing due: no notification" || say "FAIL: reminder, nothing due: $rc"
rc=$(remind broken.json "$work/bin:$PATH")
[ "$rc" = 2 ] && [ ! -e notified.txt ] && grep -q "facemap-due:" err.txt && say "ok   facemap --due failing: exit 2, not notified" ||
    say "FAIL: reminder, broken: $rc"
mkdir nobin
ln -s "$(command -v timeout)" nobin/timeout
rc=$(remind due.json "$work/nobin:/usr/bin:/bin")
if command -v notify-send >/dev/null 2>&1; then
    echo "(notify-send is installed here: the missing notify-send case is not tried)"
elif [ "$rc" = 1 ] && grep -q libnotify-bin err.txt; then
    say "ok   no notify-send: exit 1, $(cat err.txt)"
else
    say "FAIL: reminder without notify-send: $rc $(cat err.txt)"
fi

# the systemd units, as the README installs them
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "skipped: systemd-analyze is not installed (Debian package systemd); the units are not verified"
    exit $fail
fi
export XDG_RUNTIME_DIR=$work/run
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
units=$HOME/.config/systemd/user
# the README's own install lines, as written, from the repository's root
install_lines=$(grep -E '^install -D .*tools/facemap-due' "$root/README.md")
[ "$(echo "$install_lines" | wc -l)" = 2 ] || say "FAIL: the README's two install lines are not there"
(cd "$root" && eval "$(echo "$install_lines" | grep facemap-due.service)") ||
    say "FAIL: the README's install line for the units"
rc=0
systemd-analyze --user verify "$units/facemap-due.service" "$units/facemap-due.timer" >verify.txt 2>&1 || rc=$?
[ "$rc" != 0 ] && grep -q "facemap-due" verify.txt && say "ok   verify fails while the script is not installed" ||
    say "FAIL: verify without the script: $rc $(cat verify.txt)"
(cd "$root" && eval "$(echo "$install_lines" | grep 'bin/facemap-due')") || say "FAIL: the README's install line for the script"
[ -x "$HOME/.local/bin/facemap-due" ] || say "FAIL: the script is not installed executable"
rc=0
systemd-analyze --user verify "$units/facemap-due.service" "$units/facemap-due.timer" >verify.txt 2>&1 || rc=$?
[ "$rc" = 0 ] && [ ! -s verify.txt ] && say "ok   systemd-analyze --user verify: the units are clean" ||
    say "FAIL: systemd-analyze verify: $rc $(cat verify.txt)"
grep -q '^Persistent=true$' "$units/facemap-due.timer" && grep -q '^OnCalendar=' "$units/facemap-due.timer" &&
    say "ok   the timer is daily and persistent" || say "FAIL: the timer's keys"
exit $fail
