// The stack view: failure paths summed from keepalived, HAProxy and systemd timings, against downtime budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHaproxy } from '../../../server/src/service/parser/haproxy';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';
import { parseSystemd } from '../../../server/src/service/parser/systemd/parser';
import { budgetSeconds, stackMarkdown, stackSummary, StackInput } from '../../../server/src/service/features/timing';
import { TIMING } from '../../../server/src/service/features/scaffold/layout';
import { stack } from '../scaffold/stackHelpers';

function lb(state: string, priority: number, script = 'vrrp_script chk {\n  script "/bin/true"\n  interval 2\n  fall 2\n  weight -20\n}\n', extra = ''): string {
  return `${script}vrrp_instance VI_1 {\n  state ${state}\n  interface eth0\n  virtual_router_id 51\n  priority ${priority}\n  advert_int 1\n${extra}  virtual_ipaddress {\n    10.0.0.100\n  }\n  track_script {\n    chk\n  }\n}\n`;
}

const HAPROXY = 'defaults\n  timeout connect 5s\n  timeout check 2s\nbackend web\n  server w1 10.0.0.11:80 check inter 3s fall 3 rise 2\n  server w2 10.0.0.12:80 check inter 1s\n';

function input(master: string, backup: string, unit?: string): StackInput {
  return {
    keepalived: [parseKeepalived(master), parseKeepalived(backup)],
    haproxy: [parseHaproxy(HAPROXY, 'file:///haproxy.cfg')],
    haproxyUnit: unit ? [parseSystemd(unit, 'file:///lib/systemd/system/haproxy.service')] : undefined,
  };
}

const byName = (s: ReturnType<typeof stackSummary>, n: string) => s.paths.find((p) => p.name === n);

test('budgets: 99.9% = 8.76 h, 99.99% = 52.56 min, 99.999% = 5.256 min a year', () => {
  assert.deepEqual([99.9, 99.99, 99.999].map(budgetSeconds), [31536, 3153.6, 315.36]);
});

test('the four failure paths with exact totals', () => {
  const s = stackSummary(input(lb('MASTER', 110), lb('BACKUP', 100), '[Service]\nExecStart=/usr/sbin/haproxy\nRestart=always\nRestartSec=2s\n'));
  assert.equal(byName(s, 'node loss')?.total?.seconds, 3 + 156 / 256, 'the backup (priority 100) waits 3 adverts + skew');
  const crash = byName(s, 'HAProxy crash');
  assert.equal(crash?.total?.seconds, 2 * 2 + 3 + 156 / 256, 'interval × fall, then the backup’s master-down interval');
  assert.match(crash?.note ?? '', /systemd restarts HAProxy after 2 s/);
  assert.equal(byName(s, 'web node crash')?.total?.seconds, 3 + 2 * 3 + 3 * 3, 'w1: inter + 2 × inter + 3 × min(timeout connect, inter)');
  assert.equal(byName(s, 'application hang')?.total?.seconds, 3 + 2 * 3 + 3 * 2, 'w1: … + 3 × timeout check');
  const b = s.budgets.find((x) => x.target === 99.999);
  assert.deepEqual(b?.perPath, [
    { path: 'node loss', timesPerYear: Math.floor(315.36 / (3 + 156 / 256)) },
    { path: 'HAProxy crash', timesPerYear: 41 },
    { path: 'web node crash', timesPerYear: 17 },
    { path: 'application hang', timesPerYear: 21 },
  ]);
});

test('a weight too small to beat the priority gap means no failover', () => {
  const weak = 'vrrp_script chk {\n  script "/bin/true"\n  weight -5\n}\n';
  const s = stackSummary(input(lb('MASTER', 110, weak), lb('BACKUP', 100, weak)));
  const crash = byName(s, 'HAProxy crash');
  assert.equal(crash?.total, undefined);
  assert.match(crash?.note ?? '', /master keeps 105 ≥ backup 100: no failover/);
  assert.equal(s.budgets[0].perPath.length, 3, 'paths without a total are left out of the budget table');
});

test('weight 0 puts the master in FAULT: the backup takes over after its skew time', () => {
  const fault = 'vrrp_script chk {\n  script "/bin/true"\n  interval 1\n  fall 3\n}\n';
  const s = stackSummary(input(lb('MASTER', 110, fault), lb('BACKUP', 100, fault)));
  assert.equal(byName(s, 'HAProxy crash')?.total?.seconds, 3 + 156 / 256);
});

test('preempt_delay on the backup adds up; nopreempt blocks the handover', () => {
  const delayed = stackSummary(input(lb('MASTER', 110), lb('BACKUP', 100, undefined, '  preempt_delay 4\n')));
  assert.equal(byName(delayed, 'HAProxy crash')?.total?.seconds, 4 + 3 + 156 / 256 + 4);
  const sticky = stackSummary(input(lb('MASTER', 110), lb('BACKUP', 100, undefined, '  nopreempt\n')));
  assert.match(byName(sticky, 'HAProxy crash')?.note ?? '', /nopreempt/);
});

test('the scaffolded stack: totals follow its TIMING constants', () => {
  const files = stack();
  const pick = (re: RegExp) => [...files.values()].filter((f) => re.test(f.path));
  const s = stackSummary({
    keepalived: pick(/^keepalived\/.*\.conf$/).map((f) => parseKeepalived(f.content)),
    haproxy: pick(/haproxy\.cfg$/).map((f) => parseHaproxy(f.content, `file:///${f.path}`)),
  });
  const skew = (256 - TIMING.backupPriority) / 256;
  assert.equal(byName(s, 'node loss')?.total?.seconds, (3 + skew) * TIMING.advertInt);
  assert.equal(byName(s, 'HAProxy crash')?.total?.seconds, TIMING.checkInterval * TIMING.checkFall + (3 + skew) * TIMING.advertInt);
  const down = TIMING.serverInter * TIMING.serverFall;
  assert.equal(byName(s, 'application hang')?.total?.seconds, down + TIMING.serverFall * TIMING.checkTimeout);
  const md = stackMarkdown(s);
  assert.match(md, /\| 99\.99% \| 52\.56 min \|/);
  assert.match(md, /3 × advert_int \+ \(256 − priority\) \/ 256 × advert_int = 3 × 1 s \+ \(256 − 100\) \/ 256 × 1 s = 3\.609 s/);
});

test('web paths look at HTTP backends only when there are any (a slow tcp database check is not a web node)', () => {
  const cfgText = 'defaults\n  mode http\nbackend web\n  server w1 10.0.0.11:80 check inter 1s\nlisten db\n  mode tcp\n  bind :5432\n  server d1 10.0.0.21:5432 check inter 10s\n';
  const s = stackSummary({ keepalived: [], haproxy: [parseHaproxy(cfgText, 'file:///haproxy.cfg')] });
  assert.equal(byName(s, 'web node crash')?.steps[0].label, 'web/w1 marked DOWN');
  assert.equal(byName(s, 'web node crash')?.total?.seconds, 1 + 2 * 1 + 3 * 1);
  assert.match(byName(s, 'node loss')?.note ?? '', /no vrrp_instance/);
});

test('application hang: how the app comes back depends on its unit', () => {
  const app = (text: string) => [parseSystemd(text, 'file:///lib/systemd/system/app.service')];
  const base = input(lb('MASTER', 110), lb('BACKUP', 100));
  const none = stackSummary({ ...base, appUnit: app('[Service]\nExecStart=/usr/bin/app\nRestart=on-failure\n') });
  assert.match(byName(none, 'application hang')?.note ?? '', /no WatchdogSec=, so systemd never restarts a hung process/);
  const dog = stackSummary({ ...base, appUnit: app('[Service]\nExecStart=/usr/bin/app\nRestart=on-failure\nRestartSec=5\nWatchdogSec=20\n') });
  // 20 s watchdog + 5 s restart + w1 back UP after inter + (rise − 1) × inter = 3 + 3
  assert.match(byName(dog, 'application hang')?.note ?? '', /back in service after WatchdogSec \(20 s\) \+ RestartSec \(5 s\) \+ marked UP \(6 s\) = 31 s$/);
});
