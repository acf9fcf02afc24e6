#!/usr/bin/env bash
# Builds facemap (installing what is missing) and starts the trainer.
# Extra arguments go to facemap, e.g.: tools/run.sh --window 1920x1080
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec ./build/facemap "$@"
