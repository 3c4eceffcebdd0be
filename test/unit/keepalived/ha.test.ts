import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';
import { BASE, codes, diags, patch } from './util';

const ha = (text: string) => codes(text).filter((c) => c.includes('-ha-'));

test('base sample: no HA warning', () => assert.deepEqual(ha(BASE), []));

test('weight smaller than the gap between conditional priorities', () => {
  const text = patch('    priority 150\n', '    @node1 priority 150\n    @^node1 priority 100\n', patch('weight -60', 'weight -20'));
  assert.deepEqual(ha(text), ['24:keepalived-ha-weight-gap']);
  assert.deepEqual(ha(patch('    priority 150\n', '    @node1 priority 150\n    @^node1 priority 100\n')), []);
});

test('weight smaller than the gap to the peer in another workspace file', () => {
  const svc = newService(undefined, { keepalived: '2.2.7' });
  svc.parse(doc('file:///k/node2/keepalived.conf', patch('priority 150', 'priority 50'), 'keepalived'), false);
  const d = svc.diagnostics(doc('file:///k/node1/keepalived.conf', patch('weight -60', 'weight -30'), 'keepalived'));
  const gap = d.find((x) => x.code === 'keepalived-ha-weight-gap');
  assert.ok(gap);
  assert.match(gap.message, /150 and 50/);
  assert.equal(gap.severity, 2);
});

test('the track_script weight override counts', () => {
  const text = patch('        chk\n', '        chk weight -10\n', patch('    priority 150\n', '    @a priority 150\n    @b priority 120\n'));
  assert.deepEqual(ha(text), ['24:keepalived-ha-weight-gap']);
});

test('weight 0', () => assert.deepEqual(ha(patch('weight -60', 'weight 0')), ['23:keepalived-ha-weight-zero']));

test('priority 255 with tracking', () => assert.deepEqual(ha(patch('priority 150', 'priority 255')), ['16:keepalived-ha-owner-tracking']));

test('PASS authentication', () => assert.deepEqual(ha(patch('auth_type AH', 'auth_type PASS')), ['19:keepalived-ha-pass-auth']));

test('interval × fall of one second', () => {
  assert.deepEqual(ha(patch('    interval 2\n    fall 2\n', '    interval 1\n')), ['5:keepalived-ha-script-interval']);
});

test('interval × fall shorter than the unit\'s RestartSec', () => {
  const svc = newService(undefined, { keepalived: '2.2.7' });
  svc.parse(doc('file:///k/haproxy.service', '[Service]\nExecStart=/usr/sbin/haproxy\nRestart=always\nRestartSec=10\n', 'systemd-unit-file'), false);
  const text = patch('script "/usr/local/bin/chk.sh"', 'script "/usr/bin/killall -0 haproxy"');
  const d = svc.diagnostics(doc('file:///k/keepalived.conf', text, 'keepalived'));
  assert.match(d.find((x) => x.code === 'keepalived-ha-script-interval')?.message ?? '', /RestartSec=10s/);
});

test('relative script path not in the workspace', () => {
  assert.deepEqual(ha(patch('"/usr/local/bin/chk.sh"', '"scripts/chk.sh"')), ['6:keepalived-ha-missing-script']);
  assert.deepEqual(ha(patch('"/usr/local/bin/chk.sh"', '"killall -0 haproxy"')), []);
});

test('HA rules are best-practice warnings (PASS auth a security note), never errors', () => {
  const text = patch('auth_type AH', 'auth_type PASS', patch('priority 150', 'priority 255', patch('weight -60', 'weight 0')));
  const ha = diags(text).filter((x) => String(x.code).includes('-ha-'));
  assert.ok(ha.some((d) => d.code === 'keepalived-ha-pass-auth'));
  for (const d of ha) assert.equal(d.severity, d.code === 'keepalived-ha-pass-auth' ? 3 : 2, String(d.code));
});
