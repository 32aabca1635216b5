#!/usr/bin/env bash
# Installs the test servers and tools pinned in package-lock.json (npm ci), unless node_modules was already
# installed from exactly this lock file. npm ci takes about 20 s and rewrites node_modules every time; a
# developer running `mvn test` again and again needs it only when the lock file changed. A clean checkout (CI)
# has no node_modules, so it always installs.
set -euo pipefail
cd "$(dirname "$0")/.."

STAMP=node_modules/.installed-from-package-lock.json
if [[ -f $STAMP ]] && cmp -s package-lock.json "$STAMP"; then
  echo "node_modules is up to date with package-lock.json (delete $STAMP to reinstall)"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
cp package-lock.json "$STAMP"
