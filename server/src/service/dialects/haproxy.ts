// The haproxy dialect: its parser and features, assembled for the facade.
// Placeholder until the haproxy parser and features land: answers nothing, never throws.
import type { Dialect } from '../types';

export const haproxyDialect: Dialect<null> = {
  language: 'haproxy',
  parse: () => null,
  diagnostics: () => [],
  completion: () => [],
  hover: () => null,
  symbols: () => [],
  folding: () => [],
  codeActions: () => [],
  format: () => [],
};
