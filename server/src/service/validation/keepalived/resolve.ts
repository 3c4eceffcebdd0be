// Replays keepalived's own reading of the file (lib/parser.c process_stream/alloc_value_block) over the
// statement stream: which keyword node each statement is, which statements are values of a list block,
// and the structural complaints keepalived makes (unknown keyword, unexpected or missing '{').
// The result is cached per tree, so hover and completion reuse it.
import type { KStatement, KStreamItem, KTree } from '../../parser/keepalived';
import { resolveSpliced } from './resolveSplice';
import { INCLUDE_NODE, isScriptKeyword, KeywordNode, ROOT } from '../../schema/keepalived';

export type StructureProblem =
  | { readonly kind: 'unknown'; readonly stmt: KStatement; readonly context: KeywordNode; readonly afterMissingClose?: KStatement }
  | { readonly kind: 'unexpected-open'; readonly line: number; readonly char: number; readonly after: KStatement | null; readonly context: KeywordNode }
  | { readonly kind: 'missing-open'; readonly stmt: KStatement; readonly owner: KeywordNode }
  /** A '}' the braces match, but that keepalived reads at the top level because an earlier '{' was ignored. */
  | { readonly kind: 'stray-close'; readonly line: number; readonly char: number };

/** Per-statement tables are arrays indexed by the statement's stream id (cheap on 50k-line files). */
export class Resolution {
  /** Statements that resolved to a keyword, in file order. */
  readonly resolved: KStatement[] = [];
  /** Statements read as values of a list block (virtual_ipaddress, track_script …), in file order. */
  readonly items: KStatement[] = [];
  readonly problems: StructureProblem[] = [];
  /** Statements whose keyword runs a script (vrrp_script `script`, notify*, misc_path …). */
  readonly scripts: KStatement[] = [];
  /** By stream id: the keyword node, or for list values the list node. */
  readonly byId: Array<KeywordNode | undefined>;
  /** By stream id: the block a statement was read in. */
  readonly contextById: Array<KeywordNode | undefined>;
  /** By stream id, for list values: the statement holding the list (the vrrp_instance of a track_script). */
  readonly holderById: Array<KStatement | null | undefined>;
  /** By stream index: 1 when the reading state before that item is the plain top level (a splice point). */
  readonly clean: Uint8Array;
  /** The stream index each problem was found at (parallel to `problems`). */
  readonly problemAt: number[] = [];
  /**
   * For a resolution made by splicing (resolveSplice.ts): the previous version's, whose tables hold for
   * stream items [0, a) and [b, end) (b -1: none). Later checks reuse their own results for those items.
   */
  previous: { readonly res: Resolution; readonly a: number; readonly b: number } | undefined = undefined;

  /** `copy`: a resolution of a stream of the same length whose tables to start from (a splice). */
  constructor(size: number, copy?: Resolution) {
    this.clean = copy ? copy.clean.slice() : new Uint8Array(size + 1);
    this.byId = copy ? copy.byId.slice() : new Array<KeywordNode | undefined>(size).fill(undefined);
    this.contextById = copy ? copy.contextById.slice() : new Array<KeywordNode | undefined>(size).fill(undefined);
    this.holderById = copy ? copy.holderById.slice() : new Array<KStatement | null | undefined>(size).fill(undefined);
  }

  /** The keyword node of a statement (undefined for unknown keywords and list values). */
  node(s: KStatement): KeywordNode | undefined {
    const n = this.byId[s.id];
    return n && !this.isItem(s) ? n : undefined;
  }
  /** The list a value statement belongs to. */
  list(s: KStatement): KeywordNode | undefined {
    return this.isItem(s) ? this.byId[s.id] : undefined;
  }
  holder(s: KStatement): KStatement | undefined {
    return this.holderById[s.id] ?? undefined;
  }
  context(s: KStatement): KeywordNode | undefined {
    return this.contextById[s.id];
  }
  private isItem(s: KStatement): boolean {
    return this.holderById[s.id] !== undefined;
  }
}

const cache = new WeakMap<KTree, Map<KeywordNode, Resolution>>();

/** Resolve the tree, reading its top level as block `root` (ROOT, or the block an include sits in). */
export function resolve(tree: KTree, root: KeywordNode = ROOT): Resolution {
  let byRoot = cache.get(tree);
  if (!byRoot) cache.set(tree, (byRoot = new Map()));
  let r = byRoot.get(root);
  if (!r) {
    r = resolveSpliced(tree, root) ?? run(tree, root);
    byRoot.set(root, r);
  }
  return r;
}

/** The cached resolution of a tree, if any (for reuse by the next version of the same document). */
export function cachedResolution(tree: KTree, root: KeywordNode): Resolution | undefined {
  return cache.get(tree)?.get(root);
}

interface Level {
  readonly node: KeywordNode;
  needOpen: boolean;
  readonly stmt: KStatement | null;
}

function run(tree: KTree, root: KeywordNode): Resolution {
  const r = new Resolution(tree.stream.length);
  runRange(tree, root, r, 0, tree.stream.length, null);
  return r;
}

/**
 * Read stream items [from, to) starting at the plain top level (`last`: the statement before `from`);
 * true when the reading ends at the plain top level too.
 */
export function runRange(tree: KTree, root: KeywordNode, r: Resolution, from: number, to: number, last: KStatement | null): boolean {
  const problems = r.problems;
  const levels: Level[] = [{ node: root, needOpen: false, stmt: null }];
  let list: { node: KeywordNode; needOpen: boolean; holder: KStatement | null } | null = null;
  let opaqueDepth = 0;
  let opaquePending = false;
  const stream = tree.stream;
  for (let at = from; at < to; at++) {
    const item = stream[at];
    if (levels.length === 1 && !levels[0].needOpen && !list && !opaqueDepth && !opaquePending) r.clean[at] = 1;
    const found = problems.length;
    step(item);
    for (let k = found; k < problems.length; k++) r.problemAt.push(at);
  }
  const clean = levels.length === 1 && !levels[0].needOpen && !list && !opaqueDepth && !opaquePending;
  if (clean) r.clean[to] = 1;
  return clean;

  function step(item: KStreamItem): void {
    if (list) {
      if (list.needOpen) {
        list.needOpen = false;
        if (item.kind === 'open') return;
      }
      if (item.kind === 'close') list = null;
      else if (item.kind === 'stmt') {
        const id = item.id;
        r.items.push(item);
        r.byId[id] = list.node;
        r.contextById[id] = list.node;
        r.holderById[id] = list.holder;
      }
      return;
    }
    if (opaquePending) {
      opaquePending = false;
      if (item.kind === 'open') { opaqueDepth = 1; return; }
    }
    if (opaqueDepth) {
      if (item.kind === 'open') opaqueDepth++;
      else if (item.kind === 'close') opaqueDepth--;
      return;
    }
    const top = levels[levels.length - 1];
    if (top.needOpen) {
      top.needOpen = false;
      if (item.kind === 'open') return;
      if (top.stmt) problems.push({ kind: 'missing-open', stmt: top.stmt, owner: top.node });
    } else if (item.kind === 'open') {
      problems.push({ kind: 'unexpected-open', line: item.line, char: item.char, after: last, context: top.node });
      return;
    }
    if (item.kind === 'close') {
      if (levels.length > 1) levels.pop();
      else if (item.block) problems.push({ kind: 'stray-close', line: item.line, char: item.char });
      return; // an unmatched '}' is the parser's extra-brace error
    }
    if (item.kind !== 'stmt') return;
    const stmt = item;
    last = stmt;
    const kw = stmt.words[0]?.text ?? '';
    r.contextById[stmt.id] = top.node;
    if (kw === 'include') { r.byId[stmt.id] = INCLUDE_NODE; r.resolved.push(stmt); return; }
    if (kw.includes('$')) { opaquePending = true; return; }
    const node = top.node.children.get(kw);
    if (!node) {
      problems.push({ kind: 'unknown', stmt, context: top.node });
      return;
    }
    r.byId[stmt.id] = node;
    r.resolved.push(stmt);
    if (node.kind === 'keyword' && isScriptKeyword(node)) r.scripts.push(stmt);
    if (node.kind === 'block') levels.push({ node, needOpen: true, stmt });
    else if (node.kind === 'list') list = { node, needOpen: true, holder: top.stmt };
  }
}
