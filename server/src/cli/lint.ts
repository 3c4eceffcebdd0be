// `haconf lint`: loads every file into one service's workspace index (so cross-file checks see them all),
// then asks the service for each file's diagnostics. No LSP server is involved.
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, LanguageService } from '../service/languageService';
import type { HostVersions, LanguageId } from '../service/types';
import type { LintFile } from './files';

export interface FileReport {
  path: string;
  uri: string;
  language: LanguageId;
  diagnostics: Diagnostic[];
}

export interface LintOptions {
  settings: unknown;
  hostVersions: HostVersions;
  docsBase: string;
  /** For tests: a prepared service instead of a new one. */
  service?: LanguageService;
}

export interface LintResult {
  reports: FileReport[];
  /** Files the service failed on (a bug in haconf): reported, never silently passed. */
  crashes: Array<{ path: string; error: string }>;
}

export function lintFiles(files: readonly LintFile[], options: LintOptions): LintResult {
  const service = options.service ?? createLanguageService(options);
  const crashes: LintResult['crashes'] = [];
  const crashed = new Set<number>();
  const guard = (i: number, f: () => void): void => {
    if (crashed.has(i)) return;
    try {
      f();
    } catch (err) {
      crashed.add(i);
      crashes.push({ path: files[i].path, error: (err as Error)?.stack ?? String(err) });
    }
  };
  const uris = files.map((f) => pathToFileURL(f.absolute).href);
  files.forEach((f, i) => guard(i, () => service.workspace.upsertFromDisk(uris[i], f.language, f.text)));
  const reports: FileReport[] = [];
  files.forEach((f, i) =>
    guard(i, () => {
      const version = service.workspace.get(uris[i])?.version ?? 0;
      const diagnostics = service.diagnostics({ uri: uris[i], text: f.text, version, languageId: f.language });
      diagnostics.sort(byPosition);
      reports.push({ path: f.path, uri: uris[i], language: f.language, diagnostics });
    }),
  );
  return { reports, crashes };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export const SEVERITY_NAMES = ['error', 'error', 'warning', 'information', 'hint'] as const;

/** The severity name of a diagnostic (LSP leaves it optional; absent means error). */
export function severityName(d: Diagnostic): (typeof SEVERITY_NAMES)[number] {
  return SEVERITY_NAMES[d.severity ?? 1] ?? 'error';
}

export function countBySeverity(reports: readonly FileReport[]): Record<'error' | 'warning' | 'information' | 'hint', number> {
  const c = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) for (const d of r.diagnostics) c[severityName(d)]++;
  return c;
}
