#!/usr/bin/env bash
# The VS Code tests: the extension-host suite, the UI smoke test and the `npm run try` check, all in
# code-server (VS Code 1.100) and headless chromium. Installs what is missing (scripts/ensure-code-server.sh),
# builds and packages the extension, then runs them. Exits non-zero on any failure.
# Options: --only exthost|ui|try, --verbose (the extension host's console), --no-build,
#          --extension-path DIR (run the suite on another build of the extension).
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

# A setup or build failure still ends with the closing line, as one failed test.
step() {
  local log
  log="$(mktemp -t haconf-vscode-step.XXXXXX)"
  if ! "$@" >"$log" 2>&1; then
    cat "$log"
    echo "run.sh: failed: $*"
    echo "0 passed, 1 failed"
    exit 1
  fi
  rm -f "$log"
}

[ -d node_modules ] || step npm ci --no-audit --no-fund
echo "checking code-server and chromium (the first run installs them: about a minute)"
step bash scripts/ensure-code-server.sh
entry="$(bash scripts/ensure-code-server.sh | tail -n 1)"

vsix="$PWD/haconf.vsix"
if [ "$build" = 1 ]; then
  echo "building and packaging haconf"
  # A .vsix of this run's own (npm passes -o on to vsce), so a parallel run cannot swap it mid-test.
  vsix="$(mktemp -d -t haconf-vsix.XXXXXX)/haconf.vsix"
  step npm run package -- -o "$vsix"
  # package leaves a minified build in dist/; the extension-host suite gets the debuggable one.
  step npm run build
elif [ ! -f "$vsix" ]; then
  step npm run package
fi
step npx tsc -p test/clients/vscode/tsconfig.json
step node test/clients/vscode/build-suite.mjs

rc=0
node --import tsx test/clients/vscode/driver/main.ts "$entry" --vsix "$vsix" ${args[@]+"${args[@]}"} || rc=$?
[ "$build" = 1 ] && rm -rf "$(dirname "$vsix")"
exit "$rc"
