// Parses haproxy.cfg text into sections of directive lines. Never throws: problems become ParseErrors.
import { countLines, lineRange } from '../../text';
import { lexLine } from './lexer';
import { previousParse, recordDirectives, rememberParse, type ParseState } from './reuse';
import { editWindow } from './window';
import type { Conditional, Directive, HaproxyTree, ParseError, Section, SectionKind, Word } from './types';
import { SECTION_KINDS } from './types';

const SECTION_SET: ReadonlySet<string> = new Set(SECTION_KINDS);
const COND_KEYWORDS = new Set(['.if', '.elif', '.else', '.endif', '.diag', '.notice', '.warning', '.alert']);

/** Split text into lines the same way LineIndex does (LF, CRLF, lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

type LexErrors = ReadonlyArray<[number, number, string]>;

/**
 * The tree never depends on `uri`; with one, the previous version of the same uri is reused: only the lines
 * between the unchanged prefix and suffix of the text are lexed again, and unchanged lines keep their
 * directive objects (when the line number, id and depth also stay), so per-directive caches carry over.
 */
export function parseHaproxy(text: string, uri?: string): HaproxyTree {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text; // keep columns: BOM becomes a blank
  const prev = uri === undefined ? undefined : previousParse(uri);
  if (prev && prev.body === body) return prev.tree;
  const lineErrors = new Map<number, LexErrors>();
  const byId: Directive[] = [];
  const sections: Section[] = [];
  const orphans: Directive[] = [];
  const conditionals: Conditional[] = [];
  const condBlocks: Array<[number, number]> = [];
  const errors: ParseError[] = [];
  const ifStack: Array<{ line: number; sawElse: boolean }> = [];
  let current: Section | undefined;
  let nextId = 0;

  /** One line with words (or lexer errors); `old` is its directive in the previous version, if unchanged. */
  const take = (ln: number, words: readonly Word[], commentAt: number | undefined, lexErrors: LexErrors | undefined, old?: Directive, oldKeyword?: string) => {
    if (lexErrors) {
      lineErrors.set(ln, lexErrors);
      for (const [s, e, message] of lexErrors) errors.push({ range: lineRange(ln, s, e), code: 'haproxy-syntax', message });
    }
    if (!words.length) return;
    const keyword = oldKeyword ?? words[0].text.toLowerCase();
    if (COND_KEYWORDS.has(keyword)) {
      conditionals.push({ line: ln, words, kind: keyword });
      handleConditional(keyword, ln, words[0], ifStack, condBlocks, errors);
      return;
    }
    const directive: Directive =
      old && old.line === ln && old.id === nextId && old.condDepth === ifStack.length
        ? old
        : { id: nextId, line: ln, words, keyword, commentAt, condDepth: ifStack.length };
    nextId++;
    byId.push(directive);
    if (SECTION_SET.has(keyword)) {
      current = { kind: keyword as SectionKind, header: directive, name: words[1], directives: [], endLine: ln };
      sections.push(current);
      return;
    }
    if (current) {
      current.directives.push(directive);
      current.endLine = ln;
    } else orphans.push(directive);
  };
  const lexAndTake = (ln: number, line: string, from = 0, to = line.length) => {
    const lexed = lexLine(line, from, to);
    take(ln, lexed.words, lexed.commentAt, lexed.errors.length ? lexed.errors : undefined);
  };

  let starts: Int32Array;
  if (prev) {
    const w = editWindow(prev, body);
    const oldCount = prev.starts.length;
    starts = new Int32Array(w.first + w.lines.length + oldCount - w.oldSuffix);
    starts.set(prev.starts.subarray(0, w.first));
    replay(prev, 0, w.first, 0, take);
    for (let i = 0; i < w.lines.length; i++) {
      starts[w.first + i] = w.starts[i];
      lexAndTake(w.first + i, w.lines[i]);
    }
    for (let i = w.oldSuffix; i < oldCount; i++) starts[i + w.shift] = prev.starts[i] + w.delta;
    replay(prev, w.oldSuffix, oldCount, w.shift, take);
  } else if (body.indexOf('\r') < 0) {
    // the usual text: lines read in place, no string per line
    starts = new Int32Array(countLines(body));
    let offset = 0;
    for (let ln = 0; ln < starts.length; ln++) {
      const nl = body.indexOf('\n', offset);
      const end = nl < 0 ? body.length : nl;
      starts[ln] = offset;
      lexAndTake(ln, body, offset, end);
      offset = end + 1;
    }
  } else {
    const lines = splitLines(body);
    starts = new Int32Array(lines.length);
    let offset = 0;
    for (let ln = 0; ln < lines.length; ln++) {
      const line = lines[ln];
      starts[ln] = offset;
      offset += line.length + (body.charCodeAt(offset + line.length) === 13 && body.charCodeAt(offset + line.length + 1) === 10 ? 2 : 1);
      lexAndTake(ln, line);
    }
  }
  for (const open of ifStack) {
    errors.push({ range: lineRange(open.line, 0, lineLength(body, starts[open.line])), code: 'haproxy-syntax', message: "'.if' block is never closed by '.endif'" });
  }
  const tree: HaproxyTree = { sections, orphans, conditionals, condBlocks, errors, lineCount: starts.length, directiveCount: nextId };
  recordDirectives(tree, byId);
  if (uri !== undefined) rememberParse(uri, { body, starts, lineErrors, byId, tree });
  return tree;
}

/** Feed the unchanged lines [from, to) of the previous version (directives and conditionals, in line order)
 *  to `take`, at their line number plus `shift`. */
function replay(
  prev: ParseState,
  from: number,
  to: number,
  shift: number,
  take: (ln: number, words: readonly Word[], commentAt: number | undefined, errs: LexErrors | undefined, old?: Directive, kw?: string) => void,
): void {
  const ds = prev.byId;
  const cs = prev.tree.conditionals;
  let i = firstAtOrAfter(ds, from);
  let j = firstAtOrAfter(cs, from);
  for (;;) {
    const d = i < ds.length && ds[i].line < to ? ds[i] : undefined;
    const c = j < cs.length && cs[j].line < to ? cs[j] : undefined;
    if (!d && !c) return;
    if (d && (!c || d.line < c.line)) {
      take(d.line + shift, d.words, d.commentAt, prev.lineErrors.get(d.line), d, d.keyword);
      i++;
    } else if (c) {
      take(c.line + shift, c.words, undefined, prev.lineErrors.get(c.line), undefined, c.kind);
      j++;
    }
  }
}

/** Index of the first item on line `line` or later (items ordered by line). */
function firstAtOrAfter(items: ReadonlyArray<{ readonly line: number }>, line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of the line starting at `start` (up to its break). */
function lineLength(body: string, start: number): number {
  let i = start;
  while (i < body.length && body.charCodeAt(i) !== 10 && body.charCodeAt(i) !== 13) i++;
  return i - start;
}

function handleConditional(
  keyword: string,
  ln: number,
  word: { start: number; end: number },
  stack: Array<{ line: number; sawElse: boolean }>,
  blocks: Array<[number, number]>,
  errors: ParseError[],
): void {
  const err = (message: string) => errors.push({ range: lineRange(ln, word.start, word.end), code: 'haproxy-syntax', message });
  const top = stack[stack.length - 1];
  switch (keyword) {
    case '.if':
      stack.push({ line: ln, sawElse: false });
      break;
    case '.elif':
    case '.else':
      if (!top) err(`'${keyword}' without a matching '.if'`);
      else if (top.sawElse) err(`'${keyword}' after '.else' in the same block`);
      else if (keyword === '.else') top.sawElse = true;
      break;
    case '.endif':
      if (!top) err("'.endif' without a matching '.if'");
      else {
        stack.pop();
        blocks.push([top.line, ln]);
      }
      break;
    default:
      break;
  }
}
