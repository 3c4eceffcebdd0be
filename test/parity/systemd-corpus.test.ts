// Every unit file of the real-file corpus (files `systemd-analyze verify` accepts) must get zero error diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { newService } from '../unit/helpers';

const DIR = '/tmp/haconf-corpus/valid/systemd';

test('systemd corpus: zero error-severity diagnostics on every valid unit', () => {
  assert.ok(existsSync(DIR), `corpus missing: ${DIR} — build it with: bash /work/shared/tools/corpus/corpus.sh`);
  const files = readdirSync(DIR);
  assert.ok(files.length > 50, `corpus has only ${files.length} systemd files`);
  const svc = newService(undefined, { systemd: '252' });
  const failures: string[] = [];
  for (const f of files) {
    const text = readFileSync(`${DIR}/${f}`, 'utf8');
    const ds = svc.diagnostics({ uri: `file:///lib/systemd/system/${f}`, text, languageId: 'systemd-unit-file' });
    for (const d of ds) if (d.severity === 1) failures.push(`${f}:${d.range.start.line + 1}: ${d.code}: ${d.message}`);
  }
  assert.deepEqual(failures, []);
});

test('systemd corpus: also clean when targeting the newest release', () => {
  if (!existsSync(DIR)) return assert.fail(`corpus missing: ${DIR}`);
  const svc = newService();
  const failures: string[] = [];
  for (const f of readdirSync(DIR)) {
    const text = readFileSync(`${DIR}/${f}`, 'utf8');
    for (const d of svc.diagnostics({ uri: `file:///lib/systemd/system/${f}`, text, languageId: 'systemd-unit-file' })) {
      if (d.severity === 1) failures.push(`${f}:${d.range.start.line + 1}: ${d.code}: ${d.message}`);
    }
  }
  assert.deepEqual(failures, []);
});
