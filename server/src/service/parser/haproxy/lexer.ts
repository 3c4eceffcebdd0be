// Splits one haproxy.cfg line into words the way haproxy does: blanks separate words, `#` starts a comment,
// backslash escapes, "double quotes" (escapes and $ENV expanded inside) and 'single quotes' (literal).
import type { Word } from './types';

export interface LexedLine {
  words: Word[];
  commentAt?: number;
  /** Problems found, as [start column, end column, message]. */
  errors: Array<[number, number, string]>;
}

const SIMPLE_ESCAPES: Record<string, string> = { r: '\r', n: '\n', t: '\t' };

export function lexLine(line: string): LexedLine {
  const out: LexedLine = { words: [], errors: [] };
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    if (c === '#') {
      out.commentAt = i;
      break;
    }
    i = readWord(line, i, out);
  }
  return out;
}

function readWord(line: string, start: number, out: LexedLine): number {
  let i = start;
  let text = '';
  let quote: '"' | "'" | '' = '';
  let quoteAt = -1;
  let quoted = false;
  let env = false;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (!quote && (c === ' ' || c === '\t' || c === '#')) break;
    if (c === quote) {
      quote = '';
      i++;
      continue;
    }
    if (!quote && (c === '"' || c === "'")) {
      quote = c;
      quoteAt = i;
      quoted = true;
      i++;
      continue;
    }
    if (c === '\\' && quote !== "'") {
      const [value, len] = escape(line, i, out);
      text += value;
      i += len;
      continue;
    }
    if (c === '$' && quote !== "'" && /[A-Za-z_{]/.test(line[i + 1] ?? '')) env = true;
    text += c;
    i++;
  }
  if (quote) {
    out.errors.push([quoteAt, n, `unmatched ${quote === '"' ? 'double' : 'single'} quote`]);
  }
  out.words.push({ text, start, end: i, quoted, env });
  return i;
}

/** One backslash escape at `i`: its value and its length in the source. */
function escape(line: string, i: number, out: LexedLine): [string, number] {
  const next = line[i + 1];
  if (next === undefined) return ['\\', 1];
  if (next === 'x') {
    const hex = line.slice(i + 2, i + 4);
    if (/^[0-9a-fA-F]{2}$/.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), 4];
    out.errors.push([i, Math.min(line.length, i + 4), 'invalid hexadecimal escape (expected \\xHH)']);
    return ['', 2];
  }
  if (next in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[next], 2];
  if (' \t\\#"\'$'.includes(next)) return [next, 2];
  // haproxy keeps an unknown escape as written
  return ['\\' + next, 2];
}
