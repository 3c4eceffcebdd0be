// Differential check of argument values: each variant of a valid template is run through
// `keepalived -t -f` and haconf. haconf must not report an error where keepalived says nothing (false
// positive), and must flag every variant keepalived complains about (except host-dependent messages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newService } from '../unit/helpers';

const TPL = readFileSync(join(__dirname, '..', 'fixtures', 'keepalived', 'values-template.conf'), 'utf8');
const HOST = /doesn't exist|Non-existent interface|default user|SECURITY|Disabling track script|not found\/accessible/i;
// keepalived's quorum bookkeeping (weights of real servers) is not modelled by haconf
const NOT_MODELLED = /quorum|hysteresis/;

const CASES: Array<[string, string[]]> = [
  ['  priority 100', ['  priority 1', '  priority 255', '  priority 0', '  priority 256', '  priority -1', '  priority 1.5', '  priority 0x10']],
  ['  virtual_router_id 51', ['  virtual_router_id 1', '  virtual_router_id 255', '  virtual_router_id 0', '  virtual_router_id 256', '  virtual_router_id 051']],
  ['  advert_int 1', ['  advert_int 0.01', '  advert_int 255', '  advert_int 256', '  advert_int 0', '  advert_int 0.001', '  advert_int abc', '  advert_int 2']],
  ['  weight -20', ['  weight -253', '  weight 253', '  weight -254', '  weight 254', '  weight 0', '  weight 10 reverse', '  weight +5']],
  ['  rise 2', ['  rise 0', '  rise 1', '  rise -1']],
  ['  interval 2', ['  interval 0', '  interval 4294', '  interval 4295', '  interval 1.5']],
  ['  state BACKUP', ['  state MASTER', '  state Backup', '  state']],
  ['    auth_type PASS', ['    auth_type AH', '    auth_type pass', '    auth_type']],
  ['    auth_pass abc', ['    auth_pass 12345678', '    auth_pass 123456789']],
  ['  lvs_sched rr', ['  lvs_sched wrr', '  lvs_sched RR', '  lvs_sched foo', '  lb_algo lc', '  lvs_sched mh', '  lvs_sched twos']],
  ['  lvs_method NAT', ['  lvs_method DR', '  lvs_method nat', '  lvs_method TUN', '  lvs_method GRE', '  lb_kind DR']],
  ['  protocol TCP', ['  protocol tcp', '  protocol UDP', '  protocol SCTP', '  protocol ICMP']],
  ['    10.0.0.1/24', ['    10.0.0.1/32', '    10.0.0.1/0', '    10.0.0.1/33', '    10.0.0.1', '    fe80::1/64', '    fe80::1/129', '    10.0.0.256', '    10.0.0.1/24 dev eth0 scope link', '    10.0.0.1/24 scope 200', '    10.0.0.1/24 brd +', '    ::ffff:10.0.0.1']],
  ['  real_server 10.0.0.2 80 {', ['  real_server 10.0.0.2 {', '  real_server 10.0.0.300 80 {', '  real_server fe80::2 80 {']],
  ['  delay_loop 5', ['  delay_loop 0', '  delay_loop 1.5', '  delay_loop abc']],
  ['  interface eth0', ['  interface']],
  ['    weight 1', ['    weight 0', '    weight -1', '    weight 65535']],
  ['  track_script {\n    chk\n  }', ['  track_script {\n    chk weight 253\n  }', '  track_script {\n    chk weight -254\n  }', '  track_script {\n    chk weight 254\n  }']],
];

test('argument values: haconf agrees with keepalived -t on every variant', (t) => {
  if (spawnSync('keepalived', ['-v']).status !== 0) return t.skip('keepalived is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'haconf-kv-'));
  const problems: string[] = [];
  try {
    for (const [from, tos] of CASES) {
      for (const to of tos) {
        const text = TPL.replace(from, to);
        const file = join(dir, 'keepalived.conf');
        writeFileSync(file, text);
        const r = spawnSync('keepalived', ['-t', '-f', file], { encoding: 'utf8' });
        const msgs = [...new Set(r.stderr.split('\n').filter((l) => l.trim() && !HOST.test(l) && !NOT_MODELLED.test(l)))];
        const ds = newService(undefined, { keepalived: '2.2.7' })
          .diagnostics({ uri: 'file:///etc/keepalived/keepalived.conf', text, languageId: 'keepalived' })
          .filter((d) => !String(d.code).includes('-ha-'));
        const errors = ds.filter((d) => d.severity === 1);
        if (!msgs.length && errors.length) problems.push(`false error on '${to.trim()}': ${errors.map((e) => e.message).join('; ')}`);
        if (msgs.length && !ds.length) problems.push(`missed on '${to.trim()}': ${msgs.join(' / ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems, []);
});
