// Test helpers: caret-marker inputs and a fresh service per test.
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService, LanguageService, TextInput } from '../../server/src/service/languageService';
import type { HostVersions } from '../../server/src/service/types';

/** Split `text` at its `|` caret marker: the text without it and the caret's position. */
export function caret(marked: string, marker = '|'): { text: string; position: Position } {
  const at = marked.indexOf(marker);
  if (at < 0) throw new Error('no caret marker in test input');
  const text = marked.slice(0, at) + marked.slice(at + marker.length);
  const before = marked.slice(0, at).split(/\r?\n/);
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

export function newService(settings?: unknown, hostVersions: HostVersions = {}): LanguageService {
  return createLanguageService({ settings, hostVersions, docsBase: 'file:///docs/rules/' });
}

let n = 0;
/** A document input with a fresh version number. */
export function doc(uri: string, text: string, languageId?: string): TextInput {
  return { uri, text, version: ++n, languageId };
}
