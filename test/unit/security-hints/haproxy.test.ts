import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';
import { isNetworkAddress } from '../../../server/src/service/validation/haproxy/securityHints';

const CODE = 'haproxy-stats-admin-exposed';
const hits = (text: string) =>
  newService({ haproxy: { version: '2.6' } }).diagnostics(doc('file:///t/haproxy.cfg', text))
    .filter((d) => d.code === CODE).map((d) => `${d.range.start.line}:${d.severity}`);

const D = 'defaults\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\n';
const L = `${D}listen stats\n  bind :8404\n  stats enable\n  stats uri /\n`;

const FIRES: Array<[string, string, string[]]> = [
  ['admin socket on a TCP port', 'global\n  stats socket ipv4@0.0.0.0:9999 level admin\n', ['1:2']],
  ['admin socket on host:port', 'global\n  stats socket 10.0.0.5:9999 mode 600 level admin\n', ['1:2']],
  ['admin socket on ipv6', 'global\n  stats socket ipv6@[::]:9999 level admin\n', ['1:2']],
  ['stats admin without auth', `${L}  stats admin if TRUE\n`, ['9:2']],
  ['stats admin on an ACL that does not test the source', `${L}  acl p path_beg /x\n  stats admin if p\n`, ['10:2']],
];
const SILENT: Array<[string, string]> = [
  ['admin on a unix socket', 'global\n  stats socket /run/haproxy/admin.sock mode 660 level admin\n'],
  ['admin on an abstract socket', 'global\n  stats socket abns@haproxy level admin\n'],
  ['network socket at the default (operator) level', 'global\n  stats socket ipv4@127.0.0.1:9999 mode 600\n'],
  ['network socket at user level', 'global\n  stats socket :9999 level user\n'],
  ['stats admin with stats auth', `${L}  stats auth admin:secret\n  stats admin if TRUE\n`],
  ['stats admin with http-request auth', `${L}  http-request auth unless { http_auth(users) }\n  stats admin if TRUE\n`],
  ['stats admin limited to LOCALHOST', `${L}  stats admin if LOCALHOST\n`],
  ['stats admin limited by an inline src test', `${L}  stats admin if { src 10.0.0.0/8 }\n`],
  ['stats admin limited by a src ACL', `${L}  acl ops src 10.1.0.0/16\n  stats admin if ops\n`],
  ['stats auth inherited from defaults', `${D}  stats auth a:b\nlisten stats\n  bind :8404\n  stats enable\n  stats admin if TRUE\n`],
  ['stats page without admin', L],
];

for (const [name, text, expected] of FIRES) test(`fires: ${name}`, () => assert.deepEqual(hits(text), expected));
for (const [name, text] of SILENT) test(`silent: ${name}`, () => assert.deepEqual(hits(text), []));

test('address classification', () => {
  for (const a of ['ipv4@1.2.3.4:1', 'tcp@:9000', ':9999', '*:9999', '[::1]:9999', '1.2.3.4:${PORT}']) assert.ok(isNetworkAddress(a), a);
  for (const a of ['/run/h.sock', 'unix@/run/h.sock', 'abns@x', 'fd@3', 'sockpair@4', 'admin.sock']) assert.ok(!isNetworkAddress(a), a);
});

test('the rule is a best-practice warning', async () => {
  const { RULES } = await import('../../../server/src/service/validation/rules');
  const r = RULES.get(CODE);
  assert.equal(r?.bestPractice, true);
  assert.equal(r?.severity, 'warning');
});
