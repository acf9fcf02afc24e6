#!/usr/bin/env bash
# Corrupt and hostile progress files are kept aside byte for byte, named on
# stderr, and a fresh file is started (see hostile_progress.py).
set -euo pipefail
exec python3 "$(dirname "$0")/hostile_progress.py" "$1" "$2"
