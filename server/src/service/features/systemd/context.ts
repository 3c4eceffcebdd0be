// Where the cursor is in a unit file: a section header, a key, a value (of which entry), or nothing.
import type { Position } from 'vscode-languageserver-types';
import type { SdEntry, SdSection, SdTree } from '../../parser/systemd/tree';
import { contains } from '../../text';

export type CursorContext =
  | { kind: 'header'; section?: SdSection }
  | { kind: 'key'; section?: SdSection; entry?: SdEntry; prefix: string }
  | { kind: 'value'; section?: SdSection; entry: SdEntry }
  | { kind: 'comment' };

/** The section that contains a line: the last header at or above it. */
export function sectionAt(tree: SdTree, line: number): SdSection | undefined {
  let found: SdSection | undefined;
  for (const s of tree.sections) {
    if (s.headerRange.start.line <= line) found = s;
    else break;
  }
  return found;
}

/** The entry whose key or value covers the position (continued values included). */
export function entryAt(tree: SdTree, pos: Position): SdEntry | undefined {
  return tree.entries.find((e) => contains(e.range, pos) || contains(e.keyRange, pos) || contains(e.valueRange, pos));
}

export function cursorContext(tree: SdTree, lineText: string, pos: Position): CursorContext {
  const section = sectionAt(tree, pos.line);
  const entry = entryAt(tree, pos);
  if (entry && entry.range.start.line < pos.line) return { kind: 'value', section: entry.section ?? section, entry };
  const before = lineText.slice(0, pos.character);
  const t = before.trimStart();
  if (t.startsWith('#') || t.startsWith(';')) return { kind: 'comment' };
  if (t.startsWith('[')) return { kind: 'header', section };
  if (entry && before.includes('=')) return { kind: 'value', section: entry.section ?? section, entry };
  return { kind: 'key', section, entry, prefix: t };
}
