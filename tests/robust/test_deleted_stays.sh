#!/usr/bin/env bash
# A deleted history entry stays deleted when another copy of facemap that
# still holds it saves the same file: see deleted_stays.py.
set -euo pipefail
exec python3 "$(dirname "$0")/deleted_stays.py" "$1" "$2"
