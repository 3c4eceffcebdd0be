// Safe writing: paths stay inside the output folder, clashes are detected, files land whole with their mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPlan, planWrite, unsafePath, writeAtomically } from '../../../server/src/cli/scaffoldWriter';

const tmp = () => mkdtempSync(join(tmpdir(), 'haconf-scaffold-'));
const f = (path: string, content = 'x\n', mode = 0o644) => ({ path, content, mode });

const unsafe: Array<[string, RegExp]> = [
  ['', /plain relative/],
  ['/etc/passwd', /absolute/],
  ['C:/x', /absolute/],
  ['a\\b', /plain relative/],
  ['../x', /segment/],
  ['a/../../x', /segment/],
  ['a//b', /segment/],
  ['./a', /segment/],
  ['a\0b', /plain relative/],
];
for (const [path, why] of unsafe) {
  test(`refuses the path ${JSON.stringify(path)}`, () => {
    assert.match(unsafePath(path) ?? '', why);
  });
}

test('plain nested paths are fine', () => {
  assert.equal(unsafePath('systemd/healthcheck@.service'), undefined);
  assert.equal(unsafePath('keepalived.service.d/override.conf'), undefined);
});

test('a plan refuses escaping paths and symlinked folders that lead out', () => {
  const out = tmp();
  const outside = tmp();
  symlinkSync(outside, join(out, 'link'));
  const plan = planWrite(out, [f('ok/a.txt'), f('../evil.txt'), f('link/b.txt')]);
  assert.deepEqual(plan.writes.map((w) => w.file.path), ['ok/a.txt']);
  assert.equal(plan.refused.length, 2);
  assert.match(plan.refused.join('\n'), /link\/b\.txt: leads outside/);
  assert.deepEqual(readdirSync(outside), []);
});

test('existing files are clashes; identical ones are marked; a folder in the way is refused', () => {
  const out = tmp();
  writeFileSync(join(out, 'same.txt'), 'x\n');
  writeFileSync(join(out, 'other.txt'), 'old\n');
  mkdirSync(join(out, 'dir.txt'));
  const plan = planWrite(out, [f('same.txt'), f('other.txt'), f('new.txt'), f('dir.txt')]);
  assert.deepEqual(plan.writes.map((w) => [w.file.path, w.exists, w.identical]), [
    ['same.txt', true, true],
    ['other.txt', true, false],
    ['new.txt', false, false],
  ]);
  assert.match(plan.refused[0], /dir\.txt: a folder of that name exists/);
});

test('applyPlan writes whole files with their modes and leaves no temporary files', () => {
  const out = join(tmp(), 'new', 'stack');
  const errors = applyPlan(planWrite(out, [f('scripts/run.sh', '#!/bin/sh\n', 0o755), f('a/b/c.conf', 'c\n')]));
  assert.deepEqual(errors, []);
  assert.equal(statSync(join(out, 'scripts/run.sh')).mode & 0o777, 0o755);
  assert.equal(statSync(join(out, 'a/b/c.conf')).mode & 0o777, 0o644);
  assert.equal(readFileSync(join(out, 'a/b/c.conf'), 'utf8'), 'c\n');
  assert.deepEqual(readdirSync(join(out, 'scripts')), ['run.sh']);
});

test('an atomic write replaces the old content, and a failed one leaves the old file untouched', () => {
  const dir = tmp();
  const target = join(dir, 'f.conf');
  writeFileSync(target, 'old\n');
  writeAtomically(target, 'new\n', 0o644);
  assert.equal(readFileSync(target, 'utf8'), 'new\n');
  // The parent "folder" is a file: mkdir fails before anything is written.
  assert.throws(() => writeAtomically(join(target, 'child'), 'x', 0o644));
  assert.equal(readFileSync(target, 'utf8'), 'new\n');
  assert.deepEqual(readdirSync(dir), ['f.conf']);
  assert.ok(!existsSync(join(dir, 'child')));
});

test('an output "folder" that is a file is refused as a whole', () => {
  const file = join(tmp(), 'plain');
  writeFileSync(file, 'x');
  const plan = planWrite(file, [f('a.txt')]);
  assert.deepEqual(plan.writes, []);
  assert.match(plan.refused[0], /plain: not a folder/);
});
