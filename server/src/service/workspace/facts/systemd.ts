// What the cross-file rules need from one unit file or drop-in: which unit it configures, the units it names
// in dependency settings (each name with its range), and, for an application, its listen port and health path.
import type { Range } from 'vscode-languageserver-types';
import type { SdEntry, SdTree } from '../../parser/systemd/tree';
import { segments } from '../paths';

export const DEPENDENCY_KEYS = ['After', 'Before', 'Requires', 'Wants', 'BindsTo', 'Requisite', 'PartOf', 'OnFailure', 'OnSuccess', 'Upholds'] as const;
export type DependencyKey = (typeof DEPENDENCY_KEYS)[number];

export interface UnitRef {
  readonly key: DependencyKey;
  readonly name: string;
  readonly range: Range;
  readonly entry: SdEntry;
}

export interface AppFact {
  readonly port?: number;
  readonly portAt?: Range;
  readonly healthPath?: string;
  readonly healthAt?: Range;
}

/** The program of an Exec*= command line (prefixes like `-`/`@`/`+` dropped) with its range. */
export interface ExecFact {
  readonly program: string;
  readonly range: Range;
}

export interface SystemdFacts {
  /** The unit this file configures (`x.service`, also for `x.service.d/*.conf`); '' when unknown. */
  readonly unit: string;
  readonly dropIn: boolean;
  readonly refs: UnitRef[];
  readonly app: AppFact;
  readonly execs: ExecFact[];
}

function execsOf(entries: SdEntry[]): ExecFact[] {
  const out: ExecFact[] = [];
  for (const e of entries) {
    if (!e.key.startsWith('Exec')) continue;
    const m = /^([-@:+!|]*)(\S+)/.exec(e.value);
    if (m && m[2].startsWith('/')) out.push({ program: m[2], range: valueRange(e, m[1].length, m[2].length) });
  }
  return out;
}

/** The document range of `length` characters at `offset` of an entry's joined value. */
export function valueRange(e: SdEntry, offset: number, length: number): Range {
  let piece = e.pieces[0];
  for (const p of e.pieces) if (p.valueOffset <= offset) piece = p;
  if (!piece) return e.valueRange;
  const ch = piece.character + (offset - piece.valueOffset);
  return { start: { line: piece.line, character: ch }, end: { line: piece.line, character: ch + length } };
}

/** Whitespace-separated words of a value with their offsets. */
export function valueWords(value: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  for (const m of value.matchAll(/\S+/g)) out.push({ text: m[0], offset: m.index ?? 0 });
  return out;
}

export function unitNameOf(uri: string): { unit: string; dropIn: boolean } {
  const segs = segments(uri);
  const base = segs[segs.length - 1] ?? '';
  const dir = segs[segs.length - 2] ?? '';
  const d = /^(.+\.[a-z]+)\.d$/.exec(dir);
  if (d && base.endsWith('.conf')) return { unit: d[1], dropIn: true };
  return { unit: base.replace(/\.in$/, ''), dropIn: false };
}

const PORT_ARG = /(?:^|\s)(?:--port[= ]|--listen[= ](?:\S*:)?|-p\s?)(\d{2,5})\b/;
const URL = /\bhttps?:\/\/[^/\s:]+(?::(\d+))?(\/[^\s"']*)?/;

function appOf(entries: SdEntry[]): AppFact {
  let port: number | undefined;
  let portAt: Range | undefined;
  let healthPath: string | undefined;
  let healthAt: Range | undefined;
  const setPort = (p: string, e: SdEntry, at: number): void => {
    if (port !== undefined) return;
    port = Number(p);
    portAt = valueRange(e, at, p.length);
  };
  for (const e of entries) {
    if (e.key === 'Environment') {
      const m = /(?:^|[\s"])(?:PORT|LISTEN_PORT|HTTP_PORT)=(\d+)/.exec(e.value);
      if (m) setPort(m[1], e, m.index + m[0].length - m[1].length);
    } else if (e.key === 'ListenStream' && e.section?.name === 'Socket') {
      const m = /(\d+)$/.exec(e.value);
      if (m) setPort(m[1], e, m.index);
    } else if (e.key.startsWith('Exec')) {
      const p = PORT_ARG.exec(e.value);
      if (p && e.key === 'ExecStart') setPort(p[1], e, p.index + p[0].length - p[1].length);
      const u = URL.exec(e.value);
      if (u && u[2] && /health|ready|alive|status|ping/i.test(u[2]) && healthPath === undefined) {
        healthPath = u[2];
        healthAt = valueRange(e, u.index + u[0].length - u[2].length, u[2].length);
        if (u[1] && e.key !== 'ExecStart') setPort(u[1], e, u.index + u[0].indexOf(`:${u[1]}`) + 1);
      }
    }
  }
  return { port, portAt, healthPath, healthAt };
}

const cache = new WeakMap<SdTree, SystemdFacts>();

export function systemdFacts(uri: string, tree: SdTree): SystemdFacts {
  let f = cache.get(tree);
  if (f) return f;
  const { unit, dropIn } = unitNameOf(uri);
  const refs: UnitRef[] = [];
  for (const e of tree.entries ?? []) {
    if (e.section?.name !== 'Unit' || !(DEPENDENCY_KEYS as readonly string[]).includes(e.key)) continue;
    for (const w of valueWords(e.value)) {
      refs.push({ key: e.key as DependencyKey, name: w.text, range: valueRange(e, w.offset, w.text.length), entry: e });
    }
  }
  f = { unit, dropIn, refs, app: appOf(tree.entries ?? []), execs: execsOf(tree.entries ?? []) };
  cache.set(tree, f);
  return f;
}
