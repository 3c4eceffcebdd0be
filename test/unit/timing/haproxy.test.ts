// HAProxy check timing: down after inter + (fall − 1) × fastinter, up after downinter + (rise − 1) × fastinter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHaproxy } from '../../../server/src/service/parser/haproxy';
import { haproxyTime, serverTimings } from '../../../server/src/service/features/timing';

const cfg = (text: string) => serverTimings(parseHaproxy(text, 'file:///etc/haproxy/haproxy.cfg'));

test('time values: no unit is milliseconds', () => {
  assert.deepEqual(['2000', '2s', '1500ms', '1m', '100us', 'x', '5 s'].map((v) => haproxyTime(v)), [2, 2, 1.5, 60, 0.0001, undefined, undefined]);
});

test('defaults: inter 2 s, fall 3, rise 2 → down 6 s, up 4 s', () => {
  const [s] = cfg('backend b\n    server s1 10.0.0.1:80 check\n    server s2 10.0.0.2:80\n');
  assert.equal(s.server, 's1');
  assert.equal(s.down.seconds, 6);
  assert.equal(s.down.formula, 'inter + (fall − 1) × inter = 2 s + (3 − 1) × 2 s = 6 s');
  assert.equal(s.up.seconds, 4);
  assert.equal(s.downHang.seconds, 6 + 3 * 2, 'without timeout check each failing check may take inter');
  assert.equal(s.downHang.formula, 'inter + (fall − 1) × inter + fall × inter = 2 s + (3 − 1) × 2 s + 3 × 2 s = 12 s');
});

test('fastinter and downinter', () => {
  const [s] = cfg('backend b\n    server s1 10.0.0.1:80 check inter 5s fastinter 1s downinter 10s fall 4 rise 3\n');
  assert.equal(s.down.seconds, 5 + 3 * 1);
  assert.equal(s.up.seconds, 10 + 2 * 1);
  assert.equal(s.up.formula, 'downinter + (rise − 1) × fastinter = 10 s + (3 − 1) × 1 s = 12 s');
});

test('default-server from defaults and backend; timeouts from defaults', () => {
  const text = [
    'defaults',
    '    mode http',
    '    timeout connect 1s',
    '    timeout check 500ms',
    '    default-server inter 3s fall 2',
    'backend b',
    '    default-server rise 5',
    '    server s1 10.0.0.1:80 check',
    '    server s2 10.0.0.2:80 check fall 6',
    '',
  ].join('\n');
  const [a, b] = cfg(text);
  assert.equal(a.down.seconds, 3 + 1 * 3);
  assert.equal(a.up.seconds, 3 + 4 * 3);
  assert.equal(a.downSilent.seconds, 6 + 2 * 1, 'fall × min(timeout connect, inter)');
  assert.equal(a.downHang.seconds, 6 + 2 * 0.5, 'fall × timeout check');
  assert.equal(b.down.seconds, 3 + 5 * 3);
});

test('listen sections count; servers without check do not', () => {
  assert.equal(cfg('listen l\n    bind :80\n    server s1 10.0.0.1:80 check\n').length, 1);
  assert.equal(cfg('backend b\n    server s1 10.0.0.1:80\n').length, 0);
});

test('mode comes from the backend or its defaults (tcp when unset)', () => {
  const t = cfg('defaults\n    mode http\nbackend a\n    server s 10.0.0.1:80 check\nbackend b\n    mode tcp\n    server s 10.0.0.2:5432 check\n');
  assert.deepEqual(t.map((s) => s.mode), ['http', 'tcp']);
  assert.equal(cfg('backend c\n    server s 10.0.0.3:80 check\n')[0].mode, 'tcp');
});
