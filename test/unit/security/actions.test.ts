// The editor shapes: a code lens with a command, and the Harden code action titled with the score it leads to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hardenCodeAction, securityCodeLenses, SHOW_SECURITY_COMMAND } from '../../../server/src/service/features/security';
import { workspace } from './fixture';

const HAPROXY = '[Unit]\nDescription=HAProxy\n\n[Service]\nExecStart=/usr/sbin/haproxy -Ws -f /etc/haproxy/haproxy.cfg\n';

test('code lens runs the show-report command with the summary', () => {
  const ws = workspace();
  const d = ws.add('/etc/systemd/system/haproxy.service', HAPROXY);
  const [lens] = securityCodeLenses(d, ws.ctx);
  assert.equal(lens.command?.command, SHOW_SECURITY_COMMAND);
  assert.match(lens.command?.title ?? '', /^Exposure 9\.6 UNSAFE · \d+ open items$/);
  assert.equal(lens.command?.arguments?.[0], d.uri);
  assert.match(String(lens.command?.arguments?.[1]), /^\*\*haproxy\.service: exposure 9\.6 UNSAFE\*\*/);
});

test('Harden action: title with before and after, edits for this file', () => {
  const ws = workspace();
  const d = ws.add('/etc/systemd/system/haproxy.service', HAPROXY);
  const a = hardenCodeAction(d, ws.ctx);
  assert.equal(a?.title, 'Harden haproxy.service (haproxy): exposure 9.6 → 2.9');
  assert.equal(a?.kind, 'refactor.rewrite');
  assert.equal(a?.edit?.changes?.[d.uri]?.length, 1);
});

test('Harden from a drop-in edits the drop-in and scores the whole unit', () => {
  const ws = workspace();
  ws.add('/etc/systemd/system/haproxy.service', HAPROXY);
  const drop = ws.add('/etc/systemd/system/haproxy.service.d/hardening.conf', '[Service]\nPrivateTmp=yes\n');
  const a = hardenCodeAction(drop, ws.ctx);
  assert.match(a?.title ?? '', /^Harden haproxy\.service \(haproxy\): exposure 9\.4 → 2\.9$/);
  assert.deepEqual(Object.keys(a?.edit?.changes ?? {}), [drop.uri]);
});
