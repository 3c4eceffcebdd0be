// Splitting a long single-line command into continuation lines at argument boundaries (outside quotes).
import type { TextEdit } from 'vscode-languageserver-types';
import type { SdEntry, SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';

const MAX = 80;

/** Word boundaries of a command line outside quotes: [start, end) of each argument. */
export function execWords(value: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /\s/.test(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    let quote = '';
    while (i < value.length && (quote || !/\s/.test(value[i]))) {
      const c = value[i];
      if (c === '\\') i++;
      else if (quote && c === quote) quote = '';
      else if (!quote && (c === '"' || c === "'")) quote = c;
      i++;
    }
    out.push([start, Math.min(i, value.length)]);
  }
  return out;
}

export function splitExecLine(doc: ParsedDocument<SdTree>, e: SdEntry): TextEdit | null {
  if (e.range.start.line !== e.range.end.line) return null;
  const line = doc.lines.line(e.range.start.line);
  if (line.length <= MAX) return null;
  const words = execWords(e.value);
  if (words.length < 3) return null;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const parts: string[] = [];
  let cur = '';
  for (const [s, t] of words) {
    const w = e.value.slice(s, t);
    if (cur && (cur.length + 1 + w.length > MAX - 8 || w.startsWith('-'))) {
      parts.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  parts.push(cur);
  if (parts.length < 2) return null;
  return { range: e.valueRange, newText: parts.join(` \\${eol}    `) };
}
