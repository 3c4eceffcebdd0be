// Interface names of the host are offered where keepalived expects an interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/service/languageService';
import { caret } from '../helpers';

const svc = () => createLanguageService({ docsBase: 'file:///docs/rules/', hostInterfaces: ['eth0', 'lo', 'wlan0'] });
const labels = (marked: string) => {
  const { text, position } = caret(marked);
  return svc().completion({ uri: 'file:///etc/keepalived/keepalived.conf', text, version: 1 }, position).map((i) => i.label);
};
const instance = (inner: string) => `vrrp_instance VI_1 {\n    state BACKUP\n${inner}\n    virtual_router_id 51\n    priority 100\n}\n`;

test('after `interface` the host interfaces are offered', () => {
  assert.deepEqual(labels(instance('    interface |')), ['eth0', 'lo', 'wlan0']);
});

test('inside track_interface the host interfaces are offered', () => {
  assert.deepEqual(labels(instance('    track_interface {\n        |\n    }')), ['eth0', 'lo', 'wlan0']);
});

test('after `dev` in virtual_ipaddress the host interfaces are offered', () => {
  assert.deepEqual(labels(instance('    virtual_ipaddress {\n        192.0.2.10/24 dev |\n    }')), ['eth0', 'lo', 'wlan0']);
});

test('without host facts (web build, tests) nothing is invented', () => {
  const { text, position } = caret(instance('    interface |'));
  const none = createLanguageService({ docsBase: 'file:///d/' }).completion({ uri: 'file:///k/keepalived.conf', text, version: 1 }, position);
  assert.deepEqual(none, []);
});
