// Command lines of Exec*= directives, checked the way systemd 252 splits them: prefixes, executable path,
// quoting and C escapes. Several commands may be joined by a standalone `;`.
import type { SdEntry } from '../../parser/systemd/tree';
import { valueSubRange } from '../../parser/systemd/parser';
import type { DiagnosticSink } from '../rules';
import { execPrefix } from '../../schema/systemd/execPrefixes';

const ESCAPE = /^(\\[abfnrtvs\\"'\n]|\\x[0-9a-fA-F]{2}|\\[0-7]{3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})/;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Splits a command line into words; reports unbalanced quotes and offsets of unknown escapes. */
export function splitCommand(value: string): { words: Word[]; unbalanced: boolean; badEscapes: number[] } {
  if (!/["'\\]/.test(value)) {
    // Fast path: no quotes and no escapes, so words are runs of non-blanks.
    const plain: Word[] = [];
    for (const m of value.matchAll(/\S+/g)) plain.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
    return { words: plain, unbalanced: false, badEscapes: [] };
  }
  const words: Word[] = [];
  const badEscapes: number[] = [];
  let i = 0;
  let unbalanced = false;
  while (i < value.length) {
    while (i < value.length && /\s/.test(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    let quote = '';
    let text = '';
    while (i < value.length && (quote || !/\s/.test(value[i]))) {
      const c = value[i];
      if (c === '\\') {
        const m = ESCAPE.exec(value.slice(i));
        if (m) {
          text += m[0];
          i += m[0].length;
          continue;
        }
        if (!(value[i + 1] === ';' && i === start && (i + 2 >= value.length || /\s/.test(value[i + 2])))) badEscapes.push(i);
        text += value.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (quote && c === quote) quote = '';
      else if (!quote && (c === '"' || c === "'")) quote = c;
      else text += c;
      i++;
    }
    if (quote) unbalanced = true;
    words.push({ start, end: Math.min(i, value.length), text });
  }
  return { words, unbalanced, badEscapes };
}

interface Prefixes {
  readonly length: number;
  readonly argv0: boolean;
  readonly pipe: boolean;
}

/** Reads the `-@:+!|` prefixes (each once; `+` excludes `!`; `!!` allowed; `|` since 258). */
function readPrefixes(w: string): Prefixes {
  let ignore = false, argv0 = false, noEnv = false, full = false, bang = 0, pipe = false;
  let i = 0;
  for (; i < w.length; i++) {
    const c = w[i];
    if (c === '-' && !ignore) ignore = true;
    else if (c === '@' && !argv0) argv0 = true;
    else if (c === ':' && !noEnv) noEnv = true;
    else if (c === '+' && !full && bang === 0) full = true;
    else if (c === '!' && !full && bang < 2) bang++;
    else if (c === '|' && !pipe) pipe = true;
    else break;
  }
  return { length: i, argv0, pipe };
}

/** A date(1)/strftime format in a command: `+%F`, `%Y-%m-%d`, `%H:%M` (systemd expands these as specifiers). */
const DATE_FORMAT = /(^|[^%])(\+%[A-Za-z]|%[YmdHMS][-:_/.]?%[YmdHMS])/;

export function checkExec(e: SdEntry, sink: DiagnosticSink, version: number): void {
  const { words, unbalanced, badEscapes } = splitCommand(e.value);
  for (const w of words) {
    if (!w.text.includes('%') || !DATE_FORMAT.test(w.text)) continue;
    const fixed = e.value.slice(w.start, w.end).replace(/%(?!%)/g, '%%').replace(/%%%%/g, '%%');
    sink.add('systemd-date-format-specifier', valueSubRange(e, w.start, w.end), [w.text, e.key], { data: { replacement: fixed } });
  }
  if (unbalanced) {
    sink.add('systemd-invalid-exec', e.valueRange, [e.key, 'has unbalanced quotes']);
    return;
  }
  for (const at of badEscapes) {
    sink.add('systemd-exec-escape', valueSubRange(e, at, at + 2), [e.value.slice(at, at + 2), e.key]);
  }
  let k = 0;
  while (k < words.length) {
    const first = words[k];
    const p = readPrefixes(first.text);
    const pipeSince = execPrefix('|')?.since ?? 0;
    if (p.pipe && version < pipeSince) {
      const at = first.start + first.text.indexOf('|');
      const message = `The '|' prefix of ${e.key}= needs systemd ${pipeSince}; release ${version} rejects the command.`;
      sink.add('systemd-newer-value', valueSubRange(e, at, at + 1), ['|', e.key, String(pipeSince), String(version)], { message });
      return;
    }
    const problem = p.pipe ? undefined : commandProblem(words, k, p);
    if (problem) {
      sink.add('systemd-invalid-exec', valueSubRange(e, first.start, first.end), [e.key, problem]);
      return;
    }
    let next = k + 1;
    while (next < words.length && words[next].text !== ';') next++;
    k = next + 1;
  }
}

/**
 * What is wrong with the command starting at word `k` (prefixes `p` already read), or undefined. Not used for `|`
 * commands: those go to the shell, so neither the path rules nor the argv[0] rule of `@` apply.
 */
function commandProblem(words: readonly Word[], k: number, p: Prefixes): string | undefined {
  let path = words[k].text.slice(p.length);
  let next = k + 1;
  if (path === '' && next < words.length && words[next].text !== ';') {
    path = words[next].text;
    next++;
  }
  if (path === '') return 'has an empty command';
  if (p.argv0 && (next >= words.length || words[next].text === ';')) return 'uses the @ prefix but gives no argv[0] after the path';
  if (!path.startsWith('/') && path.includes('/') && !/^[%$]/.test(path)) {
    return `runs '${path}', which is neither an absolute path nor a plain program name`;
  }
  return undefined;
}
