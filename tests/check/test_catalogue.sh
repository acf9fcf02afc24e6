#!/usr/bin/env bash
# The interface's catalogue is complete: for each language of po/LINGUAS,
# msgfmt --check accepts po/<lang>.po and counts no untranslated or fuzzy
# message; every string the sources show today (tools/update-po.sh --pot:
# xgettext over po/POTFILES.in, and the animations' captions) is in it,
# translated (msgcmp), so a new _("...") without a translation fails here;
# and po/POTFILES.in lists every source file that marks a string.
# Usage: test_catalogue.sh SOURCE_ROOT
set -euo pipefail
ROOT=$1
cd "$ROOT"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
marked=$(grep -lE '(^|[^A-Za-z0-9_])(_|N_|P_|C_)\(' src/core/*.c src/shell/*.c src/platform/*.c | sort)
listed=$(grep -v '^#' po/POTFILES.in | sort)
[ "$marked" = "$listed" ] || fail "po/POTFILES.in is not the list of files that mark strings: $(diff <(echo "$listed") <(echo "$marked") | grep '^[<>]' | tr '\n' ' ')"
tools/update-po.sh --pot "$tmp/now.pot"
n=0
while read -r lang; do
  case "$lang" in [a-z]*) ;; *) continue ;; esac
  n=$((n + 1))
  stats=$(msgfmt --statistics --check -o "$tmp/$lang.mo" "po/$lang.po" 2>&1) || fail "po/$lang.po: $stats"
  echo "po/$lang.po: $stats"
  case "$stats" in *untranslated* | *fuzzy*) fail "po/$lang.po: $stats" ;; esac
  msgcmp "po/$lang.po" "$tmp/now.pot" || fail "po/$lang.po lacks strings the sources show (run tools/update-po.sh and translate them)"
done < po/LINGUAS
[ "$n" -ge 1 ] || fail "po/LINGUAS names no language"
