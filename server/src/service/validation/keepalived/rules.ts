// Rules of the keepalived dialect. Codes start with 'keepalived-'; each has a page docs/rules/<code>.md.
import type { RuleDef } from '../ruleTypes';

export const KEEPALIVED_RULES: RuleDef[] = [];
