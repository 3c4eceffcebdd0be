#!/usr/bin/env bash
# The VS Code tests: the extension-host suite and the UI smoke test, both inside code-server
# (VS Code 1.100) in headless chromium. Installs what is missing (scripts/ensure-code-server.sh),
# builds and packages the extension, then runs both. Exits non-zero on any failure.
# Options: --only exthost|ui, --verbose (the extension host's console), --no-build.
set -euo pipefail
cd "$(dirname "$0")/../../.."

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) args+=("$a") ;;
  esac
done

[ -d node_modules ] || npm ci --no-audit --no-fund
entry="$(bash scripts/ensure-code-server.sh | tail -n 1)"

if [ "$build" = 1 ]; then
  echo "building and packaging haconf"
  npm run --silent package >/tmp/haconf-vscode-package.log 2>&1 || { cat /tmp/haconf-vscode-package.log; echo "0 passed, 1 failed"; exit 1; }
  # package leaves a minified build in dist/; the extension-host suite gets the debuggable one.
  npm run --silent build
  npx tsc -p test/clients/vscode/tsconfig.json
  node test/clients/vscode/build-suite.mjs >/dev/null
fi

exec node --import tsx test/clients/vscode/driver/main.ts "$entry" --vsix haconf.vsix ${args[@]+"${args[@]}"}
