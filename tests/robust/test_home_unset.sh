#!/usr/bin/env bash
# HOME unset or unusable, XDG_DATA_HOME and XDG_CONFIG_HOME relative or
# absolute: the XDG rules, never the working folder: see home_unset.py.
set -euo pipefail
exec python3 "$(dirname "$0")/home_unset.py" "$1" "$2"
