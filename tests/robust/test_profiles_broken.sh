#!/usr/bin/env bash
# A broken profile list (not JSON, a bad field, a folder, a FIFO) never
# loses a progress file: each problem is named as FILE: /pointer: message,
# a readable broken list is moved aside byte for byte, what is not a
# regular file is left where it is (and the list is not saved over it),
# every profile's progress file stays as it was, and the trainer starts
# on the map with the first profile; a profile added then gets a file of
# its own, not the one the lost list gave another (progress-p2.json).
source "$(dirname "$0")/lib.sh"
robust_setup "$1" "$2" profiles
cd "$work"
entry='{"routine": "nose-clean-out", "zone": "nose", "completed_at": "2026-11-20T09:00:00Z", "steps_done": 9, "steps_total": 9}'
printf '{"version": 1, "history": [%s]}\n' "$entry" > progress.json
printf '{"version": 1, "history": [%s]}\n' "$entry" > progress-p2.json
cp progress.json first.orig
cp progress-p2.json second.orig
cat > run.txt <<'R'
expect screen map
tap-target settings
key End
tap-target profiles
tap-target add
type Ana
key Return
R
run() {
    "$facemap" --headless --window 640x480 --levels "$root/levels" --assets "$root/assets" \
        --progress "$work/progress.json" --events "$work/events.jsonl" --now 2026-11-21T09:00:00Z \
        --replay run.txt 2>"$work/err.txt"
}
files_kept() {
    cmp -s progress-p2.json second.orig && [ -e progress.json ] &&
        python3 -c 'import json,sys; h=json.load(open("progress.json"))["history"]; sys.exit(len(h) != 1)'
}

case_readable() { # $1: what; $2: the broken text; $3: the line expected on stderr
    rm -f profiles.json* events.jsonl
    printf '%s' "$2" > profiles.json
    cp profiles.json list.orig
    if ! run; then say "FAIL $1: exit $? ($(cat err.txt))"; return; fi
    aside=$(ls profiles.json.unreadable-* 2>/dev/null | head -1)
    if ! grep -qF "$3" err.txt; then say "FAIL $1: stderr lacks '$3': $(cat err.txt)"
    elif [ -z "$aside" ] || ! cmp -s "$aside" list.orig; then say "FAIL $1: the list was not kept aside as it was"
    elif ! files_kept; then say "FAIL $1: a progress file changed or went"
    elif ! grep -q '"profiles_saved"' events.jsonl; then say "FAIL $1: a new list was not saved after"
    elif ! grep -q '"progress-p3.json"' profiles.json; then
        say "FAIL $1: the new profile did not get a file of its own: $(cat profiles.json)"
    else say "ok   $1: named, kept aside as $aside, every progress file where it was"; fi
}

case_readable "not JSON" '{"kind": "profiles", "version": 1, "profiles": [' \
    "$work/profiles.json: /: invalid JSON"
case_readable "a bad colour" '{"kind": "profiles", "version": 1, "profiles": [{"id": 1, "name": "Me", "colour": "teal", "file": "progress.json"}, {"id": 2, "name": "Ben", "colour": "pink", "file": "progress-p2.json"}]}' \
    "$work/profiles.json: /profiles/1/colour: must be one of"
case_readable "a file outside the folder" '{"kind": "profiles", "version": 1, "profiles": [{"id": 1, "name": "Me", "colour": "teal", "file": "progress.json"}, {"id": 2, "name": "Ben", "colour": "blue", "file": "/etc/passwd"}]}' \
    "$work/profiles.json: /profiles/1/file: a file name beside the list, ending in .json"

# --check with --progress checks the list beside it, one problem a line.
rm -f profiles.json*
printf '{"kind": "profiles", "version": 1, "profiles": [{"id": 1, "name": "Me", "colour": "teal", "file": "progress.json"}, {"id": 2, "name": "me", "colour": "blue", "file": "progress-p2.json"}]}' > profiles.json
set +e
"$facemap" --check --levels "$root/levels" --assets "$root/assets" --progress "$work/progress.json" >check.out 2>check.err
rc=$?
set -e
if [ "$rc" != 1 ] || [ "$(cat check.out)" != "$work/profiles.json: /profiles/1/name: Somebody already has that name." ]; then
    say "FAIL --check: exit $rc, printed: $(cat check.out)"
else
    say "ok   --check names the list's problem by file and field"
fi
rm -f profiles.json

for kind in folder fifo; do
    rm -rf profiles.json* events.jsonl
    if [ $kind = folder ]; then mkdir profiles.json; else mkfifo profiles.json; fi
    if ! timeout 60 bash -c "$(declare -f run); facemap='$facemap' root='$root' work='$work' run"; then
        say "FAIL a $kind: exit $? ($(cat err.txt))"
    elif ! grep -q "profile list $work/profiles.json cannot be used" err.txt; then say "FAIL a $kind: no message: $(cat err.txt)"
    elif [ $kind = folder ] && [ ! -d profiles.json ] || [ $kind = fifo ] && [ ! -p profiles.json ]; then
        say "FAIL a $kind: it was moved or replaced"
    elif grep -q '"profiles_saved"' events.jsonl; then say "FAIL a $kind: the list was saved over it"
    elif ! files_kept; then say "FAIL a $kind: a progress file changed or went"
    else say "ok   a $kind: left where it was, not saved over, every progress file kept"; fi
done
exit $fail
