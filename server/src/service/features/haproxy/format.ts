// Formatting that never changes meaning: section headers at column 0, body lines indented by one level,
// trailing blanks removed. Words, quotes and comments inside a line are left exactly as written.
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import { SECTION_KINDS, type HaproxyTree } from '../../parser/haproxy/index';
import type { ParsedDocument } from '../../types';
import { lineRange } from '../../text';

const SECTIONS: ReadonlySet<string> = new Set(SECTION_KINDS);

export function haproxyFormat(doc: ParsedDocument<HaproxyTree>, options: FormattingOptions): TextEdit[] {
  const indent = options.insertSpaces ? ' '.repeat(options.tabSize || 4) : '\t';
  const edits: TextEdit[] = [];
  let inSection = false;
  for (let ln = 0; ln < doc.lines.lineCount; ln++) {
    const text = doc.lines.line(ln);
    const lead = text.replace(/^[ \t]+/, '');
    // an escaped blank at the end of a line is part of a word: keep it
    const body = /\\[ \t]+$/.test(lead) ? lead : lead.replace(/[ \t]+$/, '');
    if (!body) {
      if (text.length) edits.push({ range: lineRange(ln, 0, text.length), newText: '' });
      continue;
    }
    const first = body.split(/[ \t]/)[0].toLowerCase();
    const isHeader = SECTIONS.has(first);
    if (isHeader) inSection = true;
    const isCond = first.startsWith('.');
    const want = (isHeader || !inSection ? '' : isCond || body.startsWith('#') ? indentOf(text, indent) : indent) + body;
    if (want !== text) edits.push({ range: lineRange(ln, 0, text.length), newText: want });
  }
  return edits;
}

/** Comments and .if lines keep an indent only if they had one (a column-0 comment often heads a section). */
function indentOf(text: string, indent: string): string {
  return /^[ \t]/.test(text) ? indent : '';
}
