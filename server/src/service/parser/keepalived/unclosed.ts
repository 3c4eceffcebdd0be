// Which `{` is really missing its `}`? When braces do not balance, the blocks still open at the end are
// usually outer blocks whose `}` was taken by an inner block left open. A closed block whose `}` sits left
// of its opening statement is the likelier culprit, so those are named first (in file order).
import type { KBlock } from './types';

/** Column of the block's keyword; a first line's single leading column is a BOM, not indentation. */
function indentOf(block: KBlock): number {
  const col = block.owner?.words[0]?.start ?? block.openChar;
  return block.openLine === 0 && col === 1 ? 0 : col;
}

/** The blocks to report as never closed: as many as are still open, suspects first. */
export function guessUnclosed(stillOpen: KBlock[], closed: KBlock[]): KBlock[] {
  if (!stillOpen.length) return [];
  const suspects = closed
    .filter((b) => b.closeLine !== undefined && b.closeLine !== b.openLine && (b.closeChar ?? 0) < indentOf(b))
    .sort((a, b) => a.openLine - b.openLine);
  const out = suspects.slice(0, stillOpen.length);
  for (const b of stillOpen) {
    if (out.length >= stillOpen.length) break;
    out.push(b);
  }
  return out;
}
