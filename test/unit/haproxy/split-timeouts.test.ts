// Split configurations: a defaults section of another file in the same folder (or a parent) applies to the
// proxies of a file without defaults, like `haproxy -c -f defaults.cfg -f backends.cfg` (checked with 2.6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

const DEFAULTS = 'global\n  log stdout local0\n\ndefaults\n  mode http\n  timeout connect 5s\n  timeout client 30s\n  timeout server 30s\n';
const BACKENDS = 'backend be_app\n  server s1 127.0.0.1:8080\n';
const FRONTEND = 'frontend fe\n  bind :80\n  default_backend be_app\n';

const timeouts = (files: Array<[string, string]>, target: [string, string]) => {
  const svc = newService({ haproxy: { version: '2.6' } });
  for (const [uri, text] of files) svc.parse(doc(uri, text, 'haproxy'), false);
  return svc.diagnostics(doc(target[0], target[1], 'haproxy')).filter((d) => d.code === 'haproxy-missing-timeouts');
};

/** [name, other files, the checked file, expected number of missing-timeouts warnings] */
const CASES: Array<[string, Array<[string, string]>, [string, string], number]> = [
  ['split pair in one folder', [['file:///etc/haproxy/defaults.cfg', DEFAULTS]], ['file:///etc/haproxy/backends.cfg', BACKENDS], 0],
  ['frontend of a split pair', [['file:///etc/haproxy/defaults.cfg', DEFAULTS]], ['file:///etc/haproxy/fe.cfg', FRONTEND], 0],
  ['defaults in a parent folder', [['file:///etc/haproxy/haproxy.cfg', DEFAULTS]], ['file:///etc/haproxy/conf.d/be.cfg', BACKENDS], 0],
  ['the backend file alone', [], ['file:///etc/haproxy/backends.cfg', BACKENDS], 1],
  ['defaults in a sibling folder do not apply', [['file:///etc/other/defaults.cfg', DEFAULTS]], ['file:///etc/haproxy/backends.cfg', BACKENDS], 1],
  ['defaults in a child folder do not apply', [['file:///etc/haproxy/conf.d/defaults.cfg', DEFAULTS]], ['file:///etc/haproxy/backends.cfg', BACKENDS], 1],
  ['other file without the server timeout', [['file:///etc/haproxy/d.cfg', 'defaults\n  mode http\n  timeout connect 5s\n']], ['file:///etc/haproxy/be.cfg', BACKENDS], 1],
  ['tunnel covers the server side in tcp mode', [['file:///etc/haproxy/d.cfg', 'defaults\n  timeout connect 5s\n  timeout tunnel 1h\n']], ['file:///etc/haproxy/be.cfg', 'backend b\n  mode tcp\n  server s 1.1.1.1:80\n'], 0],
];

for (const [name, files, target, expected] of CASES) {
  test(`split timeouts: ${name}`, () => {
    assert.equal(timeouts(files, target).length, expected);
  });
}

test('split timeouts: only the timeouts no other file sets are reported', () => {
  const got = timeouts([['file:///etc/haproxy/d.cfg', 'defaults\n  mode http\n  timeout connect 5s\n']], ['file:///etc/haproxy/be.cfg', BACKENDS]);
  assert.deepEqual((got[0].data as { missing: string[] }).missing, ['server']);
});

test('split timeouts: the own file defaults still win (no lookup elsewhere)', () => {
  const own = 'defaults\n  mode http\nbackend b\n  server s 1.1.1.1:80\n';
  assert.equal(timeouts([['file:///etc/haproxy/d.cfg', DEFAULTS]], ['file:///etc/haproxy/be.cfg', own]).length, 1);
});

test('split timeouts: removing the defaults file brings the warning back', () => {
  const svc = newService({ haproxy: { version: '2.6' } });
  svc.parse(doc('file:///etc/haproxy/defaults.cfg', DEFAULTS, 'haproxy'), false);
  const be = doc('file:///etc/haproxy/backends.cfg', BACKENDS, 'haproxy');
  const count = () => svc.diagnostics(be).filter((d) => d.code === 'haproxy-missing-timeouts').length;
  assert.equal(count(), 0);
  svc.workspace.remove('file:///etc/haproxy/defaults.cfg');
  assert.equal(count(), 1);
});
