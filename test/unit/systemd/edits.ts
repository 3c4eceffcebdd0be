// Applies LSP text edits to a string (test helper for quick fixes and formatting).
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/service/text';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const idx = new LineIndex(text);
  const abs = edits.map((e) => ({ s: idx.offsetAt(e.range.start), t: idx.offsetAt(e.range.end), text: e.newText }));
  abs.sort((a, b) => b.s - a.s || b.t - a.t);
  let out = text;
  for (const e of abs) out = out.slice(0, e.s) + e.text + out.slice(e.t);
  return out;
}

export function applyAction(text: string, uri: string, a: CodeAction): string {
  return applyEdits(text, a.edit?.changes?.[uri] ?? []);
}
