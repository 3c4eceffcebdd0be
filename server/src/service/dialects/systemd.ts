// The systemd dialect: its parser and features, assembled for the facade.
import type { Dialect } from '../types';
import { parseSystemd } from '../parser/systemd/parser';
import type { SdTree } from '../parser/systemd/tree';
import { systemdDiagnostics } from '../validation/systemd/diagnostics';

export const systemdDialect: Dialect<SdTree> = {
  language: 'systemd-unit-file',
  parse: parseSystemd,
  diagnostics: systemdDiagnostics,
  completion: () => [],
  hover: () => null,
  symbols: () => [],
  folding: () => [],
  codeActions: () => [],
  format: () => [],
};
