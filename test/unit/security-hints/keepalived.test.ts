import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';
import { applyEdits, BASE, codes, patch } from '../keepalived/util';

const CODE = 'keepalived-ha-script-user';
const hits = (text: string) => codes(text).filter((c) => c.endsWith(`:${CODE}`));
// the shared sample sets script_user; NO_USER is the same file without it
const WITH_USER = BASE;
const NO_USER = patch('    script_user keepalived_script\n', '    router_id N1\n');

test('fires on a vrrp_script without a global script_user', () => assert.deepEqual(hits(NO_USER), [`6:${CODE}`]));
test('fires on a notify script', () => {
  const text = patch('    advert_int 1\n', '    advert_int 1\n    notify_master /etc/keepalived/master.sh\n', NO_USER);
  assert.ok(hits(text).length === 1, hits(text).join());
});
test('fires on a lone notify script without a user', () => {
  const text = 'vrrp_instance V {\n    interface eth0\n    virtual_router_id 5\n    notify_master "/etc/keepalived/master.sh MASTER"\n}\n';
  assert.deepEqual(hits(text), [`4:${CODE}`]);
  assert.deepEqual(hits(text.replace('MASTER"', 'MASTER" nobody')), []);
});
test('fires on a MISC_CHECK misc_path', () => {
  const text = 'virtual_server 10.0.0.1 80 {\n    real_server 10.0.0.2 80 {\n        MISC_CHECK {\n            misc_path "/usr/bin/chk"\n        }\n    }\n}\n';
  assert.deepEqual(hits(text), [`4:${CODE}`]);
});

const SILENT: Array<[string, string]> = [
  ['script_user in global_defs', WITH_USER],
  ['no script at all', NO_USER.slice(NO_USER.indexOf('vrrp_instance')).replace('    track_script {\n        chk\n    }\n', '')],
  ['a notify script with its own user', patch('    advert_int 1\n', '    advert_int 1\n    notify_master "/etc/keepalived/master.sh MASTER" nobody\n', NO_USER).replace('    track_script {\n        chk\n    }\n', '').slice(NO_USER.indexOf('vrrp_instance'))],
  ['user in the vrrp_script block', patch('    interval 2\n', '    interval 2\n    user nobody\n', NO_USER)],
];
for (const [name, text] of SILENT) test(`silent: ${name}`, () => assert.deepEqual(hits(text), []));

test('silent when another workspace file sets script_user', () => {
  const svc = newService(undefined, { keepalived: '2.2.7' });
  svc.parse(doc('file:///k/global.conf', 'global_defs {\n    script_user keepalived_script\n}\n', 'keepalived'), false);
  const d = svc.diagnostics(doc('file:///k/keepalived.conf', NO_USER, 'keepalived'));
  assert.ok(!d.some((x) => x.code === CODE));
});

test('information severity, best practice', () => {
  const d = newService(undefined, { keepalived: '2.2.7' }).diagnostics(doc('file:///k/keepalived.conf', NO_USER, 'keepalived')).find((x) => x.code === CODE);
  assert.equal(d?.severity, 3);
});

function fixed(text: string): string {
  const svc = newService(undefined, { keepalived: '2.2.7' });
  const uri = 'file:///k/keepalived.conf';
  const d = svc.diagnostics(doc(uri, text, 'keepalived')).find((x) => x.code === CODE);
  assert.ok(d);
  const actions = svc.codeActions(doc(uri, text, 'keepalived'), d.range, [d]);
  assert.ok(actions.length);
  return applyEdits(text, actions[0].edit!.changes![uri]);
}

test('quick fix adds script_user to global_defs', () => {
  const out = fixed(NO_USER);
  assert.match(out, /^global_defs \{\n    script_user keepalived_script\n/);
  assert.deepEqual(hits(out), []);
});

test('quick fix creates global_defs when missing', () => {
  const out = fixed(NO_USER.slice(NO_USER.indexOf('vrrp_script')));
  assert.match(out, /^global_defs \{\n    script_user keepalived_script\n\}\n\nvrrp_script/);
  assert.deepEqual(hits(out), []);
});
