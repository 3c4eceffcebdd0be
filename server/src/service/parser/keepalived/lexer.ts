// Splits one keepalived.conf line into words and braces, the way keepalived's decomment/read_line do:
// `#` and `!` start a comment anywhere outside quotes (`\#`, `\!` are literal), "…" is one word, and every
// `{`/`}` outside quotes is a token of its own.
import type { KWord } from './types';

export type LineToken = KWord & { readonly brace?: '{' | '}' };

export interface LexedLine {
  readonly tokens: LineToken[];
  /** Column where an unterminated quote starts, if any. */
  readonly openQuote?: number;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\v';

/** Tokens of `s` (one line, no line break) from column `from`. */
export function lexLine(s: string, line: number, from = 0): LexedLine {
  const tokens: LineToken[] = [];
  let i = from;
  let openQuote: number | undefined;
  while (i < s.length) {
    const c = s[i];
    if (isBlank(c)) { i++; continue; }
    if (c === '#' || c === '!') break;
    if (c === '{' || c === '}') {
      tokens.push({ text: c, line, start: i, end: i + 1, brace: c });
      i++;
      continue;
    }
    const start = i;
    let text = '';
    let quoted = false;
    while (i < s.length) {
      const ch = s[i];
      if (ch === '"') {
        quoted = true;
        const close = s.indexOf('"', i + 1);
        if (close < 0) {
          openQuote = i;
          text += s.slice(i + 1);
          i = s.length;
          break;
        }
        text += s.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      if (ch === '\\' && (s[i + 1] === '#' || s[i + 1] === '!')) { text += s[i + 1]; i += 2; continue; }
      if (isBlank(ch) || ch === '{' || ch === '}' || ch === '#' || ch === '!') break;
      text += ch;
      i++;
    }
    tokens.push(quoted ? { text, line, start, end: i, quoted } : { text, line, start, end: i });
    if (openQuote !== undefined) break;
  }
  return openQuote === undefined ? { tokens } : { tokens, openQuote };
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
  while (i < s.length && isBlank(s[i])) i++;
  return i;
}
