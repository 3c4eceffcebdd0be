// HA best-practice rules: things systemd accepts silently but that break failover and restart behaviour.
import type { SdTree } from '../../parser/systemd/tree';
import { valueSubRange } from '../../parser/systemd/parser';
import type { DiagnosticSink } from '../rules';
import { entriesOf, lastValue, words } from './entries';
import { timespanSeconds } from './values';

/** `related`: the other files of the same unit (drop-ins, or the unit file of a drop-in). */
export function checkHa(tree: SdTree, sink: DiagnosticSink, related: readonly SdTree[] = []): void {
  requiresWithoutAfter(tree, sink, related);
  networkOnline(tree, sink, related);
  // A drop-in alone does not show the whole service; the unit file gets these checks.
  if ((tree.unitType !== 'service' && tree.unitType !== undefined) || tree.dropIn) return;
  watchdog(tree, sink);
  startLimit(tree, sink);
  waitLoops(tree, sink);
}

function requiresWithoutAfter(tree: SdTree, sink: DiagnosticSink, related: readonly SdTree[]): void {
  const ordered = new Set<string>();
  for (const t of [tree, ...related]) {
    for (const k of ['After', 'Before']) for (const e of entriesOf(t, 'Unit', k)) for (const w of words(e.value)) ordered.add(w.word);
  }
  for (const k of ['Requires', 'BindsTo']) {
    for (const e of entriesOf(tree, 'Unit', k)) {
      for (const w of words(e.value)) {
        // Sockets, slices and devices get their ordering from systemd's default dependencies.
        if (ordered.has(w.word) || w.word.includes('%') || /\.(socket|slice|device)$/.test(w.word)) continue;
        sink.add('systemd-requires-without-after', valueSubRange(e, w.start, w.start + w.word.length), [k, w.word], {
          data: { unit: w.word, line: e.range.end.line },
        });
      }
    }
  }
}

const ONLINE = 'network-online.target';

/** After=network-online.target only waits when something pulls the target in, and Wants= alone does not wait. */
function networkOnline(tree: SdTree, sink: DiagnosticSink, related: readonly SdTree[]): void {
  const has = (keys: readonly string[]) =>
    [tree, ...related].some((t) => keys.some((k) => entriesOf(t, 'Unit', k).some((e) => words(e.value).some((w) => w.word === ONLINE))));
  const after = has(['After']);
  const pulled = has(['Wants', 'Requires', 'BindsTo', 'Requisite', 'Upholds']);
  if (after === pulled) return;
  const [k, missing] = after ? ['After', 'Wants'] : ['Wants', 'After'];
  for (const key of after ? ['After'] : ['Wants', 'Requires', 'BindsTo', 'Requisite', 'Upholds']) {
    for (const e of entriesOf(tree, 'Unit', key)) {
      const w = words(e.value).find((x) => x.word === ONLINE);
      if (!w) continue;
      const msg = after
        ? `After=${ONLINE} without Wants=${ONLINE}: nothing may pull the target in, so the unit does not wait for the network to be configured.`
        : `${key}=${ONLINE} without After=${ONLINE}: the target is started but this unit does not wait for it.`;
      sink.add('systemd-network-online-incomplete', valueSubRange(e, w.start, w.start + ONLINE.length), [msg], {
        data: { add: `${missing}=${ONLINE}`, line: e.range.end.line, key: k },
      });
    }
  }
}

function watchdog(tree: SdTree, sink: DiagnosticSink): void {
  const e = entriesOf(tree, 'Service', 'WatchdogSec').at(-1);
  if (!e || e.value === '') return;
  const secs = timespanSeconds(e.value);
  if (!secs || secs === Infinity) return;
  if (lastValue(tree, 'Service', 'BusName') || lastValue(tree, 'Service', 'NotifyAccess')) return;
  const type = lastValue(tree, 'Service', 'Type') || 'simple';
  if (type !== 'notify' && type !== 'notify-reload' && type !== 'dbus') sink.add('systemd-watchdog-without-notify', e.keyRange, [type]);
}

/** Does the start limit ever trip? Restarts are RestartSec= apart; the limit needs Burst+1 starts within the interval. */
function startLimit(tree: SdTree, sink: DiagnosticSink): void {
  const restart = lastValue(tree, 'Service', 'Restart');
  if (!restart || restart === 'no') return;
  const intervalE = [...entriesOf(tree, 'Unit', 'StartLimitIntervalSec'), ...entriesOf(tree, 'Unit', 'StartLimitInterval'), ...entriesOf(tree, 'Service', 'StartLimitInterval')].pop();
  const burstE = [...entriesOf(tree, 'Unit', 'StartLimitBurst'), ...entriesOf(tree, 'Service', 'StartLimitBurst')].pop();
  const restartSecE = entriesOf(tree, 'Service', 'RestartSec').at(-1);
  if (!intervalE && !burstE && !restartSecE) return;
  const interval = intervalE ? timespanSeconds(intervalE.value) : 10;
  const burst = burstE ? Number(burstE.value) : 5;
  const restartSec = restartSecE ? timespanSeconds(restartSecE.value) : 0.1;
  if (interval === undefined || restartSec === undefined || !Number.isFinite(burst) || burst <= 0) return;
  if (interval === 0 || restartSec * burst < interval) return;
  const anchorE = restartSecE ?? burstE ?? intervalE;
  if (!anchorE) return;
  const msg =
    `The start limit can never trip: restarts are ${restartSec}s apart, so ${burst + 1} starts take at least ` +
    `${restartSec * burst}s plus run time, which is not inside StartLimitIntervalSec=${interval}s. The service restarts forever; ` +
    `lower RestartSec=/StartLimitBurst= or raise StartLimitIntervalSec= if it should give up (e.g. to let the cluster fail over).`;
  sink.add('systemd-restart-never-gives-up', anchorE.keyRange, [msg]);
}

const LOOP = /\b(while|until)\b[\s\S]*\bdo\b/;

function waitLoops(tree: SdTree, sink: DiagnosticSink): void {
  const timeout = lastValue(tree, 'Service', 'TimeoutStartSec') ?? lastValue(tree, 'Service', 'TimeoutSec');
  const t = timeout === undefined ? 90 : timespanSeconds(timeout);
  const unbounded = t === Infinity || t === 0;
  for (const k of ['ExecStartPre', 'ExecStartPost']) {
    for (const e of entriesOf(tree, 'Service', k)) {
      if (!LOOP.test(e.value) || /\btimeout\s+\d/.test(e.value)) continue;
      const msg = unbounded
        ? `This ${k}= wait loop has no time bound and TimeoutStartSec= is off: if the condition never comes true the unit hangs in "activating" forever. Wrap it in \`timeout\` or count attempts.`
        : `This ${k}= wait loop has no time bound of its own: only TimeoutStartSec= (${timeout ?? '90s default'}) stops it, and then the whole start fails. Wrap it in \`timeout\` or count attempts.`;
      sink.add('systemd-unbounded-wait-loop', e.valueRange, [msg]);
    }
  }
}
