// Rules of the haproxy dialect. Codes start with 'haproxy-'; each has a page docs/rules/<code>.md.
import type { RuleDef } from '../ruleTypes';

export const HAPROXY_RULES: RuleDef[] = [];
