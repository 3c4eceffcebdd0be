// Restart timing of a systemd service: how soon it is restarted, and when start rate limiting gives up.
// Defaults of systemd 252: Restart=no, RestartSec=100ms, StartLimitIntervalSec=10s, StartLimitBurst=5,
// WatchdogSec=0 (off). https://www.freedesktop.org/software/systemd/man/systemd.service.html#RestartSec=
import type { SdTree } from '../../parser/systemd/tree';
import { fmt, Timed, timed } from './timed';

/** Microseconds per unit (seconds when there is none), so sums stay exact. */
const SPAN_UNITS: Array<[RegExp, number]> = [
  [/^(us|usec|µs)$/, 1],
  [/^(ms|msec)$/, 1e3],
  [/^(s|sec|second|seconds)?$/, 1e6],
  [/^(m|min|minute|minutes)$/, 6e7],
  [/^(h|hr|hour|hours)$/, 3.6e9],
  [/^(d|day|days)$/, 8.64e10],
  [/^(w|week|weeks)$/, 6.048e11],
];

/** A systemd time span in seconds ("1min 30s", "100ms", "5"); Infinity for `infinity`; undefined when malformed. */
export function timeSpan(v: string): number | undefined {
  const s = v.trim();
  if (s === 'infinity') return Infinity;
  if (s === '') return undefined;
  let total = 0;
  const re = /(\d+(?:\.\d+)?)\s*([a-zµ]*)\s*/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(s))) {
    const unit = SPAN_UNITS.find(([u]) => u.test(m![2]));
    if (!unit) return undefined;
    total += Number(m[1]) * unit[1];
    at = re.lastIndex;
  }
  return at === s.length ? total / 1e6 : undefined;
}

export interface UnitTiming {
  readonly restart: string;
  /** Delay before each automatic restart; undefined with Restart=no. */
  readonly restartDelay?: Timed;
  readonly burst: number;
  readonly interval: number;
  /**
   * When the start rate limit stops the restarts, assuming the service fails right after each start: the
   * restart attempt number `burst` (start number burst + 1) comes at burst × RestartSec and is refused when that is
   * less than StartLimitIntervalSec. undefined when restarts never give up (or never happen).
   */
  readonly givesUp?: Timed;
  /** How long a hang goes unnoticed by systemd: WatchdogSec= when set. */
  readonly watchdog?: Timed;
}

function last(trees: readonly SdTree[], sections: readonly string[], keys: readonly string[]): string | undefined {
  let v: string | undefined;
  for (const t of trees) for (const e of t.entries) if (e.section && sections.includes(e.section.name) && keys.includes(e.key)) v = e.value;
  return v === '' ? undefined : v;
}

export function unitTiming(trees: readonly SdTree[]): UnitTiming {
  const restart = last(trees, ['Service'], ['Restart']) ?? 'no';
  const delay = timeSpan(last(trees, ['Service'], ['RestartSec']) ?? '100ms') ?? 0.1;
  const burstRaw = Number(last(trees, ['Unit', 'Service'], ['StartLimitBurst']) ?? '5');
  const burst = Number.isInteger(burstRaw) && burstRaw >= 0 ? burstRaw : 5;
  const interval = timeSpan(last(trees, ['Unit', 'Service'], ['StartLimitIntervalSec', 'StartLimitInterval']) ?? '10s') ?? 10;
  const watchdogSec = timeSpan(last(trees, ['Service'], ['WatchdogSec']) ?? '0') ?? 0;
  const restarts = restart !== 'no';
  const limited = interval > 0 && Number.isFinite(interval) && burst * delay < interval;
  return {
    restart,
    restartDelay: restarts ? timed(delay, 'RestartSec', fmt(delay)) : undefined,
    burst,
    interval,
    givesUp: restarts && limited
      ? timed(burst * delay, 'StartLimitBurst × RestartSec (< StartLimitIntervalSec)', `${burst} × ${fmt(delay)} (< ${fmt(interval)})`)
      : undefined,
    watchdog: watchdogSec > 0 && Number.isFinite(watchdogSec) ? timed(watchdogSec, 'WatchdogSec', fmt(watchdogSec)) : undefined,
  };
}
