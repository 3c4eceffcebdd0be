// Splits one haproxy.cfg line into words the way haproxy does: blanks separate words, `#` starts a comment,
// backslash escapes, "double quotes" (escapes and $ENV expanded inside) and 'single quotes' (literal).
import type { Word } from './types';
import { nextHash, StringTable } from '../intern';

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
/** Placeholder until lexLine sets the line's own array. */
const NO_WORDS: Word[] = [];

const isBlank = (c: number) => c === SPACE || c === TAB || c === 12 || c === 11;

/**
 * The words of one line: `line` itself, or the part [from, to) of a larger text (columns count from `from`),
 * which spares the parser one string per line of a large file.
 */
export function lexLine(line: string, from = 0, to = line.length): LexedLine {
  const out: LexedLine = { words: NO_WORDS, errors: NO_ERRORS };
  scratchCount = 0;
  let i = from;
  while (i < to) {
    const c = line.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === HASH) {
      out.commentAt = i - from;
      break;
    }
    i = readWord(line, i, from, to, out);
  }
  // the words gather in one reused array; the tree keeps an exact-size copy per line (an array grown by push
  // keeps spare room, and a new one per line was megabytes of garbage on a 20k-line file)
  out.words = scratchCount ? scratch.slice(0, scratchCount) : [];
  scratchCount = 0;
  return out;
}

/** Fast path: a word with no quote, escape or `$` is a plain slice. */
function readWord(line: string, start: number, base: number, n: number, out: LexedLine): number {
  let i = start;
  let hash = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isBlank(c) || c === HASH) break;
    if (c === DQUOTE || c === SQUOTE || c === BACKSLASH || c === DOLLAR) return readComplexWord(line, start, base, n, out);
    hash = nextHash(hash, c);
    i++;
  }
  scratch[scratchCount++] = { text: table.text(line, start, i, hash), start: start - base, end: i - base };
  return i;
}

/** The words of the line being lexed (lexLine is not reentrant). */
const scratch: Word[] = [];
let scratchCount = 0;

/** Word strings shared across lines (see ../intern.ts). */
const table = new StringTable();

function readComplexWord(line: string, start: number, base: number, n: number, out: LexedLine): number {
  let i = start;
  let text = '';
  let quote = 0;
  let quoteAt = -1;
  let quoted = false;
  let env = false;
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
      const [value, len] = escape(line, i, base, n, out);
      text += value;
      i += len;
      continue;
    }
    if (c === DOLLAR && quote !== SQUOTE && i + 1 < n && /[A-Za-z_{]/.test(line[i + 1])) env = true;
    text += line[i];
    i++;
  }
  if (quote !== 0) addError(out, quoteAt - base, n - base, `unmatched ${quote === DQUOTE ? 'double' : 'single'} quote`);
  scratch[scratchCount++] = { text, start: start - base, end: i - base, quoted, env };
  return i;
}

function addError(out: LexedLine, start: number, end: number, message: string): void {
  if (out.errors === NO_ERRORS) out.errors = [];
  out.errors.push([start, end, message]);
}

/** One backslash escape at `i` (the line ends at `n`; columns count from `base`): its value and its length in the source. */
function escape(line: string, i: number, base: number, n: number, out: LexedLine): [string, number] {
  const next = i + 1 < n ? line[i + 1] : undefined;
  if (next === undefined) return ['\\', 1];
  if (next === 'x') {
    const hex = line.slice(i + 2, Math.min(i + 4, n));
    if (/^[0-9a-fA-F]{2}$/.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), 4];
    addError(out, i - base, Math.min(n, i + 4) - base, 'invalid hexadecimal escape (expected \\xHH)');
    return ['', 2];
  }
  if (next in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[next], 2];
  if (' \t\\#"\'$'.includes(next)) return [next, 2];
  // haproxy keeps an unknown escape as written
  return ['\\' + next, 2];
}
