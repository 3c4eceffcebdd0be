// The systemd dialect: its parser and features, assembled for the facade.
// Placeholder until the systemd parser and features land: answers nothing, never throws.
import type { Dialect } from '../types';

export const systemdDialect: Dialect<null> = {
  language: 'systemd-unit-file',
  parse: () => null,
  diagnostics: () => [],
  completion: () => [],
  hover: () => null,
  symbols: () => [],
  folding: () => [],
  codeActions: () => [],
  format: () => [],
};
