// Splits one keepalived.conf line into words and braces, the way keepalived's decomment/read_line do:
// `#` and `!` start a comment anywhere outside quotes (`\#`, `\!` are literal), "…" is one word, and every
// `{`/`}` outside quotes is a token of its own. Scans char codes and slices: this runs on every line.
import type { KWord } from './types';
import { nextHash, StringTable } from '../intern';

/** A word, or a brace (text '{' or '}' with `brace` set). */
export type LineToken = KWord & { brace?: true };

const DOLLAR = 36;
const SP = 32, TAB = 9, FF = 12, VT = 11, HASH = 35, BANG = 33, OPEN = 123, CLOSE = 125, QUOTE = 34, BSL = 92;
const isBlank = (c: number): boolean => c === SP || c === TAB || c === FF || c === VT;
const ends = (c: number): boolean => isBlank(c) || c === OPEN || c === CLOSE || c === HASH || c === BANG;

/** Word strings shared across lines (see ../intern.ts). */
const table = new StringTable(4096, 40);

/**
 * Tokens of one line of `s`: the characters from `base` (column 0) to `n` (the line's end, before any line
 * break), lexed from column `from`, appended to `tokens` (a reused array). Taking the whole text with bounds
 * spares a 48k-line file 48k line strings. Returns the column of an unterminated quote, or -1.
 */
export function lexLine(s: string, base: number, n: number, line: number, from: number, tokens: LineToken[]): number {
  let i = base + from;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isBlank(c)) { i++; continue; }
    if (c === HASH || c === BANG) break;
    if (c === OPEN || c === CLOSE) {
      tokens.push({ text: c === OPEN ? '{' : '}', line, start: i - base, end: i - base + 1, brace: true });
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    // fast path: a plain word; `${NAME}` is a variable keepalived replaces before it looks for braces
    while (i < n) {
      const d = s.charCodeAt(i);
      if (d === DOLLAR && i + 1 < n && s.charCodeAt(i + 1) === OPEN) {
        const close = s.indexOf('}', i + 2);
        if (close > 0 && close < n) { i = close + 1; continue; }
      }
      if (ends(d) || d === QUOTE || d === BSL) break;
      hash = nextHash(hash, d);
      i++;
    }
    const d = i < n ? s.charCodeAt(i) : SP;
    if (d !== QUOTE && d !== BSL) {
      tokens.push({ text: table.text(s, start, i, hash), line, start: start - base, end: i - base });
      continue;
    }
    const slow = lexComplexWord(s, n, start, i);
    const end = slow.end - base;
    tokens.push(slow.quoted ? { text: slow.text, line, start: start - base, end, quoted: true } : { text: slow.text, line, start: start - base, end });
    if (slow.openQuote !== undefined) return slow.openQuote - base;
    i = slow.end;
  }
  return -1;
}

/** A word with quotes or backslashes, from `start` (already scanned plainly up to `i`); `n` ends the line. */
function lexComplexWord(s: string, n: number, start: number, i: number): { text: string; end: number; quoted: boolean; openQuote?: number } {
  let text = s.slice(start, i);
  let quoted = false;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch === QUOTE) {
      quoted = true;
      const close = s.indexOf('"', i + 1);
      if (close < 0 || close >= n) return { text: text + s.slice(i + 1, n), end: n, quoted, openQuote: i };
      text += s.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (ch === BSL && i + 1 < n && (s.charCodeAt(i + 1) === HASH || s.charCodeAt(i + 1) === BANG)) { text += s[i + 1]; i += 2; continue; }
    if (ends(ch)) break;
    text += s[i];
    i++;
  }
  return { text, end: i, quoted };
}

/** Index of the `)` closing the `(` at `open`, or -1. */
export function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Column of the first non-blank character at or after `i`. */
export function skipBlanks(s: string, i: number): number {
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}
