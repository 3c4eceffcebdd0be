// keepalived.conf parser: lines -> statements with blocks, the flat stream keepalived reads, definitions,
// variable uses and errors with exact ranges. Never throws.
import { closingParen, lexLine, LineToken, skipBlanks } from './lexer';
import { TreeBuilder } from './builder';
import { substituteLine } from './expandLine';
import { DEFINITION, usesAsWritten } from './substitute';
import type { KDefinition, KTree, KWord } from './types';
import { guessUnclosed } from './unclosed';
import { countLines } from '../../text';

const HASH = 35, BANG = 33, AT = 64, DOLLAR = 36, TILDE = 126, SP = 32, TAB = 9, FF = 12, VT = 11;

/** Parse a whole keepalived.conf (or included fragment). */
export function parseKeepalived(text: string): KTree {
  return parseWithCheckpoints(text, null);
}

/**
 * Numbers recorded at each clean top-level line start (see TreeBuilder.clean), CP_SIZE per checkpoint:
 * text offset, line, then the lengths of stream, root, errors, definitions, includes, inactiveLines and
 * variableUses so far. incremental.ts splices trees at these points.
 */
export const CP_SIZE = 9;

/** A full parse; when `checkpoints` is given, the clean top-level line starts are appended to it. */
export function parseWithCheckpoints(text: string, checkpoints: number[] | null): KTree {
  // Lines are read in place (offsets into `text`) rather than split into strings: on a 48k-line file the
  // line strings were tens of thousands of live objects for the GC to copy. Only texts with '\r' are split.
  const split = text.indexOf('\r') >= 0 ? text.split(/\r\n|\r|\n/) : null;
  const lineCount = split ? split.length : countLines(text);
  const b = new TreeBuilder();
  scanLines(b, text, split, 0, 0, lineCount, checkpoints);
  return finishTree(b, lineCount);
}

/** Feed lines [first, end) to `b`, the first one starting at `offset` of `text` (or from `split`). */
export function scanLines(b: TreeBuilder, text: string, split: string[] | null, offset: number, first: number, end_: number, checkpoints: number[] | null): void {
  const tokens: LineToken[] = [];
  let next = offset;
  let lastStream = -1;
  // offset of the next '$' (lines without one never pay for substitution); -1: none left
  let dollar = text.indexOf('$', offset);
  for (let n = first; n < end_; n++) {
    if (checkpoints && b.clean && b.stream.length !== lastStream) {
      lastStream = b.stream.length;
      checkpoints.push(next, n, lastStream, b.root.length, b.errors.length, b.definitions.length, b.includes.length, b.inactive.length, b.variableUses.length);
    }
    let src = text, base = next, end: number;
    if (split) {
      src = split[n];
      base = 0;
      end = src.length;
    } else {
      const nl = text.indexOf('\n', next);
      end = nl < 0 ? text.length : nl;
      next = end + 1;
    }
    const defCont = b.defCont;
    if (defCont) {
      // keepalived ends a multi-line definition at a line that is empty once its comment is removed
      const { cont, content } = definitionLine(src.slice(base, end));
      if (content) defCont.parts.push(content);
      if (!cont) b.endDefinition();
      continue;
    }
    let p = base + (n === 0 && src.charCodeAt(base) === 0xfeff ? 1 : 0);
    for (let c = src.charCodeAt(p); p < end && (c === SP || c === TAB || c === FF || c === VT); c = src.charCodeAt(++p));
    if (p >= end) continue;
    const c0 = src.charCodeAt(p);
    if (c0 === HASH || c0 === BANG) continue;
    tokens.length = 0;
    if (dollar >= 0 && dollar < p && !split) dollar = text.indexOf('$', p);
    const hasDollar = split ? dollar >= 0 && src.indexOf('$', p) >= 0 : dollar >= 0 && dollar < end;
    if (c0 !== AT && c0 !== DOLLAR && c0 !== TILDE && !hasDollar) {
      // the common line: no conditional, definition or sequence prefix
      const openQuote = lexLine(src, base, end, n, p - base, tokens);
      emitLine(b, tokens, n, end - base, openQuote, undefined, undefined);
      continue;
    }
    const s = src.slice(base, end);
    let i = p - base;
    let cond: KWord | undefined;
    if (s[i] === '@') {
      let e = i;
      while (e < s.length && s[e] !== ' ' && s[e] !== '\t') e++;
      cond = { text: s.slice(i, e), line: n, start: i, end: e };
      i = skipBlanks(s, e);
      // an `@name` with nothing after it: keepalived drops the line without a word (checked with 2.2.7 -t)
      if (i >= s.length) continue;
    }
    const def = s.charCodeAt(i) === 36 ? DEFINITION.exec(s.slice(i)) : null;
    if (def) {
      const nameWord: KWord = { text: def[1], line: n, start: i + 1, end: i + 1 + def[1].length };
      const { cont, content: value } = definitionLine(s.slice(i + def[0].length));
      const entry: KDefinition = cond ? { name: def[1], nameWord, value, cond: cond.text } : { name: def[1], nameWord, value };
      usesAsWritten(s, i + def[0].length, n, b.variableUses, true);
      if (cont) b.defCont = { def: entry, parts: value ? [value] : [] };
      else b.define(entry);
      continue;
    }
    let seq: KWord | undefined;
    if (s.charCodeAt(i) === 126 && (s.startsWith('~SEQ', i) || s.startsWith('~LST', i))) {
      const open = s.indexOf('(', i);
      const close = open < 0 ? -1 : closingParen(s, open);
      if (close < 0) {
        b.errors.push({ kind: 'bad-seq', line: n, start: i, end: s.length, message: `${s.slice(i, i + 4)} needs (…) with its parameters.` });
        continue;
      }
      seq = { text: s.slice(i, close + 1), line: n, start: i, end: close + 1 };
      i = close + 1;
    }
    if (hasDollar) {
      // a ~SEQ line's $NAME is the sequence's own variable: keepalived replaces it per repetition
      if (seq) usesAsWritten(s, i, n, b.variableUses, false);
      else {
        substituteLine(b, s, n, i, cond, emitExpanded);
        continue;
      }
    }
    const openQuote = lexLine(s, 0, s.length, n, i, tokens);
    emitLine(b, tokens, n, s.length, openQuote, cond, seq);
  }
}

/** Close the parse: a definition still continuing, blocks never closed; the tree. */
export function finishTree(b: TreeBuilder, lineCount: number): KTree {
  b.endDefinition();
  const unclosed = b.finish();
  for (const blk of guessUnclosed(unclosed, b.closed)) {
    const kw = blk.owner?.words[0]?.text;
    b.errors.push({
      kind: 'unclosed-brace',
      line: blk.openLine,
      start: blk.openChar,
      end: blk.openChar + 1,
      message: kw ? `The '{' of '${kw}' is never closed (a '}' is missing).` : "This '{' is never closed (a '}' is missing).",
    });
  }
  return { root: b.root, stream: b.stream, errors: b.errors, definitions: b.definitions, includes: b.includes, inactiveLines: b.inactive, variableUses: b.variableUses, lineCount };
}

/** The statements and braces of one lexed line (`length` is the line's length, for an open quote's range). */
function emitLine(b: TreeBuilder, tokens: LineToken[], n: number, length: number, openQuote: number, cond: KWord | undefined, seq: KWord | undefined): void {
  if (openQuote >= 0) {
    b.errors.push({ kind: 'unterminated-quote', line: n, start: openQuote, end: length, message: 'This quote is never closed.' });
  }
  // `@name` lines count only on the host whose config id is `name`. Their words are kept (checked as if
  // present), but braces on them would give two structures at once (`@a x {` next to `@^a x {`), so a
  // `@name` line with a brace is read the way keepalived reads it on a host matching no name: absent.
  if (cond && !cond.text.startsWith('@^') && tokens.some((t) => t.brace)) {
    b.inactive.push(n);
    return;
  }
  // a statement's words are the tokens between braces; slicing gives exactly sized arrays (an array
  // grown by push reserves room for 17 elements, which on a 48k-line file is megabytes of spare slots)
  let first = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.brace) continue;
    if (k > first) b.statement(tokens.slice(first, k), cond, seq);
    first = k + 1;
    if (t.text === '{') b.open(t);
    else b.close(t);
  }
  if (tokens.length > first) b.statement(tokens.slice(first), cond, seq);
}

/** emitLine for a line made by substitution (never a ~SEQ line). */
function emitExpanded(b: TreeBuilder, tokens: LineToken[], n: number, length: number, openQuote: number, cond: KWord | undefined): void {
  emitLine(b, tokens, n, length, openQuote, cond, undefined);
}

/**
 * A line of a definition: its text without comment and blanks, and whether the next line continues it.
 * keepalived continues it when the line, once its comment and trailing blanks are removed, ends with '\',
 * and also when the raw line ends with '\' even inside the comment.
 */
function definitionLine(raw: string): { cont: boolean; content: string } {
  const content = stripComment(raw).trim();
  if (content.endsWith('\\')) return { cont: true, content: content.slice(0, -1).trimEnd() };
  return { cont: raw.trimEnd().endsWith('\\'), content };
}

/** The text before a `#`/`!` comment outside quotes. */
function stripComment(s: string): string {
  let q = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') q = !q;
    else if (!q && (s[i] === '#' || s[i] === '!') && s[i - 1] !== '\\') return s.slice(0, i);
  }
  return s;
}
