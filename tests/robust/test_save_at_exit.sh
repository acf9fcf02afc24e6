#!/usr/bin/env bash
# A save that fails at exit is retried and ends in exit code 3: see
# save_at_exit.py.
set -euo pipefail
exec python3 "$(dirname "$0")/save_at_exit.py" "$1" "$2"
