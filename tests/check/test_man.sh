#!/usr/bin/env bash
# check.man: the man page documents every option of --help (both
# directions are not asked: it may document an option first), carries the
# version --version prints, has the sections a packager looks for, and man
# renders it with no warning.
# Usage: test_man.sh FACEMAP SOURCE_DIR
set -uo pipefail
bin=$1 page=$2/man/facemap.1
fail=0
# the options the man page documents: the tag line after each .TP of its
# OPTIONS section, with roff's \- made plain
documented=$(awk '/^\.SH /{on = ($0 == ".SH OPTIONS")} on && tag {print} {tag = on && /^\.TP/}' "$page" |
             sed 's/\\-/-/g' | grep -oE -- '-{1,2}[a-z][a-z-]*' | sort -u)
opts=$("$bin" --help | grep -oE -- '^ +(-h, )?--[a-z][a-z-]*' | grep -oE -- '-{1,2}[a-z-]+' | sort -u)
[ -n "$opts" ] || { echo "FAIL no option found in --help"; exit 1; }
for o in $opts -h; do
    grep -qxF -- "$o" <<<"$documented" || { echo "FAIL the man page lacks $o"; fail=1; }
done
[ "$fail" = 0 ] && echo "ok   the man page has all $(wc -w <<<"$opts") options of --help"
version=$("$bin" --version | sed -n '1s/^facemap //p')
grep -q "^\.TH FACEMAP 1 .*\"facemap $version\"" "$page" && echo "ok   the man page is of version $version" ||
    { echo "FAIL the man page's .TH does not say facemap $version"; fail=1; }
for s in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES BUGS; do
    grep -q "^\.SH $s\$" "$page" || { echo "FAIL the man page has no $s section"; fail=1; }
done
if command -v man >/dev/null; then
    warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warn" ] && echo "ok   man renders it with no warning" || { echo "FAIL man --warnings: $warn"; fail=1; }
fi
exit $fail
