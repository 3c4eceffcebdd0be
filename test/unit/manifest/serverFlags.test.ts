// Every launcher gives the server the same node flags: the VS Code client, the README's command for other
// editors, the protocol tests' client (hence the bench), the neovim and emacs tests, and the bench process
// itself (so its in-process figures run under the same GC settings as the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../../protocol/lspClient';

const ROOT = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

test('the server flags are the ones the client declares', () => {
  const m = /const SERVER_NODE_FLAGS = \[([^\]]*)\]/.exec(read('client/src/extension.ts'));
  assert.ok(m, 'client/src/extension.ts declares SERVER_NODE_FLAGS');
  assert.deepEqual(m[1].split(',').map((s) => s.trim().replace(/^'|'$/g, '')).filter(Boolean), SERVER_NODE_FLAGS);
});

for (const file of ['README.md', 'test/clients/neovim/test.lua', 'test/clients/emacs/test.el']) {
  test(`${file} starts the server with ${SERVER_NODE_FLAGS.join(' ')}`, () => {
    const text = read(file);
    for (const flag of SERVER_NODE_FLAGS) assert.ok(text.includes(flag), `${file} lacks ${flag}`);
  });
}

test('npm run bench runs with the server flags', () => {
  const bench = JSON.parse(read('package.json')).scripts.bench as string;
  for (const part of bench.split('&&')) for (const flag of SERVER_NODE_FLAGS) assert.ok(part.includes(flag), part);
});
