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

/**
 * Other indexed files that make up the same unit: its drop-ins (`foo.service.d/*.conf`) for a unit file; the unit
 * file and the sibling drop-ins for a drop-in.
 */
function relatedTrees(uri: string, tree: SdTree, ctx: ServiceContext): { dropIns: SdTree[]; all: SdTree[] } {
  const path = decodeURIComponent(uri);
  const unit = tree.dropIn ? (path.split('/').slice(-2, -1)[0] ?? '').replace(/\.d$/, '') : unitNameOf(uri);
  const dir = `/${unit}.d/`;
  const dropIns: SdTree[] = [];
  const all: SdTree[] = [];
  for (const d of ctx.workspace.documents('systemd-unit-file')) {
    if (d.uri === uri) continue;
    const p = decodeURIComponent(d.uri);
    if (p.includes(dir)) {
      dropIns.push(d.tree as SdTree);
      all.push(d.tree as SdTree);
    } else if (tree.dropIn && p.endsWith(`/${unit}`)) all.push(d.tree as SdTree);
  }
  return { dropIns, all };
}

export function systemdDiagnostics(doc: ParsedDocument<SdTree>, ctx: ServiceContext): Diagnostic[] {
  const sink = new DiagnosticSink(ctx);
  const tree = doc.tree;
  checkStructure(tree, sink, targetVersion(ctx));
  const related = relatedTrees(doc.uri, tree, ctx);
  checkRequired(tree, sink, related.dropIns.length > 0);
  checkHa(tree, sink, related.all);
  return sink.items;
}
