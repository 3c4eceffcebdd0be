// Moving entries between sections: delete their lines and insert them at the end of the target section,
// creating the section when the file has none ([Unit] at the top, others at the end).
import type { TextEdit } from 'vscode-languageserver-types';
import type { SdEntry, SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';

export function entriesOfSection(tree: SdTree, name: string): SdEntry[] {
  return tree.sections.filter((s) => s.name === name).flatMap((s) => s.entries);
}

export function moveEdits(doc: ParsedDocument<SdTree>, entries: readonly SdEntry[], to: string): TextEdit[] {
  const { tree, lines } = doc;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const text = entries.map((e) => {
    const out: string[] = [];
    for (let l = e.range.start.line; l <= e.range.end.line; l++) out.push(lines.line(l));
    return out.join(eol) + eol;
  }).join('');
  const edits: TextEdit[] = entries.map((e) => ({
    range: { start: { line: e.range.start.line, character: 0 }, end: { line: e.range.end.line + 1, character: 0 } },
    newText: '',
  }));
  const target = tree.sections.filter((s) => s.name === to).pop();
  if (target) {
    const last = target.entries[target.entries.length - 1];
    const line = (last ? last.range.end.line : target.headerRange.start.line) + 1;
    const at = { line, character: 0 };
    const atEof = line >= lines.lineCount;
    const prefix = atEof && !doc.text.endsWith('\n') ? eol : '';
    edits.push({ range: { start: at, end: at }, newText: prefix + text });
  } else if (to === 'Unit') {
    const at = { line: 0, character: 0 };
    edits.push({ range: { start: at, end: at }, newText: `[Unit]${eol}${text}${eol}` });
  } else {
    const end = lines.positionAt(doc.text.length);
    const prefix = doc.text.endsWith('\n') || doc.text === '' ? '' : eol;
    edits.push({ range: { start: end, end }, newText: `${prefix}${eol}[${to}]${eol}${text}` });
  }
  return edits;
}
