#!/usr/bin/env bash
# pkg.test_deb: the Debian package as a user and a packager meet it. Builds
# it (cmake --build BUILD --target package), unpacks it with dpkg-deb -x
# into a temporary root and, from another folder, runs the unpacked
# binary's --check and the headless tour (SDL_VIDEODRIVER=dummy) with no
# --levels or --assets: it must find /usr/share/facemap from its own
# folder. Then lintian (no error, no warning), desktop-file-validate and
# appstreamcli validate-tree (no error, no warning) on the contents, and
# what the package must hold: facemap_<ver>_<arch>.deb, Depends on Debian's
# libraries and fonts-dejavu-core, no copy of the font (links into
# /usr/share/fonts/truetype/dejavu), a copyright file, a changelog.gz and
# the man page gzipped.
# Usage: test_deb.sh BUILD_DIR SOURCE_DIR VERSION. Exit 77 (skipped) when
# a tool is missing (tools/setup.sh --test installs them all).
set -uo pipefail
build=$1 src=$2 version=$3
for t in dpkg-deb lintian desktop-file-validate appstreamcli; do
    command -v "$t" >/dev/null || { echo "SKIP: $t is missing (tools/setup.sh --test installs it)"; exit 77; }
done
fail=0
say() { echo "$*"; case "$*" in FAIL*) fail=1 ;; esac; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

arch=$(dpkg --print-architecture)
deb=$build/facemap_${version}_${arch}.deb
rm -f "$deb"
if ! cmake --build "$build" --target package >"$work/package.log" 2>&1; then
    say "FAIL cmake --build --target package:"; tail -20 "$work/package.log"; exit 1
fi
[ -f "$deb" ] && say "ok   built $(basename "$deb"): $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB" ||
    { say "FAIL no $deb"; ls "$build"/*.deb; exit 1; }

root=$work/root
dpkg-deb -x "$deb" "$root" || { say "FAIL dpkg-deb -x"; exit 1; }

# what the package holds
deps=$(dpkg-deb -f "$deb" Depends)
for d in libsdl2-2.0-0 libsdl2-image-2.0-0 libsdl2-ttf-2.0-0 libcjson1 fonts-dejavu-core; do
    grep -qw -- "$d" <<<"$deps" || say "FAIL Depends lacks $d: $deps"
done
if strings "$root/usr/bin/facemap" | grep -q 'libespeak\|espeak_'; then
    grep -qw libespeak-ng1 <<<"$deps" || say "FAIL built with speech but Depends lacks libespeak-ng1"
fi
fonts=$root/usr/share/facemap/assets/fonts
for f in DejaVuSans.ttf DejaVuSans-Bold.ttf; do
    [ -L "$fonts/$f" ] && [ "$(readlink "$fonts/$f")" = "../../../fonts/truetype/dejavu/$f" ] ||
        say "FAIL $f is not a relative link to /usr/share/fonts/truetype/dejavu/: $(ls -l "$fonts/$f" 2>&1)"
done
copies=$(find "$root" -type f -name '*.ttf')
[ -z "$copies" ] || say "FAIL the package holds a copy of a font: $copies"
for f in usr/share/doc/facemap/copyright usr/share/doc/facemap/changelog.gz usr/share/man/man1/facemap.1.gz \
         usr/share/applications/facemap.desktop usr/share/icons/hicolor/scalable/apps/facemap.svg \
         usr/share/icons/hicolor/48x48/apps/facemap.png usr/share/icons/hicolor/256x256/apps/facemap.png \
         usr/share/facemap/levels/zones.json usr/share/facemap/assets/animations.json; do
    [ -s "$root/$f" ] || say "FAIL the package has no /$f"
done
zcat "$root/usr/share/man/man1/facemap.1.gz" | grep -q '^\.SH EXIT STATUS' || say "FAIL the man page is not gzipped roff"
# every levels/ file of the source, language folders too, is installed
(cd "$src/levels" && find . -name '*.json') | while read -r f; do
    [ -f "$root/usr/share/facemap/levels/$f" ] || echo "FAIL levels/$f is not installed"
done | tee "$work/missing"
[ -s "$work/missing" ] && fail=1

# The fonts come from fonts-dejavu-core, a dependency: in the unpacked
# root, /usr/share/fonts is the system's (where apt would have put it).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] ||
    { echo "SKIP: fonts-dejavu-core is not installed (tools/setup.sh --test installs it)"; exit 77; }
ln -s /usr/share/fonts "$root/usr/share/fonts"

# Run from another folder, with no path given: it finds its data.
mkdir -p "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
out=$("$root/usr/bin/facemap" --check 2>&1); rc=$?
[ "$rc" = 0 ] && grep -q 'no problems' <<<"$out" && say "ok   the unpacked binary's --check: $out" ||
    say "FAIL the unpacked binary's --check: exit $rc: $out"
"$root/usr/bin/facemap" --version | grep -q "^facemap $version$" || say "FAIL --version is not $version"
rc=0
SDL_VIDEODRIVER=dummy timeout 120 "$root/usr/bin/facemap" --headless --time-scale 20 --events - \
    --progress "$work/tour.json" --replay "$src/tests/replay/tour.txt" >"$work/tour.out" 2>"$work/tour.err" || rc=$?
if [ "$rc" = 0 ] && grep -q '"event":"routine_done"' "$work/tour.out" && grep -q '"event":"saved"' "$work/tour.out"; then
    say "ok   the unpacked binary's headless tour finishes a routine and saves"
else
    say "FAIL the headless tour: exit $rc"; tail -5 "$work/tour.err"
fi

# lintian: no error and no warning (infos are listed)
lintian -I "$deb" >"$work/lintian.txt" 2>&1
grep -E '^[EW]: ' "$work/lintian.txt" && say "FAIL lintian has errors or warnings" ||
    say "ok   lintian: no error, no warning; infos: $(grep '^I: ' "$work/lintian.txt" | cut -d' ' -f3 | sort -u | tr '\n' ' ')"
out=$(desktop-file-validate "$root/usr/share/applications/facemap.desktop" 2>&1)
[ -z "$out" ] && say "ok   desktop-file-validate: clean" || say "FAIL desktop-file-validate: $out"
appstreamcli validate-tree --no-net "$root" >"$work/as.txt" 2>&1; rc=$?
if [ "$rc" = 0 ] && ! grep -qE '^ *[EW]: ' "$work/as.txt"; then
    say "ok   appstreamcli validate-tree --no-net: no error, no warning"
else
    say "FAIL appstreamcli validate-tree: exit $rc"; cat "$work/as.txt"
fi
exit $fail
