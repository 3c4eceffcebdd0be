import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, doc, newService } from '../helpers';

const MAIN = 'vrrp_script chk {\n  script "/bin/true"\n}\nvrrp_instance VI_1 {\n  track_script {\n    chk\n  }\n}\nvrrp_sync_group G {\n  group {\n    VI_1\n  }\n}\n';

function at(marked: string) {
  const { text, position } = caret(marked);
  const svc = newService();
  const input = doc('file:///k/keepalived.conf', text, 'keepalived');
  return { svc, input, position };
}

test('definition of a track_script entry is its vrrp_script', () => {
  const { svc, input, position } = at(MAIN.replace('    chk', '    c|hk'));
  assert.deepEqual(svc.definition(input, position).map((l) => l.range.start), [{ line: 0, character: 12 }]);
});

test('definition of a sync-group member is its vrrp_instance', () => {
  const { svc, input, position } = at(MAIN.replace('    VI_1', '    VI|_1'));
  assert.deepEqual(svc.definition(input, position).map((l) => l.range.start.line), [3]);
});

test('references of a vrrp_script, with and without the declaration', () => {
  const { svc, input, position } = at(MAIN.replace('vrrp_script chk', 'vrrp_script c|hk'));
  assert.deepEqual(svc.references(input, position, true).map((l) => l.range.start.line), [0, 5]);
  assert.deepEqual(svc.references(input, position, false).map((l) => l.range.start.line), [5]);
});

test('references and rename reach other keepalived files of the workspace', () => {
  const { svc, input, position } = at(MAIN.replace('vrrp_script chk', 'vrrp_script c|hk'));
  svc.parse(doc('file:///k/conf.d/b.conf', 'vrrp_instance VI_2 {\n  track_script {\n    chk weight -10\n  }\n}\n', 'keepalived'), false);
  assert.equal(svc.references(input, position, true).length, 3);
  const edit = svc.rename(input, position, 'check_web');
  assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), ['file:///k/conf.d/b.conf', 'file:///k/keepalived.conf']);
  assert.ok(edit?.changes?.['file:///k/keepalived.conf'].every((e) => e.newText === 'check_web'));
});

test('prepareRename: the name word, or null elsewhere', () => {
  const a = at(MAIN.replace('vrrp_instance VI_1', 'vrrp_instance V|I_1'));
  assert.deepEqual(a.svc.prepareRename(a.input, a.position), { start: { line: 3, character: 14 }, end: { line: 3, character: 18 } });
  const b = at(MAIN.replace('  script', '  scr|ipt'));
  assert.equal(b.svc.prepareRename(b.input, b.position), null);
});

test('rename refuses names keepalived would split', () => {
  const { svc, input, position } = at(MAIN.replace('vrrp_script chk', 'vrrp_script c|hk'));
  assert.equal(svc.rename(input, position, 'two words'), null);
});

test('lvs_sync_daemon names a vrrp_instance', () => {
  const { svc, input, position } = at('global_defs {\n  lvs_sync_daemon eth0 V|I_1\n}\n' + MAIN);
  assert.deepEqual(svc.definition(input, position).map((l) => l.range.start.line), [6]);
});
