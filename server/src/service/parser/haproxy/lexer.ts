// Splits one haproxy.cfg line into words the way haproxy does: blanks separate words, `#` starts a comment,
// backslash escapes, "double quotes" (escapes and $ENV expanded inside) and 'single quotes' (literal).
import type { Word } from './types';

export interface LexedLine {
  words: Word[];
  commentAt?: number;
  /** Problems found, as [start column, end column, message]. */
  errors: Array<[number, number, string]>;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const BACKSLASH = 92;
const DQUOTE = 34;
const SQUOTE = 39;
const DOLLAR = 36;

const SIMPLE_ESCAPES: Record<string, string> = { r: '\r', n: '\n', t: '\t' };
const NO_ERRORS: Array<[number, number, string]> = [];

const isBlank = (c: number) => c === SPACE || c === TAB || c === 12 || c === 11;

export function lexLine(line: string): LexedLine {
  const out: LexedLine = { words: [], errors: NO_ERRORS };
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === HASH) {
      out.commentAt = i;
      break;
    }
    i = readWord(line, i, out);
  }
  // a pushed-to array keeps spare capacity, and the tree holds one per line: keep an exact-size copy
  if (out.words.length) out.words = out.words.slice();
  return out;
}

/** Fast path: a word with no quote, escape or `$` is a plain slice. */
function readWord(line: string, start: number, out: LexedLine): number {
  const n = line.length;
  let i = start;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isBlank(c) || c === HASH) break;
    if (c === DQUOTE || c === SQUOTE || c === BACKSLASH || c === DOLLAR) return readComplexWord(line, start, out);
    i++;
  }
  out.words.push({ text: line.slice(start, i), start, end: i });
  return i;
}

function readComplexWord(line: string, start: number, out: LexedLine): number {
  let i = start;
  let text = '';
  let quote = 0;
  let quoteAt = -1;
  let quoted = false;
  let env = false;
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (quote === 0 && (isBlank(c) || c === HASH)) break;
    if (c === quote) {
      quote = 0;
      i++;
      continue;
    }
    if (quote === 0 && (c === DQUOTE || c === SQUOTE)) {
      quote = c;
      quoteAt = i;
      quoted = true;
      i++;
      continue;
    }
    if (c === BACKSLASH && quote !== SQUOTE) {
      const [value, len] = escape(line, i, out);
      text += value;
      i += len;
      continue;
    }
    if (c === DOLLAR && quote !== SQUOTE && /[A-Za-z_{]/.test(line[i + 1] ?? '')) env = true;
    text += line[i];
    i++;
  }
  if (quote !== 0) addError(out, quoteAt, n, `unmatched ${quote === DQUOTE ? 'double' : 'single'} quote`);
  out.words.push({ text, start, end: i, quoted, env });
  return i;
}

function addError(out: LexedLine, start: number, end: number, message: string): void {
  if (out.errors === NO_ERRORS) out.errors = [];
  out.errors.push([start, end, message]);
}

/** One backslash escape at `i`: its value and its length in the source. */
function escape(line: string, i: number, out: LexedLine): [string, number] {
  const next = line[i + 1];
  if (next === undefined) return ['\\', 1];
  if (next === 'x') {
    const hex = line.slice(i + 2, i + 4);
    if (/^[0-9a-fA-F]{2}$/.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), 4];
    addError(out, i, Math.min(line.length, i + 4), 'invalid hexadecimal escape (expected \\xHH)');
    return ['', 2];
  }
  if (next in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[next], 2];
  if (' \t\\#"\'$'.includes(next)) return [next, 2];
  // haproxy keeps an unknown escape as written
  return ['\\' + next, 2];
}
