// Parses haproxy.cfg text into sections of directive lines. Never throws: problems become ParseErrors.
import { lineRange } from '../../text';
import { lexLine } from './lexer';
import type { Conditional, Directive, HaproxyTree, ParseError, Section, SectionKind } from './types';
import { SECTION_KINDS } from './types';

const SECTION_SET: ReadonlySet<string> = new Set(SECTION_KINDS);
const COND_KEYWORDS = new Set(['.if', '.elif', '.else', '.endif', '.diag', '.notice', '.warning', '.alert']);

/** Split text into lines the same way LineIndex does (LF, CRLF, lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** `_uri` is accepted for the Dialect.parse shape; the tree does not depend on it. */
export function parseHaproxy(text: string, _uri?: string): HaproxyTree {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text; // keep columns: BOM becomes a blank
  const lines = splitLines(body);
  const sections: Section[] = [];
  const orphans: Directive[] = [];
  const conditionals: Conditional[] = [];
  const condBlocks: Array<[number, number]> = [];
  const errors: ParseError[] = [];
  const ifStack: Array<{ line: number; sawElse: boolean }> = [];
  let current: Section | undefined;
  let nextId = 0;

  for (let ln = 0; ln < lines.length; ln++) {
    const lexed = lexLine(lines[ln]);
    for (const [s, e, message] of lexed.errors) errors.push({ range: lineRange(ln, s, e), code: 'haproxy-syntax', message });
    if (!lexed.words.length) continue;
    const keyword = lexed.words[0].text.toLowerCase();
    if (COND_KEYWORDS.has(keyword)) {
      conditionals.push({ line: ln, words: lexed.words, kind: keyword });
      handleConditional(keyword, ln, lexed.words[0], ifStack, condBlocks, errors);
      continue;
    }
    const directive: Directive = {
      id: nextId++,
      line: ln,
      words: lexed.words,
      keyword,
      commentAt: lexed.commentAt,
      condDepth: ifStack.length,
    };
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
  return { sections, orphans, conditionals, condBlocks, errors, lineCount: lines.length, directiveCount: nextId };
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
