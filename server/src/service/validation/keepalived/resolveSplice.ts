// The keyword resolution of an edited document, reusing the previous version's: when the parser spliced
// the tree (parser/keepalived/incremental.ts) and the reading is at the plain top level at both splice
// points, only the middle is read again; the per-id tables and lists of the rest are copied. Returns
// undefined whenever that cannot be shown to equal a full resolution.
import type { KStatement, KTree } from '../../parser/keepalived';
import { spliceOf } from '../../parser/keepalived/incremental';
import type { KeywordNode } from '../../schema/keepalived';
import { cachedResolution, Resolution, runRange } from './resolve';

export function resolveSpliced(tree: KTree, root: KeywordNode): Resolution | undefined {
  const splice = spliceOf(tree);
  const old = splice && cachedResolution(splice.from, root);
  if (!splice || !old) return undefined;
  const n = tree.stream.length;
  const { a } = splice;
  const atEnd = splice.b < 0;
  const b = atEnd ? n : splice.b;
  if (!old.clean[a] || (!atEnd && !old.clean[b])) return undefined;
  // the old results from b on were read with the old middle's last statement at hand: only a '{' that
  // comes before any statement there uses it
  for (let i = b; i < n && tree.stream[i].kind !== 'stmt'; i++) if (tree.stream[i].kind === 'open') return undefined;
  // same stream length (b given): start from copies of the old tables and clear the middle
  const r = atEnd ? new Resolution(n) : new Resolution(n, old);
  if (atEnd) copyIds(old, r, 0, a);
  else clearIds(r, a, b);
  copyRange(r.resolved, old.resolved, 0, a);
  copyRange(r.items, old.items, 0, a);
  copyRange(r.scripts, old.scripts, 0, a);
  for (let k = 0; k < old.problems.length && old.problemAt[k] < a; k++) {
    r.problems.push(old.problems[k]);
    r.problemAt.push(old.problemAt[k]);
  }
  let last: KStatement | null = null;
  for (let i = a - 1; i >= 0 && !last; i--) {
    const item = tree.stream[i];
    if (item.kind === 'stmt') last = item;
  }
  if (!runRange(tree, root, r, a, b, last) && !atEnd) return undefined;
  old.previous = undefined; // one version back only: no chain of old resolutions in memory
  r.previous = { res: old, a, b: splice.b };
  if (atEnd) return r;
  copyRange(r.resolved, old.resolved, b, Infinity);
  copyRange(r.items, old.items, b, Infinity);
  copyRange(r.scripts, old.scripts, b, Infinity);
  for (let k = 0; k < old.problems.length; k++) {
    if (old.problemAt[k] < b) continue;
    r.problems.push(old.problems[k]);
    r.problemAt.push(old.problemAt[k]);
  }
  return r;
}

/** Per-id tables and clean marks of stream items [from, to). */
function copyIds(old: Resolution, r: Resolution, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    r.clean[i] = old.clean[i];
    r.byId[i] = old.byId[i];
    r.contextById[i] = old.contextById[i];
    r.holderById[i] = old.holderById[i];
  }
}

/** Empty per-id tables and clean marks for stream items [from, to), to be read again. */
function clearIds(r: Resolution, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    r.clean[i] = 0;
    r.byId[i] = undefined;
    r.contextById[i] = undefined;
    r.holderById[i] = undefined;
  }
}

/** Index of the first statement with id >= `id` in a list sorted by id. */
function firstAtOrAfter(list: readonly KStatement[], id: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Append the statements of `list` (sorted by id) whose id is in [lo, hi). */
function copyRange(out: KStatement[], list: readonly KStatement[], lo: number, hi: number): void {
  const end = hi === Infinity ? list.length : firstAtOrAfter(list, hi);
  for (let i = firstAtOrAfter(list, lo); i < end; i++) out.push(list[i]);
}
