// The example unit from the issue: wrong-section ExecStartPost= (line 6), StartLimitIntervalSec= in [Service]
// (line 12), and the legacy StartLimitBurst= placement (line 11, at most a warning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';
import { applyAction } from './edits';

const URI = 'file:///etc/systemd/system/webapp.service';
const UNIT = `[Unit]
Description=HA Web Application
After=network.target
Requires=network.target
Wants=postgresql.service redis.service
ExecStartPost=/bin/bash -c 'while ! curl -sf http://localhost:8080/health; do sleep 1; done'
[Service]
Type=simple
ExecStart=/opt/webapp/bin/app --config /etc/webapp/config.yml
Restart=on-failure
StartLimitBurst=5
StartLimitIntervalSec=300
`;

const svc = () => newService(undefined, { systemd: '252' });

test('line 6: ExecStartPost= in [Unit] is a wrong-section error with a fix moving it to [Service]', () => {
  const s = svc();
  const ds = s.diagnostics(doc(URI, UNIT));
  const d = ds.find((x) => x.range.start.line === 5);
  assert.ok(d);
  assert.equal(d.code, 'systemd-wrong-section');
  assert.equal(d.severity, 1);
  assert.match(d.message, /belongs in \[Service\]/);
  const fix = s.codeActions(doc(URI, UNIT), d.range, [d]).find((a) => a.title.includes('[Service]'));
  assert.ok(fix, 'move fix');
  const out = applyAction(UNIT, URI, fix);
  const lines = out.split('\n');
  assert.ok(!lines.slice(0, lines.indexOf('[Service]')).some((l) => l.startsWith('ExecStartPost=')));
  assert.ok(lines.slice(lines.indexOf('[Service]')).some((l) => l.startsWith('ExecStartPost=/bin/bash')));
  const after = s.diagnostics(doc(URI, out));
  assert.ok(!after.some((x) => x.code === 'systemd-wrong-section' && x.message.startsWith('ExecStartPost')));
});

test('line 12: StartLimitIntervalSec= in [Service] is flagged, and the fix moves it and StartLimitBurst= to [Unit]', () => {
  const s = svc();
  const ds = s.diagnostics(doc(URI, UNIT));
  const d = ds.find((x) => x.range.start.line === 11);
  assert.ok(d);
  assert.equal(d.code, 'systemd-wrong-section');
  assert.match(d.message, /StartLimitIntervalSec= belongs in \[Unit\]/);
  const fix = s.codeActions(doc(URI, UNIT), d.range, [d])[0];
  assert.equal(fix.title, 'Move StartLimitBurst= and StartLimitIntervalSec= to [Unit]');
  const out = applyAction(UNIT, URI, fix);
  const lines = out.split('\n');
  const svcAt = lines.indexOf('[Service]');
  assert.ok(lines.indexOf('StartLimitIntervalSec=300') > 0 && lines.indexOf('StartLimitIntervalSec=300') < svcAt);
  assert.ok(lines.indexOf('StartLimitBurst=5') > 0 && lines.indexOf('StartLimitBurst=5') < svcAt);
  const after = s.diagnostics(doc(URI, out)).filter((x) => /StartLimit/.test(x.message));
  assert.deepEqual(after, []);
});

test('line 11: StartLimitBurst= in [Service] is at most a warning', () => {
  const ds = svc().diagnostics(doc(URI, UNIT)).filter((x) => x.range.start.line === 10);
  assert.ok(ds.length >= 1);
  for (const d of ds) assert.ok((d.severity ?? 1) >= 2, `${d.code} must not be an error`);
  assert.equal(ds[0].code, 'systemd-legacy-placement');
});

test('the example has no other errors', () => {
  const errs = svc().diagnostics(doc(URI, UNIT)).filter((d) => d.severity === 1 && String(d.code).startsWith('systemd-')).map((d) => d.range.start.line + 1);
  assert.deepEqual(errs, [6, 12]);
});
