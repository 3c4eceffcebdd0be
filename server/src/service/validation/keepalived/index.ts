// All keepalived diagnostics for one parsed document.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KTree } from '../../parser/keepalived';
import { targetVersion } from '../../schema/keepalived';
import type { ParsedDocument, ServiceContext } from '../../types';
import { DiagnosticSink } from '../rules';
import { checkAdjusted } from './adjusted';
import { checkDroppedTracking } from './dropped';
import { checkFamilies } from './families';
import { checkHa } from './ha';
import { checkInstances, checkReferences } from './instances';
import { includeContext, includedByOther, uriPath } from './includes';
import { resolve } from './resolve';
import { checkScriptSecurity } from './security';
import { checkScriptUser } from './securityHints';
import { checkParseErrors, checkStructure } from './structure';
import { checkValues } from './values';
import { checkConditionalValues, checkUndefined, checkUnreplaced, explainSubstitutions } from './substitutions';

export function keepalivedDiagnostics(doc: ParsedDocument<KTree>, ctx: ServiceContext): Diagnostic[] {
  const tree = doc.tree;
  const sink = new DiagnosticSink(ctx);
  const res = resolve(tree, includeContext(doc.uri, ctx));
  checkParseErrors(tree, sink);
  checkStructure(res, sink);
  checkValues(res, targetVersion(ctx), sink);
  checkInstances(tree, sink);
  checkAdjusted(tree, sink);
  checkFamilies(tree, sink);
  checkDroppedTracking(tree, sink);
  checkReferences(tree, doc.uri, ctx, sink);
  checkScriptSecurity(tree, res, ctx, sink);
  checkScriptUser(tree, res, doc.uri, ctx, sink);
  checkHa(tree, res, doc.uri, ctx, sink);
  if (tree.variableUses.length) {
    checkUnreplaced(tree, sink);
    // only in a main keepalived.conf no other file includes: an including file could define the names
    if (/(^|\/)keepalived\.conf$/.test(uriPath(doc.uri)) && !includedByOther(doc.uri, ctx)) checkUndefined(tree, res, sink);
    explainSubstitutions(tree, sink.items);
    checkConditionalValues(tree, res, sink);
  }
  for (const d of sink.items) for (const r of d.relatedInformation ?? []) if (!r.location.uri) r.location.uri = doc.uri;
  return sink.items;
}
