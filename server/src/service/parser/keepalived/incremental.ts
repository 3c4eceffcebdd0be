// Reparse only what an edit touched. A keystroke changes one place of a (possibly 48k-line) file; the
// lines before the last clean top-level line start ahead of the change, and those after the first one
// behind it, parse exactly as before, so their objects are reused and only the lines between are read.
// The result is always the tree a full parse gives (any doubt falls back to one): same statements, ids,
// lines and errors. Kept per uri (the previous version of each of a few documents), bounded.
import { TreeBuilder } from './builder';
import { CP_SIZE, parseWithCheckpoints, scanLines } from './parser';
import type { DefEnv } from './substitute';
import type { KDefinition, KTree } from './types';

interface Version {
  readonly text: string;
  readonly tree: KTree;
  /** CP_SIZE numbers per checkpoint (see parser.ts), in file order. */
  readonly cps: number[];
}

/** How a tree was made from its predecessor: stream items [0, a) and [b, end) are the old ones (b -1: none). */
export interface Splice {
  readonly from: KTree;
  readonly a: number;
  readonly b: number;
}
const splices = new WeakMap<KTree, Splice>();

/** The splice a tree came from, so later passes (the keyword resolution) can reuse their old results too. */
export function spliceOf(tree: KTree): Splice | undefined {
  return splices.get(tree);
}

const MAX_DOCUMENTS = 8;
const CHUNK = 2048;
/** uri → its last version, held weakly: a version lives as long as its tree (kept by whoever holds the
 *  tree, e.g. the workspace index), so a document no longer held costs no memory here. */
const previous = new Map<string, WeakRef<Version>>();
const versionOf = new WeakMap<KTree, Version>();

/** Parse `text`, reusing the unchanged parts of the previous version parsed for `uri`. */
export function parseIncremental(text: string, uri: string): KTree {
  const old = previous.get(uri)?.deref();
  let v = old && old.text !== text ? reparse(old, text) : undefined;
  if (!v) {
    const cps: number[] = [];
    v = { text, tree: old?.text === text ? old.tree : parseWithCheckpoints(text, cps), cps: old?.text === text ? old.cps : cps };
  }
  versionOf.set(v.tree, v);
  previous.delete(uri);
  previous.set(uri, new WeakRef(v));
  if (previous.size > MAX_DOCUMENTS) previous.delete(previous.keys().next().value as string);
  return v.tree;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The last checkpoint (index) whose offset is <= `at`; -1 for none. */
function lastAtOrBefore(cps: number[], at: number): number {
  let lo = 0, hi = cps.length / CP_SIZE - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cps[mid * CP_SIZE] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function reparse(old: Version, text: string): Version | undefined {
  const a = old.text, tree = old.tree;
  // line breaks other than '\n' and files ending with blocks open are rare: a full parse handles them
  if (text.indexOf('\r') >= 0 || a.indexOf('\r') >= 0 || tree.errors.some((e) => e.kind === 'unclosed-brace')) return undefined;
  const min = Math.min(a.length, text.length);
  // common prefix and suffix: whole chunks first (string comparison runs natively), then characters
  let p = 0;
  while (p + CHUNK <= min && a.substring(p, p + CHUNK) === text.substring(p, p + CHUNK)) p += CHUNK;
  while (p < min && a.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  const room = min - p;
  while (s + CHUNK <= room && a.substring(a.length - s - CHUNK, a.length - s) === text.substring(text.length - s - CHUNK, text.length - s)) s += CHUNK;
  while (s < room && a.charCodeAt(a.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = a.length - s, newEnd = text.length - s, delta = text.length - a.length;
  if (countNewlines(a, p, oldEnd) !== countNewlines(text, p, newEnd)) return undefined;
  const cps = old.cps, count = cps.length / CP_SIZE;
  const ia = lastAtOrBefore(cps, p);
  if (ia < 0) return undefined;
  // the first checkpoint whose line break before it lies behind the change (offset - 1 >= oldEnd)
  let ib = lastAtOrBefore(cps, oldEnd) + 1;
  if (ib <= ia) ib = ia + 1;
  const A = ia * CP_SIZE;
  const atEnd = ib >= count;
  const B = ib * CP_SIZE;
  const endLine = atEnd ? tree.lineCount : cps[B + 1];
  const b = new TreeBuilder(cps[A + 2], envAt(tree.definitions, cps[A + 5]));
  const mid: number[] = [];
  scanLines(b, text, null, cps[A], cps[A + 1], endLine, mid);
  if (atEnd) {
    if (b.finish().length) return undefined; // blocks left open: guessing which needs the whole file
    b.endDefinition();
  } else if (!b.clean || b.stream.length !== cps[B + 2] - cps[A + 2]) return undefined;
  // the lines after the change were substituted with the old definitions: they must still hold
  else if (!sameDefinitions(b.definitions, tree.definitions, cps[A + 5], cps[B + 5])) return undefined;

  const lists = [tree.stream, tree.root, tree.errors, tree.definitions, tree.includes, tree.inactiveLines, tree.variableUses] as const;
  const fresh = [b.stream, b.root, b.errors, b.definitions, b.includes, b.inactive, b.variableUses] as const;
  const joined = lists.map((list: readonly unknown[], k) => {
    const out = list.slice(0, cps[A + 2 + k]);
    for (const x of fresh[k] as readonly unknown[]) out.push(x);
    for (let i = atEnd ? list.length : cps[B + 2 + k]; i < list.length; i++) out.push(list[i]);
    return out;
  });
  const next: KTree = {
    root: joined[1] as KTree['root'],
    stream: joined[0] as KTree['stream'],
    errors: joined[2] as KTree['errors'],
    definitions: joined[3] as KTree['definitions'],
    includes: joined[4] as KTree['includes'],
    inactiveLines: joined[5] as KTree['inactiveLines'],
    variableUses: joined[6] as KTree['variableUses'],
    lineCount: tree.lineCount,
  };
  // one step back only: the old tree's own splice goes, so versions do not chain up in memory
  splices.delete(tree);
  splices.set(next, { from: tree, a: cps[A + 2], b: atEnd ? -1 : cps[B + 2] });
  // checkpoints: those before A, the new middle's (counts made absolute), those from B on (shifted)
  const out = cps.slice(0, A);
  for (let i = 0; i < mid.length; i += CP_SIZE) {
    out.push(mid[i], mid[i + 1]);
    for (let k = 0; k < 7; k++) out.push(mid[i + 2 + k] + cps[A + 2 + k]);
  }
  if (!atEnd) {
    const shift = fresh.map((f, k) => cps[A + 2 + k] + f.length - cps[B + 2 + k]);
    for (let i = B; i < cps.length; i += CP_SIZE) {
      out.push(cps[i] + delta, cps[i + 1]);
      for (let k = 0; k < 7; k++) out.push(cps[i + 2 + k] + shift[k]);
    }
  }
  return { text, tree: next, cps: out };
}

/** The definitions in effect after the first `count` of `defs` (in file order). */
function envAt(defs: readonly KDefinition[], count: number): DefEnv {
  const env: DefEnv = new Map();
  for (let i = 0; i < count; i++) env.set(defs[i].name, defs[i]);
  return env;
}

/** `fresh` defines the same names, values and places as `old[from, to)`. */
function sameDefinitions(fresh: readonly KDefinition[], old: readonly KDefinition[], from: number, to: number): boolean {
  if (fresh.length !== to - from) return false;
  for (let i = 0; i < fresh.length; i++) {
    const x = fresh[i], y = old[from + i];
    if (x.name !== y.name || x.value !== y.value || x.multiline !== y.multiline || x.cond !== y.cond || x.nameWord.line !== y.nameWord.line || x.nameWord.start !== y.nameWord.start) return false;
  }
  return true;
}
