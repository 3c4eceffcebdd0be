// Parameter substitution the way keepalived 2.2.7 does it (lib/parser.c, find_definition/replace_param):
// `$NAME` is replaced only when a blank, ',', ')' or the end of the line follows the name; `${NAME}` anywhere
// (inside quotes too). The value put in is scanned again at once, so values may use other definitions,
// with the values those have at the use (not at the definition). A name that is not defined stays as
// written. A multi-line definition is only replaced where nothing follows the use: its first line takes
// the place of the use and its other lines are read as the lines after it.
import { Columns } from './columns';
import type { KDefinition, KVarUse } from './types';

/** The definitions in effect while the file is read, by name. */
export type DefEnv = Map<string, KDefinition>;

/** Built-in definitions with a fixed value; _PWD, _INSTANCE and _RANDOM depend on the host and stay unreplaced. */
const BUILTIN: ReadonlyMap<string, KDefinition> = new Map(
  [['_HASH', '#'], ['_BANG', '!']].map(([name, value]) => [name, { name, value, nameWord: { text: name, line: -1, start: 0, end: 0 } }]),
);
const HOST_BUILTIN = new Set(['_PWD', '_INSTANCE', '_RANDOM']);

/** keepalived reads a line into a 1024-byte buffer and stops substituting when a value would not fit. */
const MAX_LINE = 1023;
/** A definition that uses itself makes keepalived substitute forever: give up after this many on one line. */
const MAX_REPLACEMENTS = 4096;

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNameChar = (c: number): boolean => isAlpha(c) || isDigit(c) || c === 95;

export function lookup(env: DefEnv, name: string): KDefinition | undefined {
  return env.get(name) ?? BUILTIN.get(name);
}

export function isHostBuiltin(name: string): boolean {
  return HOST_BUILTIN.has(name);
}

interface UseToken {
  readonly name: string;
  /** Length from the `$`. */
  readonly len: number;
  /** keepalived looks the name up (the right character follows it, no parameters on a user definition). */
  readonly ok: boolean;
  /** Nothing follows the use on the line. */
  readonly atEnd: boolean;
  readonly params: boolean;
}

/** The `$NAME` / `${NAME}` starting at `pos` of `t` (a `$`), or null when no name follows. */
export function useAt(t: string, pos: number): UseToken | null {
  let i = pos + 1;
  const braces = t.charCodeAt(i) === 123;
  if (braces) i++;
  const c = t.charCodeAt(i);
  if (!isAlpha(c) && c !== 95) return null;
  const ns = i;
  for (i++; i < t.length && isNameChar(t.charCodeAt(i)); i++);
  const name = t.slice(ns, i);
  if (!braces) {
    const d = t.charCodeAt(i);
    const ok = i === t.length || d === 32 || d === 9 || d === 44 || d === 41;
    return { name, len: i - pos, ok, atEnd: i === t.length, params: false };
  }
  // ${NAME} or ${NAME 1 10} (parameters, which only keepalived's built-in _RANDOM takes)
  let j = i;
  let params = false;
  let lastDigit = -1;
  for (; j < t.length && (t.charCodeAt(j) === 32 || isDigit(t.charCodeAt(j))); j++) if (t.charCodeAt(j) !== 32) { params = true; lastDigit = j; }
  if (t.charCodeAt(j) !== 125 || (params && lastDigit + 1 !== j)) return { name, len: j - pos, ok: false, atEnd: false, params };
  return { name, len: j + 1 - pos, ok: true, atEnd: j + 1 === t.length, params };
}

/** A multi-line value's other lines, read after the line of its use; they map to the use's columns. */
export interface Rest {
  readonly lines: string[];
  readonly start: number;
  readonly end: number;
}

export interface Expansion {
  /** The line after substitution. */
  readonly text: string;
  /** Where each character of `text` comes from on the line as written. */
  readonly columns: Columns;
  /** The remaining lines of multi-line values, in the order keepalived reads them. */
  readonly rests: Rest[];
  /** Substitution never ends here (a definition that uses itself): keepalived loops forever. */
  readonly endless: boolean;
}

/**
 * Substitute the uses in `t` from column `from` on (`t` is one line with its comment and trailing blanks
 * removed). `map` gives where `t`'s characters come from (null: `t` is the line as written). Uses
 * written on the line are appended to `uses` (none when null). Returns null when nothing was replaced.
 */
export function expand(t: string, from: number, env: DefEnv, line: number, map: Columns | null, uses: KVarUse[] | null): Expansion | null {
  let text = t;
  let cols = map;
  const rests: Rest[] = [];
  let count = 0;
  let endless = false;
  let pos = text.indexOf('$', from);
  while (pos >= 0 && pos + 1 < text.length) {
    const tok = useAt(text, pos);
    const written = uses !== null && (!cols || cols.written(pos));
    let def = tok?.ok && !tok.params ? lookup(env, tok.name) : undefined;
    const blocked = def?.multiline && !tok?.atEnd ? 'multiline' : tok && !tok.ok && !tok.params && lookup(env, tok.name) ? 'follow' : undefined;
    if (blocked === 'multiline') def = undefined;
    if (!tok || !def) {
      if (tok && written) uses?.push(use(tok.name, line, cols ? cols.start(pos) : pos, cols ? cols.end(pos + tok.len - 1) : pos + tok.len, undefined, blocked));
      pos = text.indexOf('$', pos + 1);
      continue;
    }
    if (++count > MAX_REPLACEMENTS) { endless = true; break; }
    const lines = def.multiline ? def.value.split('\n') : null;
    const value = lines ? lines[0] : def.value;
    if (text.length - tok.len + value.length > MAX_LINE) break;
    cols ??= Columns.identity(text.length);
    const start = cols.start(pos);
    const end = cols.end(pos + tok.len - 1);
    if (written) uses?.push(use(tok.name, line, start, end, def, undefined));
    if (lines && lines.length > 1) rests.push({ lines: lines.slice(1), start, end });
    text = text.slice(0, pos) + value + text.slice(pos + tok.len);
    cols = cols.replace(pos, tok.len, value.length);
    // a value starting with '~' (a ~SEQ) ends the substitution of the line
    if (value.trimStart().startsWith('~')) break;
    pos = text.indexOf('$', pos);
  }
  if (!count || !cols) return null;
  return { text, columns: cols, rests: rests.reverse(), endless };
}

function use(text: string, line: number, start: number, end: number, def: KDefinition | undefined, blocked: KVarUse['blocked']): KVarUse {
  const u: { -readonly [K in keyof KVarUse]: KVarUse[K] } = { text, line, start, end };
  if (def) u.def = def;
  if (blocked) u.blocked = blocked;
  return u;
}

/**
 * What the definition of use `u` becomes after the substitutions inside its value, with the definitions
 * (`defs`, in file order) read before the use. For hover and messages: computed only when asked.
 */
export function valueAt(defs: readonly KDefinition[], u: KVarUse): string | undefined {
  const def = u.def;
  if (!def || !def.value.includes('$')) return def?.value;
  const env: DefEnv = new Map();
  for (const d of defs) {
    if (d.nameWord.line > u.line || (d.nameWord.line === u.line && d.nameWord.start >= u.start)) break;
    env.set(d.name, d);
  }
  return valueOf(def, env);
}

function valueOf(def: KDefinition, env: DefEnv): string {
  const x = expand(def.value.split('\n')[0], 0, env, -1, null, null);
  if (!x || x.endless) return def.value;
  return def.multiline ? [x.text, ...def.value.split('\n').slice(1)].join('\n') : x.text;
}

/** The `$NAME`s written on line `s` from column `from` that are not substituted there (a definition's value, a ~SEQ line). */
export function usesAsWritten(s: string, from: number, line: number, uses: KVarUse[], inDefinition: boolean): void {
  for (let pos = s.indexOf('$', from); pos >= 0; pos = s.indexOf('$', pos + 1)) {
    const tok = useAt(s, pos);
    if (tok) uses.push(inDefinition ? { text: tok.name, line, start: pos, end: pos + tok.len, inDefinition } : { text: tok.name, line, start: pos, end: pos + tok.len });
  }
}

/** `$NAME=value`: no blank may stand between the name and '='. */
export const DEFINITION = /^\$([A-Za-z_][A-Za-z0-9_]*)=/;
