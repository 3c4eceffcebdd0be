#!/usr/bin/env bash
# `npm run try`: haconf in a real VS Code (code-server) on 127.0.0.1, with a workspace holding a
# scaffolded HA stack (ha-stack/) and three small files with one mistake each (try-me/).
# Installs what is missing (node modules, code-server, chromium), packages haconf.vsix, installs it,
# prints the URL to open. Ctrl+C stops everything it started.
# Options: --port N (default: a free port), --workspace DIR (default: ~/.cache/haconf/try-workspace),
#          --no-build (reuse haconf.vsix), --vsix FILE (install this package instead of building one).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

cache="${HACONF_CACHE:-$HOME/.cache/haconf}"
port=""
workspace="$cache/try-workspace"
build=1
vsix="$root/haconf.vsix"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --workspace) workspace="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --vsix) vsix="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; build=0; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "try.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

say() { echo "haconf try: $*"; }

if [ ! -d node_modules ]; then
  say "installing node modules (npm ci)"
  npm ci --no-audit --no-fund
fi
entry="$(bash scripts/ensure-code-server.sh | tail -n 1)"

if [ "$build" = 1 ] || [ ! -f "$vsix" ]; then
  vsix="$root/haconf.vsix"
  say "building and packaging haconf.vsix"
  log="${TMPDIR:-/tmp}/haconf-try-package.log"
  npm run --silent package >"$log" 2>&1 || { cat "$log"; exit 1; }
fi
[ -f dist/cli.js ] || npm run --silent build

# The workspace: made once, kept between runs so your edits survive (delete it to start over).
mkdir -p "$workspace"
workspace="$(cd "$workspace" && pwd)"
if [ ! -e "$workspace/ha-stack" ]; then
  if node dist/cli.js scaffold --out "$workspace/ha-stack" >/dev/null; then
    say "scaffolded an HA stack into $workspace/ha-stack"
  else
    say "warning: 'haconf scaffold' failed; the workspace has only try-me/ (run the command 'haconf: New HA stack' inside)"
  fi
fi
[ -e "$workspace/try-me" ] || cp -r examples/try-me "$workspace/try-me"

# A private code-server: its own user data and extensions, removed on exit.
state="$(mktemp -d "${TMPDIR:-/tmp}/haconf-try-XXXXXX")"
mkdir -p "$state/data/User" "$state/ext"
cat >"$state/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "security.workspace.trust.enabled": false
}
JSON
cs=(node "$entry" --config /dev/null --user-data-dir "$state/data" --extensions-dir "$state/ext")
"${cs[@]}" --install-extension "$vsix" --force >"$state/install.log" 2>&1 \
  || { cat "$state/install.log"; exit 1; }

[ -n "$port" ] || port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

pid=""
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$pid" ]; then
    say "stopping code-server"
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# setsid: code-server and everything it spawns form one process group, stopped together on exit.
setsid "${cs[@]}" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override "$workspace" >"$state/code-server.log" 2>&1 &
pid=$!

url="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url/healthz"; then
    break
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$state/code-server.log"; exit 1; }
  sleep 0.2
done

echo
say "open $url/?folder=$workspace"
say "workspace: $workspace (ha-stack/: a scaffolded stack; try-me/: one mistake per language)"
say "log: $state/code-server.log - press Ctrl+C to stop"
wait "$pid"
