// Offsets, lines and positions: one index per document version, shared by every feature.
import type { Position, Range } from 'vscode-languageserver-types';

export class LineIndex {
  /** Offset at which each line starts; computed on first use (many versions are never asked for one). */
  private computed?: Int32Array;

  constructor(readonly text: string) {}

  private get starts(): Int32Array {
    return (this.computed ??= lineStarts(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of line `n` without its line break. */
  line(n: number): string {
    const starts = this.starts;
    if (n < 0 || n >= starts.length) return '';
    const start = starts[n];
    let end = n + 1 < starts.length ? starts[n + 1] : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  lineStart(n: number): number {
    return this.starts[Math.max(0, Math.min(n, this.starts.length - 1))];
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.starts[pos.line] + this.line(pos.line).length);
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    const line = lineAtOffset(starts, offset);
    return { line, character: offset - starts[line] };
  }
}

/** The line holding offset `off`: the last of the ascending line `starts` at or before it (binary search). */
export function lineAtOffset(starts: ArrayLike<number>, off: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of lines of a text whose only line break is LF (a native indexOf scan). */
export function countLines(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Offsets of line starts (LF, CRLF, lone CR); a native indexOf scan when the text has no CR. */
function lineStarts(text: string): Int32Array {
  const out: number[] = [0];
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
    return Int32Array.from(out);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) out.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    }
  }
  return Int32Array.from(out);
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** A range on one line. */
export function lineRange(line: number, start: number, end: number): Range {
  return range(line, start, line, end);
}

export function contains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}

export function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Levenshtein distance, capped: used for did-you-mean suggestions. */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidates to `word` (case-insensitive), best first; empty when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const cap = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), cap);
    if (d <= cap) scored.push([c, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, max).map(([c]) => c);
}
