// Rules shared by every dialect.
import type { RuleDef } from './ruleTypes';

export const COMMON_RULES: RuleDef[] = [
  {
    code: 'binary-content',
    language: 'any',
    severity: 'error',
    message: 'This file holds binary data (a NUL byte at offset {0}); it is not a text configuration.',
    summary: 'The file contains NUL bytes, so no validator would read it as a configuration.',
  },
];
