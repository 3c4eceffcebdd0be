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
  const r = new Resolution(n);
  copyIds(old, r, 0, a);
  if (!atEnd) copyIds(old, r, b, n + 1);
  const before = (s: KStatement) => s.id < a;
  const after = (s: KStatement) => s.id >= b;
  pushWhere(r.resolved, old.resolved, before);
  pushWhere(r.items, old.items, before);
  pushWhere(r.scripts, old.scripts, before);
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
  pushWhere(r.resolved, old.resolved, after);
  pushWhere(r.items, old.items, after);
  pushWhere(r.scripts, old.scripts, after);
  for (let k = 0; k < old.problems.length; k++) {
    if (old.problemAt[k] < b) continue;
    r.problems.push(old.problems[k]);
    r.problemAt.push(old.problemAt[k]);
  }
  return r;
}

/** Per-id tables and clean marks of stream items [from, to) (`to` may be the end mark, one past the stream). */
function copyIds(old: Resolution, r: Resolution, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    r.clean[i] = old.clean[i];
    if (i >= r.byId.length) continue;
    r.byId[i] = old.byId[i];
    r.contextById[i] = old.contextById[i];
    r.holderById[i] = old.holderById[i];
  }
}

function pushWhere(out: KStatement[], from: readonly KStatement[], keep: (s: KStatement) => boolean): void {
  for (const s of from) if (keep(s)) out.push(s);
}
