#!/usr/bin/env bash
# check.no_build_path: no path of the build machine is compiled into the
# binary (strings finds neither the source nor the build folder), and the
# build tree's binary still finds levels/ and assets/ (CMake's links beside
# it) when run from another folder with no --levels or --assets.
# Usage: test_no_build_path.sh FACEMAP SOURCE_DIR BUILD_DIR (FACEMAP_SANITIZED=1:
# a sanitizer build, whose metadata names the source files; the path check
# is left out)
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2") build=$(realpath "$3")
fail=0
for dir in "$src" "$build"; do
    [ -n "${FACEMAP_SANITIZED:-}" ] && { echo "skip the path check in a sanitizer build"; break; }
    hits=$(strings -a "$bin" | grep -F "$dir" | head -3)
    if [ -n "$hits" ]; then
        echo "FAIL the binary holds the path $dir: $hits"; fail=1
    else
        echo "ok   the binary does not hold $dir"
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
out=$(HOME=$work XDG_CONFIG_HOME=$work "$bin" --check 2>&1); rc=$?
[ "$rc" = 0 ] && echo "ok   --check from another folder: $out" || { echo "FAIL --check from $work: exit $rc: $out"; fail=1; }
# a copy of the binary with no data beside it names where it looked
cp "$bin" "$work/facemap"
out=$("$work/facemap" --check 2>&1); rc=$?
if [ "$rc" = 2 ] && grep -q "no levels folder in $work/../share/facemap/levels nor in $work/levels; give --levels DIR" <<<"$out"; then
    echo "ok   a binary with no data names both places it looked"
else
    echo "FAIL a binary with no data: exit $rc: $out"; fail=1
fi
exit $fail
