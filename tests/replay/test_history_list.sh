#!/usr/bin/env bash
# History that pages (ui_list.c): 117 finished routines at 800x600, in
# the history's "All entries" view, go by pages of 5 behind a page control ("list-previous", "F-L of N",
# "list-next"). Every way to page (the control by mouse, Page Up/Down,
# the wheel, a mouse drag and a finger drag; the wheel only upwards, see
# the FIXME in the walk) is used forwards and backwards through all 24 pages
# and once more past each end, Home and End too, and each step's "list" event
# (or its absence) is checked against a model of the list; short drags,
# drags begun off the list and Home/End where they already are must not
# page. A resize on a later page lands on a whole page of the new size
# that holds the first item seen before (its "list" event says so
# where what is in view changed). Paging writes nothing: the
# progress file is byte for byte the same. A history of 4 has no page
# control: no "list-next" target, and paging keys do nothing.
source "$(dirname "$0")/lib.sh" "$@"

source "$ROOT/tests/replay/history_progress.sh"
make_progress() { history_progress "$1" progress.json && cp progress.json progress.orig; }
make_progress 117

# The walk: every step comes 100 ms after the last, so a step's events
# carry t = 100 * its number; steps.json says what each one should do.
# Drags are on the list's items at 800x600 (x 17..665 left of the Delete
# buttons, y 125..430; u = 16.7 px, so 2u = 33 px); the header is above
# y 73.
python3 - <<'P'
import json
NEXT = {
    "tap-target list-next": ["tap-target list-next"],
    "key PageDown": ["key PageDown"],
    "wheel 0 -1": ["wheel 0 -1"],
    "mouse drag up": ["press 560 340", "move 560 325", "move 560 305", "release 560 290"],
    "finger drag up": ["finger-down 560 340", "finger-up 560 280"],
}
PREV = {
    "tap-target list-previous": ["tap-target list-previous"],
    "key PageUp": ["key PageUp"],
    "wheel 0 1": ["wheel 0 1"],
    "mouse drag down": ["press 560 200", "move 560 215", "move 560 240", "release 560 260"],
    "finger drag down": ["finger-down 560 200", "finger-up 560 260"],
}
steps, lines = [], ["tap-target history", "expect screen progress", "tap-target tab:entries", "shot first.png"]
TURNS = 23  # pages of 5: 117 items are 24 pages

def step(label, act, cmds):
    steps.append({"t": 100 * (len(steps) + 1), "label": label, "act": act})
    lines.extend(["wait 100"] + cmds)

nxt, prv = list(NEXT.items()), list(PREV.items())
# the ways the brief lists, in its order
step("tap-target list-next", "next", NEXT["tap-target list-next"])
step("key PageDown", "next", ["key PageDown"])
step("mouse drag up", "next", NEXT["mouse drag up"])
step("finger drag up", "next", NEXT["finger drag up"])
step("key End", "end", ["key End"])
step("key PageUp", "prev", ["key PageUp"])
step("key Home", "home", ["key Home"])
step("tap-target list-previous on the first page", "none", ["tap-target list-previous"])
# not a page turn: too short (25 px < 2u), begun off the list, sideways
step("short mouse drag", "none", ["press 560 340", "move 560 330", "release 560 315"])
step("short finger drag", "none", ["finger-down 560 340", "finger-up 560 315"])
step("drag begun on the header", "none", ["press 400 20", "move 400 40", "release 400 70"])
step("sideways drag", "none", ["press 400 300", "move 500 300", "release 700 300"])
# forwards through every page, each way in turn, then past the end
for i in range(TURNS):
    label, cmds = nxt[i % len(nxt)]
    step(label, "next", cmds)
lines.append("shot last.png")
for label, cmds in nxt:
    step(label + " on the last page", "none", cmds)
step("key End on the last page", "none", ["key End"])
# backwards through every page, each way in turn, then past the start
for i in range(TURNS):
    label, cmds = prv[i % len(prv)]
    step(label, "prev", cmds)
for label, cmds in prv:
    step(label + " on the first page", "none", cmds)
step("key Home on the first page", "none", ["key Home"])
# resizes on a later page: each lands on the whole page of the new size
# that holds the first item seen before (PageUp tells the new page size)
for label, cmds in [("", ["key PageDown"])] * 8 + [  # 41-45 at 800x600
                    ("resize to 600x800", ["resize 600 800"]),      # pages of 8
                    ("resize to 1080x1920", ["resize 1080 1920"]),  # pages of 12
                    ("resize to 800x600", ["resize 800 600"]),
                    ("", ["key End"]),                              # 116-117
                    ("resize to 600x800 on the last page", ["resize 600 800"])]:
    if label:
        step(label, "resize", cmds)
        step("key PageUp after the resize", "prev", ["key PageUp"])
        step("key PageDown", "next", ["key PageDown"])
    else:
        step(cmds[0], "end" if cmds[0] == "key End" else "next", cmds)
step("key PageDown", "next", ["key PageDown"])
step("key PageDown on the last page", "none", ["key PageDown"])
lines += ["wait 100", "key Escape", "expect screen map"]
with open("walk.txt", "w") as f:
    f.write("\n".join(lines) + "\n")
with open("steps.json", "w") as f:
    json.dump(steps, f, indent=1)
P
facemap_replay walk.txt
cmp -s progress.json progress.orig || fail "paging the history changed the progress file"
check '
N = 117
evs = events()
lists = kinds(evs, "list")
steps = json.load(open("steps.json"))
assert all(e["screen"] == "progress" and e["of"] == N for e in lists), lists
assert not [e for e in evs if e["event"] in ("saved", "save_failed")], "paging saved the progress file"
at = {s["t"]: s for s in steps}
stray = [e for e in lists if e["t"] not in at]
assert not stray, f"list events no step made: {stray}"
P = lists[0]["last"] - lists[0]["first"] + 1  # the page size at 800x600
assert P == 5, f"800x600 pages by {P}, the drags and pixels below assume 5"
f = 0  # the first item shown, from 0
seen = set(range(1, P + 1))  # the first page, as the history opens
resized = None  # the first item before a resize, until the next event tells the page size
for s in steps:
    got = [(e["first"], e["last"]) for e in lists if e["t"] == s["t"]]
    assert len(got) <= 1, (s, got)
    act, label = s["act"], s["label"]
    if act == "resize":  # an event says so where the page in view changed, and it holds the old first item
        if got:
            assert got[0][0] - 1 <= f < got[0][1], f"{label}: item {f + 1} is not on the page now in view {got}"
        resized = f
        continue
    if resized is not None:  # a page back is always whole: its size is the new page size
        assert act == "prev" and got, f"{s}: want a page back after a resize, got {got}"
        P = got[0][1] - got[0][0] + 1
        f, resized = resized // P * P, None
    last0 = (N - 1) // P * P
    want = {"next": min(f + P, last0), "prev": max(f - P, 0), "home": 0, "end": last0, "none": f}[act]
    if want == f:
        assert not got, f"{label} at {f + 1}: moved to {got}"
    else:
        exp = (want + 1, min(want + P, N))
        assert got == [exp], f"{label} at {f + 1} (pages of {P}): want {exp}, got {got}"
        seen.update(range(exp[0], exp[1] + 1))
    f = want
assert seen == set(range(1, N + 1)), sorted(set(range(1, N + 1)) - seen)
assert resized is None

# the first and the last page as drawn: other rows, other "F-L of N", and
# the button that leads past the end greyed (UI_DISABLED) at that end
assert differs("first.png", "last.png", 17, 125, 600, 280), "the first and last page show the same rows"
assert differs("first.png", "last.png", 300, 455, 200, 46), "the first and last page show the same F-L of N"
GREY, WHITE = (0xEC, 0xE6, 0xDF), (255, 255, 255)
assert pixel("first.png", 25, 478) == GREY and pixel("first.png", 774, 478) == WHITE, "page 1: Previous should be off"
assert pixel("last.png", 25, 478) == WHITE and pixel("last.png", 774, 478) == GREY, "last page: Next should be off"
'

# A short history: no page control, and nothing pages it.
rm -f events.jsonl
make_progress 4
cat > short.txt <<'R'
tap-target history
expect screen progress
tap-target tab:entries
key PageDown
key End
key PageUp
key Home
wheel 0 1
press 560 200
move 560 240
release 560 260
finger-down 560 200
finger-up 560 160
shot short.png
R
facemap_replay short.txt
cmp -s progress.json progress.orig || fail "showing a short history changed the progress file"
check '
assert not kinds(events(), "list"), kinds(events(), "list")
band = pixels("short.png", 17, 452, 766, 52)  # where the page control would be: the paper (UI_BG)
assert all(p == (0xF6, 0xF0, 0xE9) for p in band), "a history of 4 shows something where the page control goes"
'
cat > no-next.txt <<'R'
tap-target history
expect screen progress
tap-target tab:entries
tap-target list-next
R
rc=0
"$FACEMAP" --headless --window 800x600 --levels "$ROOT/levels" --assets "$ROOT/assets" \
  --progress "$WORK/progress.json" --now "$NOW" --replay no-next.txt 2>no-next.err || rc=$?
[ "$rc" -ne 0 ] || fail "tap-target list-next on a history of 4 found a target"
grep -q "list-next: no such target" no-next.err || fail "no 'no such target' for list-next: $(cat no-next.err)"

# "F-L of N" stays between the buttons, however wide: with 1024 entries,
# on the last page but one, no text ink (UI_MUTED) in the 4 px of bar next
# to either button.
make_progress 1024
cat > wide.txt <<'R'
tap-target history
tap-target tab:entries
key End
key PageUp
shot wide.png
R
facemap_replay wide.txt
check '
ink = lambda x: near("wide.png", x, 463, 4, 30, (0x5E, 0x5A, 0x66), 40)
assert not ink(167) and not ink(629), "the page text runs under the buttons"
'
echo "1 passed, 0 failed"
