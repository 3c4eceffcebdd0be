// systemd restart timing: RestartSec, and when StartLimitBurst/StartLimitIntervalSec stop the restarts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSystemd } from '../../../server/src/service/parser/systemd/parser';
import { timeSpan, unitTiming } from '../../../server/src/service/features/timing';

const timing = (...texts: string[]) => unitTiming(texts.map((t, i) => parseSystemd(t, i ? `file:///x/a.service.d/${i}.conf` : 'file:///x/a.service')));

test('time spans', () => {
  assert.deepEqual(['5', '5s', '100ms', '1min 30s', '2h', 'infinity', '1x', ''].map(timeSpan), [5, 5, 0.1, 90, 7200, Infinity, undefined, undefined]);
});

test('Restart=no: no restart, nothing gives up', () => {
  const t = timing('[Service]\nExecStart=/bin/true\n');
  assert.equal(t.restartDelay, undefined);
  assert.equal(t.givesUp, undefined);
});

test('defaults with Restart=on-failure: 100 ms delay; 5 restarts in 0.5 s < 10 s give up', () => {
  const t = timing('[Service]\nExecStart=/bin/true\nRestart=on-failure\n');
  assert.equal(t.restartDelay?.seconds, 0.1);
  assert.equal(t.givesUp?.seconds, 0.5);
  assert.equal(t.givesUp?.formula, 'StartLimitBurst × RestartSec (< StartLimitIntervalSec) = 5 × 0.1 s (< 10 s) = 0.5 s');
});

test('RestartSec long enough never hits the start limit', () => {
  const t = timing('[Service]\nExecStart=/bin/true\nRestart=always\nRestartSec=2s\n');
  assert.equal(t.restartDelay?.seconds, 2);
  assert.equal(t.givesUp, undefined, '5 × 2 s is not below 10 s');
});

test('limits from [Unit] and a drop-in; watchdog', () => {
  const t = timing(
    '[Unit]\nStartLimitIntervalSec=5min\nStartLimitBurst=3\n[Service]\nExecStart=/bin/true\nRestart=always\nRestartSec=30\n',
    '[Service]\nWatchdogSec=20s\n',
  );
  assert.equal(t.givesUp?.seconds, 90);
  assert.equal(t.watchdog?.seconds, 20);
  assert.equal(timing('[Unit]\nStartLimitIntervalSec=0\n[Service]\nRestart=always\n').givesUp, undefined, '0 turns the limit off');
});
