// The keepalived dialect: its parser and features, assembled for the facade.
import type { Dialect } from '../types';
import type { KTree } from '../parser/keepalived';
import { parseIncremental } from '../parser/keepalived/incremental';
import { keepalivedDiagnostics } from '../validation/keepalived';
import { keepalivedCompletion } from '../features/keepalived/completion';
import { keepalivedHover } from '../features/keepalived/hover';
import { keepalivedFolding, keepalivedSymbols } from '../features/keepalived/outline';
import { keepalivedCodeActions } from '../features/keepalived/codeActions';
import { keepalivedFormat } from '../features/keepalived/format';
import {
  keepalivedDefinition,
  keepalivedPrepareRename,
  keepalivedReferences,
  keepalivedRename,
} from '../features/keepalived/navigation';

export const keepalivedDialect: Dialect<KTree> = {
  language: 'keepalived',
  // an edit reparses only the top-level blocks it touched (the previous version is kept per uri)
  parse: (text, uri) => parseIncremental(text, uri),
  diagnostics: keepalivedDiagnostics,
  completion: keepalivedCompletion,
  hover: (doc, pos) => keepalivedHover(doc, pos),
  symbols: keepalivedSymbols,
  folding: keepalivedFolding,
  codeActions: (doc, range, diags) => keepalivedCodeActions(doc, range, diags),
  format: (doc, options) => keepalivedFormat(doc, options),
  definition: keepalivedDefinition,
  references: keepalivedReferences,
  prepareRename: (doc, pos) => keepalivedPrepareRename(doc, pos),
  rename: keepalivedRename,
};
