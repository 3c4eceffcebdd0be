#!/usr/bin/env bash
# Installs what the real-editor tests and `npm run try` need, skipping whatever is already there:
#   - Debian packages chromium (headless browser), libkrb5-dev (code-server's kerberos build), ripgrep;
#   - code-server 4.100.3 (VS Code 1.100.3; later releases need node 22) into a cache folder outside the repo.
# Prints the path of the code-server executable on its last line.
# Environment: HACONF_CACHE (default $HOME/.cache/haconf), CODE_SERVER_VERSION (default 4.100.3).
set -euo pipefail

CACHE="${HACONF_CACHE:-$HOME/.cache/haconf}"
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PREFIX="$CACHE/code-server-$VERSION"
BIN="$PREFIX/node_modules/code-server/out/node/entry.js"

log() { echo "ensure-code-server: $*" >&2; }

apt_install_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2
}

# @vscode/ripgrep looks for its download in <tmpdir>/vscode-ripgrep-cache-<ver>/ before going to GitHub;
# a tarball holding Debian's rg satisfies it.
seed_ripgrep_cache() {
  local dir tarball
  dir="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  tarball="$dir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  [ -s "$tarball" ] && return 0
  mkdir -p "$dir"
  local stage
  stage="$(mktemp -d)"
  cp /usr/bin/rg "$stage/rg"
  tar -C "$stage" -czf "$tarball" rg
  rm -rf "$stage"
}

if [ -f "$BIN" ] && [ -x /usr/bin/chromium ]; then
  echo "$BIN"
  exit 0
fi

apt_install_missing chromium libkrb5-dev ripgrep

if [ ! -f "$BIN" ]; then
  seed_ripgrep_cache
  log "installing code-server@$VERSION into $PREFIX (about a minute)"
  mkdir -p "$PREFIX"
  rm -rf "$PREFIX/node_modules/code-server"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --prefix "$PREFIX" --no-save --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2
  [ -f "$BIN" ] || { log "code-server did not install: $BIN is missing"; exit 1; }
fi

echo "$BIN"
