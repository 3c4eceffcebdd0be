// What one run covers and how the tool is called: a unit with its drop-ins, every -f of a split HAProxy
// configuration (never -q), keepalived with -t -f (never --config-test=FILE, which appends to the file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { planRun } from '../../../server/src/node/validators/plan';
import { stage } from '../../../server/src/node/validators/stage';
import { runTool } from '../../../server/src/node/validators/exec';
import { newService } from '../helpers';

function ws(files: Record<string, string>) {
  const svc = newService();
  for (const [name, text] of Object.entries(files)) {
    const lang = name.endsWith('.cfg') ? 'haproxy' : name.includes('keepalived') ? 'keepalived' : 'systemd-unit-file';
    svc.workspace.upsertFromDisk(`file:///w/${name}`, lang, text);
  }
  return svc.workspace;
}

test('a split HAProxy configuration is checked as one: every file with its own -f, global first', () => {
  const w = ws({ 'haproxy/20-be.cfg': 'backend be\n', 'haproxy/10-fe.cfg': 'frontend fe\n', 'haproxy/haproxy.cfg': 'global\n', 'other/haproxy.cfg': 'global\n' });
  const plan = planRun(w.get('file:///w/haproxy/20-be.cfg')!, w)!;
  assert.deepEqual(plan.args, ['-c', '-f', '{0/haproxy.cfg}', '-f', '{1/10-fe.cfg}', '-f', '{2/20-be.cfg}']);
  assert.ok(!plan.args.includes('-q'));
  assert.equal(plan.mainUri, 'file:///w/haproxy/20-be.cfg');
});

test('two complete HAProxy configurations side by side are checked apart', () => {
  const w = ws({ 'haproxy/lb1.cfg': 'global\n', 'haproxy/lb2.cfg': 'global\n' });
  assert.deepEqual(planRun(w.get('file:///w/haproxy/lb2.cfg')!, w)!.files.map((f) => f.uri), ['file:///w/haproxy/lb2.cfg']);
});

test('keepalived: -t -f FILE on the staged copy, never --config-test', () => {
  const w = ws({ 'keepalived/keepalived.conf': 'global_defs {\n}\n' });
  const plan = planRun(w.get('file:///w/keepalived/keepalived.conf')!, w)!;
  assert.deepEqual(plan.args, ['-t', '-f', '{keepalived.conf}']);
  assert.ok(!plan.args.some((a) => a.startsWith('--config-test')));
});

test('a unit is verified with its drop-ins; a drop-in through its unit; a drop-in alone is not run', () => {
  const w = ws({ 'sd/app.service': '[Service]\nExecStart=/bin/true\n', 'sd/app.service.d/10-x.conf': '[Service]\nNice=1\n', 'sd/host.service.d/o.conf': '[Unit]\n' });
  const unit = planRun(w.get('file:///w/sd/app.service')!, w)!;
  assert.deepEqual(unit.files.map((f) => f.rel), ['app.service', 'app.service.d/10-x.conf']);
  assert.deepEqual(unit.args, ['verify', '--man=no', '--recursive-errors=no', '{app.service}']);
  const drop = planRun(w.get('file:///w/sd/app.service.d/10-x.conf')!, w)!;
  assert.equal(drop.mainUri, 'file:///w/sd/app.service');
  assert.equal(planRun(w.get('file:///w/sd/host.service.d/o.conf')!, w), undefined);
});

test('staging writes private copies under their names and removes them', () => {
  const w = ws({ 'haproxy/haproxy.cfg': 'global\n', 'haproxy/b.cfg': 'backend b\n' });
  const s = stage(planRun(w.get('file:///w/haproxy/b.cfg')!, w)!);
  const paths = [...s.byPath.keys()];
  assert.deepEqual(s.args, ['-c', '-f', paths[0], '-f', paths[1]]);
  assert.equal(fs.readFileSync(paths[1], 'utf8'), 'backend b\n');
  assert.equal(fs.statSync(paths[0]).mode & 0o777, 0o600);
  s.cleanup();
  assert.ok(!fs.existsSync(paths[0]));
});

test('exec: no shell, a missing program is reported as missing, the output is capped', async () => {
  const missing = await runTool('haconf-no-such-tool', [], 2000);
  assert.equal(missing.missing, true);
  const shell = await runTool(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', '$(echo hi); true'], 5000);
  assert.match(shell.output, /\$\(echo hi\); true/);
  const big = await runTool(process.execPath, ['-e', 'process.stdout.write("x".repeat(50000))'], 5000, 1000);
  assert.equal(big.truncated, true);
  assert.ok(big.output.length <= 1000);
});

test('exec: the time limit stops a tool that hangs', async () => {
  const r = await runTool(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], 300);
  assert.equal(r.timedOut, true);
  assert.notEqual(r.exitCode, 0);
});
