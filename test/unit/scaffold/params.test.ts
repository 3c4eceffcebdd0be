// Each parameter's parser: accepted inputs become typed values, refused ones say why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARAMS, PARAM_KEYS, AnswerKey } from '../../../server/src/service/features/scaffold/index';

const ok: Array<[AnswerKey, unknown, unknown]> = [
  ['vip', '10.0.0.50/24', '10.0.0.50/24'],
  ['vip', ' 172.16.5.9/16 ', '172.16.5.9/16'],
  ['vip', '192.168.1.100/32', '192.168.1.100/32'],
  ['interface', 'ens18', 'ens18'],
  ['interface', 'bond0.100', 'bond0.100'],
  ['lbNodes', 'a=10.0.0.1,b=10.0.0.2', [{ name: 'a', address: '10.0.0.1' }, { name: 'b', address: '10.0.0.2' }]],
  ['lbNodes', ['10.0.0.1', '10.0.0.2'], [{ name: 'lb1', address: '10.0.0.1' }, { name: 'lb2', address: '10.0.0.2' }]],
  ['lbNodes', [{ name: 'x', address: '10.0.0.1' }, { name: 'y', address: '10.0.0.2' }], [{ name: 'x', address: '10.0.0.1' }, { name: 'y', address: '10.0.0.2' }]],
  ['webNodes', '10.0.0.5', [{ name: 'web1', address: '10.0.0.5' }]],
  ['webNodes', 'app-1=10.0.0.5 app-2=10.0.0.6', [{ name: 'app-1', address: '10.0.0.5' }, { name: 'app-2', address: '10.0.0.6' }]],
  ['appPort', '8080', 8080],
  ['appPort', 443, 443],
  ['healthPath', '/healthz', '/healthz'],
  ['healthPath', '/api/v1/status?full=1&x=y', '/api/v1/status?full=1&x=y'],
  ['vrid', '1', 1],
  ['vrid', 255, 255],
  ['db', 'PostgreSQL', 'postgresql'],
  ['db', 'none', 'none'],
  ['dbNodes', 'p=10.0.0.9,r=10.0.0.10', [{ name: 'p', address: '10.0.0.9' }, { name: 'r', address: '10.0.0.10' }]],
  ['webhook', '', ''],
  ['webhook', 'https://hooks.example.com/x?y=%20', 'https://hooks.example.com/x?y=%20'],
  ['pacemaker', 'yes', true],
  ['pacemaker', false, false],
  ['systemdVersion', '247', 247],
  ['haproxyVersion', '3.2', '3.2'],
  ['haproxyVersion', '2.6.12', '2.6.12'],
  ['keepalivedVersion', '2.3.1', '2.3.1'],
  ['authPass', 'Ab3dE5gH', 'Ab3dE5gH'],
];

for (const [key, raw, expected] of ok) {
  test(`${key} accepts ${JSON.stringify(raw)}`, () => {
    assert.deepEqual(PARAMS[key].parse(raw), { value: expected });
  });
}

const bad: Array<[AnswerKey, unknown, RegExp]> = [
  ['vip', '10.0.0.50', /prefix length/],
  ['vip', '10.0.0.256/24', /not a valid IPv4/],
  ['vip', '10.0.0.5/33', /out of range/],
  ['vip', '127.0.0.5/8', /loopback/],
  ['vip', '224.0.0.18/24', /multicast/],
  ['vip', '010.0.0.5/24', /not a valid IPv4/],
  ['interface', 'eth0; rm -rf /', /not a valid interface/],
  ['interface', 'averyveryverylongname', /not a valid interface/],
  ['lbNodes', 'a=10.0.0.1', /exactly 2/],
  ['lbNodes', 'a=10.0.0.1,a=10.0.0.2', /used twice/],
  ['lbNodes', 'a=10.0.0.1,b=10.0.0.1', /used twice/],
  ['lbNodes', 'a.b=10.0.0.1,c=10.0.0.2', /node name/],
  ['webNodes', '', /1 to 64/],
  ['webNodes', 'w=10.0.0.999', /not a valid IPv4/],
  ['webNodes', 'bad_name=10.0.0.1', /node name/],
  ['appPort', '0', /out of range/],
  ['appPort', '65536', /out of range/],
  ['appPort', '80a', /whole number/],
  ['healthPath', 'health', /must start with \//],
  ['healthPath', '/he alth', /must start with \//],
  ['healthPath', "/h'x", /must start with \//],
  ['healthPath', '/a$b', /must start with \//],
  ['vrid', '0', /out of range/],
  ['vrid', '256', /out of range/],
  ['db', 'oracle', /one of none, mysql, postgresql/],
  ['dbNodes', 'p=10.0.0.9', /2 to 16/],
  ['webhook', 'ftp://x', /http/],
  ['webhook', "https://x/'; rm -rf /", /without spaces or quotes/],
  ['pacemaker', 'maybe', /yes or no/],
  ['systemdVersion', '219', /out of range/],
  ['haproxyVersion', '1.8', /not supported/],
  ['haproxyVersion', 'latest', /not of the form/],
  ['keepalivedVersion', '1.3.5', /not supported/],
  ['authPass', 'toolongpass', /1 to 8/],
  ['authPass', 'pa ss', /1 to 8/],
];

for (const [key, raw, message] of bad) {
  test(`${key} refuses ${JSON.stringify(raw)}`, () => {
    const r = PARAMS[key].parse(raw);
    assert.ok('error' in r, `expected an error, got ${JSON.stringify(r)}`);
    assert.match(r.error, message);
  });
}

test('every parameter has a title, help and a default its own parser accepts', () => {
  for (const key of PARAM_KEYS) {
    const p = PARAMS[key];
    assert.ok(p.title && p.help.length > 20, key);
    if (key === 'authPass') continue;
    const r = p.parse(p.defaultText);
    assert.ok('value' in r, `${key} default "${p.defaultText}" is refused`);
  }
});

test('format gives back text the parser accepts (round trip)', () => {
  for (const key of PARAM_KEYS) {
    const p = PARAMS[key];
    const r = p.parse(key === 'authPass' ? 'abc123' : p.defaultText);
    assert.ok('value' in r);
    const again = p.parse((p.format as (v: unknown) => string)(r.value));
    assert.deepEqual(again, r, key);
  }
});
