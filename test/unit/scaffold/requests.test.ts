// The custom LSP requests' pure handlers: defaults (from the workspace when it has HA files), value checks
// for input boxes, and generation with its errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaffold, scaffoldCheck, scaffoldDefaults } from '../../../server/src/service/features/scaffold/requests';
import { defaultsFromWorkspace } from '../../../server/src/service/features/scaffold/workspaceDefaults';
import { PARAM_KEYS } from '../../../server/src/service/features/scaffold/index';
import { counterRandom, stack } from './stackHelpers';

const KEEPALIVED = `vrrp_instance VI_1 {
    state MASTER
    # interface wrong0
    interface ens19
    virtual_router_id 88
    virtual_ipaddress {
        10.20.0.5/23 dev ens19
    }
}
`;
const HAPROXY = `frontend fe
    bind :80
    default_backend be_static
backend be_static
    server s1 10.20.0.99:80
backend be_app
    option httpchk GET /status
    server app-a 10.20.0.31:9000 check
    server app-b 10.20.0.32:9000 check
`;

test('defaults come from keepalived and HAProxy files in the workspace', () => {
  const found = defaultsFromWorkspace([
    { language: 'keepalived', text: KEEPALIVED },
    { language: 'haproxy', text: HAPROXY },
  ]);
  assert.deepEqual(found, {
    vip: '10.20.0.5/23',
    interface: 'ens19',
    vrid: '88',
    healthPath: '/status',
    webNodes: 'app-a=10.20.0.31,app-b=10.20.0.32',
    appPort: '9000',
  });
});

test('values the parameters would refuse are not offered as defaults', () => {
  const found = defaultsFromWorkspace([{ language: 'keepalived', text: 'vrrp_instance X {\n interface eth0;rm\n virtual_router_id 999\n}\n' }]);
  assert.deepEqual(found, {});
});

test('the first file that has a value wins; systemd files are ignored', () => {
  const found = defaultsFromWorkspace([
    { language: 'systemd-unit-file', text: 'interface foo\n' },
    { language: 'keepalived', text: 'vrrp_instance A {\n virtual_router_id 7\n}\n' },
    { language: 'keepalived', text: 'vrrp_instance B {\n virtual_router_id 9\n}\n' },
  ]);
  assert.deepEqual(found, { vrid: '7' });
});

test('scaffoldDefaults lists every parameter, marking workspace defaults', () => {
  const r = scaffoldDefaults([{ language: 'keepalived', text: KEEPALIVED }]);
  assert.deepEqual(r.params.map((p) => p.key), PARAM_KEYS);
  const vip = r.params.find((p) => p.key === 'vip');
  assert.equal(vip?.defaultText, '10.20.0.5/23');
  assert.equal(vip?.fromWorkspace, true);
  const port = r.params.find((p) => p.key === 'appPort');
  assert.equal(port?.defaultText, '8080');
  assert.equal(port?.fromWorkspace, false);
  assert.deepEqual(r.params.find((p) => p.key === 'db')?.choices, ['none', 'mysql', 'postgresql']);
});

const checks: Array<[string, string, RegExp | null]> = [
  ['vip', '10.0.0.1/24', null],
  ['vip', '10.0.0.300/24', /not a valid IPv4/],
  ['appPort', '70000', /out of range/],
  ['authPass', '', null],
  ['nope', 'x', /unknown key/],
];
for (const [key, value, expected] of checks) {
  test(`scaffoldCheck ${key}=${JSON.stringify(value)}`, () => {
    const r = scaffoldCheck({ key, value });
    if (expected === null) assert.equal(r, null);
    else assert.match(r ?? '', expected);
  });
}

test('scaffold returns the files, or the errors and no files', () => {
  const ok = scaffold({ answers: { vrid: 5 } }, counterRandom());
  assert.deepEqual(ok.errors, []);
  assert.ok(ok.files.some((f) => f.path === 'keepalived/master.conf' && /virtual_router_id 5\n/.test(f.content)));
  const bad = scaffold({ answers: { vrid: 500, bogus: 1 } }, counterRandom());
  assert.equal(bad.files.length, 0);
  assert.equal(bad.errors.length, 2);
  assert.deepEqual(scaffold({ answers: [] as unknown as Record<string, unknown> }, counterRandom()).errors, ['answers must be an object']);
});

test('the two load balancers come from a master and a backup keepalived file', () => {
  const conf = (id: string, state: string, src: string) => `global_defs {\n    router_id ${id}\n}\nvrrp_instance V {\n    state ${state}\n    unicast_src_ip ${src}\n}\n`;
  const found = defaultsFromWorkspace([
    { language: 'keepalived', text: conf('edge-b', 'BACKUP', '10.1.0.3') },
    { language: 'keepalived', text: conf('edge-a', 'MASTER', '10.1.0.2') },
  ]);
  assert.equal(found.lbNodes, 'edge-a=10.1.0.2,edge-b=10.1.0.3');
  assert.equal(defaultsFromWorkspace([{ language: 'keepalived', text: conf('edge-a', 'MASTER', '10.1.0.2') }]).lbNodes, undefined, 'one file names one machine only');
});

test('a generated stack in the workspace gives back its own answers as defaults', () => {
  const files = stack({ vip: '10.9.8.7/22', interface: 'ens5', vrid: 99, lbNodes: 'x1=10.9.8.1,x2=10.9.8.2', webNodes: 'w1=10.9.8.21,w2=10.9.8.22', appPort: 9090, healthPath: '/ok', db: 'postgresql', dbNodes: 'p=10.9.8.31,r1=10.9.8.32,r2=10.9.8.33' });
  const docs = [...files.values()].flatMap((f) => {
    const language = f.path.startsWith('keepalived/') && f.path.endsWith('.conf') ? 'keepalived' : f.path.startsWith('haproxy/') ? 'haproxy' : undefined;
    return language ? [{ language: language as 'keepalived' | 'haproxy', text: f.content }] : [];
  });
  assert.deepEqual(defaultsFromWorkspace(docs), {
    vip: '10.9.8.7/22', interface: 'ens5', vrid: '99', lbNodes: 'x1=10.9.8.1,x2=10.9.8.2',
    healthPath: '/ok', webNodes: 'w1=10.9.8.21,w2=10.9.8.22', appPort: '9090',
    db: 'postgresql', dbNodes: 'p=10.9.8.31,r1=10.9.8.32,r2=10.9.8.33',
  });
});
