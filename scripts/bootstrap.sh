#!/usr/bin/env bash
# Installs what basesync needs on a fresh machine with Node 20 and npm: the pinned pnpm, the
# workspace's packages (frozen lockfile), and a running MariaDB. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit
fi
pnpm install --frozen-lockfile
bash scripts/ensure-mariadb.sh
