// Where the cursor is in a haproxy document: its section, line words and the word under/before it.
import type { Position } from 'vscode-languageserver-types';
import { lexLine, sectionAt, type HaproxyTree, type Section, type Word } from '../../parser/haproxy/index';
import type { ParsedDocument } from '../../types';

export interface Cursor {
  readonly line: number;
  readonly text: string;
  readonly words: readonly Word[];
  /** Index of the word the cursor is in or right after; words.length when in blank space after them. */
  readonly index: number;
  /** Text of the current word before the cursor. */
  readonly prefix: string;
  readonly section?: Section;
  readonly sectionIndex?: number;
  readonly inComment: boolean;
}

export function cursorAt(doc: ParsedDocument<HaproxyTree>, pos: Position): Cursor {
  const text = doc.lines.line(pos.line);
  const lexed = lexLine(text);
  const ch = pos.character;
  let index = lexed.words.findIndex((w) => ch >= w.start && ch <= w.end);
  if (index < 0) index = lexed.words.filter((w) => w.end < ch).length;
  const w = lexed.words[index];
  const prefix = w && ch >= w.start ? text.slice(w.start, ch) : '';
  const si = sectionAt(doc.tree, pos.line);
  const isHeader = si !== undefined && doc.tree.sections[si].header.line === pos.line;
  return {
    line: pos.line,
    text,
    words: lexed.words,
    index,
    prefix,
    section: si !== undefined && !isHeader ? doc.tree.sections[si] : undefined,
    sectionIndex: isHeader ? undefined : si,
    inComment: lexed.commentAt !== undefined && ch > lexed.commentAt,
  };
}
