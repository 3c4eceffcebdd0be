// Hover: directive docs on a key, enum meanings and unit notes on a value word, specifiers, sections.
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { contains } from '../../text';
import { directive, isKnownSection, sectionsWith } from '../../schema/systemd/index';
import { SPECIAL_UNITS, SPECIFIERS } from '../../schema/systemd/specifiers';
import { entryAt } from './context';
import { directiveMarkdown, sectionMarkdown } from './docs';
import { targetVersion } from '../../schema/systemd/version';
import { EXEC_PREFIXES } from '../../schema/systemd/execPrefixes';

/** " (systemd N+)", plus a warning when the target release is older. */
function release(since: number | undefined, version: number | undefined): string {
  if (!since) return '';
  const older = version !== undefined && version < since ? ` — **not known to the target release ${version}**` : '';
  return ` (systemd ${since}+)${older}`;
}

const md = (value: string, range?: Hover['range']): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

export function systemdHover(doc: ParsedDocument<SdTree>, pos: Position, ctx?: Pick<ServiceContext, 'settings' | 'hostVersions'>): Hover | null {
  const version = ctx ? targetVersion(ctx) : undefined;
  const tree = doc.tree;
  for (const s of tree.sections) {
    if (contains(s.headerRange, pos)) return isKnownSection(s.name) ? md(sectionMarkdown(s.name), s.headerRange) : null;
  }
  const e = entryAt(tree, pos);
  if (!e || !e.section) return null;
  const d = directive(e.section.name, e.key);
  if (contains(e.keyRange, pos)) {
    if (d) return md(directiveMarkdown(d, version), e.keyRange);
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
  if (ev) return md(`\`${d?.name}=${ev.value}\` — ${ev.doc}${release(ev.since, version)}`, range);
  const form = d?.enumSpec?.prefixes?.find((p) => word.startsWith(p.prefix));
  if (form?.since) return md(`\`${d?.name}=${form.prefix}…\`${release(form.since, version)}\n\n${d ? directiveMarkdown(d) : ''}`, range);
  if (d?.kind === 'exec' && s === e.valueRange.start.character && pos.line === e.valueRange.start.line) {
    const prefix = execPrefixAt(word, pos.character - s);
    if (prefix) return md(`\`${prefix.prefix}\` exec prefix — ${prefix.doc}${release(prefix.since, version)}`, { start: { line: pos.line, character: s }, end: { line: pos.line, character: s + prefix.prefix.length } });
  }
  const unit = SPECIAL_UNITS.find(([n]) => n === word);
  if (unit && (d?.kind === 'units' || d?.kind === 'unit')) return md(`**${unit[0]}** — ${unit[1]}`, range);
  return d ? md(directiveMarkdown(d), e.keyRange) : null;
}

/** The exec prefix character under offset `at` of the first word, when it is still in the prefix run. */
function execPrefixAt(word: string, at: number): (typeof EXEC_PREFIXES)[number] | undefined {
  const run = /^[-@:+!|]*/.exec(word)?.[0] ?? '';
  if (at >= run.length) return undefined;
  const bang = run.indexOf('!!');
  const key = bang >= 0 && (at === bang || at === bang + 1) ? '!!' : run[at];
  return EXEC_PREFIXES.find((p) => p.prefix === key);
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
