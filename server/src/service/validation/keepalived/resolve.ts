// Replays keepalived's own reading of the file (lib/parser.c process_stream/alloc_value_block) over the
// statement stream: which keyword node each statement is, which statements are values of a list block,
// and the structural complaints keepalived makes (unknown keyword, unexpected or missing '{').
// The result is cached per tree, so hover and completion reuse it.
import type { KStatement, KTree } from '../../parser/keepalived';
import { INCLUDE_NODE, KeywordNode, ROOT } from '../../schema/keepalived';

export type StructureProblem =
  | { readonly kind: 'unknown'; readonly stmt: KStatement; readonly context: KeywordNode; readonly afterMissingClose?: KStatement }
  | { readonly kind: 'unexpected-open'; readonly line: number; readonly char: number; readonly after: KStatement | null; readonly context: KeywordNode }
  | { readonly kind: 'missing-open'; readonly stmt: KStatement; readonly owner: KeywordNode }
  /** A '}' the braces match, but that keepalived reads at the top level because an earlier '{' was ignored. */
  | { readonly kind: 'stray-close'; readonly line: number; readonly char: number };

export interface Resolution {
  /** The node each keyword statement resolved to. */
  readonly nodes: Map<KStatement, KeywordNode>;
  /** Statements read as values of a list block (virtual_ipaddress, track_script …): their list node. */
  readonly listItems: Map<KStatement, KeywordNode>;
  /** For list values: the statement of the block holding the list (the vrrp_instance of a track_script). */
  readonly listHolder: Map<KStatement, KStatement>;
  /** The block a statement was read in (ROOT at top level). */
  readonly context: Map<KStatement, KeywordNode>;
  readonly problems: StructureProblem[];
}

const cache = new WeakMap<KTree, Resolution>();

export function resolve(tree: KTree): Resolution {
  let r = cache.get(tree);
  if (!r) {
    r = run(tree);
    cache.set(tree, r);
  }
  return r;
}

interface Level {
  readonly node: KeywordNode;
  needOpen: boolean;
  readonly stmt: KStatement | null;
}

function run(tree: KTree): Resolution {
  const nodes = new Map<KStatement, KeywordNode>();
  const listItems = new Map<KStatement, KeywordNode>();
  const context = new Map<KStatement, KeywordNode>();
  const listHolder = new Map<KStatement, KStatement>();
  const problems: StructureProblem[] = [];
  const levels: Level[] = [{ node: ROOT, needOpen: false, stmt: null }];
  let list: { node: KeywordNode; needOpen: boolean; holder: KStatement | null } | null = null;
  let opaqueDepth = 0;
  let opaquePending = false;
  let last: KStatement | null = null;
  for (const item of tree.stream) {
    if (list) {
      if (list.needOpen) {
        list.needOpen = false;
        if (item.kind === 'open') continue;
      }
      if (item.kind === 'close') list = null;
      else if (item.kind === 'stmt') {
        listItems.set(item.stmt, list.node);
        context.set(item.stmt, list.node);
        if (list.holder) listHolder.set(item.stmt, list.holder);
      }
      continue;
    }
    if (opaquePending) {
      opaquePending = false;
      if (item.kind === 'open') { opaqueDepth = 1; continue; }
    }
    if (opaqueDepth) {
      if (item.kind === 'open') opaqueDepth++;
      else if (item.kind === 'close') opaqueDepth--;
      continue;
    }
    const top = levels[levels.length - 1];
    if (top.needOpen) {
      top.needOpen = false;
      if (item.kind === 'open') continue;
      if (top.stmt) problems.push({ kind: 'missing-open', stmt: top.stmt, owner: top.node });
    } else if (item.kind === 'open') {
      problems.push({ kind: 'unexpected-open', line: item.line, char: item.char, after: last, context: top.node });
      continue;
    }
    if (item.kind === 'close') {
      if (levels.length > 1) levels.pop();
      else if (item.block) problems.push({ kind: 'stray-close', line: item.line, char: item.char });
      continue; // an unmatched '}' is the parser's extra-brace error
    }
    if (item.kind !== 'stmt') continue;
    const stmt = item.stmt;
    last = stmt;
    const kw = stmt.words[0]?.text ?? '';
    context.set(stmt, top.node);
    if (kw === 'include') { nodes.set(stmt, INCLUDE_NODE); continue; }
    if (kw.includes('$')) { opaquePending = true; continue; }
    const node = top.node.children.get(kw);
    if (!node) {
      problems.push({ kind: 'unknown', stmt, context: top.node });
      continue;
    }
    nodes.set(stmt, node);
    if (node.kind === 'block') levels.push({ node, needOpen: true, stmt });
    else if (node.kind === 'list') list = { node, needOpen: true, holder: top.stmt };
  }
  return { nodes, listItems, listHolder, context, problems };
}
