// Quick fixes keyed on diagnostic codes, plus the "split the exec line" refactoring.
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { SdEntry, SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';
import { directive } from '../../schema/systemd/index';
import { entriesOfSection, moveEdits } from './move';
import { splitExecLine } from './split';

type Fix = (doc: ParsedDocument<SdTree>, d: Diagnostic) => CodeAction[];

const edit = (doc: ParsedDocument<SdTree>, title: string, edits: TextEdit[], d?: Diagnostic, preferred = false): CodeAction => ({
  title,
  kind: d ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
  diagnostics: d ? [d] : undefined,
  isPreferred: preferred || undefined,
  edit: { changes: { [doc.uri]: edits } },
});

const entryOn = (tree: SdTree, d: Diagnostic): SdEntry | undefined =>
  tree.entries.find((e) => e.range.start.line <= d.range.start.line && d.range.start.line <= e.range.end.line);

const data = <T>(d: Diagnostic): Partial<T> => (d.data ?? {}) as Partial<T>;

const renameKey: Fix = (doc, d) => {
  const { suggestions, replacement, valueReplacement } = data<{ suggestions: string[]; replacement: string; valueReplacement: string }>(d);
  if (valueReplacement) return [edit(doc, `Change to '${valueReplacement}'`, [{ range: d.range, newText: valueReplacement }], d, true)];
  const names = replacement ? [replacement] : suggestions ?? [];
  return names.map((n, i) => edit(doc, `Change to ${n}=`, [{ range: d.range, newText: n }], d, i === 0));
};

const FIXES: Record<string, Fix> = {
  'systemd-unknown-directive': renameKey,
  'systemd-deprecated': renameKey,
  'systemd-legacy-name': renameKey,
  'systemd-removed-directive': renameKey,
  'systemd-unknown-section': (doc, d) => {
    const s = data<{ suggestion: string }>(d).suggestion;
    return s ? [edit(doc, `Change to [${s}]`, [{ range: d.range, newText: s }], d, true)] : [];
  },
  'systemd-invalid-value': (doc, d) =>
    (data<{ suggestions: string[] }>(d).suggestions ?? []).map((s, i) => edit(doc, `Change to '${s}'`, [{ range: d.range, newText: s }], d, i === 0)),
  'systemd-wrong-section': moveFix,
  'systemd-legacy-placement': moveFix,
  'systemd-inline-comment': commentFixes,
  'systemd-inline-comment-text': commentFixes,
  'systemd-network-online-incomplete': (doc, d) => {
    const { add, line } = data<{ add: string; line: number }>(d);
    if (!add || line === undefined) return [];
    const at = { line: line + 1, character: 0 };
    return [edit(doc, `Add ${add}`, [{ range: { start: at, end: at }, newText: `${add}\n` }], d, true)];
  },
  'systemd-date-format-specifier': (doc, d) => {
    const { replacement } = data<{ replacement: string }>(d);
    return replacement ? [edit(doc, `Change to ${replacement}`, [{ range: d.range, newText: replacement }], d, true)] : [];
  },
  'systemd-oneshot-restart': (doc, d) => [edit(doc, 'Change to Restart=on-failure', [{ range: d.range, newText: 'on-failure' }], d, true)],
  'systemd-duplicate-directive': (doc, d) => {
    const { earlierLine } = data<{ earlierLine: number }>(d);
    const earlier = earlierLine === undefined ? undefined : doc.tree.entries.find((e) => e.range.start.line === earlierLine);
    if (!earlier) return [];
    const range = { start: { line: earlier.range.start.line, character: 0 }, end: { line: earlier.range.end.line + 1, character: 0 } };
    return [edit(doc, `Remove the earlier ${earlier.key}= line (it has no effect)`, [{ range, newText: '' }], d, true)];
  },
  'systemd-requires-without-after': (doc, d) => {
    const { unit } = data<{ unit: string }>(d);
    const e = entryOn(doc.tree, d);
    if (!unit || !e) return [];
    const at = { line: e.range.end.line + 1, character: 0 };
    return [edit(doc, `Add After=${unit}`, [{ range: { start: at, end: at }, newText: `After=${unit}\n` }], d, true)];
  },
};

function moveFix(doc: ParsedDocument<SdTree>, d: Diagnostic): CodeAction[] {
  const { key, to, along } = data<{ key: string; to: string; along: string[] }>(d);
  const e = entryOn(doc.tree, d);
  if (!key || !to || !e?.section) return [];
  const moved = [e, ...entriesOfSection(doc.tree, e.section.name).filter((x) => x !== e && (along ?? []).includes(x.key))];
  moved.sort((a, b) => a.range.start.line - b.range.start.line);
  const names = moved.map((m) => `${m.key}=`).join(' and ');
  return [edit(doc, `Move ${names} to [${to}]`, moveEdits(doc, moved, to), d, true)];
}

function commentFixes(doc: ParsedDocument<SdTree>, d: Diagnostic): CodeAction[] {
  const { from, comment } = data<{ from: Range; comment: string }>(d);
  const e = entryOn(doc.tree, d);
  if (!from || !comment || !e) return [];
  const lineStart = { line: e.range.start.line, character: 0 };
  return [
    edit(doc, 'Move the comment above the line', [
      { range: { start: lineStart, end: lineStart }, newText: `${comment}\n` },
      { range: from, newText: '' },
    ], d, true),
    edit(doc, 'Remove the inline comment', [{ range: from, newText: '' }], d),
  ];
}

export function systemdCodeActions(doc: ParsedDocument<SdTree>, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = typeof d.code === 'string' ? FIXES[d.code] : undefined;
    if (fix) out.push(...fix(doc, d));
  }
  for (const e of doc.tree.entries) {
    if (e.range.start.line > range.end.line || e.range.end.line < range.start.line || !e.section) continue;
    if (directive(e.section.name, e.key)?.kind !== 'exec') continue;
    const split = splitExecLine(doc, e);
    if (split) out.push(edit(doc, `Split the ${e.key}= line`, [split]));
  }
  return out;
}
