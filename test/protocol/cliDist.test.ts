// The bundled command (dist/cli.js, the `haconf` bin) behaves like the sources: clean output, right exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './lspClient';
import { CASES, SAMPLES } from './session';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: SAMPLES, encoding: 'utf8' });

test('dist/cli.js --version prints the version alone', () => {
  assert.ok(fs.existsSync(CLI), 'run npm run build first');
  const r = run(['--version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^haconf \d+\.\d+\.\d+\n$/);
  assert.equal(r.stderr, '', 'nothing else runs besides the command asked for');
});

test('dist/cli.js lint: valid samples exit 0, each bad sample exits 1 or reports its line', () => {
  const valid = run(['lint', ...CASES.map((c) => c.file)]);
  assert.equal(valid.status, 0, valid.stdout + valid.stderr);
  assert.doesNotMatch(valid.stdout, /: error /, 'best-practice warnings may appear; errors may not');
  assert.match(valid.stderr, /^haconf: 3 files checked: 0 error\(s\)/);
  for (const c of CASES) {
    const bad = run(['lint', c.bad]);
    assert.notEqual(bad.status, 2, bad.stderr);
    assert.match(bad.stdout, new RegExp(`^${c.bad.replace(/\./g, '\\.')}:${c.badLine + 1}:`, 'm'), `${c.bad}: ${bad.stdout}`);
  }
});

test('dist/cli.js lint of a missing path exits 2 with a message', () => {
  const r = run(['lint', 'no/such/haproxy.cfg']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no\/such\/haproxy\.cfg: no such file or directory/);
});
