// Failover timing of keepalived VRRP instances: how long a backup waits before declaring the master dead, and how
// long a tracked vrrp_script takes to fail and to recover. Defaults as keepalived 2.2 documents them
// (advert_int 1 s, priority 100, down_timer_adverts 3; vrrp_script interval 1 s, fall 1, rise 1, weight 0):
// https://keepalived.readthedocs.io/en/latest/configuration_synopsis.html
import type { KStatement, KTree } from '../../parser/keepalived/types';
import { fmt, Timed, timed } from './timed';

export interface ScriptTiming {
  readonly name: string;
  readonly line: number;
  readonly interval: number;
  readonly fall: number;
  readonly rise: number;
  readonly weight: number;
  /** Seconds a run may take before it counts as failed, when set. */
  readonly timeout?: number;
  /** From the first failing run to the script being KO: interval × fall. */
  readonly detect: Timed;
  /** From the first good run to the script being OK again: interval × rise. */
  readonly recover: Timed;
}

export interface InstanceTiming {
  readonly name: string;
  readonly line: number;
  readonly state: string;
  readonly priority: number;
  readonly advertInt: number;
  readonly downTimerAdverts: number;
  /** How long this node, as backup, waits for adverts before taking over: N × advert_int + skew. */
  readonly masterDown: Timed;
  readonly preemptDelay: number;
  readonly nopreempt: boolean;
  readonly scripts: ScriptTiming[];
}

function child(stmt: KStatement, keyword: string): KStatement | undefined {
  let found: KStatement | undefined;
  for (const c of stmt.block?.children ?? []) if (c.words[0]?.text === keyword) found = c;
  return found;
}

function num(stmt: KStatement | undefined, keyword: string, fallback: number): number {
  const v = stmt && child(stmt, keyword)?.words[1]?.text;
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
}

function scriptTiming(s: KStatement, name: string): ScriptTiming {
  const interval = num(s, 'interval', 1);
  const fall = Math.max(1, num(s, 'fall', 1));
  const rise = Math.max(1, num(s, 'rise', 1));
  const timeoutStmt = child(s, 'timeout');
  const timeout = timeoutStmt ? num(s, 'timeout', NaN) : undefined;
  return {
    name,
    line: s.line,
    interval,
    fall,
    rise,
    weight: num(s, 'weight', 0),
    timeout: timeout !== undefined && Number.isFinite(timeout) ? timeout : undefined,
    detect: timed(interval * fall, 'interval × fall', `${fmt(interval)} × ${fall}`),
    recover: timed(interval * rise, 'interval × rise', `${fmt(interval)} × ${rise}`),
  };
}

/** The backup's master-down interval (RFC 3768/5798 with keepalived's down_timer_adverts). */
export function masterDown(advertInt: number, priority: number, adverts = 3): Timed {
  const skew = ((256 - priority) / 256) * advertInt;
  return timed(
    adverts * advertInt + skew,
    `${adverts === 3 ? '3' : 'down_timer_adverts'} × advert_int + (256 − priority) / 256 × advert_int`,
    `${adverts} × ${fmt(advertInt)} + (256 − ${priority}) / 256 × ${fmt(advertInt)}`,
  );
}

/** Timing of every vrrp_instance of the file, with the vrrp_scripts each one tracks. */
export function vrrpTimings(tree: KTree): InstanceTiming[] {
  const scripts = new Map<string, KStatement>();
  let globalAdverts = 3;
  for (const top of tree.root) {
    const kw = top.words[0]?.text;
    if (kw === 'vrrp_script' && top.words[1] && top.block) scripts.set(top.words[1].text, top);
    if (kw === 'global_defs') globalAdverts = num(top, 'vrrp_down_timer_adverts', globalAdverts);
  }
  const out: InstanceTiming[] = [];
  for (const top of tree.root) {
    if (top.words[0]?.text !== 'vrrp_instance' || !top.block) continue;
    const advertInt = num(top, 'advert_int', 1);
    const priority = num(top, 'priority', 100);
    const adverts = num(top, 'down_timer_adverts', globalAdverts);
    const tracked: ScriptTiming[] = [];
    for (const item of child(top, 'track_script')?.block?.children ?? []) {
      const name = item.words[0]?.text ?? '';
      const def = scripts.get(name);
      if (!def) continue;
      const base = scriptTiming(def, name);
      const w = item.words.findIndex((x) => x.text === 'weight');
      tracked.push(w > 0 && Number.isFinite(Number(item.words[w + 1]?.text)) ? { ...base, weight: Number(item.words[w + 1].text) } : base);
    }
    out.push({
      name: top.words[1]?.text ?? '',
      line: top.line,
      state: child(top, 'state')?.words[1]?.text ?? 'BACKUP',
      priority,
      advertInt,
      downTimerAdverts: adverts,
      masterDown: masterDown(advertInt, priority, adverts),
      preemptDelay: num(top, 'preempt_delay', 0),
      nopreempt: child(top, 'nopreempt') !== undefined || child(top, 'no_preempt') !== undefined,
      scripts: tracked,
    });
  }
  return out;
}
