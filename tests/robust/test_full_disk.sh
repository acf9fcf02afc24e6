#!/usr/bin/env bash
# Saving on a full tmpfs (and when space comes back), a read-only one, and
# into a folder that is gone: see full_disk.py. Skips (77) without mount.
set -euo pipefail
exec python3 "$(dirname "$0")/full_disk.py" "$1" "$2"
