// The data refresh script: its gperf reader expands the per-section macros and reports what the schema lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

test('systemd-refresh --check-gperf lists directives missing from the dump and newer.ts', (t) => {
  if (!existsSync('/usr/lib/systemd/systemd')) return t.skip('no systemd binary for the dump');
  const r = spawnSync(process.execPath, ['scripts/data/systemd-refresh.mjs', '--check-gperf', 'test/fixtures/systemd/data/sample.gperf.in'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const listed = r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim()).sort();
  // Service.RestartSteps is in newer.ts, Service.User and Unit.Description are in the dump.
  assert.deepEqual(listed, ['Service.NewSvc', 'Service.NewThing']);
});
