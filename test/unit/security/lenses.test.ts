// The code lens on [Service] and its hover summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { securityHover, securityLenses } from '../../../server/src/service/features/security';
import { workspace } from './fixture';

test('one lens on the [Service] header with score, rating and open items', () => {
  const ws = workspace();
  const d = ws.add('/etc/systemd/system/a.service', '[Unit]\nDescription=a\n\n[Service]\nExecStart=/bin/true\nDynamicUser=yes\n');
  const lenses = securityLenses(d, ws.ctx);
  assert.equal(lenses.length, 1);
  assert.deepEqual(lenses[0].range, { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } });
  assert.equal(lenses[0].title, `Exposure 8.4 EXPOSED · ${lenses[0].items.length} open items`);
  assert.ok(lenses[0].items.every((i) => (i.badness ?? 0) > 0));
  assert.match(lenses[0].hover, /^\*\*a\.service: exposure 8\.4 EXPOSED\*\*/);
  assert.match(lenses[0].hover, /\[`PrivateNetwork=`\]\(https:\/\/www\.freedesktop\.org\/software\/systemd\/man\/systemd\.exec\.html#PrivateNetwork=\) .*\(\+0\.5\)/);
  assert.match(lenses[0].hover, /… and \d+ more/);
});

test('no lens for other unit types', () => {
  const ws = workspace();
  assert.deepEqual(securityLenses(ws.add('/etc/systemd/system/a.timer', '[Timer]\nOnCalendar=daily\n'), ws.ctx), []);
});

test('hover on the [Service] header lists the open items; elsewhere nothing', () => {
  const ws = workspace();
  const d = ws.add('/etc/systemd/system/a.service', '[Unit]\nDescription=a\n\n[Service]\nExecStart=/bin/true\n');
  const h = securityHover(d, { line: 3, character: 3 }, ws.ctx);
  assert.match(h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '', /^\*\*a\.service: exposure 9\.6 UNSAFE\*\*/);
  assert.equal(securityHover(d, { line: 4, character: 3 }, ws.ctx), null);
});
