// Formatting: re-indents every line by its block depth. Only leading whitespace changes, so the meaning
// never does; the continuation lines of a multi-line $NAME definition are left alone, and a file whose
// braces do not balance is not touched.
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { KTree } from '../../parser/keepalived';
import type { ParsedDocument } from '../../types';

/** Block depth at the start of each line that holds stream items. */
function depths(tree: KTree): Map<number, number> {
  const out = new Map<number, number>();
  let depth = 0;
  for (const item of tree.stream) {
    const line = item.line;
    if (item.kind === 'close') depth = Math.max(0, depth - 1);
    if (!out.has(line)) out.set(line, depth);
    if (item.kind === 'open') depth++;
  }
  return out;
}

/** Lines inside multi-line definitions (after a line ending in `\` that starts a `$NAME=`). */
function definitionLines(doc: ParsedDocument<KTree>): Set<number> {
  const skip = new Set<number>();
  for (let n = 0; n < doc.lines.lineCount; n++) {
    const t = doc.lines.line(n);
    if (/^\s*(@\S+\s+)?\$[A-Za-z_]\w*=/.test(t)) {
      let m = n;
      while (doc.lines.line(m).trimEnd().endsWith('\\') && m + 1 < doc.lines.lineCount) skip.add(++m);
      n = m;
    }
  }
  return skip;
}

export function keepalivedFormat(doc: ParsedDocument<KTree>, options: FormattingOptions): TextEdit[] {
  // with unbalanced braces the indentation is the best clue to where a '}' is missing: keep it
  if (doc.tree.errors.some((e) => e.kind === 'unclosed-brace' || e.kind === 'extra-brace')) return [];
  const unit = options.insertSpaces ? ' '.repeat(Math.max(1, options.tabSize)) : '\t';
  const known = depths(doc.tree);
  const skip = definitionLines(doc);
  for (const n of doc.tree.inactiveLines) skip.add(n); // `@name … {` lines: their depth depends on the host
  const edits: TextEdit[] = [];
  let depth = 0;
  for (let n = 0; n < doc.lines.lineCount; n++) {
    const text = doc.lines.line(n);
    const bom = n === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = text.slice(bom);
    // only spaces and tabs are indentation (trimStart would also eat U+FEFF and other characters keepalived reads)
    const indent = /^[ \t]*/.exec(body)?.[0].length ?? 0;
    if (skip.has(n) || indent === body.length) continue;
    // removing the indentation before a U+FEFF on the first line would turn it into a byte-order mark
    if (n === 0 && !bom && body.charCodeAt(indent) === 0xfeff) continue;
    // lines without braces or statements (comments, definitions) keep the depth of the line before
    const want = unit.repeat(known.get(n) ?? depth);
    if (body.slice(0, indent) !== want) {
      edits.push({ range: { start: { line: n, character: bom }, end: { line: n, character: bom + indent } }, newText: want });
    }
    const after = depthAfterLine(doc.tree, n);
    if (after !== undefined) depth = after;
  }
  return edits;
}

const afterCache = new WeakMap<KTree, Map<number, number>>();
/** Depth after the last item of line n, for lines with items. */
function depthAfterLine(tree: KTree, n: number): number | undefined {
  let m = afterCache.get(tree);
  if (!m) {
    m = new Map();
    let depth = 0;
    for (const item of tree.stream) {
      const line = item.line;
      if (item.kind === 'open') depth++;
      else if (item.kind === 'close') depth = Math.max(0, depth - 1);
      m.set(line, depth);
    }
    afterCache.set(tree, m);
  }
  return m.get(n);
}
