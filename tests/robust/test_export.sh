#!/usr/bin/env bash
# facemap --export as a script would use it: the history of a progress file
# and its yearly archive as CSV (read back by Python's csv module, CRLF,
# oldest first, the archive's rows too) and as JSON (json.load); an existing
# file replaced atomically (a new inode, the old one kept as .bak, no
# temporary file left); a FIFO, a missing folder and a read-only folder
# refused with exit 1 and a message naming the file, the FIFO still a FIFO;
# the progress file itself refused as a target and left byte for byte; a
# progress file that cannot be read: exit 1, named, left where it is; no
# progress file yet: the header alone; a name that is not .csv/.json: exit 2.
# The read-only folder is a tmpfs mounted read-only (root) or a chmod 500
# folder (others); it is skipped only when neither can be made.
. "$(dirname "$0")/lib.sh"
robust_setup "$1" "$2" export
cd "$work"
entry() { printf '{"routine":"%s","zone":"%s","completed_at":"%s","steps_done":%d,"steps_total":%d,"steps_skipped":%d}' "$@"; }
printf '{"version":1,"history":[%s,%s]}' "$(entry nose-clean-out nose 2026-11-02T09:30:00Z 8 9 1)" \
    "$(entry gentle-nose-cleanse nose 2026-10-01T07:00:00+02:00 5 5 0)" >progress.json
printf '{"version":1,"history":[%s]}' "$(entry -odd-id chin 2024-03-01T10:00:00Z 3 3 0)" >progress-2024.json
cp progress.json progress.orig

run() { # run EXPECTED_RC ARGS... (stdout and stderr into out.txt)
    local want=$1 rc=0
    shift
    timeout 20 "$facemap" "$@" >out.txt 2>&1 || rc=$?
    if [ "$rc" = "$want" ]; then return 0; fi
    say "FAIL: facemap $* exited $rc, expected $want: $(cat out.txt)"
    return 1
}

run 0 --export history.csv --progress progress.json && python3 - <<'EOF' && say "ok   CSV: header, 3 rows oldest first with the archive's, CRLF, formula guard" || say "FAIL: CSV"
import csv
raw = open("history.csv", "rb").read()
assert raw.count(b"\r\n") == 4 and raw.count(b"\n") == 4, raw
rows = list(csv.reader(open("history.csv", newline="")))
assert rows[0] == ["profile", "routine", "zone", "completed_at", "steps_done", "steps_skipped", "steps_total"], rows
assert rows[1] == ["Me", "'-odd-id", "chin", "2024-03-01T10:00:00Z", "3", "0", "3"], rows[1]
assert rows[2] == ["Me", "gentle-nose-cleanse", "nose", "2026-10-01T05:00:00Z", "5", "0", "5"], rows[2]
assert rows[3] == ["Me", "nose-clean-out", "nose", "2026-11-02T09:30:00Z", "8", "1", "9"], rows[3]
EOF
run 0 --export history.JSON --progress progress.json && python3 - <<'EOF' && say "ok   JSON: valid, 3 entries" || say "FAIL: JSON"
import json
d = json.load(open("history.JSON"))
assert d["kind"] == "facemap-history" and len(d["entries"]) == 3, d
assert d["entries"][0]["routine"] == "-odd-id" and d["entries"][2]["steps_skipped"] == 1, d
EOF

# a household: every profile's rows, each named by its profile (the list
# beside the progress file; the second one's file beside it)
mkdir home && cp progress.json progress-2024.json home/
printf '{"kind":"profiles","version":1,"profiles":[{"id":1,"name":"Ana","colour":"teal","file":"progress.json"},{"id":2,"name":"Bo, Jr.","colour":"blue","file":"progress-p2.json"}]}' >home/profiles.json
printf '{"version":2,"history":[%s]}' "$(entry nose-clean-out nose 2026-11-20T09:30:00Z 9 9 0)" >home/progress-p2.json
run 0 --export household.csv --progress home/progress.json && grep -q "4 finished routines (2 profiles)" out.txt &&
    python3 - <<'EOF' && say "ok   profiles: every profile's rows, named, a comma in a name quoted" || say "FAIL: profiles: $(cat out.txt)"
import csv
rows = list(csv.reader(open("household.csv", newline="")))
assert [r[0] for r in rows[1:]] == ["Ana", "Ana", "Ana", "Bo, Jr."], rows
assert rows[4][1:4] == ["nose-clean-out", "nose", "2026-11-20T09:30:00Z"], rows[4]
assert '"Bo, Jr."' in open("household.csv").read()
EOF
echo '{broken' >home/profiles.json
run 0 --export one.csv --progress home/progress.json && grep -q "profile list" out.txt &&
    [ "$(cat home/profiles.json)" = "{broken" ] &&
    say "ok   a broken profile list: named, left where it is, the first profile exported" ||
    say "FAIL: broken list: $(cat out.txt; ls home)"

echo old >replace.csv
before=$(stat -c %i replace.csv)
if run 0 --export replace.csv --progress progress.json && [ "$(stat -c %i replace.csv)" != "$before" ] &&
    [ "$(cat replace.csv.bak)" = old ] && head -1 replace.csv | grep -q '^profile,' &&
    [ -z "$(ls | grep -e '\.tmp-')" ]; then
    say "ok   an existing file is replaced by a rename, the old one kept as .bak, no temporary file left"
else
    say "FAIL: replacing an existing file: $(ls)"
fi

mkfifo fifo.csv
if run 1 --export fifo.csv --progress progress.json && grep -q "fifo.csv" out.txt && grep -q FIFO out.txt &&
    [ -p fifo.csv ]; then
    say "ok   a FIFO is refused by name, not waited on: $(cat out.txt)"
else
    say "FAIL: FIFO: $(cat out.txt)"
fi

if run 1 --export "$work/gone/x.csv" --progress progress.json && grep -q "$work/gone/x.csv" out.txt; then
    say "ok   a missing folder: $(cat out.txt)"
else
    say "FAIL: missing folder"
fi

mkdir ro
ro_made=
if [ "$(id -u)" = 0 ]; then
    mount -t tmpfs -o size=64k,ro tmpfs ro 2>/dev/null && ro_made=mount
else
    chmod 500 ro && ro_made=chmod
fi
if [ -z "$ro_made" ]; then
    echo "skipped: no read-only folder could be made (mount refused)"
elif run 1 --export ro/x.csv --progress progress.json && grep -q "ro/x.csv" out.txt && [ -z "$(ls -A ro)" ]; then
    say "ok   a read-only folder ($ro_made): $(cat out.txt)"
else
    say "FAIL: read-only folder: $(cat out.txt)"
fi
[ "$ro_made" = mount ] && umount ro
chmod 700 ro

if run 1 --export progress.json --progress progress.json && cmp -s progress.json progress.orig; then
    say "ok   the progress file itself is refused and left as it was: $(cat out.txt)"
else
    say "FAIL: exporting over the progress file"
fi

printf '{"version":1,"history":[{' >broken.json
cp broken.json broken.orig
if run 1 --export b.csv --progress broken.json && grep -q broken.json out.txt && cmp -s broken.json broken.orig &&
    [ ! -e b.csv ]; then
    say "ok   an unreadable progress file is named and left where it is: $(cat out.txt)"
else
    say "FAIL: unreadable progress file"
fi

if run 0 --export none.csv --progress missing.json && [ "$(cat none.csv)" = "$(printf 'profile,routine,zone,completed_at,steps_done,steps_skipped,steps_total\r')" ]; then
    say "ok   no progress file yet: the header alone"
else
    say "FAIL: no progress file"
fi

if run 0 --export default.csv && [ "$(wc -l <default.csv)" = 1 ]; then
    say "ok   the default progress file (none yet under XDG_DATA_HOME)"
else
    say "FAIL: the default progress file"
fi

if run 2 --export history.txt --progress progress.json && grep -q "\.csv or \.json" out.txt && [ ! -e history.txt ]; then
    say "ok   another extension is a bad command line: $(head -1 out.txt)"
else
    say "FAIL: .txt"
fi
exit $fail
