// Reading a line that uses definitions, as keepalived's read_line does: substitute, then read the result
// again (it may now be an @conditional line or a definition, or still hold `$`), then read the other lines
// of multi-line values. Words made by a substitution get the columns of the use they come from, so a
// finding about them points at the `$NAME` on the line the user wrote. Only lines holding '$' come here.
import type { TreeBuilder } from './builder';
import { lexLine, LineToken, skipBlanks } from './lexer';
import { Columns } from './columns';
import { DEFINITION, expand, Expansion, isHostBuiltin, Rest } from './substitute';
import type { KVarUse, KWord } from './types';

/** Emits the statements and braces of one lexed line (parser.ts). */
export type Emit = (b: TreeBuilder, tokens: LineToken[], n: number, length: number, openQuote: number, cond: KWord | undefined) => void;

/** Nested multi-line values (or rereads of a line) deeper than this are taken as never ending. */
const MAX_DEPTH = 16;

/** Column of a `#`/`!` comment outside quotes (not escaped), or the line's length. */
export function commentStart(s: string, from: number): number {
  let q = false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) q = !q;
    else if (!q && (c === 35 || c === 33) && s.charCodeAt(i - 1) !== 92) return i;
  }
  return s.length;
}

/**
 * Read line `n` (`s`, from column `from`, after any `@name`), substituting its uses; the uses written on
 * the line are recorded.
 */
export function substituteLine(b: TreeBuilder, s: string, n: number, from: number, cond: KWord | undefined, emit: Emit): void {
  const body = s.slice(0, commentStart(s, from)).trimEnd();
  const known = b.variableUses.length;
  const x = expand(body, from, b.env, n, null, b.variableUses);
  if (x && !x.endless) return readExpanded(b, x, n, from, cond, s.length, 1, emit);
  const uses = b.variableUses.slice(known);
  if (x?.endless) {
    // point at the first use replaced on the line
    const first = uses.find((u) => u.def);
    endless(b, n, first?.start ?? from, first?.end ?? body.length);
  }
  // read as written; a word whose every $NAME keepalived leaves alone (a defined name) is final, one
  // with names nothing before it defines (and no include before it) is final unless this file is included
  const tokens: LineToken[] = [];
  const openQuote = lexLine(s, 0, s.length, n, from, tokens);
  const noInclude = b.includes.length === 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.brace || t.quoted || t.text.indexOf('$') < 0) continue;
    const inside = uses.filter((u) => u.start >= t.start && u.end <= t.end);
    if (!inside.length) continue;
    if (inside.every((u) => u.blocked)) tokens[i] = { text: t.text, line: t.line, start: t.start, end: t.end, literal: true };
    else if (noInclude && inside.every((u) => u.blocked || (!u.def && !isHostBuiltin(u.text)))) tokens[i] = { text: t.text, line: t.line, start: t.start, end: t.end, undef: true };
  }
  emit(b, tokens, n, s.length, openQuote, cond);
}

function endless(b: TreeBuilder, n: number, start: number, end: number): void {
  b.errors.push({ kind: 'endless-expansion', line: n, start, end, message: 'Substituting the definitions on this line never ends (a definition uses itself): keepalived loops forever reading it.' });
}

function readExpanded(b: TreeBuilder, x: Expansion, n: number, from: number, cond: KWord | undefined, length: number, depth: number, emit: Emit): void {
  readText(b, x.text, x.columns, n, from, cond, length, depth, emit);
  for (const r of x.rests) readRest(b, r, n, length, depth + 1, emit);
}

function readRest(b: TreeBuilder, r: Rest, n: number, length: number, depth: number, emit: Emit): void {
  for (const line of r.lines) {
    readText(b, line, Columns.of(line.length, r.start, r.end), n, 0, undefined, length, depth, emit);
  }
}

/** Read (possibly substituted) text `t` as a line: @conditional, definition, more substitution, words. */
function readText(b: TreeBuilder, t: string, map: Columns, n: number, from: number, cond: KWord | undefined, length: number, depth: number, emit: Emit): void {
  let k = skipBlanks(t, from);
  if (k >= t.length) return;
  if (t.charCodeAt(k) === 64) {
    let e = k;
    while (e < t.length && t[e] !== ' ' && t[e] !== '\t') e++;
    if (e >= t.length) return; // keepalived drops an @name with nothing after it
    cond ??= mapWord({ text: t.slice(k, e), line: n, start: k, end: e }, map);
    k = skipBlanks(t, e);
  }
  const def = t.charCodeAt(k) === 36 ? DEFINITION.exec(t.slice(k)) : null;
  if (def) {
    const nameWord = mapWord({ text: def[1], line: n, start: k + 1, end: k + 1 + def[1].length }, map);
    const value = t.slice(k + def[0].length).trim().replace(/\s*\\$/, '');
    b.define(cond ? { name: def[1], nameWord, value, cond: cond.text } : { name: def[1], nameWord, value });
    return;
  }
  if (t.indexOf('$', k) >= 0) {
    const scratch: KVarUse[] = [];
    if (depth >= MAX_DEPTH) return endless(b, n, map.start(k), map.end(t.length - 1));
    const x = expand(t.slice(0, commentStart(t, k)).trimEnd(), k, b.env, n, map, scratch);
    if (x?.endless) return endless(b, n, map.start(k), map.end(t.length - 1));
    if (x) return readExpanded(b, x, n, k, cond, length, depth + 1, emit);
  }
  const tokens: LineToken[] = [];
  const openQuote = lexLine(t, 0, t.length, n, k, tokens);
  for (let i = 0; i < tokens.length; i++) tokens[i] = mapWord(tokens[i], map);
  emit(b, tokens, n, length, openQuote >= 0 ? map.start(openQuote) : -1, cond);
}

/** A token of substituted text with the columns of the line as written. */
function mapWord<T extends LineToken>(w: T, map: Columns): T {
  const made = !map.allWritten(w.start, w.end);
  const start = map.start(w.start);
  const end = map.end(w.end - 1);
  if (!made && start === w.start && end === w.end) return w; // before any substitution: as lexed
  const out: LineToken = w.quoted ? { text: w.text, line: w.line, start, end, quoted: true } : { text: w.text, line: w.line, start, end };
  if (made) (out as { expanded?: true }).expanded = true;
  if (w.brace) out.brace = true;
  return out as T;
}
