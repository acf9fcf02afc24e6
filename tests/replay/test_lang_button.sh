#!/usr/bin/env bash
# The language button, as a person uses it. At home in English (no --lang,
# LANGUAGE and LANG of no language facemap has): a tap on "Deutsch" in the
# map's header switches at once (a lang_changed event, the content
# reloaded, the header in German) and the settings file gets "lang": "de".
# The next start, without --lang, is German from the settings; there Tab
# and Return on the button ("English") switch back, and the file says "en".
# --lang de wins over the file's "en"; LANGUAGE=de chooses German where
# no settings file has a language; an unknown --lang exits 2 naming the
# languages there are. A kiosk whose config says "lang": "de" starts its
# attract loop in German; a tap on its button switches and starts no visit.
source "$(dirname "$0")/lib.sh" "$@"
export LANGUAGE= LC_ALL= LC_MESSAGES= LANG=C.UTF-8
export SET="$XDG_CONFIG_HOME/facemap/settings.json"

printf 'expect screen map\nshot en.png\ntap-target lang\nwait 100\nexpect screen map\nshot de.png\n' > tap.txt
facemap_replay tap.txt --window 800x480
mv events.jsonl tap.jsonl
check '
ev = [json.loads(l) for l in open("tap.jsonl")]
lc = kinds(ev, "lang_changed")
assert [(e["lang"], e["by"]) for e in lc] == [("de", "button")], lc
assert kinds(ev, "reload") and kinds(ev, "reload")[-1]["ok"], "the content was not reloaded"
assert kinds(ev, "settings_saved"), "the choice was not saved"
assert json.load(open(os.environ["SET"]))["lang"] == "de"
assert differs("en.png", "de.png", 0, 0, 800, 56), "the header did not change language"
'

printf 'expect screen map\nshot start.png\nkey Shift+Tab\nkey Return\nwait 100\nshot back.png\n' > keys.txt
facemap_replay keys.txt --window 800x480
mv events.jsonl keys.jsonl
check '
ev = [json.loads(l) for l in open("keys.jsonl")]
assert pixels("start.png", 0, 0, 800, 56) == pixels("de.png", 0, 0, 800, 56), "the settings did not start it in German"
assert kinds(ev, "focus")[-1]["target"] == "lang", kinds(ev, "focus")
assert [(e["lang"], e["by"]) for e in kinds(ev, "lang_changed")] == [("en", "button")]
assert json.load(open(os.environ["SET"]))["lang"] == "en"
assert pixels("back.png", 0, 0, 640, 56) == pixels("en.png", 0, 0, 640, 56) # the button has the focus ring
'

printf 'expect screen map\nshot forced.png\n' > forced.txt
facemap_replay forced.txt --window 800x480 --lang de
printf 'expect screen map\nshot env.png\n' > env.txt
XDG_CONFIG_HOME="$WORK/empty" LANGUAGE=de facemap_replay env.txt --window 800x480
check '
assert pixels("forced.png", 0, 0, 800, 56) == pixels("de.png", 0, 0, 800, 56), "--lang de did not win over the file"
assert json.load(open(os.environ["SET"]))["lang"] == "en", "--lang wrote the settings"
assert pixels("env.png", 0, 0, 800, 56) == pixels("de.png", 0, 0, 800, 56), "LANGUAGE=de was not heeded"
'

set +e
"$FACEMAP" --lang fr --headless 2> bad.txt
rc=$?
set -e
[ "$rc" = 2 ] || fail "--lang fr exited $rc"
grep -q "en, de" bad.txt || fail "--lang fr did not name the languages: $(cat bad.txt)"

cat > kiosk.json <<J
{"kind": "kiosk-config", "pin": "7315", "lang": "de"}
J
rm -f events.jsonl
printf 'expect screen attract\nwait 100\nshot attract-de.png\ntap-target lang\nwait 100\nexpect screen attract\nshot attract-en.png\n' > kiosk.txt
facemap_replay kiosk.txt --window 800x480 --kiosk --config "$WORK/kiosk.json"
check '
ev = events()
assert [e["screen"] for e in kinds(ev, "screen")] == ["attract"], "the tap started a visit"
assert [(e["lang"], e["by"]) for e in kinds(ev, "lang_changed")] == [("en", "button")]
assert differs("attract-de.png", "attract-en.png", 400, 0, 400, 200)
'
