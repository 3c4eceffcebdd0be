// One VRID per interface per network: two different VRRP routers (different VIPs, not peers of each other)
// that use the same virtual_router_id on the same interface name hear each other's adverts.
import type { VrrpNode } from '../../workspace/facts/keepalived';
import { fileName, Finding, kRange } from './finding';

const MAX_RELATED = 5;

/** Unicast routers whose address sets are disjoint never exchange adverts. */
function unicastApart(a: VrrpNode[], b: VrrpNode[]): boolean {
  const unicast = (r: VrrpNode[]) => r.every((n) => n.unicastPeers.length);
  if (!unicast(a) || !unicast(b)) return false;
  const addrs = (r: VrrpNode[]) => r.flatMap((n) => [n.unicastSrc?.text, ...n.unicastPeers.map((p) => p.text)]).filter((x): x is string => !!x);
  const ra = addrs(a);
  const rb = new Set(addrs(b));
  return !ra.some((x) => rb.has(x));
}

export function checkCollisions(routers: VrrpNode[][]): Finding[] {
  const byKey = new Map<string, number[]>();
  routers.forEach((r, i) => {
    const keys = new Set(r.filter((n) => n.vrid && n.iface).map((n) => `${Number(n.vrid!.text)} ${n.iface!.text}`));
    for (const k of keys) {
      const l = byKey.get(k) ?? [];
      l.push(i);
      byKey.set(k, l);
    }
  });
  const out: Finding[] = [];
  for (const [key, ids] of byKey) {
    // a VRID shared by hundreds of routers is a template default, not a wiring mistake worth n² messages
    if (ids.length < 2 || ids.length > 64) continue;
    const [vrid, iface] = key.split(' ');
    for (const i of ids) {
      const others = ids.filter((j) => j !== i && !unicastApart(routers[i], routers[j]));
      for (const n of routers[i]) {
        if (!n.vrid || !n.iface || `${Number(n.vrid.text)} ${n.iface.text}` !== key) continue;
        // two instances of one file: keepalived itself refuses that (keepalived-duplicate-vrid)
        const foreign = others.flatMap((j) => routers[j]).filter((o) => o.uri !== n.uri && `${Number(o.vrid?.text)} ${o.iface?.text}` === key);
        if (!foreign.length) continue;
        out.push({
          uri: n.uri,
          range: kRange(n.vrid),
          code: 'ha-vrid-collision',
          message: `VRID ${vrid} on ${iface} is also used by ${foreign.slice(0, MAX_RELATED).map((o) => `${o.name.text} in ${fileName(o.uri)}`).join(', ')}, a different VRRP router (other addresses): routers on one network need distinct VRIDs.`,
          related: foreign.slice(0, MAX_RELATED).map((o) => ({ uri: o.uri, range: kRange(o.vrid!), message: `virtual_router_id of ${o.name.text}` })),
        });
      }
    }
  }
  return out;
}
