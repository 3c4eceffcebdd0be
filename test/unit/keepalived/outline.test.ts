import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

const TEXT = '# a\n# b\nglobal_defs {\n  router_id A\n}\nvirtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}\n';

test('outline: blocks nested as in the file', () => {
  const s = newService().symbols(doc('file:///k/keepalived.conf', TEXT, 'keepalived'));
  assert.deepEqual(s.map((x) => x.name), ['global_defs', 'virtual_server 10.0.0.1 80']);
  assert.equal(s[1].children?.[0].name, 'real_server 10.0.0.2 80');
  assert.equal(s[1].children?.[0].children?.[0].name, 'TCP_CHECK');
  assert.deepEqual(s[1].range.end, { line: 11, character: 1 });
});

test('folding: every multi-line block and comment runs', () => {
  const f = newService().folding(doc('file:///k/keepalived.conf', TEXT, 'keepalived'));
  const pairs = f.map((r) => `${r.startLine}-${r.endLine}${r.kind ? ':' + r.kind : ''}`).sort();
  assert.deepEqual(pairs, ['0-1:comment', '2-3', '5-10', '6-9', '7-8'].sort());
});
