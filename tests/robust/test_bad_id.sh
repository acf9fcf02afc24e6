#!/usr/bin/env bash
# An id the format does not allow (escaped NUL, control bytes, capitals,
# UTF-8) is refused on load, named, and kept aside: see bad_id.py.
set -euo pipefail
exec python3 "$(dirname "$0")/bad_id.py" "$1" "$2"
