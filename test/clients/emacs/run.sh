#!/usr/bin/env bash
# Emacs batch test of haconf's language server through eglot (completion, hover, diagnostics per language).
# Needs emacs (28+) with Debian's elpa-eglot and a built dist/server.js (HACONF_SERVER=path overrides it).
# Exits non-zero on any failed check.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
command -v emacs >/dev/null || { echo "emacs test: emacs is not installed" >&2; exit 1; }
[ -d /usr/share/emacs/site-lisp/elpa ] && ls /usr/share/emacs/site-lisp/elpa | grep -q '^eglot' \
  || { echo "emacs test: eglot is not installed (apt-get install elpa-eglot)" >&2; exit 1; }
[ -f "$ROOT/dist/server.js" ] || { echo "emacs test: dist/server.js missing; run npm run build" >&2; exit 1; }
cd "$ROOT"
HACONF_ROOT="$ROOT" timeout 300 emacs --batch -Q -l "$ROOT/test/clients/emacs/test.el" </dev/null
