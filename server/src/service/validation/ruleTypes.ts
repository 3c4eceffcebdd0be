// The shape of a rule in the rule table. Each dialect contributes its rules in validation/<dialect>/rules.ts.
import type { LanguageId } from '../types';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleDef {
  /** Stable code, also the name of its page under docs/rules/. Prefixed by dialect: `systemd-…`, `haproxy-…`. */
  readonly code: string;
  readonly language: LanguageId | 'any';
  readonly severity: RuleSeverity;
  /** Message template; `{0}`, `{1}` … are filled by the checker. */
  readonly message: string;
  /** One sentence on what the rule catches, for docs and `haconf rules`. */
  readonly summary: string;
  /** True for HA best-practice rules that the real validator does not raise; the docs page says so. */
  readonly bestPractice?: boolean;
}

/** The rule constructor of one dialect's table: codes get `prefix`, the language is fixed, and `bestPractice`
 *  is written only when true. */
export function ruleMaker(language: RuleDef['language'], prefix = '') {
  return (code: string, severity: RuleSeverity, message: string, summary: string, bestPractice = false): RuleDef => ({
    code: prefix + code,
    language,
    severity,
    message,
    summary,
    ...(bestPractice ? { bestPractice } : {}),
  });
}
