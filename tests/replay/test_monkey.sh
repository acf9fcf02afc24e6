#!/usr/bin/env bash
# A short monkey: 3,000 random taps, touches, keys, waits and resizes (a
# fixed seed, so a failure replays the same way) through every screen; it
# must exit 0 and leave a valid progress file. Runs in the ASan build too,
# which is the point: random input goes down paths the scripted walks miss.
# The long, memory-measuring version is tests/robust/soak.py.
# Usage: test_monkey.sh FACEMAP ROOT
set -euo pipefail
exec python3 "$2/tests/robust/soak.py" "$1" "$2" --commands 3000 --seed 1 --no-rss
