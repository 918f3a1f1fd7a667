#!/usr/bin/env bash
# The README's first command: installs what it needs, then starts the demo.
# Today the demo is the Feishu emulator with a seeded demo base and its grid page; the sync server
# joins it as issues D–F land.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec pnpm emulator "$@"
