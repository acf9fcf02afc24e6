#!/usr/bin/env bash
# Installs what facemap needs on Debian bookworm (only the packages that are
# missing), then configures and builds it in ./build.
#   tools/setup.sh          build dependencies only
#   tools/setup.sh --test   also what the tests use, and builds with
#                           -DFACEMAP_WERROR=ON (a warning fails the build):
#                           Xvfb, xdotool, ImageMagick, jsonschema, valgrind, clang and its libFuzzer, espeak-ng's voices, cage and xwayland: the kiosk's Wayland session, GNU time, systemd: systemd-analyze verify for the reminder units; for pkg.test_deb: lintian, desktop-file-utils, appstream, dpkg-dev, fakeroot, fonts-dejavu-core, man-db
set -euo pipefail
cd "$(dirname "$0")/.."

# librsvg2-bin: rsvg-convert makes the PNG icons from data/icons/facemap.svg; gettext: msgfmt builds the catalogues
pkgs=(build-essential cmake pkg-config gettext libsdl2-dev libsdl2-image-dev libsdl2-ttf-dev libcjson-dev libespeak-ng-dev
      librsvg2-bin)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(xvfb xauth xdotool x11-utils imagemagick python3 python3-jsonschema valgrind clang libclang-rt-dev espeak-ng-data cage xwayland time systemd
        lintian desktop-file-utils appstream dpkg-dev fakeroot fonts-dejavu-core man-db binutils)
  werror=ON
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACEMAP_WERROR=${werror:-OFF} >/dev/null
cmake --build build -j"$(nproc)"
