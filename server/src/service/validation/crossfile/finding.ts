// A cross-file finding before it becomes a diagnostic: where, which rule, the message, the other places
// involved and the edits of its quick fixes (which may touch other files).
import type { Range } from 'vscode-languageserver-types';
import type { KWord } from '../../parser/keepalived';
import type { RuleSeverity } from '../ruleTypes';

export interface Related {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

export interface FixEdit {
  readonly uri: string;
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: FixEdit[];
}

export interface Finding {
  readonly uri: string;
  readonly range: Range;
  readonly code: string;
  readonly message: string;
  readonly related: Related[];
  readonly fixes?: Fix[];
  readonly severity?: RuleSeverity;
}

export function kRange(w: KWord): Range {
  return { start: { line: w.line, character: w.start }, end: { line: w.line, character: w.end } };
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** `file:///a/b/lb2.conf` → `b/lb2.conf`, for messages: the folder tells apart two `haproxy.cfg`. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').slice(-2).join('/'));
}
