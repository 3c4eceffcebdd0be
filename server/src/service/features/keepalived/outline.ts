// Outline (document symbols) of the blocks, and folding ranges for blocks and comment runs.
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver-types';
import type { KStatement, KTree } from '../../parser/keepalived';
import type { ParsedDocument } from '../../types';

const KINDS: Readonly<Record<string, SymbolKind>> = {
  global_defs: SymbolKind.Namespace,
  vrrp_instance: SymbolKind.Class,
  vrrp_sync_group: SymbolKind.Package,
  vrrp_script: SymbolKind.Function,
  virtual_server: SymbolKind.Class,
  real_server: SymbolKind.Object,
  sorry_server: SymbolKind.Object,
};

function symbolOf(s: KStatement, lastLine: number): DocumentSymbol | null {
  if (!s.block || !s.words.length) return null;
  const b = s.block;
  const endLine = b.closeLine ?? lastLine;
  const endChar = b.closeLine === undefined ? 0 : (b.closeChar ?? 0) + 1;
  const first = s.words[0];
  const name = s.words.length > 1 ? `${first.text} ${s.words.slice(1).map((w) => w.text).join(' ')}` : first.text;
  const children = b.children.map((c) => symbolOf(c, lastLine)).filter((x): x is DocumentSymbol => x !== null);
  return {
    name,
    kind: KINDS[first.text] ?? (s.parent ? SymbolKind.Field : SymbolKind.Module),
    range: { start: { line: first.line, character: first.start }, end: { line: endLine, character: endChar } },
    selectionRange: { start: { line: first.line, character: first.start }, end: { line: first.line, character: (s.words[1] ?? first).end } },
    children,
  };
}

export function keepalivedSymbols(doc: ParsedDocument<KTree>): DocumentSymbol[] {
  const last = Math.max(0, doc.lines.lineCount - 1);
  return doc.tree.root.map((s) => symbolOf(s, last)).filter((x): x is DocumentSymbol => x !== null);
}

export function keepalivedFolding(doc: ParsedDocument<KTree>): FoldingRange[] {
  const out: FoldingRange[] = [];
  const walk = (list: readonly KStatement[]) => {
    for (const s of list) {
      if (!s.block) continue;
      const end = s.block.closeLine ?? doc.lines.lineCount - 1;
      if (end > s.line) out.push({ startLine: s.line, endLine: s.block.closeLine === undefined ? end : Math.max(s.line, end - 1) });
      walk(s.block.children);
    }
  };
  walk(doc.tree.root);
  let start = -1;
  for (let n = 0; n <= doc.lines.lineCount; n++) {
    const t = n < doc.lines.lineCount ? doc.lines.line(n).trimStart() : '';
    const isComment = t.startsWith('#') || t.startsWith('!');
    if (isComment && start < 0) start = n;
    if (!isComment && start >= 0) {
      if (n - 1 > start) out.push({ startLine: start, endLine: n - 1, kind: FoldingRangeKind.Comment });
      start = -1;
    }
  }
  return out.filter((r) => r.endLine > r.startLine);
}
