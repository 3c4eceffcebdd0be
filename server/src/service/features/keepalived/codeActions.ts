// Quick fixes, keyed on the diagnostic code: did-you-mean replacements, define the missing vrrp_script,
// add enable_script_security, clamp a number into range, cut auth_pass to 8, state BACKUP for nopreempt,
// and a weight large enough for the priority gap.
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { KTree } from '../../parser/keepalived';
import type { ParsedDocument } from '../../types';
import { overlaps } from '../../text';

type Fix = (doc: ParsedDocument<KTree>, d: Diagnostic) => CodeAction[];

const data = (d: Diagnostic): Record<string, unknown> => (typeof d.data === 'object' && d.data !== null ? (d.data as Record<string, unknown>) : {});

function edit(doc: ParsedDocument<KTree>, title: string, d: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [doc.uri]: edits } } };
}

const replaceWith: Fix = (doc, d) => {
  const list = data(d).replacements;
  if (!Array.isArray(list)) return [];
  return list.slice(0, 5).map((r, i) => edit(doc, `Change to '${String(r)}'`, d, [{ range: d.range, newText: String(r) }], i === 0));
};

const single = (key: string, title: (v: string) => string): Fix => (doc, d) => {
  const v = data(d)[key];
  return v === undefined ? [] : [edit(doc, title(String(v)), d, [{ range: d.range, newText: String(v) }], true)];
};

/** Insert a vrrp_script skeleton before the first vrrp_instance (or at the end). */
const defineScript: Fix = (doc, d) => {
  const name = String(data(d).name ?? '');
  if (!name) return [];
  const first = doc.tree.root.find((s) => s.words[0]?.text === 'vrrp_instance');
  const line = first ? first.line : doc.lines.lineCount;
  const text = `vrrp_script ${name} {\n    script "/usr/bin/true"\n    interval 2\n    fall 2\n    rise 2\n    weight -20\n}\n\n`;
  const at = { line, character: 0 };
  const prefix = first || doc.text.endsWith('\n') || !doc.text ? '' : '\n';
  return [edit(doc, `Define vrrp_script '${name}'`, d, [{ range: { start: at, end: at }, newText: prefix + text }], true)];
};

const addScriptSecurity: Fix = (doc, d) => {
  const g = doc.tree.root.find((s) => s.words[0]?.text === 'global_defs' && s.block);
  if (g?.block) {
    const at = { line: g.block.openLine + 1, character: 0 };
    return [edit(doc, 'Add enable_script_security to global_defs', d, [{ range: { start: at, end: at }, newText: '    enable_script_security\n' }], true)];
  }
  const at = { line: 0, character: 0 };
  return [edit(doc, 'Add global_defs with enable_script_security', d, [{ range: { start: at, end: at }, newText: 'global_defs {\n    enable_script_security\n}\n\n' }], true)];
};

/** Add `script_user keepalived_script` to global_defs (or a new global_defs at the top). */
const addScriptUser: Fix = (doc, d) => {
  const g = doc.tree.root.find((s) => s.words[0]?.text === 'global_defs' && s.block);
  const line = g?.block ? g.block.openLine + 1 : 0;
  const text = g?.block ? '    script_user keepalived_script\n' : 'global_defs {\n    script_user keepalived_script\n}\n\n';
  const at = { line, character: 0 };
  return [edit(doc, g ? 'Add script_user keepalived_script to global_defs' : 'Add global_defs with script_user keepalived_script', d, [{ range: { start: at, end: at }, newText: text }], true)];
};

const stateBackup: Fix = (doc, d) => {
  const line = data(d).stateLine;
  if (typeof line !== 'number') return [];
  const text = doc.lines.line(line);
  const i = text.indexOf('MASTER');
  if (i < 0) return [];
  return [edit(doc, "Use 'state BACKUP' (nopreempt needs it)", d, [{ range: { start: { line, character: i }, end: { line, character: i + 6 } }, newText: 'BACKUP' }], true)];
};

/** The weight may live on the track_script line or in the vrrp_script: edit where it is. */
const setWeight: Fix = (doc, d) => {
  const { suggested, weightRange } = data(d) as { suggested?: string; weightRange?: Range };
  if (!suggested || !weightRange) return [];
  return [edit(doc, `Set the weight to ${suggested}`, d, [{ range: weightRange, newText: suggested }], true)];
};

/** Close a block left open: before the first later line indented no deeper than its opener. */
const closeBlock: Fix = (doc, d) => {
  const { unclosed, extra } = data(d) as { unclosed?: boolean; extra?: boolean };
  if (extra) return [edit(doc, "Remove this '}'", d, [{ range: d.range, newText: '' }])];
  if (!unclosed) return [];
  const open = d.range.start.line;
  const indent = /^[ \t]*/.exec(doc.lines.line(open))?.[0] ?? '';
  let at = doc.lines.lineCount;
  for (let n = open + 1; n < doc.lines.lineCount; n++) {
    const t = doc.lines.line(n);
    const lead = /^[ \t]*/.exec(t)?.[0] ?? '';
    const rest = t.slice(lead.length);
    if (!rest || rest.startsWith('#') || rest.startsWith('!')) continue;
    if (lead.length <= indent.length) { at = n; break; }
  }
  const pos = { line: at, character: 0 };
  const atEnd = at >= doc.lines.lineCount;
  const text = atEnd ? `${doc.text.endsWith('\n') || !doc.text ? '' : '\n'}${indent}}\n` : `${indent}}\n`;
  const range = atEnd ? { start: doc.lines.positionAt(doc.text.length), end: doc.lines.positionAt(doc.text.length) } : { start: pos, end: pos };
  return [edit(doc, atEnd ? "Add the missing '}' at the end" : `Add the missing '}' before line ${at + 1}`, d, [{ range, newText: text }], true)];
};

/** Add `virtual_router_id N` (a VRID unused in this file) right after the instance's '{'. */
const addVrid: Fix = (doc, d) => {
  const { openLine, freeVrid } = data(d) as { openLine?: number; freeVrid?: number };
  if (typeof openLine !== 'number' || typeof freeVrid !== 'number') return [];
  const indent = /^[ \t]*/.exec(doc.lines.line(openLine))?.[0] ?? '';
  const at = { line: openLine + 1, character: 0 };
  return [edit(doc, `Add virtual_router_id ${freeVrid} (unused in this file; use the same on every node)`, d, [{ range: { start: at, end: at }, newText: `${indent}    virtual_router_id ${freeVrid}\n` }], true)];
};

/** Move a single-line keyword into the one top-level block it belongs to (e.g. router_id -> global_defs). */
const moveToHome: Fix = (doc, d) => {
  const { home, line } = data(d) as { home?: string; line?: number };
  if (!home || typeof line !== 'number') return [];
  const target = doc.tree.root.find((s) => s.words[0]?.text === home && s.block);
  const text = doc.lines.line(line).trim();
  if (!text || /[{}]/.test(text)) return [];
  const remove = { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  const insertAt = target?.block ? { line: target.block.openLine + 1, character: 0 } : { line: 0, character: 0 };
  const insert = { range: { start: insertAt, end: insertAt }, newText: target ? `    ${text}\n` : `${home} {\n    ${text}\n}\n\n` };
  if (target?.block && line > target.block.openLine && line <= (target.block.closeLine ?? line)) return [];
  return [edit(doc, `Move '${text.split(/\s+/)[0]}' into ${home}`, d, [insert, remove])];
};

const FIXES: Readonly<Record<string, Fix>> = {
  'keepalived-unknown-keyword': replaceWith,
  'keepalived-invalid-value': replaceWith,
  'keepalived-deprecated': replaceWith,
  'keepalived-unbalanced-brace': closeBlock,
  'keepalived-missing-vrid': addVrid,
  'keepalived-wrong-block': moveToHome,
  'keepalived-out-of-range': single('replacement', (v) => `Change to ${v}`),
  'keepalived-auth-pass-length': single('truncated', (v) => `Cut the password to '${v}'`),
  'keepalived-undefined-script': defineScript,
  'keepalived-script-security': addScriptSecurity,
  'keepalived-ha-script-user': addScriptUser,
  'keepalived-nopreempt-master': stateBackup,
  'keepalived-ha-weight-gap': setWeight,
};

export function keepalivedCodeActions(doc: ParsedDocument<KTree>, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = typeof d.code === 'string' ? FIXES[d.code] : undefined;
    if (fix && overlaps(d.range, range)) out.push(...fix(doc, d));
  }
  return out;
}
