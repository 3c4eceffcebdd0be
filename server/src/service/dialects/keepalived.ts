// The keepalived dialect: its parser and features, assembled for the facade.
// Placeholder until the keepalived parser and features land: answers nothing, never throws.
import type { Dialect } from '../types';

export const keepalivedDialect: Dialect<null> = {
  language: 'keepalived',
  parse: () => null,
  diagnostics: () => [],
  completion: () => [],
  hover: () => null,
  symbols: () => [],
  folding: () => [],
  codeActions: () => [],
  format: () => [],
};
