// Names defined in the other keepalived files of the workspace (included files, the peer's config …),
// recomputed only when the workspace index changes.
import type { KTree, NameKind } from '../../parser/keepalived';
import { namesOf } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { WorkspaceIndex } from '../../workspace/index';

interface Cached {
  version: number;
  names: Map<NameKind, Set<string>>;
  scriptSecurity: boolean;
}
const cache = new WeakMap<WorkspaceIndex, Cached>();

function build(ws: WorkspaceIndex): Cached {
  const names = new Map<NameKind, Set<string>>();
  let scriptSecurity = false;
  for (const d of ws.documents('keepalived')) {
    const tree = d.tree as KTree | null;
    if (!tree?.root) continue;
    for (const def of namesOf(tree).defs) {
      let s = names.get(def.kind);
      if (!s) names.set(def.kind, (s = new Set()));
      s.add(def.word.text);
    }
    if (!scriptSecurity) scriptSecurity = hasScriptSecurity(tree);
  }
  return { version: ws.version, names, scriptSecurity };
}

function get(ctx: ServiceContext): Cached {
  const c = cache.get(ctx.workspace);
  if (c && c.version === ctx.workspace.version) return c;
  const fresh = build(ctx.workspace);
  cache.set(ctx.workspace, fresh);
  return fresh;
}

/** Is `name` of `kind` defined in some keepalived file of the workspace? */
export function definedInWorkspace(ctx: ServiceContext, kind: NameKind, name: string): boolean {
  return get(ctx).names.get(kind)?.has(name) ?? false;
}

export function workspaceNames(ctx: ServiceContext, kind: NameKind): ReadonlySet<string> {
  return get(ctx).names.get(kind) ?? new Set();
}

export function scriptSecurityInWorkspace(ctx: ServiceContext): boolean {
  return get(ctx).scriptSecurity;
}

/** global_defs { enable_script_security } in this tree. */
export function hasScriptSecurity(tree: KTree): boolean {
  return tree.root.some((s) => s.words[0]?.text === 'global_defs' && s.block?.children.some((c) => c.words[0]?.text === 'enable_script_security'));
}
