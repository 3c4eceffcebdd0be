// Bridge parity with `haproxy -c`: on single-fault mutants of a valid config, the bridge reports a finding on
// every line haproxy names, no other line, one finding per message, and the same exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installed, reference, viaBridge } from './bridge-common';
import { mutantsOf } from './haproxy-mutants';

const BASE = readFileSync(join(__dirname, '../fixtures/stacks/correct/haproxy/haproxy.cfg'), 'utf8');
/** A few real configs haproxy accepts, when the corpus is built: more message shapes than the fixture. */
const CORPUS = '/tmp/haconf-corpus/valid/haproxy';
const REAL = existsSync(CORPUS) ? readdirSync(CORPUS).sort().slice(0, 4).map((f) => readFileSync(join(CORPUS, f), 'utf8')) : [];
const isMessage = (l: string) => /^\[(ALERT|WARNING)\]/.test(l) && !/Error\(s\) found in configuration file|Fatal errors found in configuration/.test(l);

/** A few mutants of each kind, so every mutator is exercised without running hundreds. */
function sample(base: string): Array<{ kind: string; text: string }> {
  const byKind = new Map<string, number>();
  return mutantsOf(base).filter((m) => {
    const n = byKind.get(m.kind) ?? 0;
    byKind.set(m.kind, n + 1);
    return n < 2;
  });
}

test('bridge = haproxy -c on mutants, line for line', { skip: !installed('haproxy', ['-v']) && 'haproxy is not installed' }, async () => {
  const cases = [BASE, ...REAL].flatMap((base) => [{ kind: 'valid', text: base }, ...sample(base)]);
  assert.ok(cases.length > 5);
  let withLines = 0;
  for (const c of cases) {
    const ref = reference('haproxy', ['-c', '-f', '{}'], 'haproxy.cfg', c.text, isMessage);
    const got = await viaBridge('haproxy', 'haproxy.cfg', c.text);
    assert.deepEqual(got.lines, ref.lines, `${c.kind}: lines`);
    if (ref.lines.length) withLines++;
    assert.equal(got.count, ref.count, `${c.kind}: number of messages`);
    assert.equal(got.exitCode, ref.exitCode, `${c.kind}: exit code`);
  }
  assert.ok(withLines >= 3, `only ${withLines} cases where the tool named a line: the mutants do not exercise the bridge`);
});
