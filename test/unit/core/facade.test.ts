// The facade's own behaviour, whatever the dialects do: language choice, binary files, files that are not
// ours, and settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

test('languageOf: a known language id wins; other ids fall back to the name and content', () => {
  const s = newService();
  assert.equal(s.languageOf(doc('file:///x/notes.txt', 'global', 'haproxy')), 'haproxy');
  assert.equal(s.languageOf(doc('file:///etc/haproxy/haproxy.cfg', '', 'plaintext')), 'haproxy');
  assert.equal(s.languageOf(doc('file:///lib/systemd/system/a.service', '', 'systemd')), 'systemd-unit-file');
  assert.equal(s.languageOf(doc('file:///x/lb.conf', 'vrrp_instance VI_1 {\n}\n', 'conf')), 'keepalived');
  assert.equal(s.languageOf(doc('file:///x/notes.txt', 'hello', 'plaintext')), undefined);
});

test('files that are not ours get empty answers from every feature and are not indexed', () => {
  const s = newService();
  const input = doc('file:///x/notes.txt', '[Unit]\nfrontend x\n', 'plaintext');
  const pos = { line: 0, character: 1 };
  assert.deepEqual(s.diagnostics(input), []);
  assert.deepEqual(s.completion(input, pos), []);
  assert.equal(s.hover(input, pos), null);
  assert.deepEqual(s.symbols(input), []);
  assert.deepEqual(s.folding(input), []);
  assert.deepEqual(s.format(input, { tabSize: 2, insertSpaces: true }), []);
  assert.deepEqual(s.definition(input, pos), []);
  assert.equal(s.rename(input, pos, 'y'), null);
  assert.equal(s.workspace.size, 0);
});

for (const [uri, language] of [
  ['file:///etc/haproxy/haproxy.cfg', 'haproxy'],
  ['file:///etc/keepalived/keepalived.conf', 'keepalived'],
  ['file:///etc/systemd/system/a.service', 'systemd-unit-file'],
] as const) {
  test(`a NUL byte makes ${language} a binary file: one error at the byte, nothing else`, () => {
    const s = newService();
    const diags = s.diagnostics(doc(uri, 'line one\nab\0cd\n', language));
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'binary-content');
    assert.deepEqual(diags[0].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } });
    assert.equal(newService({ rules: { 'binary-content': 'off' } }).diagnostics(doc(uri, 'a\0', language)).length, 0);
  });
}

test('resolveCompletion passes items it cannot place through unchanged', () => {
  const s = newService();
  for (const item of [{ label: 'x' }, { label: 'y', data: { language: 'nginx' } }, { label: 'z', data: 'junk' }]) {
    assert.deepEqual(s.resolveCompletion(item), item);
  }
});

test('updateSettings merges over the defaults and ignores junk', () => {
  const s = newService();
  s.updateSettings({ haproxy: { version: ' 2.8 ' }, rules: { a: 'off', b: 'loud' }, validators: 'yes' });
  assert.equal(s.settings.haproxy.version, '2.8');
  assert.deepEqual(s.settings.rules, { a: 'off' });
  assert.equal(s.settings.validators.enable, true);
  s.updateSettings(null);
  assert.equal(s.settings.haproxy.version, 'auto');
});

test('close drops an editor copy, or keeps the disk text indexed', () => {
  const s = newService();
  const uri = 'file:///etc/haproxy/haproxy.cfg';
  s.parse(doc(uri, 'global\n', 'haproxy'));
  assert.ok(s.workspace.isOpen(uri));
  s.close(uri, 'global\n  daemon\n');
  assert.equal(s.workspace.get(uri)?.text, 'global\n  daemon\n');
  s.close(uri);
  assert.equal(s.workspace.get(uri), undefined);
});
