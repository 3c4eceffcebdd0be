import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, codes, diags, patch } from './util';

test('the base sample is clean', () => {
  assert.deepEqual(codes(BASE), []);
});

const faults: Array<[string, string, string, string[]]> = [
  ['misspelled keyword', 'advert_int 1', 'advertt_int 1', ['17:keepalived-unknown-keyword']],
  ['priority 300', 'priority 150', 'priority 300', ['16:keepalived-out-of-range']],
  ['priority 0', 'priority 150', 'priority 0', ['16:keepalived-out-of-range']],
  ['priority not a number', 'priority 150', 'priority high', ['16:keepalived-invalid-number']],
  ['vrid 0', 'virtual_router_id 51', 'virtual_router_id 0', ['15:keepalived-out-of-range']],
  ['vrid 256', 'virtual_router_id 51', 'virtual_router_id 256', ['15:keepalived-out-of-range']],
  ['state PRIMARY', 'state BACKUP', 'state PRIMARY', ['13:keepalived-invalid-value']],
  ['state in lower case', 'state BACKUP', 'state backup', ['13:keepalived-invalid-value']],
  ['unknown auth_type', 'auth_type AH', 'auth_type FOO', ['19:keepalived-invalid-value']],
  ['auth_pass longer than 8', 'auth_pass secret', 'auth_pass secret123', ['20:keepalived-auth-pass-length']],
  ['undefined track_script', '        chk\n', '        nochk\n', ['23:keepalived-undefined-script']],
  ['script weight 300', 'weight -60', 'weight 300', ['10:keepalived-out-of-range']],
  ['track_script weight override 300', '        chk\n', '        chk weight 300\n', ['23:keepalived-out-of-range']],
  ['bad VIP', '192.168.1.10/24', '192.168.300.10/24', ['26:keepalived-bad-address']],
  ['bad prefix', '192.168.1.10/24', '192.168.1.10/33', ['26:keepalived-bad-address']],
  ['keyword in the wrong block', 'advert_int 1', 'advert_int 1\n    router_id X', ['18:keepalived-wrong-block']],
  ['missing vrid', '    virtual_router_id 51\n', '', ['12:keepalived-missing-vrid']],
  ['missing interface', '    interface eth0\n', '', ['12:keepalived-missing-interface']],
  ['nopreempt with MASTER (and AH, which clears MASTER too)', 'state BACKUP', 'state MASTER\n    nopreempt', ['14:keepalived-nopreempt-master', '13:keepalived-ignored-setting']],
];
for (const [name, from, to, want] of faults) {
  test(`fault: ${name}`, () => {
    const got = codes(patch(from, to)).filter((c) => !c.includes('-ha-'));
    assert.deepEqual(got, want);
  });
}

// keepalived keeps reading after these in a way that flags many later lines; haconf says what it says
const cascades: Array<[string, string, string, string[]]> = [
  ['a block keyword without braces', '    authentication {\n        auth_type AH\n        auth_pass secret\n    }\n', '    authentication\n',
    ['18:keepalived-missing-brace', '19:keepalived-wrong-block', '19:keepalived-unexpected-brace', '20:keepalived-unknown-keyword']],
  ['a { after a plain keyword', 'advert_int 1', 'advert_int 1 {\n    }',
    ['17:keepalived-unexpected-brace', '19:keepalived-wrong-block', '19:keepalived-unexpected-brace', '20:keepalived-wrong-block', '21:keepalived-wrong-block',
      '22:keepalived-unbalanced-brace', '24:keepalived-unknown-keyword', '25:keepalived-unbalanced-brace', '27:keepalived-unknown-keyword',
      '28:keepalived-unbalanced-brace', '29:keepalived-unbalanced-brace']],
];
for (const [name, from, to, want] of cascades) {
  test(`cascade like keepalived: ${name}`, () => {
    const got = codes(patch(from, to)).filter((c) => !c.includes('-ha-') && !c.includes('missing-vip'));
    for (const w of want) assert.ok(got.includes(w), `${w} missing from ${got.join(' ')}`);
  });
}

test('did-you-mean goes into the message and the data', () => {
  const d = diags(patch('advert_int 1', 'advert_intt 1')).find((x) => x.code === 'keepalived-unknown-keyword');
  assert.match(d!.message, /Did you mean 'advert_int'\?/);
  assert.deepEqual((d!.data as { replacements: string[] }).replacements[0], 'advert_int');
});

test('missing virtual_ipaddress is a warning, an error with version 3', () => {
  const text = patch('    virtual_ipaddress {\n        192.168.1.10/24 dev eth0 label eth0:1\n    }\n', '');
  assert.equal(diags(text).find((d) => d.code === 'keepalived-missing-vip')?.severity, 2);
  assert.equal(diags(patch('advert_int 1', 'advert_int 1\n    version 3', text)).find((d) => d.code === 'keepalived-missing-vip')?.severity, 1);
});

test('duplicate VRID on one interface', () => {
  const two = BASE + BASE.slice(BASE.indexOf('vrrp_instance')).replace('VI_1', 'VI_2');
  assert.ok(codes(two).includes('32:keepalived-duplicate-vrid'), codes(two).join());
});

test('same VRID on another interface is fine', () => {
  const two = BASE + BASE.slice(BASE.indexOf('vrrp_instance')).replace('VI_1', 'VI_2').replace('interface eth0', 'interface eth1');
  assert.ok(!codes(two).some((c) => c.endsWith('duplicate-vrid')));
});

test('scripts without enable_script_security: a warning', () => {
  const d = diags(patch('    enable_script_security\n', '')).find((x) => x.code === 'keepalived-script-security');
  assert.equal(d?.severity, 2);
});

test('a missing } mid-file: brace error on the open block, and what keepalived says about the rest', () => {
  const text = 'vrrp_instance A {\n    interface eth0\n    virtual_router_id 1\n    virtual_ipaddress {\n        10.0.0.1\n    }\nvrrp_instance B {\n    interface eth0\n}\n';
  const got = codes(text);
  assert.ok(got.includes('1:keepalived-unbalanced-brace'), got.join());
  assert.ok(got.includes('7:keepalived-wrong-block'), got.join());
  assert.match(diags(text).find((d) => d.code === 'keepalived-wrong-block')!.message, /'}' is probably missing/);
});

test('an extra } is an error on its line', () => {
  assert.ok(codes(BASE + '}\n').includes('29:keepalived-unbalanced-brace'));
});

test('keywords newer than the checked release', () => {
  const text = patch('advert_int 1', 'advert_int 1\n    no_virtual_ipaddress');
  assert.ok(codes(text).includes('18:keepalived-keyword-version'));
  assert.ok(!codes(text, { keepalived: { version: '2.4.3' } }).some((c) => c.endsWith('keyword-version')));
});

test('a sync group naming an unknown instance', () => {
  assert.ok(codes(BASE + 'vrrp_sync_group G {\n    group {\n        VI_1\n        VI_9\n    }\n}\n').includes('32:keepalived-undefined-reference'));
});

test('a valid value built from $NAME gives no finding', () => {
  assert.deepEqual(codes(patch('priority 150', 'priority $PRIO', '$PRIO=150\n' + BASE)).filter((c) => !c.includes('-ha-')), []);
});

test('include works at any depth', () => {
  assert.deepEqual(codes(patch('advert_int 1', 'advert_int 1\n    include /etc/keepalived/extra.conf')), []);
});

test('vrrp_script defined in another workspace file satisfies track_script', async () => {
  const { newService, doc } = await import('../helpers');
  const svc = newService(undefined, { keepalived: '2.2.7' });
  svc.parse(doc('file:///etc/keepalived/scripts.conf', 'vrrp_script other {\n    script "/bin/x"\n}\n', 'keepalived'), false);
  const d = svc.diagnostics(doc('file:///etc/keepalived/keepalived.conf', patch('        chk\n', '        other\n'), 'keepalived'));
  assert.ok(!d.some((x) => x.code === 'keepalived-undefined-script'));
});

test('rules can be switched off', () => {
  assert.deepEqual(codes(patch('priority 150', 'priority 300'), { rules: { 'keepalived-out-of-range': 'off' } }).filter((c) => !c.includes('-ha-')), []);
});

test('the same script tracked twice in one instance', () => {
  assert.ok(codes(patch('        chk\n', '        chk\n        chk weight -5\n')).includes('24:keepalived-duplicate-track'));
  assert.ok(!codes(BASE).some((c) => c.endsWith('duplicate-track')));
});

test('a file included from inside a vrrp_instance is read as part of it', async () => {
  const { newService, doc } = await import('../helpers');
  const svc = newService(undefined, { keepalived: '2.2.7' });
  const fragment = 'priority 100\nadvert_int 1\nvirtual_ipaddress {\n    10.0.0.1\n}\n';
  assert.ok(svc.diagnostics(doc('file:///etc/keepalived/common/vi1.conf', fragment, 'keepalived')).some((d) => d.code === 'keepalived-wrong-block'));
  svc.parse(doc('file:///etc/keepalived/keepalived.conf', 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 5\n    include common/*.conf\n}\n', 'keepalived'), false);
  assert.deepEqual(svc.diagnostics(doc('file:///etc/keepalived/common/vi1.conf', fragment, 'keepalived')).map((d) => d.code), []);
});

const ignored: Array<[string, string, string, number]> = [
  ['fractional advert_int with VRRPv2', 'advert_int 1', 'advert_int 1.5', 17],
  ['preempt_delay with nopreempt', 'advert_int 1', 'advert_int 1\n    nopreempt\n    preempt_delay 10', 19],
  ['tracking the own interface', '    track_script {', '    track_interface {\n        eth0\n    }\n    track_script {', 23],
  ['state MASTER with AH', 'state BACKUP', 'state MASTER', 13],
];
for (const [name, from, to, line] of ignored) {
  test(`ignored setting: ${name}`, () => {
    const d = diags(patch(from, to)).filter((x) => x.code === 'keepalived-ignored-setting');
    assert.deepEqual(d.map((x) => [x.range.start.line + 1, x.severity]), [[line, 2]]);
  });
}

test('ignored setting: fractional advert_int is fine with version 3', () => {
  const got = codes(patch('advert_int 1', 'advert_int 1.5\n    version 3'));
  assert.ok(!got.includes('17:keepalived-ignored-setting'), got.join());
  // and keepalived drops authentication with VRRPv3
  assert.ok(got.includes('19:keepalived-ignored-setting'), got.join());
});

test('routes and rules: deprecated words, untrackable routes, bad rule addresses', () => {
  const text = patch('    virtual_ipaddress {', '    virtual_routes {\n        0.0.0.0/0 gw 10.0.0.1\n    }\n    virtual_rules {\n        to 10.1.2./24 table 2\n        from 10.0.0.0/8 table 3 preference 100\n    }\n    virtual_ipaddress {');
  assert.deepEqual(codes(text).filter((c) => !c.includes('-ha-')), ['26:keepalived-deprecated', '26:keepalived-ignored-setting', '29:keepalived-bad-address']);
});

test('keywords keepalived reports as deprecated', () => {
  assert.ok(codes(patch('advert_int 1', 'advert_int 1\n    lvs_sync_daemon_interface eth0')).includes('18:keepalived-deprecated'));
  const d = diags('virtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    HTTP_GET {\n      nb_get_retry 3\n    }\n  }\n}\n').find((x) => x.code === 'keepalived-deprecated');
  assert.deepEqual((d?.data as { replacements: string[] }).replacements, ['retry']);
});

test('a vrrp_script without script', () => {
  assert.ok(codes(patch('    script "/usr/local/bin/chk.sh"\n', '')).includes('5:keepalived-empty-script'));
  assert.ok(!codes(patch('    script "/usr/local/bin/chk.sh"\n', '@h1 script "/usr/local/bin/chk.sh"\n')).some((c) => c.endsWith('empty-script')));
});

test('names keepalived does not check are not reported (lvs_sync_daemon instance, virtual_server group)', () => {
  const text = 'global_defs {\n  lvs_sync_daemon eth0 VI_X\n}\nvirtual_server group NOPE {\n  lvs_sched rr\n}\n';
  assert.ok(!codes(text).some((c) => c.includes('undefined')));
});

test('an IPv6 real server under an IPv4 virtual_server is skipped', () => {
  assert.deepEqual(codes('virtual_server 10.0.0.1 80 {\n  real_server fe80::2 80 {\n  }\n}\n'), ['2:keepalived-bad-address']);
});

test('weighted tracking in a sync group is dropped by keepalived', () => {
  const text = BASE + 'vrrp_sync_group G {\n    group {\n        VI_1\n    }\n}\n';
  const d = diags(text).filter((x) => x.code === 'keepalived-ignored-setting' && /drops the weighted track_script/.test(x.message));
  assert.deepEqual(d.map((x) => x.range.start.line + 1), [23]);
  assert.ok(!diags(text.replace('    group {', '    sync_group_tracking_weight\n    group {')).some((x) => /drops the weighted/.test(x.message)));
  assert.ok(!diags(patch('weight -60', 'weight 0', text)).some((x) => /drops the weighted/.test(x.message)));
});

test('conditional block headers for two hosts do not nest', () => {
  const text = '@main vrrp_instance VI_1 {\n@^main vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 10\n@main    priority 150\n@^main   priority 100\n    virtual_ipaddress {\n        10.0.0.50/24 dev eth0\n    }\n}\n';
  assert.deepEqual(codes(text), []);
});

test('a unicast keyword without unicast peers', () => {
  assert.ok(codes(patch('advert_int 1', 'advert_int 1\n    unicast_src_ip 10.0.0.1')).includes('18:keepalived-deprecated'));
  assert.ok(!codes(patch('advert_int 1', 'advert_int 1\n    unicast_src_ip 10.0.0.1\n    unicast_peer {\n        10.0.0.2\n    }')).some((c) => c.endsWith('deprecated')));
});

test('a file whose in-block include glob matches itself is still read from the top', async () => {
  const { newService, doc } = await import('../helpers');
  const svc = newService(undefined, { keepalived: '2.2.7' });
  const text = patch('advert_int 1', 'advert_int 1\n    include /etc/keepalived/*.conf');
  assert.deepEqual(svc.diagnostics(doc('file:///etc/keepalived/keepalived.conf', text, 'keepalived')).map((d) => d.code), []);
});

test('an undefined track_script is only a warning when an include haconf has not read may define it', () => {
  const text = 'include /etc/keepalived/scripts/*.conf\n' + patch('        chk\n', '        elsewhere\n');
  const d = diags(text).find((x) => x.code === 'keepalived-undefined-script');
  assert.equal(d?.severity, 2);
  assert.match(d?.message ?? '', /has not read/);
});
