// Per-directive memo of the line-local checks: the findings (and a flag) a check produced for a directive,
// replayed for the same directive object in the next version of the document (see parser/haproxy/reuse.ts),
// so an edit re-checks only the lines it touched. Valid only under the same settings, knowledge, docs base
// and uri, and the same `salt` (what the check reads besides the directive, e.g. the section kind).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Directive, HaproxyTree } from '../../parser/haproxy/types';
import { previousTree } from '../../parser/haproxy/reuse';
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
  readonly entries: Map<string, Array<Entry | undefined>>;
  readonly prev?: { memo: Memo; shared(d: Directive): boolean };
}

const memos = new WeakMap<HaproxyTree, Memo>();
/** The memo of the last env asked for, so a check run does not look it up per line (weakly held). */
let last: { env: WeakRef<CheckEnv>; memo: WeakRef<Memo> } | undefined;

function memoFor(env: CheckEnv): Memo {
  const hit = last?.env.deref() === env ? last?.memo.deref() : undefined;
  if (hit) return hit;
  const memo = lookup(env);
  last = { env: new WeakRef(env), memo: new WeakRef(memo) };
  return memo;
}

function lookup(env: CheckEnv): Memo {
  const m = memos.get(env.tree);
  if (m && m.settings === env.ctx.settings && m.k === env.k && m.docsBase === env.ctx.docsBase && m.uri === env.uri) return m;
  const p = previousTree(env.tree);
  const old = p && memos.get(p.tree);
  const fresh: Memo = { settings: env.ctx.settings, k: env.k, docsBase: env.ctx.docsBase, uri: env.uri, entries: new Map() };
  const usable = old && old.settings === fresh.settings && old.k === fresh.k && old.docsBase === fresh.docsBase && old.uri === fresh.uri;
  const memo = usable ? { ...fresh, prev: { memo: old, shared: p.shared } } : fresh;
  memos.set(env.tree, memo);
  return memo;
}

/**
 * Run `check` for directive `d` (it adds findings to env.sink and returns a flag), or replay what it did for
 * the same directive in the previous version. Returns the flag.
 */
export function memoCheck(env: CheckEnv, name: string, d: Directive, salt: string, check: () => boolean): boolean {
  const memo = memoFor(env);
  let list = memo.entries.get(name);
  if (!list) memo.entries.set(name, (list = new Array(env.tree.directiveCount)));
  const old = memo.prev?.shared(d) ? memo.prev.memo.entries.get(name)?.[d.id] : undefined;
  if (old && old.salt === salt) {
    for (const item of old.items) env.sink.items.push({ ...item });
    list[d.id] = old;
    return old.flag;
  }
  const before = env.sink.items.length;
  const flag = check();
  const after = env.sink.items.length;
  list[d.id] = after > before ? { salt, items: env.sink.items.slice(before, after).map((x) => ({ ...x })), flag } : clean(salt, flag);
  return flag;
}

/** Shared entries for the usual line with no findings (one per salt and flag). */
const CLEAN = new Map<string, Entry>();
const NONE: readonly Diagnostic[] = [];

function clean(salt: string, flag: boolean): Entry {
  const key = flag ? `1${salt}` : salt;
  let e = CLEAN.get(key);
  if (!e) {
    e = { salt, items: NONE, flag };
    if (CLEAN.size < 1024) CLEAN.set(key, e);
  }
  return e;
}
