// Parses haproxy.cfg text into sections of directive lines. Never throws: problems become ParseErrors.
import { lineRange } from '../../text';
import { lexLine, type LexedLine } from './lexer';
import { previousParse, recordDirectives, rememberParse } from './reuse';
import type { Conditional, Directive, HaproxyTree, ParseError, Section, SectionKind } from './types';
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
  const lexedLines: LexedLine[] = new Array(lines.length);
  const directiveAt: Array<Directive | undefined> = new Array(lines.length);
  const byId: Directive[] = [];
  const sections: Section[] = [];
  const orphans: Directive[] = [];
  const conditionals: Conditional[] = [];
  const condBlocks: Array<[number, number]> = [];
  const errors: ParseError[] = [];
  const ifStack: Array<{ line: number; sawElse: boolean }> = [];
  let current: Section | undefined;
  let nextId = 0;

  for (let ln = 0; ln < lines.length; ln++) {
    const old = prev && prev.lines[ln] === lines[ln] ? prev : undefined;
    const lexed = old ? old.lexed[ln] : lexLine(lines[ln]);
    lexedLines[ln] = lexed;
    for (const [s, e, message] of lexed.errors) errors.push({ range: lineRange(ln, s, e), code: 'haproxy-syntax', message });
    if (!lexed.words.length) continue;
    const keyword = lexed.words[0].text.toLowerCase();
    if (COND_KEYWORDS.has(keyword)) {
      conditionals.push({ line: ln, words: lexed.words, kind: keyword });
      handleConditional(keyword, ln, lexed.words[0], ifStack, condBlocks, errors);
      continue;
    }
    const same = old?.directiveAt[ln];
    const directive: Directive =
      same && same.id === nextId && same.condDepth === ifStack.length
        ? same
        : { id: nextId, line: ln, words: lexed.words, keyword, commentAt: lexed.commentAt, condDepth: ifStack.length };
    nextId++;
    directiveAt[ln] = directive;
    byId.push(directive);
    if (SECTION_SET.has(keyword)) {
      current = { kind: keyword as SectionKind, header: directive, name: lexed.words[1], directives: [], endLine: ln };
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
  if (uri !== undefined) rememberParse(uri, { body, lines, lexed: lexedLines, directiveAt, tree });
  return tree;
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
