// All diagnostics of a systemd unit: syntax, structure, values, versions, requirements, HA rules.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { targetVersion } from '../../schema/systemd/version';
import { DiagnosticSink } from '../rules';
import { checkStructure } from './check';
import { unitNameOf } from './entries';
import { checkHa } from './ha';
import { checkRequired } from './required';

/** True when another indexed file is a drop-in of this unit (`foo.service.d/*.conf`). */
function hasDropIns(uri: string, ctx: ServiceContext): boolean {
  const dir = `/${unitNameOf(uri)}.d/`;
  for (const d of ctx.workspace.documents('systemd-unit-file')) if (decodeURIComponent(d.uri).includes(dir)) return true;
  return false;
}

export function systemdDiagnostics(doc: ParsedDocument<SdTree>, ctx: ServiceContext): Diagnostic[] {
  const sink = new DiagnosticSink(ctx);
  const tree = doc.tree;
  checkStructure(tree, sink, targetVersion(ctx));
  checkRequired(tree, sink, hasDropIns(doc.uri, ctx));
  checkHa(tree, sink);
  return sink.items;
}
