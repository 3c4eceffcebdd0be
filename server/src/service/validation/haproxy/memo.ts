// Per-directive memo of the line-local checks: the findings (and a flag) a check produced for a directive,
// replayed for the same directive object in the next version of the document (see parser/haproxy/reuse.ts),
// so an edit re-checks only the lines it touched. Valid only under the same settings, knowledge, docs base
// and uri, and the same `salt` (what the check reads besides the directive, e.g. the section kind).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Directive, HaproxyTree, Section } from '../../parser/haproxy/types';
import { previousTree, sameDirectives } from '../../parser/haproxy/reuse';
import type { CheckEnv } from './env';

interface Entry {
  readonly salt: string;
  readonly items: readonly Diagnostic[];
  readonly flag: boolean;
}

interface Memo {
  readonly settings: object;
  readonly k: object;
  readonly docsBase: string;
  readonly uri: string;
  readonly entries: Map<string, Array<Entry | string | undefined>>;
  /** Per check name: section header → what the check did for that section (see sectionMemo). */
  readonly sections: Map<string, Map<Directive, SectionEntry>>;
  readonly prev?: { memo: Memo; shared(d: Directive): boolean };
}

const NO_ITEMS: readonly Diagnostic[] = [];

interface SectionEntry {
  readonly salt: string;
  /** The section's lines when it was checked: the findings hold while they are the same objects. */
  readonly directives: readonly Directive[];
  readonly items: readonly Diagnostic[];
}

const memos = new WeakMap<HaproxyTree, Memo>();
function memoFor(env: CheckEnv): Memo {
  const m = memos.get(env.tree);
  if (m && m.settings === env.ctx.settings && m.k === env.k && m.docsBase === env.ctx.docsBase && m.uri === env.uri) return m;
  const p = previousTree(env.tree);
  const old = p && memos.get(p.tree);
  const fresh: Memo = { settings: env.ctx.settings, k: env.k, docsBase: env.ctx.docsBase, uri: env.uri, entries: new Map(), sections: new Map() };
  const usable = old && old.settings === fresh.settings && old.k === fresh.k && old.docsBase === fresh.docsBase && old.uri === fresh.uri;
  const memo = usable ? { ...fresh, prev: { memo: old, shared: p.shared } } : fresh;
  memos.set(env.tree, memo);
  return memo;
}

/** The memo of one check over one tree, taken once per check run. */
export interface LineMemo {
  readonly list: Array<Entry | string | undefined>;
  readonly prev?: readonly (Entry | string | undefined)[];
  readonly shared?: (d: Directive) => boolean;
}

export function lineMemo(env: CheckEnv, name: string): LineMemo {
  const memo = memoFor(env);
  let list = memo.entries.get(name);
  if (!list) memo.entries.set(name, (list = new Array(env.tree.directiveCount)));
  const prev = memo.prev?.memo.entries.get(name);
  return prev && memo.prev ? { list, prev, shared: memo.prev.shared } : { list };
}

/**
 * Run `check` for directive `d` (it adds findings to env.sink and returns a flag), or replay what it did for
 * the same directive in the previous version. Returns the flag.
 */
export function memoCheck(env: CheckEnv, m: LineMemo, d: Directive, salt: string, check: () => boolean): boolean {
  const old = m.prev && m.shared?.(d) ? m.prev[d.id] : undefined;
  if (old !== undefined) {
    // a bare salt stands for a clean line (no findings, flag false)
    if (old === salt) {
      m.list[d.id] = old;
      return false;
    }
    if (typeof old !== 'string' && old.salt === salt) {
      for (const item of old.items) env.sink.items.push({ ...item });
      m.list[d.id] = old;
      return old.flag;
    }
  }
  const before = env.sink.items.length;
  const flag = check();
  const after = env.sink.items.length;
  m.list[d.id] = after > before || flag ? { salt, items: env.sink.items.slice(before, after).map((x) => ({ ...x })), flag } : salt;
  return flag;
}


/**
 * Run `check` for a whole section (it adds findings to env.sink), or replay what it did for the same section in
 * the previous version: same header and line objects (the parser keeps a line's object only while the line is
 * unchanged and in place) and the same `salt` (what the check reads from outside the section).
 */
export function sectionMemo(env: CheckEnv, name: string, section: Section, salt: string, check: () => void): void {
  const memo = memoFor(env);
  let mine = memo.sections.get(name);
  if (!mine) memo.sections.set(name, (mine = new Map()));
  const old = memo.prev?.memo.sections.get(name)?.get(section.header);
  if (old && old.salt === salt && sameDirectives(old.directives, section.directives)) {
    for (const item of old.items) env.sink.items.push({ ...item });
    mine.set(section.header, old);
    return;
  }
  const before = env.sink.items.length;
  check();
  const after = env.sink.items.length;
  // a section's line array is not changed once parsed: keep it as it is
  mine.set(section.header, { salt, directives: section.directives, items: after > before ? env.sink.items.slice(before, after).map((x) => ({ ...x })) : NO_ITEMS });
}
