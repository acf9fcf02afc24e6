#!/usr/bin/env bash
# Builds facemap and runs every test: unit tests of the core, the schema
# check of the level files, headless replays of the real binary, and a real
# window under Xvfb clicked by xdotool. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --test
export SDL_VIDEODRIVER=dummy
ctest --test-dir build --output-on-failure -j2 "$@"
