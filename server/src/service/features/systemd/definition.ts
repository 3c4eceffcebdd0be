// Go to definition on a unit name in a dependency list: the unit file (or its template) in the workspace,
// plus its drop-ins.
import type { Location, Position } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { directive } from '../../schema/systemd/index';
import { entryAt } from './context';

/** The word of a unit-list value under the cursor. */
function unitWordAt(doc: ParsedDocument<SdTree>, pos: Position): string | undefined {
  const e = entryAt(doc.tree, pos);
  const d = e?.section ? directive(e.section.name, e.key) : undefined;
  if (!e || !d || (d.kind !== 'units' && d.kind !== 'unit')) return undefined;
  const line = doc.lines.line(pos.line);
  const floor = pos.line === e.valueRange.start.line ? e.valueRange.start.character : 0;
  if (pos.character < floor) return undefined;
  let s = pos.character;
  let t = pos.character;
  while (s > floor && !/\s/.test(line[s - 1])) s--;
  while (t < line.length && !/\s/.test(line[t])) t++;
  return line.slice(s, t) || undefined;
}

export function systemdDefinition(doc: ParsedDocument<SdTree>, pos: Position, ctx: ServiceContext): Location[] {
  const word = unitWordAt(doc, pos);
  if (!word) return [];
  const template = word.replace(/@[^.]+\./, '@.');
  const out: Location[] = [];
  const start = { line: 0, character: 0 };
  for (const d of ctx.workspace.documents('systemd-unit-file')) {
    const path = decodeURIComponent(d.uri);
    const base = path.split('/').pop() ?? '';
    const dir = path.split('/').slice(-2, -1)[0] ?? '';
    if (base === word || base === template || dir === `${word}.d` || dir === `${template}.d`) {
      out.push({ uri: d.uri, range: { start, end: start } });
    }
  }
  return out;
}
