// Scoring, Harden and the timing functions never throw, whatever the files hold, and stay in range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSystemd } from '../../../server/src/service/parser/systemd/parser';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';
import { parseHaproxy } from '../../../server/src/service/parser/haproxy';
import { hardenPlan, scoreUnit } from '../../../server/src/service/features/security';
import { serverTimings, stackSummary, unitTiming, vrrpTimings } from '../../../server/src/service/features/timing';

const KEYS = [
  'User', 'DynamicUser', 'CapabilityBoundingSet', 'AmbientCapabilities', 'RestrictNamespaces', 'RestrictAddressFamilies',
  'SystemCallFilter', 'SystemCallArchitectures', 'ProtectSystem', 'ProtectHome', 'UMask', 'IPAddressDeny', 'IPAddressAllow',
  'DeviceAllow', 'DevicePolicy', 'Delegate', 'Restart', 'RestartSec', 'StartLimitBurst', 'StartLimitIntervalSec', 'ExecStart',
];
const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('~', '', '@', '~@', 'yes', 'no', 'infinity', '0', '-1', '1e999', 'CAP_', 'AF_', '~none'));
const unitText = fc
  .array(fc.tuple(fc.constantFrom('[Service]', '[Unit]', ''), fc.constantFrom(...KEYS), value), { maxLength: 25 })
  .map((lines) => lines.map(([s, k, v]) => `${s}\n${k}=${v}`).join('\n'));

test('scoring and Harden accept any unit text', () => {
  fc.assert(
    fc.property(unitText, unitText, (a, b) => {
      const trees = [parseSystemd(a, 'file:///x/a.service'), parseSystemd(b, 'file:///x/a.service.d/b.conf')];
      const r = scoreUnit('a.service', trees);
      assert.ok(r.exposure >= 0 && r.exposure <= 10, `exposure ${r.exposure}`);
      assert.equal(r.checks.length, 81);
      hardenPlan('a.service', trees);
      const t = unitTiming(trees);
      assert.ok(!t.restartDelay || t.restartDelay.seconds >= 0);
    }),
    { numRuns: 300 },
  );
});

const kWords = fc.array(fc.constantFrom('vrrp_instance', 'vrrp_script', 'VI', '{', '}', 'priority', 'advert_int', 'interval', 'fall', 'rise', 'weight', 'track_script', 'chk', '-5', '0', '300', 'x', '\n'), { maxLength: 60 });
const hWords = fc.array(fc.constantFrom('backend', 'defaults', 'b', 'server', 's', '1.2.3.4:80', 'check', 'inter', 'fastinter', 'downinter', 'fall', 'rise', '0', '5s', 'x', 'default-server', 'timeout', 'check', 'connect', 'mode', 'http', '\n'), { maxLength: 60 });

test('timing accepts any keepalived/haproxy text', () => {
  fc.assert(
    fc.property(kWords, hWords, (k, h) => {
      const kt = parseKeepalived(k.join(' '));
      const ht = parseHaproxy(h.join(' '), 'file:///haproxy.cfg');
      for (const i of vrrpTimings(kt)) assert.ok(!Number.isNaN(i.masterDown.seconds));
      for (const s of serverTimings(ht)) assert.ok(s.down.seconds > 0 && s.up.seconds > 0);
      const sum = stackSummary({ keepalived: [kt], haproxy: [ht] });
      assert.equal(sum.paths.length, 4);
    }),
    { numRuns: 300 },
  );
});
