import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectFiles } from '../../../server/src/cli/files';

function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-files-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

test('folders: files picked by name, folder and content, sorted, skipping VCS and node_modules folders', () => {
  const dir = tree({
    'b/haproxy/10-front.cfg': 'frontend f\n  bind :80\n',
    'a/web@.service': '[Unit]\nDescription=x\n',
    'a/web@.service.d/override.conf': '[Service]\nRestart=always\n',
    'lb.cfg': 'global\n  daemon\ndefaults\n  mode http\n',
    'vrrp.conf': 'vrrp_instance VI_1 {\n  state MASTER\n}\n',
    'other.conf': 'key = value\n',
    'README.md': '# not ours\n',
    'node_modules/x/haproxy.cfg': 'global\n',
    '.git/keepalived.conf': 'global_defs {\n}\n',
  });
  const { files, problems } = collectFiles([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    files.map((f) => [path.relative(dir, f.path), f.language]),
    [
      ['a/web@.service', 'systemd-unit-file'],
      ['a/web@.service.d/override.conf', 'systemd-unit-file'],
      ['b/haproxy/10-front.cfg', 'haproxy'],
      ['lb.cfg', 'haproxy'],
      ['vrrp.conf', 'keepalived'],
    ],
  );
});

test('a file named twice (directly and through its folder) is checked once', () => {
  const dir = tree({ 'haproxy.cfg': 'global\n' });
  const { files } = collectFiles([path.join(dir, 'haproxy.cfg'), dir, `${dir}/./haproxy.cfg`]);
  assert.equal(files.length, 1);
});

test('named files: unknown type, missing path and forced language', () => {
  const dir = tree({ 'notes.txt': 'hello\n', 'lb.txt': 'frontend f\n' });
  const r = collectFiles([path.join(dir, 'notes.txt'), path.join(dir, 'missing.cfg')]);
  assert.equal(r.files.length, 0);
  assert.equal(r.problems.length, 2);
  assert.match(r.problems[0], /notes\.txt: not recognised/);
  assert.match(r.problems[1], /missing\.cfg: no such file or directory/);
  const forced = collectFiles([path.join(dir, 'lb.txt')], 'haproxy');
  assert.equal(forced.files[0]?.language, 'haproxy');
});

test('a symlink loop or a dangling link inside a folder does not stop the walk', () => {
  const dir = tree({ 'keepalived/keepalived.conf': 'global_defs {\n}\n' });
  fs.symlinkSync(dir, path.join(dir, 'keepalived', 'loop'));
  fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling.service'));
  const { files, problems } = collectFiles([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(files.map((f) => path.relative(dir, f.path)), ['keepalived/keepalived.conf']);
});
