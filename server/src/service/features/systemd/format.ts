// Formatting that never changes what systemd reads: `Key = Value` -> `Key=Value`, no leading blanks on entries,
// headers and comments, no trailing blanks (never after a backslash), at most one blank line in a row, a blank line
// before each section header but the first. Continuation lines are left alone.
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';

export function systemdFormat(doc: ParsedDocument<SdTree>, _options: FormattingOptions): TextEdit[] {
  const { tree, lines } = doc;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const replaceLine = (n: number, text: string) => {
    const old = lines.line(n);
    if (old !== text) edits.push({ range: { start: { line: n, character: 0 }, end: { line: n, character: old.length } }, newText: text });
  };
  const continuation = new Set<number>();
  const firstLines = new Map<number, string>();
  for (const e of tree.entries) {
    for (let l = e.range.start.line + 1; l <= e.range.end.line; l++) continuation.add(l);
    const raw = lines.line(e.range.start.line);
    if (e.range.start.line === e.range.end.line) firstLines.set(e.range.start.line, `${e.key}=${e.value}`);
    else firstLines.set(e.range.start.line, `${e.key}=${raw.slice(raw.indexOf('=') + 1).replace(/^[ \t]+/, '')}`);
  }
  const headers = new Set(tree.sections.map((s) => s.headerRange.start.line));
  let blankRun = 0;
  for (let n = 0; n < lines.lineCount; n++) {
    if (continuation.has(n)) {
      blankRun = 0;
      continue;
    }
    const raw = lines.line(n);
    const bom = n === 0 && raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const body = raw.slice(bom.length);
    if (trimWs(body) === '') {
      blankRun++;
      const last = n === lines.lineCount - 1;
      if (blankRun > 1 && !last) edits.push({ range: { start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }, newText: '' });
      else replaceLine(n, bom);
      continue;
    }
    let text = firstLines.get(n) ?? trimWs(body);
    if (text.endsWith('\\') && !firstLines.has(n)) text = body.replace(/^[ \t]+/, '');
    if (headers.has(n) && n > 0 && blankRun === 0 && !isAfterContinuation(lines.line(n - 1))) {
      edits.push({ range: { start: { line: n, character: 0 }, end: { line: n, character: 0 } }, newText: eol });
    }
    blankRun = 0;
    replaceLine(n, bom + text);
  }
  return edits;
}

/** Trims only what systemd counts as white space: JavaScript's trim() would also drop a U+FEFF inside the file,
 * which systemd keeps as part of the line. */
function trimWs(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

function isAfterContinuation(prev: string): boolean {
  return /\\$/.test(prev);
}
