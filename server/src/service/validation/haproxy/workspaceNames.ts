// Backend names defined and referenced across every haproxy file of the workspace (split configs),
// cached per workspace generation.
import type { Location } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../../parser/haproxy/index';
import { modelOf } from '../../parser/haproxy/index';
import type { ServiceContext } from '../../types';
import { lineRange } from '../../text';

export interface WorkspaceNames {
  /** Backend-capable proxy names -> where they are defined (first definition wins). */
  readonly backends: Map<string, Location>;
  readonly referencedBackends: Set<string>;
  /** Some use_backend computes its name at run time, so "unused" cannot be known. */
  readonly dynamicSwitching: boolean;
}

let cached: { key: unknown; generation: number; uri: string; tree: HaproxyTree; value: WorkspaceNames } | undefined;

export function workspaceNames(ctx: ServiceContext, uri: string, tree: HaproxyTree): WorkspaceNames {
  const ws = ctx.workspace;
  if (cached && cached.key === ws && cached.generation === ws.version && cached.uri === uri && cached.tree === tree) return cached.value;
  const value: WorkspaceNames = { backends: new Map(), referencedBackends: new Set(), dynamicSwitching: false };
  const trees: Array<[string, HaproxyTree]> = [[uri, tree]];
  for (const doc of ws.documents('haproxy')) if (doc.uri !== uri && isTree(doc.tree)) trees.push([doc.uri, doc.tree]);
  let dynamic = false;
  for (const [u, t] of trees) {
    const m = modelOf(t);
    for (const d of m.defs) {
      if (d.kind === 'backend' && !value.backends.has(d.name)) value.backends.set(d.name, { uri: u, range: lineRange(d.line, d.word.start, d.word.end) });
    }
    for (const r of m.refs) if (r.kind === 'backend') value.referencedBackends.add(r.name);
    if (m.dynamicBackendRefs) dynamic = true;
  }
  const out = { ...value, dynamicSwitching: dynamic };
  cached = { key: ws, generation: ws.version, uri, tree, value: out };
  return out;
}

function isTree(t: unknown): t is HaproxyTree {
  return typeof t === 'object' && t !== null && Array.isArray((t as HaproxyTree).sections);
}
