// The haproxy dialect: its parser and features, assembled for the facade.
import type { Dialect } from '../types';
import { parseHaproxy, type HaproxyTree } from '../parser/haproxy/index';
import { haproxyDiagnostics } from '../validation/haproxy/index';

export const haproxyDialect: Dialect<HaproxyTree> = {
  language: 'haproxy',
  parse: (text) => parseHaproxy(text),
  diagnostics: haproxyDiagnostics,
  completion: () => [],
  hover: () => null,
  symbols: () => [],
  folding: () => [],
  codeActions: () => [],
  format: () => [],
};
