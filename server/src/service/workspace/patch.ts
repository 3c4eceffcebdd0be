// Incremental update of the stack model after a few files changed: when no changed file changes what the
// grouping reads (its VRRP instance names, VRIDs, VIPs and unicast addresses; the addresses HAProxy binds; the
// unit a unit file configures), stacks and routers stay as they are and only the changed files' facts are
// swapped in. Anything else (a file added or removed, a new VIP, many changes) is a full rebuild.
import type { HaproxyTree } from '../parser/haproxy';
import type { KTree } from '../parser/keepalived';
import type { SdTree } from '../parser/systemd/tree';
import type { ParsedDocument } from '../types';
import { haproxyFacts, HaproxyFacts } from './facts/haproxy';
import { KeepalivedFacts, keepalivedFacts, VrrpNode, vipAddress } from './facts/keepalived';
import { SystemdFacts, systemdFacts } from './facts/systemd';
import type { StackModel } from './stacks';

/** Above this many changed files a rebuild is as cheap and simpler. */
const MAX_CHANGED = 16;

type AnyFacts = KeepalivedFacts | HaproxyFacts | SystemdFacts;

function factsOf(d: ParsedDocument): AnyFacts {
  if (d.language === 'keepalived') return keepalivedFacts(d.uri, d.tree as KTree);
  if (d.language === 'haproxy') return haproxyFacts(d.tree as HaproxyTree);
  return systemdFacts(d.uri, d.tree as SdTree);
}

/** What the grouping reads from a file's facts. */
function groupKey(f: AnyFacts): string {
  if ('nodes' in f) {
    return f.nodes.map((n) => [n.name.text, n.vrid?.text, n.iface?.text, n.vips.map(vipAddress).join(','), n.unicastSrc?.text, n.unicastPeers.map((p) => p.text).join(',')].join(' ')).join('\n');
  }
  if ('binds' in f) return f.binds.map((b) => b.host).join(' ');
  return f.unit;
}

function oldFacts(m: StackModel, uri: string): AnyFacts | undefined {
  return m.keepalived.get(uri) ?? m.haproxy.get(uri) ?? m.systemd.get(uri);
}

/**
 * The model for the workspace's current documents, patched from `old`; undefined when a rebuild is needed.
 * `serial` gives each parsed document object its number (as stored in `versions`).
 */
export function patchModel(old: StackModel, docs: Iterable<ParsedDocument>, version: number, serial: (d: ParsedDocument) => number): StackModel | undefined {
  const changed: Array<[ParsedDocument, AnyFacts]> = [];
  let count = 0;
  for (const d of docs) {
    count++;
    if (old.versions.get(d.uri) === serial(d)) continue;
    const before = oldFacts(old, d.uri);
    if (!before || changed.length >= MAX_CHANGED) return undefined;
    const after = factsOf(d);
    if (('nodes' in before) !== ('nodes' in after) || ('binds' in before) !== ('binds' in after) || groupKey(before) !== groupKey(after)) return undefined;
    changed.push([d, after]);
  }
  if (count !== old.versions.size) return undefined;
  const keepalived = new Map(old.keepalived);
  const haproxy = new Map(old.haproxy);
  const systemd = new Map(old.systemd);
  const versions = new Map(old.versions);
  const members = [...old.members];
  /** old node → new node, for the routers. */
  const swap = new Map<VrrpNode, VrrpNode>();
  for (const [d, f] of changed) {
    versions.set(d.uri, serial(d));
    const i = old.stackOf.get(d.uri)!;
    const s = members[i];
    if ('nodes' in f) {
      old.keepalived.get(d.uri)!.nodes.forEach((n, k) => swap.set(n, f.nodes[k]));
      keepalived.set(d.uri, f);
      members[i] = { ...s, keepalived: s.keepalived.map(([u, x]) => [u, u === d.uri ? f : x]) };
    } else if ('binds' in f) {
      haproxy.set(d.uri, f);
      members[i] = { ...s, haproxy: s.haproxy.map(([u, x]) => [u, u === d.uri ? f : x]) };
    } else {
      systemd.set(d.uri, f);
      members[i] = { ...s, systemd: s.systemd.map(([u, x]) => [u, u === d.uri ? f : x]) };
    }
  }
  const remap = (r: VrrpNode[]): VrrpNode[] => (r.some((n) => swap.has(n)) ? r.map((n) => swap.get(n) ?? n) : r);
  const routers = swap.size ? old.routers.map(remap) : old.routers;
  if (swap.size) for (let i = 0; i < members.length; i++) if (members[i].routers.some((r) => r.some((n) => swap.has(n)))) members[i] = { ...members[i], routers: members[i].routers.map(remap) };
  const patched: StackModel = { ...old, version, keepalived, haproxy, systemd, versions, members, routers };
  return patched;
}
