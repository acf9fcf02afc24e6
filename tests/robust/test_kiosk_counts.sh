#!/usr/bin/env bash
# The kiosk's counts against a clock that goes back and one bad key among
# 35 days: see kiosk_counts.py.
set -euo pipefail
exec python3 "$(dirname "$0")/kiosk_counts.py" "$1" "$2"
