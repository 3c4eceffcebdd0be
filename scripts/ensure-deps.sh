#!/usr/bin/env bash
# Installs what the test command needs, skipping whatever is already there:
#   - node packages (npm ci) when node_modules is missing or older than package-lock.json;
#   - Debian packages: the real validators (haproxy, keepalived, systemd's systemd-analyze), the real LSP
#     clients (neovim, emacs-nox + elpa-eglot) and chromium for the VS Code tests.
# Daemons are kept from starting while their packages install (a policy-rc.d that refuses).
# Needs root (or sudo) for apt-get; without either, missing packages are reported and the script goes on.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { echo "ensure-deps: $*" >&2; }

cd "$ROOT"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing node packages (npm ci)"
  npm ci --no-audit --no-fund >&2
fi

APT_PACKAGES=(haproxy keepalived systemd neovim emacs-nox elpa-eglot chromium)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n)
  else log "not root: cannot install ${missing[*]}; the tests that need them will fail"; exit 0; fi
fi

POLICY=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# installed by haconf scripts/ensure-deps.sh while packages install\nexit 101\n' | "${sudo[@]}" tee "$POLICY" >/dev/null
  "${sudo[@]}" chmod 755 "$POLICY"
  created_policy=1
fi
cleanup() { [ "$created_policy" = 1 ] && "${sudo[@]}" rm -f "$POLICY"; return 0; }
trap cleanup EXIT

log "installing Debian packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
