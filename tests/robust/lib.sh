# lib.sh - sourced by the shell tests in tests/robust: robust_setup FACEMAP
# ROOT NAME sets facemap and root (absolute paths), makes a work folder
# (removed at exit) and points HOME and the XDG folders into it, so a test
# never touches a person's files; say prints a result line and remembers a
# FAIL in fail.
set -eu
robust_setup() {
    facemap=$(realpath "$1")
    root=$(realpath "$2")
    work=$(mktemp -d "/tmp/facemap-$3.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    export SDL_VIDEODRIVER=dummy HOME=$work XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache \
        XDG_DATA_HOME=$work/data
    fail=0
}
say() { echo "$1"; case $1 in FAIL*) fail=1 ;; esac; }
