// VRRP timing: master-down interval with skew, vrrp_script detection and recovery.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';
import { masterDown, vrrpTimings } from '../../../server/src/service/features/timing';

const conf = (instance: string, extra = '') =>
  parseKeepalived(`${extra}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n${instance}\n    virtual_ipaddress {\n        10.0.0.100\n    }\n}\n`);

const CASES: Array<[string, number, number, number]> = [
  // [name, advert_int, priority, expected seconds]
  ['RFC example: priority 100, 1 s', 1, 100, 3 + 156 / 256],
  ['priority 150', 1, 150, 3 + 106 / 256],
  ['priority 255 (owner) has no skew to speak of', 1, 255, 3 + 1 / 256],
  ['advert_int 2', 2, 200, 6 + (56 / 256) * 2],
  ['sub-second VRRPv3 advert', 0.5, 128, 1.5 + 0.25],
];

for (const [name, advert, prio, expected] of CASES) {
  test(`master down: ${name}`, () => {
    const t = masterDown(advert, prio);
    assert.equal(t.seconds, expected);
    assert.match(t.formula, /^3 × advert_int \+ \(256 − priority\) \/ 256 × advert_int = /);
  });
}

test('formula shows the values', () => {
  assert.equal(masterDown(1, 150).formula, '3 × advert_int + (256 − priority) / 256 × advert_int = 3 × 1 s + (256 − 150) / 256 × 1 s = 3.414 s');
});

test('instance values and defaults (priority 100, advert_int 1)', () => {
  const [a] = vrrpTimings(conf('    state BACKUP\n    priority 150\n    advert_int 2'));
  assert.equal(a.name, 'VI_1');
  assert.equal(a.masterDown.seconds, 6 + (106 / 256) * 2);
  const [d] = vrrpTimings(conf(''));
  assert.equal(d.priority, 100);
  assert.equal(d.advertInt, 1);
  assert.equal(d.masterDown.seconds, 3.609375);
});

test('down_timer_adverts from the instance or global_defs', () => {
  assert.equal(vrrpTimings(conf('    down_timer_adverts 5'))[0].masterDown.seconds, 5 + 156 / 256);
  assert.equal(vrrpTimings(conf('', 'global_defs {\n    vrrp_down_timer_adverts 2\n}'))[0].masterDown.seconds, 2 + 156 / 256);
});

test('tracked vrrp_script: detection interval × fall, recovery interval × rise; track_script weight overrides', () => {
  const scripts = 'vrrp_script chk {\n    script "/bin/true"\n    interval 2\n    fall 3\n    rise 5\n    weight -20\n}\nvrrp_script unused {\n    script "/bin/true"\n}';
  const [i] = vrrpTimings(conf('    track_script {\n        chk weight -30\n    }', scripts));
  assert.equal(i.scripts.length, 1);
  const s = i.scripts[0];
  assert.equal(s.detect.seconds, 6);
  assert.equal(s.detect.formula, 'interval × fall = 2 s × 3 = 6 s');
  assert.equal(s.recover.seconds, 10);
  assert.equal(s.weight, -30);
});

test('vrrp_script defaults: interval 1, fall 1, rise 1', () => {
  const [i] = vrrpTimings(conf('    track_script {\n        chk\n    }', 'vrrp_script chk {\n    script "/bin/true"\n}'));
  assert.equal(i.scripts[0].detect.seconds, 1);
  assert.equal(i.scripts[0].recover.seconds, 1);
  assert.equal(i.scripts[0].weight, 0);
});
