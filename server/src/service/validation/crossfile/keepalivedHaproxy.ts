// keepalived ↔ HAProxy in one stack: the VRRP instances track something that watches HAProxy; HAProxy can
// bind the VIP on the node that does not hold it; the peers sections agree on every load balancer.
import type { KWord } from '../../parser/keepalived';
import type { BindFact, HaproxyFacts } from '../../workspace/facts/haproxy';
import type { KeepalivedFacts, VrrpNode } from '../../workspace/facts/keepalived';
import { vipAddress } from '../../workspace/facts/keepalived';
import { fileName, Finding, kRange, lineRange } from './finding';

const LOCAL = new Set(['', '*', '0.0.0.0', '::', '127.0.0.1', 'localhost', '::1']);

/** Ports the stack's HAProxy listens on locally (what a check script can reach on 127.0.0.1). */
function localPorts(haproxy: Array<[string, HaproxyFacts]>): Set<number> {
  const ports = new Set<number>();
  for (const [, f] of haproxy) for (const b of f.binds) if (b.port !== undefined && LOCAL.has(b.host)) ports.add(b.port);
  return ports;
}

function watchesHaproxy(n: VrrpNode, k: KeepalivedFacts, ports: Set<number>): boolean {
  for (const p of n.trackProcesses) if (/haproxy/i.test(k.processes.get(p.text)?.text ?? '')) return true;
  for (const t of n.tracks) {
    const script = k.scripts.get(t.text)?.script?.text ?? '';
    if (/haproxy/i.test(script)) return true;
    for (const m of script.matchAll(/(?:127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0)[: ](\d{1,5})\b/g)) if (ports.has(Number(m[1]))) return true;
  }
  return false;
}

/** HAProxy configs of the stack that bind one of the node's VIPs explicitly. */
function bindingVip(n: VrrpNode, haproxy: Array<[string, HaproxyFacts]>): string | undefined {
  const vips = new Set(n.vips.map(vipAddress));
  return haproxy.find(([, f]) => f.binds.some((b) => vips.has(b.host)))?.[0];
}

/**
 * Reported when the node tracks something but not HAProxy, or when HAProxy binds its VIP and nothing tracks
 * HAProxy; a node that tracks nothing next to an HAProxy that does not name its VIP may serve something else.
 */
function checkWatch(keep: Array<[string, KeepalivedFacts]>, haproxy: Array<[string, HaproxyFacts]>, out: Finding[]): void {
  const ports = localPorts(haproxy);
  for (const [, k] of keep) {
    for (const n of k.nodes) {
      const binder = bindingVip(n, haproxy);
      if (watchesHaproxy(n, k, ports) || (!binder && !n.tracks.length && !n.trackProcesses.length)) continue;
      const hUri = binder ?? haproxy[0][0];
      out.push({
        uri: n.uri,
        range: kRange(n.name),
        code: 'ha-check-not-haproxy',
        message: `${n.name.text} tracks nothing that watches HAProxy (no vrrp_script naming haproxy or reaching a port it binds, no track_process of haproxy): when HAProxy dies this node keeps the VIP and the service is down.`,
        related: [{ uri: hUri, range: lineRange(0, 0, 0), message: `HAProxy configuration of this stack (${fileName(hUri)})` }],
      });
    }
  }
}

function checkNonlocal(keep: Array<[string, KeepalivedFacts]>, haproxy: Array<[string, HaproxyFacts]>, nonlocalSet: boolean, out: Finding[]): void {
  if (nonlocalSet) return;
  const vipWords = new Map<string, KWord[]>();
  const vipNodes = new Map<string, VrrpNode[]>();
  for (const [, k] of keep) for (const n of k.nodes) for (const v of n.vips) {
    const a = vipAddress(v);
    vipWords.set(a, [...(vipWords.get(a) ?? []), v]);
    vipNodes.set(a, [...(vipNodes.get(a) ?? []), n]);
  }
  const bad: BindFact[] = [];
  const badUri = new Map<BindFact, string>();
  for (const [u, f] of haproxy) for (const b of f.binds) if (!b.nonlocalOk && vipWords.has(b.host)) { bad.push(b); badUri.set(b, u); }
  for (const b of bad) {
    const u = badUri.get(b)!;
    const line = b.directive.words[b.directive.words.length - 1];
    const msg = `HAProxy binds the virtual IP ${b.host}, which only the MASTER holds: on the backup node HAProxy cannot start (or reload) unless net.ipv4.ip_nonlocal_bind=1 is set or the bind line has 'freebind' (or 'transparent').`;
    out.push({
      uri: u,
      range: lineRange(b.directive.line, b.word.start, b.word.end),
      code: 'ha-vip-nonlocal-bind',
      message: msg,
      related: (vipWords.get(b.host) ?? []).map((w, i) => ({ uri: vipNodes.get(b.host)![i].uri, range: kRange(w), message: 'the virtual IP' })),
      fixes: [{ title: "Add 'freebind' to this bind line", edits: [{ uri: u, range: lineRange(b.directive.line, line.end, line.end), newText: ' freebind' }] }],
    });
    for (const [i, w] of (vipWords.get(b.host) ?? []).entries()) {
      const n = vipNodes.get(b.host)![i];
      if (n.state?.text === 'MASTER') continue;
      out.push({ uri: n.uri, range: kRange(w), code: 'ha-vip-nonlocal-bind', message: msg, related: [{ uri: u, range: lineRange(b.directive.line, b.word.start, b.word.end), message: `bind in ${fileName(u)}` }], fixes: [{ title: `Add 'freebind' to the bind line in ${fileName(u)}`, edits: [{ uri: u, range: lineRange(b.directive.line, line.end, line.end), newText: ' freebind' }] }] });
    }
  }
}

function checkPeers(haproxy: Array<[string, HaproxyFacts]>, out: Finding[]): void {
  if (haproxy.length < 2) return;
  const names = new Set(haproxy.flatMap(([, f]) => f.peers.map((p) => p.name)));
  for (const name of names) {
    for (const [u, f] of haproxy) {
      const mine = f.peers.find((p) => p.name === name);
      const others = haproxy.filter(([o]) => o !== u).map(([o, g]) => [o, g.peers.find((p) => p.name === name)] as const);
      const differ = others.filter(([, p]) => (p?.members.join('|') ?? null) !== (mine?.members.join('|') ?? null));
      if (!mine || !differ.length) continue;
      const at = mine.section.name ?? mine.section.header.words[0];
      out.push({
        uri: u,
        range: lineRange(mine.section.header.line, at.start, at.end),
        code: 'ha-peers-mismatch',
        message: `peers '${name}' differs from ${differ.map(([o, p]) => (p ? `the one in ${fileName(o)}` : `${fileName(o)}, which has none`)).join(', ')}: stick tables are only synced when every load balancer lists the same peers.`,
        related: differ.map(([o, p]) => ({ uri: o, range: p ? lineRange(p.section.header.line, 0, p.section.header.words[0].end) : lineRange(0, 0, 0), message: `peers in ${fileName(o)}` })),
      });
    }
  }
}

/** The keepalived ↔ HAProxy checks of one stack. */
export function checkKeepalivedHaproxy(keep: Array<[string, KeepalivedFacts]>, haproxy: Array<[string, HaproxyFacts]>, nonlocalSet: boolean): Finding[] {
  const out: Finding[] = [];
  checkPeers(haproxy, out);
  if (!keep.length || !haproxy.length) return out;
  checkWatch(keep, haproxy, out);
  checkNonlocal(keep, haproxy, nonlocalSet, out);
  return out;
}
