// Completion: sections, directives of the current section, values by type, unit names, specifiers, exec prefixes.
import { CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind, Position } from 'vscode-languageserver-types';
import type { SdEntry, SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { directive, directivesIn, sectionsFor } from '../../schema/systemd/index';
import { SPECIAL_UNITS, SPECIFIERS } from '../../schema/systemd/specifiers';
import { targetVersion } from '../../schema/systemd/version';
import type { DirectiveSpec } from '../../schema/systemd/types';
import { cursorContext } from './context';
import { DESCRIPTIONS } from '../../schema/systemd/descriptions';
import { describe, directiveMarkdown } from './docs';
import { valuePosition } from '../../parser/systemd/parser';
import { EXEC_PREFIXES } from '../../schema/systemd/execPrefixes';

const LANG = 'systemd-unit-file';
const TIMESPANS = ['100ms', '5s', '30s', '1min', '5min', '15min', '1h', '1d', 'infinity'];
const CALENDARS = ['minutely', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', '*-*-* 02:00:00', 'Mon..Fri *-*-* 09:00:00', '*:0/15'];
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGKILL', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGABRT', 'SIGCONT', 'SIGWINCH'];

export function systemdCompletion(doc: ParsedDocument<SdTree>, pos: Position, ctx: ServiceContext): CompletionItem[] {
  const tree = doc.tree;
  const lineText = doc.lines.line(pos.line);
  const c = cursorContext(tree, lineText, pos);
  const version = targetVersion(ctx);
  if (c.kind === 'comment') return [];
  if (c.kind === 'header') return sectionItems(tree, lineText, pos);
  if (c.kind === 'key') {
    if (!c.section) return sectionItems(tree, lineText, pos);
    return directiveItems(c.section.name, version, lineText, pos).concat(c.prefix ? [] : sectionItems(tree, lineText, pos));
  }
  const d = c.section && directive(c.section.name, c.entry.key);
  return valueItems(doc, c.entry, d, pos, ctx, version);
}

function sectionItems(tree: SdTree, lineText: string, pos: Position): CompletionItem[] {
  const start = Math.max(0, lineText.search(/\S|$/));
  const present = new Set(tree.sections.map((s) => s.name));
  return sectionsFor(tree.unitType).map((name, i) => ({
    label: `[${name}]`,
    kind: CompletionItemKind.Module,
    sortText: `${present.has(name) ? 1 : 0}${i}`,
    filterText: `[${name}]`,
    textEdit: { range: { start: { line: pos.line, character: start }, end: { line: pos.line, character: lineText.length } }, newText: `[${name}]` },
  }));
}

function snippetFor(d: DirectiveSpec, version: number): { text: string; snippet: boolean } {
  const values = d.enumSpec?.values.filter((v) => !v.since || v.since <= version).map((v) => v.value) ?? [];
  if (d.kind === 'bool') return { text: `${d.name}=\${1|yes,no|}`, snippet: true };
  if (values.length) return { text: `${d.name}=\${1|${[...(d.enumSpec?.acceptsBool ? ['yes', 'no'] : []), ...values].join(',')}|}`, snippet: true };
  return { text: `${d.name}=`, snippet: false };
}

function directiveItems(section: string, version: number, lineText: string, pos: Position): CompletionItem[] {
  const start = lineText.search(/\S|$/);
  const eq = lineText.indexOf('=');
  const end = eq >= 0 ? eq + 1 : lineText.length;
  const range = { start: { line: pos.line, character: start }, end: { line: pos.line, character: Math.max(end, pos.character) } };
  return directivesIn(section, version).map((d) => {
    // With a value already on the line, only the key is replaced.
    const s = eq >= 0 ? { text: `${d.name}=`, snippet: false } : snippetFor(d, version);
    // a [Service] section offers ~300 items: no field a client defaults anyway (plain text), and the
    // directive's name is the label, so `data` carries only what resolve needs besides it
    const item: CompletionItem = {
      label: d.name,
      kind: CompletionItemKind.Property,
      detail: describe(d),
      textEdit: { range, newText: s.text },
      // Directives we describe by hand are the commonly used ones: list them first.
      sortText: `${d.deprecated ? 2 : DESCRIPTIONS[d.name] || DESCRIPTIONS[`${section}.${d.name}`] ? 0 : 1}${d.name}`,
      data: { language: LANG, section },
    };
    if (s.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
    if (d.deprecated) item.tags = [CompletionItemTag.Deprecated];
    return item;
  });
}

/** The word being typed in a value: from the last blank before the cursor. */
function wordRange(doc: ParsedDocument<SdTree>, e: SdEntry, pos: Position) {
  const line = doc.lines.line(pos.line);
  let s = pos.character;
  const floor = pos.line === e.valueRange.start.line ? e.valueRange.start.character : 0;
  while (s > floor && !/\s/.test(line[s - 1])) s--;
  return { start: { line: pos.line, character: s }, end: pos };
}

function simple(values: readonly string[], kind: CompletionItemKind, docs?: Map<string, string>) {
  return values.map((v): CompletionItem => ({ label: v, kind, documentation: docs?.get(v) }));
}

function valueItems(doc: ParsedDocument<SdTree>, e: SdEntry, d: DirectiveSpec | undefined, pos: Position, ctx: ServiceContext, version: number): CompletionItem[] {
  const line = doc.lines.line(pos.line);
  if (line[pos.character - 1] === '%') {
    return SPECIFIERS.map(([s, text]) => ({ label: `%${s}`, kind: CompletionItemKind.Variable, documentation: text, insertText: s, filterText: s }));
  }
  if (!d) return [];
  const range = wordRange(doc, e, pos);
  const withRange = (items: CompletionItem[]) => items.map((i) => ({ ...i, textEdit: { range, newText: i.insertText ?? i.label } }));
  switch (d.kind) {
    case 'bool':
      return withRange(simple(['yes', 'no', 'true', 'false'], CompletionItemKind.Value));
    case 'enum': {
      const vals = (d.enumSpec?.values ?? []).filter((v) => !v.since || v.since <= version);
      const items = vals.map((v): CompletionItem => ({ label: v.value, kind: CompletionItemKind.EnumMember, documentation: v.doc }));
      if (d.enumSpec?.acceptsBool) items.push(...simple(['yes', 'no'], CompletionItemKind.Value));
      return withRange(items);
    }
    case 'timespan':
      return withRange(simple(TIMESPANS, CompletionItemKind.Value));
    case 'calendar':
      return withRange(simple(CALENDARS, CompletionItemKind.Value));
    case 'signal':
      return withRange(simple(SIGNALS, CompletionItemKind.Value));
    case 'units':
    case 'unit':
      return withRange(unitItems(doc.uri, ctx));
    case 'exec': {
      const atStart = valuePosition(e, 0).line === pos.line && range.start.character === e.valueRange.start.character;
      if (!atStart && e.value !== '') return [];
      // Prefixes the target release does not know (or ignores) are left out, like newer directives and values.
      return EXEC_PREFIXES.filter((p) => (!p.since || p.since <= version) && !(p.ignoredSince && p.ignoredSince <= version)).map((p) => ({
        label: p.prefix,
        kind: CompletionItemKind.Operator,
        documentation: p.since ? `${p.doc} (systemd ${p.since}+)` : p.doc,
        detail: 'exec prefix',
      }));
    }
    default:
      return [];
  }
}

function unitItems(selfUri: string, ctx: ServiceContext): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const d of ctx.workspace.documents(LANG)) {
    if (d.uri === selfUri) continue;
    const name = decodeURIComponent(d.uri).split('/').pop() ?? '';
    if (!/\.(service|socket|timer|target|path|mount|automount|swap|slice|scope|device)$/.test(name) || seen.has(name)) continue;
    seen.add(name);
    items.push({ label: name, kind: CompletionItemKind.File, detail: 'workspace unit', sortText: `0${name}` });
  }
  for (const [name, text] of SPECIAL_UNITS) {
    if (!seen.has(name)) items.push({ label: name, kind: CompletionItemKind.Reference, detail: 'special unit', documentation: text, sortText: `1${name}` });
  }
  return items;
}

export function resolveSystemdCompletion(item: CompletionItem): CompletionItem {
  const data = item.data as { section?: string; name?: string } | undefined;
  const name = data?.name ?? item.label;
  const d = data?.section ? directive(data.section, name) : undefined;
  if (d) item.documentation = { kind: MarkupKind.Markdown, value: directiveMarkdown(d) };
  return item;
}
