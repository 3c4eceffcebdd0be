// Loads a folder of HA files into a fresh language service (as the server's workspace indexer does) and
// collects the cross-file (`ha-…`) diagnostics of every file.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { detectLanguage } from '../../../server/src/service/detect';
import type { LanguageService } from '../../../server/src/service/languageService';
import { newService } from '../helpers';

export const STACKS = path.join(__dirname, '..', '..', 'fixtures', 'stacks');

function* walk(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

export function loadFolder(dir: string, service: LanguageService = newService()): LanguageService {
  for (const file of walk(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const language = detectLanguage(file, text);
    if (language) service.workspace.upsertFromDisk(pathToFileURL(file).href, language, text);
    else if (/\.sh$/.test(file)) service.workspace.noteFile(pathToFileURL(file).href, (fs.statSync(file).mode & 0o111) !== 0);
  }
  return service;
}

/** Cross-file diagnostics by file name relative to `dir`. */
export function crossDiagnostics(service: LanguageService, dir: string): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of [...service.workspace.documents()]) {
    const rel = path.relative(dir, decodeURIComponent(new URL(d.uri).pathname));
    const diags = service.diagnostics({ uri: d.uri, text: d.text, version: d.version, languageId: d.language });
    const ha = diags.filter((x) => typeof x.code === 'string' && x.code.startsWith('ha-'));
    if (ha.length) out.set(rel, ha);
  }
  return out;
}
