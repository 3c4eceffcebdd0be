// Bridge parity with `keepalived -t -f`: on single faults put into a valid node config, the bridge reports a
// finding on every line keepalived names, no other line, one finding per distinct message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installed, reference, viaBridge } from './bridge-common';
import { FAULTS } from './keepalived-faults';

const BASE = readFileSync(join(__dirname, '../fixtures/stacks/correct/keepalived/lb1.conf'), 'utf8');
/** A few real configs keepalived accepts, when the corpus is built (virtual servers, sync groups, checks). */
const CORPUS = '/tmp/haconf-corpus/valid/keepalived';
const REAL = existsSync(CORPUS) ? readdirSync(CORPUS).sort().filter((_, i) => i % 4 === 0).map((f) => readFileSync(join(CORPUS, f), 'utf8')) : [];

test('bridge = keepalived -t on faults, line for line', { skip: !installed('keepalived', ['-v']) && 'keepalived is not installed' }, async () => {
  const cases = [BASE, ...REAL].flatMap((base) => [
    { name: 'valid', text: base },
    ...FAULTS.map((f) => ({ name: f.name, text: f.apply(base) })).filter((c): c is { name: string; text: string } => !!c.text),
  ]);
  assert.ok(cases.length > 5);
  let withLines = 0;
  for (const c of cases) {
    const ref = reference('keepalived', ['-t', '-f', '{}'], 'keepalived.conf', c.text, () => true);
    const got = await viaBridge('keepalived', 'keepalived.conf', c.text);
    assert.deepEqual(got.lines, ref.lines, `${c.name}: lines`);
    if (ref.lines.length) withLines++;
    assert.equal(got.count, ref.count, `${c.name}: number of messages`);
    assert.equal(got.exitCode, ref.exitCode, `${c.name}: exit code`);
  }
  assert.ok(withLines >= 3, `only ${withLines} cases where the tool named a line: the mutants do not exercise the bridge`);
});
