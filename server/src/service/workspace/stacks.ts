// The workspace as HA stacks: keepalived instances grouped into VRRP routers (same VIP, or same VRID and
// instance name in one stack folder, or unicast peers naming each other), and files grouped into stacks
// (same stack folder, or tied by a router or a bound VIP). Rebuilt only when WorkspaceIndex.version changes;
// per-file facts are cached on the parse trees, so a rebuild after an edit re-extracts one file.
import type { HaproxyTree } from '../parser/haproxy';
import type { KTree } from '../parser/keepalived';
import type { SdTree } from '../parser/systemd/tree';
import type { ParsedDocument } from '../types';
import type { WorkspaceIndex } from './index';
import { haproxyFacts, HaproxyFacts } from './facts/haproxy';
import { KeepalivedFacts, keepalivedFacts, VrrpNode, vipAddress } from './facts/keepalived';
import { SystemdFacts, systemdFacts } from './facts/systemd';
import { stackRoot } from './paths';
import { patchModel } from './patch';
import { UnionFind, unionByKey } from './unionFind';

/** The files of one stack by dialect, with their facts, and the VRRP routers that have a node in it. */
export interface StackMembers {
  readonly keepalived: Array<[string, KeepalivedFacts]>;
  readonly haproxy: Array<[string, HaproxyFacts]>;
  readonly systemd: Array<[string, SystemdFacts]>;
  readonly routers: VrrpNode[][];
}

export interface StackModel {
  readonly version: number;
  readonly keepalived: Map<string, KeepalivedFacts>;
  readonly haproxy: Map<string, HaproxyFacts>;
  readonly systemd: Map<string, SystemdFacts>;
  /** VRRP routers: the instances of one virtual router on its nodes (files). */
  readonly routers: VrrpNode[][];
  /** Files of each stack, and the stack index of each file. */
  readonly stacks: string[][];
  readonly stackOf: Map<string, number>;
  readonly members: StackMembers[];
  /** Unit name → files that define or extend it (`x.service`, `x.service.d/*.conf`, templates as `x@.service`). */
  readonly units: Map<string, string[]>;
  /** A number unique to each parsed document object: a file's changes give it a new one (versions may repeat). */
  readonly versions: Map<string, number>;
}

const serials = new WeakMap<object, number>();
let nextSerial = 0;
function serialOf(doc: ParsedDocument): number {
  let s = serials.get(doc);
  if (s === undefined) serials.set(doc, (s = ++nextSerial));
  return s;
}

const cache = new WeakMap<WorkspaceIndex, StackModel>();

export function stackModel(ws: WorkspaceIndex): StackModel {
  const old = cache.get(ws);
  if (old && old.version === ws.version) return old;
  const m = (old && patchModel(old, ws.documents(), ws.version, serialOf)) ?? build(ws);
  cache.set(ws, m);
  return m;
}

function build(ws: WorkspaceIndex): StackModel {
  const keepalived = new Map<string, KeepalivedFacts>();
  const haproxy = new Map<string, HaproxyFacts>();
  const systemd = new Map<string, SystemdFacts>();
  const units = new Map<string, string[]>();
  const versions = new Map<string, number>();
  const uris: string[] = [];
  for (const d of ws.documents()) {
    uris.push(d.uri);
    versions.set(d.uri, serialOf(d));
    if (d.language === 'keepalived') keepalived.set(d.uri, keepalivedFacts(d.uri, d.tree as KTree));
    else if (d.language === 'haproxy') haproxy.set(d.uri, haproxyFacts(d.tree as HaproxyTree));
    else {
      const f = systemdFacts(d.uri, d.tree as SdTree);
      systemd.set(d.uri, f);
      if (f.unit) {
        const list = units.get(f.unit) ?? [];
        list.push(d.uri);
        units.set(f.unit, list);
      }
    }
  }
  const routers = groupRouters([...keepalived.values()].flatMap((f) => f.nodes));
  const { stacks, stackOf } = groupFiles(uris, routers, haproxy);
  const members: StackMembers[] = stacks.map(() => ({ keepalived: [], haproxy: [], systemd: [], routers: [] }));
  for (const [u, f] of keepalived) members[stackOf.get(u)!].keepalived.push([u, f]);
  for (const [u, f] of haproxy) members[stackOf.get(u)!].haproxy.push([u, f]);
  for (const [u, f] of systemd) members[stackOf.get(u)!].systemd.push([u, f]);
  // a router's files are all in one stack (grouping joins them)
  for (const r of routers) if (r.length) members[stackOf.get(r[0].uri)!].routers.push(r);
  return { version: ws.version, keepalived, haproxy, systemd, routers, stacks, stackOf, members, units, versions };
}

function groupRouters(nodes: VrrpNode[]): VrrpNode[][] {
  const uf = new UnionFind();
  nodes.forEach(() => uf.add());
  const keys: Array<[string, number]> = [];
  nodes.forEach((n, i) => {
    for (const v of n.vips) keys.push([`vip ${vipAddress(v)}`, i]);
    if (n.vrid) keys.push([`vr ${Number(n.vrid.text)} ${n.name.text} ${stackRoot(n.uri)}`, i]);
  });
  unionByKey(uf, keys);
  // unicast: a node whose source address another node of the same VRID lists as its peer
  const bySrc = new Map<string, number>();
  nodes.forEach((n, i) => n.unicastSrc && n.vrid && bySrc.set(`${n.unicastSrc.text} ${Number(n.vrid.text)}`, i));
  nodes.forEach((n, i) => {
    for (const p of n.unicastPeers) {
      const j = n.vrid ? bySrc.get(`${p.text} ${Number(n.vrid.text)}`) : undefined;
      if (j !== undefined) uf.union(i, j);
    }
  });
  return uf.groups().map((g) => g.map((i) => nodes[i]));
}

function groupFiles(uris: string[], routers: VrrpNode[][], haproxy: Map<string, HaproxyFacts>): { stacks: string[][]; stackOf: Map<string, number> } {
  const uf = new UnionFind();
  const id = new Map<string, number>();
  for (const u of uris) id.set(u, uf.add());
  const keys: Array<[string, number]> = uris.map((u) => [`root ${stackRoot(u)}`, id.get(u)!]);
  const vips = new Set<string>();
  routers.forEach((r, i) => {
    for (const n of r) {
      keys.push([`router ${i}`, id.get(n.uri)!]);
      for (const v of n.vips) vips.add(vipAddress(v));
    }
  });
  // a HAProxy that binds a router's VIP belongs to that router's stack
  routers.forEach((r) => r.forEach((n) => n.vips.forEach((v) => keys.push([`vip ${vipAddress(v)}`, id.get(n.uri)!]))));
  for (const [u, f] of haproxy) for (const b of f.binds) if (vips.has(b.host)) keys.push([`vip ${b.host}`, id.get(u)!]);
  unionByKey(uf, keys);
  const stacks = uf.groups().map((g) => g.map((i) => uris[i]));
  const stackOf = new Map<string, number>();
  stacks.forEach((s, i) => s.forEach((u) => stackOf.set(u, i)));
  return { stacks, stackOf };
}

/** The files in the same stack as `uri` (itself included); empty when it is not indexed. */
export function stackFiles(ws: WorkspaceIndex, uri: string): string[] {
  const m = stackModel(ws);
  const i = m.stackOf.get(uri);
  return i === undefined ? [] : m.stacks[i];
}
