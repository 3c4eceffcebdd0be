// Value checks per kind, mirroring what systemd's own parsers accept. Only kinds we can check exactly are checked;
// everything else is accepted (a false "invalid value" is worse than a missed one).
import type { DirectiveSpec, EnumSpec, EnumValue } from '../../schema/systemd/types';
import { splitCommand } from './exec';
import { isCalendar } from './calendar';

const BOOL = /^(1|yes|y|true|t|on|0|no|n|false|f|off)$/i;
const TIME_UNITS = new Set([
  'usec', 'us', 'µs', 'μs', 'msec', 'ms', 'seconds', 'second', 'sec', 's', 'minutes', 'minute', 'min', 'months', 'month',
  'M', 'm', 'hours', 'hour', 'hr', 'h', 'days', 'day', 'd', 'weeks', 'week', 'w', 'years', 'year', 'y',
]);
const SIGNALS = new Set([
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'IOT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM',
  'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'POLL',
  'PWR', 'SYS',
]);

export function isBool(v: string): boolean {
  return BOOL.test(v);
}

/** systemd's time span syntax: `infinity`, or numbers with optional units, e.g. `1min 30s`, `2.5h`, `500ms`. */
export function isTimespan(v: string): boolean {
  const s = v.trim();
  if (s === 'infinity') return true;
  let i = 0;
  let parts = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    const num = /^(\d+(\.\d+)?|\.\d+)/.exec(s.slice(i));
    if (!num) return false;
    i += num[0].length;
    while (i < s.length && /\s/.test(s[i])) i++;
    const unit = /^[a-zA-Zµμ]*/.exec(s.slice(i))?.[0] ?? '';
    if (unit && !TIME_UNITS.has(unit)) return false;
    i += unit.length;
    parts++;
  }
  return parts > 0;
}

/** A time span in seconds, or undefined when unparsable; infinity gives Infinity. */
export function timespanSeconds(v: string, defaultUnit = 1): number | undefined {
  const s = v.trim();
  if (s === 'infinity') return Infinity;
  if (!isTimespan(s)) return undefined;
  const mult: Record<string, number> = {
    usec: 1e-6, us: 1e-6, µs: 1e-6, μs: 1e-6, msec: 1e-3, ms: 1e-3, seconds: 1, second: 1, sec: 1, s: 1, minutes: 60,
    minute: 60, min: 60, m: 60, hours: 3600, hour: 3600, hr: 3600, h: 3600, days: 86400, day: 86400, d: 86400,
    weeks: 604800, week: 604800, w: 604800, months: 2629800, month: 2629800, M: 2629800, years: 31557600, year: 31557600,
    y: 31557600,
  };
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Zµμ]*)/g)) total += Number(m[1]) * (m[2] ? mult[m[2]] : defaultUnit);
  return total;
}

export function isSignal(v: string): boolean {
  if (/^\d+$/.test(v)) return Number(v) > 0 && Number(v) < 65;
  const n = v.startsWith('SIG') ? v.slice(3) : v;
  if (SIGNALS.has(n)) return true;
  return /^RTM(IN|AX)([+-]\d+)?$/.test(n);
}

function findEnum(spec: EnumSpec, v: string): EnumValue | undefined {
  return spec.values.find((e) => (spec.caseInsensitive ? e.value.toLowerCase() === v.toLowerCase() : e.value === v));
}

export interface ValueProblem {
  /** What is wrong, in a sentence fragment: "is not a boolean". */
  readonly reason: string;
  /** Set when the value is valid but newer than the target release. */
  readonly newerSince?: number;
  /** Valid values to suggest (enums). */
  readonly expected?: readonly string[];
  /** Set when the value is valid but systemd warns that it is obsolete. */
  readonly deprecated?: { readonly note: string; readonly replacement?: string };
}

function checkEnum(spec: EnumSpec, v: string, version: number): ValueProblem | null {
  const e = findEnum(spec, v);
  if (e?.since && e.since > version) return { reason: `needs systemd ${e.since}`, newerSince: e.since };
  if (e) return e.deprecated ? { reason: e.deprecated.note, deprecated: e.deprecated } : null;
  if (spec.acceptsBool && isBool(v)) return null;
  const prefix = spec.prefixes?.find((p) => v.startsWith(p.prefix));
  if (prefix?.since && prefix.since > version) return { reason: `needs systemd ${prefix.since}`, newerSince: prefix.since };
  if (prefix) return null;
  if (spec.acceptsNumber && /^\d+$/.test(v)) return null;
  const known = spec.values.filter((x) => !x.since || x.since <= version);
  const expected = [...(spec.acceptsBool ? ['yes', 'no'] : []), ...known.map((x) => x.value)];
  return { reason: `is not one of: ${expected.join(', ')}`, expected };
}

/** Checks a non-empty value; null when systemd would accept it. */
export function checkValue(d: DirectiveSpec, value: string, version: number): ValueProblem | null {
  const v = value;
  switch (d.kind) {
    case 'bool':
      return isBool(v) ? null : { reason: 'is not a boolean (yes/no, true/false, on/off, 1/0)', expected: ['yes', 'no'] };
    case 'timespan':
      return isTimespan(v) ? null : { reason: 'is not a time span (e.g. 30s, 5min, 1h 30min, infinity)' };
    case 'unsigned':
      return /^\+?(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+|\d+)$/.test(v) ? null : { reason: 'is not an unsigned integer' };
    case 'integer': {
      const r = RANGES[d.name];
      if (!/^[-+]?\d+$/.test(v)) return { reason: r ? `is not an integer between ${r[0]} and ${r[1]}` : 'is not an integer' };
      return !r || (Number(v) >= r[0] && Number(v) <= r[1]) ? null : { reason: `is out of range (${r[0]} to ${r[1]})` };
    }
    case 'mode':
      return /^[0-7]+$/.test(v) && Number.parseInt(v, 8) <= 0o7777 ? null : { reason: 'is not an octal access mode (e.g. 0755)' };
    case 'path':
      return checkAbsolute(d.name === 'ExecSearchPath' ? v.split(':') : [v], d.name);
    case 'paths':
      return checkAbsolute(quotedWords(v).map((w) => w.replace(/^[-+]+/, '')), d.name);
    case 'limit':
      return checkLimit(d.name, v);
    case 'size':
      return /^\d+(\.\d+)?\s*[KMGTPEB]?$/.test(v) ? null : { reason: 'is not a size (bytes, optionally with K, M, G, T, P or E)' };
    case 'signal':
      return isSignal(v) ? null : { reason: 'is not a signal name or number (e.g. SIGTERM)' };
    case 'nice': {
      const n = /^[-+]?\d+$/.test(v) ? Number(v) : NaN;
      return n >= -20 && n <= 19 ? null : { reason: 'is not a nice level between -20 and 19' };
    }
    case 'weight': {
      if (v === 'idle' && d.name.includes('CPU')) return null;
      const [lo, hi] = d.name.includes('BlockIO') ? [10, 1000] : [1, 10000];
      const n = /^\d+$/.test(v) ? Number(v) : NaN;
      return n >= lo && n <= hi ? null : { reason: `is not a weight between ${lo} and ${hi}` };
    }
    case 'units':
      return d.section === 'Unit' && d.dumpType === 'UNIT [...]' ? checkUnitNames(v) : null;
    case 'environ':
      return checkEnvironment(v);
    case 'other':
      return checkOther(d.name, v);
    case 'calendar':
      return isCalendar(v) ? null : { reason: 'is not a calendar expression (e.g. daily, Mon..Fri *-*-* 09:00, *:0/15); check it with `systemd-analyze calendar`' };
    case 'condition':
      return /^(Condition|Assert)(Path|Directory|File|NeedsUpdate)/.test(d.name) ? checkAbsolute([v.replace(/^[|!]+\s*/, '')], d.name) : null;
    case 'enum':
      return d.enumSpec && d.enumSpec.values.length ? checkEnum(d.enumSpec, v, version) : null;
    default:
      return null;
  }
}

/** Kinds whose values systemd rejects when a trailing `# comment` is glued on. */
export function commentBreaksValue(d: DirectiveSpec): boolean {
  return ['bool', 'timespan', 'unsigned', 'integer', 'size', 'signal', 'nice', 'weight', 'enum', 'units', 'unit', 'environ', 'mode'].includes(d.kind);
}

/** Index of an inline `#` comment (whitespace then #, outside quotes), or -1. */
export function inlineCommentAt(value: string): number {
  let quote = '';
  for (let i = 1; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '#' && /\s/.test(value[i - 1]) && (i + 1 >= value.length || /\s/.test(value[i + 1]))) return i;
  }
  return -1;
}

/** Allowed ranges of integer directives. */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  OOMScoreAdjust: [-1000, 1000],
  IOSchedulingPriority: [0, 7],
  CPUSchedulingPriority: [0, 99],
};

/** Directives whose path may be relative (systemd resolves it). */
const RELATIVE_OK = new Set(['PIDFile', 'What']);

function checkAbsolute(paths: readonly string[], name: string): ValueProblem | null {
  if (RELATIVE_OK.has(name)) return null;
  const bad = paths.filter((p) => p !== '' && !p.startsWith('/') && !p.startsWith('%'));
  return bad.length ? { reason: `has a path that is not absolute (${bad.join(', ')})` } : null;
}

const LIMIT_PART = /^(infinity|[-+]?\d+(\.\d+)?\s*[A-Za-zµμ]*)$/;
const MEMORY = /^(infinity|\d+(\.\d+)?\s*[KMGTPEB]?|\d+(\.\d+)?%)$/;

function checkLimit(name: string, v: string): ValueProblem | null {
  if (name.startsWith('Limit')) return v.split(':').every((p) => LIMIT_PART.test(p)) ? null : { reason: 'is not a resource limit (a number with an optional unit, infinity, or SOFT:HARD)' };
  if (/Memory/.test(name)) return MEMORY.test(v) ? null : { reason: 'is not a memory size (bytes with K, M, G or T, a percentage, or infinity)' };
  return null;
}

const UNIT_NAME = /^[A-Za-z0-9:_.\\-]+(@[A-Za-z0-9:_.\\-]*)?\.(service|socket|target|device|mount|automount|swap|timer|path|slice|scope)$/;

/** Words of a value split like systemd's extract_first_word: blanks separate, quotes group. */
export function quotedWords(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && i + 1 < value.length) cur += value[++i];
      else cur += c;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      inWord = true;
      if (c === '"' || c === "'") quote = c;
      else if (c === '\\' && i + 1 < value.length) cur += value[++i];
      else cur += c;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

function checkUnitNames(v: string): ValueProblem | null {
  const bad = v.split(/\s+/).filter((w) => w && !w.includes('%') && !UNIT_NAME.test(w));
  return bad.length ? { reason: `has ${bad.length > 1 ? 'invalid unit names' : 'an invalid unit name'} (${bad.join(', ')}): unit names need a type suffix such as .service or .target` } : null;
}

const SIMPLE_ENV = /^([A-Za-z_][A-Za-z0-9_]*=\S*)(\s+[A-Za-z_][A-Za-z0-9_]*=\S*)*$/;

function checkEnvironment(v: string): ValueProblem | null {
  if (SIMPLE_ENV.test(v) && !/["'\\%]/.test(v)) return null;
  if (v.includes('\\') && splitCommand(v).badEscapes.length) return { reason: 'has an unknown backslash escape (write \\\\ for a backslash)' };
  const bad = quotedWords(v).filter((w) => {
    const eq = w.indexOf('=');
    const name = eq < 0 ? w : w.slice(0, eq);
    return !name.includes('%') && (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  });
  return bad.length ? { reason: `has ${bad.length > 1 ? 'invalid assignments' : 'an invalid assignment'} (${bad.join(', ')}): each item must be NAME=value` } : null;
}

const STATE_DIRS = new Set(['RuntimeDirectory', 'StateDirectory', 'CacheDirectory', 'LogsDirectory', 'ConfigurationDirectory']);

function checkOther(name: string, v: string): ValueProblem | null {
  if (STATE_DIRS.has(name)) {
    const bad = quotedWords(v).filter((w) => w.startsWith('/'));
    return bad.length ? { reason: `has an absolute path (${bad.join(', ')}); these directories are relative to their base directory` } : null;
  }
  if (name === 'TasksMax') return /^(infinity|\d+%?|\d+\.\d+%)$/.test(v) ? null : { reason: 'is not a task count, a percentage or infinity' };
  return null;
}
