// Outline (sections with their directives) and folding (sections, continued values, comment blocks).
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';

export function systemdSymbols(doc: ParsedDocument<SdTree>): DocumentSymbol[] {
  return doc.tree.sections.map((s) => ({
    name: `[${s.name}]`,
    kind: SymbolKind.Module,
    range: s.range,
    selectionRange: s.nameRange,
    children: s.entries.map((e) => ({
      name: e.key,
      detail: e.value.length > 60 ? `${e.value.slice(0, 57)}...` : e.value,
      kind: SymbolKind.Property,
      range: e.range,
      selectionRange: e.keyRange,
    })),
  }));
}

export function systemdFolding(doc: ParsedDocument<SdTree>): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const s of doc.tree.sections) {
    if (s.range.end.line > s.range.start.line) out.push({ startLine: s.range.start.line, endLine: s.range.end.line });
  }
  for (const e of doc.tree.entries) {
    if (e.range.end.line > e.range.start.line) out.push({ startLine: e.range.start.line, endLine: e.range.end.line });
  }
  let start = -1;
  let prev = -2;
  const flush = () => {
    if (start >= 0 && prev > start) out.push({ startLine: start, endLine: prev, kind: FoldingRangeKind.Comment });
  };
  for (const c of doc.tree.comments) {
    if (c.inContinuation) continue;
    if (c.line !== prev + 1) {
      flush();
      start = c.line;
    }
    prev = c.line;
  }
  flush();
  return out;
}
