// Exposure scores, checked against what `systemd-analyze security --offline=true` of systemd 252 prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSystemd } from '../../../server/src/service/parser/systemd/parser';
import { scoreUnit, securityReport } from '../../../server/src/service/features/security';
import { ratingOf } from '../../../server/src/service/features/security/score';
import { workspace } from './fixture';

const score = (text: string, name = 'p.service') => scoreUnit(name, [parseSystemd(text, `file:///x/${name}`)]);

const CASES: Array<[string, string, number, string]> = [
  ['bare service', '[Service]\nExecStart=/bin/true\n', 9.6, 'UNSAFE'],
  ['DynamicUser= implies a sandbox', '[Service]\nExecStart=/bin/true\nDynamicUser=yes\n', 8.4, 'EXPOSED'],
  [
    'fixed user and file-system protection',
    '[Service]\nExecStart=/bin/true\nUser=www-data\nPrivateTmp=yes\nProtectSystem=strict\nProtectHome=yes\nNoNewPrivileges=yes\n',
    8.5,
    'EXPOSED',
  ],
  ['early-boot service skips the file-system checks', '[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/bin/true\n', 9.5, 'UNSAFE'],
];

for (const [name, text, exposure, rating] of CASES) {
  test(`score: ${name}`, () => {
    const r = score(text);
    assert.equal(r.exposure, exposure);
    assert.equal(r.rating, rating);
  });
}

test('a bare service has every check open except KeyringMode=, Delegate=, NotifyAccess= and AmbientCapabilities=', () => {
  const r = score('[Service]\nExecStart=/bin/true\n');
  const closed = r.checks.filter((c) => c.badness === 0).map((c) => c.id).sort();
  assert.deepEqual(closed, ['AmbientCapabilities=', 'Delegate=', 'KeyringMode=', 'NotifyAccess=']);
  const na = r.checks.filter((c) => c.badness === null).map((c) => c.id).sort();
  assert.deepEqual(na, ['RemoveIPC=', 'SupplementaryGroups=']);
  assert.equal(r.checks.length, 81); // the rows systemd-analyze 252 prints
  assert.equal(r.openItems[0].id, 'PrivateNetwork=');
  assert.equal(r.openItems[0].share, 5); // systemd prints 0.5
});

test('per-check badness for graded settings', () => {
  const badness = (text: string, id: string) => score(`[Service]\nExecStart=/bin/true\n${text}`).checks.find((c) => c.id === id)?.badness;
  assert.equal(badness('ProtectSystem=full', 'ProtectSystem='), 3);
  assert.equal(badness('ProtectSystem=yes', 'ProtectSystem='), 5);
  assert.equal(badness('ProtectHome=tmpfs', 'ProtectHome='), 1);
  assert.equal(badness('UMask=0027', 'UMask='), 1);
  assert.equal(badness('UMask=0077', 'UMask='), 0);
  assert.equal(badness('User=nobody', 'User=/DynamicUser='), 9);
  assert.equal(badness('ProtectProc=noaccess', 'ProtectProc='), 1);
  assert.equal(badness('SystemCallArchitectures=native', 'SystemCallArchitectures='), 0);
  assert.equal(badness('SystemCallArchitectures=x86-64', 'SystemCallArchitectures='), 8);
  assert.equal(badness('SystemCallFilter=@system-service', 'SystemCallFilter=~@privileged'), 9);
  assert.equal(badness('SystemCallFilter=@system-service', 'SystemCallFilter=~@mount'), 0);
  assert.equal(badness('SystemCallFilter=~@privileged @resources', 'SystemCallFilter=~@clock'), 0);
  assert.equal(badness('SystemCallFilter=~@privileged @resources', 'SystemCallFilter=~@debug'), 10);
  assert.equal(badness('IPAddressDeny=any\nIPAddressAllow=localhost', 'IPAddressDeny='), 2);
  assert.equal(badness('IPAddressDeny=any\nIPAddressAllow=10.0.0.0/8', 'IPAddressDeny='), 5);
  assert.equal(badness('PrivateDevices=yes\nProtectClock=yes', 'DeviceAllow='), 5);
  assert.equal(badness('PrivateDevices=yes', 'CapabilityBoundingSet=~CAP_MKNOD'), 0);
});

test('drop-ins from the workspace apply after the unit, in file-name order', () => {
  const ws = workspace();
  const unit = ws.add('/etc/systemd/system/x.service', '[Service]\nExecStart=/bin/true\n');
  ws.add('/etc/systemd/system/x.service.d/20-b.conf', '[Service]\nUser=root\n');
  const drop = ws.add('/etc/systemd/system/x.service.d/10-a.conf', '[Service]\nUser=www-data\nCapabilityBoundingSet=\n');
  ws.add('/etc/systemd/system/y.service.d/00-other.conf', '[Service]\nPrivateNetwork=yes\n');
  // systemd-analyze security --offline=true prints 7.1 MEDIUM for this unit and its two drop-ins.
  assert.equal(securityReport(unit, ws.ctx)?.exposure, 7.1);
  assert.equal(securityReport(drop, ws.ctx)?.exposure, 7.1, 'a drop-in is scored as its whole unit');
});

test('ratings follow systemd thresholds', () => {
  assert.deepEqual([0, 1, 9, 10, 49, 50, 75, 90, 100].map(ratingOf), ['PERFECT', 'SAFE', 'SAFE', 'OK', 'OK', 'MEDIUM', 'EXPOSED', 'UNSAFE', 'DANGEROUS']);
});

test('non-service units get no report', () => {
  const ws = workspace();
  assert.equal(securityReport(ws.add('/etc/systemd/system/a.socket', '[Socket]\nListenStream=80\n'), ws.ctx), undefined);
});
