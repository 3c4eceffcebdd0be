// Quick fixes keyed on diagnostic codes: did-you-mean, create a missing backend, add `check` to every
// server, add a unit to a bare timeout.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { lexLine, type HaproxyTree } from '../../parser/haproxy/index';
import type { ParsedDocument } from '../../types';
import { lineRange, overlaps } from '../../text';
import { humane } from '../../validation/haproxy/times';

interface FixData {
  replacements?: string[];
  name?: string;
  lines?: number[];
  value?: string;
  /** Timeout kinds a proxy lacks. */
  missing?: string[];
  /** Index of the proxy section. */
  index?: number;
  /** Replacement keyword of a removed one. */
  replacement?: string;
}

type Builder = (doc: ParsedDocument<HaproxyTree>, d: Diagnostic, data: FixData) => CodeAction[];

const fix = (title: string, uri: string, d: Diagnostic, edits: TextEdit[], preferred = false): CodeAction => ({
  title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred || undefined, edit: { changes: { [uri]: edits } },
});

const didYouMean: Builder = (doc, d, data) =>
  (data.replacements ?? []).map((r, i) => {
    const text = doc.lines.line(d.range.start.line).slice(d.range.start.character, d.range.end.character);
    const parts = text.split(/([ \t]+)/);
    if (!r.includes(' ') && parts.length > 1) parts[parts.length - 1] = r;
    const newText = !r.includes(' ') && parts.length > 1 ? parts.join('') : r;
    return fix(`Change to '${newText}'`, doc.uri, d, [{ range: d.range, newText }], i === 0);
  });

const createBackend: Builder = (doc, d, data) => {
  if (!data.name) return [];
  const end = doc.lines.lineCount - 1;
  const last = doc.lines.line(end);
  const pre = last.length ? '\n\n' : doc.lines.line(end - 1)?.length ? '\n' : '';
  const text = `${pre}backend ${data.name}\n    # server app1 <address>:<port> check\n`;
  return [fix(`Create backend '${data.name}'`, doc.uri, d, [{ range: lineRange(end, last.length, last.length), newText: text }])];
};

const addCheck: Builder = (doc, d, data) => {
  const edits: TextEdit[] = [];
  for (const ln of data.lines ?? []) {
    const words = lexLine(doc.lines.line(ln)).words;
    const lastWord = words[words.length - 1];
    if (lastWord) edits.push({ range: lineRange(ln, lastWord.end, lastWord.end), newText: ' check' });
  }
  return edits.length ? [fix("Add 'check' to every server of this backend", doc.uri, d, edits, true)] : [];
};

const addUnit: Builder = (doc, d, data) => {
  if (!data.value || !/^\d+$/.test(data.value)) return [];
  const ms = Number(data.value);
  const out = [fix(`Write '${data.value}ms' (same meaning)`, doc.uri, d, [{ range: d.range, newText: `${data.value}ms` }], true)];
  const h = humane(ms);
  if (h !== `${ms}ms`) out.push(fix(`Write '${h}' (same meaning)`, doc.uri, d, [{ range: d.range, newText: h }]));
  return out;
};

/** Suggested values for the timeouts a proxy lacks (common, conservative defaults). */
const TIMEOUT_DEFAULTS: Readonly<Record<string, string>> = { client: '30s', connect: '5s', server: '30s' };

const addTimeouts: Builder = (doc, d, data) => {
  const section = data.index !== undefined ? doc.tree.sections[data.index] : undefined;
  if (!section || !data.missing?.length) return [];
  const body = section.directives[0];
  const indent = body ? doc.lines.line(body.line).slice(0, body.words[0].start) : '    ';
  const text = data.missing.map((m) => `${indent}timeout ${m} ${TIMEOUT_DEFAULTS[m] ?? '30s'}\n`).join('');
  const at = section.header.line + 1;
  return [fix(`Add ${data.missing.map((m) => `timeout ${m}`).join(', ')}`, doc.uri, d, [{ range: lineRange(at, 0, 0), newText: text }])];
};

const replaceRemoved: Builder = (doc, d, data) =>
  data.replacement ? [fix(`Replace with '${data.replacement}'`, doc.uri, d, [{ range: d.range, newText: data.replacement }], true)] : [];

const BUILDERS: Readonly<Record<string, Builder>> = {
  'haproxy-missing-timeouts': addTimeouts,
  'haproxy-removed-keyword': replaceRemoved,
  'haproxy-converter-drops-match': replaceRemoved,
  'haproxy-unknown-keyword': didYouMean,
  'haproxy-unknown-action': didYouMean,
  'haproxy-unknown-param': didYouMean,
  'haproxy-unknown-fetch': didYouMean,
  'haproxy-bad-value': didYouMean,
  'haproxy-undefined-acl': didYouMean,
  'haproxy-undefined-backend': (doc, d, data) => [...didYouMean(doc, d, data), ...createBackend(doc, d, data)],
  'haproxy-httpchk-without-check': addCheck,
  'haproxy-unitless-timeout': addUnit,
};

export function haproxyCodeActions(doc: ParsedDocument<HaproxyTree>, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const b = typeof d.code === 'string' ? BUILDERS[d.code] : undefined;
    if (!b || !overlaps(d.range, range)) continue;
    out.push(...b(doc, d, (d.data ?? {}) as FixData));
  }
  return out;
}
