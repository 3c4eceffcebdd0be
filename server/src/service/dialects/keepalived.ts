// The keepalived dialect: its parser and features, assembled for the facade.
import type { Dialect } from '../types';
import { parseKeepalived, KTree } from '../parser/keepalived';
import { keepalivedDiagnostics } from '../validation/keepalived';

export const keepalivedDialect: Dialect<KTree> = {
  language: 'keepalived',
  parse: (text) => parseKeepalived(text),
  diagnostics: keepalivedDiagnostics,
  completion: () => [],
  hover: () => null,
  symbols: () => [],
  folding: () => [],
  codeActions: () => [],
  format: () => [],
};
