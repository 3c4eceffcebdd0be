import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';
import { applyEdits } from './util';

function format(text: string, insertSpaces = true): string {
  return applyEdits(text, newService().format(doc('file:///k/keepalived.conf', text, 'keepalived'), { tabSize: 4, insertSpaces }));
}

test('indents by block depth', () => {
  assert.equal(format('vrrp_instance A {\nstate MASTER\n      authentication {\n auth_type PASS\n}\n  # note\n}\n'),
    'vrrp_instance A {\n    state MASTER\n    authentication {\n        auth_type PASS\n    }\n    # note\n}\n');
});

test('tabs when asked', () => assert.equal(format('a {\nb 1\n}\n', false), 'a {\n\tb 1\n}\n'));

test('already formatted text gives no edits', () => {
  const t = 'global_defs {\n    router_id A\n}\n';
  assert.deepEqual(newService().format(doc('file:///k/keepalived.conf', t, 'keepalived'), { tabSize: 4, insertSpaces: true }), []);
});

test('multi-line definitions are left alone', () => {
  const t = '$X=a \\\n      b\nglobal_defs {\nrouter_id A\n}\n';
  assert.equal(format(t), '$X=a \\\n      b\nglobal_defs {\n    router_id A\n}\n');
});

test('formatting never changes the words or the tree', () => {
  const samples = ['vrrp_instance A {\n state MASTER\n virtual_ipaddress { 1.1.1.1 }\n}\n', 'a {\n b {\n c\n}\n}\n', 'x {\n { y\n }\n}\n'];
  for (const s of samples) {
    const words = (t: string) => parseKeepalived(t).stream.map((i) => (i.kind === 'stmt' ? i.words.map((w) => w.text).join(' ') : i.kind));
    assert.deepEqual(words(format(s)), words(s));
  }
});

test('corpus files: formatting keeps every token and is stable', () => {
  const { existsSync, readdirSync, readFileSync } = require('node:fs') as typeof import('node:fs');
  const dir = '/tmp/haconf-corpus/valid/keepalived';
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const tokens = (t: string) => parseKeepalived(t).stream.map((i) => (i.kind === 'stmt' ? i.words.map((w) => w.text).join(' ') : i.kind));
  for (const f of files) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const once = format(text);
    assert.deepEqual(tokens(once), tokens(text), f);
    assert.equal(format(once), once, `${f}: formatting twice changes it again`);
  }
});

test('only spaces and tabs count as indentation (a BOM inside the file is a character)', () => {
  assert.equal(format('\n\uFEFF{'), '\n\uFEFF{');
  assert.equal(format('a {\n\u00a0b\n}\n'), 'a {\n    \u00a0b\n}\n');
});

test('a U+FEFF after indentation on the first line stays a character', () => {
  assert.equal(format(' \uFEFF99516'), ' \uFEFF99516');
});

test('unbalanced braces: no edits (the indentation shows where a } is missing)', () => {
  for (const t of ['a {\nb {\nc\n}\n', 'a {\n}\n}\n']) {
    assert.deepEqual(newService().format(doc('file:///k/keepalived.conf', t, 'keepalived'), { tabSize: 4, insertSpaces: true }), []);
  }
});

test('@name lines with braces keep their indentation', () => {
  assert.equal(format('@a x {\n@^a x {\ny 1\n  @a }\n}\n'), '@a x {\n@^a x {\n    y 1\n  @a }\n}\n');
});
