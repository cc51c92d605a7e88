#!/usr/bin/env bash
# Drives the real chronicle binary inside tmux (filled in with the browser).
set -euo pipefail
BIN=${1:?usage: run.sh PATH/TO/chronicle}
"$BIN" --help >/dev/null
echo "tmux tests: 0 run"
