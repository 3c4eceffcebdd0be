// JSON output of `haconf lint`: stable, 1-based positions, one entry per file checked.
import type { FileReport } from './lint';
import { countBySeverity, severityName } from './lint';

export interface JsonFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string | null;
  message: string;
  docs: string | null;
}

export function formatJson(reports: readonly FileReport[], version: string): string {
  const files = reports.map((r) => ({
    path: r.path,
    language: r.language,
    findings: r.diagnostics.map(
      (d): JsonFinding => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityName(d),
        code: d.code === undefined ? null : String(d.code),
        message: d.message,
        docs: d.codeDescription?.href ?? null,
      }),
    ),
  }));
  return JSON.stringify({ tool: 'haconf', version, summary: countBySeverity(reports), files }, null, 2) + '\n';
}
