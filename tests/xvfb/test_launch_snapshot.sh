#!/usr/bin/env bash
# The launch snapshot (src/shell/snapshot.h) in a real window. The first
# launch draws the map whole and saves it; the next launch that would draw
# the very same frame shows the saved pixels as soon as its window exists.
# FACEMAP_CHECK_DIRTY=1 (set for every xvfb test) then paints that frame
# whole and compares: a single pixel of difference exits 3. A damaged file,
# or a map that changed since, is never shown and is replaced. A FIFO in
# its place is left alone; a symlink is written through.
source "$(dirname "$0")/xvfb_lib.sh" "$@"
cd "$WORK"
export FACEMAP_CHECK_DIRTY=1
cp -r "$ROOT/levels" "$WORK/levels"
opts=(--window 900x700 --levels "$WORK/levels" --assets "$ROOT/assets" --progress "$WORK/progress.json")
SNAP="$XDG_CACHE_HOME/facemap/launch-900x700.bin"

# launch NAME: runs facemap until its map is on screen and its first frame
# drawn after it, then SIGTERM; it must exit 0 (3: the check found a
# difference).
launch() {
  local trace="$WORK/$1.trace"
  FACEMAP_TRACE="$trace" "$FACEMAP" "${opts[@]}" 2>"$WORK/$1.err" &
  APP_PID=$!
  wait_for grep -q '"map_drawn"' "$trace" || fail "$1: the map was not drawn"
  sleep 1
  kill -TERM "$APP_PID"
  local rc=0
  wait "$APP_PID" || rc=$?
  APP_PID=""
  [ $rc -eq 0 ] || fail "$1: facemap exited with $rc: $(cat "$WORK/$1.err")"
}
shown() { grep -q '"snapshot_shown"' "$WORK/$1.trace"; }

launch cold
! shown cold || fail "a snapshot was shown before any was saved"
[ -f "$SNAP" ] || fail "the first launch saved no snapshot"
[ "$(stat -c %s "$SNAP")" -eq $((40 + 900 * 700 * 4)) ] || fail "the snapshot is $(stat -c %s "$SNAP") bytes"
cp "$SNAP" saved.bin

launch warm
shown warm || fail "the same map was drawn again instead of showing the snapshot"
cmp -s "$SNAP" saved.bin || fail "showing the snapshot changed it"

# One byte of its pixels damaged: the checksum refuses it, and the frame
# drawn whole replaces it.
python3 - "$SNAP" <<'P'
import sys
with open(sys.argv[1], "r+b") as f:
    f.seek(40 + 4 * (350 * 900 + 450))
    b = f.read(1)
    f.seek(-1, 1)
    f.write(bytes([b[0] ^ 0x55]))
P
launch damaged
! shown damaged || fail "a damaged snapshot was shown"
cmp -s "$SNAP" saved.bin || fail "the damaged snapshot was not replaced by the frame drawn whole"

# The map changed (a zone renamed): the old snapshot is not shown.
sed -i 's/"name": "Nose"/"name": "Nose tip"/' "$WORK/levels/zones.json"
launch changed
! shown changed || fail "the snapshot of another map was shown"
cmp -s "$SNAP" saved.bin && fail "the snapshot was not replaced after the map changed"
launch changed-again
shown changed-again || fail "the new map's snapshot was not shown"

# The cache file is a FIFO, then a symlink: a FIFO is never opened (the
# launch used to wait for a writer forever) and stays a FIFO; a link is
# followed, its target written and the link kept.
rm "$SNAP" && mkfifo "$SNAP"
launch fifo
! shown fifo || fail "a FIFO was shown as a snapshot"
[ -p "$SNAP" ] || fail "the FIFO was replaced"
rm "$SNAP" && ln -s elsewhere.bin "$SNAP"
launch link
[ -L "$SNAP" ] && [ -f "$XDG_CACHE_HOME/facemap/elsewhere.bin" ] || fail "the link was replaced or its target not written"
launch link-again
shown link-again || fail "the snapshot behind a link was not shown"
echo "1 passed, 0 failed"
