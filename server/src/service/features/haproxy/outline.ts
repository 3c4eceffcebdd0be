// Document symbols (sections with their servers, binds and ACLs) and folding ranges (sections, .if blocks,
// comment blocks).
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { HaproxyTree, Section } from '../../parser/haproxy/index';
import type { ParsedDocument } from '../../types';
import { lineRange, range } from '../../text';

const SECTION_SYMBOL: Readonly<Record<string, SymbolKind>> = {
  global: SymbolKind.Namespace, defaults: SymbolKind.Namespace, frontend: SymbolKind.Interface, backend: SymbolKind.Class, listen: SymbolKind.Class,
};
const CHILD: Readonly<Record<string, SymbolKind>> = { server: SymbolKind.Object, bind: SymbolKind.Event, acl: SymbolKind.Boolean };

export function haproxySymbols(doc: ParsedDocument<HaproxyTree>): DocumentSymbol[] {
  return doc.tree.sections.map((s) => sectionSymbol(doc, s));
}

function sectionSymbol(doc: ParsedDocument<HaproxyTree>, s: Section): DocumentSymbol {
  const h = s.header;
  const name = s.name && s.name.text !== 'from' ? `${s.kind} ${s.name.text}` : s.kind;
  const end = doc.lines.line(s.endLine).length;
  const children: DocumentSymbol[] = [];
  for (const d of s.directives) {
    const kind = CHILD[d.keyword];
    const w = d.words[1];
    if (kind === undefined || !w) continue;
    const r = lineRange(d.line, d.words[0].start, d.words[d.words.length - 1].end);
    children.push({ name: `${d.keyword} ${w.text}`, kind, range: r, selectionRange: lineRange(d.line, w.start, w.end) });
  }
  return {
    name,
    kind: SECTION_SYMBOL[s.kind] ?? SymbolKind.Module,
    range: range(h.line, 0, s.endLine, end),
    selectionRange: lineRange(h.line, (s.name ?? h.words[0]).start, (s.name ?? h.words[0]).end),
    children,
  };
}

export function haproxyFolding(doc: ParsedDocument<HaproxyTree>): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const s of doc.tree.sections) if (s.endLine > s.header.line) out.push({ startLine: s.header.line, endLine: s.endLine });
  for (const [a, b] of doc.tree.condBlocks) if (b > a) out.push({ startLine: a, endLine: b - 1 });
  let start = -1;
  for (let ln = 0; ln <= doc.lines.lineCount; ln++) {
    const isComment = ln < doc.lines.lineCount && /^\s*#/.test(doc.lines.line(ln));
    if (isComment && start < 0) start = ln;
    if (!isComment && start >= 0) {
      if (ln - 1 > start) out.push({ startLine: start, endLine: ln - 1, kind: FoldingRangeKind.Comment });
      start = -1;
    }
  }
  return out;
}
