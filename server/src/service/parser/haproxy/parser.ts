// Parses haproxy.cfg text into sections of directive lines. Never throws: problems become ParseErrors.
import { lineRange } from '../../text';
import { lexLine } from './lexer';
import { previousParse, recordDirectives, rememberParse, type ParseState } from './reuse';
import type { Conditional, Directive, HaproxyTree, ParseError, Section, SectionKind, Word } from './types';
import { SECTION_KINDS } from './types';

const SECTION_SET: ReadonlySet<string> = new Set(SECTION_KINDS);
const COND_KEYWORDS = new Set(['.if', '.elif', '.else', '.endif', '.diag', '.notice', '.warning', '.alert']);

/** Split text into lines the same way LineIndex does (LF, CRLF, lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The tree never depends on `uri`; with one, the lexed lines and directive objects of the previous version
 * of the same uri are reused where a line is unchanged (and, for directives, keeps its id and depth), so
 * per-directive caches carry over to the next version.
 */
export function parseHaproxy(text: string, uri?: string): HaproxyTree {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text; // keep columns: BOM becomes a blank
  const prev = uri === undefined ? undefined : previousParse(uri);
  if (prev && prev.body === body) return prev.tree;
  const lines = splitLines(body);
  const starts = new Int32Array(lines.length);
  const lineErrors = new Map<number, ReadonlyArray<[number, number, string]>>();
  const byId: Directive[] = [];
  const sections: Section[] = [];
  const orphans: Directive[] = [];
  const conditionals: Conditional[] = [];
  const condBlocks: Array<[number, number]> = [];
  const errors: ParseError[] = [];
  const ifStack: Array<{ line: number; sawElse: boolean }> = [];
  let current: Section | undefined;
  let nextId = 0;
  let offset = 0;
  let prevAt = 0; // walks prev.byId (ordered by line) along with ln

  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln];
    starts[ln] = offset;
    offset += line.length + (body.charCodeAt(offset + line.length) === 13 && body.charCodeAt(offset + line.length + 1) === 10 ? 2 : 1);
    let old: Directive | undefined;
    if (prev) {
      while (prevAt < prev.byId.length && prev.byId[prevAt].line < ln) prevAt++;
      const cand = prev.byId[prevAt];
      if (cand && cand.line === ln && sameLine(prev, ln, line)) old = cand;
    }
    let words: readonly Word[];
    let commentAt: number | undefined;
    let lexErrors: ReadonlyArray<[number, number, string]> | undefined;
    if (old) {
      words = old.words;
      commentAt = old.commentAt;
      lexErrors = prev?.lineErrors.get(ln);
    } else {
      const lexed = lexLine(line);
      words = lexed.words;
      commentAt = lexed.commentAt;
      if (lexed.errors.length) lexErrors = lexed.errors;
    }
    if (lexErrors) {
      lineErrors.set(ln, lexErrors);
      for (const [s, e, message] of lexErrors) errors.push({ range: lineRange(ln, s, e), code: 'haproxy-syntax', message });
    }
    if (!words.length) continue;
    const keyword = old ? old.keyword : words[0].text.toLowerCase();
    if (COND_KEYWORDS.has(keyword)) {
      conditionals.push({ line: ln, words, kind: keyword });
      handleConditional(keyword, ln, words[0], ifStack, condBlocks, errors);
      continue;
    }
    const directive: Directive =
      old && old.id === nextId && old.condDepth === ifStack.length
        ? old
        : { id: nextId, line: ln, words, keyword, commentAt, condDepth: ifStack.length };
    nextId++;
    byId.push(directive);
    if (SECTION_SET.has(keyword)) {
      current = { kind: keyword as SectionKind, header: directive, name: words[1], directives: [], endLine: ln };
      sections.push(current);
      continue;
    }
    if (current) {
      current.directives.push(directive);
      current.endLine = ln;
    } else orphans.push(directive);
  }
  for (const open of ifStack) {
    errors.push({ range: lineRange(open.line, 0, lines[open.line].length), code: 'haproxy-syntax', message: "'.if' block is never closed by '.endif'" });
  }
  const tree: HaproxyTree = { sections, orphans, conditionals, condBlocks, errors, lineCount: lines.length, directiveCount: nextId };
  recordDirectives(tree, byId);
  if (uri !== undefined) rememberParse(uri, { body, starts, lineErrors, byId, tree });
  return tree;
}

/** Line `ln` of the previous version has the same text. */
function sameLine(prev: ParseState, ln: number, line: string): boolean {
  if (ln >= prev.starts.length) return false;
  const start = prev.starts[ln];
  const end = ln + 1 < prev.starts.length ? prev.starts[ln + 1] : prev.body.length;
  // the old line is `line` followed by its break (or the end of the text)
  if (!prev.body.startsWith(line, start)) return false;
  const after = start + line.length;
  const c = prev.body.charCodeAt(after);
  return after === end || ((c === 10 || c === 13) && end - after <= 2);
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
