// The systemd dialect: its parser and features, assembled for the facade.
import type { Dialect } from '../types';
import { parseSystemd } from '../parser/systemd/parser';
import type { SdTree } from '../parser/systemd/tree';
import { systemdDiagnostics } from '../validation/systemd/diagnostics';
import { resolveSystemdCompletion, systemdCompletion } from '../features/systemd/completion';
import { systemdHover } from '../features/systemd/hover';
import { systemdFolding, systemdSymbols } from '../features/systemd/outline';
import { systemdCodeActions } from '../features/systemd/codeActions';
import { systemdFormat } from '../features/systemd/format';
import { systemdDefinition } from '../features/systemd/definition';

export const systemdDialect: Dialect<SdTree> = {
  language: 'systemd-unit-file',
  parse: parseSystemd,
  diagnostics: systemdDiagnostics,
  completion: systemdCompletion,
  resolveCompletion: (item) => resolveSystemdCompletion(item),
  hover: (doc, pos, ctx) => systemdHover(doc, pos, ctx),
  symbols: systemdSymbols,
  folding: systemdFolding,
  codeActions: (doc, range, diagnostics) => systemdCodeActions(doc, range, diagnostics),
  format: (doc, options) => systemdFormat(doc, options),
  definition: systemdDefinition,
};
