#!/usr/bin/env bash
# Headless neovim test of haconf's language server (completion, hover, diagnostics for each language).
# Needs `nvim` (0.7+) and a built dist/server.js (HACONF_SERVER=path overrides it). Exits non-zero on any failed check.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
command -v nvim >/dev/null || { echo "neovim test: nvim is not installed" >&2; exit 1; }
[ -f "$ROOT/dist/server.js" ] || { echo "neovim test: dist/server.js missing; run npm run build" >&2; exit 1; }
cd "$ROOT"
HACONF_ROOT="$ROOT" timeout 300 nvim --headless --clean -u NONE \
  -c 'filetype on' -c "luafile $ROOT/test/clients/neovim/test.lua" </dev/null
