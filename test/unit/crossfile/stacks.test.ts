// Every fixture stack with one cross-file fault gets that diagnostic in every file involved (and no other
// cross-file diagnostic); the correct stack gets none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { crossDiagnostics, loadFolder, STACKS } from './load';
import { VARIATIONS } from '../scaffold/stackHelpers';

/** fixture folder → file → the codes expected there. */
const EXPECTED: Record<string, Record<string, string[]>> = {
  correct: {},
  'vrid-mismatch': { 'keepalived/lb1.conf': ['ha-vrid-mismatch'], 'keepalived/lb2.conf': ['ha-vrid-mismatch'] },
  'vip-mismatch': { 'keepalived/lb1.conf': ['ha-vip-mismatch'], 'keepalived/lb2.conf': ['ha-vip-mismatch'] },
  'auth-mismatch': { 'keepalived/lb1.conf': ['ha-auth-mismatch'], 'keepalived/lb2.conf': ['ha-auth-mismatch'] },
  'advert-mismatch': { 'keepalived/lb1.conf': ['ha-advert-mismatch'], 'keepalived/lb2.conf': ['ha-advert-mismatch'] },
  'priority-clash': { 'keepalived/lb1.conf': ['ha-priority-clash'], 'keepalived/lb2.conf': ['ha-priority-clash'] },
  'master-priority': { 'keepalived/lb1.conf': ['ha-master-priority'], 'keepalived/lb2.conf': ['ha-master-priority'] },
  'nopreempt-master': { 'keepalived/lb1.conf': ['ha-nopreempt-master'], 'keepalived/lb2.conf': ['ha-nopreempt-master'] },
  'unicast-asymmetric': { 'keepalived/lb1.conf': ['ha-unicast-asymmetric'], 'keepalived/lb2.conf': ['ha-unicast-asymmetric'] },
  'vrid-collision': {
    'keepalived/lb1.conf': ['ha-vrid-collision'],
    'keepalived/lb2.conf': ['ha-vrid-collision'],
    'office/keepalived/keepalived.conf': ['ha-vrid-collision'],
  },
  'check-not-haproxy': { 'keepalived/lb1.conf': ['ha-check-not-haproxy'], 'keepalived/lb2.conf': ['ha-check-not-haproxy'] },
  'vip-nonlocal-bind': { 'haproxy/haproxy.cfg': ['ha-vip-nonlocal-bind'], 'keepalived/lb2.conf': ['ha-vip-nonlocal-bind'] },
  'peers-mismatch': { 'haproxy/lb1/haproxy.cfg': ['ha-peers-mismatch'], 'haproxy/lb2/haproxy.cfg': ['ha-peers-mismatch'] },
  'app-port-mismatch': { 'haproxy/haproxy.cfg': ['ha-app-port-mismatch', 'ha-app-port-mismatch'], 'systemd/webapp.service': ['ha-app-port-mismatch', 'ha-app-port-mismatch'] },
  'app-health-path': { 'haproxy/haproxy.cfg': ['ha-app-health-path'], 'systemd/webapp.service': ['ha-app-health-path'] },
  'unknown-unit': { 'systemd/webapp.service': ['ha-unknown-unit'] },
  'script-not-executable': { 'keepalived/lb1.conf': ['ha-script-not-executable', 'ha-script-not-executable'], 'keepalived/lb2.conf': ['ha-script-not-executable', 'ha-script-not-executable'] },
  'ordering-cycle': { 'systemd/webapp.service': ['ha-ordering-cycle'], 'systemd/webapp-worker.service': ['ha-ordering-cycle'] },
};

for (const [name, files] of Object.entries(EXPECTED)) {
  test(`stack ${name}: ${Object.keys(files).length ? 'the fault in every file involved' : 'no cross-file diagnostic'}`, () => {
    const dir = path.join(STACKS, name);
    const got = crossDiagnostics(loadFolder(dir), dir);
    const actual = Object.fromEntries([...got].map(([f, ds]) => [f, ds.map((d) => String(d.code)).sort()]));
    assert.deepEqual(actual, files);
  });
}

test('every finding in a multi-file fault points at the other files', () => {
  for (const name of Object.keys(EXPECTED)) {
    if (name === 'correct' || name === 'unknown-unit' || name === 'script-not-executable') continue;
    const dir = path.join(STACKS, name);
    for (const [file, ds] of crossDiagnostics(loadFolder(dir), dir)) {
      for (const d of ds) {
        const rel = d.relatedInformation ?? [];
        assert.ok(rel.length, `${name} ${file}: ${d.code} has no related information`);
        assert.ok(rel.some((r) => !r.location.uri.endsWith(`/${file}`)), `${name} ${file}: related information points only at itself`);
      }
    }
  }
});

for (const { name, raw } of VARIATIONS) {
  test(`the scaffolded stack (${name}) has no cross-file diagnostic`, async () => {
    const { scaffoldFiles } = await import('./scaffold');
    const { dir, cleanup } = scaffoldFiles(raw);
    try {
      const svc = loadFolder(dir);
      assert.ok(svc.workspace.size >= 8, 'the stack was written and indexed');
      assert.deepEqual(Object.fromEntries([...crossDiagnostics(svc, dir)].map(([f, ds]) => [f, ds.map((d) => d.message)])), {});
    } finally {
      cleanup();
    }
  });
}

test('the scaffold with its notify script made non-executable: both keepalived nodes are told', async () => {
  const { scaffoldFiles } = await import('./scaffold');
  const { dir, cleanup } = scaffoldFiles();
  try {
    fs.chmodSync(path.join(dir, 'keepalived', 'notify.sh'), 0o644);
    const got = crossDiagnostics(loadFolder(dir), dir);
    assert.deepEqual([...got.keys()].sort(), ['keepalived/backup.conf', 'keepalived/master.conf']);
    assert.ok([...got.values()].flat().every((d) => d.code === 'ha-script-not-executable'));
  } finally {
    cleanup();
  }
});
