// Calendar expressions: haconf must never reject one `systemd-analyze calendar` accepts, and should catch
// most that it rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isCalendar } from '../../server/src/service/validation/systemd/calendar';

const DIR = '/tmp/haconf-corpus/valid/systemd';
const HAND = [
  'daily', 'Daily', 'weekly', 'Mon..Fri *-*-* 09:00', 'Mon-Fri 09:00', 'mon,sun 10:00', '*:0/15', '*-*-* *:*:*', '12:00',
  '2024-01-01', '01-01', '*-02~03', '*-*-* 02:00:00 UTC', '*-*-* 02:00:00 Europe/Berlin', '@1700000000', 'hourly UTC',
  '25:00', '*-13-01', 'Mon *-*-* 24:00', '*:*:5.5', 'Funday', '*-*-* 2:0', 'weekly Mon', '00/2:00', '*-*-1..5 4:00',
  'Mon..Wed,Fri 4:00', 'Mon,,Tue 4:00', 'tomorrow', 'now', 'Sat..Sun', '2024-*-* 1:2:3.000001', 'minutely', 'quarterly',
  '*-1/2-1', '1,3,5:00', 'Mon Tue 4:00', '*-*-*', '*-*', '1-2-3-4', '4:00:00:00', 'Mon UTC', 'Mon', '1-2-3', '1969-01-01',
  'Sun *-*-* 02..04:00', '*-*-* 00:00:00/2', '0-1-1', 'Monday', '*-*-* 00:00:60', '*-*-0', '2023-02-30', '1..3:00',
  '*-*-* 0:0:0/10.5', 'Sat,Sun *-*-* 05:00:00', '*-*-* 6,18:00', 'Mon *-*-1..7 03:00', '*:00', '*:*', 'daily daily',
  '*-*-* 1:2:3:4', 'Mon..Fri 25:00', '2025-1-32', '12:60', 'Fri *-*-13', '*-*-~01', '*-*~01',
];

function systemdAccepts(exprs: string[]): boolean[] {
  return exprs.map((e) => {
    const r = spawnSync('systemd-analyze', ['calendar', e], { encoding: 'utf8' });
    return r.status === 0;
  });
}

test('OnCalendar= checks agree with systemd-analyze calendar', (t) => {
  if (spawnSync('systemd-analyze', ['--version']).status !== 0) return t.skip('systemd-analyze is not installed');
  const exprs = new Set(HAND);
  if (existsSync(DIR)) {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.timer'))) {
      for (const m of readFileSync(`${DIR}/${f}`, 'utf8').matchAll(/^OnCalendar=(.+)$/gm)) exprs.add(m[1].trim());
    }
  }
  const list = [...exprs];
  const truth = systemdAccepts(list);
  const falseErrors = list.filter((e, i) => truth[i] && !isCalendar(e));
  const rejected = list.filter((_, i) => !truth[i]);
  const caught = rejected.filter((e) => !isCalendar(e));
  t.diagnostic(`${list.length} expressions; systemd rejects ${rejected.length}, haconf catches ${caught.length}`);
  assert.deepEqual(falseErrors, [], 'haconf must not reject what systemd accepts');
  assert.ok(caught.length >= 0.7 * rejected.length, `caught only ${caught.length}/${rejected.length}: ${rejected.filter((e) => isCalendar(e)).join(' | ')}`);
});
