// Hover: directive docs on a key, enum meanings and unit notes on a value word, specifiers, sections.
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';
import { contains } from '../../text';
import { directive, isKnownSection, sectionsWith } from '../../schema/systemd/index';
import { SPECIAL_UNITS, SPECIFIERS } from '../../schema/systemd/specifiers';
import { entryAt } from './context';
import { directiveMarkdown, sectionMarkdown } from './docs';

const md = (value: string, range?: Hover['range']): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

export function systemdHover(doc: ParsedDocument<SdTree>, pos: Position): Hover | null {
  const tree = doc.tree;
  for (const s of tree.sections) {
    if (contains(s.headerRange, pos)) return isKnownSection(s.name) ? md(sectionMarkdown(s.name), s.headerRange) : null;
  }
  const e = entryAt(tree, pos);
  if (!e || !e.section) return null;
  const d = directive(e.section.name, e.key);
  if (contains(e.keyRange, pos)) {
    if (d) return md(directiveMarkdown(d), e.keyRange);
    const home = sectionsWith(e.key)[0];
    const other = home ? directive(home, e.key) : undefined;
    return other ? md(`*Not read in [${e.section.name}]; this directive belongs in [${home}].*\n\n${directiveMarkdown(other)}`, e.keyRange) : null;
  }
  const line = doc.lines.line(pos.line);
  let s = pos.character;
  let t = pos.character;
  const floor = pos.line === e.valueRange.start.line ? e.valueRange.start.character : 0;
  while (s > floor && !/\s/.test(line[s - 1])) s--;
  while (t < line.length && !/\s/.test(line[t])) t++;
  const word = line.slice(s, t);
  const range = { start: { line: pos.line, character: s }, end: { line: pos.line, character: t } };
  const spec = specifierAt(line, pos.character);
  if (spec) return md(`\`%${spec[0]}\` — ${spec[1]}`, { start: { line: pos.line, character: spec[2] }, end: { line: pos.line, character: spec[2] + 2 } });
  const ev = d?.enumSpec?.values.find((v) => v.value === word);
  if (ev) return md(`\`${d?.name}=${ev.value}\` — ${ev.doc}${ev.since ? ` (systemd ${ev.since}+)` : ''}`, range);
  const unit = SPECIAL_UNITS.find(([n]) => n === word);
  if (unit && (d?.kind === 'units' || d?.kind === 'unit')) return md(`**${unit[0]}** — ${unit[1]}`, range);
  return d ? md(directiveMarkdown(d), e.keyRange) : null;
}

/** The specifier under the cursor: [letter, meaning, column of the %]. */
function specifierAt(line: string, ch: number): [string, string, number] | undefined {
  for (const at of [ch, ch - 1]) {
    if (at < 0 || line[at] !== '%' || at + 1 >= line.length) continue;
    let n = 0;
    for (let i = at - 1; i >= 0 && line[i] === '%'; i--) n++;
    if (n % 2 === 1) continue;
    const hit = SPECIFIERS.find(([x]) => x === line[at + 1]);
    if (hit) return [hit[0], hit[1], at];
  }
  return undefined;
}
