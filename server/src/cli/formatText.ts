// Text output of `haconf lint`: one `path:line:col: severity code message` line per finding, then a summary on stderr.
import type { FileReport } from './lint';
import { countBySeverity, severityName } from './lint';

export function formatText(reports: readonly FileReport[], quiet: boolean): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const sev = severityName(d);
      if (quiet && sev !== 'error') continue;
      const { line, character } = d.range.start;
      const code = d.code === undefined ? '' : ` ${d.code}`;
      lines.push(`${r.path}:${line + 1}:${character + 1}: ${sev}${code} ${oneLine(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function textSummary(reports: readonly FileReport[]): string {
  const c = countBySeverity(reports);
  const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
  return `haconf: ${files} checked: ${c.error} error(s), ${c.warning} warning(s), ${c.information + c.hint} note(s)\n`;
}

function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ');
}
