// The haproxy dialect: its parser and features, assembled for the facade.
import type { Dialect } from '../types';
import { parseHaproxy, type HaproxyTree } from '../parser/haproxy/index';
import { haproxyDiagnostics } from '../validation/haproxy/index';
import { haproxyCompletion } from '../features/haproxy/completion';
import { haproxyHover } from '../features/haproxy/hover';
import { haproxyFolding, haproxySymbols } from '../features/haproxy/outline';
import { haproxyCodeActions } from '../features/haproxy/codeActions';
import { haproxyFormat } from '../features/haproxy/format';
import { resolveHaproxyCompletion } from '../features/haproxy/resolve';
import { haproxyDefinition, haproxyPrepareRename, haproxyReferences, haproxyRename } from '../features/haproxy/navigation';

export const haproxyDialect: Dialect<HaproxyTree> = {
  language: 'haproxy',
  parse: (text, uri) => parseHaproxy(text, uri),
  diagnostics: haproxyDiagnostics,
  completion: haproxyCompletion,
  resolveCompletion: resolveHaproxyCompletion,
  hover: haproxyHover,
  symbols: haproxySymbols,
  folding: haproxyFolding,
  codeActions: haproxyCodeActions,
  format: haproxyFormat,
  definition: haproxyDefinition,
  references: haproxyReferences,
  prepareRename: haproxyPrepareRename,
  rename: haproxyRename,
};
