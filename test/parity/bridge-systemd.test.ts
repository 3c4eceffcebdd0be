// Bridge parity with `systemd-analyze verify --man=no`: on single-fault mutants of a valid unit, the bridge
// reports a finding on every line systemd names and no other line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installed, reference, viaBridge } from './bridge-common';
import { mutants } from './systemd-mutants';

const NAME = 'webapp.service';
const BASE = readFileSync(join(__dirname, '../fixtures/stacks/correct/systemd', NAME), 'utf8');
/** A few real units systemd accepts, when the corpus is built. */
const CORPUS = '/tmp/haconf-corpus/valid/systemd';
const REAL: Array<[string, string]> = existsSync(CORPUS)
  ? readdirSync(CORPUS).sort().filter((f, i) => i % 80 === 0 && f.endsWith('.service')).map((f) => [f, readFileSync(join(CORPUS, f), 'utf8')])
  : [];

test('bridge = systemd-analyze verify on mutants, line for line', { skip: !installed('systemd-analyze', ['--version']) && 'systemd-analyze is not installed' }, async () => {
  const cases = ([[NAME, BASE], ...REAL] as Array<[string, string]>).flatMap(([name, base]) =>
    [{ fault: 'valid', text: base }, ...mutants(base, name)].map((m) => ({ ...m, name, fault: `${name}: ${m.fault}` })),
  );
  assert.ok(cases.length > 5);
  let withLines = 0;
  for (const c of cases) {
    // only the messages about this file's lines: unit-level lines may mention host units
    const ref = reference('systemd-analyze', ['verify', '--man=no', '--recursive-errors=no', '{}'], c.name, c.text, (l) => l.startsWith('/'));
    const got = await viaBridge('systemd-unit-file', c.name, c.text);
    assert.deepEqual(got.lines, ref.lines, `${c.fault}: lines`);
    if (ref.lines.length) withLines++;
    assert.equal(got.exitCode, ref.exitCode, `${c.fault}: exit code`);
  }
  assert.ok(withLines >= 3, `only ${withLines} cases where the tool named a line: the mutants do not exercise the bridge`);
});
