#!/usr/bin/env bash
# Two copies of facemap on one progress file at once: two trainers in a
# loop of 20 rounds, and a kiosk beside a home run: see two_copies.py.
set -euo pipefail
exec python3 "$(dirname "$0")/two_copies.py" "$1" "$2"
