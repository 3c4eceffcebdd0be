#!/usr/bin/env bash
# THE test command (`npm test`, and CI's .ci/run): installs what is missing, builds, type-checks, builds the
# real-file corpus, then runs every test stage. Each stage runs even when an earlier one failed; the run
# ends with a summary and the closing line 'N passed, N failed' (tests counted from each runner's own
# totals; a stage without counts, such as the build, counts as one). Exit status 1 when any stage failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOGS="$(mktemp -d -t haconf-tests.XXXXXX)"
PASSED=0
FAILED=0
SUMMARY=()
STAGE_FAILED=0
# CI stops a run at 90 minutes; stages share this budget so the summary is always printed before that.
BUDGET="${HACONF_TEST_BUDGET:-4800}"
STARTED=$(date +%s)

# stage NAME TIMEOUT_SECONDS COMMAND...: runs one stage, shows its output, records its counts.
stage() {
  local name="$1" limit="$2"
  shift 2
  local log="$LOGS/$name.log" start rc
  start=$(date +%s)
  local left=$(( BUDGET - (start - STARTED) ))
  if [ "$left" -lt 30 ]; then
    STAGE_FAILED=1; FAILED=$((FAILED + 1)); SUMMARY+=("  FAIL  $name (not run: the ${BUDGET}s time budget is spent)")
    return
  fi
  [ "$limit" -gt "$left" ] && limit="$left"
  echo "=== $name: $*"
  timeout --kill-after=10 "$limit" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local secs=$(( $(date +%s) - start ))
  local p f
  p=$(counts "$log" pass)
  f=$(counts "$log" fail)
  if [ -z "$p$f" ]; then
    if [ "$rc" -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
  fi
  p=${p:-0}
  f=${f:-0}
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1   # a crash or timeout after passing tests is still a failure
  [ "$rc" -eq 124 ] && echo "=== $name: timed out after ${limit}s"
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  if [ "$rc" -eq 0 ]; then SUMMARY+=("  ok    $name ($p passed, ${secs}s)")
  else STAGE_FAILED=1; SUMMARY+=("  FAIL  $name ($p passed, $f failed, exit $rc, ${secs}s; log $log)"); fi
}

# Totals a stage printed: node's test runner ('ℹ pass N' / 'ℹ fail N') or a client test ('N passed, N failed').
counts() {
  local log="$1" kind="$2"
  local node client
  node=$(grep -aoE "^ℹ $kind [0-9]+" "$log" | awk '{s+=$3} END {if (NR) print s}')
  if [ "$kind" = pass ]; then client=$(grep -aoE '[0-9]+ passed, [0-9]+ failed' "$log" | awk '{s+=$1} END {if (NR) print s}')
  else client=$(grep -aoE '[0-9]+ passed, [0-9]+ failed' "$log" | awk '{s+=$3} END {if (NR) print s}'); fi
  [ -n "$node$client" ] && echo $(( ${node:-0} + ${client:-0} ))
}

has_tests() { [ -d "$1" ] && find "$1" -name '*.test.ts' -print -quit | grep -q .; }

stage deps 1800 bash scripts/ensure-deps.sh
stage build 300 npm run build
stage typecheck 600 npx tsc -b

CORPUS_SH=""
for c in "$ROOT/../shared/tools/corpus/corpus.sh" /work/shared/tools/corpus/corpus.sh; do
  [ -f "$c" ] && { CORPUS_SH="$c"; break; }
done
if [ -n "$CORPUS_SH" ]; then stage corpus 1800 bash "$CORPUS_SH"
else echo "=== corpus: no shared/tools/corpus/corpus.sh beside the clone; corpus tests will skip"; fi

stage unit 1200 node scripts/run-tests.mjs test/unit
stage cli 120 bash -c 'node dist/cli.js --version && node dist/cli.js lint --format sarif test/protocol/samples/haproxy/haproxy.cfg test/protocol/samples/keepalived/keepalived.conf test/protocol/samples/systemd/web.service >/dev/null'
stage protocol 900 node scripts/run-tests.mjs test/protocol
has_tests test/fuzz && stage fuzz 900 node scripts/run-tests.mjs test/fuzz
has_tests test/parity && stage parity 1200 node scripts/run-tests.mjs test/parity
stage neovim 300 bash test/clients/neovim/run.sh
stage emacs 300 bash test/clients/emacs/run.sh
[ -f test/clients/vscode/run.sh ] && stage vscode 1200 bash test/clients/vscode/run.sh
[ -f test/clients/web/run.sh ] && stage web 600 bash test/clients/web/run.sh

echo
echo "=== summary (logs in $LOGS)"
printf '%s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
exit "$STAGE_FAILED"
