// Rules of the systemd dialect. Codes start with 'systemd-'; each has a page docs/rules/<code>.md.
import type { RuleDef } from '../ruleTypes';

export const SYSTEMD_RULES: RuleDef[] = [];
