import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

const codes = (text: string, version = '2.6') =>
  newService({ haproxy: { version } }).diagnostics(doc('file:///t/haproxy.cfg', text)).map((d) => `${d.range.start.line}:${d.code}:${d.severity}`);

const BASE = 'defaults\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\n';

/** [name, config, expected "line:code:severity" entries that must be present] */
const CASES: Array<[string, string, string[]]> = [
  ['misspelled global keyword', 'global\n  maxconnn 10\n', ['1:haproxy-unknown-keyword:1']],
  ['proxy keyword in global', 'global\n  default_backend x\n', ['1:haproxy-unknown-keyword:1']],
  ['bind in defaults is an error', `${BASE}  bind :80\n`, ['5:haproxy-wrong-section:1']],
  ['bind in backend only warns', `${BASE}backend b\n  bind :80\n`, ['6:haproxy-wrong-section:2']],
  ['server in frontend is an error', `${BASE}frontend f\n  server s 1.1.1.1:80\n`, ['6:haproxy-wrong-section:1']],
  ['acl in anonymous defaults', 'defaults\n  acl a src 1.1.1.1\n', ['1:haproxy-wrong-section:1']],
  ['unknown option', `${BASE}backend b\n  option htpchk\n`, ['6:haproxy-unknown-keyword:1']],
  ['unknown timeout kind', `${BASE}backend b\n  timeout bogus 1s\n`, ['6:haproxy-unknown-keyword:1']],
  ['bad time unit', `${BASE}backend b\n  timeout server 10x\n`, ['6:haproxy-bad-time:1']],
  ['unitless timeout warns', `${BASE}backend b\n  timeout server 5000\n`, ['6:haproxy-unitless-timeout:2']],
  ['bad port', `${BASE}backend b\n  server s 10.0.0.1:99999\n`, ['6:haproxy-bad-address:1']],
  ['bad bind port', `${BASE}frontend f\n  bind :0\n`, ['6:haproxy-bad-address:1']],
  ['bogus balance', `${BASE}backend b\n  balance round-robin\n`, ['6:haproxy-bad-value:1']],
  ['missing backend', `${BASE}frontend f\n  bind :80\n  default_backend nope\n`, ['7:haproxy-undefined-backend:1']],
  ['undefined acl', `${BASE}frontend f\n  bind :80\n  http-request deny if nope\n`, ['7:haproxy-undefined-acl:1']],
  ['acl used before its declaration', `${BASE}frontend f\n  http-request deny if a\n  acl a src 1.1.1.1\n`, ['6:haproxy-undefined-acl:1']],
  ['unknown fetch in an acl', `${BASE}frontend f\n  acl a scr 10.0.0.0/8\n`, ['6:haproxy-unknown-fetch:1']],
  ['unknown fetch in an anonymous acl', `${BASE}frontend f\n  http-request deny if { nosuch_fetch -m found }\n`, ['6:haproxy-unknown-fetch:1']],
  ['duplicate backend', `${BASE}backend b\nbackend b\n`, ['6:haproxy-duplicate-proxy:1']],
  ['duplicate server', `${BASE}backend b\n  server s 1.1.1.1:80\n  server s 1.1.1.2:80\n`, ['7:haproxy-duplicate-server:1']],
  ['mode mismatch', `${BASE}frontend f\n  bind :80\n  default_backend t\nbackend t\n  mode tcp\n`, ['7:haproxy-mode-mismatch:1']],
  ['ssl without crt', `${BASE}frontend f\n  bind :443 ssl\n`, ['6:haproxy-ssl-without-crt:1']],
  ['http-check without httpchk', `${BASE}backend b\n  http-check expect status 200\n`, ['6:haproxy-http-check-without-httpchk:2']],
  ['missing timeouts warn', 'frontend f\n  bind :80\n', ['0:haproxy-missing-timeouts:2']],
  ['backend with servers needs timeouts', 'backend b\n  server s 1.1.1.1:80\n', ['0:haproxy-missing-timeouts:2']],
  ['unknown action', `${BASE}frontend f\n  http-request dney\n`, ['6:haproxy-unknown-action:1']],
  ['unknown server option', `${BASE}backend b\n  server s 1.1.1.1:80 chek\n`, ['6:haproxy-unknown-param:1']],
  ['removed keyword', `${BASE}backend b\n  srvtimeout 5s\n`, ['6:haproxy-removed-keyword:1']],
  ['newer section in 2.6', 'crt-store\n  load crt a.pem\n', ['0:haproxy-version:1']],
  ['httpchk servers without check', `${BASE}backend b\n  option httpchk\n  server s 1.1.1.1:80\n`, ['7:haproxy-httpchk-without-check:2']],
  ['all backup', `${BASE}backend b\n  server s 1.1.1.1:80 backup\n`, ['5:haproxy-all-servers-backup:2']],
  ['httpchk 1.1 without host', `${BASE}backend b\n  option httpchk GET / HTTP/1.1\n`, ['6:haproxy-httpchk-no-host:2']],
  ['maxconn above global', `global\n  maxconn 10\n${BASE}frontend f\n  maxconn 20\n`, ['8:haproxy-maxconn-above-global:2']],
  ['timeout check above inter', `${BASE}backend b\n  timeout check 5s\n  server s 1.1.1.1:80 check inter 1s\n`, ['6:haproxy-check-timeout-above-inter:2']],
  ['stats socket without level', 'global\n  stats socket /run/h.sock\n', ['1:haproxy-stats-socket-no-level:2']],
  ['unused backend', `${BASE}backend lonely\n`, ['5:haproxy-unused-backend:3']],
  ['duplicate bind', `${BASE}frontend f\n  bind :80\n  bind :80\n`, ['7:haproxy-duplicate-bind:2']],
  ['bad timeout kind in resolvers', 'resolvers dns\n  timeout resolv 1s\n', ['1:haproxy-unknown-keyword:1']],
  ['bad option in a 2.6 log-forward', 'log-forward lf\n  option x\n', ['1:haproxy-version:1']],
  ['unmatched quote', 'global\n  log "x\n', ['1:haproxy-syntax:1']],
];

for (const [name, text, expected] of CASES) {
  test(`diagnostic: ${name}`, () => {
    const got = codes(text);
    for (const e of expected) assert.ok(got.includes(e), `expected ${e} in ${JSON.stringify(got)}`);
  });
}

const CLEAN: Array<[string, string]> = [
  ['a complete small config', `global\n  maxconn 100\n  log /dev/log local0\n  stats socket /run/h.sock mode 660 level admin\n${BASE}frontend f\n  bind :80\n  bind :443 ssl crt /e/c.pem alpn h2,http/1.1\n  acl api path_beg /api\n  use_backend b if api\n  default_backend b\nbackend b\n  balance roundrobin\n  option httpchk\n  http-check send meth GET uri /health ver HTTP/1.1 hdr host x\n  server s1 10.0.0.1:80 check inter 2s\n  server s2 10.0.0.2:80 check backup\n`],
  ['named defaults with acl and from', `defaults base\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\n  acl local src 127.0.0.1\nfrontend f from base\n  bind :80\n  http-request deny if !local\n  default_backend b\nbackend b from base\n  server s 1.1.1.1:80\n`],
  ['version-guarded block', `.if version_atleast(3.0)\ncrt-store\n  load crt a.pem\n.endif\n`],
  ['backend without servers needs no timeouts', 'backend b\n  mode http\n'],
  ['tcp backend with tunnel timeout', 'backend b\n  timeout connect 1s\n  timeout tunnel 1h\n  server s 1.1.1.1:80\n'],
  ['other sections', 'resolvers dns\n  nameserver ns 127.0.0.1:53\n  timeout resolve 1s\nmailers m\n  mailer x 127.0.0.1:25\n  timeout mail 5s\nring r\n  backing-file /tmp/x\n  timeout connect 1s\nuserlist u\n  user a insecure-password b\n'],
  ['predefined acl and anonymous acl', `${BASE}frontend f\n  bind :80\n  http-request deny if METH_POST { path /x } || !TRUE\n  default_backend b\nbackend b\n`],
];

for (const [name, text] of CLEAN) {
  test(`no errors or warnings: ${name}`, () => {
    const got = codes(text).filter((c) => !c.endsWith(':3') && !c.endsWith(':4'));
    assert.deepEqual(got, []);
  });
}

test('did-you-mean data rides on unknown keywords', () => {
  const d = newService({ haproxy: { version: '2.6' } }).diagnostics(doc('file:///t/haproxy.cfg', 'global\n  maxconnn 10\n'))[0];
  assert.match(d.message, /maxconn/);
  assert.deepEqual((d.data as { replacements: string[] }).replacements[0], 'maxconn');
});

test('a backend defined in another workspace file is not undefined', () => {
  const svc = newService({ haproxy: { version: '2.6' } });
  svc.parse(doc('file:///t/conf.d/20-backends.cfg', 'backend app\n  server s 1.1.1.1:80\n', 'haproxy'), false);
  const got = svc.diagnostics(doc('file:///t/conf.d/10-fe.cfg', `${BASE}frontend f\n  bind :80\n  default_backend app\n`, 'haproxy'));
  assert.ok(!got.some((d) => d.code === 'haproxy-undefined-backend'));
});

test('rule overrides turn a rule off', () => {
  const svc = newService({ haproxy: { version: '2.6' }, rules: { 'haproxy-unitless-timeout': 'off' } });
  const got = svc.diagnostics(doc('file:///t/haproxy.cfg', `${BASE}backend b\n  timeout server 5000\n`));
  assert.ok(!got.some((d) => d.code === 'haproxy-unitless-timeout'));
});

test('checked servers need a port (like haproxy)', () => {
  const text = `${BASE}backend b\n  server a 127.0.0.1 check\n  server b 127.0.0.1:0 check\n  server c 127.0.0.1 check port 80\n  server d 127.0.0.1\n  default-server check\n  server e 127.0.0.1\nbackend t\n  option tcp-check\n  tcp-check connect port 80\n  server f 127.0.0.1 check\n`;
  const lines = codes(text).filter((c) => c.includes('check-without-port')).map((c) => Number(c.split(':')[0]));
  assert.deepEqual(lines, [6, 7, 11]);
});

test('an ACL whose only declaration has an unknown fetch does not exist for later rules', () => {
  const bad = codes(`${BASE}frontend f\n  acl a scr 1.1.1.1\n  http-request deny if a\n`);
  assert.ok(bad.includes('6:haproxy-unknown-fetch:1') && bad.includes('7:haproxy-undefined-acl:1'));
  const stillDeclared = codes(`${BASE}frontend f\n  acl a scr 1.1.1.1\n  acl a src 2.2.2.2\n  http-request deny if a\n`);
  assert.ok(!stillDeclared.some((c) => c.startsWith('8:')));
});

test('an unknown bind/server option ends the check of its line, as haproxy stops there (no finding on its value)', () => {
  const unknown = (text: string) => codes(text).filter((c) => c.includes('haproxy-unknown-param'));
  assert.deepEqual(unknown(`${BASE}frontend f\n  bind :80 ocsp-update on\n`), ['6:haproxy-unknown-param:1']);
  assert.deepEqual(unknown(`${BASE}backend b\n  server s 10.0.0.1:80 frob 1 blah 2\n`), ['6:haproxy-unknown-param:1']);
});

test('a req./res. prefix on an ACL shorthand suggests the shorthand first (req.cook_beg -> cook_beg)', () => {
  const d = newService({ haproxy: { version: '2.6' } })
    .diagnostics(doc('file:///t/haproxy.cfg', `${BASE}frontend f\n  acl a req.cook_beg(sid) x\n`))
    .find((x) => x.code === 'haproxy-unknown-fetch');
  assert.deepEqual((d?.data as { replacements: string[] }).replacements[0], 'cook_beg');
});

test('a server named "if" is no condition: its address and options are not ACL names (haproxy -c accepts it)', () => {
  const text = `${BASE}backend b\n  server if 10.0.0.1:80 check\nfrontend f\n  bind :80\n  default_backend b\n`;
  assert.deepEqual(codes(text).filter((c) => c.includes('undefined-acl')), []);
});

test('a converter after an ACL shorthand warns that its implied match is dropped, with the explicit form', () => {
  const all = (line: string) => newService({ haproxy: { version: '2.6' } })
    .diagnostics(doc('file:///t/haproxy.cfg', `${BASE}frontend f\n  bind :80\n${line}\n  http-request deny if a\n`))
    .filter((x) => x.code === 'haproxy-converter-drops-match');
  const d = all('  acl a hdr_beg(host),lower www.');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 2);
  assert.match(d[0].message, /'req\.hdr\(host\),lower -m beg'/);
  assert.deepEqual(d[0].range, { start: { line: 7, character: 8 }, end: { line: 7, character: 27 } });
  assert.equal(all('  acl a hdr_beg(host),lower -m beg www.').length, 0, 'an explicit -m is kept by haproxy');
  assert.equal(all('  acl a hdr_beg(host) -i www.').length, 0, 'no converter');
  assert.equal(all('  acl a path,lower /api').length, 0, 'path is a plain fetch (exact match anyway)');
  assert.equal(all('  acl a path_sub,lower api').length, 1);
});

test('quick fix for haproxy-converter-drops-match writes the explicit fetch,converter -m form', () => {
  const svc = newService({ haproxy: { version: '2.6' } });
  const text = `${BASE}frontend f\n  bind :80\n  acl a hdr_beg(host),lower -i www.\n  http-request deny if a\n`;
  const d = svc.diagnostics(doc('file:///t/haproxy.cfg', text)).filter((x) => x.code === 'haproxy-converter-drops-match');
  const [action] = svc.codeActions(doc('file:///t/haproxy.cfg', text), d[0].range, d);
  const edit = action.edit?.changes?.['file:///t/haproxy.cfg']?.[0];
  assert.equal(edit?.newText, 'req.hdr(host),lower -m beg');
});
