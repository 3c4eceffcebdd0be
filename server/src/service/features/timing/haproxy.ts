// Health-check timing of HAProxy servers: when a failing server is marked DOWN and a recovered one UP again.
// Defaults per the HAProxy 2.6 configuration manual (section 5.2): inter 2s, fall 3, rise 2, fastinter and
// downinter default to inter; without `timeout check` a whole check may take `inter`.
// https://docs.haproxy.org/2.6/configuration.html#5.2-inter
import type { Directive, HaproxyTree, Section } from '../../parser/haproxy/types';
import { modelOf } from '../../parser/haproxy/model';
import { fmt, Timed, timed } from './timed';

export interface CheckParams {
  check: boolean;
  inter: number;
  fastinter?: number;
  downinter?: number;
  fall: number;
  rise: number;
}

export interface ServerTiming {
  readonly backend: string;
  readonly server: string;
  readonly line: number;
  /** `mode` of the backend (its own or its defaults'); haproxy's default is tcp. */
  readonly mode: string;
  readonly params: Readonly<CheckParams>;
  /** Connection refused (the process died): inter + (fall − 1) × fastinter. */
  readonly down: Timed;
  /** No answer at all (the host is gone): each failing check also waits its connect timeout. */
  readonly downSilent: Timed;
  /** Accepts but never answers (hung application): each failing check also waits `timeout check`. */
  readonly downHang: Timed;
  /** Back UP: downinter + (rise − 1) × fastinter. */
  readonly up: Timed;
}

/** Microseconds per unit: values are converted through integers so 100us is exactly 0.0001 s. */
const MICROS: Record<string, number> = { us: 1, ms: 1e3, s: 1e6, m: 6e7, h: 3.6e9, d: 8.64e10 };

/** An HAProxy time value in seconds (no unit means milliseconds); undefined when malformed. */
export function haproxyTime(v: string | undefined, defaultUnit = 'ms'): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(us|ms|s|m|h|d)?$/.exec(v ?? '');
  return m ? (Number(m[1]) * MICROS[m[2] ?? defaultUnit]) / 1e6 : undefined;
}

/** Apply the check parameters of a `server`/`default-server` line (from its 3rd or 2nd word on). */
function applyParams(p: CheckParams, d: Directive, from: number): void {
  const w = d.words;
  for (let i = from; i < w.length; i++) {
    const k = w[i].text;
    const v = w[i + 1]?.text;
    if (k === 'check') p.check = true;
    else if (k === 'no-check') p.check = false;
    else if (k === 'inter' || k === 'fastinter' || k === 'downinter') {
      const t = haproxyTime(v);
      if (t !== undefined && t > 0) p[k] = t;
      i++;
    } else if (k === 'fall' || k === 'rise') {
      const n = Number(v);
      if (Number.isInteger(n) && n > 0) p[k] = n;
      i++;
    }
  }
}

function timeouts(section: Section | undefined, into: { check?: number; connect?: number }): void {
  for (const d of section?.directives ?? []) {
    if (d.keyword !== 'timeout' && d.keyword !== 'contimeout') continue;
    const kind = d.keyword === 'contimeout' ? 'connect' : d.words[1]?.text;
    const t = haproxyTime(d.words[d.keyword === 'contimeout' ? 1 : 2]?.text);
    if (t === undefined) continue;
    if (kind === 'check') into.check = t;
    else if (kind === 'connect') into.connect = t;
  }
}

function serverTiming(backend: string, mode: string, d: Directive, p: CheckParams, t: { check?: number; connect?: number }): ServerTiming {
  const fast = p.fastinter ?? p.inter;
  const downInter = p.downinter ?? p.inter;
  const fastName = p.fastinter !== undefined ? 'fastinter' : 'inter';
  const base = p.inter + (p.fall - 1) * fast;
  const baseSym = `inter + (fall − 1) × ${fastName}`;
  const baseVal = `${fmt(p.inter)} + (${p.fall} − 1) × ${fmt(fast)}`;
  // With `timeout check`, connecting may take min(timeout connect, inter) and reading `timeout check`;
  // without it the whole check is bounded by inter. A check that times out delays the next one, so each of the
  // `fall` failing checks adds its timeout (measured on HAProxy 2.6: see docs/timing.md).
  const connect = t.check !== undefined ? Math.min(t.connect ?? p.inter, p.inter) : p.inter;
  const read = t.check ?? p.inter;
  const connectName = t.check !== undefined ? 'min(timeout connect, inter)' : 'inter';
  const readName = t.check !== undefined ? 'timeout check' : 'inter';
  return {
    backend,
    server: d.words[1]?.text ?? '',
    line: d.line,
    mode,
    params: { ...p },
    down: timed(base, baseSym, baseVal),
    downSilent: timed(base + p.fall * connect, `${baseSym} + fall × ${connectName}`, `${baseVal} + ${p.fall} × ${fmt(connect)}`),
    downHang: timed(base + p.fall * read, `${baseSym} + fall × ${readName}`, `${baseVal} + ${p.fall} × ${fmt(read)}`),
    up: timed(
      downInter + (p.rise - 1) * fast,
      `${p.downinter !== undefined ? 'downinter' : 'inter'} + (rise − 1) × ${fastName}`,
      `${fmt(downInter)} + (${p.rise} − 1) × ${fmt(fast)}`,
    ),
  };
}

const DEFAULTS: CheckParams = { check: false, inter: 2, fall: 3, rise: 2 };

/**
 * Timing of every checked server of every backend/listen section (servers without `check` are left out), or
 * only of the section with index `only` (a hover needs one backend, not every server of a 20k-line file).
 */
export function serverTimings(tree: HaproxyTree, only?: number): ServerTiming[] {
  const model = modelOf(tree);
  const out: ServerTiming[] = [];
  const proxies = only === undefined ? model.proxies : [model.byIndex.get(only)].filter((p) => p !== undefined);
  for (const proxy of proxies) {
    const kind = proxy.section.kind;
    if (kind !== 'backend' && kind !== 'listen') continue;
    const defaults = proxy.defaults !== undefined ? tree.sections[proxy.defaults] : undefined;
    const base: CheckParams = { ...DEFAULTS };
    for (const d of defaults?.directives ?? []) if (d.keyword === 'default-server') applyParams(base, d, 1);
    const t: { check?: number; connect?: number } = {};
    timeouts(defaults, t);
    timeouts(proxy.section, t);
    const name = proxy.section.name?.text ?? '';
    const modeLine = (sec: Section | undefined) => sec?.directives.filter((d) => d.keyword === 'mode').pop()?.words[1]?.text;
    const mode = modeLine(proxy.section) ?? modeLine(defaults) ?? 'tcp';
    for (const d of proxy.section.directives) {
      if (d.keyword === 'default-server') applyParams(base, d, 1);
      if (d.keyword !== 'server') continue;
      const p = { ...base };
      applyParams(p, d, 3);
      if (p.check) out.push(serverTiming(name, mode, d, p, t));
    }
  }
  return out;
}
