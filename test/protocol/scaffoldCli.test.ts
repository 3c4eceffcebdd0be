// `haconf scaffold` through the bundled CLI (dist/cli.js), as users run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './lspClient';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const haconf = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

test('dist/cli.js scaffold writes the stack, says so once, and then refuses to overwrite', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'haconf-cli-scaffold-')), 'stack');
  const first = haconf('scaffold', '--out', out);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stderr, '');
  assert.match(first.stdout, /^Wrote 15 files into .*; start with README\.md\.\n$/);
  assert.equal(statSync(join(out, 'scripts/service-healthcheck.sh')).mode & 0o777, 0o755);
  const again = haconf('scaffold', '--out', out);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /15 file\(s\) already exist/);
});

test('dist/cli.js scaffold --help lists the keys; bad answers exit 2', () => {
  const help = haconf('scaffold', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^ {2}webNodes$/m);
  const bad = haconf('scaffold', '--out', mkdtempSync(join(tmpdir(), 'haconf-cli-scaffold-')), '--set', 'vip=300.1.1.1/24');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /vip: /);
});
