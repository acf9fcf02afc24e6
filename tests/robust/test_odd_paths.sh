#!/usr/bin/env bash
# Paths that are not plain files (a folder, a FIFO, a device, a symlink, a
# private file, an unreadable file, a path too long) as --progress,
# --config, a level file and for --check: refused by name or followed,
# never waited on, replaced or cut (see odd_paths.py).
set -euo pipefail
exec python3 "$(dirname "$0")/odd_paths.py" "$1" "$2"
