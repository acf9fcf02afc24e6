#!/usr/bin/env bash
# A history over what one file holds goes to yearly archive files, and the
# next start reads everything: see history_archive.py.
set -euo pipefail
exec python3 "$(dirname "$0")/history_archive.py" "$1" "$2"
