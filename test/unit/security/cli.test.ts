// `haconf security`: text and JSON output, drop-ins found in folders, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSecurityCommand } from '../../../server/src/cli/securityCommand';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runSecurityCommand(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function withFolder(f: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-security-'));
  try {
    f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('text: score, rating and open items, with a drop-in from the folder applied', () => {
  withFolder((dir) => {
    writeFileSync(join(dir, 'x.service'), '[Service]\nExecStart=/bin/true\n');
    mkdirSync(join(dir, 'x.service.d'));
    writeFileSync(join(dir, 'x.service.d', '10-a.conf'), '[Service]\nUser=www-data\nCapabilityBoundingSet=\n');
    writeFileSync(join(dir, 'x.service.d', '20-b.conf'), '[Service]\nUser=root\n');
    writeFileSync(join(dir, 'x.socket'), '[Socket]\nListenStream=80\n');
    const r = run([dir]);
    assert.equal(r.code, 0);
    const lines = r.out.trimEnd().split('\n');
    // systemd-analyze security --offline=true prints 7.1 MEDIUM for this unit with its two drop-ins.
    assert.match(lines[0], /x\.service: x\.service exposure 7\.1 MEDIUM \(\d+ open items\)$/);
    assert.match(lines[1], /^ {3}\+0\.5 {2}PrivateNetwork= +Service has access to the host's network$/);
    assert.equal(lines.filter((l) => !l.startsWith('  ')).length, 1, 'one unit: the drop-ins and the socket are no extra entries');
  });
});

test('--json gives the same numbers as data', () => {
  withFolder((dir) => {
    writeFileSync(join(dir, 'a.service'), '[Service]\nExecStart=/bin/true\nDynamicUser=yes\n');
    const r = run(['--json', join(dir, 'a.service')]);
    const rows = JSON.parse(r.out) as Array<{ unit: string; exposure: number; rating: string; openItems: Array<{ id: string; exposure: number }> }>;
    assert.equal(rows.length, 1);
    assert.equal(rows[0].unit, 'a.service');
    assert.equal(rows[0].exposure, 8.4);
    assert.equal(rows[0].rating, 'EXPOSED');
    assert.deepEqual(rows[0].openItems[0], { ...rows[0].openItems[0], id: 'PrivateNetwork=', exposure: 0.5 });
  });
});

test('usage errors exit 2; a missing file is reported and exits 2', () => {
  assert.equal(run([]).code, 2);
  assert.match(run(['--bogus', 'x']).err, /unknown option "--bogus"/);
  const missing = run(['/nonexistent/a.service']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such file or directory/);
  assert.match(run(['--help']).out, /^Usage: haconf security/);
});

test('--fail-above: exit 1 when a unit is more exposed than the limit', () => {
  withFolder((dir) => {
    writeFileSync(join(dir, 'a.service'), '[Service]\nExecStart=/bin/true\nDynamicUser=yes\n');
    assert.equal(run(['--fail-above', '8.5', dir]).code, 0, '8.4 is not above 8.5');
    assert.equal(run(['--fail-above=8', dir]).code, 1);
    assert.equal(run(['--fail-above', 'x', dir]).code, 2);
    assert.equal(run(['--fail-above', '11', dir]).code, 2);
  });
});
