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
  const i = lastAtOrBefore(tree.sections, line, (s) => s.headerRange.start.line);
  return i >= 0 ? tree.sections[i] : undefined;
}

/** Index of the last item whose start line is <= line (items sorted by start line), or -1. */
function lastAtOrBefore<T>(items: readonly T[], line: number, start: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]) <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The entry whose key or value covers the position (continued values included). */
export function entryAt(tree: SdTree, pos: Position): SdEntry | undefined {
  const i = lastAtOrBefore(tree.entries, pos.line, (e) => e.range.start.line);
  const e = i >= 0 ? tree.entries[i] : undefined;
  return e && (contains(e.range, pos) || contains(e.keyRange, pos) || contains(e.valueRange, pos)) ? e : undefined;
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
