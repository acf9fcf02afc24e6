#!/usr/bin/env bash
# SIGKILL facemap at random moments while it saves, 300 times: the progress
# file always loads and holds the old or a newer history (see
# kill_while_saving.py). Usage: test_kill_while_saving.sh FACEMAP ROOT
set -euo pipefail
exec python3 "$(dirname "$0")/kill_while_saving.py" "$1" "$2" --runs "${KILL_RUNS:-300}"
