#!/usr/bin/env bash
# The interface's catalogue: extracts every string the program shows into
# po/facemap.pot - the C sources of po/POTFILES.in (xgettext: _, N_, P_
# plurals, C_ with a context) and the animations' captions of
# assets/animations.json ("label") - and merges it into each po/<lang>.po
# of po/LINGUAS (new strings come in untranslated: the test
# i18n.catalogue fails until they are translated).
#   tools/update-po.sh             update po/facemap.pot and po/*.po
#   tools/update-po.sh --pot FILE  only write the template to FILE (the test)
set -euo pipefail
cd "$(dirname "$0")/.."
pot=po/facemap.pot
[ "${1:-}" = "--pot" ] && pot=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --keyword=C_:1c,2 --from-code=UTF-8 \
  --add-comments=TRANSLATORS --language=C --package-name=facemap \
  --package-version="$(sed -n 's/^project(facemap VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" \
  --add-location=file --sort-by-file -o "$tmp/c.pot" -f po/POTFILES.in
python3 - assets/animations.json > "$tmp/anim.pot" <<'P'
import json, sys
labels = []
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "label" and isinstance(v, str):
                labels.append(v)
            else:
                walk(v)
    elif isinstance(o, list):
        for x in o:
            walk(x)
walk(json.load(open(sys.argv[1])))
print('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
for s in sorted(set(labels)):
    esc = s.replace("\\", "\\\\").replace('"', '\\"')
    print(f'#. TRANSLATORS: a caption on an animation (short)\n#: {sys.argv[1]}\nmsgid "{esc}"\nmsgstr ""\n')
P
msgcat --use-first --add-location=file "$tmp/c.pot" "$tmp/anim.pot" -o "$pot"
sed -i '/^"POT-Creation-Date:/d' "$pot" # the same sources give the same file
[ "$pot" = po/facemap.pot ] || exit 0
while read -r lang; do
  case "$lang" in [a-z]*) msgmerge --quiet --update --backup=none --no-fuzzy-matching --add-location=file "po/$lang.po" "$pot" ;; esac
done < po/LINGUAS
