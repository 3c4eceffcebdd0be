// `haconf scaffold` end to end on a temp folder: help, defaults, dry run, clashes, --force, answers files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScaffoldCommand } from '../../../server/src/cli/scaffoldCommand';
import { PARAM_KEYS } from '../../../server/src/service/features/scaffold/index';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runScaffoldCommand(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'haconf-scaffold-cmd-'));

test('--help documents every answer key and its default', async () => {
  const r = await run('--help');
  assert.equal(r.code, 0);
  for (const key of PARAM_KEYS) assert.match(r.out, new RegExp(`^  ${key}\\n`, 'm'), key);
  assert.match(r.out, /Default: 192\.168\.1\.100\/24/);
  assert.match(r.out, /--force/);
});

const usage: Array<[string[], RegExp]> = [
  [[], /--out DIR is required/],
  [['--out'], /--out needs a folder/],
  [['--out', 'x', '--set', 'novalue'], /--set needs key=value/],
  [['--out', 'x', '--bogus'], /unknown argument "--bogus"/],
];
for (const [args, message] of usage) {
  test(`usage error for ${JSON.stringify(args)}`, async () => {
    const r = await run(...args);
    assert.equal(r.code, 2);
    assert.match(r.err, message);
  });
}

test('with no --set it writes the classic stack, scripts executable', async () => {
  const out = join(tmp(), 'stack');
  const r = await run('--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Wrote 15 files/);
  assert.equal(statSync(join(out, 'keepalived/notify.sh')).mode & 0o777, 0o755);
  assert.equal(readFileSync(join(out, 'haproxy/haproxy.cfg'), 'utf8').match(/^\s*server web\d/gm)?.length, 3);
});

test('invalid answers exit 2 and write nothing', async () => {
  const out = tmp();
  const r = await run('--out', out, '--set', 'vip=10.0.0.1', '--set', 'vrid=999');
  assert.equal(r.code, 2);
  assert.match(r.err, /vip: /);
  assert.match(r.err, /vrid: /);
  assert.deepEqual(readdirSync(out), []);
});

test('--dry-run lists files and modes without writing', async () => {
  const out = tmp();
  const r = await run('--out=' + out, '--dry-run', '--set=db=mysql');
  assert.equal(r.code, 0);
  assert.match(r.out, /0755 {2}scripts\/service-healthcheck\.sh/);
  assert.match(r.out, /0644 {2}mysql\/db1\.cnf/);
  assert.deepEqual(readdirSync(out), []);
});

test('existing files are listed and nothing is written unless --force', async () => {
  const out = tmp();
  assert.equal((await run('--out', out)).code, 0);
  writeFileSync(join(out, 'haproxy/haproxy.cfg'), 'mine\n');
  const before = readFileSync(join(out, 'keepalived/master.conf'), 'utf8');
  const r = await run('--out', out, '--set', 'vrid=9');
  assert.equal(r.code, 1);
  assert.match(r.err, /15 file\(s\) already exist/);
  assert.match(r.err, /^ {2}haproxy\/haproxy\.cfg$/m);
  assert.match(r.err, /^ {2}systemd\/healthcheck@\.timer {2}\(identical\)$/m);
  assert.equal(readFileSync(join(out, 'haproxy/haproxy.cfg'), 'utf8'), 'mine\n');
  assert.equal(readFileSync(join(out, 'keepalived/master.conf'), 'utf8'), before);
  const forced = await run('--out', out, '--set', 'vrid=9', '--force');
  assert.equal(forced.code, 0, forced.err);
  assert.match(forced.out, /15 overwritten/);
  assert.match(readFileSync(join(out, 'keepalived/master.conf'), 'utf8'), /virtual_router_id 9$/m);
});

test('answers file values apply, and --set overrides them', async () => {
  const dir = tmp();
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify({ vrid: 12, webNodes: ['a=10.0.0.5', { name: 'b', address: '10.0.0.6' }], appPort: 9000 }));
  const out = join(dir, 'out');
  const r = await run('--out', out, '--answers', file, '--set', 'appPort=9100');
  assert.equal(r.code, 0, r.err);
  const cfg = readFileSync(join(out, 'haproxy/haproxy.cfg'), 'utf8');
  assert.match(cfg, /server a 10\.0\.0\.5:9100 /);
  assert.match(cfg, /server b 10\.0\.0\.6:9100 /);
  assert.match(readFileSync(join(out, 'keepalived/backup.conf'), 'utf8'), /virtual_router_id 12$/m);
});

test('an unreadable or non-object answers file is a usage error', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.json'), '[1,2]');
  assert.equal((await run('--out', dir, '--answers', join(dir, 'a.json'))).code, 2);
  assert.equal((await run('--out', dir, '--answers', join(dir, 'missing.json'))).code, 2);
});

test('warnings are printed but do not stop the write', async () => {
  const r = await run('--out', tmp(), '--set', 'lbNodes=lb1=10.9.0.1,lb2=192.168.1.12');
  assert.equal(r.code, 0);
  assert.match(r.err, /warning: lbNodes: lb1/);
});

test('two runs give different VRRP passwords', async () => {
  const a = tmp();
  const b = tmp();
  await run('--out', a);
  await run('--out', b);
  const pass = (d: string) => /auth_pass (\S+)/.exec(readFileSync(join(d, 'keepalived/master.conf'), 'utf8'))?.[1];
  assert.match(pass(a) ?? '', /^[A-Za-z0-9]{8}$/);
  assert.notEqual(pass(a), pass(b));
});

test('haconf-answers.json re-generates the same stack (apart from the random password)', async () => {
  const a = tmp();
  assert.equal((await run('--out', a, '--set', 'db=mysql', '--set', 'vrid=33', '--set', 'webNodes=10.0.0.5,10.0.0.6')).code, 0);
  const answers = JSON.parse(readFileSync(join(a, 'haconf-answers.json'), 'utf8')) as Record<string, string>;
  assert.equal(answers.authPass, undefined, 'the password is not written to the answers file');
  assert.equal(answers.webNodes, 'web1=10.0.0.5,web2=10.0.0.6');
  const b = tmp();
  assert.equal((await run('--out', b, '--answers', join(a, 'haconf-answers.json'))).code, 0);
  const strip = (d: string, p: string) => readFileSync(join(d, p), 'utf8').replace(/auth_pass \S+/, 'auth_pass X');
  for (const p of ['haproxy/haproxy.cfg', 'keepalived/master.conf', 'mysql/db2.cnf', 'README.md', 'haconf-answers.json']) assert.equal(strip(b, p), strip(a, p), p);
});
