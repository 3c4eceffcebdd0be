// The other side of a VRRP router: priorities of the same VRID in conditional variants of this file and in
// the other keepalived files of the workspace (the peer's config), for the weight-gap rule.
import type { KStatement, KTree } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import { instancesOf } from './instances';
import { child, children } from './util';

export interface PeerPriority {
  readonly priority: number;
  /** Where the peer instance lives: a file name, or '' for this file. */
  readonly where: string;
}

/** Every priority an instance can have: conditional `@host priority N` lines give one each; default 100. */
export function priorityVariants(inst: KStatement): number[] {
  const values = children(inst, 'priority')
    .map((p) => p.words[1]?.text ?? '')
    .filter((t) => /^\d+$/.test(t))
    .map(Number);
  return values.length ? [...new Set(values)] : [100];
}

function vrid(inst: KStatement): string | undefined {
  const t = child(inst, 'virtual_router_id')?.words[1]?.text;
  return t && /^\d+$/.test(t) ? String(Number(t)) : undefined;
}

function firstVip(inst: KStatement): string | undefined {
  return child(inst, 'virtual_ipaddress')?.block?.children[0]?.words[0]?.text;
}

/** Same router: same VRID and the same instance name or the same first virtual address. */
function sameRouter(a: KStatement, b: KStatement): boolean {
  const va = vrid(a);
  if (!va || va !== vrid(b)) return false;
  return a.words[1]?.text === b.words[1]?.text || (!!firstVip(a) && firstVip(a) === firstVip(b));
}

export function peerPriorities(inst: KStatement, tree: KTree, uri: string, ctx: ServiceContext): PeerPriority[] {
  const out: PeerPriority[] = [];
  for (const other of instancesOf(tree)) {
    if (other !== inst && (other.cond || inst.cond) && sameRouter(inst, other)) {
      for (const p of priorityVariants(other)) out.push({ priority: p, where: '' });
    }
  }
  if (!vrid(inst)) return out;
  for (const d of ctx.workspace.documents('keepalived')) {
    if (d.uri === uri) continue;
    const t = d.tree as KTree | null;
    if (!t?.root) continue;
    for (const other of instancesOf(t)) {
      if (!sameRouter(inst, other)) continue;
      const name = d.uri.slice(d.uri.lastIndexOf('/') + 1);
      for (const p of priorityVariants(other)) out.push({ priority: p, where: decodeURIComponent(name) });
    }
  }
  return out;
}
