// The one rule table: every diagnostic haconf can raise, by code. Quick fixes key on these codes.
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticTag, Range } from 'vscode-languageserver-types';
import type { ServiceContext } from '../types';
import type { RuleDef, RuleSeverity } from './ruleTypes';
import { COMMON_RULES } from './commonRules';
import { SYSTEMD_RULES } from './systemd/rules';
import { HAPROXY_RULES } from './haproxy/rules';
import { KEEPALIVED_RULES } from './keepalived/rules';
import { CROSSFILE_RULES } from './crossfile/rules';

export type { RuleDef, RuleSeverity } from './ruleTypes';

export const RULES: ReadonlyMap<string, RuleDef> = buildTable([
  ...COMMON_RULES,
  ...SYSTEMD_RULES,
  ...HAPROXY_RULES,
  ...KEEPALIVED_RULES,
  ...CROSSFILE_RULES,
]);

function buildTable(rules: RuleDef[]): Map<string, RuleDef> {
  const table = new Map<string, RuleDef>();
  for (const r of rules) {
    if (table.has(r.code)) throw new Error(`duplicate rule code ${r.code}`);
    table.set(r.code, r);
  }
  return table;
}

const SEVERITY: Record<RuleSeverity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export interface DiagnosticOptions {
  /** Replaces the table's message template entirely. */
  message?: string;
  /** Data a quick fix needs (kept on the diagnostic, round-tripped by the client). */
  data?: unknown;
  related?: DiagnosticRelatedInformation[];
  tags?: DiagnosticTag[];
  /** Overrides the table severity for this one finding (e.g. a legacy placement that is only a warning). */
  severity?: RuleSeverity;
}

/** Fill a message template: `{0}` → args[0]. */
export function formatMessage(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

/**
 * A diagnostic for rule `code`, with severity, message and docs link from the table.
 * Returns null when the user turned the rule off.
 */
export function diagnostic(
  ctx: ServiceContext,
  code: string,
  range: Range,
  args: readonly string[] = [],
  opts: DiagnosticOptions = {},
): Diagnostic | null {
  const rule = RULES.get(code);
  if (!rule) throw new Error(`unknown rule code ${code}`);
  const override = ctx.settings.rules[code];
  if (override === 'off') return null;
  const severity = override ?? opts.severity ?? rule.severity;
  const d: Diagnostic = {
    range,
    severity: SEVERITY[severity],
    code,
    codeDescription: { href: `${ctx.docsBase}${code}.md` },
    source: 'haconf',
    message: opts.message ?? formatMessage(rule.message, args),
  };
  if (opts.data !== undefined) d.data = opts.data;
  if (opts.related?.length) d.relatedInformation = opts.related;
  if (opts.tags?.length) d.tags = opts.tags;
  return d;
}

/** Collects diagnostics, dropping the ones switched off. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  constructor(readonly ctx: ServiceContext) {}
  add(code: string, range: Range, args: readonly string[] = [], opts: DiagnosticOptions = {}): void {
    const d = diagnostic(this.ctx, code, range, args, opts);
    if (d) this.items.push(d);
  }
}
