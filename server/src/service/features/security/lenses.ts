// The exposure as a code lens on [Service] (title: score and rating) with the open items as hover text.
import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { securityReport } from './report';
import type { CheckResult, SecurityReport } from './score';

const MAN = 'https://www.freedesktop.org/software/systemd/man/systemd.exec.html';

export interface SecurityLens {
  /** The [Service] header (or the first line when the file has none). */
  readonly range: Range;
  /** e.g. `Exposure 9.6 UNSAFE · 62 open items`. */
  readonly title: string;
  readonly items: readonly CheckResult[];
  /** Markdown listing the open items, for a hover on the lens line. */
  readonly hover: string;
  readonly report: SecurityReport;
}

function share(c: CheckResult): string {
  return (c.share / 10).toFixed(1);
}

/** Markdown summary: the score, how it is computed, and the open items with their share of the exposure. */
export function securitySummary(report: SecurityReport, maxItems = 25): string {
  const out = [
    `**${report.unit}: exposure ${report.exposure.toFixed(1)} ${report.rating}** (as \`systemd-analyze security\` of systemd 252 scores it; 0 = locked down, 10 = fully exposed)`,
    '',
  ];
  if (!report.openItems.length) out.push('No open items.');
  for (const c of report.openItems.slice(0, maxItems)) {
    const anchor = c.setting.replace(/[^A-Za-z]/g, '');
    out.push(`- [\`${c.id}\`](${MAN}#${anchor}=) ${c.description} (+${share(c)})`);
  }
  if (report.openItems.length > maxItems) out.push(`- … and ${report.openItems.length - maxItems} more (\`haconf security\` lists all)`);
  return out.join('\n');
}

export function lensTitle(report: SecurityReport): string {
  const n = report.openItems.length;
  return `Exposure ${report.exposure.toFixed(1)} ${report.rating} · ${n} open item${n === 1 ? '' : 's'}`;
}

/** One lens per [Service] section of a service unit or drop-in; none for other files. */
export function securityLenses(doc: ParsedDocument<SdTree>, ctx: ServiceContext): SecurityLens[] {
  const report = securityReport(doc, ctx);
  if (!report) return [];
  const sections = doc.tree.sections.filter((s) => s.name === 'Service');
  const ranges: Range[] = sections.length ? [sections[0].headerRange] : [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }];
  const hover = securitySummary(report);
  return ranges.map((range) => ({ range, title: lensTitle(report), items: report.openItems, hover, report }));
}

/** The open items as a hover on a `[Service]` header of a service unit or drop-in (where the lens sits). */
export function securityHover(doc: ParsedDocument<SdTree>, pos: Position, ctx: ServiceContext): Hover | null {
  const onHeader = doc.tree.sections.some((s) => s.name === 'Service' && s.headerRange.start.line === pos.line);
  if (!onHeader) return null;
  const report = securityReport(doc, ctx);
  return report ? { contents: { kind: 'markdown', value: securitySummary(report) } } : null;
}
