import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, doc, newService } from '../helpers';

function labels(marked: string, settings?: unknown): string[] {
  const { text, position } = caret(marked);
  const svc = newService(settings, { keepalived: '2.2.7' });
  return svc.completion(doc('file:///k/keepalived.conf', text, 'keepalived'), position).map((i) => i.label);
}

test('top level offers the root blocks', () => {
  const l = labels('|\n');
  for (const k of ['global_defs', 'vrrp_instance', 'vrrp_script', 'virtual_server', 'include']) assert.ok(l.includes(k), k);
  assert.ok(!l.includes('priority'));
});

test('inside vrrp_instance: its keywords and child blocks only', () => {
  const l = labels('vrrp_instance A {\n    pri|\n}\n');
  for (const k of ['priority', 'virtual_router_id', 'authentication', 'track_script', 'virtual_ipaddress']) assert.ok(l.includes(k), k);
  assert.ok(!l.includes('router_id'));
  assert.ok(!l.includes('lb_kind'));
});

test('nested: authentication offers auth_type and auth_pass', () => {
  assert.deepEqual(labels('vrrp_instance A {\n  authentication {\n    |\n  }\n}\n').sort(), ['auth_pass', 'auth_type', 'include']);
});

test('real_server offers the checkers', () => {
  const l = labels('virtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    |\n  }\n}\n');
  for (const k of ['HTTP_GET', 'TCP_CHECK', 'MISC_CHECK', 'weight']) assert.ok(l.includes(k), k);
});

const enums: Array<[string, string[]]> = [
  ['vrrp_instance A {\n  state |\n}\n', ['MASTER', 'BACKUP']],
  ['vrrp_instance A {\n  authentication {\n    auth_type |\n  }\n}\n', ['PASS', 'AH']],
  ['virtual_server 1.1.1.1 80 {\n  lb_kind |\n}\n', ['NAT', 'DR', 'TUN']],
  ['virtual_server 1.1.1.1 80 {\n  protocol |\n}\n', ['TCP', 'UDP', 'SCTP']],
];
for (const [text, want] of enums) {
  test(`enum values: ${want.join('/')}`, () => assert.deepEqual(labels(text), want));
}

test('lvs_sched lists the IPVS schedulers', () => {
  assert.ok(labels('virtual_server 1.1.1.1 80 {\n  lvs_sched |\n}\n').includes('wrr'));
});

test('track_script offers the defined vrrp_script names', () => {
  assert.deepEqual(labels('vrrp_script chk_a {\n}\nvrrp_script chk_b {\n}\nvrrp_instance A {\n  track_script {\n    |\n  }\n}\n'), ['chk_a', 'chk_b']);
});

test('a sync group offers the instance names', () => {
  assert.deepEqual(labels('vrrp_instance A {\n}\nvrrp_instance B {\n}\nvrrp_sync_group G {\n  group {\n    |\n  }\n}\n'), ['A', 'B']);
});

test('keywords of newer releases follow the version setting', () => {
  assert.ok(!labels('vrrp_instance A {\n  |\n}\n').includes('no_virtual_ipaddress'));
  assert.ok(labels('vrrp_instance A {\n  |\n}\n', { keepalived: { version: '2.4.3' } }).includes('no_virtual_ipaddress'));
});

test('block completions insert a snippet with braces', () => {
  const { text, position } = caret('|');
  const item = newService().completion(doc('file:///k/keepalived.conf', text, 'keepalived'), position).find((i) => i.label === 'vrrp_instance');
  assert.match(String(item?.insertText), /^vrrp_instance \$\{1:NAME\} \{\n/);
});

test('address options after a virtual address, scope values after scope', () => {
  const l = labels('vrrp_instance A {\n  virtual_ipaddress {\n    10.0.0.1/24 |\n  }\n}\n');
  for (const k of ['dev', 'label', 'brd', 'scope']) assert.ok(l.includes(k), k);
  assert.deepEqual(labels('vrrp_instance A {\n  virtual_ipaddress {\n    10.0.0.1/24 scope |\n  }\n}\n').sort(), ['global', 'host', 'link', 'nowhere', 'site']);
  assert.deepEqual(labels('vrrp_instance A {\n  virtual_ipaddress {\n    10.0.0.1/24 dev |\n  }\n}\n'), []);
});
