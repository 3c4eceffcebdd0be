// What is at a position of a keepalived file: the word, its statement, and the block the position is in.
import type { Position } from 'vscode-languageserver-types';
import type { KBlock, KStatement, KTree, KWord } from '../../parser/keepalived';
import { KeywordNode, ROOT } from '../../schema/keepalived';
import { resolve } from '../../validation/keepalived/resolve';

export interface PositionContext {
  /** The innermost block containing the position (null: top level). */
  readonly block: KBlock | null;
  /** The node of that block (ROOT at top level; undefined when its keyword is unknown). */
  readonly node: KeywordNode | undefined;
  /** True when the block is a list of values (virtual_ipaddress, track_script …). */
  readonly inList: boolean;
  /** The statement on the position's line, if any, and the word under the position. */
  readonly stmt: KStatement | undefined;
  readonly word: KWord | undefined;
  /** Index of the word (or of the word being typed) in the statement. */
  readonly wordIndex: number;
}

function before(line: number, ch: number, l2: number, c2: number): boolean {
  return line < l2 || (line === l2 && ch <= c2);
}

function inside(b: KBlock, p: Position): boolean {
  if (!before(b.openLine, b.openChar + 1, p.line, p.character)) return false;
  if (b.closeLine === undefined) return true;
  return before(p.line, p.character, b.closeLine, b.closeChar ?? 0);
}

/** Innermost block containing `p`, walking down from the top. */
export function blockAt(tree: KTree, p: Position): KBlock | null {
  let list: readonly KStatement[] = tree.root;
  let found: KBlock | null = null;
  for (;;) {
    let next: KBlock | null = null;
    for (const s of list) {
      if (s.block && inside(s.block, p)) next = s.block;
      if (s.line > p.line) break;
    }
    if (!next) return found;
    found = next;
    list = next.children;
  }
}

export function contextAt(tree: KTree, p: Position, root: KeywordNode = ROOT): PositionContext {
  const block = blockAt(tree, p);
  const res = resolve(tree, root);
  const owner = block?.owner;
  const node = !block ? root : owner ? res.node(owner) : undefined;
  const list = block ? block.children : tree.root;
  const stmt = list.find((s) => s.words.length && s.line === p.line && s.words[0].start <= p.character);
  let word: KWord | undefined;
  let wordIndex = 0;
  if (stmt) {
    wordIndex = stmt.words.length;
    for (let i = 0; i < stmt.words.length; i++) {
      const w = stmt.words[i];
      if (p.character >= w.start && p.character <= w.end) { word = w; wordIndex = i; break; }
      if (p.character < w.start) { wordIndex = i; break; }
    }
  }
  return { block, node, inList: node?.kind === 'list', stmt, word, wordIndex };
}

/** The word under the position anywhere in the file (for hover and navigation). */
export function wordAt(tree: KTree, p: Position): { stmt: KStatement; word: KWord; index: number } | undefined {
  const c = contextAt(tree, p);
  if (c.stmt && c.word) return { stmt: c.stmt, word: c.word, index: c.wordIndex };
  // the owner line of a block is outside the block itself
  if (c.block?.owner && c.block.owner.line === p.line) {
    const s = c.block.owner;
    const i = s.words.findIndex((w) => p.character >= w.start && p.character <= w.end);
    if (i >= 0) return { stmt: s, word: s.words[i], index: i };
  }
  return undefined;
}
