// End-to-end runs of the `haconf` command (through tsx, so no build is needed) on files made in a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sarifSchemaErrors } from './sarifSchema';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAIN = path.join(ROOT, 'server', 'src', 'cli', 'main.ts');
const SAMPLES = path.join(ROOT, 'test', 'protocol', 'samples');
/** tsx by absolute URL, so runs from other working folders still load it. */
const TSX = pathToFileURL(require.resolve('tsx')).href;

function haconf(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder with the valid samples, a binary blob, an unrelated text file and a nested haproxy folder. */
function mixedFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-'));
  fs.cpSync(path.join(SAMPLES, 'haproxy', 'haproxy.cfg'), path.join(dir, 'etc', 'haproxy', 'haproxy.cfg'), { recursive: true });
  fs.cpSync(path.join(SAMPLES, 'keepalived', 'keepalived.conf'), path.join(dir, 'etc', 'keepalived', 'keepalived.conf'));
  fs.cpSync(path.join(SAMPLES, 'systemd', 'web.service'), path.join(dir, 'units', 'web.service'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'nothing to see\n');
  fs.writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 255, 0, 10]));
  fs.writeFileSync(path.join(dir, 'random.conf'), 'key = value\n');
  return dir;
}

test('--help and --version answer with exit 0; no command is a usage error', () => {
  const help = haconf(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /haconf lint \[options\] PATH/);
  const version = haconf(['--version']);
  assert.equal(version.status, 0);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout.trim(), `haconf ${pkg.version}`);
  assert.equal(haconf([]).status, 2);
  const unknown = haconf(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
});

test('lint of a folder of mixed files picks the HA files by name, folder and content', () => {
  const dir = mixedFolder();
  const r = haconf(['lint', '--format', 'json', dir]);
  const out = JSON.parse(r.stdout) as { files: Array<{ path: string; language: string; findings: unknown[] }> };
  const found = out.files.map((f) => [path.relative(dir, f.path), f.language]);
  assert.deepEqual(found, [
    ['etc/haproxy/haproxy.cfg', 'haproxy'],
    ['etc/keepalived/keepalived.conf', 'keepalived'],
    ['units/web.service', 'systemd-unit-file'],
  ]);
  assert.equal(r.status, 0, `valid samples must lint clean:\n${r.stdout}\n${r.stderr}`);
});

test('lint exit codes: 2 for a missing path (with a clear message), 2 for an unknown named file', () => {
  const missing = haconf(['lint', '/nonexistent/haproxy.cfg']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /\/nonexistent\/haproxy\.cfg: no such file or directory/);
  const dir = mixedFolder();
  const unknown = haconf(['lint', path.join(dir, 'notes.txt')]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /not recognised/);
  const link = path.join(dir, 'dangling.service');
  fs.symlinkSync(path.join(dir, 'gone'), link);
  assert.equal(haconf(['lint', link]).status, 2);
  const fifo = path.join(dir, 'pipe.service');
  if (spawnSync('mkfifo', [fifo]).status === 0) {
    const r = haconf(['lint', fifo]);
    assert.equal(r.status, 2, 'a named pipe is refused, not read (reading it would block)');
    assert.match(r.stderr, /not a regular file/);
    assert.equal(haconf(['lint', dir]).status, 0, 'inside a folder, special files are skipped');
  }
  assert.equal(haconf(['lint', '--format', 'yaml', dir]).status, 2);
});

test('lint exit code 1 and a text line for an error-severity finding (binary content)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-'));
  fs.writeFileSync(path.join(dir, 'haproxy.cfg'), 'global\n  daemon\0\n');
  const r = haconf(['lint', 'haproxy.cfg'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^haproxy\.cfg:2:9: error binary-content /m);
});

test('lint of a known-bad file per language reports a finding on the bad line', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'cases.json'), 'utf8')) as Array<{ bad: string; badLine: number }>;
  for (const c of cases) {
    const r = haconf(['lint', c.bad], SAMPLES);
    assert.notEqual(r.status, 2, r.stderr);
    assert.match(r.stdout, new RegExp(`^${c.bad.replace(/[.]/g, '\\.')}:${c.badLine + 1}:\\d+: `, 'm'), `${c.bad}: ${r.stdout}`);
  }
});

test('lint --format sarif on a folder prints a log valid against the SARIF 2.1.0 schema', () => {
  const dir = mixedFolder();
  fs.writeFileSync(path.join(dir, 'etc', 'haproxy', 'bin.cfg'), 'global\0\n');
  const r = haconf(['lint', '--format', 'sarif', '.'], dir);
  assert.equal(r.status, 1);
  const log = JSON.parse(r.stdout);
  assert.deepEqual(sarifSchemaErrors(log), []);
  const uris = log.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
  assert.ok(uris.includes('etc/haproxy/bin.cfg'));
});

test('lint survives a 5 MB single-line file and a forced language on an odd name', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-'));
  fs.writeFileSync(path.join(dir, 'haproxy.cfg'), `global\n  description ${'x'.repeat(5 * 1024 * 1024)}\n`);
  const big = haconf(['lint', '--quiet', dir]);
  assert.ok(big.status === 0 || big.status === 1, big.stderr);
  assert.doesNotMatch(big.stderr, /internal error/);
  fs.writeFileSync(path.join(dir, 'lb.txt'), fs.readFileSync(path.join(SAMPLES, 'haproxy', 'haproxy.cfg')));
  const forced = haconf(['lint', '--language', 'haproxy', '--format', 'json', path.join(dir, 'lb.txt')]);
  assert.equal(JSON.parse(forced.stdout).files[0].language, 'haproxy');
});

test('lint loads every file first, so a split haproxy config is checked as a whole', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-'));
  fs.mkdirSync(path.join(dir, 'haproxy'));
  const frontend = 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\nfrontend www\n    bind 127.0.0.1:8080\n    default_backend app\n';
  fs.writeFileSync(path.join(dir, 'haproxy', '10-frontend.cfg'), frontend);
  fs.writeFileSync(path.join(dir, 'haproxy', '20-backends.cfg'), 'backend app\n    server s1 127.0.0.1:9001\n');
  const alone = haconf(['lint', 'haproxy/10-frontend.cfg'], dir);
  assert.equal(alone.status, 1, 'alone, the frontend names a backend that does not exist');
  assert.match(alone.stdout, /^haproxy\/10-frontend\.cfg:9:\d+: error /m);
  const together = haconf(['lint', 'haproxy'], dir);
  assert.equal(together.status, 0, together.stdout);
  assert.doesNotMatch(together.stdout, /: error /);
});
